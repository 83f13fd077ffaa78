#include <gtest/gtest.h>

#include "base/utf8.h"

using namespace wz;

TEST(Utf8, FindsFirstInvalidByte) {
  EXPECT_EQ(utf8::first_invalid("本报讯abc"), -1);
  EXPECT_EQ(utf8::first_invalid("ab\xff"), 2);
  EXPECT_EQ(utf8::first_invalid("本\xe6\x8a"), 3);    // truncated
  EXPECT_EQ(utf8::first_invalid("\xc0\xaf"), 0);      // overlong
  EXPECT_EQ(utf8::first_invalid("\xed\xa0\x80"), 0);  // surrogate
}

TEST(Utf8, RoundTrips) {
  std::string s = "“工会”ABC 123𠀋";
  EXPECT_EQ(utf8::encode(utf8::decode(s)), s);
  EXPECT_EQ(utf8::length(s), 12u);
  EXPECT_TRUE(utf8::is_han(U'工'));
  EXPECT_FALSE(utf8::is_han(U'，'));
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
