#include "typeset/page/broadsheet_figure.h"

#include <algorithm>

#include "typeset/page/tags.h"

namespace wz::typeset {

double block_width(const Geometry& g, int k) {
  return k * g.column_w + (k - 1) * g.gutter;
}

int SpanFigure::height() const {
  int n = 0;
  for (const Row& r : rows) n += r.height;
  return n;
}

const SpanFigure* Lift::at(int k) const {
  if (k < 1 || k > static_cast<int>(by_width.size())) return nullptr;
  const SpanFigure& f = by_width[static_cast<size_t>(k - 1)];
  return f.columns >= 2 ? &f : nullptr;
}

Lift lift_figure(const model::Article& a, int n, const std::vector<Row>& rows, Context& cx) {
  Lift lift;
  if (cx.layout.picture_columns < 2) return lift;
  using model::BlockKind;
  const auto& blocks = a.blocks;
  auto image = std::find_if(blocks.begin(), blocks.end(),
                            [](const model::Block& b) { return b.kind == BlockKind::Image; });
  if (image == blocks.end()) return lift;
  const int b0 = static_cast<int>(image - blocks.begin());
  int b1 = b0 + 1;  // its caption and credit come with it
  while (b1 < static_cast<int>(blocks.size()) &&
         (blocks[b1].kind == BlockKind::Caption || blocks[b1].kind == BlockKind::Credit))
    ++b1;
  auto in_figure = [&](const Row& r) {
    return r.line.tag.block >= b0 && r.line.tag.block < b1 && r.kind != RowKind::Head;
  };
  auto first = std::find_if(rows.begin(), rows.end(), in_figure);
  if (first == rows.end()) return lift;
  auto end = std::find_if_not(first, rows.end(), in_figure);
  lift.first = static_cast<size_t>(first - rows.begin());
  lift.end = static_cast<size_t>(end - rows.begin());
  model::Article figure;
  figure.blocks.assign(blocks.begin() + b0, blocks.begin() + b1);
  for (int k = 1; k <= cx.geo.columns; ++k) {
    SpanFigure f;
    const int s = std::min(cx.layout.picture_columns, k);
    if (s >= 2) {
      Geometry g = cx.geo;  // the picture, caption and credit set at the spanned width
      g.column_w = block_width(cx.geo, s);
      Context wide{cx.layout, g, cx.faces, cx.fonts, cx.shape};
      f.columns = s;
      f.rows = make_rows(figure, wide);
      tag_article(f.rows, n);
      for (Row& r : f.rows) r.line.tag.block += b0;
    }
    lift.by_width.push_back(std::move(f));
  }
  return lift;
}

}  // namespace wz::typeset
