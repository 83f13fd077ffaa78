// epub/vertical_text: the markup a vertical chapter needs beyond writing-mode.
// Consumes: escaped XHTML text of a vertical issue. Produces: the same text with its
// numbers marked as the PDF sets them (typeset/shape/orient.cpp): a number of 2–3 digits
// in <span class="tcy"> (纵中横, CSS text-combine-upright: all), a single digit or a 4-digit
// year in <span class="upright"> (one digit per cell). Digits inside a Latin token (3.5,
// P-104, 50%) are left to turn with it, and longer numbers turn as Latin words do.
#pragma once
#include <string>
#include <string_view>

namespace wz::epub {

std::string mark_vertical_numbers(std::string_view escaped);

// The marks a face without vertical forms sets wrong in a vertical chapter (Chromium draws
// “ ” ‘ ’ of the Arphic Kai faces horizontal and their ，、。：； centred): each in
// <span class="vmark">, which the CSS sets in the body face, whose `vert` turns and places
// them (typography.md: other faces take the body face's vertical forms).
std::string mark_vertical_marks(std::string_view escaped);
// The characters of `text` that mark_vertical_marks wraps (for the body face's subset).
std::string vertical_marks_in(std::string_view text);

}  // namespace wz::epub
