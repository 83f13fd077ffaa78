// typeset/page/broadsheet_plan: the make-up of a broadsheet issue, as a newspaper's
// make-up editor does it: each article is a block (its headline group across the columns
// its text occupies, the text under it in balanced columns), and the blocks are packed
// into the page's grid columns from the top, article after article, each into the
// highest free stretch of columns (a skyline packer).
// Consumes: each article's column material and headline group per width (Material).
// Produces: the blocks of every page (Placed), in reading order, positions in grid rows
// and columns; pure, so tests can check the plan against the lines emitted from it.
// How: per page a beam search over the widths and positions of the next articles, scored
// by the free grid cells the plan leaves (holes), the distance of each width from the one
// its length asks for, and shallow strips, and by the white a page that is not the issue's
// last leaves under its columns when that breaks the fill goals (fill_fault_cost); the last block
// of a page may be an article that goes on on the next page, filling the columns it takes to the
// page foot. WZ_BROADSHEET_DEBUG=1 in the environment prints each page's plan and score on stderr.
#pragma once
#include <cstddef>
#include <vector>

#include "typeset/page/blocks.h"
#include "typeset/page/broadsheet_figure.h"
#include "typeset/page/broadsheet_fill.h"

namespace wz::typeset {

// One article ready for make-up.
struct Material {
  std::vector<Row> rows;           // column material at the grid's column measure
  std::vector<SpanBlock> heads;    // heads[k-1]: the headline group across k columns
  std::vector<SpanBlock> resumed;  // resumed[k-1]: the small head over the rest of a
                                   // continued article ("……（接上页）")
  SetLine jump;                    // "（转下页）" under the last column of a continued block
  Lift lift;                       // its pictures across columns (picture_columns)
  int head_rows(int k) const;      // 0 when the article has no headline group
  int resumed_rows(int k) const;   // 0 when there is no such head
  // The pictures spanning columns of a block k wide that holds the article's rows
  // [from, to): those whose rows lie there, in the article's order. One that no paragraph
  // of the block comes before opens its text: at its top, in the columns where it stands
  // highest (side by side where the block is wide enough, else one under another); a
  // picture whose foot would come below grid row `limit` of the text stays in the text,
  // column wide. The others are marked in_text, for fill_columns to place.
  Figures figures(size_t from, size_t to, int k, int limit) const;
  // The rows from `from` on in the shortest balanced columns of a block k wide, with its
  // pictures (broadsheet_fill.h balance_columns).
  ColumnFill balanced(size_t from, int k) const;
  // The rows from `from` poured into columns caps[c] rows deep, to the page foot, with the
  // pictures of the part that fits: lifting pictures moves where the columns stop, so the
  // pictures are chosen again until every one lifted stands for rows before that stop.
  ColumnFill to_foot(size_t from, const std::vector<int>& caps) const;
};

// One article block on a page.
struct Placed {
  int page = 0;  // page of the issue, from 0
  size_t article = 0;
  int c0 = 0, k = 1;       // first grid column, columns spanned
  int top = 0;             // grid row of the block's top
  int head_rows = 0;       // grid rows of the headline group (0: none, or a continued part)
  ColumnFill fill;         // the text under the headline group
  bool continues = false;  // the article goes on on the next page
  bool continued = false;  // this is the rest of an article begun on an earlier page
  int text_top() const { return top + head_rows; }
  int bottom() const { return top + head_rows + fill.height(); }  // first row below
};

struct PlanParams {
  int columns = 8;      // grid columns of the page
  int rows = 100;       // grid rows of the page
  int first_row = 0;    // first free row of the issue's first page (under its opening)
  int max_columns = 0;  // widest article block that ends on its page (0: all columns)
};

constexpr int kGapRows = 1;  // one grid row (with a hairline) between stacked blocks

// The white under the columns of a page, from a skyline (each column's first free row,
// the gap row under its last block included) of a page `rows` deep: grid cells, and the
// deepest column's share in rows.
struct FootHoles {
  int cells = 0;    // white cells under the columns' last lines
  int deepest = 0;  // rows of white under the emptiest column
};
FootHoles foot_holes(const std::vector<int>& top, int rows);

// Issue 9's fill goals for a page that is not an issue's last (typography.md, "Page
// make-up": filled to the foot), as makeup-audit measures them: white under the columns at
// most 5% of the type area, under any one column at most 15% of its depth. The planner's
// goals are a little tighter: the audit measures from baselines, and a plan's rows are
// whole grid rows.
constexpr double kHoleAreaGoal = 0.04;
constexpr double kHoleMaxGoal = 0.13;
// What a page over a goal costs, in grid cells of hole: more than any shape the
// planner weighs (a column's width, a strip, a jump) so that a plan within the goals wins
// whenever the search finds one, then each cell over the goal.
constexpr double kFillFaultCost = 300;
constexpr double kFillFaultWeight = 10;

// 0 for white within the goals; else kFillFaultCost per goal broken and kFillFaultWeight per
// cell over it (a column's rows over kHoleMaxGoal weigh as across the page).
double fill_fault_cost(const FootHoles& h, int columns, int rows);

std::vector<Placed> plan_issue(const std::vector<Material>& articles, const PlanParams& p);

}  // namespace wz::typeset
