// lang/predicates: jieba's predicate words, and lines that open with one.
#include <gtest/gtest.h>

#include "lang/predicates.h"

using namespace wz::lang;

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
