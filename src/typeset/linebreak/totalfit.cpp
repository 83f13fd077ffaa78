// Total-fit line breaking (Knuth & Plass 1981, adapted to clreq §3.5 adjustment): dynamic
// programming over the feasible breakpoints with an active list. A start point stays
// active until nothing from it can fit the measure (Context::exhausted), so the list holds
// about one line's worth of breakpoints; paths that reach the same breakpoint with line
// numbers whose measures agree from there on are merged (TeX's "easy line").
#include <algorithm>
#include <limits>

#include "typeset/linebreak/context.h"

namespace wz::typeset::lb {

namespace {

struct Node {
  std::uint32_t pos = 0;  // the line after this node starts at atom pos
  int line = 0;           // lines set before pos
  double total = 0;       // demerits of the best path to here
  int prev = -1;
};

struct Candidate {
  int key = 0;  // line number after the break, merged from easy_line on
  double total = 0;
  int from = -1;
};

// Paths reaching one breakpoint with line numbers of different measures stay apart (up to
// easy_line). When every line has its own measure there could be as many as lines; keep
// the best few so that the active list stays bounded (paths further behind lose anyway).
constexpr size_t kMaxPathsPerBreak = 4;
// With a looseness the line counts must stay apart to the end: keep more of them.
constexpr size_t kMaxPathsLoose = 12;

void offer(std::vector<Candidate>& cands, int key, double total, int from) {
  for (Candidate& c : cands) {
    if (c.key != key) continue;
    if (total < c.total) c = {key, total, from};
    return;
  }
  cands.push_back({key, total, from});
}

// Every line of the path to nodes[end] within kLoosenessMaxBadness (a paragraph run a line
// longer; one run shorter squeezes marks within the breaker's own tolerance).
bool even(const Context& ctx, const std::vector<Node>& nodes, int end) {
  for (int i = end; nodes[i].prev >= 0; i = nodes[i].prev) {
    const Node& from = nodes[nodes[i].prev];
    if (ctx.make_line(from.pos, nodes[i].pos, from.line).badness > kLoosenessMaxBadness)
      return false;
  }
  return true;
}

// One pass. Normal: only feasible lines. Emergency: lines beyond tolerance are allowed at
// kInfeasibleDemerits, and when no line can reach a breakpoint without overflowing, the
// shortest overfull line is taken, so every paragraph ends (never loops, never drops atoms).
// Returns the best node at the paragraph end, or -1.
int run(const Context& ctx, bool emergency, std::vector<Node>& nodes) {
  nodes.assign(1, Node{});
  std::vector<int> active{0}, next;
  std::vector<Candidate> cands;
  const std::uint32_t n = ctx.size();
  // A looseness needs every line count: paths merge only without one.
  const bool loose = ctx.opt().looseness != 0 && !emergency;
  const int merge_at = loose ? std::numeric_limits<int>::max() : ctx.easy_line();
  const size_t max_paths = loose ? kMaxPathsLoose : kMaxPathsPerBreak;
  for (std::uint32_t b = 1; b <= n; ++b) {
    if (!ctx.can_break(b)) continue;
    cands.clear();
    next.clear();
    int rescue = -1;  // the latest start from which [start, b) cannot fit
    Judged cache;
    std::uint32_t cache_pos = n + 1;
    double cache_target = 0;
    auto note = [&](int i) {
      if (rescue < 0 || nodes[i].pos > nodes[rescue].pos ||
          (nodes[i].pos == nodes[rescue].pos && nodes[i].total < nodes[rescue].total))
        rescue = i;
    };
    for (int i : active) {
      const Node& nd = nodes[i];
      if (ctx.exhausted(nd.pos, b, nd.line)) {
        note(i);
        continue;
      }
      next.push_back(i);
      if (!emergency && ctx.too_loose(nd.pos, b, nd.line)) continue;
      // Paths with different line numbers often share a start and a measure: judge once.
      double target = ctx.measure(nd.line);
      if (nd.pos != cache_pos || target != cache_target) {
        cache = ctx.judge_line(nd.pos, b, nd.line);
        cache_pos = nd.pos;
        cache_target = target;
      }
      const Judged& j = cache;
      if (j.fit.overfull) {
        note(i);
        continue;
      }
      if (!j.fit.feasible && !emergency) continue;
      offer(cands, std::min(nd.line + 1, merge_at), nd.total + j.demerits, i);
    }
    if (ctx.forced(b)) next.clear();  // no line runs across a forced break
    if (cands.empty() && emergency && rescue >= 0) {
      const Node& nd = nodes[rescue];
      offer(cands, nd.line + 1, nd.total + ctx.judge_line(nd.pos, b, nd.line).demerits, rescue);
      next.clear();
    }
    if (cands.empty() && next.empty()) return -1;
    if (cands.size() > max_paths) {
      std::nth_element(cands.begin(), cands.begin() + static_cast<long>(max_paths), cands.end(),
                       [](const Candidate& x, const Candidate& y) { return x.total < y.total; });
      cands.resize(max_paths);
    }
    for (const Candidate& c : cands) {
      nodes.push_back({b, nodes[c.from].line + 1, c.total, c.from});
      next.push_back(static_cast<int>(nodes.size()) - 1);
    }
    active.swap(next);
  }
  int best = -1;
  for (int i : active)
    if (nodes[i].pos == n && (best < 0 || nodes[i].total < nodes[best].total)) best = i;
  if (!loose || best < 0) return best;
  // The best path with the asked-for line count, if one was feasible and ends without 孤字.
  const int want = nodes[best].line + ctx.opt().looseness;
  int alt = -1;
  for (int i : active) {
    const Node& nd = nodes[i];
    if (nd.pos != n || nd.line != want || (alt >= 0 && nd.total >= nodes[alt].total)) continue;
    if (ctx.opt().avoid_lone_char && ctx.lone(nodes[nd.prev].pos, n)) continue;
    if (ctx.opt().looseness > 0 && !even(ctx, nodes, i)) continue;
    alt = i;
  }
  return alt >= 0 ? alt : best;
}

std::vector<Line> lines_of(const Context& ctx, const std::vector<Node>& nodes, int end) {
  std::vector<Line> lines;
  for (int i = end; nodes[i].prev >= 0; i = nodes[i].prev) {
    const Node& from = nodes[nodes[i].prev];
    lines.push_back(ctx.make_line(from.pos, nodes[i].pos, from.line));
  }
  std::reverse(lines.begin(), lines.end());
  return lines;
}

}  // namespace

std::vector<Line> break_total_fit(const Context& ctx) {
  std::vector<Node> nodes;
  int end = run(ctx, false, nodes);
  if (end >= 0) {
    std::vector<Line> lines = lines_of(ctx, nodes, end);
    const Line& last = lines.back();
    // 孤字 is worse than a line opened beyond the stretch tolerance: if the feasible lines
    // cannot avoid it, try the emergency pass, which may loosen a line to pull a char down.
    if (!ctx.opt().avoid_lone_char || !ctx.lone(last.begin, last.end)) return lines;
    std::vector<Node> alt;
    int alt_end = run(ctx, true, alt);
    std::vector<Line> other = lines_of(ctx, alt, alt_end);
    return ctx.lone(other.back().begin, other.back().end) ? lines : other;
  }
  end = run(ctx, true, nodes);
  return lines_of(ctx, nodes, end);
}

}  // namespace wz::typeset::lb
