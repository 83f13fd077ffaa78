// lang/words: friso through the packed lexicon.
#include <gtest/gtest.h>

#include <algorithm>

#include "base/utf8.h"
#include "lang/words.h"

using namespace wz::lang;

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

// token_across asks friso only up to the byte, and answers as tokens() does.
TEST(Words, TokenAcrossIsTheTokenOverTheByte) {
  WordSegmenter w, fresh;
  for (std::string s : {"市区两级劳动模范", "社会化工会工作者", "新闻社区", "有力的措施推动"}) {
    for (size_t at = 1; at < s.size(); ++at) {
      WordSegmenter::Token want;
      for (auto t : fresh.tokens(s))
        if (t.begin < at && t.end > at) want = t;
      auto got = w.token_across(s, at);
      EXPECT_EQ(got.begin, want.begin) << s << " at " << at;
      EXPECT_EQ(got.end, want.end) << s << " at " << at;
    }
  }
  auto t = w.token_across("市区两级", 9);  // 两|级: the token 两级
  EXPECT_EQ(t.begin, 6u);
  EXPECT_EQ(t.end, 12u);
  EXPECT_EQ(w.token_across("市区两级", 6).end, 0u);  // 市区|两级: between two words
}

TEST(Words, LexiconLookups) {
  WordSegmenter w;
  EXPECT_TRUE(w.is_word("工会"));
  EXPECT_TRUE(w.is_word("驾驶室"));
  EXPECT_FALSE(w.is_word("会工"));
  EXPECT_TRUE(w.is_surname("王"));
  EXPECT_TRUE(w.is_surname("欧阳"));
  EXPECT_FALSE(w.is_surname("的"));
  EXPECT_TRUE(w.is_surname("肖"));  // common surnames friso's list lacks
  EXPECT_TRUE(w.is_surname("阎"));
  EXPECT_FALSE(w.is_surname("和"));
}

// Characters that start no word, inside and outside the BMP (the group table and the
// binary search), and a window's words after such a character.
TEST(Words, LexiconLookupsOfCharactersThatStartNoWord) {
  WordSegmenter w;
  EXPECT_FALSE(w.is_word("ĸ"));
  EXPECT_FALSE(w.is_word("\U0001F600"));
  EXPECT_FALSE(w.is_word("\U0001F600工会"));
  EXPECT_FALSE(w.is_word(""));
  std::string text = "\U0001F600ĸ工会";
  auto t = w.tokens(text);
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t.back().begin, 6u);  // 工会 is one token
  EXPECT_EQ(t.back().end, text.size());
}

TEST(Words, HeadAndTailSkipSpaces) {
  EXPECT_EQ(head_chars("本 报讯记者", 3), "本报讯");
  EXPECT_EQ(tail_chars("工会 工作者", 3), "工作者");
}

// has_word_across answers as is_word asked of every substring across the seam (at most
// kMaxWordChars characters) does: the prefix search that stops early misses none.
TEST(Words, WordAcrossTheSeamAsEveryLookupSays) {
  WordSegmenter w;
  int found = 0;
  for (std::string s : {"市区两级劳动", "社会化工会工作者", "新闻社区", "有力的措施推动",
                        "主要原因是", "驾驶室里", "\U0001F600工会ĸ", "会工作"}) {
    std::vector<size_t> starts;  // of each character, and the end
    for (size_t i = 0; i < s.size(); wz::utf8::next(s, i)) starts.push_back(i);
    starts.push_back(s.size());
    for (size_t k = 1; k + 1 < starts.size(); ++k) {
      bool want = false;
      for (size_t a = 0; a < k; ++a)
        for (size_t b = k + 1; b < starts.size() && b - a <= kMaxWordChars; ++b)
          want = want || w.is_word(s.substr(starts[a], starts[b] - starts[a]));
      EXPECT_EQ(w.has_word_across(s, starts[k]), want) << s << " at " << starts[k];
      found += want;
    }
  }
  EXPECT_GT(found, 5);                            // the texts hold words across some of their seams
  EXPECT_TRUE(w.has_word_across("市区两级", 9));  // 两|级
  EXPECT_FALSE(w.has_word_across("会工", 3));     // no word 会工
}

// A segmenter that has looked up other windows first (their substrings are not searched
// again) segments a window as a fresh one does; and its character pairs, looked up in the
// run of the first character's pairs, are the same whatever was asked before.
TEST(Words, EarlierWindowsChangeNoSegmentation) {
  WordSegmenter used;
  std::vector<std::string> windows = {"市区两级劳动模范", "两级劳动",       "社会化工会工作者",
                                      "会工作者",         "有力的措施推动", "措施推动",
                                      "新闻社区"};
  for (const auto& s : windows) used.tokens(s);
  for (const auto& s : windows) {
    WordSegmenter fresh;
    EXPECT_EQ(split(used, s), split(fresh, s)) << s;
  }
  WordSegmenter a, b;
  EXPECT_TRUE(a.may_straddle(U'两', U'级'));
  EXPECT_FALSE(a.may_straddle(U'两', U'\U0001F600'));
  EXPECT_FALSE(a.may_straddle(U'\U0001F600', U'级'));
  EXPECT_TRUE(b.may_straddle(U'维', U'权'));
  EXPECT_EQ(a.may_straddle(U'维', U'权'), b.may_straddle(U'维', U'权'));
  EXPECT_EQ(a.may_straddle(U'两', U'级'), b.may_straddle(U'两', U'级'));
}
