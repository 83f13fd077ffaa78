// typeset/linebreak/context: what every strategy needs about one paragraph.
// Consumes: atoms, the measure function, options. Produces: O(1) judgement of any
// candidate line (fit, demerits, 孤字) and Line records; the strategies (totalfit.cpp,
// greedy.cpp) only decide where to break.
#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

#include "typeset/linebreak/fit.h"
#include "typeset/linebreak/linebreak.h"

namespace wz::typeset::lb {

// One candidate line judged.
struct Judged {
  Fit fit;
  double demerits = 0;  // of this line alone (without the path before it)
  bool lone = false;    // a 孤字 last line
};

class Context {
 public:
  Context(const std::vector<Atom>& atoms, const MeasureFn& measure, const BreakOptions& opt);

  std::uint32_t size() const { return static_cast<std::uint32_t>(atoms_.size()); }
  // b in 1..size(): may a line end after atom b-1? (The paragraph end always may.)
  bool can_break(std::uint32_t b) const {
    return b == size() || atoms_[b - 1].brk != Break::Forbidden;
  }
  bool forced(std::uint32_t b) const {
    return b == size() || atoms_[b - 1].brk == Break::Mandatory;
  }
  double measure(int line) const {
    return measures_[std::min<size_t>(static_cast<size_t>(line), measures_.size() - 1)];
  }
  // Lines from this index on all have the same measure: paths may merge there.
  int easy_line() const { return easy_line_; }
  double indent(std::uint32_t a) const { return a == 0 ? opt_.first_indent : 0; }
  // True when nothing starting at a can fit the measure of `line` any more at b or later.
  bool exhausted(std::uint32_t a, std::uint32_t b, int line) const {
    return prefix_.min_width(a, b) + indent(a) > measure(line) + kEps;
  }
  // True when [a, b) as line `line` is certainly too loose to justify within tolerance.
  bool too_loose(std::uint32_t a, std::uint32_t b, int line) const {
    return justify_ && !forced(b) &&
           prefix_.max_width(a, b, stretch_tol_) + indent(a) < measure(line) - kEps;
  }
  // Judge the line [a, b) set as line number `line`.
  Judged judge_line(std::uint32_t a, std::uint32_t b, int line) const;
  bool lone(std::uint32_t a, std::uint32_t b) const;
  Line make_line(std::uint32_t a, std::uint32_t b, int line) const;
  const BreakOptions& opt() const { return opt_; }

 private:
  SetMode mode(std::uint32_t b) const {
    return forced(b) ? SetMode::Last : opt_.justify ? SetMode::Justified : SetMode::Ragged;
  }

  const std::vector<Atom>& atoms_;
  const BreakOptions& opt_;
  Prefix prefix_;
  std::vector<double> measures_;
  int easy_line_ = 0;
  bool justify_ = true;
  double stretch_tol_ = 0;  // kInterCharMaxStretchEm in points
};

std::vector<Line> break_total_fit(const Context& ctx);
std::vector<Line> break_greedy(const Context& ctx);

}  // namespace wz::typeset::lb
