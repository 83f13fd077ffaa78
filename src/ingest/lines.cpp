#include "ingest/lines.h"

#include "base/error.h"
#include "base/utf8.h"

namespace wz::ingest {

namespace {

// Byte length of the space character starting at s[i], or 0. Covers ASCII space and tab,
// NBSP (C2 A0) and the ideographic space U+3000 (E3 80 80) that CMS exports use for indents.
size_t space_len(std::string_view s, size_t i) {
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') return 1;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (s.compare(i, 3, "\xE3\x80\x80") == 0) return 3;
  return 0;
}

// Calls f(begin, end) for the bytes of every line from `start` on (without its \n).
template <class F>
void each_line(std::string_view bytes, size_t start, F f) {
  while (start <= bytes.size()) {
    size_t nl = bytes.find('\n', start);
    f(start, nl == std::string_view::npos ? bytes.size() : nl);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

// Width of the leading spaces of `line` in half-em units (an ideographic space is a
// full em, a tab is taken as one).
int indent_width(std::string_view line) {
  int w = 0;
  for (size_t i = 0; i < line.size();) {
    size_t n = space_len(line, i);
    if (!n || line[i] == '\r') break;
    w += (n == 3 || line[i] == '\t') ? 2 : 1;
    i += n;
  }
  return w;
}

}  // namespace

int line_of(std::string_view s, std::int64_t off) {
  int line = 1;
  for (std::int64_t i = 0; i < off && i < static_cast<std::int64_t>(s.size()); ++i)
    line += s[i] == '\n';
  return line;
}

std::vector<std::string> split_lines(std::string_view bytes) {
  std::vector<std::string> out;
  each_line(bytes, 0, [&](size_t b, size_t e) {
    std::string l(bytes.substr(b, e - b));
    if (!l.empty() && l.back() == '\r') l.pop_back();
    out.push_back(std::move(l));
  });
  return out;
}

std::vector<std::string_view> split_at_spaces(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < s.size();) {
    while (i < s.size() && space_len(s, i)) i += space_len(s, i);
    size_t j = i;
    while (j < s.size() && !space_len(s, j)) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string trim_spaces(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t n = space_len(s, b);
    if (!n) break;
    b += n;
  }
  while (e > b) {
    // Step back over one trailing space character (1, 2 or 3 bytes).
    if (space_len(s, e - 1) == 1) {
      --e;
    } else if (e - b >= 2 && space_len(s, e - 2) == 2) {
      e -= 2;
    } else if (e - b >= 3 && space_len(s, e - 3) == 3) {
      e -= 3;
    } else {
      break;
    }
  }
  return std::string(s.substr(b, e - b));
}

std::vector<SourceLine> read_lines(std::string_view bytes, const std::string& path) {
  std::int64_t bad = utf8::first_invalid(bytes);
  if (bad >= 0) {
    throw Error(SourcePos{path, line_of(bytes, bad), bad},
                "invalid UTF-8 at byte " + std::to_string(bad) + " (the page must be UTF-8 text)");
  }
  return read_valid_lines(bytes);
}

std::vector<SourceLine> read_valid_lines(std::string_view bytes) {
  size_t start = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;  // BOM
  std::vector<SourceLine> out;
  int line = 1, gap = 0;
  each_line(bytes, start, [&](size_t b, size_t e) {
    std::string text = trim_spaces(bytes.substr(b, e - b));  // also drops CR
    if (text.empty()) {
      ++gap;
    } else {
      out.push_back(SourceLine{std::move(text), line, static_cast<std::int64_t>(b), gap,
                               indent_width(bytes.substr(b, e - b))});
      gap = 0;
    }
    ++line;
  });
  return out;
}

}  // namespace wz::ingest
