// ingest/predicates: jieba's predicate words, and lines that open with one.
#include <gtest/gtest.h>

#include "ingest/predicates.h"
#include "util.h"

using namespace wz::ingest;

TEST(Predicates, JiebasVerbsAdverbsPrepositionsAndConjunctions) {
  EXPECT_TRUE(is_predicate_word("打通"));     // v
  EXPECT_TRUE(is_predicate_word("围绕"));     // v
  EXPECT_TRUE(is_predicate_word("把"));       // p
  EXPECT_TRUE(is_predicate_word("即可"));     // d
  EXPECT_FALSE(is_predicate_word("职工"));    // n
  EXPECT_FALSE(is_predicate_word("黑龙江"));  // ns
  EXPECT_FALSE(is_predicate_word(""));
}

TEST(Predicates, LinesOpeningWithAPredicateHaveNoSubject) {
  WordSegmenter w;
  EXPECT_TRUE(opens_with_predicate(w, "打通职业发展通道 增强岗位吸引力"));
  EXPECT_TRUE(opens_with_predicate(w, "围绕重大工程项目开展劳动竞赛"));
  EXPECT_FALSE(opens_with_predicate(w, "黑龙江把社会化工会工作者纳入社工培养体系"));
  EXPECT_FALSE(opens_with_predicate(w, "3.2万名一线职工凭技能涨了工资"));  // not Han first
  EXPECT_FALSE(opens_with_predicate(w, "“职工之家”小程序上线"));
}

// Two display lines, no dash: a clause with no subject over a line with one is 引题 over
// 主题 (gold README), even when the lower line carries a figure.
TEST(Predicates, SubjectlessClauseOverAHeadIsItsKicker) {
  auto a = test::page(
      "织密服务新就业形态劳动者的网络\n\n"
      "岚州职工服务小程序上线首月访问超50万人次\n\n"
      "本报讯（记者 "
      "林然）记者日前从岚州市总工会获悉，职工服务小程序上线一个月来，访问量超过50万人次。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.kicker, "织密服务新就业形态劳动者的网络");
  EXPECT_EQ(a[0].head.headline, "岚州职工服务小程序上线首月访问超50万人次");
  EXPECT_EQ(a[0].head.subheadline, "");
}
