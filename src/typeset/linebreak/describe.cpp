#include "typeset/linebreak/describe.h"

#include <cstdio>

namespace wz::typeset {

std::string describe(const Line& line, const PlacedLine& placed) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "[%u,%u) w=%.2f/%.2f nat=%.2f +%.2f -%.2f bad=%.1f", line.begin,
                line.end, placed.width, line.target, line.natural, placed.stretched, placed.shrunk,
                line.badness);
  std::string s = buf;
  if (line.last) s += " last";
  if (placed.overfull) s += " overfull";
  return s;
}

std::string describe(const std::vector<Atom>& atoms, const std::vector<Line>& lines,
                     const BreakOptions& opt) {
  std::string out;
  for (const Line& l : lines) out += describe(l, place_line(atoms, l, opt)) + "\n";
  return out;
}

}  // namespace wz::typeset
