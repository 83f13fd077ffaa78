// typeset/page/vertical_setter: one line of a vertical paragraph, from placed atoms to
// glyph runs in the column (typography.md "Vertical text").
// Consumes: a paragraph shaped with ShapeOptions::vertical (glyph advances and the placed
// atoms' offsets run down the column), one broken and placed line of it. Produces the
// SetLine's runs, in column coordinates: x across the column from its centre (+ right),
// y down the column from the line start (SetLine::dx is the alignment offset down the
// column). Upright glyphs become Vertical runs (Identity-V, each glyph at the top centre
// of its cell); turned Latin words RotatedCW runs on a baseline that centres the face's
// em box in the column; 纵中横 numbers a Horizontal run centred in their cell, narrowed
// (a smaller size) when wider than the column.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "typeset/page/setter.h"

namespace wz::typeset {

// Byte ranges of the paragraph text set in synthetic bold.
using BoldRanges = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// What the runs' styles say of the paragraph text besides face and size.
struct RunRanges {
  const BoldRanges& bold;   // set in synthetic bold
  const LangRanges& langs;  // in a language of its own (setter.h)
};

// `centred_marks`: a Traditional edition's (ShapeOptions::variant), whose ，、。：； sit in
// the centre of their cells; else in the upper right (Mainland).
void commit_vertical_line(const ShapedParagraph& sp, const Line& ln, const PlacedLine& pl,
                          const RunRanges& ranges, bool centred_marks, FontLibrary& fonts,
                          SetLine& out);

}  // namespace wz::typeset
