// pdf/glyf_font: a TrueType (glyf) font program made from any font HarfBuzz can draw, its
// cubic (CFF) curves turned into quadratic splines.
// Why: mupdf (1.21) takes a glyph's vertical advance from FreeType (fz_advance_ft_glyph,
// with FT_LOAD_VERTICAL_LAYOUT) when it extracts text. FreeType has no vertical metrics
// for a bare CFF program (FontFile3 /CIDFontType0C): it makes them up from the OS/2 and
// hhea tables, which a bare CFF lacks, and returns 0; mupdf also cuts an OpenType-wrapped
// CFF (FontFile3 /OpenType, "OTTO") down to its `CFF ` table before loading it. With a zero
// advance every glyph of a vertical column becomes a text line of its own. A TrueType
// program carrying vhea/vmtx gives FreeType, and so mupdf, the real vertical advances.
// Consumes: an hb_font at upem scale and the glyphs to keep, in the order they get.
// Produces: the sfnt bytes (head, hhea, hmtx, maxp, loca, glyf, OS/2, post, vhea, vmtx).
#pragma once
#include <hb.h>

#include <cstdint>
#include <string>
#include <vector>

namespace wz::pdf {

// Largest distance, in font units, between a cubic curve and the quadratic spline that
// replaces it before rounding to integers (which adds up to 0.71 more). One unit of a
// 1000-unit em is 0.01 pt at 10 pt: far below a device pixel.
inline constexpr double kQuadTolerance = 0.5;

// Glyph i of the result is glyph gids[i] of `font` (gids[0] should be 0, .notdef).
// Horizontal metrics are the font's advances; vertical ones its vertical advances and
// origins (VORG or synthesised). head/hhea/OS/2/post come from `face` where present.
std::string build_glyf_font(hb_face_t* face, hb_font_t* font,
                            const std::vector<std::uint32_t>& gids);

// Quadratic spline through the cubic p0..p3, as (control, on-curve) pairs after p0, each
// piece within `tolerance` of the cubic. Exposed for the tests.
struct QuadPoint {
  double x = 0, y = 0;
};
std::vector<QuadPoint> cubic_to_quads(QuadPoint p0, QuadPoint p1, QuadPoint p2, QuadPoint p3,
                                      double tolerance = kQuadTolerance);

}  // namespace wz::pdf
