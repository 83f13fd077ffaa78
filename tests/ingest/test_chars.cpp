#include <gtest/gtest.h>

#include "ingest/chars.h"

using namespace wz::ingest;

TEST(Chars, SqueezeRemovesEverySpaceKind) {
  EXPECT_EQ(squeeze("张 婧\t杨\u00a0明\u3000清"), "张婧杨明清");
  EXPECT_EQ(squeeze("本报讯"), "本报讯");
  EXPECT_EQ(squeeze("第\n3版"), "第\n3版");  // line breaks are no spaces here
}

// has_space looks for each space's bytes: the lead byte of U+3000 (E3) also leads 、。《》,
// and C2 leads other Latin-1 characters; a lead byte at the very end is no space.
TEST(Chars, HasSpaceTellsSpacesFromTheirLeadBytes) {
  EXPECT_FALSE(has_space(""));
  EXPECT_FALSE(has_space("本报讯、记者。《工人日报》"));
  EXPECT_FALSE(has_space("\u00b7\u00e9"));  // · é: C2, C3 leads, no NBSP
  EXPECT_FALSE(has_space("工会\xe3\x80"));  // U+3000 cut short
  EXPECT_FALSE(has_space("工会\xc2"));
  EXPECT_TRUE(has_space("、。\u3000"));    // after other E3 characters
  EXPECT_TRUE(has_space("\u00b7\u00a0"));  // after another C2 character
  EXPECT_TRUE(has_space("工会 "));
  EXPECT_TRUE(has_space("\t工会"));
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

namespace {
int asked = 0;
bool counted_test(std::string_view s) {
  ++asked;
  return s.size() > 3;
}
}  // namespace

TEST(Chars, ALineTestIsAskedOnceAPage) {
  asked = 0;
  {
    SqueezeMemoScope page;
    EXPECT_TRUE(remembered(LineTest::PageFurniture, "本版责任编辑", counted_test));
    EXPECT_TRUE(remembered(LineTest::PageFurniture, "本版责任编辑", counted_test));
    EXPECT_FALSE(remembered(LineTest::PageFurniture, "a", counted_test));
    EXPECT_EQ(asked, 2);
  }
  SqueezeMemoScope next_page;  // the page's answers went with its scope
  EXPECT_TRUE(remembered(LineTest::PageFurniture, "本版责任编辑", counted_test));
  EXPECT_EQ(asked, 3);
}
