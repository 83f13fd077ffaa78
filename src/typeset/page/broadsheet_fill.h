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

// A picture set across `columns` columns of the block from its column c0, `top` grid rows
// under the block's text top and `rows` tall (broadsheet_figure.h; lifted: the index of
// the article's LiftedFigure), standing for the material's rows [first, end).
struct FigureBox {
  int c0 = 0, columns = 0, top = 0, rows = 0;
  size_t first = 0, end = 0;
  int lifted = 0;
};

// The pictures of a block, at the top of its text; the other rows are poured under and
// beside them.
struct Figures {
  std::vector<FigureBox> boxes;
  bool empty() const { return boxes.empty(); }
  // Where the text of a column starts: under the lowest picture over it and a gap row.
  int top(int column) const;
  // The grid rows a column's pictures take down to their foot (no gap row).
  int depth(int column) const;
  bool stands_for(size_t row) const;
  // Grid cells the pictures take from the block (gap rows included) less the rows of
  // material they stand for: what lifting them adds to the block's area.
  int added_cells(const std::vector<Row>& rows, int k) const;
};

struct ColumnFill {
  struct Slot {
    int column = -1, row = -1;  // -1: not placed (a blank row at a column top, or past `end`)
  };
  std::vector<Slot> slots;   // one per row from `from` on
  size_t from = 0, end = 0;  // rows [from, end) are placed
  std::vector<int> depth;    // grid rows used per column, trailing blanks not counted
  bool ok = false;           // balanced: all placed, every column used, depths close
  Figures figures;           // the pictures at the top of the block (none: empty)

  int height() const;  // deepest column
  int spread() const;  // deepest minus shallowest column
};

// Pour rows[from..] into columns of caps[c] rows each, greedily, column after column
// (with `figures`: under and beside them, their rows left out; slot rows count from the
// block's text top, depths include the pictures).
ColumnFill fill_columns(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps,
                        const Figures& figures = {});

// The shortest balanced columns that hold all of rows[from..] in k columns: every column
// used and no column more than kMaxSpread rows shorter than another; among the fills of
// one height, "only the last column short" (clreq §2.4.2) is preferred to columns a line
// apart. `ok` is false when no such fill exists within a few rows of the shortest.
ColumnFill balance_columns(const std::vector<Row>& rows, size_t from, int k,
                           const Figures& figures = {});

// Grid rows of rows[from..] (blank rows included).
int material_rows(const std::vector<Row>& rows, size_t from);

constexpr int kMaxSpread = 3;  // issue 5: no column more than 3 lines shorter than its neighbours

}  // namespace wz::typeset
