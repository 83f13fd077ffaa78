// friso through the packed lexicon: words across column seams (ingest/words.h).
#include <gtest/gtest.h>

#include <chrono>

#include "ingest/words.h"

using namespace wz::ingest;

namespace {
std::vector<std::string> split(const WordSegmenter& w, const std::string& s) {
  std::vector<std::string> out;
  for (auto t : w.tokens(s)) out.push_back(s.substr(t.begin, t.end - t.begin));
  return out;
}
}  // namespace

TEST(Words, FrisoKeepsTheWordsIcuSplits) {
  // ICU's dictionary break gives 维|权, 两|级, 社会|化工|会 (measured; see the issue).
  std::string s = "推动维权工作表彰市区两级劳动模范把社会化工会工作者纳入";
  WordSegmenter w;
  auto t = split(w, s);
  for (const char* word : {"维权", "两级", "社会化", "工会", "工作者"})
    EXPECT_NE(std::find(t.begin(), t.end(), word), t.end()) << word;
}

TEST(Words, WordAcrossASeam) {
  std::string l = "表彰了一批市区两", r = "级劳动模范和先进集体";
  WordSegmenter w;
  EXPECT_EQ(word_across_seam(w, l, r), 2);                            // 两|级
  EXPECT_EQ(word_across_seam(w, "尚未开展集体", "此次集中要约"), 0);  // two sentences
  EXPECT_EQ(word_across_seam(w, "扎实有力的措", "施推动"), 2);        // 措|施
  EXPECT_EQ(word_across_seam(w, "这其中的主要原", "因。一是"), 4);    // 主要原因
  EXPECT_EQ(word_across_seam(w, "结束。", "因此"), 0);                // a mark at the seam
}

TEST(Words, LexiconLookups) {
  WordSegmenter w;
  EXPECT_TRUE(w.is_word("工会"));
  EXPECT_TRUE(w.is_word("驾驶室"));
  EXPECT_FALSE(w.is_word("会工"));
  EXPECT_TRUE(w.is_surname("王"));
  EXPECT_TRUE(w.is_surname("欧阳"));
  EXPECT_FALSE(w.is_surname("的"));
}

TEST(Words, FrisoDecidesALexiconWordAcrossTheSeam) {
  WordSegmenter w;
  // 新闻社 is in the lexicon, but friso reads 新闻|社区: no word across the seam.
  EXPECT_EQ(word_across_seam(w, "图片新闻", "社区食堂飘出"), 0);
  EXPECT_TRUE(w.may_straddle(U'驾', U'驶'));
  EXPECT_FALSE(w.may_straddle(U'。', U'因'));
}
