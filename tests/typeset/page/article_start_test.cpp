// typeset/page/article_start: where the columns make-up starts an article, by the
// layouts' own [article] settings (large print: a new page only when less than the share
// new_page_below of it is left; issue 9).
#include "typeset/page/article_start.h"

#include <gtest/gtest.h>

#include "base/file.h"

using namespace wz;
using typeset::PageState;
using typeset::StartAt;

namespace {

model::Layout layout(const std::string& name) {
  std::string file = std::string(WZ_SOURCE_DIR) + "/layouts/" + name + ".toml";
  return model::parse_layout(read_file(file), file);
}

}  // namespace

TEST(ArticleStart, TheIssuesFirstArticleStartsUnderTheOpening) {
  EXPECT_EQ(typeset::article_start(layout("large-print"), {true, 0.05, false}), StartAt::Here);
}

TEST(ArticleStart, LargePrintRunsOnUntilLittleOfThePageIsLeft) {
  model::Layout L = layout("large-print");
  ASSERT_EQ(L.article_start, model::ArticleStart::Rule);  // articles run on after a rule
  ASSERT_GT(L.new_page_below, 0);
  ASSERT_LE(L.new_page_below, 1.0 / 3);  // never a new page with a third or more left
  EXPECT_EQ(typeset::article_start(L, {false, 1.0 / 3, true}), StartAt::RunOn);
  EXPECT_EQ(typeset::article_start(L, {false, L.new_page_below + 0.01, true}), StartAt::RunOn);
  EXPECT_EQ(typeset::article_start(L, {false, L.new_page_below - 0.01, true}), StartAt::NextPage);
  EXPECT_TRUE(typeset::turns_page(L, {false, L.new_page_below - 0.01, true}));
  EXPECT_FALSE(typeset::turns_page(L, {false, 0.5, true}));
}

TEST(ArticleStart, AnOpeningThatWillNotFitTurnsThePage) {
  model::Layout L = layout("book-a5");
  EXPECT_EQ(typeset::article_start(L, {false, 0.4, false}), StartAt::NextPage);
  EXPECT_EQ(typeset::article_start(L, {false, 0.4, true}), StartAt::RunOn);
  EXPECT_EQ(typeset::article_start(L, {false, 0.02, true}), StartAt::RunOn);  // 0: never by share
}

TEST(ArticleStart, NewPageLayoutsEndThePageWhereTheTextEnds) {
  model::Layout L = layout("book-a5");
  L.article_start = model::ArticleStart::NewPage;
  EXPECT_EQ(typeset::article_start(L, {false, 0.9, true}), StartAt::NewPage);
  EXPECT_FALSE(typeset::turns_page(L, {false, 0.9, true}));
}
