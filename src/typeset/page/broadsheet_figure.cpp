#include "typeset/page/broadsheet_figure.h"

#include <algorithm>

#include "typeset/page/tags.h"

namespace wz::typeset {
namespace {

using model::BlockKind;

// The picture of blocks [b0, b1) (its Image block, caption and credit) set across s
// columns of the grid.
SpanFigure span_figure(const model::Article& a, int n, int b0, int b1, int s, Context& cx) {
  SpanFigure f;
  model::Article figure;
  figure.blocks.assign(a.blocks.begin() + b0, a.blocks.begin() + b1);
  Geometry g = cx.geo;  // the picture, caption and credit set at the spanned width
  g.column_w = block_width(cx.geo, s);
  Context wide{cx.layout, g, cx.faces, cx.fonts, cx.shape};
  f.columns = s;
  f.rows = make_rows(figure, wide);
  tag_article(f.rows, n);
  for (Row& r : f.rows) r.line.tag.block += b0;
  return f;
}

}  // namespace

double block_width(const Geometry& g, int k) {
  return k * g.column_w + (k - 1) * g.gutter;
}

int SpanFigure::height() const {
  int n = 0;
  for (const Row& r : rows) n += r.height;
  return n;
}

const SpanFigure* LiftedFigure::at(int k) const {
  if (k < 1 || k > static_cast<int>(by_width.size())) return nullptr;
  const SpanFigure& f = by_width[static_cast<size_t>(k - 1)];
  return f.columns >= 2 ? &f : nullptr;
}

Lift lift_figures(const model::Article& a, int n, const std::vector<Row>& rows, Context& cx) {
  Lift lift;
  if (cx.layout.picture_columns < 2) return lift;
  const auto& blocks = a.blocks;
  auto row = rows.begin();
  for (int b0 = 0; b0 < static_cast<int>(blocks.size()); ++b0) {
    if (blocks[b0].kind != BlockKind::Image) continue;
    int b1 = b0 + 1;  // its caption and credit come with it
    while (b1 < static_cast<int>(blocks.size()) &&
           (blocks[b1].kind == BlockKind::Caption || blocks[b1].kind == BlockKind::Credit))
      ++b1;
    auto in_figure = [&](const Row& r) {
      return r.line.tag.block >= b0 && r.line.tag.block < b1 && r.kind != RowKind::Head;
    };
    auto first = std::find_if(row, rows.end(), in_figure);
    if (first == rows.end()) continue;
    row = std::find_if_not(first, rows.end(), in_figure);
    LiftedFigure f;
    f.first = static_cast<size_t>(first - rows.begin());
    f.end = static_cast<size_t>(row - rows.begin());
    std::vector<SpanFigure> by_span(static_cast<size_t>(cx.layout.picture_columns) + 1);
    for (int k = 1; k <= cx.geo.columns; ++k) {
      const int s = std::min(cx.layout.picture_columns, k);
      if (s >= 2 && by_span[s].columns == 0) by_span[s] = span_figure(a, n, b0, b1, s, cx);
      f.by_width.push_back(s >= 2 ? by_span[s] : SpanFigure{});
    }
    lift.figures.push_back(std::move(f));
    b0 = b1 - 1;
  }
  return lift;
}

}  // namespace wz::typeset
