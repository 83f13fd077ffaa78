#include "model/toml_guard.h"

#include "base/error.h"

namespace wz::model {
namespace {

bool bare_key_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-';
}

// After "[" or "[[" and blanks: what a table header may start with.
bool header_start_ok(std::string_view line) {
  size_t i = 0;
  auto blanks = [&] {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  };
  blanks();
  if (i >= line.size() || line[i] != '[') return true;  // not a header
  ++i;
  if (i < line.size() && line[i] == '[') ++i;
  blanks();
  if (i >= line.size()) return true;  // toml++ reports "[" alone cleanly
  char c = line[i];
  return bare_key_char(c) || c == '"' || c == '\'';
}

// Multi-line strings open and close on """ or '''; a header-like line inside one is text.
bool toggles_multiline(std::string_view line, bool inside) {
  size_t n = 0;
  for (const char* q : {"\"\"\"", "'''"})
    for (size_t at = line.find(q); at != std::string_view::npos; at = line.find(q, at + 3)) ++n;
  return (n % 2 == 1) != inside;
}

}  // namespace

void guard_toml(std::string_view text, const std::string& file) {
  int line_no = 1;
  bool in_multiline = false;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (size_t nul = line.find('\0'); nul != std::string_view::npos)
      throw Error(SourcePos{file, line_no, static_cast<std::int64_t>(start + nul)},
                  "invalid TOML: a NUL byte (is this a text file? UTF-16 is not accepted)");
    if (!in_multiline && !header_start_ok(line))
      throw Error(SourcePos{file, line_no},
                  "invalid TOML: a table header must start with a key name (letters, digits, "
                  "_ or -) or a quoted key");
    in_multiline = toggles_multiline(line, in_multiline);
    start = end + 1;
    ++line_no;
  }
}

}  // namespace wz::model
