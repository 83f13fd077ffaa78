// pdf/content: the content stream of one page.
// Consumes: a pages::Page (top-left origin, y down, points) and, per document font, the
// CidFont that gives codes and widths plus the page resource names.
// Produces: PDF operators (uncompressed) in item order, each group of text runs and each
// rule or box inside its own q … Q with explicit colours (gray as DeviceGray; a process
// colour as DeviceRGB, or DeviceCMYK for PDF/X; registration as the /Reg separation for
// PDF/X, else gray); a page with bleed or slug starts by moving the origin to the trim
// corner; glyphs shown with TJ, the
// arrays carrying the difference between the typesetter's glyph positions and the W/W2
// advances (residues under kMinAdjust thousandths of an em are dropped, without drift).
// Tagged (`marks` given, pdf/structure): each item inside a marked-content sequence, its
// element's type with its MCID (BDC … EMC) or /Artifact (BMC … EMC); consecutive items
// with one mark share one sequence, and sequences nest properly with BT/ET and q/Q.
#pragma once
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/pages.h"
#include "pdf/cid_font.h"
#include "pdf/structure.h"

namespace wz::pdf {

// Residues below this (1/1000 em) are not written: invisible, and writing them would put
// a number between nearly every pair of glyphs.
inline constexpr double kMinAdjust = 0.5;
// A TJ number larger than this (1/1000 em) is replaced by a new text matrix: a jump, not a
// kern.
inline constexpr double kMaxAdjust = 4000;

struct FontSlot {
  const CidFont* font = nullptr;
  int face = -1;  // index of the deduplicated face: resources /F<face> and /F<face>V
};

// Resource uses of a page: (face, vertical?).
using FontUses = std::set<std::pair<int, bool>>;

// Name of the registration colour space in a page's /ColorSpace resources.
inline constexpr const char* kRegistrationSpace = "Reg";

// `registration`, when given, is set when the page paints in registration colour.
// `pictures`, when given, names the XObject each Picture item of the page draws, in order
// (pdf/pictures.h: a file may have a copy per size); else a picture draws its image index.
std::string page_content(const pages::Page& page, const std::vector<FontSlot>& slots,
                         FontUses& uses, pages::Conformance conformance = pages::Conformance::None,
                         bool* registration = nullptr, const std::vector<Mark>* marks = nullptr,
                         const std::vector<int>* pictures = nullptr);

std::string font_resource_name(int face, bool vertical);
// Resource name of picture XObject `index` in a page's /XObject dictionary.
std::string picture_resource_name(int index);

}  // namespace wz::pdf
