#include "typeset/page/geometry.h"

#include <algorithm>
#include <cmath>

namespace wz::typeset {

int whole_chars(double avail, int parts, double gap, double em, int wanted) {
  int fit = static_cast<int>(std::floor((avail - (parts - 1) * gap) / parts / em));
  return std::max(1, wanted > 0 ? std::min(wanted, fit) : fit);
}

int whole_lines(double avail, double em, double pitch) {
  return std::max(1, static_cast<int>(std::floor((avail - em) / pitch)) + 1);
}

Geometry make_geometry(const model::Layout& L) {
  Geometry g;
  g.page_w = L.page_width * kPtPerMm;
  g.page_h = L.page_height * kPtPerMm;
  g.em = L.body_size;
  g.pitch = L.body_size * L.line_pitch;
  g.columns = std::max(1, L.columns);
  g.gutter = L.gutter * g.em;
  g.indent = L.indent * g.em;
  double avail_w = g.page_w - (L.margin_inner + L.margin_outer) * kPtPerMm;
  double avail_h = g.page_h - (L.margin_top + L.margin_bottom) * kPtPerMm;
  g.column_w = whole_chars(avail_w, g.columns, g.gutter, g.em, L.chars_per_line) * g.em;
  g.area_w = g.columns * g.column_w + (g.columns - 1) * g.gutter;
  g.rows = whole_lines(avail_h, g.em, g.pitch);
  g.area_h = (g.rows - 1) * g.pitch + g.em;
  // Centre the type area in the space the margins leave.
  g.area_x = L.margin_inner * kPtPerMm + (avail_w - g.area_w) / 2;
  g.area_y = L.margin_top * kPtPerMm + (avail_h - g.area_h) / 2;
  return g;
}

}  // namespace wz::typeset
