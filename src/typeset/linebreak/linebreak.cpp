#include "typeset/linebreak/linebreak.h"

#include <cmath>

#include "typeset/linebreak/context.h"

namespace wz::typeset {

namespace lb {

Context::Context(const std::vector<Atom>& atoms, const MeasureFn& measure, const BreakOptions& opt)
    : atoms_(atoms),
      opt_(opt),
      prefix_(atoms),
      justify_(opt.justify),
      stretch_tol_(kInterCharMaxStretchEm * opt.em) {
  // A paragraph has at most one line per break opportunity: probe the measure of each
  // line number once, so that the strategies never call back into the page builder.
  size_t breaks = 0;
  for (std::uint32_t b = 1; b <= size(); ++b) breaks += can_break(b) ? 1 : 0;
  measures_.reserve(breaks + 1);
  for (size_t i = 0; i <= breaks; ++i) measures_.push_back(measure(static_cast<int>(i)));
  easy_line_ = static_cast<int>(measures_.size()) - 1;
  while (easy_line_ > 0 && measures_[easy_line_ - 1] == measures_[easy_line_]) --easy_line_;
}

bool Context::lone(std::uint32_t a, std::uint32_t b) const {
  // clreq §3.4 孤字: the paragraph's last line holds one character (or one and marks).
  return b == size() && a > 0 && prefix_.chars(a, b) <= 1;
}

Judged Context::judge_line(std::uint32_t a, std::uint32_t b, int line) const {
  Judged j;
  LineAdjust adj = prefix_.line(a, b, indent(a));
  double target = measure(line);
  SetMode m = mode(b);
  j.fit = judge(adj, make_plan(adj, target, m), target, m, opt_.em);
  double d = kLinePenalty + j.fit.badness;
  j.demerits = d * d;
  const Atom& last = atoms_[b - 1];
  if (b < size() && last.brk == Break::Allowed && last.penalty != 0)
    j.demerits += std::copysign(static_cast<double>(last.penalty) * last.penalty, last.penalty);
  if (!j.fit.feasible) j.demerits += kInfeasibleDemerits;
  if (j.fit.overfull) j.demerits += kOverfullDemerits;
  j.lone = opt_.avoid_lone_char && lone(a, b);
  if (j.lone) j.demerits += kLoneCharDemerits;
  return j;
}

Line Context::make_line(std::uint32_t a, std::uint32_t b, int line) const {
  Line l;
  l.begin = a;
  l.end = b;
  LineAdjust adj = prefix_.line(a, b, indent(a));
  l.natural = static_cast<float>(adj.natural);
  l.target = static_cast<float>(measure(line));
  l.last = b == size();
  SetMode m = mode(b);
  l.badness =
      static_cast<float>(judge(adj, make_plan(adj, l.target, m), l.target, m, opt_.em).badness);
  return l;
}

}  // namespace lb

std::vector<Line> break_lines(const std::vector<Atom>& atoms, const MeasureFn& measure,
                              const BreakOptions& opt) {
  if (atoms.empty()) return {};
  lb::Context ctx(atoms, measure, opt);
  switch (opt.strategy) {
    case BreakOptions::Strategy::Greedy:
      return lb::break_greedy(ctx);
    case BreakOptions::Strategy::TotalFit:
      break;
  }
  return lb::break_total_fit(ctx);
}

}  // namespace wz::typeset
