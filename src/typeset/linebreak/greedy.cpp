// Greedy (first-fit) line breaking: each line takes as many atoms as the same fitness
// test as total-fit accepts (shrinking by clreq §3.5 order if needed), one line at a time.
// For comparison and as a fallback; 孤字 is fixed afterwards by pulling a character down.
#include <algorithm>

#include "typeset/linebreak/context.h"

namespace wz::typeset::lb {

namespace {

// The end of the line starting at a: the longest feasible line; failing that the longest
// one that is not overfull (too loose), failing that the first break (overfull).
std::uint32_t line_end(const Context& ctx, std::uint32_t a, int line) {
  std::uint32_t feasible = 0, loose = 0, first = 0;
  for (std::uint32_t b = a + 1; b <= ctx.size(); ++b) {
    if (!ctx.can_break(b)) continue;
    if (first == 0) first = b;
    if (ctx.exhausted(a, b, line)) break;
    Judged j = ctx.judge_line(a, b, line);
    if (!j.fit.overfull) loose = b;
    if (j.fit.feasible) feasible = b;
    if (ctx.forced(b)) break;
  }
  return feasible ? feasible : loose ? loose : first;
}

// The break before `b` on the line starting at a (0 if none).
std::uint32_t previous_break(const Context& ctx, std::uint32_t a, std::uint32_t b) {
  for (std::uint32_t p = b - 1; p > a; --p)
    if (ctx.can_break(p)) return p;
  return 0;
}

}  // namespace

std::vector<Line> break_greedy(const Context& ctx) {
  std::vector<std::uint32_t> ends;
  for (std::uint32_t a = 0; a < ctx.size();) {
    a = line_end(ctx, a, static_cast<int>(ends.size()));
    ends.push_back(a);
  }
  // 孤字 (clreq §3.4): move the previous line's last break back until the last line holds
  // more than one character, as long as the last line still fits and no forced break is
  // crossed. Each step moves at least one atom down, so this ends.
  while (ctx.opt().avoid_lone_char && ends.size() >= 2) {
    size_t k = ends.size() - 2;
    std::uint32_t a = k == 0 ? 0 : ends[k - 1];
    if (!ctx.lone(ends[k], ctx.size()) || ctx.forced(ends[k])) break;
    std::uint32_t p = previous_break(ctx, a, ends[k]);
    if (p == 0 || ctx.judge_line(p, ctx.size(), static_cast<int>(k + 1)).fit.overfull) break;
    ends[k] = p;
  }
  std::vector<Line> lines;
  std::uint32_t a = 0;
  for (size_t i = 0; i < ends.size(); ++i) {
    lines.push_back(ctx.make_line(a, ends[i], static_cast<int>(i)));
    a = ends[i];
  }
  return lines;
}

}  // namespace wz::typeset::lb
