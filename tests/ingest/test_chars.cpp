#include <gtest/gtest.h>

#include "ingest/chars.h"

using namespace wz::ingest;

TEST(Chars, SqueezeRemovesEverySpaceKind) {
  EXPECT_EQ(squeeze("张 婧\t杨\u00a0明\u3000清"), "张婧杨明清");
  EXPECT_EQ(squeeze("本报讯"), "本报讯");
  EXPECT_EQ(squeeze("第\n3版"), "第\n3版");  // line breaks are no spaces here
}

TEST(Chars, LastAndFirstCharsPastSpaces) {
  EXPECT_EQ(last_char("他说。”\u3000 "), U'”');
  EXPECT_EQ(first_char(" \u3000“好"), U'“');
  EXPECT_EQ(last_char("  "), 0);
  EXPECT_EQ(last_char(""), 0);
}

TEST(Chars, LastCoreCharPassesClosingQuotesAndBrackets) {
  EXPECT_EQ(last_core_char("他说：“好了。”）"), U'。');
  EXPECT_EQ(last_core_char("他说：“好了。”）", false), U'）');
  EXPECT_EQ(last_core_char("”）"), 0);
}

TEST(Chars, DigitsAsciiAndFullWidth) {
  EXPECT_TRUE(is_digit(U'7'));
  EXPECT_TRUE(is_digit(U'７'));
  EXPECT_FALSE(is_digit(U'七'));
}
