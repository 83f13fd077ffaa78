// ingest/display_roles: the roles inside a headline group (引题 / 主题 / 副题), on pages of
// our own.
#include <gtest/gtest.h>

#include "model/document.h"
#include "util.h"

using namespace wz::ingest::test;

// A subject with no verb over a predicate with no subject: one 主题 the layout broke over
// two lines; it keeps its break (an explicit line break in the model), not 引题 + 主题.
TEST(DisplayRoles, ASubjectOverItsPredicateIsOneHeadlineBrokenInTwo) {
  auto a = page(
      "临霄至桐州城际铁路建设者\n挺进最后一座隧道\n\n"
      "本报记者 艾 青\n\n"
      "4月的青禾山区，细雨时停时下，隧道出口不时传来隆隆的机械声。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline,
            "临霄至桐州城际铁路建设者" + std::string(wz::model::kLineBreak) + "挺进最后一座隧道");
  EXPECT_EQ(a[0].head.kicker, "");
}

// A short noun line over a predicate is a column label read as the 引题, and a noun line
// that has a verb of its own is a 引题 over its 主题.
TEST(DisplayRoles, ALabelOrAClauseAboveAPredicateStaysTheKicker) {
  auto a = page(
      "工会动态\n走进车间送技术\n\n"
      "本报讯（记者 林然）桐州市总工会日前组织劳模走进车间，为一线职工送去技术课。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "走进车间送技术");
  auto b = page(
      "春风送岗位 暖心留人才\n桐州举办返岗职工专场招聘会\n\n"
      "本报讯（记者 林然）2月18日，桐州市总工会举办返岗职工专场招聘会。\n");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].head.headline, "桐州举办返岗职工专场招聘会");
}

// Under a clause kicker, even a short noun line opens a 主题 broken in two, and a column
// label set tight inside the group is one of its lines, not furniture.
TEST(DisplayRoles, ABrokenHeadlineUnderAKickerWithItsDeck) {
  auto a = page(
      "围绕一线职工“学技能、提待遇”，全省工会多措并举——\n"
      "岚州十万职工\n"
      "走上技能提升快车道\n"
      "年内建成实训基地50个 发放培训补贴1.2亿元\n\n"
      "本报讯（记者 林然）11月20日，记者从岚州市总工会获悉，全市十万职工参加技能培训。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.kicker, "围绕一线职工“学技能、提待遇”，全省工会多措并举——");
  EXPECT_EQ(a[0].head.headline, "岚州十万职工\u2028走上技能提升快车道");
  EXPECT_EQ(a[0].head.subheadline, "年内建成实训基地50个 发放培训补贴1.2亿元");
}

// A series label joined by a middle dot is the kicker of the clause head under it.
TEST(DisplayRoles, ASeriesLabelIsTheKicker) {
  auto a = page(
      "岁末寒冬·暖心行\n凌晨五点，环卫站的热水壶已经烧开\n\n"
      "本报讯（记者 宋雨）天还没亮，柘原市环卫站的职工就已经来到站里，喝上一杯热水再出发。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.kicker, "岁末寒冬·暖心行");
  EXPECT_EQ(a[0].head.headline, "凌晨五点，环卫站的热水壶已经烧开");
}

// A place name friso does not know (柘|湍 市) is the subject, not a verb opening a 引题:
// the line with it is the 主题, the detail under it its 副题.
TEST(DisplayRoles, AnUnknownPlaceNameOpensAHeadWithItsSubject) {
  auto a = page(
      "临湍县推行工伤认定“一窗通办”\n\n"
      "今年以来受理申请900余件，平均办结时间缩短至10天\n\n"
      "本报讯（记者 林然）记者日前从临湍县人社局获悉，该县推行工伤认定“一窗通办”。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "临湍县推行工伤认定“一窗通办”");
  EXPECT_EQ(a[0].head.subheadline, "今年以来受理申请900余件，平均办结时间缩短至10天");
}

// Under a genre label (记者调查), the label is the group's 引题: a question head and the
// long clause under it are the 主题 and its 副题, though the head opens with a verb (预付卡).
TEST(DisplayRoles, UnderAGenreLabelTheTwoLinesAreHeadAndDeck) {
  auto a = page(
      "记者调查\n预付卡“变废卡”，钱能要回来吗\n"
      "部分健身、教培机构收款后闭店失联，“职业闭店人”暗中操盘转移资产\n\n"
      "本报记者 常 青\n\n"
      "“卡里还有四十多节私教课，店说关就关了。”3月下旬，余女士站在健身房紧闭的门前。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.kicker, "记者调查");
  EXPECT_EQ(a[0].head.headline, "预付卡“变废卡”，钱能要回来吗");
  EXPECT_EQ(a[0].head.subheadline,
            "部分健身、教培机构收款后闭店失联，“职业闭店人”暗中操盘转移资产");
}

// A head opening with a figure of several digits and its unit (136户…) is no page label,
// in a column of briefs under a label (双拥快讯).
TEST(DisplayRoles, AHeadOpeningWithAFigureIsNoPageLabel) {
  auto a = page(
      "双拥快讯\n\n"
      "退役军人专场招聘会提供岗位1600余个\n"
      "本报讯（记者 宋嘉禾）7月26日，专场招聘会在市人力资源市场举行，60余家企业参加。\n\n"
      "136户军属家庭喜迎“光荣牌”\n"
      "本报讯（通讯员 曹敏）7月25日，东湖社区为136户军属家庭悬挂光荣牌。\n\n"
      "市退役军人服务中心开通“夜间窗口”\n"
      "本报讯（记者 黄蕾）为方便在职退役军人办事，服务中心自8月1日起开通“夜间窗口”。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[1].head.headline, "136户军属家庭喜迎“光荣牌”");
}

// An editor's note set between a column label and the head under it: the label is the
// group's 引题, the note the article's, and the head and its dash deck stay one group.
TEST(DisplayRoles, AnEditorsNoteBetweenALabelAndItsHead) {
  auto a = page(
      "最美退役军人\n\n"
      "编者按：他们曾是保家卫国的战士，如今在乡村振兴的战场上再立新功。本版今起推出系列报道。\n\n"
      "从“兵王”到“果王”\n——记退役军人、葡萄种植能手张建国\n\n"
      "本报记者 黄蕾\n\n"
      "盛夏时节，走进柳河镇葡萄专业合作社，一串串葡萄挂满枝头。\n\n"
      "今年52岁的张建国，曾在部队服役16年。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.kicker, "最美退役军人");
  EXPECT_EQ(a[0].head.headline, "从“兵王”到“果王”");
  EXPECT_EQ(a[0].head.subheadline, "——记退役军人、葡萄种植能手张建国");
  ASSERT_FALSE(a[0].blocks.empty());
  EXPECT_EQ(a[0].blocks[0].kind, wz::model::BlockKind::EditorNote);
}

// Facts parted by spaces (部分机场航班取消 铁路运输受阻), longer than the plain clause above
// them, are the deck under the event's 主题; a column label over such a line stays the 引题.
TEST(DisplayRoles, AListOfFactsUnderAnEventIsItsDeck) {
  auto a = page(
      "欧洲多地遭遇强降雪\n部分机场航班取消 铁路运输受阻\n\n"
      "据多家媒体报道，受强冷空气影响，欧洲中部多地出现大范围降雪。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "欧洲多地遭遇强降雪");
  EXPECT_EQ(a[0].head.subheadline, "部分机场航班取消 铁路运输受阻");
  auto b = page(
      "一季度经济观察\n港口货运满负荷 外贸订单排到夏\n\n"
      "本报讯（记者 林然）今年一季度，桐州港货物吞吐量同比增长一成。\n");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].head.kicker, "一季度经济观察");
}
