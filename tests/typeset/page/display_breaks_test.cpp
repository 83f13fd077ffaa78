// Display lines broken at phrases and words (typeset/page/setter.h apply_display_breaks,
// lang/phrases.h), on the fixed-width fake atoms the body breaker is tested with.
#include <gtest/gtest.h>

#include "../linebreak/fake_atoms.h"
#include "lang/phrases.h"
#include "typeset/page/setter.h"

namespace wz::typeset {
namespace {

using testing::kEm;

struct Broken {
  std::vector<std::string> lines;
  std::vector<lang::BreakQuality> at;  // the quality of each break taken
};

// `text` broken at `ems` per line, as a display line when `display`.
Broken break_head(const std::string& text, float ems, bool display) {
  testing::FakeParagraph p = testing::fake_atoms(text);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
  size_t at = 0;  // the fake drops spaces: find each atom's text in order
  for (const auto& t : p.text) {
    at = text.find(t, at);
    spans.emplace_back(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + t.size()));
    at += t.size();
  }
  lang::WordSegmenter words;
  auto q = lang::display_breaks(words, text);
  if (display) apply_display_breaks(q, spans, p.atoms);
  BreakOptions o;
  o.em = kEm;
  o.justify = false;
  auto lines = break_lines(
      p.atoms, [&](int) { return ems * kEm; }, o);
  Broken b;
  for (const Line& l : lines) {
    b.lines.push_back(testing::line_text(p, l));
    if (l.end < p.atoms.size()) b.at.push_back(q[spans[l.end].first]);
  }
  return b;
}

TEST(DisplayBreaks, TheIssuesHeadlinesBreakBetweenWords) {
  // Today's faults (issue): 县级工｜会, 维权｜工作 is fine but 维｜权 is not, 岗｜位.
  for (const char* head : {"海南省总推进“县级工会加强年”专项工作", "北京工会推动维权工作",
                           "打通职业发展通道 增强岗位吸引力 调动履职积极性"}) {
    SCOPED_TRACE(head);
    Broken plain = break_head(head, 9, false);
    Broken disp = break_head(head, 9, true);
    for (auto q : disp.at) EXPECT_NE(q, lang::BreakQuality::Inside);
    for (const auto& l : disp.lines) EXPECT_LE(l.size(), 9u * 3) << l;  // fits: 9 Han at most
  }
}

TEST(DisplayBreaks, APhraseBoundaryNearByWinsOverAWordOne) {
  Broken b = break_head("海南省总推进“县级工会加强年”专项工作", 10, true);
  ASSERT_GE(b.lines.size(), 2u);
  EXPECT_EQ(b.lines[0], "海南省总推进");
  EXPECT_EQ(b.at[0], lang::BreakQuality::Phrase);
}

TEST(DisplayBreaks, WithoutTheRuleTheBreakerSplitsAWord) {
  // The test would catch a regression: the clreq rules alone break inside 工会.
  Broken b = break_head("海南省总推进“县级工会加强年”专项工作", 10, false);
  lang::WordSegmenter words;
  bool inside = false;
  for (auto q : b.at) inside |= q == lang::BreakQuality::Inside;
  EXPECT_TRUE(inside) << b.lines[0];
}

}  // namespace
}  // namespace wz::typeset
