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
