// Segmentation rules, each pinned on a small page written for the test.
#include <gtest/gtest.h>

#include <chrono>

#include "base/utf8.h"
#include "ingest/report.h"
#include "ingest/segment.h"
#include "util.h"

using namespace wz::ingest;
using namespace wz::ingest::test;
using BK = wz::model::BlockKind;

namespace {
const std::string kNews =
    "本报讯(记者王小明)3月5日,某市总工会召开职工代表座谈会,听取一线职工对工会工作的意见建议。\n\n"
    "座谈会上,职工代表围绕技能培训、劳动保护等话题踊跃发言,市总工会负责人逐一回应。\n\n";
}

TEST(Segment, KickerDashHeadlineInlineByline) {
  auto a = page("某市总工会推出十项举措,为一线职工办实事——\n\n暖心服务送到车间\n\n" + kNews);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.kicker, "某市总工会推出十项举措，为一线职工办实事——");
  EXPECT_EQ(a[0].head.headline, "暖心服务送到车间");
  EXPECT_EQ(a[0].kind, "news");
  ASSERT_EQ(a[0].blocks[0].text.size(), 2u);
  EXPECT_EQ(a[0].blocks[0].text[0].text, "本报讯（记者王小明）");
  EXPECT_EQ(a[0].blocks[0].text[0].style, wz::model::Span::Style::Byline);
  EXPECT_EQ(a[0].blocks[0].pos.line, 5);
}

TEST(Segment, DashSubheadline) {
  auto a = page(
      "春风送岗 温暖同行\n\n——某区工会帮助新就业形态劳动者解难题\n\n"
      "早上八点,招聘会现场已经排起长队。工作人员一边登记一边解答。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "春风送岗 温暖同行");
  EXPECT_EQ(a[0].head.subheadline, "——某区工会帮助新就业形态劳动者解难题");
  EXPECT_EQ(a[0].kind, "feature");
}

TEST(Segment, TwoLineGroupRoles) {
  // A second line opening with a predicate has no subject of its own: 副题.
  auto a = page("某省实施技能人才培育计划\n每年遴选100名青年技能骨干\n\n" + kNews);
  EXPECT_EQ(a[0].head.headline, "某省实施技能人才培育计划");
  EXPECT_EQ(a[0].head.subheadline, "每年遴选100名青年技能骨干");
  // Otherwise the first line is the 引题.
  a = page("某县拓宽职工参与民主管理渠道\n车间里开起“恳谈会”\n\n" + kNews);
  EXPECT_EQ(a[0].head.kicker, "某县拓宽职工参与民主管理渠道");
  EXPECT_EQ(a[0].head.headline, "车间里开起“恳谈会”");
  // A slogan line before the headline is its kicker.
  a = page("强技能 稳就业 促发展\n\n某市开展职业技能竞赛\n\n" + kNews);
  EXPECT_EQ(a[0].head.kicker, "强技能 稳就业 促发展");
}

TEST(Segment, GenreLabelSeparateBylineSectionHeads) {
  auto a = page(
      "新闻特写\n夜班车间里的“守护者”\n\n本报记者 王小明 本报通讯员 李华\n\n"
      "凌晨两点,车间里灯火通明,机器的轰鸣声此起彼伏。\n\n"
      "巡检有妙招\n\n"
      "张师傅拿着手电,沿着管线一寸一寸地查看,不放过任何一个角落。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].genre, "新闻特写");
  EXPECT_EQ(a[0].head.kicker, "新闻特写");
  EXPECT_EQ(a[0].kind, "feature");
  EXPECT_EQ(kinds(a[0]),
            (std::vector<BK>{BK::Byline, BK::Paragraph, BK::SectionHead, BK::Paragraph}));
}

TEST(Segment, LetterSpacedReadingTip) {
  auto a = page(
      "为新业态劳动者撑起“保护伞”——\n\n护航行动暖人心\n\n阅 读 提 示\n\n"
      "工会把组织建到劳动者身边,推出系列服务举措。\n\n本报记者 王小明\n\n"
      "今年以来,某市总工会持续推进护航行动,取得明显成效。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(kinds(a[0]), (std::vector<BK>{BK::ReadingTip, BK::Byline, BK::Paragraph}));
  EXPECT_EQ(plain_text(a[0].blocks[0].text), "工会把组织建到劳动者身边，推出系列服务举措。");
}

TEST(Segment, PhotoItemsWithCreditLineAndSharedLine) {
  auto a = page(kNews +
                "\n\n\n技能比武展风采\n\n4月2日,选手们在比赛中操作数控机床。\n\n本报通讯员 李华\n\n"
                "春耕时节农机忙\n\n田间地头,农机手驾驶播种机作业。 本报记者 王小明 摄\n\n"
                "某区总工会开展春季送温暖活动\n\n" +
                kNews);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[1].kind, "photo");
  EXPECT_EQ(a[1].head.headline, "技能比武展风采");
  EXPECT_EQ(kinds(a[1]), (std::vector<BK>{BK::Caption, BK::Credit}));
  EXPECT_EQ(plain_text(a[1].blocks[1].text), "本报通讯员 李华");
  EXPECT_EQ(a[2].kind, "photo");
  EXPECT_EQ(plain_text(a[2].blocks[0].text), "田间地头，农机手驾驶播种机作业。");
  EXPECT_EQ(plain_text(a[2].blocks[1].text), "本报记者 王小明 摄");
  EXPECT_EQ(a[3].head.headline, "某区总工会开展春季送温暖活动");
}

TEST(Segment, FurnitureDroppedButNotBody) {
  auto a = page("（上接第1版）\n\n某市开展职业技能竞赛\n\n" + kNews + "(下转第3版)\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "某市开展职业技能竞赛");
  EXPECT_EQ(kinds(a[0]), (std::vector<BK>{BK::Paragraph, BK::Paragraph}));
  // A slogan banner under a clause kicker's headline is page furniture.
  a = page("某省总工会出实招,提出三年行动目标\n\n县级工会建设提速\n\n喜迎盛会 奋进新程\n\n" +
           kNews);
  EXPECT_EQ(a[0].head.headline, "县级工会建设提速");
  EXPECT_EQ(a[0].head.subheadline, "");
}

TEST(Segment, PageWithoutHeadlineKeepsItsText) {
  auto a = page("职工们纷纷表示,这样的活动很实在。\n\n工会将继续开展此类活动。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "");
  EXPECT_EQ(body(a[0], 0), "职工们纷纷表示，这样的活动很实在。");
  EXPECT_EQ(body(a[0], 1), "工会将继续开展此类活动。");
}

TEST(Segment, BrokenParagraphRejoined) {
  auto a = page("某市开展职业技能竞赛\n\n" + kNews +
                "走进活动现场,休息区、免费饮\n\n用水、急救药箱一应俱全。\n");
  EXPECT_EQ(body(a[0], 2), "走进活动现场，休息区、免费饮用水、急救药箱一应俱全。");
}

TEST(Segment, ShortLineInNewsAfterFinishedSentenceIsNewHeadline) {
  auto a = page("某市开展职业技能竞赛\n\n" + kNews + "某县工会慰问环卫工人\n\n" + kNews);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "某县工会慰问环卫工人");
}

TEST(Segment, ShortLineAfterCommaContinuesTheSentence) {
  auto a = page("某市开展职业技能竞赛\n\n" + kNews +
                "会上,市总工会负责人提出要坚持“稳中求进,\n\n施推动技能竞赛常态化\n\n"
                "此外,该市还将举办职工运动会。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_NE(body(a[0], 2).find("稳中求进，施推动"), std::string::npos);
}

TEST(Segment, TextBeforeMidArticleBylineMovesBehindTheParagraphItCompletes) {
  auto a = page(
      "某市总工会实施护航行动,解决职工急难愁盼问题——\n\n用心暖“新”\n\n"
      "养”工程,目前已建立工会组织16个。\n\n服务暖人心\n\n"
      "驿站建到了家门口,快递员、外卖骑手在这里歇脚、充电、喝口热水,职工纷纷点赞。\n\n"
      "本报记者 王小明\n\n今年以来,该市启动护航行动,取得明显成效。\n\n"
      "为让更多劳动者入会,该市实施党群“双培\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].blocks[0].kind, BK::Byline);
  EXPECT_EQ(body(a[0], 0), "今年以来，该市启动护航行动，取得明显成效。");
  EXPECT_EQ(body(a[0], 1),
            "为让更多劳动者入会，该市实施党群“双培养”工程，目前已建立工会组织16个。");
  EXPECT_EQ(a[0].blocks.back().kind, BK::Paragraph);
}

TEST(Segment, OrphanFragmentInAnotherArticleMovesBack) {
  auto a = page(
      "某省开展县级工会建设行动\n\n"
      "本报讯(记者王小明)会上,省总工会主席提出,县级工会建设行动要牢固树立\"西部是标杆,\n\n"
      "施推动县级工会建设各项任务落实落地\n\n各地工会迅速行动,成效初显。\n\n"
      "某县工会慰问环卫工人\n\n本报讯(记者李华)春节前夕,某县总工会走访慰问一线环卫工人。\n\n"
      "全国争一流\"的目标,县级工会建设要采取更加有力的措\n\n"
      "某市开展职业技能竞赛\n\n" +
      kNews);
  ASSERT_EQ(a.size(), 3u);
  // (A fragment moved to another story must share its words: here 县级工会建设.)
  EXPECT_NE(
      body(a[0], 0).find("“西部是标杆，全国争一流”的目标，县级工会建设要采取更加有力的措施推动"),
      std::string::npos);
  EXPECT_EQ(body(a[1], 0), "本报讯（记者李华）春节前夕，某县总工会走访慰问一线环卫工人。");
  EXPECT_EQ(body(a[1], 1), "<none>");
}

TEST(Segment, InArticleCaptionSkippedWhenRejoining) {
  auto a = page(
      "春风送岗 温暖同行\n\n——某区工会帮助劳动者解难题\n\n"
      "早上八点,招聘会现场已经排起长队。\n\n入夏以来,该区工会依托驿站开展30余\n\n\n\n"
      "职工在驿站领取防暑物资。\n\n场送清凉活动,惠及职工上千人次。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(body(a[0], 1), "入夏以来，该区工会依托驿站开展30余场送清凉活动，惠及职工上千人次。");
  EXPECT_EQ(a[0].blocks.back().kind, BK::Caption);
}

TEST(Segment, PunctuationNormalisationCanBeSwitchedOff) {
  Options keep;
  keep.normalize_punctuation = false;
  auto a = page("某市开展职业技能竞赛\n\n" + kNews, keep);
  EXPECT_EQ(body(a[0], 1),
            "座谈会上,职工代表围绕技能培训、劳动保护等话题踊跃发言,市总工会负责人逐一回应。");
}

TEST(Segment, VeryLongParagraphIsFast) {
  std::string para;
  while (wz::utf8::length(para) < 30000) para += "职工 代表 围绕技能培训, 劳动保护等话题踊跃发言";
  auto t0 = std::chrono::steady_clock::now();
  auto a = page("某市开展职业技能竞赛\n\n" + para + "。\n");
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_EQ(a.size(), 1u);
  EXPECT_GE(wz::utf8::length(body(a[0], 0)), 25000u);
  EXPECT_LT(s, 2.0);
}

// Pages shuffled from pieces of every shape (headline-like, bylines, credits, fragments,
// lone marks, quotes) never crash and never lose a line of body text.
TEST(Segment, ShuffledPiecesNeverCrash) {
  const std::vector<std::string> pieces = {"某市开展职业技能竞赛",
                                           "本报记者 王小明",
                                           "本报讯(记者李华)近日,",
                                           "他说:\"好",
                                           "\"的目标,",
                                           "）",
                                           "(",
                                           "——",
                                           "-",
                                           "摄",
                                           "王小明 摄",
                                           "阅读提示",
                                           "新闻特写",
                                           "（上接第1版）",
                                           "。",
                                           "职工们纷纷表示,这样的活动很实在。",
                                           "养”工程,",
                                           "“双培",
                                           "Hello, world",
                                           "1,000",
                                           "强技能 稳就业 促发展",
                                           "  ",
                                           "a"};
  unsigned seed = 12345;
  auto rnd = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  for (int page_no = 0; page_no < 300; ++page_no) {
    std::string text;
    int n = 1 + rnd() % 12;
    for (int k = 0; k < n; ++k) {
      text += pieces[rnd() % pieces.size()];
      if (rnd() % 3) text += pieces[rnd() % pieces.size()];
      text += std::string(rnd() % 4, '\n') + "\n";
    }
    if (text.find_first_not_of(" \n") == std::string::npos) continue;
    std::vector<wz::model::Article> a;
    ASSERT_NO_THROW(a = page(text)) << text;
    if (a.empty()) continue;  // only furniture (continuation lines) on the page
    auto md = wz::ingest::write_structured(a);
    ASSERT_NO_THROW(wz::ingest::read_structured(md, "x.md")) << md;
  }
}

// --- Classes found on the corpus's sealed pages (tests/data/pages/README.md) ---

TEST(Segment, BriefSignedAtItsEndIsOverBeforeTheNextHead) {
  // An evening paper's briefs: the byline in brackets at the end of the text. The line
  // after a signed brief opens the next item, not a 小标题 of the first.
  auto a = page(
      "社区食堂开到家门口\n\n"
      "为方便老年人就餐,本市新建的12家社区食堂本周起陆续开门,午餐价格不超过15元。(记者 "
      "方 远)\n\n"
      "南湖公园夜间开放\n\n"
      "即日起至9月底,南湖公园每晚开放至22时,园内增设照明和巡逻人员。(通讯员 梁 静 记者 "
      "何 川)\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "南湖公园夜间开放");
  ASSERT_FALSE(a[0].blocks.empty());
  EXPECT_EQ(a[0].blocks.back().kind, BK::Byline);  // cut off the text, not body
  EXPECT_EQ(body(a[0], 0).find("记者"), std::string::npos);
}

TEST(Segment, GenreLabelAfterACutEndOpensItsOwnItem) {
  // A feature cut at the foot of a column (its rest elsewhere or lost), then a 短评 on it:
  // the label is no text of the feature.
  auto a = page(
      "山里的邮路\n\n本报记者 王小明\n\n"
      "清晨六点,投递员老周把邮包捆上摩托车,沿着盘山路出发。二十多年来,他跑坏了七辆摩托车,"
      "把报纸和包裹送进了三十多个自然村。现在,他已经能独立带\n\n"
      "短评\n\n让邮路连着民心\n\n"
      "一条邮路,连着山里山外。老周们的坚守,让偏远山村的群众也能及时收到报纸和包裹。\n\n"
      "乔 木\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "让邮路连着民心");
  EXPECT_EQ(a[1].genre, "短评");
  for (const auto& b : a[0].blocks)
    EXPECT_EQ(wz::model::plain_text(b.text).find("短评"), std::string::npos);
  // The spaced two-character name signs the commentary, though 乔木 is a word.
  EXPECT_EQ(a[1].blocks.back().kind, BK::Byline);
}

TEST(Segment, QuotedPhraseRepeatingTheStoryIsAHeadNotAPullQuote) {
  // A 小标题 quoting its story is set like a pull-quote but is a phrase, not a sentence.
  auto a = page(
      "大山深处的守路人\n\n本报记者 王小明\n\n"
      "凌晨一点,最后一趟列车驶出隧道。老石提着检查锤走进洞里,开始当天的巡检。\n\n"
      "“每一块石头我都认得”\n\n"
      "老石常说:“每一块石头我都认得。”二十三年来,他走遍了隧道的每一个角落。\n\n"
      "一本记了多年的笔记\n\n"
      "在老石的工具包里,常年装着一个硬皮笔记本,记满了隧道的病害和处理情况。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(kinds(a[0]), (std::vector<BK>{BK::Byline, BK::Paragraph, BK::SectionHead, BK::Paragraph,
                                          BK::SectionHead, BK::Paragraph}));
}

TEST(Segment, BylineAfterAFeaturesBodyIsNotTheNextPhotosCredit) {
  // A byline line printed after a feature's paragraphs, right above a photo item.
  auto a = page(
      "新闻特写\n凌晨四点的菜市场\n\n"
      "凌晨四点,天还没亮,批发市场里已经人声鼎沸。摊主们忙着卸货、分拣、过秤。\n\n"
      "市场工会在门口设了爱心早餐点,热乎的豆浆和包子一元一份。\n\n"
      "如今,爱心早餐点每天要送出三百多份早餐,成了摊主们的“加油站”。\n\n"
      "本报记者 罗 妍 本报通讯员 孔令辉\n\n"
      "非遗技艺进车间\n\n"
      "5月14日,在某市一家企业的车间里,非遗传承人向职工展示竹编技艺。本报记者 林 峰 摄\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].blocks.back().kind, BK::Byline);
  EXPECT_EQ(a[1].head.headline, "非遗技艺进车间");
  EXPECT_EQ(a[1].kind, "photo");
}

TEST(Segment, ColumnsOutOfOrderGoBackAndTheGapCloses) {
  // The last column of a feature (检，… to …道别。) was extracted before the column that
  // goes on from 封锁线|路检查: it moves behind 带班巡|检, and 封锁线 meets 路检查 again.
  auto a = page(
      "隧道医生\n\n本报记者 王小明\n\n"
      "2019年夏天,连续强降雨过后,老石在例行巡检中发现边墙渗水异常,立即上报申请封锁线\n\n"
      "检,还在工务段的青年技能比武中拿了第一名。\n\n"
      "天快亮了,老石和工友们收拾好工具,走出隧道口,像是在和一位老朋友道别。\n\n"
      "路检查。技术人员钻开检查孔后发现,墙后已形成空洞,经过一整夜注浆加固,险情被排除。\n\n"
      "徒弟小罗刚来时,总觉得巡检就是走走看看。现在,他已经能独立带班巡\n");
  ASSERT_EQ(a.size(), 1u);
  std::vector<std::string> paras;
  for (size_t i = 0; body(a[0], i) != "<none>"; ++i) paras.push_back(body(a[0], i));
  ASSERT_EQ(paras.size(), 3u);
  EXPECT_NE(paras[0].find("封锁线路检查"), std::string::npos);
  EXPECT_NE(paras[1].find("带班巡检，还在"), std::string::npos);
  EXPECT_NE(paras[2].find("道别。"), std::string::npos);
}

// --- Classes found on the blind pages (tests/data/pages/README.md) ---

TEST(Segment, SidebarBoxedInsideACutSentenceIsItsOwnItem) {
  // 延伸阅读 set between the halves of 选修|课: a sidebar, not a link box closing the story.
  auto a = page(
      "一张纸的四十年\n\n本报记者 王小明\n\n"
      "转机出现在2019年。县职业学校把古法造纸列为选修\n\n"
      "延伸阅读\n\n古法造纸的七十二道工序\n\n"
      "古法造纸以当地嫩竹为原料,从砍竹、浸泡到抄纸、晒纸,前后有七十二道工序。\n\n"
      "课,每周两个下午,学生们跟着老师傅在纸坊里学抄纸。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_NE(body(a[0], 0).find("选修课，每周"), std::string::npos);
  EXPECT_EQ(a[1].head.kicker, "延伸阅读");
  EXPECT_EQ(a[1].head.headline, "古法造纸的七十二道工序");
}

TEST(Segment, LateHeadOfTwoLinesUnderItsDatelineParagraph) {
  auto a = page(
      "本报讯(记者 卢明)7月7日,沅州市首批12家企业获评“零碳工厂”,年减排二氧化碳约4.6万吨。\n\n"
      "沅州首批12家“零碳工厂”挂牌\n\n新增光伏装机容量3.2万千瓦\n\n"
      "据介绍,“零碳工厂”评价从能源结构、能效水平、碳排放管理等方面进行。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "沅州首批12家“零碳工厂”挂牌");
  EXPECT_EQ(a[0].head.subheadline, "新增光伏装机容量3.2万千瓦");
  EXPECT_EQ(a[0].blocks[0].text[0].style, wz::model::Span::Style::Byline);
}

TEST(Segment, DeckAsLongAsTheHeadWithAClauseGoesBelow) {
  auto a = page("\"暖心驿站\"再添30个\n\n户外劳动者可免费取暖、热饭\n\n" + kNews);
  EXPECT_EQ(a[0].head.headline, "“暖心驿站”再添30个");
  EXPECT_EQ(a[0].head.subheadline, "户外劳动者可免费取暖、热饭");
  // A short vivid line under a long one stays the 主题 under its 引题.
  a = page("昨晚一场短时强降雨突袭主城\n\n地铁口的“人墙”守了四个小时\n\n" + kNews);
  EXPECT_EQ(a[0].head.kicker, "昨晚一场短时强降雨突袭主城");
}

// A column label over bulleted heads (城事速览 / ■… / ■…) after a feature: the bullets head
// briefs of their own, not 小标题 of the feature above.
TEST(Segment, BulletedHeadsUnderAColumnLabelAreBriefs) {
  auto a = page(
      "凌晨三点的菜市场\n\n文/记者 林 岚 图/记者 章 远\n\n"
      "凌晨3点，城北农贸批发市场已经亮起了灯，卸货的三轮车一辆接一辆开进来。\n\n"
      "这对夫妻在这里卖菜已经十五年了，每天凌晨一点就要去郊区收菜。\n\n"
      "天渐渐亮了，市场里的人越来越多，夫妻俩一边称菜一边招呼熟客。\n\n"
      "城事速览\n\n"
      "■老街12条小巷完成改造\n\n"
      "记者从鼓楼区获悉，今年以来该区对老街小巷实施改造，完成雨污分流管网铺设。\n\n"
      "■公交夜班线路增至9条\n\n"
      "即日起，市公交集团新开通两条夜班线路，末班车发车时间延至凌晨一点。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].head.headline, "凌晨三点的菜市场");
  EXPECT_EQ(a[1].head.headline, "■老街12条小巷完成改造");
  EXPECT_EQ(a[2].head.headline, "■公交夜班线路增至9条");
}

// The same bullets with no column label over them are a feature's 小标题.
TEST(Segment, BulletedHeadsInsideAFeatureStaySectionHeads) {
  auto a = page(
      "凌晨三点的菜市场\n\n文/记者 林 岚 图/记者 章 远\n\n"
      "凌晨3点，城北农贸批发市场已经亮起了灯，卸货的三轮车一辆接一辆开进来。\n\n"
      "■十五年的坚守\n\n"
      "这对夫妻在市场里卖菜已经十五年了，每天凌晨一点就要去郊区收菜。\n\n"
      "■两个大学生\n\n"
      "十五年里，夫妻俩几乎没有睡过一个完整的觉，却供出了两个大学生。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(kinds(a[0]), (std::vector<BK>{BK::Byline, BK::Paragraph, BK::SectionHead, BK::Paragraph,
                                          BK::SectionHead, BK::Paragraph}));
}

// A question over 问：/答： lines heads its Q&A item, under its column label.
TEST(Segment, QuestionOverQaHeadsItsItem) {
  auto a = page(
      "夜校里的电工课\n\n本报记者 林 溪\n\n"
      "晚上7点，职工服务中心的教室里坐满了人，讲台上老师正在讲解电工接线。\n\n"
      "这是区总工会开办的职工夜校的一堂课，夜校每周开课三次，学费全免。\n\n"
      "法律门诊\n\n"
      "公司以考核末位为由辞退员工合法吗?\n\n"
      "问:我在一家物流公司做仓管员，公司每季度考核排名，排名末位的被辞退，这样做合法吗?\n\n"
      "答:劳动者不能胜任工作，经过培训或者调整岗位仍不能胜任的，用人单位才可以解除劳动合同。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "公司以考核末位为由辞退员工合法吗？");
}

// Two display lines, no dash: a clause with no subject over a line with one is 引题 over
// 主题 (gold README), even when the lower line carries a figure.
TEST(Segment, SubjectlessClauseOverAHeadIsItsKicker) {
  auto a = page(
      "织密服务新就业形态劳动者的网络\n\n"
      "岚州职工服务小程序上线首月访问超50万人次\n\n"
      "本报讯（记者 "
      "林然）记者日前从岚州市总工会获悉，职工服务小程序上线一个月来，访问量超过50万人次。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.kicker, "织密服务新就业形态劳动者的网络");
  EXPECT_EQ(a[0].head.headline, "岚州职工服务小程序上线首月访问超50万人次");
  EXPECT_EQ(a[0].head.subheadline, "");
}

// A head with no text under it, set apart from the next head by furniture, is a label
// over the page: the next head opens the article, and the label is set aside.
TEST(Segment, AHeadWithNoTextOverTheNextHeadIsSetAside) {
  auto a = page(
      "本期关注\n2027年4月9日 星期五\n\n"
      "守山三十年\n——记桐岭国有林场护林员贺永年\n\n"
      "凌晨五点，桐岭深处的护林站里亮起了灯，贺永年背起水壶和柴刀出了门。\n\n"
      "◎ 接过父亲的柴刀\n\n"
      "贺永年出生在桐岭山脚下的贺家坳，他的父亲贺长林是林场的第一代护林员。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "守山三十年");
  EXPECT_EQ(kinds(a[0]), (std::vector<BK>{BK::Paragraph, BK::SectionHead, BK::Paragraph}));
}

// Items of a list end in ；(GB/T 15834 §4.3): never display lines, whatever their bullet.
TEST(Segment, ListItemsEndingInASemicolonStayText) {
  auto a = page(
      "岚江工会一季度为职工办实事\n\n"
      "本报讯（记者 钟立言）4月7日，岚江省总工会公布一季度为职工办实事清单完成情况。\n\n"
      "● 新建、改造职工之家和职工书屋560个；\n\n"
      "● 组织职工免费健康体检16.4万人次；\n\n"
      "省总工会有关负责人表示，二季度将继续推进各项实事落地见效。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(body(a[0], 1), "●新建、改造职工之家和职工书屋560个；");  // normalised
}

// A byline after the text signs the item off: the head under it opens the next item (a
// photo with its credit), not a 小标题 of the signed piece.
TEST(Segment, AHeadUnderAClosingBylineOpensTheNextItem) {
  auto a = page(
      "记者手记\n山里的灯\n\n"
      "在桐岭采访的那几天，每天晚上，护林站的灯总是最后一个熄灭。\n\n"
      "下山那天，贺永年把我们送到山口，走出很远回头看，他还站在那里。\n\n"
      "宁 溪\n\n"
      "林海晨雾\n\n"
      "4月初，桐岭国有林场的清晨，云雾在群山间缭绕。\n"
      "本报记者 阎 川 摄\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "林海晨雾");
}

// Two display lines, no dash: a line with no subject of its own (a verb after a time or
// quantity) under one that has it is the 主题's 副题 (gold README).
TEST(Segment, ASubjectlessLineUnderAHeadIsItsDeck) {
  auto a = page(
      "岚州加快建设零碳产业园区\n\n"
      "年内完成首批8个园区改造\n\n"
      "本报讯（记者 林然）记者日前从岚州市发展改革委获悉，该市今年将加快建设零碳产业园区。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "岚州加快建设零碳产业园区");
  EXPECT_EQ(a[0].head.subheadline, "年内完成首批8个园区改造");
}

// A line ending in ：introduces what follows (GB/T 15834 §4.6): a letter's salutation is
// its text, never a head.
TEST(Segment, ALineEndingInAColonIsNoHead) {
  auto a = page(
      "读者来信\n护林员也需要更多关爱\n\n"
      "编辑同志：\n\n"
      "读了贵报关于护林员贺永年的报道，我很受感动，希望社会给护林员更多关爱。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "护林员也需要更多关爱");
  EXPECT_EQ(body(a[0], 0), "编辑同志：");
}

namespace {
// A 读书 page of our own as web copy: a staff line led by the weekly's 主编, a banner dated
// with a middle dot, a review, an excerpt signed by its author with its source under it, an
// interview under the label 对话 with a dash deck and a link box, and a listing of new
// books under a label.
const char* kBooksPage =
    "书香周刊\n"
    "主编：林  帆  本版责编：何  雨\n"
    "\n"
    "5·20  全民读书月  书香满城\n"
    "\n"
    "在河流的记忆里找到自己\n"
    "——读长篇小说《渡口》\n"
    "□ 秦远舟\n"
    "读完这部小说，合上书页，耳边仿佛还有江水拍岸的声音。小说以一个渡口小镇为舞台，讲述了两个家族三"
    "代人的悲欢离合。\n"
    "故乡不是一个地名，而是一群人、一种活法。作者用细密的笔触，让时代的变迁在人物的日常中悄然发生。"
    "\n"
    "\n"
    "书摘\n"
    "灶屋里的米酒坛\n"
    "■ 沈青禾\n"
    "外婆家的灶屋角落里，排着大大小小七八只米酒坛子。每年秋收后，外婆都要酿上一坛，说是留着过年招待"
    "客人。\n"
    "如今外婆走了，我也学着她的样子，每到冬天酿上一坛米酒。\n"
    "（摘自《灶火与月光》，江南文艺出版社）\n"
    "\n"
    "对话\n"
    "写小镇，就是写我们自己\n"
    "——访作家周望舒\n"
    "本报记者 许 诺\n"
    "问：这部小说写了多长时间？\n"
    "答：前后写了六年。我从小在江边长大，家门口就是渡口，我想把那些人、那些事写下来。\n"
    "\n"
    "相关链接\n"
    "渡口小镇是什么样\n"
    "渡口小镇位于江边，是作家周望舒的故乡，也是小说《渡口》的原型，镇上至今保留着一座老渡口。\n"
    "\n"
    "\n"
    "新书速递\n"
    "《云上的稻田》\n"
    "王一舟 著／青禾少儿出版社\n"
    "这是一本写给孩子的农业科普绘本，讲述水稻从播种到收获的全过程。\n"
    "《节气里的中国》\n"
    "叶知秋 著／东篱文艺出版社\n"
    "全书按二十四节气编排，是一部别致的传统文化读本。\n"
    "《算法与人》\n"
    "陈启明 著／中原科技出版社\n"
    "作者用通俗的语言解读算法背后的逻辑，探讨技术与人的关系。\n";

// A 健康 page of our own in PDF copy: the lead ends cut with 下转第8版; a box follows under
// its label.
const char* kJumpThenBoxPage =
    "健康周刊\n"
    "天热护娃，专家提醒——\n"
    "勤洗手 把病毒挡在“手”外\n"
    "本报记者 许诺 通讯员 周梅\n"
    "“孩子前天开始发烧，嘴里起了好几个小疱，吃饭都喊\n"
    "疼。”七月七日上午，在市妇幼保健院儿科门诊，带着\n"
    "儿子就诊的王女士一脸焦急。经医生诊断，孩子患的是\n"
    "手足口病。\n"
    "别把疱疹当“上火”\n"
    "市妇幼保健院儿科主任沈建平介绍，手足口病是由肠道\n"
    "病毒引起的常见传染病，主要通过密切接触和飞沫传播。\n"
    "日常预防中，勤洗手、喝开水、吃熟食是最简单有效\n"
    "的办法。托幼机构要落实晨午检制度，发现可疑病例及\n"
    "时\n"
    "（下转第8版）\n"
    "健康知识\n"
    "夏天吃西瓜 记住这几点\n"
    "西瓜是夏季消暑佳品，但吃得不对也可\n"
    "能吃出问题。营养科医生提醒：\n"
    "1.切开的西瓜应覆上保鲜膜冷藏，最好\n"
    "在一天内吃完，不要吃放置过久的西瓜。\n"
    "2.刚从冰箱拿出的西瓜不宜一次吃太多，\n"
    "可在室温下放一会儿再吃，以免刺激\n"
    "胃肠道。\n"
    "3.糖尿病患者要控制量，每次不宜超过\n"
    "两百克，最好在两餐之间吃。\n";

// A 科技 web page of our own: a feature with a link box set tight (label, title, text).
const char* kTightLinkBoxPage =
    "科技周刊\n"
    "\n"
    "从“能用”到“好用”——\n"
    "一张网托起智慧工厂\n"
    "\n"
    "本报记者 宋佳宁\n"
    "\n"
    "在江苏一家汽车零部件工厂，AGV小车在车间里穿梭，机械臂精准抓取零件。\n"
    "\n"
    "厂长说，过去车间里拉的是网线，现在靠的是一张5G专网，设备联网率达到了九成以上。\n"
    "\n"
    "让“小切口”撬动“大场景”\n"
    "\n"
    "在山东一座港口，5G网络让岸桥司机从几十米高的驾驶室“走”进了中控室，作业效率提升约三成。\n"
    "\n"
    "专家建议，加快RedCap等技术成熟，降低终端和模组成本，让更多中小企业用得起、用得好。\n"
    "\n"
    "相关链接\n"
    "RedCap是什么\n"
    "RedCap即“轻量化5G”，通过裁剪部分能力，降低终端复杂度和功耗，适用于可穿戴设备、工业传感器等场景"
    "。\n"
    "\n"
    "量子计算云平台注册用户突破五十万\n"
    "\n"
    "本报合肥3月20日电 （记者 "
    "吴晨）记者从合肥一家量子计算企业获悉，其量子计算云平台注册用户已突破五十万。\n";

const wz::model::Article* headed(const std::vector<wz::model::Article>& a, const std::string& h) {
  for (const auto& x : a)
    if (x.head.headline == h) return &x;
  return nullptr;
}

std::vector<std::string> blocks_of(const wz::model::Article& a, wz::model::BlockKind k) {
  std::vector<std::string> out;
  for (const auto& b : a.blocks)
    if (b.kind == k) out.push_back(wz::model::plain_text(b.text));
  return out;
}
}  // namespace

// 主编：… opens the staff line: furniture, no head. The banner in spaced parts dated 5·20 is
// display (a slogan), not a table row's data made a fragment's text.
TEST(Segment, AStaffLineAndADatedBannerAreNoText) {
  auto a = page(kBooksPage);
  EXPECT_EQ(headed(a, "主编：林帆 本版责编：何雨"), nullptr);
  for (const auto& x : a)
    for (const auto& p : blocks_of(x, wz::model::BlockKind::Paragraph))
      EXPECT_EQ(p.find("全民读书月"), std::string::npos) << p;
}

// A reprint's source line under a piece its author signed is the end of its text; a genre
// label over a dash group is the group's 引题; a label over a listing heads none of it.
TEST(Segment, ASourceLineALabelOverADashGroupAndAListingLabel) {
  auto a = page(kBooksPage);
  const auto* excerpt = headed(a, "灶屋里的米酒坛");
  ASSERT_NE(excerpt, nullptr);
  EXPECT_EQ(blocks_of(*excerpt, wz::model::BlockKind::Byline),
            std::vector<std::string>{"■ 沈青禾"});
  EXPECT_EQ(blocks_of(*excerpt, wz::model::BlockKind::Paragraph).back(),
            "（摘自《灶火与月光》，江南文艺出版社）");
  const auto* talk = headed(a, "写小镇，就是写我们自己");
  ASSERT_NE(talk, nullptr);
  EXPECT_EQ(talk->head.kicker, "对话");
  EXPECT_EQ(talk->head.subheadline, "——访作家周望舒");
  const auto* book = headed(a, "《云上的稻田》");
  ASSERT_NE(book, nullptr);
  EXPECT_EQ(book->head.kicker, "");
  for (const auto& x : a) EXPECT_NE(x.head.kicker, "新书速递");
}

// 下转第8版 ends the lead's text on this page: the label under it heads the box, never a
// 小标题 of the lead.
TEST(Segment, AHeadUnderAJumpOutOpensAnotherItem) {
  auto a = page(kJumpThenBoxPage);
  const auto* box = headed(a, "夏天吃西瓜 记住这几点");
  ASSERT_NE(box, nullptr);
  EXPECT_EQ(box->head.kicker, "健康知识");
  const auto* lead = headed(a, "勤洗手 把病毒挡在“手”外");
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(blocks_of(*lead, wz::model::BlockKind::SectionHead),
            std::vector<std::string>{"别把疱疹当“上火”"});
}

// Label, title and text of a link box set tight together are the story's; the box's title
// opens no item.
TEST(Segment, ALinkBoxSetTightIsTheStorys) {
  auto a = page(kTightLinkBoxPage);
  EXPECT_EQ(headed(a, "RedCap是什么"), nullptr);
  const auto* lead = headed(a, "一张网托起智慧工厂");
  ASSERT_NE(lead, nullptr);
  EXPECT_NE(blocks_of(*lead, wz::model::BlockKind::Paragraph).back().find("轻量化5G"),
            std::string::npos);
}

// A book's credit ends with its publisher: the listing's text under it is a paragraph of its
// own, not the rest of a sentence (…出版社这是一本…).
TEST(Segment, ABookCreditEndsItsLine) {
  auto a = page(kBooksPage);
  const auto* book = headed(a, "《云上的稻田》");
  ASSERT_NE(book, nullptr);
  auto p = blocks_of(*book, wz::model::BlockKind::Paragraph);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[1], "这是一本写给孩子的农业科普绘本，讲述水稻从播种到收获的全过程。");
}

// A brief signed in brackets at its end (…拿下两分。（记者 王岩）), or closed by its source
// line, is finished: no doubt says its rest is missing.
TEST(Segment, ASignedOrSourcedEndIsNoCutText) {
  PageReport r = read_page_report(
      "全国乒乓球锦标赛男团决赛落幕\n\n"
      "11月17日，全国乒乓球锦标赛男子团体决赛在湖北黄石结束，上海队主力周启豪拿下两分。（记者 "
      "王岩）\n\n"
      "书摘\n灶屋里的米酒坛\n■ 沈青禾\n"
      "外婆家的灶屋角落里，排着大大小小七八只米酒坛子。\n"
      "（摘自《灶火与月光》，江南文艺出版社）\n",
      "p.txt", {});
  ASSERT_EQ(r.articles.size(), 2u);
  for (const auto& d : r.doubts) EXPECT_NE(d.kind, Doubt::Kind::Missing) << d.message;
}

namespace {
// A public account's post (公众号 copy) of our own: the post's meta line, the call to
// follow, a byline by a paper's 全媒体记者, a rule, a column of two bracket-tagged briefs,
// the post's staff lines, and the list of earlier posts with the read-on and share lines.
const char* kAccountPostPage =
    "社区食堂开进老小区 老人吃饭不再犯愁\n"
    "\n"
    "原创 滨江日报 滨江日报 2025-03-18 07:30 发表于江苏\n"
    "\n"
    "点击蓝字关注我们\n"
    "\n"
    "滨江日报全媒体记者 林晓 通讯员 周敏\n"
    "\n"
    "3月17日中午，桂园社区食堂里坐满了前来就餐的老人。两荤一素一汤，六十岁以上老人凭卡就餐只需十元"
    "。\n"
    "\n"
    "“以前一个人懒得做饭，现在每天都来这里吃。”八十岁的王桂英老人说。\n"
    "\n"
    "———\n"
    "\n"
    "民生速递\n"
    "\n"
    "【停气】城东部分区域周五凌晨停气\n"
    "因燃气管网改造，本周五凌晨1时至6时，城东部分区域将暂停供气，请居民提前做好准备。\n"
    "\n"
    "【出行】滨江大桥夜间封闭检测两晚\n"
    "3月20日至21日每晚23时至次日5时，滨江大桥将封闭检测，其间过江车辆请绕行二桥。\n"
    "\n"
    "来源：滨江日报\n"
    "编辑：王丹\n"
    "审核：刘成\n"
    "\n"
    "往期推荐\n"
    "\n"
    "滨江这8处口袋公园，周末带娃正合适\n"
    "事关医保！这些变化4月1日起实施\n"
    "夜市上新！滨江美食街今晚开街\n"
    "\n"
    "阅读原文\n"
    "分享 收藏 点赞 在看\n";

// A 夜读 page of our own: an editor's note with a head of its own signed ——编者, an essay
// signed at its end, a cartoon credited 作者：…, a call for contributions.
const char* kNightReadingPage =
    "滨江晚报\n"
    "2025年3月8日 星期六 A12 副刊·夜读\n"
    "责任编辑：苏晚 美编：林一\n"
    "\n"
    "编者的话\n"
    "\n"
    "夜读，给白天留一盏灯\n"
    "\n"
    "白天的日子走得太快，总有些话来不及说。“夜读”版开办三年，收到读者来稿一万余篇，愿每一个夜晚，都"
    "有一盏灯为你亮着。\n"
    "\n"
    "——编者\n"
    "\n"
    "老屋门前的桂花树\n"
    "\n"
    "老屋门前有一棵桂花树，是爷爷年轻时种下的。每到秋天，满院都是桂花香，奶奶总要摘一些做桂花糖。\n"
    "\n"
    "如今老屋拆了，那棵树移栽到了村口的小公园里，我每次回乡，都要去树下站一会儿。\n"
    "\n"
    "林秋白\n"
    "\n"
    "漫画\n"
    "“低头”一族\n"
    "年夜饭桌上，一家五口，五部手机。\n"
    "作者：赵小川\n"
    "\n"
    "“我家的老物件”征文启事\n"
    "\n"
    "一只搪瓷缸、一台缝纫机、一封泛黄的家书，老物件里藏着一个家庭的来处。即日起，本报“夜读”副刊开展"
    "征文活动，欢迎广大读者投稿。\n"
    "\n"
    "投稿方式：请发送至本报副刊部邮箱，截稿日期为2025年4月30日。\n"
    "\n"
    "滨江晚报副刊部\n";
}  // namespace

// The account's own lines are no text: the meta line, the calls, the staff, the earlier
// posts; the byline by a paper's 全媒体记者 signs the story; the last brief stays apart.
TEST(Segment, APublicAccountsOwnLinesAreNoText) {
  auto a = page(kAccountPostPage);
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(blocks_of(a[0], wz::model::BlockKind::Byline),
            std::vector<std::string>{"滨江日报全媒体记者 林晓 通讯员 周敏"});
  EXPECT_EQ(body(a[0], 0).rfind("3月17日中午", 0), 0u);
  EXPECT_EQ(a[0].head.kicker, "");
  EXPECT_EQ(a[2].head.headline, "【出行】滨江大桥夜间封闭检测两晚");
  EXPECT_EQ(a[2].head.kicker, "");
}

// An editor's note under a head of its own is an item, its label the 引题, ——编者 its
// signature (never a photo credit); the essay after it opens an item of its own.
TEST(Segment, AnEditorsNoteWithItsOwnHeadIsAnItem) {
  auto a = page(kNightReadingPage);
  ASSERT_GE(a.size(), 2u);
  EXPECT_EQ(a[0].head.kicker, "编者的话");
  EXPECT_EQ(a[0].head.headline, "夜读，给白天留一盏灯");
  EXPECT_EQ(blocks_of(a[0], wz::model::BlockKind::Byline), std::vector<std::string>{"——编者"});
  EXPECT_EQ(a[1].head.headline, "老屋门前的桂花树");
  EXPECT_EQ(a[1].head.kicker, "");
}

// A byline may end with how its reporters made the text (本报记者 钱雨薇 整理: voices put
// together): it signs the item, no head.
TEST(Segment, ABylineOfCompiledVoicesSignsTheItem) {
  auto a = page(
      "代表委员说\n\n让发展成果更多惠及群众\n\n本报记者 钱雨薇 整理\n\n"
      "王明 代表：政府工作报告提出今年城镇新增就业六十万人，目标实在、举措有力。\n\n"
      "李秋萍 委员：养老服务是群众关切的大事，建议加快社区嵌入式养老服务设施建设。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "让发展成果更多惠及群众");
  EXPECT_EQ(blocks_of(a[0], wz::model::BlockKind::Byline),
            std::vector<std::string>{"本报记者 钱雨薇 整理"});
}
