// typeset/page/print: the printer's sheet around a finished page (print profile only).
// Consumes: a laid-out page and its layout's [print] setup. Produces: the page's bleed and
// slug (pages.h), backgrounds, rules and pictures that touch the trim pushed out into the
// bleed (a picture grown to cover it, clipped to its grown frame), crop
// marks (and registration targets) in registration colour outside the BleedBox, and display
// type at or above the rich-black size in rich black.
#pragma once
#include "model/document.h"
#include "model/layout.h"
#include "model/pages.h"

namespace wz::typeset {

// Crop marks: hairlines in line with the trim edges, from the mark offset outward.
inline constexpr double kCropMarkLengthMm = 5;  // long enough to cut along, short of the slug
inline constexpr double kMinMarkOffsetMm = 3;   // off the trim corner even without bleed
inline constexpr double kMarkLineWidth = 0.25;  // pt: the usual hairline of printer's marks
inline constexpr double kRegistrationMm = 4;    // registration target, diameter
// Rich black for large display type: 60/40/40/100, 240% ink (under the 300% limit of coated
// stock); never for body text, which registration faults would blur.
inline constexpr double kRichBlack[4] = {0.6, 0.4, 0.4, 1};
// An item this close to a trim edge (pt) touches it and is extended into the bleed.
inline constexpr double kTouchesTrim = 0.5;

// Slug the marks need beyond the bleed, in mm (0 without marks).
double marks_slug_mm(const model::PrintSetup& ps);

void prepare_for_print(pages::Page& page, const model::PrintSetup& ps);

pages::Conformance conformance_of(model::OutputProfile p);

}  // namespace wz::typeset
