// typeset/page/broadsheet_fill: an article's column material poured into the columns of
// its block on a broadsheet page.
// Consumes: the article's grid Rows (blocks.h) from some row on, the block's column count
// and each column's capacity in grid rows. Produces: where each row goes (column, row
// inside the block), the depth of every column, and where the material stops when it
// does not all fit (the rest continues on the next page).
// Where a column ends is decided by column_rules.h, the rule set every make-up shares.
#pragma once
#include <cstddef>
#include <vector>

#include "typeset/page/blocks.h"

namespace wz::typeset {

// A picture set across the first `columns` columns of the block (broadsheet_figure.h),
// `rows` grid rows tall at their top with a gap row under it, standing for the material's
// rows [first, end); the other rows are poured under and beside it.
struct FigureSpan {
  int columns = 0, rows = 0;
  size_t first = 0, end = 0;
  int top(int column) const { return column < columns ? rows + 1 : 0; }  // text starts here
};

struct ColumnFill {
  struct Slot {
    int column = -1, row = -1;  // -1: not placed (a blank row at a column top, or past `end`)
  };
  std::vector<Slot> slots;   // one per row from `from` on
  size_t from = 0, end = 0;  // rows [from, end) are placed
  std::vector<int> depth;    // grid rows used per column, trailing blanks not counted
  bool ok = false;           // balanced: all placed, every column used, depths close
  FigureSpan figure;         // columns == 0: none

  int height() const;  // deepest column
  int spread() const;  // deepest minus shallowest column
};

// Pour rows[from..] into columns of caps[c] rows each, greedily, column after column
// (with `figure`: under and beside it, its rows left out; slot rows count from the
// block's text top, depths include the figure).
ColumnFill fill_columns(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps,
                        const FigureSpan& figure = {});

// The shortest balanced columns that hold all of rows[from..] in k columns: every column
// used and no column more than kMaxSpread rows shorter than another; among the fills of
// one height, "only the last column short" (clreq §2.4.2) is preferred to columns a line
// apart. `ok` is false when no such fill exists within a few rows of the shortest.
ColumnFill balance_columns(const std::vector<Row>& rows, size_t from, int k,
                           const FigureSpan& figure = {});

// Grid rows of rows[from..] (blank rows included).
int material_rows(const std::vector<Row>& rows, size_t from);

constexpr int kMaxSpread = 3;  // issue 5: no column more than 3 lines shorter than its neighbours

}  // namespace wz::typeset
