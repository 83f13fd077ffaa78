// ingest/display_roles: the roles inside a headline group (引题 / 主题 / 副题), on pages of
// our own.
#include <gtest/gtest.h>

#include "model/document.h"
#include "util.h"

using namespace wz::ingest::test;

// A subject with no verb over a predicate with no subject: one 主题 the layout broke over
// two lines; it keeps its break (an explicit line break in the model), not 引题 + 主题.
TEST(DisplayRoles, ASubjectOverItsPredicateIsOneHeadlineBrokenInTwo) {
  auto a = page(
      "临霄至桐州城际铁路建设者\n挺进最后一座隧道\n\n"
      "本报记者 艾 青\n\n"
      "4月的青禾山区，细雨时停时下，隧道出口不时传来隆隆的机械声。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline,
            "临霄至桐州城际铁路建设者" + std::string(wz::model::kLineBreak) + "挺进最后一座隧道");
  EXPECT_EQ(a[0].head.kicker, "");
}

// A short noun line over a predicate is a column label read as the 引题, and a noun line
// that has a verb of its own is a 引题 over its 主题.
TEST(DisplayRoles, ALabelOrAClauseAboveAPredicateStaysTheKicker) {
  auto a = page(
      "工会动态\n走进车间送技术\n\n"
      "本报讯（记者 林然）桐州市总工会日前组织劳模走进车间，为一线职工送去技术课。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "走进车间送技术");
  auto b = page(
      "春风送岗位 暖心留人才\n桐州举办返岗职工专场招聘会\n\n"
      "本报讯（记者 林然）2月18日，桐州市总工会举办返岗职工专场招聘会。\n");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].head.headline, "桐州举办返岗职工专场招聘会");
}
