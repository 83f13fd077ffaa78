#include "typeset/page/broadsheet_emit.h"

namespace wz::typeset {
namespace {
constexpr double kHairline = 0.4;     // pt: rules between article blocks
constexpr double kOpeningRule = 1.2;  // pt: under the issue opening
constexpr double kTipFrame = 0.6;     // pt: the box around a reading tip (as the digest flow)
}  // namespace

void SheetWriter::line(int page, const SetLine& l, double x, double baseline, int column,
                       const std::string& kind) {
  emit_line(doc_, rec_, page, l, x, baseline, column, kind);
}

void SheetWriter::rule(int page, double x0, double y0, double x1, double y1, double width) {
  doc_.pages[page].items.push_back(pages::Item{pages::Rule{x0, y0, x1, y1, width}});
}

void SheetWriter::span(int page, const SpanBlock& b, int row) {
  double top = g_.area_y + row * g_.pitch;
  for (size_t i = 0; i < b.lines.size(); ++i)
    line(page, b.lines[i].first, g_.area_x, top + b.lines[i].second, -1, b.kinds[i]);
  if (b.rule_after > 0) {
    double y = g_.area_y + (row + b.rows) * g_.pitch - g_.pitch / 2;
    rule(page, g_.area_x, y, g_.area_x + g_.area_w, y, kOpeningRule);
  }
}

void SheetWriter::block(int page, const Placed& p, const Material& m, int first_row) {
  double x = g_.column_x(p.c0), w = block_width(p.k);
  double top = g_.area_y + p.top * g_.pitch;
  if (p.top > first_row) {  // hairline in the gap row above, across the block
    double prev_bottom = top - (kGapRows + 1) * g_.pitch + g_.em;
    double y = (prev_bottom + top) / 2;
    rule(page, x, y, x + w, y, kHairline);
  }
  if (p.c0 > 0) {  // hairline in the gutter on the block's left
    double gx = x - g_.gutter / 2;
    double bottom = g_.area_y + (p.bottom() - 1) * g_.pitch + g_.em;
    rule(page, gx, top, gx, bottom, kHairline);
  }
  if (p.head_rows > 0) {
    const SpanBlock& h = p.continued ? m.resumed[p.k - 1] : m.heads[p.k - 1];
    for (size_t i = 0; i < h.lines.size(); ++i)
      line(page, h.lines[i].first, x, top + h.lines[i].second, p.c0, h.kinds[i]);
  }
  for (const FigureBox& box : p.fill.figures.boxes) figure(page, p, m, box);
  for (size_t i = 0; i < p.fill.slots.size(); ++i) {
    const auto& s = p.fill.slots[i];
    if (s.column < 0) continue;
    const Row& r = m.rows[p.fill.from + i];
    int col = p.c0 + s.column, row = p.text_top() + s.row;
    double cx = g_.column_x(col) + r.x;
    for (size_t j = 0; j < r.block.size(); ++j)
      line(page, r.block[j].first, cx, g_.area_y + row * g_.pitch + r.block[j].second, col,
           r.block_kinds[j]);
    line(page, r.line, cx, g_.baseline(row), col, to_string(r.kind));
  }
  if (p.continues) {  // "（转下页）" under the last line of the last column
    int col = p.c0 + p.k - 1;
    line(page, m.jump, g_.column_x(col), g_.baseline(p.text_top() + p.fill.depth.back() - 1), col,
         "jump");
  }
  frames(page, p, m);
}

// Reading-tip frames: one box around the consecutive rows of a frame in one column.
void SheetWriter::frames(int page, const Placed& p, const Material& m) {
  const auto& slots = p.fill.slots;
  for (size_t i = 0; i < slots.size();) {
    const Row& r = m.rows[p.fill.from + i];
    if (r.frame < 0 || slots[i].column < 0) {
      ++i;
      continue;
    }
    size_t j = i, last = i;
    while (j < slots.size() && m.rows[p.fill.from + j].frame == r.frame &&
           (slots[j].column < 0 || slots[j].column == slots[i].column)) {
      if (slots[j].column >= 0) last = j;
      ++j;
    }
    int row0 = p.text_top() + slots[i].row, row1 = p.text_top() + slots[last].row;
    pages::Box rect = frame_rect(row0, row1, g_.column_x(p.c0 + slots[i].column), g_.column_w);
    doc_.pages[page].items.push_back(frame_item(doc_, r, rect));
    i = j;
  }
}

pages::Box SheetWriter::frame_rect(int row0, int row1, double x, double w) const {
  double top = g_.baseline(row0) - g_.em * Geometry::kAscentEm;
  double bottom = g_.baseline(row1) + g_.em * 0.12;
  double pad = (g_.pitch - g_.em) / 2;
  return pages::Box{x, top - pad, w, bottom - top + 2 * pad, kTipFrame};
}

// The figure's rows one under another from its top in the block's text, across its
// columns: the picture in its frame rows, the caption and credit lines set at that width.
void SheetWriter::figure(int page, const Placed& p, const Material& m, const FigureBox& box) {
  const SpanFigure* f = m.lift.figures.at(static_cast<size_t>(box.lifted)).at(p.k);
  if (!f) return;
  const int col = p.c0 + box.c0;
  const double x = g_.column_x(col), w = block_width(f->columns);
  int row = p.text_top() + box.top;
  for (size_t i = 0; i < f->rows.size(); row += f->rows[i].height, ++i) {
    const Row& r = f->rows[i];
    if (r.frame >= 0 && (i == 0 || f->rows[i - 1].frame != r.frame)) {
      size_t j = i;
      while (j + 1 < f->rows.size() && f->rows[j + 1].frame == r.frame) ++j;
      doc_.pages[page].items.push_back(
          frame_item(doc_, r, frame_rect(row, row + int(j - i), x, w)));
    }
    line(page, r.line, x + r.x, g_.baseline(row), col, to_string(r.kind));
  }
}

}  // namespace wz::typeset
