// typeset/linebreak/describe: a one-line text dump of a broken, placed line, for golden
// tests and `wenzhai dump --pages` (the caller prepends the line's text).
// Consumes: Line and PlacedLine. Produces: e.g.
//   "[12,31) w=210.00/210.00 nat=209.50 +0.50 -0.00 bad=0.1 last overfull"
#pragma once
#include <string>
#include <vector>

#include "typeset/linebreak/linebreak.h"

namespace wz::typeset {

// Atoms range, width set / measure, natural width, stretch (+) and shrink (-) applied,
// badness, and the flags "last" and "overfull" when they hold. Figures in points, 2 decimals.
std::string describe(const Line& line, const PlacedLine& placed);

// All lines of a paragraph, placed with `opt`, one describe() per line ending in '\n'.
std::string describe(const std::vector<Atom>& atoms, const std::vector<Line>& lines,
                     const BreakOptions& opt);

}  // namespace wz::typeset
