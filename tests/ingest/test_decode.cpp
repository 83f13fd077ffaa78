// ingest/decode and the evidence it weighs (emission, evidence, reorder): page readings
// decided across lines, on pages of our own.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "util.h"

using namespace wz::ingest::test;
using BK = wz::model::BlockKind;

namespace {

std::string byline_of(const wz::model::Article& a) {
  std::string out;
  for (const auto& b : a.blocks)
    if (b.kind == BK::Byline) out += (out.empty() ? "" : "|") + wz::model::plain_text(b.text);
  return out;
}

}  // namespace

// A letters column: a signature with a descriptor signs the letter above; the question
// under it heads the next letter (a question head may carry a comma); the editor's reply
// after a signature stays after it; the answerer's line signs the answer.
TEST(Decode, LettersSignedWithADescriptor) {
  auto a = page(
      "读者来信\n\n小区充电桩能否再多装几个\n\n"
      "编辑同志：我家住在柘原市北湖小区，小区里电动车越来越多，充电桩却只有六个。\n\n"
      "希望物业和有关部门能多装一些充电桩，方便居民。\n\n"
      "柘原市读者 邹 航\n\n"
      "编辑回复：记者就此联系了小区物业，物业表示下月将增装十个充电桩。\n\n"
      "加班费算不算工资的一部分？\n\n"
      "编辑同志：我在一家物流公司上班，公司说加班费不算工资，这样对吗？\n\n"
      "岚州市读者 宋小禾\n\n"
      "回复：宋小禾读者，你好！加班费属于工资的组成部分，用人单位应当依法足额支付。\n\n"
      "解答人：岚州市劳动法律服务中心律师 谭 明\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "小区充电桩能否再多装几个");
  EXPECT_EQ(byline_of(a[0]), "柘原市读者 邹航");
  EXPECT_EQ(body(a[0], 2), "编辑回复：记者就此联系了小区物业，物业表示下月将增装十个充电桩。");
  EXPECT_EQ(a[1].head.headline, "加班费算不算工资的一部分？");
  EXPECT_NE(byline_of(a[1]).find("解答人："), std::string::npos);
}

// 编者按：with its note on the label's own line: the paragraph under it is the text.
TEST(Decode, AnEditorsNoteOnTheLabelLine) {
  auto a = page(
      "职工论坛\n\n“最后一公里”怎么走\n\n"
      "编者按：社区服务的“最后一公里”，考验着基层工会的服务能力。本期刊发一篇来稿。\n\n"
      "“下了班，手机还在响。”这是不少职工的真实感受，也是社区服务要解决的问题。\n\n"
      "社区工会应当把服务送到职工家门口，让职工少跑腿、多受益。\n\n"
      "宁 远\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(body(a[0], 0),
            "“下了班，手机还在响。”这是不少职工的真实感受，也是社区服务要解决的问题。");
}

// A link label set tight on its title heads a sidebar of its own; set apart by a blank
// line after a feature it is the feature's box.
TEST(Decode, ATitledLinkBoxSetTightIsASidebar) {
  std::string feature =
      "柘原老码头的新生\n\n本报记者 宋 雨\n\n"
      "清晨，柘原老码头的吊机已经开始转动，码头工人们在江边忙碌。\n\n"
      "这座老码头建于上世纪五十年代，如今成了全省重要的集装箱转运站。\n\n";
  auto a = page(feature +
                "延伸阅读\n柘原港：从木船渡口到集装箱码头\n\n"
                "柘原港始建于1952年，最初只是一个木船渡口，1990年代开始改建集装箱泊位。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.kicker, "延伸阅读");
  EXPECT_EQ(a[1].head.headline, "柘原港：从木船渡口到集装箱码头");
  auto b = page(feature +
                "延伸阅读\n\n柘原港的来历\n\n"
                "柘原港始建于1952年，最初只是一个木船渡口，1990年代开始改建集装箱泊位。\n");
  ASSERT_EQ(b.size(), 1u);
}

// A pull-quote's attribution (——title name) under the quote is no 副题 of a new article.
TEST(Decode, APullQuotesAttributionStaysWithIt) {
  auto a = page(
      "江底隧道的“绣花功夫”\n\n本报记者 宋 雨\n\n"
      "盾构机在江底推进，每一环管片的误差都要控制在两毫米以内，这是对施工队最大的考验。\n\n"
      "专家观点\n\n"
      "每一环管片的误差都要控制在两毫米以内。\n\n"
      "——柘原大学土木工程系教授　邹文远\n\n"
      "项目部为此专门组建了测量小组，每推进一环都要复测一次，确保隧道线形平顺。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.subheadline, "");
  EXPECT_EQ(body(a[0], 1),
            "项目部为此专门组建了测量小组，每推进一环都要复测一次，确保隧道线形平顺。");
}

// Rows of figures one under another are a data box's text, not display lines.
TEST(Decode, ADataBoxOfFigureRowsIsText) {
  auto a = page(
      "数据\n柘原队本赛季主要数据\n"
      "30轮　17胜　9平　4负　积60分\n"
      "进球51个　失球24个\n"
      "最佳射手　邹 航　15球\n"
      "（数据来源：联赛官方技术统计）\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "柘原队本赛季主要数据");
  EXPECT_EQ(body(a[0], 0).substr(0, 5), "30轮");
}

// A cartoon's credit (邓 禾/画) glued to its caption closes the item: the head under it
// opens the next article, not a 小标题 of the cartoon.
TEST(Decode, ACartoonsCreditClosesItsItem) {
  auto a = page(
      "漫画\n\n“满格”的假期\n\n"
      "假期带孩子去公园，手机里的工作群却响个不停。邓 禾/画\n\n"
      "让职工的假期真正属于自己\n\n"
      "假期是职工休息的权利，企业不应随意占用，工会也应当为此发声。\n\n"
      "宁 远\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].kind, "photo");
  EXPECT_EQ(a[1].head.headline, "让职工的假期真正属于自己");
}

// A poem's stanzas (runs of short lines set tight, one after another) are its text, not
// headline groups; the title and the author above stay its head and byline.
TEST(Decode, AStanzaIsTextNotAHeadlineGroup) {
  auto a = page(
      "夜班\n\n文/邹 航\n\n"
      "每到冬夜，车间里的灯总是亮到天明，师傅们守着机床，一守就是一整夜。\n\n"
      "我进厂那年，师傅把一盏旧台灯送给我，说灯在，心就不会慌。\n\n"
      "码头的早晨\n\n□ 宋 雨\n\n"
      "江风吹过吊机\n汽笛叫醒了港湾\n第一只集装箱\n稳稳落在船上\n\n"
      "班长说，快些\n潮水不等人\n我们把安全帽扶正\n走进了晨光\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.headline, "码头的早晨");
  EXPECT_EQ(body(a[1], 0), "江风吹过吊机");
  EXPECT_EQ(body(a[1], 7), "走进了晨光");
}

// On a page whose paragraphs are wrapped solid (most gaps are none), a poem group's
// stanzas are set solid too and stand apart by one blank line: still its text, each
// poem's title a 小标题 at most, never a new item; a numbered list is no verse.
TEST(Decode, StanzasOnASolidPageAreText) {
  auto a = page(
      "老屋的枣树\n□ 陈晓燕\n\n"
      "老屋的院子里有一棵枣树，是爷爷年轻时种下的。每年秋天，\n"
      "枣子红了，满院都是甜味。\n\n"
      "乡村三章（组诗）\n□ 周远帆\n\n"
      "麦田\n五月的风\n从南坡吹到北坡\n麦子就黄了一遍\n\n"
      "父亲蹲在地头\n捻开一穗麦粒\n像捻开\n一年的光阴\n\n"
      "老井\n井绳磨亮了井沿\n也磨亮了\n母亲的手掌\n\n"
      "如今自来水进了村\n老井闲着\n把一小块天空\n养在井底\n\n"
      "本周畅销书榜\n1.《青石街往事》 苏未央 著\n2.《夜航船上的星星》 林若谷 著\n"
      "3.《白鹭洲》 何其远 著\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[1].head.headline, "乡村三章（组诗）");
  EXPECT_EQ(a[2].head.headline, "本周畅销书榜");
}

// A feature's 小标题 set as a label, a colon and a phrase (截污：… / 修复：… / 守护：…)
// are one series: a later one is the feature's head too, not a new item, though the text
// under it opens like a story.
TEST(Decode, LabelledHeadsOfOneFeatureAreItsSectionHeads) {
  auto a = page(
      "清溪河畔又见白鹭飞\n——丰宁县清溪河流域综合治理见闻\n\n本报记者 林海涛\n\n"
      "六月初的清晨，湿地公园里已经有了人，几只白鹭从芦苇丛中飞起。\n\n"
      "截污：把污水挡在河外\n"
      "治河先治污。2021年起，县里把清溪河治理列为“一号工程”，新建污水管网148公里。\n"
      "高到6.8万吨。\n\n"
      "“最难的是关停搬迁。”县生态环境局局长说。\n\n"
      "修复：让河流自己“活”起来\n"
      "截污之后，如何让河流恢复自净能力？治理团队没有选择把河道“裁弯取直”。\n\n"
      "监测数据显示，清溪河出境断面水质稳定在Ⅱ类。\n\n"
      "守护：河长带着百姓一起巡\n"
      "“河长制”让治理成果管得住、守得牢。全县设立县、乡、村三级河长186名。\n");
  ASSERT_EQ(a.size(), 1u);
  int heads = 0;
  for (const auto& b : a[0].blocks) heads += b.kind == wz::model::BlockKind::SectionHead;
  EXPECT_EQ(heads, 3);
}

// A weather strip is page furniture like the hotline, and the head under it opens the
// story; the answer's label in a letters item is its 小标题.
TEST(Decode, AWeatherStripIsFurnitureAndAReplyLabelASectionHead) {
  auto a = page(
      "今日天气\n晴转多云  6℃～14℃  北风2级\n明天：多云  5℃～12℃\n\n"
      "家长来信\n\n孩子放学后没人接怎么办\n\n"
      "编辑同志：我和爱人都在工厂上班，孩子放学时我们还没下班，接孩子成了难题。\n\n"
      "柘原市读者 邹 航\n\n编辑回复\n\n"
      "邹航家长：您好！今年起，柘原市各小学都开设了课后服务，家长可向学校报名。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "孩子放学后没人接怎么办");
  bool reply_head = false;
  for (const auto& b : a[0].blocks)
    reply_head |= b.kind == BK::SectionHead && wz::model::plain_text(b.text) == "编辑回复";
  EXPECT_TRUE(reply_head);
}

// A column of a feature extracted after the one it precedes: two halves that are no words
// alone (茶|叶) move the paragraph back even from a seat where it reads well, within its
// article.
TEST(Decode, AColumnOutOfOrderInsideAFeatureMovesBack) {
  auto a = page(
      "山坡上的茶园\n\n本报记者 宋 雨\n\n"
      "前年，青石镇引进一家茶企，由企业出资、村集体出地，流转村里的撂荒坡建起标准化"
      "茶园，又在村口建起加工厂，带动村民发展茶\n\n"
      "今年春茶季，加工厂每天收购鲜叶两千多斤，采茶、分拣、运输都用本村人，"
      "村民在家门口就能挣钱，外出打工的年轻人也陆续回来了。\n\n"
      "叶种植六百亩，每户每年能拿到土地租金和务工收入。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_NE(body(a[0], 0).find("带动村民发展茶叶种植六百亩"), std::string::npos);
}

// A genre label over a head opens its item even right after a paragraph cut at a column
// end (its rest is elsewhere on the page): 短评 is the kicker, not furniture.
TEST(Decode, AGenreLabelOverAHeadOpensItsItem) {
  auto a = page(
      "山坡上的茶园\n\n本报记者 宋 雨\n\n"
      "前年，青石镇引进一家茶企，由企业出资、村集体出地，流转村里的撂荒坡建起标准化"
      "茶园，加工厂每年可为村集体增\n\n"
      "短评\n\n山地产业要有耐心\n\n"
      "发展山地特色产业，最怕的是一窝蜂，今天种这个、明天种那个，到头来一样也没做成。\n\n"
      "收二十余万元，村民采摘的鲜叶也不愁卖。\n");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[1].head.kicker, "短评");
  EXPECT_EQ(a[1].head.headline, "山地产业要有耐心");
}

// A letter's last line asks a question (…什么时候能修好？) and the reader's signature follows:
// read as a head with its byline, it would title an item with no text before the next one
// opens, so it is the letter's last line and the signature closes the letter. Likewise a
// reader's question named by its asker (读者王女士（…）问：…) is the item's text, no 副题.
TEST(Decode, ALettersQuestioningLastLineIsNoHeadOverItsSignature) {
  auto a = page(
      "公交站台何时能修好\n\n"
      "我家住在栖霞区枫林苑小区。小区南门外的公交站台去年冬天被拆除，至今没有恢复。\n\n"
      "小区里住着不少老人，每天都要在路边等车，刮风下雨十分不便。\n\n"
      "希望有关部门能给个准信：站台什么时候能修好？\n\n"
      "江苏南京 读者 吴立群\n\n"
      "记者回访\n"
      "站台改造本月底完工\n\n"
      "本报记者 孙 悦\n\n"
      "6月14日，记者来到枫林苑小区南门，施工围挡内工人正在安装站台顶棚。\n\n\n"
      "热线问答\n\n"
      "灵活就业人员能缴住房公积金吗？\n\n"
      "读者王女士（山东济南）问：我在网上开了一家小店，能不能自己缴住房公积金？\n"
      "答：年满16周岁的灵活就业人员，可以按规定自愿缴存住房公积金。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].head.headline, "公交站台何时能修好");
  EXPECT_EQ(body(a[0], 2), "希望有关部门能给个准信：站台什么时候能修好？");
  EXPECT_EQ(byline_of(a[0]), "江苏南京 读者 吴立群");
  EXPECT_EQ(a[1].head.headline, "站台改造本月底完工");
  EXPECT_EQ(a[2].head.headline, "灵活就业人员能缴住房公积金吗？");
  EXPECT_EQ(a[2].head.subheadline, "");
  EXPECT_EQ(body(a[2], 0),
            "读者王女士（山东济南）问：我在网上开了一家小店，能不能自己缴住房公积金？");
}

// A supplement page of the corpus (blind22's s174, written for the project, from a PDF copy):
// in its verse column the second poem's title and its poet under a bullet (◎ 苏 禾) stand
// inside the run of short lines and open an item of their own; the painting's maker, set off
// by a space (王一川 作), credits its item; the page's notice at the foot, cut at a comma, is
// the page's in both its lines.
TEST(Decode, ASupplementsPoemsPaintingAndNotice) {
  std::ifstream in(std::string(WZ_SOURCE_DIR) + "/tests/data/pages/blind22/s174-fukan-pdf.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  auto a = page(ss.str());
  std::vector<std::string> heads;
  for (const auto& art : a) heads.push_back(art.head.headline);
  auto at = std::find(heads.begin(), heads.end(), "在河边");
  ASSERT_NE(at, heads.end());
  EXPECT_NE(byline_of(a[at - heads.begin()]).find("苏"), std::string::npos);
  auto painting = std::find(heads.begin(), heads.end(), "秋山图（国画）");
  ASSERT_NE(painting, heads.end());
  EXPECT_EQ(a[painting - heads.begin()].kind, "photo");
  for (const auto& art : a)
    for (const auto& b : art.blocks)
      EXPECT_EQ(wz::model::plain_text(b.text).find("三个月内"), std::string::npos);
}
