// ingest/unwrap: column-wrapped pages (a PDF extractor's one line per printed line) are
// joined back into paragraphs; pages of paragraph lines pass through unchanged.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/ingest.h"
#include "ingest/lines.h"
#include "ingest/unwrap.h"
#include "util.h"

using namespace wz::ingest;
namespace fs = std::filesystem;

namespace {

// A page of our own as pdftotext gives a two-column news page: 13-character column lines,
// paragraphs set in by two ideographic spaces, a headline exactly as wide as the column,
// a byline line, no blank lines.
const char* kWrappedPage =
    "社区食堂飘出家的味道啊\n"  // 11 characters: a headline narrower than the column
    "本报记者 柯若兰\n"
    "\u3000\u3000上午11点刚过，芦湾区长\n"
    "乐社区食堂里已经坐了不少人。\n"
    "红烧鱼块、西红柿炒蛋、清炒\n"
    "菠菜，一荤两素一汤，老年人\n"
    "凭卡就餐只需12元。\n"
    "\u3000\u3000“饭菜软烂、口味清淡。”\n"
    "82岁的独居老人庄秀琴几乎每\n"
    "天都来，她说在这里还能和老\n"
    "姐妹们聊聊天，一点也不闷。\n"
    "青禾地铁五号线洞通\n"  // a headline under a paragraph whose last line is full
    "\u3000\u3000本报讯（记者 黎晓）3\n"
    "月26日上午，随着盾构机从梧\n"
    "桐路站顺利破土而出，青禾地\n"
    "铁5号线全线实现洞通，标志\n"
    "着该线路土建工程进入收尾阶\n"
    "段。\n"
    "江滨公园樱花进入盛花期啦啊\n"  // a headline exactly as wide as the column
    "\u3000\u3000本报讯　鹭湖公园的樱花开\n"
    "了。\n";

std::vector<SourceLine> lines_of(const std::string& text) {
  return read_lines(text, "p.txt");
}

// Whether some unwrapped line is exactly `t` (a line left alone, nothing run on).
bool alone(const Unwrapped& u, const std::string& t) {
  for (const auto& l : u.lines)
    if (l.text == t) return true;
  return false;
}

// Whether some unwrapped line holds `t` (a seam joined across).
bool holds(const Unwrapped& u, const std::string& t) {
  for (const auto& l : u.lines)
    if (l.text.find(t) != std::string::npos) return true;
  return false;
}

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST(Unwrap, HalfEmWidthCountsHanAsTwoAndAsciiAsOne) {
  EXPECT_EQ(half_em_width("本报12"), 6);
  EXPECT_EQ(half_em_width("“洞通”，"), 10);
  EXPECT_EQ(half_em_width(""), 0);
}

TEST(Unwrap, IndentIsMeasuredInHalfEms) {
  auto l = lines_of("\u3000\u3000正文。\n  abc\n\t正文\n正文\n");
  ASSERT_EQ(l.size(), 4u);
  EXPECT_EQ(l[0].indent, 4);
  EXPECT_EQ(l[1].indent, 2);
  EXPECT_EQ(l[2].indent, 2);
  EXPECT_EQ(l[3].indent, 0);
}

TEST(Unwrap, FindsTheColumnWidthOfAWrappedPage) {
  EXPECT_EQ(column_width(lines_of(kWrappedPage)), 26);
}

TEST(Unwrap, JoinsFullLinesAndLeavesHeadsAlone) {
  Unwrapped u = unwrap_columns(lines_of(kWrappedPage));
  EXPECT_EQ(u.width, 26);
  ASSERT_EQ(u.lines.size(), 8u);
  EXPECT_EQ(u.lines[0].text, "社区食堂飘出家的味道啊");
  EXPECT_EQ(u.lines[1].text, "本报记者 柯若兰");
  EXPECT_EQ(u.lines[2].text,
            "上午11点刚过，芦湾区长乐社区食堂里已经坐了不少人。红烧鱼块、西红柿炒蛋、清炒菠菜，"
            "一荤两素一汤，老年人凭卡就餐只需12元。");
  EXPECT_EQ(u.lines[2].line, 3);
  EXPECT_EQ(u.lines[2].span, 5);
  // A short line with no sentence end under a paragraph's full last line that ends its
  // sentence: a head, not the paragraph's last line.
  EXPECT_EQ(u.lines[4].text, "青禾地铁五号线洞通");
  EXPECT_EQ(u.lines[5].span, 6);
  // A headline as wide as the column starts its block unindented on a page that sets its
  // paragraphs in: nothing runs on from it.
  EXPECT_EQ(u.lines[6].text, "江滨公园樱花进入盛花期啦啊");
  EXPECT_EQ(u.lines[6].span, 1);
  EXPECT_EQ(u.joined, 4 + 3 + 5 + 1);
}

TEST(Unwrap, LatinWordsKeepTheSpaceOfTheLineBreak) {
  std::string page;
  for (int i = 0; i < 10; ++i) page += "\u3000\u3000段落开头的文字写满一行\nWuhan Iron\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  EXPECT_EQ(u.lines[0].text, "段落开头的文字写满一行Wuhan Iron");
}

TEST(Unwrap, WrappedPageSegmentsIntoItsArticles) {
  auto arts = test::page(kWrappedPage);
  ASSERT_EQ(arts.size(), 3u);
  EXPECT_EQ(arts[0].head.headline, "社区食堂飘出家的味道啊");
  ASSERT_FALSE(arts[0].blocks.empty());
  EXPECT_EQ(arts[0].blocks[0].kind, wz::model::BlockKind::Byline);
  EXPECT_EQ(test::body(arts[0], 1),
            "“饭菜软烂、口味清淡。”82岁的独居老人庄秀琴几乎每天都来，她说在这里还能和老姐妹们聊聊天"
            "，一点也不闷。");
  EXPECT_EQ(arts[1].head.headline, "青禾地铁五号线洞通");
  EXPECT_EQ(arts[2].head.headline, "江滨公园樱花进入盛花期啦啊");
}

TEST(Unwrap, WrappedPageReportOwnsEveryFileLine) {
  PageReport r = read_page_report(kWrappedPage, "p.txt", {});
  for (size_t i = 0; i < r.raw_lines.size(); ++i)
    if (!r.raw_lines[i].empty()) EXPECT_GE(r.line_owner[i], 0) << "line " << i + 1;
  ASSERT_FALSE(r.doubts.empty());
  EXPECT_NE(r.doubts[0].message.find("column lines about 13 characters"), std::string::npos);
}

// Pages of paragraph lines (the seeds' form, every page of the corpus) are never taken for
// column-wrapped ones.
TEST(Unwrap, NoCorpusPageIsTakenForAWrappedOne) {
  int pages = 0;
  for (const char* dir : {"dev", "sealed", "blind"}) {
    fs::path d = fs::path(WZ_SOURCE_DIR) / "tests/data/pages" / dir;
    for (const auto& e : fs::directory_iterator(d)) {
      if (e.path().extension() != ".txt") continue;
      ++pages;
      EXPECT_EQ(column_width(lines_of(read_text(e.path()))), 0) << e.path();
    }
  }
  EXPECT_GE(pages, 24);
}

// A brief roundup copied from a PDF with no indents: a brief's title exactly as wide as
// the column, over a line that opens a story (据《…》报道, a dateline), stays a line of its
// own; joined, the title would be read into the lead's text.
TEST(Unwrap, AFullWidthTitleOverAStoryOpeningStaysApart) {
  std::string page =
      "大型灭火无人机完成高原试飞\n"
      "新华社西宁3月13日电（记者 李航）\n"
      "我国自主研制的一款大型灭火无人机13\n"
      "日在海拔3200米的机场起飞，空中飞\n"
      "行40分钟，完成了爬升、盘旋、模拟投\n"
      "水等科目，各系统工作正常。\n"
      "睡前刷手机半小时 深睡时长少18分钟\n"
      "据《中国科学报》报道，北京一所高校的\n"
      "研究团队对1200名大学生开展了为期\n"
      "三个月的跟踪监测，发现睡前使用手机超\n"
      "过半小时的人，深睡时长平均减少18分\n"
      "钟。\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  bool title_alone = false;
  for (const auto& l : u.lines) title_alone |= l.text == "睡前刷手机半小时 深睡时长少18分钟";
  EXPECT_TRUE(title_alone);
}

// A PDF page sets its items in columns of different widths: here a story in 22-character
// lines, then a box in 17. Each is unwrapped against its own column; a kicker ending in a
// dash keeps its 主题 under it, and a byline line under a head as wide as the column
// stays a line of its own. A line with digits counted by characters is full too.
TEST(Unwrap, EachItemIsUnwrappedAgainstItsOwnColumn) {
  std::string page =
      "连续三年拖欠加班费被诉，法院判决——\n"
      "企业须补足职工加班工资及赔偿金共三万元\n"
      "本报讯（记者 程思远）因公司长期安排加\n"
      "班却不足额支付加班费，在某物流企业担任仓\n"
      "库管理员的赵某将公司诉至法院。日前，浙江\n"
      "省宁波市江北区人民法院审结此案，判决公司\n"
      "补发加班工资并支付赔偿金共计三万余元。\n"
      "赵某于2020年5月入职，岗位实行综合计\n"
      "算工时制。公司考勤记录显示，赵某每月实际\n"
      "工作时间均超出标准工时四十小时以上，而工\n"
      "资条上的加班费一栏长期为零，公司称已包含\n"
      "在岗位津贴之中，但未能提供任何约定依据。\n"
      "职工维权小贴士：加班费怎么算\n"
      "本报记者 方 可\n"
      "【要点】2024年起，工作日延长工\n"
      "作时间的，用人单位应支付不低于工资\n"
      "百分之一百五十的工资报酬；休息日安\n"
      "排工作又不能安排补休的，支付不低于\n"
      "百分之二百的工资报酬；法定休假日安\n"
      "排工作的，支付不低于百分之三百的工\n"
      "资报酬。职工可保存考勤截图、工作群\n"
      "聊天记录等证据，发生争议时及时申请\n"
      "劳动仲裁，维护自身合法权益不受侵害。\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  EXPECT_TRUE(alone(u, "连续三年拖欠加班费被诉，法院判决——"));
  EXPECT_TRUE(alone(u, "企业须补足职工加班工资及赔偿金共三万元"));
  EXPECT_TRUE(alone(u, "本报记者 方 可"));
  // The box's text is one paragraph, run on from its first line (digits and all).
  bool box_joined = false;
  for (const auto& l : u.lines)
    box_joined |=
        l.text.rfind("【要点】", 0) == 0 && l.text.find("不受侵害。") != std::string::npos;
  EXPECT_TRUE(box_joined);
}

// A page mixing copies: a commentary set in by ideographic spaces, one paragraph a line
// (from the web), then a letter wrapped at the column (from the PDF). Fewer than half the
// page's lines share the column's width, yet the letter is unwrapped; the indents of the
// commentary above, across a blank line, do not stop its lines running on.
TEST(Unwrap, AMixedPageUnwrapsItsWrappedItemOnly) {
  std::string page =
      "5\n评论\n"  // a folio and the page's name: short lines, where no column is
      "别让排队成了常态\n\n"
      "\u3000\u3000周末带孩子去医院，挂号排队、缴费排队、取药排队，一上午就这样过去了。不少家长都有"
      "类似的经历，这背后是流程设计没有站在患者一边。\n"
      "\u3000\u3000其实，很多环节完全可以在手机上完成，关键在于医院愿不愿意多走一步，把方便留给患者"
      "，把麻烦留给自己。\n"
      "\u3000\u3000便民不是一句口号，而是一个个细节。每减少一次排队，都是实实在在的进步，群众也会看"
      "在眼里。\n"
      "\u3000\u3000希望更多医院在这些细节上下功夫，让看病少一些等待，多一些从容与体面。\n\n"
      "小区门口的路灯何时能修好\n"
      "我家住在澄川市青禾区一个老小区，小区门口那段\n"
      "路上的三盏路灯已经坏了两个多月。晚上下班回家\n"
      "路过那里黑漆漆的，老人和孩子走路都提心吊胆，\n"
      "前几天还有一位邻居在那里摔了一跤，扭伤了脚。\n"
      "我们多次向物业反映，物业说路灯归市政管，打了\n"
      "市政热线又说要先核实产权，事情就这样拖着。希\n"
      "望有关部门尽快协调，早日让这段路重新亮起来。路\n"
      "灯虽小，却关系着居民的出行安全，一盏灯照亮\n"
      "的是回家的路，也是群众对城市管理的一份期待。\n"
      "澄川青禾 读者 蒋明远\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  ASSERT_GE(u.lines.size(), 2u);
  EXPECT_EQ(u.lines[0].text, "5");
  bool letter_joined = false;
  for (const auto& l : u.lines)
    letter_joined |= l.text.rfind("我家住在", 0) == 0 && l.text.ends_with("一份期待。");
  EXPECT_TRUE(letter_joined);
  for (const auto& l : u.lines)  // the web paragraphs stay one a line
    EXPECT_FALSE(l.text.find("口号") != std::string::npos &&
                 l.text.find("希望更多") != std::string::npos);
}

// A county page of our own as a PDF extractor gives it: a lead wrapped at 20 characters
// under a 副题 set wider than the column and cut inside a word (开|放), a kicker and its 主题
// with no mark over a dateline, and a column of briefs at 16 characters with no blank line
// at all: a title as wide as the column, briefs signed in brackets at their end.
const char* kCountyPage =
    "全市秋粮收购进度过半\n"
    "——已收购稻谷12.6万吨，一百余个收购点延长开\n"
    "放时间至晚八时\n"
    "本报讯（记者 程思远）连日来，全市各收购\n"
    "点迎来售粮高峰，运粮车辆在收购点外排起长\n"
    "队。记者从市发展改革委获悉，截至10月2\n"
    "0日，全市已收购稻谷12.6万吨，收购进\n"
    "度过半，收购价格保持稳定。为方便农民就近\n"
    "售粮，全市一百余个收购点延长开放时间，实\n"
    "行预约售粮，农民通过手机就能查询各收购点\n"
    "的排队情况。市粮食和物资储备局负责人表\n"
    "示，将加强粮食质量检测和价格监测，确保农\n"
    "民种粮得实惠、售粮不犯难。\n"
    "市委书记在全市秋粮收购工作会议上强调\n"
    "守好种粮农民的钱袋子\n"
    "本报讯（记者 陶然）10月21日，全市秋\n"
    "粮收购工作会议召开。会议要求，各地要守好\n"
    "种粮农民的钱袋子，做到应收尽收、优质优价。\n"
    "\n"
    "简讯\n"
    "城西街道为独居老人安装烟感报警器\n"
    "近日，城西街道为辖区86户独居老\n"
    "人免费安装烟感报警器，并逐户讲解\n"
    "使用方法。（程晓）\n"
    "市图书馆开设周末亲子阅读课堂\n"
    "即日起，市图书馆每周六上午开设亲\n"
    "子阅读课堂，市民可通过图书馆公众\n"
    "号预约报名，每场限二十组家庭。\n"
    "南湖公园冬季开放时间调整到晚九点\n"
    "11月1日起，南湖公园开放时间调\n"
    "整为6:00至21:00，请市民\n"
    "合理安排出行。（记者 周宁）\n";

static const SourceLine* unit_at(const Unwrapped& u, int line) {
  for (const auto& l : u.lines)
    if (l.line == line) return &l;
  return nullptr;
}

TEST(Unwrap, AWideDeckRunsOnWhereAWordSpansTheSeam) {
  Unwrapped u = unwrap_columns(lines_of(kCountyPage));
  ASSERT_GT(u.width, 0);
  const SourceLine* deck = unit_at(u, 2);
  ASSERT_NE(deck, nullptr);
  EXPECT_EQ(deck->span, 2);            // 延长开|放时间: the seam is inside 开放
  EXPECT_EQ(unit_at(u, 4)->span, 10);  // the lead is one paragraph
}

TEST(Unwrap, AKickerAndItsHeadOverADatelineStayApart) {
  Unwrapped u = unwrap_columns(lines_of(kCountyPage));
  ASSERT_NE(unit_at(u, 14), nullptr);
  EXPECT_EQ(unit_at(u, 14)->span, 1);
  ASSERT_NE(unit_at(u, 15), nullptr);
  EXPECT_EQ(unit_at(u, 15)->text, "守好种粮农民的钱袋子");
}

TEST(Unwrap, BriefTitlesInAColumnWithoutBlankLinesStayApart) {
  Unwrapped u = unwrap_columns(lines_of(kCountyPage));
  // The title as wide as the column (16 characters) under the label...
  ASSERT_NE(unit_at(u, 21), nullptr);
  EXPECT_EQ(unit_at(u, 21)->text, "城西街道为独居老人安装烟感报警器");
  EXPECT_EQ(unit_at(u, 22)->span, 3);
  // ...a title under a brief signed at its end (…方法。（程晓）), and its text...
  ASSERT_NE(unit_at(u, 25), nullptr);
  EXPECT_EQ(unit_at(u, 25)->span, 1);
  EXPECT_EQ(unit_at(u, 26)->span, 3);
  // ...and a full-width title over text after a finished brief.
  ASSERT_NE(unit_at(u, 29), nullptr);
  EXPECT_EQ(unit_at(u, 29)->span, 1);
  // A line that ends on a comma runs on though it is short (整为6:00至21:00，请市民).
  EXPECT_EQ(unit_at(u, 30)->span, 3);
}

// An editor's note copied at its own measure (24 characters) over a story wrapped at 18:
// three lines of one width make the block's column, and the note is one paragraph.
TEST(Unwrap, ABlockAtItsOwnMeasureRunsOn) {
  std::string page =
      "编者按：在城市的地下，一群技术工人日夜守护着地铁\n"
      "隧道的安全。本期起，本版推出系列报道，讲述他们的\n"
      "奋斗与坚守，敬请关注。这些平凡的身影值得被看见。\n"
      "系列报道第一篇。\n"
      "\n"
      "隧道里的守夜人\n"
      "凌晨一点，末班车驶过之后，巡检工\n"
      "李建军和同事们背着工具包走进隧道。\n"
      "他们要在三个小时里检查完六公里长\n"
      "的轨道、供电设备和排水设施，每一\n"
      "颗螺栓都要用扳手敲一敲，听一听声\n"
      "音。干了十五年巡检，李建军说自己\n"
      "闭着眼睛都能认出每一段隧道的样子。\n"
      "天亮之前，他们要把检查记录全部录\n"
      "入系统，确保首班车准时安全发车。\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  ASSERT_NE(unit_at(u, 1), nullptr);
  EXPECT_EQ(unit_at(u, 1)->span, 4);
  EXPECT_EQ(unit_at(u, 6)->span, 1);
}

// A sidebar interview from a PDF copy: the head is not run into the first question, and
// each 问：/答： opens a paragraph of its own.
TEST(Unwrap, QuestionsAndAnswersOpenTheirOwnParagraphs) {
  std::string page =
      "“机器再聪明，也得有人懂它”\n"  // as wide as the column (13 characters of 14)
      "问：现在巡检越来越智能，人的\n"
      "作用还大吗？\n"
      "答：智能化让很多操作变简单了，\n"
      "但隧道里的情况千变万化，判\n"
      "断和决策还得靠人，机器再聪明\n"
      "也得有人懂它。\n"
      "问：干这一行最难的是什么？\n"  // a full line: the answer would run on
      "答：最难的是耐得住寂寞。每天\n"
      "凌晨进隧道，天亮才出来，一年\n"
      "到头见不着几回太阳，可我觉得\n"
      "值得，乘客安全就是我的收获。\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  ASSERT_NE(unit_at(u, 1), nullptr);
  EXPECT_EQ(unit_at(u, 1)->span, 1);
  ASSERT_NE(unit_at(u, 2), nullptr);
  EXPECT_EQ(unit_at(u, 2)->span, 2);
  ASSERT_NE(unit_at(u, 8), nullptr);
  EXPECT_EQ(unit_at(u, 8)->span, 1);
  ASSERT_NE(unit_at(u, 9), nullptr);
  EXPECT_EQ(unit_at(u, 9)->span, 4);
}

// A page that mixes copy forms (a fragment wrapped at 24 characters, a web-copied story,
// an essay wrapped at 22, notices at 16) shares no width across the page, yet each wrapped
// item runs on where its lines are full against their neighbours' width.
TEST(Unwrap, MixedCopyFormsJoinWhereTheirLinesStand) {
  std::string page =
      "（上接第5版）\n"
      "志愿者们把捐来的图书分门别类登记上架，又在书架旁\n"
      "摆上几张旧课桌，村里的孩子放学后就来这里写作业、\n"
      "看绘本。村党支部书记说，书屋开门不到半年，借阅量\n"
      "已经超过两千册次。\n"
      "如今，这样的乡村书屋在全市已有一百二十家。市文明\n"
      "办表示，下一步将推动书屋与学校、文化站联动，让阅\n"
      "读真正走进乡村的日常生活。\n"
      "\n"
      "城市书房今年再添三十家\n"
      "本报讯（记者 "
      "罗晓）记者从全民阅读季启动仪式上获悉，今年我市将新增二十四小时城市书房三十家，实现街道全覆盖"
      "。\n"
      "阅读季期间，全市各级图书馆、书店和城市书房将举办读书分享会、名家讲座、亲子共读等活动八百余场"
      "。\n"
      "\n"
      "父亲的书柜\n"
      "老家堂屋的东墙边，立着一个掉了漆的书柜。\n"
      "那是父亲年轻时亲手打的，柜门上的玻璃裂过\n"
      "一次，他用透明胶细细粘好。\n"
      "书柜里多是些旧书：农业技术手册、几本翻烂\n"
      "了的小说，还有我和弟弟上学时的课本。父亲\n"
      "舍不得扔，说留着总有用。小时候我常趁他下\n"
      "地干活，偷偷搬个板凳去够最上层的书。\n"
      "\n"
      "作者是一名从事田野考古二十余年的\n"
      "研究员。书中以亲历的十余处发掘现\n"
      "场为线索，讲述陶片、铜器背后的古\n"
      "人生活，文字通俗，配有大量现场照\n"
      "片。\n";
  std::vector<SourceLine> lines = lines_of(page);
  ASSERT_EQ(column_width(lines), 0);  // no one width holds the page
  Unwrapped u = unwrap_columns(lines);
  ASSERT_GT(u.width, 0);
  ASSERT_NE(unit_at(u, 2), nullptr);
  EXPECT_EQ(unit_at(u, 2)->span, 4);   // the fragment's first paragraph
  EXPECT_EQ(unit_at(u, 15)->span, 3);  // the essay's first paragraph
  EXPECT_EQ(unit_at(u, 18)->span, 4);  // ...and its second
  EXPECT_EQ(unit_at(u, 10)->span, 1);  // a head stays a head
}

// A brief's title as wide as the column over text whose first line holds no mark: the
// text echoes the title's words (蓝海物流…开设“职工夜校”), so the title stands apart.
TEST(Unwrap, ATitleEchoedByTheTextUnderItStandsApart) {
  std::string page =
      "工会动态\n"
      "东方纺织开展女职工健康体检\n"
      "本报讯（通讯员 陆敏）近日，东方\n"
      "纺织公司工会组织1300余名女职工\n"
      "进行健康体检，并邀请专家开展健\n"
      "康讲座。\n"
      "蓝海物流工会开设“职工夜校”\n"
      "蓝海物流公司工会近日开设“职工\n"
      "夜校”，每周二、四晚间开设计算\n"
      "机、普通话和物流管理等课程，首\n"
      "期已有86名职工报名。\n"
      "港城集团为户外职工送清凉\n"
      "入夏以来，港城集团工会走访12个\n"
      "在建项目，为一线职工送去防暑药\n"
      "品和清凉用品，并督促调整作业时\n"
      "间。\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  ASSERT_NE(unit_at(u, 7), nullptr);
  EXPECT_EQ(unit_at(u, 7)->span, 1);
  ASSERT_NE(unit_at(u, 8), nullptr);
  EXPECT_EQ(unit_at(u, 8)->span, 4);
}

// A byline line as wide as the column (文/小记者 … 图/本报记者 …) is whole: the text set
// under it starts a paragraph instead of running on from it.
TEST(Unwrap, NothingRunsOnFromAByline) {
  std::string page =
      "走进气象站 探秘天气预报\n"
      "文/小记者 林可 张浩 图/本报记者 赵雯\n"
      "天气预报是怎么做出来的？上周六，本报\n"
      "12名小记者走进市气象局，开启了一场奇\n"
      "妙的追云之旅。在观测场上，一个白色的\n"
      "小木箱引起了大家的好奇。气象局的王叔\n"
      "叔介绍，这叫百叶箱，里面放着温度计和\n"
      "湿度计，百叶的设计既能通风，又能挡住\n"
      "阳光直射，这样测出的气温才准确。小记\n"
      "者们轮流踮起脚往里看，还动手记录了当\n"
      "天的气温和湿度。\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  ASSERT_NE(unit_at(u, 2), nullptr);
  EXPECT_EQ(unit_at(u, 2)->span, 1);
  ASSERT_NE(unit_at(u, 3), nullptr);
  EXPECT_EQ(unit_at(u, 3)->span, 9);
}

// A full line with no mark after a finished paragraph is no title where a word runs across
// the seam to the next line (刚满二|十六岁): the paragraph runs on.
TEST(Unwrap, AWordAcrossTheSeamKeepsAMarklessLineInItsParagraph) {
  std::string page =
      "大提琴与长江的一次对话\n"
      "\n"
      "6月12日晚，江城大剧院座无虚席。随着指\n"
      "挥棒落下，德沃夏克的大提琴协奏曲响起，\n"
      "为期一个月的江城之夏音乐季拉开帷幕。\n"
      "\n"
      "担任独奏的青年大提琴家许以宁今年刚满二\n"
      "十六岁，却有着与年龄不相称的沉稳。第二\n"
      "乐章的慢板里，她把揉弦压得很轻，琴声像\n"
      "是从很远的地方传来，带着一点思乡的凉意\n"
      "。坐在我旁边的一位老先生听得入了神。\n"
      "\n"
      "音乐会结束时，掌声持续了近五分钟。加演\n"
      "的改编曲一出，全场跟着轻轻哼唱。走出剧\n"
      "院，江风正好，这样的夏夜值得记住。\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  ASSERT_NE(unit_at(u, 7), nullptr);
  EXPECT_EQ(unit_at(u, 7)->span, 5);
}

// A careless copy interleaves two columns with no blank line: a brief wrapped at 14
// characters (by count, digits and all) stands inside a lead wrapped at 22. Its lines, too
// few against the lead's width around them, share a width of their own, and words or
// clauses run across their ends (农机|手, 称|号): the brief is one paragraph at its width.
TEST(Unwrap, ANarrowBriefInsideAWideLeadIsUnwrappedAtItsOwnWidth) {
  std::string page = test::kInterleavedBriefPage;
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  bool brief_joined = false;
  for (const auto& l : u.lines)
    brief_joined |= l.text.rfind("10月24日", 0) == 0 && l.text.ends_with("（记者 毛丹）");
  EXPECT_TRUE(brief_joined);
  for (const auto& l : u.lines)  // the lead's text after the brief stays apart from it
    EXPECT_FALSE(l.text.find("毛丹") != std::string::npos &&
                 l.text.find("为保障") != std::string::npos);
}

// Under a column's label, a brief's title as wide as the column (a name, a colon, its news)
// stands apart from the lead under it, whose first lines echo its words (江岸电缆, 前三季度,
// 净利润, 同比, 增长): nothing runs on from it, though it ends on no mark.
TEST(Unwrap, ATitleUnderAColumnLabelEchoedByItsLeadStandsApart) {
  std::string page =
      "江岸资本市场运行平稳\n"
      "本报讯（记者 韩露）今年以来，江岸市\n"
      "资本市场保持平稳运行，上市公司数量达\n"
      "到48家，总市值突破六千亿元。市金融工\n"
      "作局相关负责人表示，将继续推动优质企\n"
      "业对接多层次资本市场，支持科技型企业\n"
      "上市融资，引导上市公司提高分红水平，\n"
      "增强投资者获得感。据了解，今年前三季\n"
      "度全市新增上市公司3家，累计募集资金4\n"
      "6亿元。\n"
      "公司速递\n"
      "江岸电缆：前三季度净利润同比增长42%\n"
      "江岸电缆(600388)10月20日晚间披露三季\n"
      "报，公司前三季度实现营业收入36.5亿元\n"
      "，同比增长18.2%；归属于上市公司股东\n"
      "的净利润3.1亿元，同比增长42.3%。(记\n"
      "者 邹 平)\n"
      "江岸港务：拟每10股派1.5元\n"
      "江岸港务(601228)10月20日晚间公告，公\n"
      "司拟以每10股派发现金红利1.5元，方案\n"
      "尚需提交股东大会审议。\n";
  Unwrapped u = unwrap_columns(lines_of(page));
  ASSERT_GT(u.width, 0);
  EXPECT_TRUE(alone(u, "公司速递"));
  EXPECT_TRUE(alone(u, "江岸电缆：前三季度净利润同比增长42%"));
  EXPECT_TRUE(alone(u, "江岸港务：拟每10股派1.5元"));
}

namespace {
// Two pages of a county paper (ours) copied from their PDF one after the other: column lines
// of 20 characters, a page break (two blank lines, the next page's header and folio).
const char* kTwoPageCopy =
    "县城新添三座口袋公园\n"
    "本报讯（记者 方圆）今年以来，县住建局利用\n"
    "城区边角地块建成口袋公园三座，新增绿地一\n"
    "万二千平方米，配建健身步道和儿童乐园。截至\n"  // a sentence ends, the next is cut
    "目前，三座公园日均接待市民三千余人次，周边\n"
    "的居民们说：“家门口的花园”“健身圈”就在楼\n"  // 22 characters, four marks squeezed
    "下。县住建局表示，明年还将新建口袋公园五\n"
    "座，并改造老旧街头绿地二十处，总投资约15\n"  // a figure cut across the line end
    "00万元，让更多市民推窗见绿、出门入园。\n"
    "\n\n"
    "2024年5月6日　星期一　城建新闻　今日县城\n"  // the next page's header, as wide as a line
    "第3版\n"
    "河湖长制落实见成效\n"
    "本报讯（记者 江河）记者从县水利局获悉，今\n"
    "年全县二十六条河流水质优良比例达到百分之\n"
    "九十二，比去年同期提高四个百分点，群众满\n"
    "意度逐年上升。\n"
    "远东港口吞吐量增长\n"
    "新华社俄罗斯远东符拉迪沃斯托克港11月20\n"  // a dateline cut inside its date
    "日电（记者 孙静）俄罗斯远东地区港口今年前\n"
    "十个月货物吞吐量同比增长百分之六点八，其中\n"
    "集装箱吞吐量增长一成。\n";
}  // namespace

// A sentence opener (目前) under a line that finished a sentence and began the next (…。截至)
// goes on with it; a line over the measure by its squeezed marks is full; a figure cut at the
// line end is one number again.
TEST(Unwrap, ALineCutAfterAFullStopSqueezedMarksAndCutFiguresRunOn) {
  Unwrapped u = unwrap_columns(lines_of(kTwoPageCopy));
  ASSERT_GT(u.width, 0);
  ASSERT_GE(u.lines.size(), 3u);
  EXPECT_EQ(
      u.lines[1].text,
      "本报讯（记者 方圆）今年以来，县住建局利用城区边角地块建成口袋公园三座，新增绿地一万二千"
      "平方米，配建健身步道和儿童乐园。截至目前，三座公园日均接待市民三千余人次，周边的居民们"
      "说：“家门口的花园”“健身圈”就在楼下。县住建局表示，明年还将新建口袋公园五座，并改造老"
      "旧街头绿地二十处，总投资约1500万元，让更多市民推窗见绿、出门入园。");
  EXPECT_EQ(u.lines[1].span, 8);
}

// The next page's header and folio are the page's own lines: nothing runs on to them or from
// them, however wide the header.
TEST(Unwrap, APageHeaderAndFolioNeverRunOn) {
  Unwrapped u = unwrap_columns(lines_of(kTwoPageCopy));
  EXPECT_TRUE(alone(u, "2024年5月6日　星期一　城建新闻　今日县城"));
  EXPECT_TRUE(alone(u, "第3版"));
}

// A dateline cut inside its date under its head (…11月20 / 日电（记者 孙静）…) is no head of
// its own: the date runs on, and so does the story.
TEST(Unwrap, ADatelineCutInsideItsDateRunsOn) {
  Unwrapped u = unwrap_columns(lines_of(kTwoPageCopy));
  EXPECT_TRUE(
      alone(u,
            "新华社俄罗斯远东符拉迪沃斯托克港11月20日电（记者 孙静）俄罗斯远东地区港口今年前十"
            "个月货物吞吐量同比增长百分之六点八，其中集装箱吞吐量增长一成。"));
}

// A page of our own in PDF copy, every text line cut at 16 characters: a story whose second
// paragraph opens on a line as wide as the column with no mark, a brief whose lead's first
// line is as wide and has none, a head group whose 引题 is as wide, and a hotline's answer
// whose speaker's name is cut across a line end.
static const char* kFullLinesPage =
    "滨江光伏电站并网发电\n"
    "本报讯（记者 林海）由本市企业承\n"
    "建的滨江光伏电站昨日正式并网发电，\n"
    "预计每年可发电约四千万千瓦时，可\n"
    "满足当地两万户家庭的用电需求。\n"
    "市能源局的官员在光伏电站并网仪式\n"
    "上表示，该项目建设期间为当地创造\n"
    "了八百多个就业岗位，也让荒滩变成\n"
    "了“绿色银行”。\n"
    "市中医院三伏贴下月开贴\n"
    "今年的三伏贴贴敷将于七月中旬入伏\n"
    "当天开始，市中医院已开通预约通道\n"
    "，并在两个院区设置专门贴敷区。孕\n"
    "妇和皮肤过敏者不宜贴敷。（记者 许诺）\n"
    "从单干到合作，从凭经验到看大数据\n"
    "丘陵山区春耕跑出加速度\n"
    "全省春播已完成三成，进度快于上年\n"
    "本报记者 邓文 通讯员 钟丽\n"
    "四月的丘陵山区，油菜花刚谢，田里\n"
    "已是一片忙碌。合作社负责人说，托\n"
    "管服务让小田连成了大田，农机下田\n"
    "再也不难了。\n"
    "健康热线\n"
    "体检发现肺部小结节要紧吗？\n"
    "读者李女士问：单位体检时发现肺部\n"
    "有小结节，需要做手术吗？\n"
    "市第一人民医院胸外科副主任医师邵\n"
    "宏答：肺部小结节十分常见，其中绝\n"
    "大多数是良性的，一般不需要手术，\n"
    "建议半年到一年复查一次，观察结节\n"
    "大小和形态变化。\n";

// A line as wide as the column with no mark, after a finished sentence, repeats the story
// above (光伏, 电站, 并网) more than the text under it: it goes on with the story, no head.
TEST(Unwrap, AFullMarklessLineThatRepeatsTheStoryAboveRunsOn) {
  Unwrapped u = unwrap_columns(lines_of(kFullLinesPage));
  EXPECT_FALSE(alone(u, "市能源局的官员在光伏电站并网仪式"));
  EXPECT_TRUE(holds(u, "并网仪式上表示，"));
}

// 当天 points back at a day just named: it opens a sentence inside a story, never a story,
// so the full line over it is no 主题 under the brief's head but the lead's first line.
TEST(Unwrap, ALineOverAnAnaphoricOpenerIsNoHead) {
  Unwrapped u = unwrap_columns(lines_of(kFullLinesPage));
  EXPECT_FALSE(alone(u, "今年的三伏贴贴敷将于七月中旬入伏"));
  EXPECT_TRUE(alone(u, "市中医院三伏贴下月开贴"));
}

// Lines that reach no sentence's end before a byline line are a head group, even where
// the 引题 is as wide as the column: the 主题 under it does not run on.
TEST(Unwrap, AHeadGroupOverABylineLineStaysApart) {
  Unwrapped u = unwrap_columns(lines_of(kFullLinesPage));
  EXPECT_TRUE(alone(u, "从单干到合作，从凭经验到看大数据"));
  EXPECT_TRUE(alone(u, "丘陵山区春耕跑出加速度"));
}

// An answer's speaker cut across the line end (…副主任医师邵 / 宏答：…) is one label: the
// line above is no head.
TEST(Unwrap, ASpeakerCutAcrossTheLineEndRunsOn) {
  Unwrapped u = unwrap_columns(lines_of(kFullLinesPage));
  EXPECT_TRUE(holds(u, "副主任医师邵宏答："));
}

// A full line inside a sentence cut on both sides is text, whatever its words: the call to
// scan a code (…代表 / 扫描二维码即可在线提交建议、查询 / 办理进度。) runs on.
TEST(Unwrap, AFullLineInsideACutSentenceIsText) {
  Unwrapped u =
      unwrap_columns(lines_of("大会秘书处举行新闻发布会\n"
                              "本报讯（记者许珂）十五日下午，大会秘书\n"
                              "处举行第二场新闻发布会，介绍大会议程\n"
                              "进展和代表建议办理情况，并回答了记者\n"
                              "提问。发布会上，有关负责人表示，今年\n"
                              "大会各项议程进展顺利。\n"
                              "代表建议“码上办”\n"
                              "本报讯（记者邱月）今年大会首次推出代\n"
                              "表建议“码上办”服务，参会的各位代表\n"
                              "扫描二维码即可在线提交建议、实时查询\n"
                              "办理进度。截至十五日十二时，已有两百\n"
                              "一十四名代表已在线提交建议三百多件。\n"));
  EXPECT_TRUE(holds(u, "各位代表扫描二维码即可在线提交建议、实时查询办理进度。"));
}
