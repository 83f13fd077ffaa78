// model/document: the helpers every writer shares.
#include "model/document.h"

#include <gtest/gtest.h>

using wz::model::chinese_date;

TEST(ChineseDate, IsoDatesInChineseForm) {
  EXPECT_EQ(chinese_date("2024-06-30"), "2024年6月30日");
  EXPECT_EQ(chinese_date("2024-03-04"), "2024年3月4日");
  EXPECT_EQ(chinese_date("2024-03"), "2024年3月");
  EXPECT_EQ(chinese_date("2024"), "2024年");
}

TEST(ChineseDate, OtherTextIsKept) {
  EXPECT_EQ(chinese_date(""), "");
  EXPECT_EQ(chinese_date("春季号"), "春季号");
  EXPECT_EQ(chinese_date("2024年6月"), "2024年6月");
  EXPECT_EQ(chinese_date("2024-13-01"), "2024-13-01");  // no 13th month
  EXPECT_EQ(chinese_date("2024-06-30T10:00"), "2024-06-30T10:00");
  EXPECT_EQ(chinese_date("24-06-30"), "24-06-30");
  EXPECT_EQ(chinese_date("2024/06/30"), "2024/06/30");
}
