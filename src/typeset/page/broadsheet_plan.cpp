#include "typeset/page/broadsheet_plan.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "base/error.h"
#include "typeset/page/flow.h"

namespace wz::typeset {
namespace {

// Scores are in free grid cells (one column × one row); the weights say how many cells
// of hole a make-up fault is worth.
constexpr int kBeamWidth = 128;           // plans kept per step of the search
constexpr int kMaxStepRows = 8;           // a block may start this far below the highest free row
constexpr double kRaggedWeight = 0.5;     // search only: an uneven skyline is harder to fill
constexpr double kIdealDepthShare = 0.3;  // a story's columns ≈ 30% of the page deep
constexpr double kWidthWeight = 8;        // per column away from the width its length asks for
constexpr int kMinDepth = 6;              // a multi-column block shallower than this is a strip
constexpr double kShallowWeight = 3;      // per row short of kMinDepth, per column
constexpr double kDeepShare = 0.6;        // columns deeper than 60% of the page look like a pillar
constexpr double kDeepWeight = 1;         // per row too deep
constexpr double kContinueCost = 30;      // an article broken to the next page (a "jump")
constexpr int kMinContinuedLines = 5;     // a continued block keeps ≥ 5 lines in every column

// One step of a plan: an article (or its rest) put at a place, or nothing.
struct Move {
  size_t article = 0, from = 0;
  int c0 = 0, k = 1, top = 0, head_rows = 0, avail = 0;
  bool continues = false;
};

struct State {
  std::vector<int> top;  // first free row per column (a gap row under a block included)
  double cost = 0;
  double rank = 0;  // cost and the skyline's unevenness: the order of the beam
  std::vector<Move> moves;
  size_t art = 0, from = 0;  // next article and its first row not yet placed
  bool issue_end = false;
};

class Planner {
 public:
  Planner(const std::vector<Material>& arts, const PlanParams& p) : arts_(arts), p_(p) {
    kmax_ = p.max_columns > 0 ? std::min(p.max_columns, p.columns) : p.columns;
  }

  std::vector<Placed> run() {
    std::vector<Placed> out;
    size_t art = 0, from = 0;
    for (int page = 0; art < arts_.size(); ++page) {
      State best = plan_page(art, from, page == 0 ? p_.first_row : 0);
      if (std::getenv("WZ_BROADSHEET_DEBUG")) debug(best, page);
      for (const Move& m : best.moves) out.push_back(place(m, page));
      art = best.art, from = best.from;
    }
    return out;
  }

 private:
  void debug(const State& s, int page) const {
    std::fprintf(stderr, "page %d cost %.1f%s:", page, s.cost, s.issue_end ? " (end)" : "");
    for (const Move& m : s.moves)
      std::fprintf(stderr, " a%zu@%d+%d r%d h%d%s", m.article, m.c0, m.k, m.top, m.head_rows,
                   m.continues ? " cont" : "");
    std::fprintf(stderr, "\n  sky:");
    for (int t : s.top) std::fprintf(stderr, " %d", t);
    std::fprintf(stderr, " (rows %d)\n", p_.rows);
  }

  const ColumnFill& balanced(size_t a, size_t from, int k) {
    auto key = std::make_tuple(a, from, k);
    auto it = bal_.find(key);
    if (it == bal_.end()) it = bal_.emplace(key, arts_[a].balanced(from, k)).first;
    return it->second;
  }

  // Columns filled to the page foot; the last one keeps a row for "（转下页）".
  const ColumnFill& to_foot(size_t a, size_t from, int k, int avail) {
    auto key = std::make_tuple(a, from, k, avail);
    auto it = foot_.find(key);
    if (it == foot_.end()) {
      std::vector<int> caps(k, avail);
      caps.back() = std::max(1, avail - 1);
      ColumnFill f = arts_[a].to_foot(from, caps);
      f.depth.back() += 1;
      it = foot_.emplace(key, std::move(f)).first;
    }
    return it->second;
  }

  Placed place(const Move& m, int page) {
    Placed b;
    b.page = page, b.article = m.article, b.c0 = m.c0, b.k = m.k, b.top = m.top;
    b.head_rows = m.head_rows, b.continues = m.continues, b.continued = m.from > 0;
    b.fill =
        m.continues ? to_foot(m.article, m.from, m.k, m.avail) : balanced(m.article, m.from, m.k);
    return b;
  }

  // The width an article's length asks for: columns about kIdealDepthShare of the page deep.
  int preferred_width(size_t a, size_t from) const {
    double ideal = std::max(1.0, p_.rows * kIdealDepthShare);
    int pref = static_cast<int>(std::lround(material_rows(arts_[a].rows, from) / ideal));
    return std::clamp(pref, 1, kmax_);
  }

  double shape_cost(int k, int depth, int pref) const {
    double c = kWidthWeight * std::abs(k - pref);
    if (k > 1 && depth < kMinDepth) c += kShallowWeight * (kMinDepth - depth) * k;
    double deep = p_.rows * kDeepShare;
    if (depth > deep) c += kDeepWeight * (depth - deep);
    return c;
  }

  // Cells between each column's free top and the deepest free top.
  static int uneven(const std::vector<int>& top) {
    int deepest = *std::max_element(top.begin(), top.end()), n = 0;
    for (int t : top) n += deepest - t;
    return n;
  }

  static int free_cells(const std::vector<int>& top, int rows) {
    int n = 0;
    for (int t : top) n += rows - t;
    return n;
  }

  // Free cells above the deepest block when the issue ends on this page.
  int ragged_cells(const State& s, int first_row) const {
    std::vector<int> bottom(s.top.size());
    for (size_t c = 0; c < s.top.size(); ++c)
      bottom[c] = s.top[c] >= p_.rows || s.top[c] == first_row ? s.top[c] : s.top[c] - kGapRows;
    int deepest = *std::max_element(bottom.begin(), bottom.end());
    int n = 0;
    for (int b : bottom) n += deepest - b;
    return n;
  }

  void expand(const State& s, int first_row, std::vector<State>& open, std::vector<State>& done) {
    if (s.art >= arts_.size()) {
      State e = s;
      e.issue_end = true;
      e.cost += ragged_cells(s, first_row);
      done.push_back(std::move(e));
      return;
    }
    int hi = *std::min_element(s.top.begin(), s.top.end());
    bool placed_any = false;
    for (int c0 = 0; c0 < p_.columns; ++c0) {
      int t = 0;
      bool has_hi = false;
      for (int k = 1; c0 + k <= p_.columns; ++k) {
        t = std::max(t, s.top[c0 + k - 1]);
        has_hi = has_hi || s.top[c0 + k - 1] == hi;
        if (t - hi > kMaxStepRows) break;
        if (has_hi) placed_any |= try_place(s, c0, k, t, open, done);
      }
    }
    if (!s.moves.empty()) {  // leave the rest of the page empty
      State e = s;
      e.cost += free_cells(s.top, p_.rows) +
                fill_fault_cost(foot_holes(s.top, p_.rows), p_.columns, p_.rows);
      done.push_back(std::move(e));
    } else if (!placed_any) {
      throw Error("broadsheet: article " + std::to_string(s.art + 1) +
                  " does not fit on an empty page");
    }
  }

  bool try_place(const State& s, int c0, int k, int t, std::vector<State>& open,
                 std::vector<State>& done) {
    const Material& a = arts_[s.art];
    int hr = s.from == 0 ? a.head_rows(k) : a.resumed_rows(k);
    int avail = p_.rows - t - hr;
    if (avail <= 0) return false;
    double holes = 0;
    for (int c = c0; c < c0 + k; ++c) holes += t - s.top[c];
    Move m{s.art, s.from, c0, k, t, hr, avail, false};
    const ColumnFill& bal = balanced(s.art, s.from, k);
    if (bal.ok && bal.height() <= avail) {
      State n = s;
      n.moves.push_back(m);
      for (int c = c0; c < c0 + k; ++c)
        n.top[c] = std::min(p_.rows, t + hr + bal.height() + kGapRows);
      n.cost += holes + shape_cost(k, bal.height(), preferred_width(s.art, s.from));
      n.art += 1, n.from = 0;
      open.push_back(std::move(n));
      return true;
    }
    if (bal.ok && bal.height() <= avail + kMaxSpread) return false;  // nearly fits: no jump
    if (avail <= kMinContinuedLines) return false;
    const ColumnFill& f = to_foot(s.art, s.from, k, avail);
    if (f.end >= a.rows.size() || f.end == s.from) return false;
    for (int d : f.depth)
      if (d < kMinContinuedLines || f.height() - d > kMaxSpread) return false;
    State n = s;
    m.continues = true;
    n.moves.push_back(m);
    for (int c = c0; c < c0 + k; ++c) n.top[c] = p_.rows;
    n.cost += holes + kContinueCost + free_cells(n.top, p_.rows) +
              fill_fault_cost(foot_holes(n.top, p_.rows), p_.columns, p_.rows);
    n.from = f.end;
    done.push_back(std::move(n));
    return true;
  }

  State plan_page(size_t art, size_t from, int first_row) {
    State start;
    start.top.assign(p_.columns, first_row);
    start.art = art, start.from = from;
    std::vector<State> open{start}, done;
    while (!open.empty()) {
      std::vector<State> next;
      for (const State& s : open) expand(s, first_row, next, done);
      for (State& s : next) s.rank = s.cost + kRaggedWeight * uneven(s.top);
      std::stable_sort(next.begin(), next.end(),
                       [](const State& a, const State& b) { return a.rank < b.rank; });
      open.clear();
      std::set<std::tuple<std::vector<int>, size_t, size_t>> seen;
      for (auto& s : next) {
        if (static_cast<int>(open.size()) >= kBeamWidth) break;
        if (seen.insert({s.top, s.art, s.from}).second) open.push_back(std::move(s));
      }
    }
    // A plan that ends the issue on this page beats one that needs another page.
    auto better = [](const State& a, const State& b) {
      if (a.issue_end != b.issue_end) return a.issue_end;
      return a.cost < b.cost;
    };
    return *std::min_element(done.begin(), done.end(), better);
  }

  const std::vector<Material>& arts_;
  PlanParams p_;
  int kmax_ = 1;
  std::map<std::tuple<size_t, size_t, int>, ColumnFill> bal_;
  std::map<std::tuple<size_t, size_t, int, int>, ColumnFill> foot_;
};

}  // namespace

namespace {
int rows_of(const std::vector<SpanBlock>& heads, int k) {
  if (heads.empty()) return 0;
  const SpanBlock& h = heads[std::clamp<size_t>(k, 1, heads.size()) - 1];
  return h.lines.empty() ? 0 : h.rows;
}
}  // namespace

int Material::head_rows(int k) const {
  return rows_of(heads, k);
}
int Material::resumed_rows(int k) const {
  return rows_of(resumed, k);
}

Figures Material::figures(size_t from, size_t to, int k, int limit) const {
  Figures out;
  std::vector<int> sky(static_cast<size_t>(std::max(k, 0)), 0);  // first free row per column
  for (size_t j = 0; j < lift.figures.size(); ++j) {
    const LiftedFigure& l = lift.figures[j];
    const SpanFigure* f = l.first >= from && l.end <= to ? l.at(k) : nullptr;
    if (!f) continue;
    const bool in_text = std::any_of(rows.begin() + static_cast<std::ptrdiff_t>(from),
                                     rows.begin() + static_cast<std::ptrdiff_t>(l.first),
                                     [](const Row& r) { return r.kind == RowKind::Paragraph; });
    if (in_text) {  // placed by fill_columns where its text falls
      out.boxes.push_back(
          {0, f->columns, 0, f->height(), l.first, l.end, static_cast<int>(j), true});
      continue;
    }
    int c0 = 0, top = std::numeric_limits<int>::max();
    for (int c = 0; c + f->columns <= k; ++c) {
      const int t = *std::max_element(sky.begin() + c, sky.begin() + c + f->columns);
      if (t < top) top = t, c0 = c;
    }
    if (top + f->height() > limit) continue;
    out.boxes.push_back({c0, f->columns, top, f->height(), l.first, l.end, static_cast<int>(j)});
    for (int c = c0; c < c0 + f->columns; ++c) sky[static_cast<size_t>(c)] = top + f->height() + 1;
  }
  return out;
}

ColumnFill Material::balanced(size_t from, int k) const {
  return balance_columns(rows, from, k,
                         figures(from, rows.size(), k, std::numeric_limits<int>::max()));
}

ColumnFill Material::to_foot(size_t from, const std::vector<int>& caps) const {
  const int k = static_cast<int>(caps.size());
  const int limit = *std::min_element(caps.begin(), caps.end());
  size_t to = rows.size();
  for (;;) {
    ColumnFill f = fill_columns(rows, from, caps, figures(from, to, k, limit));
    const auto& boxes = f.figures.boxes;
    if (std::all_of(boxes.begin(), boxes.end(), [&](const FigureBox& b) { return b.end <= f.end; }))
      return f;
    to = f.end;  // fewer pictures: the next try holds at least one fewer
  }
}

FootHoles foot_holes(const std::vector<int>& top, int rows) {
  FootHoles h;
  for (int t : top) {
    // The gap row under a column's last block is white too; a column whose block reaches
    // the foot (its gap row clipped there) has none.
    const int white = t >= rows ? 0 : rows - t + kGapRows;
    h.cells += white, h.deepest = std::max(h.deepest, white);
  }
  return h;
}

double fill_fault_cost(const FootHoles& h, int columns, int rows) {
  double cost = 0;
  const double area_over = h.cells - kHoleAreaGoal * columns * rows;
  const double deep_over = h.deepest - kHoleMaxGoal * rows;
  if (area_over > 0) cost += kFillFaultCost + kFillFaultWeight * area_over;
  if (deep_over > 0) cost += kFillFaultCost + kFillFaultWeight * deep_over * columns;
  return cost;
}

std::vector<Placed> plan_issue(const std::vector<Material>& articles, const PlanParams& p) {
  return Planner(articles, p).run();
}

}  // namespace wz::typeset
