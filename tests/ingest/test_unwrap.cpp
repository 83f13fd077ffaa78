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
