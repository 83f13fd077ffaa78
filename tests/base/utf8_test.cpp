#include <gtest/gtest.h>

#include "base/utf8.h"

using namespace wz;

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_EQ(utf8::first_invalid("本报讯abc"), -1);
  EXPECT_EQ(utf8::first_invalid("ab\xff"), 2);
  EXPECT_EQ(utf8::first_invalid("本\xe6\x8a"), 3);    // truncated
  EXPECT_EQ(utf8::first_invalid("\xc0\xaf"), 0);      // overlong
  EXPECT_EQ(utf8::first_invalid("\xed\xa0\x80"), 0);  // surrogate
  // Three-byte sequences led by E1..EC, EE, EF: only their continuation bytes are tested.
  EXPECT_EQ(utf8::first_invalid("\xee\x80\x80\xef\xbf\xbf"), -1);  // U+E000, U+FFFF
  EXPECT_EQ(utf8::first_invalid("本\xe4\xb8"), 3);                 // cut short at the end
  EXPECT_EQ(utf8::first_invalid("本\xe4\x41\x80"), 3);             // second byte no continuation
  EXPECT_EQ(utf8::first_invalid("本\xe4\xb8\xc0"), 3);             // third byte no continuation
  EXPECT_EQ(utf8::first_invalid("\xe0\x80\x80"), 0);               // E0: overlong still caught
  // ASCII runs are read eight bytes at a time: a bad byte at any place in or after one.
  std::string run = "a-long-ascii-run-of-text";
  for (size_t at = 0; at <= run.size(); ++at) {
    std::string s = run.substr(0, at) + "\xff" + run.substr(at);
    EXPECT_EQ(utf8::first_invalid(s), static_cast<std::int64_t>(at)) << at;
    std::string t = run.substr(0, at) + "本\xe4\xb8\x41" + run.substr(at);
    EXPECT_EQ(utf8::first_invalid(t), static_cast<std::int64_t>(at + 3)) << at;
  }
}

TEST(Utf8, RoundTrips) {
  std::string s = "“工会”ABC 123𠀋";
  EXPECT_EQ(utf8::encode(utf8::decode(s)), s);
  EXPECT_EQ(utf8::length(s), 12u);
  EXPECT_TRUE(utf8::is_han(U'工'));
  EXPECT_FALSE(utf8::is_han(U'，'));
}

// next's three-byte path and its general loop agree; a sequence cut short at the end
// keeps the bits it has (as before the fast path).
TEST(Utf8, DecodesEveryLengthAndCutShortEnds) {
  EXPECT_EQ(utf8::decode("a\u00e9\u5de5\U0002000b"), std::u32string(U"a\u00e9\u5de5\U0002000b"));
  EXPECT_EQ(utf8::decode("\xe5\xb7\xa5"), std::u32string(U"\u5de5"));
  EXPECT_EQ(utf8::decode("\xe4\xb8"), std::u32string(1, char32_t{0x138}));  // E4 B8, cut short
  EXPECT_EQ(utf8::encode(U"\u00e9\u5de5\U0002000b a"), "\u00e9\u5de5\U0002000b a");
  std::string e;
  utf8::append(e, U'\u5de5');
  utf8::append(e, U'a');
  EXPECT_EQ(e, "\u5de5a");
}

TEST(Utf8, WalksBackward) {
  std::string s = "a本𠀋";
  size_t i = s.size();
  EXPECT_EQ(utf8::prev(s, i), U'𠀋');
  EXPECT_EQ(i, 4u);
  EXPECT_EQ(utf8::prev(s, i), U'本');
  EXPECT_EQ(utf8::prev(s, i), U'a');
  EXPECT_EQ(i, 0u);
}
