// typeset/page/typeset: the typesetter's entry point.
// Consumes: the document model and one layout per issue. Produces: positioned pages
// (contract 2, model/pages.h) plus a record of every line set, for `dump --pages`,
// the build summary and the tests. Steps: cover → contents → for each issue: opening,
// articles (headline groups, blocks, paragraphs shaped once and broken into lines) flowed
// through columns on the baseline grid → running heads and folios → outline.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/layout.h"
#include "model/pages.h"

namespace wz::typeset {

class FontLibrary;

// One line set on a page, as `dump --pages` prints it.
struct LineRecord {
  int page = 0, column = 0;
  std::string kind;                                    // paragraph, headline, byline, ...
  double x = 0, baseline = 0, width = 0, measure = 0;  // pt (vertical: x = column centre)
  double shrunk = 0, stretched = 0;                    // pt of adjustment applied
  bool first = false, last = false;                    // paragraph's first / last line
  bool overfull = false;
  std::string text;
};

struct TypesetResult {
  pages::Document doc;
  std::vector<LineRecord> lines;
  std::vector<std::string> warnings;  // overfull lines, fallback fonts, ...
  std::set<char32_t> missing;         // characters no installed font has
};

TypesetResult typeset_digest(const model::Digest& digest, const std::vector<model::Layout>& layouts,
                             FontLibrary& fonts);

std::string dump_lines(const std::vector<LineRecord>& lines);
// `dump --pages`, after the lines: one line per placed picture, its page, rectangle (pt,
// top-left origin) and file name.
std::string dump_pictures(const pages::Document& doc);

}  // namespace wz::typeset
