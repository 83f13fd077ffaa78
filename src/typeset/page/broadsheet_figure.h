// typeset/page/broadsheet_figure: an article's pictures across several columns of its
// broadsheet block (layout key [article] picture_columns), as a newspaper sets a story's
// photos: under the headline group, at the top of the text, the text in the columns under
// them and beside them.
// Consumes: the article, its column rows (blocks.h make_rows) and the layout's context.
// Produces: per picture of the article and per block width k, the picture with its caption
// and credit set across s = min(picture_columns, k) columns (none when s < 2), and which of
// the article's rows it stands for; broadsheet_plan arranges the pictures of a block at
// its top (arrange_figures), broadsheet_fill pours the rest of the rows under and beside
// them, and broadsheet_emit draws them.
#pragma once
#include <cstddef>
#include <vector>

#include "model/document.h"
#include "typeset/page/blocks.h"

namespace wz::typeset {

// Width of a block of k grid columns (the gutters between them included).
double block_width(const Geometry& g, int k);

struct SpanFigure {
  int columns = 0;        // columns spanned; 0: the picture stays in the text, column wide
  std::vector<Row> rows;  // the picture's frame, caption and credit rows at that width
  int height() const;     // grid rows they take
};

// One picture of the article, with its caption and credit.
struct LiftedFigure {
  size_t first = 0, end = 0;         // the article's rows it stands for
  std::vector<SpanFigure> by_width;  // [k - 1]
  // The figure for a block k columns wide (nullptr: none, the picture stays in the text).
  const SpanFigure* at(int k) const;
};

struct Lift {
  std::vector<LiftedFigure> figures;  // in the article's order; empty: nothing to lift
};

// `rows`: make_rows of article `a`, number `n` of its issue, tagged.
Lift lift_figures(const model::Article& a, int n, const std::vector<Row>& rows, Context& cx);

}  // namespace wz::typeset
