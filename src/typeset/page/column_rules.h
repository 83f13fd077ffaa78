// typeset/page/column_rules: the one rule set by which column material fills a column,
// called by every make-up (the digest flow, the broadsheet's blocks, the vertical tiers).
// Consumes: grid Rows (blocks.h) with their typed kinds, a row's position in a column and
// the column's height in grid rows. Produces: whether the row starts the next column and
// whether it is set at all.
// Rules (typography.md "Paragraphs and pages"): a keep_with_next row (section head, tip
// label, the lines of a tip box, a headline group) never ends a column and takes
// kKeepLines rows of what it heads along; a paragraph's last line is never alone at the
// top of a column; a blank row vanishes at the top of a column.
#pragma once
#include <cstddef>
#include <vector>

#include "typeset/page/blocks.h"

namespace wz::typeset {

constexpr int kKeepLines = 2;  // a headline keeps >= 2 lines of its text (typography.md)

// A paragraph's last line (not also its first): never alone at the top of a column.
bool is_widow(const Row& r);
// Grid rows that must share a column with rows[i]: itself, the keep_with_next rows
// chained to it, then keep_lines rows of the text they head (and the next one when it is
// a paragraph's last line, which may not stand alone at the next column's top).
int keep_need(const std::vector<Row>& rows, size_t i, int keep_lines = kKeepLines);

struct ColumnStep {
  bool new_column = false;  // rows[i] goes to the top of the next column
  bool skip = false;        // rows[i] is not set (a blank row at a column top)
};

// Where rows[i] goes when the current column, `cap` rows tall, is filled to row `r`.
ColumnStep column_step(const std::vector<Row>& rows, size_t i, int r, int cap);

}  // namespace wz::typeset
