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

TEST(Predicates, ADeckOpensWithAVerbAfterATimeOrQuantity) {
  WordSegmenter w;
  EXPECT_TRUE(opens_with_bare_predicate(w, "年内完成首批12个园区改造"));
  EXPECT_TRUE(opens_with_bare_predicate(w, "年减排二氧化碳约4.6万吨"));
  EXPECT_TRUE(opens_with_bare_predicate(w, "扫码即可查询就近驿站开放时间"));
  EXPECT_TRUE(opens_with_bare_predicate(w, "设全程、半程和健康跑三个项目"));  // a verb, its object
  // A "verb" before a noun it modifies is the subject's start, not a bare predicate.
  EXPECT_FALSE(opens_with_bare_predicate(w, "快递小哥议事有了“圆桌”"));
  EXPECT_FALSE(opens_with_bare_predicate(w, "外卖骑手有了“流动驿站”"));
  // Prepositions open kickers, not decks.
  EXPECT_FALSE(opens_with_bare_predicate(w, "在千分之一毫米里较真"));
  EXPECT_EQ(word_class("年内"), WordClass::Quantity);
  EXPECT_EQ(word_class("把"), WordClass::Relation);
  EXPECT_EQ(word_class("完成"), WordClass::Verb);
}

TEST(Predicates, ANounPhraseHasNoVerb) {
  WordSegmenter w;
  EXPECT_FALSE(has_verb(w, "临霄至桐州城际铁路建设者"));  // 临|霄: a place friso splits
  EXPECT_FALSE(has_verb(w, "桐州市一线职工的“徒弟名册”"));
  EXPECT_TRUE(has_verb(w, "城铁建设者获表彰"));
  EXPECT_TRUE(has_verb(w, "岚江百万职工技能提升行动全面启动"));
  // friso reads 召开会议 as one set phrase the part-of-speech table lacks: a verb and its
  // object, so the line is a clause of its own (县委常委会召开会议 over its 副题).
  EXPECT_TRUE(has_verb(w, "县委常委会召开会议"));
}

// A one-character verb among characters of an unknown name is no verb (临|霄); among
// words of a set phrase it is (稳|中|有|增). A line opening with a preposition has no
// subject of its own.
TEST(Predicates, NamePiecesAndRelations) {
  WordSegmenter w;
  EXPECT_TRUE(has_verb(w, "岚江秋冬种粮油面积稳中有增"));
  EXPECT_FALSE(opens_with_predicate(w, "临湍市推行劳动争议“诉调对接”"));
  EXPECT_TRUE(opens_with_predicate(w, "织密服务新就业形态劳动者的网络"));
  EXPECT_TRUE(opens_with_relation(w, "为一线建筑工人送上法治“安全帽”"));
  EXPECT_FALSE(opens_with_relation(w, "一线建筑工人收到法治“安全帽”"));
}
