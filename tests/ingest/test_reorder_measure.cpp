// ingest/reorder_measure: text wrapped at a story's measure, left behind after an item
// interleaved into it by a careless copy, goes back to the story (a page of our own).
#include <gtest/gtest.h>

#include "util.h"

using namespace wz::ingest::test;

namespace {

bool holds(const wz::model::Article& a, const std::string& s) {
  for (const auto& b : a.blocks)
    if (wz::model::plain_text(b.text).find(s) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST(ReorderMeasure, TextAtTheLeadsMeasureAfterAnInterleavedBriefGoesBack) {
  auto a = page(kInterleavedBriefPage);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "晚稻收割进入高峰期");
  EXPECT_TRUE(holds(a[0], "为保障抢收顺利"));
  EXPECT_EQ(a[1].head.headline, "江口镇举办农机手技能比武");
  EXPECT_FALSE(holds(a[1], "为保障抢收顺利"));
  EXPECT_TRUE(holds(a[1], "优秀农机手"));
}

// The brief, its text moved back, ends where it was signed: the reporter glued to its last
// sentence (…称号。（记者 毛丹）) is its byline, not its text.
TEST(ReorderMeasure, TheBriefLeftEndsSignedByItsGluedReporter) {
  auto a = page(kInterleavedBriefPage);
  ASSERT_EQ(a.size(), 2u);
  const auto& B = a[1].blocks;
  ASSERT_FALSE(B.empty());
  EXPECT_EQ(B.back().kind, wz::model::BlockKind::Byline);
  EXPECT_EQ(wz::model::plain_text(B.back().text), "（记者 毛丹）");
  EXPECT_FALSE(holds(a[1], "。（记者"));
}
