#include "typeset/linebreak/fit.h"

#include <algorithm>
#include <cmath>

namespace wz::typeset::lb {

namespace {

int shrink_index(const Atom& a) {
  return static_cast<int>(a.shrink_class);
}
int stretch_index(const Atom& a) {
  return static_cast<int>(a.stretch_class);
}
constexpr int kInterChar = static_cast<int>(StretchClass::InterChar);

void add(LineAdjust& adj, const Atom& a, const Effective& e, double sign) {
  adj.shrink[shrink_index(a)] += sign * e.shrink;
  if (stretch_index(a) == kInterChar)
    adj.stretch[kInterChar] += sign * (e.stretch > 0 ? 1 : 0);
  else
    adj.stretch[stretch_index(a)] += sign * e.stretch;
}

// Take `need` from the classes in `order`, each class proportionally (clreq §3.5: "each
// class equally") before the next is touched. Returns what is left over.
template <size_t N, size_t M>
double take(double need, const std::array<double, N>& avail, std::array<double, N>& ratio,
            const std::array<int, M>& order, double& taken) {
  for (int c : order) {
    if (need <= 0) break;
    if (avail[c] <= 0) continue;
    double t = std::min(need, avail[c]);
    ratio[c] = t / avail[c];
    taken += t;
    need -= t;
  }
  return need;
}

constexpr std::array<int, 6> kShrinkOrder = {2, 3, 4, 5, 6, 7};  // clreq §3.5 shrink
constexpr std::array<int, 2> kCappedStretchOrder = {1, 2};       // clreq §3.5 stretch 1, 2

}  // namespace

Effective effective(const Atom& a, bool first, bool last) {
  Effective e{a.shrink, a.stretch};
  if (first && a.shrink_left) e.shrink = std::max(0.0, e.shrink - a.start_trim);
  if (last) {
    e.stretch = 0;  // the glue after the last atom is dropped
    if (!a.shrink_left) e.shrink = std::max(0.0, e.shrink - a.gap - a.end_trim);
  }
  return e;
}

Plan make_plan(const LineAdjust& adj, double target, SetMode mode) {
  Plan p;
  double delta = target - adj.natural;
  if (delta < -kEps) {
    p.over_by = take(-delta, adj.shrink, p.shrink_ratio, kShrinkOrder, p.shrunk);
    if (p.over_by < kEps) p.over_by = 0;
    return p;
  }
  if (mode != SetMode::Justified || delta <= kEps) return p;
  double rest = take(delta, adj.stretch, p.stretch_ratio, kCappedStretchOrder, p.stretched);
  if (rest <= kEps) return p;
  double gaps = adj.stretch[kInterChar];
  if (gaps >= 1) {
    p.per_gap = rest / gaps;
    p.stretched += rest;
  } else {
    p.short_by = rest;
  }
  return p;
}

Fit judge(const LineAdjust& adj, const Plan& plan, double target, SetMode mode, double em) {
  Fit f;
  for (int c : kShrinkOrder)
    f.badness += kShrinkCostPerEm[c] * plan.shrink_ratio[c] * adj.shrink[c] / em;
  if (plan.over_by > 0) {
    f.feasible = false;
    f.overfull = true;
    return f;
  }
  if (mode == SetMode::Last) return f;
  if (mode == SetMode::Ragged) {
    double slack = std::max(0.0, target - adj.natural) / em;
    f.badness += kRaggedSlackCost * slack * slack;
    return f;
  }
  auto cube = [](double r) { return r * r * r; };
  f.badness += kLatinSpaceStretchCost * cube(plan.stretch_ratio[1]);
  f.badness += kHanLatinStretchCost * cube(plan.stretch_ratio[2]);
  double tol = kInterCharMaxStretchEm * em;
  // A line with no gap to stretch is judged as if it had one gap for the shortfall.
  double per_gap = std::max(plan.per_gap, plan.short_by);
  f.badness += kStretchBadnessAtTolerance * cube(per_gap / tol);
  if (per_gap > tol + kEps || plan.short_by > 0) f.feasible = false;
  return f;
}

Prefix::Prefix(const std::vector<Atom>& atoms) : atoms_(atoms) {
  size_t n = atoms.size();
  adv_.assign(n + 1, 0);
  mw_.assign(n + 1, 0);
  shrink_.assign(n + 1, {});
  stretch_.assign(n + 1, {});
  ch_.assign(n + 1, 0);
  double max_start = 0, max_end = 0;
  for (size_t i = 0; i < n; ++i) {
    const Atom& a = atoms[i];
    adv_[i + 1] = adv_[i] + a.width + a.gap;
    mw_[i + 1] = mw_[i] + a.width + a.gap - a.shrink;
    shrink_[i + 1] = shrink_[i];
    shrink_[i + 1][shrink_index(a)] += a.shrink;
    stretch_[i + 1] = stretch_[i];
    if (stretch_index(a) == kInterChar)
      stretch_[i + 1][kInterChar] += a.stretch > 0 ? 1 : 0;
    else
      stretch_[i + 1][stretch_index(a)] += a.stretch;
    ch_[i + 1] = ch_[i] + (a.is_mark ? 0 : 1);
    max_start = std::max<double>(max_start, a.start_trim);
    max_end = std::max<double>(max_end, a.gap + a.end_trim);
  }
  max_drop_ = max_start + max_end;
}

LineAdjust Prefix::line(std::uint32_t a, std::uint32_t b, double indent) const {
  LineAdjust adj;
  const Atom& f = atoms_[a];
  const Atom& l = atoms_[b - 1];
  adj.natural = adv_[b] - adv_[a] - f.start_trim - l.gap - l.end_trim + indent;
  for (int c = 0; c < 8; ++c) adj.shrink[c] = shrink_[b][c] - shrink_[a][c];
  for (int c = 0; c < 4; ++c) adj.stretch[c] = stretch_[b][c] - stretch_[a][c];
  // Replace the edge atoms' full adjustability by what they keep on this line.
  bool single = a + 1 == b;
  add(adj, f, Effective{f.shrink, f.stretch}, -1);
  add(adj, f, effective(f, true, single), +1);
  if (!single) {
    add(adj, l, Effective{l.shrink, l.stretch}, -1);
    add(adj, l, effective(l, false, true), +1);
  }
  return adj;
}

LineAdjust line_adjust(const std::vector<Atom>& atoms, std::uint32_t a, std::uint32_t b,
                       double indent) {
  LineAdjust adj;
  adj.natural = indent;
  for (std::uint32_t i = a; i < b; ++i) {
    const Atom& x = atoms[i];
    adj.natural += x.width + x.gap;
    add(adj, x, effective(x, i == a, i + 1 == b), +1);
  }
  adj.natural -= atoms[a].start_trim + atoms[b - 1].gap + atoms[b - 1].end_trim;
  return adj;
}

}  // namespace wz::typeset::lb
