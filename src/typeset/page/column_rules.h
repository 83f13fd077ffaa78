// typeset/page/column_rules: the one rule set by which column material fills a column,
// called by every make-up (the digest flow, the broadsheet's blocks, the vertical tiers).
// Consumes: grid Rows (blocks.h) with their typed kinds, a row's position in a column and
// the column's height in grid rows. Produces: whether the row starts the next column and
// whether it is set at all.
// Rules (typography.md "Paragraphs and pages"): a keep_with_next row (section head, tip
// label, the lines of a tip box, a headline group) never ends a column and takes
// kKeepLines rows of what it heads along; a paragraph's last line is never alone at the
// top of a column; a blank row vanishes at the top of a column, and above a section head
// that fits at a column's foot only without it; a picture (its frame rows
// with its caption and credit) that does not fit in what is left of a column floats to the
// next column's head while the rows after it fill the column (issue 10: no hole).
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

// Whether blank row rows[i], the space above a section head (小标题), vanishes: the head
// with the lines it keeps fits at the foot of the column, filled to row r of cap, only
// without it (the space above a head shrinks to its minimum rather than the head go to the
// next column and leave a hole; a separator's rule row never vanishes).
bool space_above_head_vanishes(const std::vector<Row>& rows, size_t i, int r, int cap);

struct ColumnStep {
  bool new_column = false;  // rows[i] goes to the top of the next column
  bool skip = false;        // rows[i] is not set (a blank row at a column top)
};

// Where rows[i] goes when the current column, `cap` rows tall, is filled to row `r`;
// page_foot: the column ends at the page's foot (not a column balanced shorter), where the
// space above a section head may vanish (space_above_head_vanishes).
ColumnStep column_step(const std::vector<Row>& rows, size_t i, int r, int cap,
                       bool page_foot = false);

// Whether rows[i] is the first row of a picture's frame.
bool starts_picture(const std::vector<Row>& rows, size_t i);
// A picture's rows from rows[i], the first row of its frame: the frame, then its caption
// and credit (blank rows between them included); the first row after them.
size_t figure_end(const std::vector<Row>& rows, size_t i);

struct Poured {
  struct Slot {
    int column = -1, row = -1;  // -1: not placed (a blank row at a column top, or no room)
  };
  std::vector<Slot> slots;  // one per row from `from` on
  size_t end = 0;           // the first row that found no room in order (`to`: none)
  // A picture floated past the last column ([floated, floated_end) not placed; the rows
  // after it are placed up to `end`), when pour was allowed to.
  size_t floated = 0, floated_end = 0;
};

// Pours rows[from..] into columns of caps[c] rows each, column after column, by
// column_step; a picture that does not fit floats to the next column (past the last one
// only when `float_past_end`: the digest flow carries it to the next page). The first
// column may already be filled to `first_row` (the vertical flow pours what follows a
// picture from the line after it). page_foot: the columns end at the page's foot
// (column_step). Only rows before `to` are poured (the rows after it still count for the
// keep rules); `end` is then `to` when they all found room.
Poured pour(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps,
            bool float_past_end, int first_row = 0, bool page_foot = false,
            size_t to = static_cast<size_t>(-1));

}  // namespace wz::typeset
