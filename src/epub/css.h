// epub/css: one style sheet per layout.
// Consumes: a model::Layout (body size, line pitch, indent, direction, fonts per role,
// block styles) and the CSS family of each embedded face. Produces: CSS for reflowable
// text: sizes in em relative to the body (the layout's proportions, not its absolute pt),
// unitless line heights, clreq settings (justify, strict line breaking, no hanging
// punctuation), and writing-mode: vertical-rl for vertical layouts.
#pragma once
#include <map>
#include <string>

#include "model/layout.h"

namespace wz::epub {

// Reader's default size is taken to stand for 五号 (10.5 pt): a layout with a larger body
// (large print) scales text up by body_size / 10.5; smaller bodies are not scaled down
// below the reader's default, since the reader chose that size.
constexpr double kReaderDefaultPt = 10.5;

// Families a reader may have for each role, after the embedded face and the layout's
// own family name; generic family last.
std::string fallback_families(model::FontRole role);

// embedded: role -> CSS family of the embedded face (absent or "" = not embedded).
std::string layout_css(const model::Layout& layout,
                       const std::map<model::FontRole, std::string>& embedded);

}  // namespace wz::epub
