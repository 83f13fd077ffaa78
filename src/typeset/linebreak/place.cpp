// place_line: the x of every atom of a broken line, adjusted by the same plan the breaker
// judged (fit.h): edge trims, then shrink class by class in clreq §3.5 order, or stretch
// class by class (Latin word spaces, Han–Latin spaces, then every inter-character gap
// equally). Gaps the shaper fixed (stretch = 0: inside ——/……, around connectors) never
// grow.
#include <algorithm>

#include "typeset/linebreak/fit.h"
#include "typeset/linebreak/linebreak.h"

namespace wz::typeset {

PlacedLine place_line(const std::vector<Atom>& atoms, const Line& line, const BreakOptions& opt) {
  PlacedLine out;
  if (line.end <= line.begin || line.end > atoms.size()) return out;
  const std::uint32_t a = line.begin, b = line.end;
  const double indent = a == 0 ? opt.first_indent : 0;
  lb::LineAdjust adj = lb::line_adjust(atoms, a, b, indent);
  // Justified unless the paragraph's last line or a line ended by a forced break.
  bool last = line.last || atoms[b - 1].brk == Break::Mandatory;
  lb::Plan plan = lb::make_plan(adj, line.target,
                                last          ? lb::SetMode::Last
                                : opt.justify ? lb::SetMode::Justified
                                              : lb::SetMode::Ragged);

  out.atom_x.reserve(b - a);
  double x = indent - atoms[a].start_trim;
  for (std::uint32_t i = a; i < b; ++i) {
    const Atom& at = atoms[i];
    lb::Effective e = lb::effective(at, i == a, i + 1 == b);
    double sh = e.shrink * plan.shrink_ratio[static_cast<int>(at.shrink_class)];
    double st = 0;
    if (at.stretch_class == StretchClass::InterChar)
      st = e.stretch > 0 ? plan.per_gap : 0;
    else
      st = e.stretch * plan.stretch_ratio[static_cast<int>(at.stretch_class)];
    // A left-side blank shrinks by moving the glyph left over it.
    out.atom_x.push_back(static_cast<float>(at.shrink_left ? x - sh : x));
    if (i + 1 < b)
      x += at.width + at.gap - sh + st;
    else
      x += at.width - at.end_trim - sh;
  }
  out.width = static_cast<float>(x);
  out.shrunk = static_cast<float>(plan.shrunk);
  out.stretched = static_cast<float>(plan.stretched);
  out.overfull = plan.over_by > 0;
  return out;
}

}  // namespace wz::typeset
