// Line breaker tests on fake fixed-width atoms (fake_atoms.h): no fonts involved.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>

#include "fake_atoms.h"
#include "typeset/linebreak/describe.h"
#include "typeset/linebreak/linebreak.h"

namespace wz::typeset {
namespace {

using testing::FakeParagraph;
using testing::kEm;

BreakOptions options(BreakOptions::Strategy s = BreakOptions::Strategy::TotalFit) {
  BreakOptions o;
  o.strategy = s;
  o.em = kEm;
  return o;
}

// n Han characters.
std::string han(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "中";
  return s;
}

MeasureFn fixed(float ems) {
  return [ems](int) { return ems * kEm; };
}

// Lines cover the atoms in order, each non-empty, and end only where a break is allowed.
void expect_well_formed(const std::vector<Atom>& atoms, const std::vector<Line>& lines) {
  ASSERT_FALSE(lines.empty());
  std::uint32_t pos = 0;
  for (const Line& l : lines) {
    EXPECT_EQ(l.begin, pos);
    EXPECT_GT(l.end, l.begin);
    if (l.end < atoms.size()) {
      EXPECT_NE(atoms[l.end - 1].brk, Break::Forbidden) << "line ends at " << l.end;
    }
    pos = l.end;
  }
  EXPECT_EQ(pos, atoms.size());
  EXPECT_TRUE(lines.back().last);
}

struct Audit {
  int inner = 0, flush = 0, mid_marks = 0, squeezed = 0, lone = 0;
};

// The typo-audit figures on placed lines.
Audit audit(const FakeParagraph& p, const std::vector<Line>& lines, const BreakOptions& o) {
  Audit a;
  for (const Line& l : lines) {
    PlacedLine pl = place_line(p.atoms, l, o);
    if (!l.last) {
      ++a.inner;
      if (std::abs(pl.width - l.target) < 1e-3) ++a.flush;
    }
    for (std::uint32_t i = l.begin; i + 1 < l.end; ++i) {
      if (!testing::is_mid_mark(p.text[i]) || !testing::is_han_atom(p.text[i + 1])) continue;
      ++a.mid_marks;
      if (pl.atom_x[i + 1 - l.begin] - pl.atom_x[i - l.begin] < 0.75f * kEm) ++a.squeezed;
    }
  }
  const Line& last = lines.back();
  int chars = 0;
  for (std::uint32_t i = last.begin; i < last.end; ++i) chars += p.atoms[i].is_mark ? 0 : 1;
  a.lone = lines.size() > 1 && chars <= 1;
  return a;
}

TEST(LineBreak, JustifiedLinesEqualTheMeasure) {
  FakeParagraph p = testing::fake_atoms(testing::sample_text(600, 1));
  for (auto s : {BreakOptions::Strategy::TotalFit, BreakOptions::Strategy::Greedy}) {
    BreakOptions o = options(s);
    o.first_indent = 2 * kEm;
    auto lines = break_lines(p.atoms, fixed(21), o);
    expect_well_formed(p.atoms, lines);
    for (const Line& l : lines) {
      PlacedLine pl = place_line(p.atoms, l, o);
      ASSERT_EQ(pl.atom_x.size(), l.end - l.begin);
      EXPECT_FALSE(pl.overfull);
      if (!l.last) {
        EXPECT_NEAR(pl.width, 21 * kEm, 1e-3) << testing::line_text(p, l);
      }
    }
    // The first line starts after the indent.
    EXPECT_FLOAT_EQ(place_line(p.atoms, lines[0], o).atom_x[0], 2 * kEm);
  }
}

TEST(LineBreak, ShrinkFollowsClreqOrder) {
  // 中文ABC DEF，中文: a Latin word space (class 2) and a comma (class 5) on one line.
  FakeParagraph p = testing::fake_atoms("中文ABC DEF，中文字");
  BreakOptions o = options();
  Line l{0, static_cast<std::uint32_t>(p.atoms.size()) - 1, 0, 0, false, 0};
  PlacedLine natural = place_line(p.atoms, {l.begin, l.end, 0, 1e6f, true, 0}, o);
  ASSERT_EQ(p.text[2], "ABC");
  ASSERT_EQ(p.text[4], "，");
  auto advance = [](const PlacedLine& pl, int i) { return pl.atom_x[i + 1] - pl.atom_x[i]; };
  // Needing less than the Latin space can give (1/12 em): only the Latin space shrinks.
  l.target = natural.width - 0.05f * kEm;
  PlacedLine a = place_line(p.atoms, l, o);
  EXPECT_NEAR(a.width, l.target, 1e-3);
  EXPECT_NEAR(advance(natural, 2) - advance(a, 2), 0.05f * kEm, 1e-3);
  EXPECT_NEAR(advance(a, 4), kEm, 1e-3);  // the comma is untouched
  // Needing 0.5 em: the Latin space gives all it has, then the comma (before Han–Latin).
  l.target = natural.width - 0.5f * kEm;
  PlacedLine b = place_line(p.atoms, l, o);
  EXPECT_NEAR(b.width, l.target, 1e-3);
  EXPECT_NEAR(advance(natural, 2) - advance(b, 2), kEm / 12, 1e-3);
  EXPECT_NEAR(advance(natural, 4) - advance(b, 4), 0.5f * kEm - kEm / 12, 1e-3);
  EXPECT_NEAR(advance(natural, 1), advance(b, 1), 1e-3);  // Han–Latin gap (class 6) kept
  EXPECT_NEAR(b.shrunk, 0.5f * kEm, 1e-3);
}

TEST(LineBreak, StretchGoesToLatinSpaceFirstThenGapsEqually) {
  FakeParagraph p = testing::fake_atoms("中文ABC DEF，中文字");
  BreakOptions o = options();
  Line l{0, static_cast<std::uint32_t>(p.atoms.size()) - 1, 0, 0, false, 0};
  PlacedLine natural = place_line(p.atoms, {l.begin, l.end, 0, 1e6f, true, 0}, o);
  l.target = natural.width + 1.0f * kEm;
  PlacedLine pl = place_line(p.atoms, l, o);
  EXPECT_NEAR(pl.width, l.target, 1e-3);
  auto grow = [&](int i) {
    return (pl.atom_x[i + 1] - pl.atom_x[i]) - (natural.atom_x[i + 1] - natural.atom_x[i]);
  };
  EXPECT_NEAR(grow(2), kEm / 6, 1e-3);      // Latin space to ½ em (class 1)
  EXPECT_NEAR(grow(1), 0.25f * kEm, 1e-3);  // Han–Latin to its limit (class 2)
  // The rest over the inter-character gaps, equally: 中|文 ，|中 中|文 (3 gaps; the
  // Han–Latin gap after DEF is class 2 as well).
  EXPECT_NEAR(grow(0), grow(4), 1e-3);
  EXPECT_NEAR(grow(0), grow(5), 1e-3);
  EXPECT_GT(grow(0), 0);
}

TEST(LineBreak, TotalFitStretchesRatherThanSqueezingMarks) {
  FakeParagraph p = testing::fake_atoms(testing::sample_text(3000, 7));
  BreakOptions tf = options(), gr = options(BreakOptions::Strategy::Greedy);
  tf.first_indent = gr.first_indent = 2 * kEm;
  auto lines = break_lines(p.atoms, fixed(21), tf);
  Audit a = audit(p, lines, tf);
  Audit g = audit(p, break_lines(p.atoms, fixed(21), gr), gr);
  std::printf("total-fit: %d inner lines, %d flush, %d/%d mid marks squeezed; greedy: %d/%d\n",
              a.inner, a.flush, a.squeezed, a.mid_marks, g.squeezed, g.mid_marks);
  ASSERT_GT(a.mid_marks, 100);
  EXPECT_GE(a.flush, a.inner * 99 / 100);
  EXPECT_LE(a.squeezed * 10, a.mid_marks);  // ≤ 10% (typo-audit goal)
  EXPECT_LT(a.squeezed, g.squeezed);
}

TEST(LineBreak, NoLoneCharacterOnTheLastLine) {
  // 41 characters and a full stop on a 20-em measure: first fit leaves "字。" alone.
  std::string text;
  for (int i = 0; i < 41; ++i) text += "中";
  text.replace(text.size() - 3, 3, "字");
  text += "。";
  FakeParagraph p = testing::fake_atoms(text);
  BreakOptions gr = options(BreakOptions::Strategy::Greedy);
  gr.avoid_lone_char = false;
  auto plain = break_lines(p.atoms, fixed(20), gr);
  ASSERT_EQ(plain.size(), 3u);
  EXPECT_EQ(testing::line_text(p, plain.back()), "字。");
  EXPECT_TRUE(audit(p, plain, gr).lone);
  for (auto s : {BreakOptions::Strategy::TotalFit, BreakOptions::Strategy::Greedy}) {
    BreakOptions o = options(s);
    auto lines = break_lines(p.atoms, fixed(20), o);
    expect_well_formed(p.atoms, lines);
    EXPECT_FALSE(audit(p, lines, o).lone) << testing::line_text(p, lines.back());
    for (const Line& l : lines) {
      if (!l.last) EXPECT_NEAR(place_line(p.atoms, l, o).width, 20 * kEm, 1e-3);
    }
  }
}

TEST(LineBreak, LoosenessSetsALineMoreWithinThreeSixteenthsEm) {
  // 78 Han on a 20-em measure: best is 20, 20, 20, 18. A line more (the page make-up
  // running an article long) is 5 lines of at least 19 (gaps opened by at most 1/18 em,
  // under the 3/16 em a loosened line may take), inner lines still flush, no 孤字.
  FakeParagraph p = testing::fake_atoms(han(78));
  BreakOptions o = options();
  ASSERT_EQ(break_lines(p.atoms, fixed(20), o).size(), 4u);
  o.looseness = 1;
  auto lines = break_lines(p.atoms, fixed(20), o);
  expect_well_formed(p.atoms, lines);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_FALSE(audit(p, lines, o).lone);
  for (const Line& l : lines)
    if (!l.last) EXPECT_NEAR(place_line(p.atoms, l, o).width, 20 * kEm, 1e-3);
  // 83 on 24 em (24, 24, 24, 11) would need four lines of 20 and 21 with gaps opened by
  // 4/19 em: within the breaker's 1/4-em tolerance but over the 3/16 em a loosened line
  // may take (spaced out to the eye), so it keeps its best four lines.
  FakeParagraph q = testing::fake_atoms(han(83));
  ASSERT_EQ(break_lines(q.atoms, fixed(24), options()).size(), 4u);
  EXPECT_EQ(break_lines(q.atoms, fixed(24), o).size(), 4u);
}

TEST(LineBreak, LoosenessBeyondToleranceKeepsTheBestBreaking) {
  // 62 Han (20, 20, 20, 2): three lines would need Han to shrink, which it cannot; five
  // would open gaps by more than 1/4 em: both fall back to the best four lines.
  FakeParagraph p = testing::fake_atoms(han(62));
  BreakOptions o = options();
  for (int l : {-1, 2}) {
    o.looseness = l;
    EXPECT_EQ(break_lines(p.atoms, fixed(20), o).size(), 4u) << "looseness " << l;
  }
}

TEST(LineBreak, LoneCharacterAvoidedEvenBeyondTolerance) {
  // 中中中中 / 中。 is the only feasible split of 五个字 on 4 em; 中中中 / 中中。 opens the
  // two gaps of the first line by ½ em each, beyond the ¼ em tolerance: still preferred.
  FakeParagraph p = testing::fake_atoms("中中中中中。");
  for (auto s : {BreakOptions::Strategy::TotalFit, BreakOptions::Strategy::Greedy}) {
    BreakOptions o = options(s);
    auto lines = break_lines(p.atoms, fixed(4), o);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(testing::line_text(p, lines[1]), "中中。");
    EXPECT_NEAR(place_line(p.atoms, lines[0], o).width, 4 * kEm, 1e-3);
  }
  // A paragraph of one character and a mark cannot help it: one line, no loop.
  FakeParagraph q = testing::fake_atoms("中。");
  EXPECT_EQ(break_lines(q.atoms, fixed(4), options()).size(), 1u);
}

TEST(LineBreak, NoLoneCharacterAcrossManyParagraphs) {
  int lone = 0, paragraphs = 0;
  for (unsigned seed = 1; seed <= 60; ++seed) {
    FakeParagraph p = testing::fake_atoms(testing::sample_text(40 + seed * 7, seed));
    BreakOptions o = options();
    o.first_indent = 2 * kEm;
    auto lines = break_lines(p.atoms, fixed(19), o);
    expect_well_formed(p.atoms, lines);
    lone += audit(p, lines, o).lone;
    ++paragraphs;
  }
  EXPECT_EQ(lone, 0) << "of " << paragraphs;
}

TEST(LineBreak, ForbiddenBreaksAreRespected) {
  // Prohibited positions everywhere: closing marks may not start a line, opening ones
  // may not end one; check every measure from 5 to 30 em.
  FakeParagraph p = testing::fake_atoms(testing::sample_text(400, 3) + "“（《中》）”。");
  for (auto s : {BreakOptions::Strategy::TotalFit, BreakOptions::Strategy::Greedy}) {
    for (int m = 5; m <= 30; ++m) {
      auto lines = break_lines(p.atoms, fixed(static_cast<float>(m)), options(s));
      expect_well_formed(p.atoms, lines);
    }
  }
}

TEST(LineBreak, LastLineNaturalWidthNotStretched) {
  FakeParagraph p = testing::fake_atoms(testing::sample_text(100, 5));
  BreakOptions o = options();
  auto lines = break_lines(p.atoms, fixed(20), o);
  const Line& last = lines.back();
  PlacedLine pl = place_line(p.atoms, last, o);
  EXPECT_NEAR(pl.width, last.natural, 1e-3);
  EXPECT_EQ(pl.stretched, 0);
  // A last line that would overflow shrinks to the measure instead.
  FakeParagraph q = testing::fake_atoms("中文，中文，中文。");
  Line l{0, static_cast<std::uint32_t>(q.atoms.size()), 8.5f * kEm, 8 * kEm, true, 0};
  PlacedLine s = place_line(q.atoms, l, o);
  EXPECT_NEAR(s.width, 8 * kEm, 1e-3);
  EXPECT_FALSE(s.overfull);
}

TEST(LineBreak, RaggedSettingNeverStretches) {
  FakeParagraph p = testing::fake_atoms(testing::sample_text(400, 9));
  BreakOptions o = options();
  o.justify = false;
  auto lines = break_lines(p.atoms, fixed(20), o);
  expect_well_formed(p.atoms, lines);
  for (const Line& l : lines) {
    PlacedLine pl = place_line(p.atoms, l, o);
    EXPECT_EQ(pl.stretched, 0);
    EXPECT_LE(pl.width, 20 * kEm + 1e-3);
  }
}

TEST(LineBreak, MandatoryBreakInsideAParagraph) {
  FakeParagraph p = testing::fake_atoms("一二三四五六七八九十一二三四五六七八九十一二三四五");
  p.atoms[2].brk = Break::Mandatory;  // a forced line break after 三
  BreakOptions o = options();
  auto lines = break_lines(p.atoms, fixed(10), o);
  expect_well_formed(p.atoms, lines);
  EXPECT_EQ(lines[0].end, 3u);
  EXPECT_NEAR(place_line(p.atoms, lines[0], o).width, 3 * kEm, 1e-3);  // not justified
}

TEST(LineBreak, MeasurePerLine) {
  FakeParagraph p = testing::fake_atoms(testing::sample_text(300, 11));
  BreakOptions o = options();
  MeasureFn m = [](int line) { return (line < 3 ? 12 : 20) * kEm; };  // runs around a box
  auto lines = break_lines(p.atoms, m, o);
  expect_well_formed(p.atoms, lines);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    EXPECT_FLOAT_EQ(lines[i].target, m(static_cast<int>(i)));
    EXPECT_NEAR(place_line(p.atoms, lines[i], o).width, m(static_cast<int>(i)), 1e-3);
  }
}

TEST(LineBreak, OverWideAtomTerminatesAndIsOverfull) {
  for (auto s : {BreakOptions::Strategy::TotalFit, BreakOptions::Strategy::Greedy}) {
    FakeParagraph p = testing::fake_atoms(
        "中文中文中文中文中文中文 ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ 中文中文中文中文。");
    BreakOptions o = options(s);
    auto lines = break_lines(p.atoms, fixed(10), o);
    expect_well_formed(p.atoms, lines);
    int overfull = 0;
    for (const Line& l : lines) {
      bool over = place_line(p.atoms, l, o).overfull;
      overfull += over;
      if (over) {
        EXPECT_EQ(testing::line_text(p, l), "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ");
      }
    }
    EXPECT_EQ(overfull, 1);
  }
  // A measure narrower than every atom still yields one atom per line.
  FakeParagraph q = testing::fake_atoms("中文中文。");
  auto lines = break_lines(q.atoms, fixed(0.5f), options());
  expect_well_formed(q.atoms, lines);
  EXPECT_EQ(lines.size(), 4u);
}

TEST(LineBreak, ThirtyThousandCharacterParagraph) {
  FakeParagraph p = testing::fake_atoms(testing::sample_text(30000, 42));
  for (auto s : {BreakOptions::Strategy::TotalFit, BreakOptions::Strategy::Greedy}) {
    BreakOptions o = options(s);
    auto t0 = std::chrono::steady_clock::now();
    auto lines = break_lines(p.atoms, fixed(21), o);
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("%s: %zu atoms, %zu lines in %.1f ms\n",
                s == BreakOptions::Strategy::TotalFit ? "total-fit" : "greedy", p.atoms.size(),
                lines.size(), ms);
    expect_well_formed(p.atoms, lines);
    EXPECT_LT(ms, 2000);  // a loose sanity bound, not a benchmark
  }
}

TEST(LineBreak, DescribeGolden) {
  FakeParagraph p = testing::fake_atoms("本报讯今年一季度全省GDP同比增长，“新质生产力”加快形成。");
  BreakOptions o = options();
  o.first_indent = 2 * kEm;
  auto lines = break_lines(p.atoms, fixed(10), o);
  // 全省GDP同比增长，“新 is 10.5 em: the opening quote gives its left blank (class 4).
  EXPECT_EQ(describe(p.atoms, lines, o),
            "[0,8) w=100.00/100.00 nat=100.00 +0.00 -0.00 bad=0.0\n"
            "[8,18) w=100.00/100.00 nat=105.00 +0.00 -5.00 bad=15.0\n"
            "[18,28) w=95.00/100.00 nat=95.00 +0.00 -0.00 bad=0.0 last\n");
}

}  // namespace
}  // namespace wz::typeset
