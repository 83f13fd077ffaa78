#include <gtest/gtest.h>

#include "ingest/normalize.h"

using namespace wz::ingest;

TEST(Normalize, StraySpacesBetweenHanGo) {
  EXPECT_EQ(remove_stray_spaces("工会 组织 建到 身边"), "工会组织建到身边");
  EXPECT_EQ(remove_stray_spaces("面积 6.6 万平方公里, 今年"), "面积6.6万平方公里,今年");
  EXPECT_EQ(remove_stray_spaces("使用 APP 办理"), "使用APP办理");
}

TEST(Normalize, RealSpacesBetweenLatinWordsStay) {
  EXPECT_EQ(remove_stray_spaces("打开 Open  Source 平台"), "打开Open Source平台");
  EXPECT_EQ(remove_stray_spaces("version 2.0"), "version 2.0");
}

TEST(Normalize, DisplaySpacesKeepPhraseBreaks) {
  EXPECT_EQ(normalize_display_spaces("聚焦重点 集思广益"), "聚焦重点 集思广益");
  EXPECT_EQ(normalize_display_spaces("以前马路边“等活” 现在APP上“刷活”"),
            "以前马路边“等活” 现在APP上“刷活”");
  EXPECT_EQ(normalize_display_spaces("下沉人员、 资金、服务"), "下沉人员、资金、服务");
}

TEST(Normalize, NameSpacesSeparateNamesButRejoinSplitNames) {
  EXPECT_EQ(normalize_name_spaces("本报讯 (记者杨明清 张嫱 通讯员夏丽 萍)"),
            "本报讯(记者杨明清 张嫱 通讯员夏丽萍)");
  EXPECT_EQ(normalize_name_spaces("本报记者  刘金梦 摄"), "本报记者 刘金梦 摄");
}

TEST(Normalize, StraightQuotesAlternate) {
  EXPECT_EQ(normalize_punctuation("他说\"好\",又说\"行\""), "他说“好”，又说“行”");
  EXPECT_EQ(normalize_punctuation("称为'工会路'"), "称为‘工会路’");
  EXPECT_EQ(normalize_punctuation("It's fine"), "It's fine");  // no Chinese: untouched
}

TEST(Normalize, BracketsAroundChineseBecomeFullWidth) {
  EXPECT_EQ(normalize_punctuation("本报讯(记者张三)近日"), "本报讯（记者张三）近日");
  EXPECT_EQ(normalize_punctuation("市州(县)召开"), "市州（县）召开");
  EXPECT_EQ(normalize_punctuation("公式 f(x) 的值"), "公式 f(x) 的值");
}

TEST(Normalize, MarksBetweenHanBecomeFullWidthButNotInNumbers) {
  EXPECT_EQ(normalize_punctuation("今年以来,工会;职工:好?是!"), "今年以来，工会；职工：好？是！");
  EXPECT_EQ(normalize_punctuation("共1,000人,3:30开始,增长1.5倍"),
            "共1,000人，3:30开始，增长1.5倍");
  EXPECT_EQ(normalize_punctuation("访问 http://a.cn/x?a=1,2 查看"),
            "访问 http://a.cn/x?a=1,2 查看");
  EXPECT_EQ(normalize_punctuation("Hello, world"), "Hello, world");
}

TEST(Normalize, DegradedKickerDashIsRepaired) {
  EXPECT_EQ(repair_trailing_dash("写进田间地头-"), "写进田间地头——");
  EXPECT_EQ(repair_trailing_dash("服务平台——"), "服务平台——");
  EXPECT_EQ(repair_trailing_dash("1-丁烯"), "1-丁烯");
}
