// epub/vertical_text: numbers and marks of a vertical chapter marked as the PDF sets them.
#include "epub/vertical_text.h"

#include <gtest/gtest.h>

namespace wz::epub {
namespace {

TEST(VerticalText, TwoAndThreeDigitsTcyOneAndFourUpright) {
  EXPECT_EQ(mark_vertical_numbers("已有36万名"), "已有<span class=\"tcy\">36</span>万名");
  EXPECT_EQ(mark_vertical_numbers("共123项"), "共<span class=\"tcy\">123</span>项");
  EXPECT_EQ(mark_vertical_numbers("3月"), "<span class=\"upright\">3</span>月");
  EXPECT_EQ(mark_vertical_numbers("自2024年"), "自<span class=\"upright\">2024</span>年");
}

TEST(VerticalText, DigitsInALatinTokenOrLongerNumbersTurnWithIt) {
  for (const char* s : {"P-104", "3.5倍", "50%的", "12345人", "1,500余", "APP2", "x86"})
    EXPECT_EQ(mark_vertical_numbers(s), s) << s;
  EXPECT_EQ(mark_vertical_numbers("&amp;12"), "&amp;<span class=\"tcy\">12</span>");
}

TEST(VerticalText, QuotesAndUpperRightMarksTakeTheBodyFace) {
  EXPECT_EQ(mark_vertical_marks("说：“好。”"),
            "说<span class=\"vmark\">：</span><span class=\"vmark\">“</span>好"
            "<span class=\"vmark\">。</span><span class=\"vmark\">”</span>");
  EXPECT_EQ(mark_vertical_marks("（括号）《书》"), "（括号）《书》");  // turned by the reader
  EXPECT_EQ(vertical_marks_in("他说：“好，行。”"), "：“，。”");
}

}  // namespace
}  // namespace wz::epub
