// ingest/unwrap: the non-empty lines of a raw page -> the same lines with column-wrapped
// paragraphs joined.
// A PDF extractor (pdftotext, a layout program's text export) gives a newspaper column
// one line per printed line: most lines of the page then share the column's width, and a
// paragraph runs on from every full line to the next. Pages of paragraph lines (the
// seeds' form) have no such common width and pass through unchanged. Consumes
// SourceLines (ingest/lines.h); produces SourceLines whose `span` says how many file
// lines each holds and whose `measure` the column width its first line fills (the
// reading-order repair weighs it), and the column width found (0: the page is not
// column-wrapped).
#pragma once
#include <string_view>
#include <vector>

#include "ingest/lines.h"

namespace wz::ingest {

// Width of `s` in half-em units: a Han character or full-width mark 2, ASCII 1.
int half_em_width(std::string_view s);

// The column width (half-em units) shared by most of the page's longer lines, or 0 when
// no width is common enough for the page to be column-wrapped.
int column_width(const std::vector<SourceLine>& lines);

struct Unwrapped {
  std::vector<SourceLine> lines;
  int width = 0;   // column width found (half-em units); 0: nothing was joined
  int joined = 0;  // file lines joined onto the line above
};

// Joins every full-width line with the next when that next line follows with no blank
// line and no indent (a wrapped paragraph runs on); anything else stands as it is.
Unwrapped unwrap_columns(std::vector<SourceLine> lines);

}  // namespace wz::ingest
