// Random atom streams: every strategy terminates, covers every atom once, breaks only where
// allowed, and places lines with finite positions.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "typeset/linebreak/linebreak.h"

namespace wz::typeset {
namespace {

std::vector<Atom> random_atoms(std::mt19937& rng, int n, float em) {
  std::uniform_real_distribution<float> u(0, 1);
  std::vector<Atom> atoms(n);
  for (Atom& a : atoms) {
    a.width = u(rng) < 0.05f ? 0 : em * (u(rng) < 0.8f ? 1 : 3 * u(rng));
    a.gap = u(rng) < 0.2f ? 0.25f * em : 0;
    a.shrink = u(rng) < 0.3f ? 0.5f * em * u(rng) : 0;
    a.shrink_class = static_cast<ShrinkClass>(2 + rng() % 6);
    a.shrink_left = u(rng) < 0.1f;
    a.stretch = u(rng) < 0.8f ? 0.25f * em * u(rng) : 0;
    a.stretch_class = static_cast<StretchClass>(1 + rng() % 3);
    a.end_trim = u(rng) < 0.2f ? std::min(a.width, 0.5f * em) : 0;
    a.start_trim = u(rng) < 0.1f ? std::min(a.width, 0.5f * em) : 0;
    float r = u(rng);
    a.brk = r < 0.3f ? Break::Forbidden : r < 0.97f ? Break::Allowed : Break::Mandatory;
    a.penalty = u(rng) < 0.1f ? 50 * (u(rng) - 0.5f) : 0;
    a.is_mark = u(rng) < 0.2f;
  }
  atoms.back().brk = Break::Mandatory;
  return atoms;
}

TEST(LineBreakFuzz, AlwaysTerminatesAndCoversEveryAtom) {
  std::mt19937 rng(20240501);
  const float em = 10;
  for (int round = 0; round < 300; ++round) {
    std::vector<Atom> atoms = random_atoms(rng, 1 + static_cast<int>(rng() % 200), em);
    float base = em * (1 + static_cast<float>(rng() % 30));
    bool vary = rng() % 2;
    MeasureFn measure = [=](int line) { return vary && line % 3 == 1 ? base * 0.6f : base; };
    for (auto s : {BreakOptions::Strategy::TotalFit, BreakOptions::Strategy::Greedy}) {
      BreakOptions o;
      o.strategy = s;
      o.em = em;
      o.first_indent = rng() % 2 ? 2 * em : 0;
      o.justify = rng() % 5 != 0;
      auto lines = break_lines(atoms, measure, o);
      ASSERT_FALSE(lines.empty());
      std::uint32_t pos = 0;
      for (size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        ASSERT_EQ(l.begin, pos) << "round " << round;
        ASSERT_GT(l.end, l.begin);
        if (l.end < atoms.size()) {
          ASSERT_NE(atoms[l.end - 1].brk, Break::Forbidden);
        }
        EXPECT_FLOAT_EQ(l.target, measure(static_cast<int>(i)));
        PlacedLine pl = place_line(atoms, l, o);
        ASSERT_EQ(pl.atom_x.size(), l.end - l.begin);
        for (float x : pl.atom_x) ASSERT_TRUE(std::isfinite(x));
        ASSERT_TRUE(std::isfinite(pl.width));
        if (!pl.overfull) {
          EXPECT_LE(pl.width, l.target + 1e-2) << "round " << round;
        }
        pos = l.end;
      }
      ASSERT_EQ(pos, atoms.size());
    }
  }
}

}  // namespace
}  // namespace wz::typeset
