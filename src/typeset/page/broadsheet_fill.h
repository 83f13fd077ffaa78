// typeset/page/broadsheet_fill: an article's column material poured into the columns of
// its block on a broadsheet page.
// Consumes: the article's grid Rows (blocks.h) from some row on, the block's column count
// and each column's capacity in grid rows. Produces: where each row goes (column, row
// inside the block), the depth of every column, and where the material stops when it
// does not all fit (the rest continues on the next page).
// Where a column ends is decided by column_rules.h, the rule set every make-up shares.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

#include "typeset/page/blocks.h"

namespace wz::typeset {

// A picture set across `columns` columns of the block from its column c0, `top` grid rows
// under the block's text top and `rows` tall (broadsheet_figure.h; lifted: the index of
// the article's LiftedFigure), standing for the material's rows [first, end). in_text: it
// follows text of the block and stands where that text falls, the text above and under it
// (fill_columns places it); else it opens the block's text, at its top.
struct FigureBox {
  int c0 = 0, columns = 0, top = 0, rows = 0;
  size_t first = 0, end = 0;
  int lifted = 0;
  bool in_text = false;
  int foot() const { return top + rows; }
  bool covers(int column) const { return column >= c0 && column < c0 + columns; }
};

constexpr int kPictureGap = 1;  // one grid row between a picture (caption, credit) and text
// An in-text picture with fewer lines than this above it in its column stands at the
// column's head (they go under it); one that would leave fewer under it heads the next
// column: no strip of a line or two beside a picture.
constexpr int kMinLinesAround = 3;

// The pictures of a block; the other rows are poured above, under and beside them.
struct Figures {
  std::vector<FigureBox> boxes;
  bool empty() const { return boxes.empty(); }
  // The stretches [first, second) of grid rows of a column `cap` rows deep that the text
  // may take: rows under no picture and not in the gap row between a picture and text.
  std::vector<std::pair<int, int>> free_rows(int column, int cap) const;
  // The grid rows a column's pictures take down to the lowest one's foot (no gap row).
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
// (with `figures`: above, under and beside them, each column's stretches (free_rows) top
// to bottom, their rows left out; slot rows count from the block's text top, depths
// include the pictures). An in-text picture (FigureBox::in_text) is placed when the pour
// reaches it: under the last line before it and a gap row, across its columns from that
// line's (kMinLinesAround: at the column's head, or the next column's), the rest of the
// column poured under it and the columns it spans above and under it; one that finds no
// such place (its line in the last column, or no room under it) heads the block's last
// columns, else stays in the text, column wide. The returned figures are the pictures
// placed.
ColumnFill fill_columns(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps,
                        const Figures& figures = {});

// The shortest balanced columns that hold all of rows[from..] in k columns: every column
// used and no column more than kMaxSpread rows shorter than another; among the fills of
// one height, "only the last column short" (clreq §2.4.2) is preferred to columns a line
// apart, and a fill that places every in-text picture to one that leaves one in the text.
// `ok` is false when no such fill exists within a few rows of the shortest.
ColumnFill balance_columns(const std::vector<Row>& rows, size_t from, int k,
                           const Figures& figures = {});

// Grid rows of rows[from..] (blank rows included).
int material_rows(const std::vector<Row>& rows, size_t from);

constexpr int kMaxSpread = 3;  // issue 5: no column more than 3 lines shorter than its neighbours

}  // namespace wz::typeset
