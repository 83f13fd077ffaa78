// ingest/lines: bytes of a raw page -> its non-empty lines.
// Consumes the page bytes and its path. Produces SourceLine values (text without the
// line break, BOM, indent or trailing spaces; 1-based line number; byte offset; number
// of blank lines before it; its indent). Rejects invalid UTF-8 with the byte
// offset.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wz::ingest {

struct SourceLine {
  std::string text;       // trimmed of indent and trailing spaces; never empty
  int line = 0;           // 1-based line number in the file
  std::int64_t byte = 0;  // byte offset of the line start
  int gap = 0;            // blank lines between this line and the previous non-empty one
  int indent = 0;   // leading spaces, half-em units (ideographic space 2, ASCII space 1, tab 2)
  int span = 1;     // file lines joined into this one (ingest/unwrap.h): line..line+span-1
  int measure = 0;  // the column width (half-em units) its first line fills, 0 = none known
};

// Throws wz::Error(SourcePos{path, line, byte}, ...) on invalid UTF-8.
std::vector<SourceLine> read_lines(std::string_view bytes, const std::string& path);
// The same for text known to be valid UTF-8 (page_to_utf8's): not checked again.
std::vector<SourceLine> read_valid_lines(std::string_view text);

// The lines of a page as they are (without line breaks and CR), for showing the page.
std::vector<std::string> split_lines(std::string_view bytes);

// 1-based line number of byte offset `off` (for error messages).
int line_of(std::string_view s, std::int64_t off);

// The words of `s` between its spaces (as trim_spaces reads them), in order.
std::vector<std::string_view> split_at_spaces(std::string_view s);

// `s` without leading and trailing spaces (ASCII, tab, NBSP, ideographic space).
std::string trim_spaces(std::string_view s);

}  // namespace wz::ingest
