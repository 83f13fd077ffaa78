// Test helpers for the PDF writer: find faces through fontconfig, shape with HarfBuzz
// straight into pages::GlyphRun (as the typesetter would), run external tools.
#pragma once
#include <optional>
#include <string>

#include "model/pages.h"

namespace wz::pdf::test {

// The face fontconfig gives for `family`, or nullopt when that family is not installed
// (fontconfig would otherwise substitute another one).
std::optional<pages::FontFace> find_face(const std::string& family);

// Shapes `text` (script Han, language zh) and positions the glyphs in points for `size`:
// Horizontal → baseline origins; Vertical (TTB) → top-centre of each cell; RotatedCW →
// horizontal shaping, glyph origins advancing down the page.
pages::GlyphRun shape(const pages::FontFace& face, int font_index, const std::string& text,
                      double size, pages::GlyphRun::Dir dir, double x, double y);

// Advance of a shaped run along its direction, in points.
double run_extent(const pages::GlyphRun& run, const pages::FontFace& face);

// Inflates every Flate stream of the PDF with zlib's checks on (Adler-32 included); returns the
// number of streams and appends a line per failure to `errors`.
int inflate_all_streams(const std::string& pdf_path, std::string& errors);

bool have_tool(const std::string& name);
// Runs a shell command, returns stdout; *status gets the exit status.
std::string run(const std::string& cmd, int* status = nullptr);

}  // namespace wz::pdf::test
