// typeset/page/colors: the layout's style colours on a set page.
// Consumes: a set page (each run tagged with its structure role, typeset/page/tags) and the
// layout that set it ([styles.*] color). Produces: the runs of every role whose style has a
// colour painted in it as a process colour (pages::Color: the writer writes the sRGB values
// on screen and in the archive, the CMYK values in the printer's file); black text stays
// DeviceGray 0.
#pragma once
#include <optional>

#include "model/layout.h"
#include "model/pages.h"

namespace wz::typeset {

// The layout style that sets the text of `role`, or none (body text, artifacts: the
// running head and folio are artifacts, so their styles' colours are the EPUB's only).
std::optional<model::Style> style_of_role(pages::Tag::Role role);

void apply_style_colors(pages::Page& page, const model::Layout& layout);

}  // namespace wz::typeset
