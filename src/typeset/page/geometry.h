// typeset/page/geometry: the type area of a layout on its character grid.
// Consumes: a Layout. Produces: page size, the column frames and the baseline grid in
// points (top-left origin), so that every body line sits on a grid line and the line
// length of a column is a whole number of body characters (clreq §2.3).
#pragma once
#include <vector>

#include "model/layout.h"

namespace wz::typeset {

constexpr double kPtPerMm = 72.0 / 25.4;

struct Geometry {
  double page_w = 0, page_h = 0;
  double em = 10.5;                                       // body size, pt
  double pitch = 0;                                       // baseline-to-baseline, pt
  double area_x = 0, area_y = 0, area_w = 0, area_h = 0;  // type area (recto page)
  int columns = 1;
  double column_w = 0, gutter = 0;
  int rows = 0;       // grid lines per column
  double indent = 0;  // first-line indent, pt

  double column_x(int c) const { return area_x + c * (column_w + gutter); }
  // Baseline of grid row r: the body's ideographic em box (ascent 0.88 em) sits in the
  // top of the row's pitch, so the first row's box touches the top of the type area.
  double baseline(int r) const { return area_y + r * pitch + em * kAscentEm; }

  static constexpr double kAscentEm = 0.88;  // Noto CJK ascender / upem (880/1000)
};

Geometry make_geometry(const model::Layout& L);

// The character grid (clreq §2.3), shared by horizontal and vertical pages:
// characters per line when `parts` lines sit side by side in `avail` pt with `gap` between
// them — the layout's `wanted` count, or as many as fit (at least 1);
int whole_chars(double avail, int parts, double gap, double em, int wanted);
// grid lines of `pitch` in `avail` pt, the last line's em box ending inside (at least 1).
int whole_lines(double avail, double em, double pitch);

}  // namespace wz::typeset
