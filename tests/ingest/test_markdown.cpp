// Structured source: conventions read by md4c, writer escaping, raw -> md -> model round trip.
#include <gtest/gtest.h>

#include <filesystem>

#include "base/file.h"
#include "util.h"

using namespace wz::ingest;
using namespace wz::ingest::test;
using BK = wz::model::BlockKind;
namespace fs = std::filesystem;

TEST(Markdown, ConventionsAreRead) {
  auto a = read_structured(
      "# 暖心服务送到车间\n\n引题：某市总工会推出十项举措——\n副题：——为一线职工办实事\n"
      "类型：feature\n\n署名：本报记者 王小明\n\n> 阅读提示：工会把服务送到车间。\n\n"
      "本报讯（记者王小明）3月5日，座谈会召开。\n\n## 小标题\n\n正文**加粗**和*强调*。\n\n"
      "图注：职工在比赛。\n\n摄影：本报记者 李华 摄\n\n#\n\n没有标题的短文。\n",
      "s.md");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "暖心服务送到车间");
  EXPECT_EQ(a[0].head.kicker, "某市总工会推出十项举措——");
  EXPECT_EQ(a[0].head.subheadline, "——为一线职工办实事");
  EXPECT_EQ(a[0].kind, "feature");
  EXPECT_EQ(kinds(a[0]),
            (std::vector<BK>{BK::Byline, BK::ReadingTip, BK::Paragraph, BK::SectionHead,
                             BK::Paragraph, BK::Caption, BK::Credit}));
  EXPECT_EQ(plain_text(a[0].blocks[1].text), "工会把服务送到车间。");
  // With a separate byline, the paragraph's 本报讯（…） is still found (full form).
  EXPECT_EQ(a[0].blocks[2].text[0].style, wz::model::Span::Style::Byline);
  EXPECT_EQ(a[0].blocks[4].text[1].style, wz::model::Span::Style::Strong);
  EXPECT_EQ(a[0].blocks[4].text[3].style, wz::model::Span::Style::Emphasis);
  EXPECT_EQ(a[0].blocks[3].pos.line, 13);
  EXPECT_EQ(a[1].head.headline, "");
  EXPECT_EQ(body(a[1], 0), "没有标题的短文。");
}

TEST(Markdown, SoftWrappedChineseLinesJoinWithoutSpace) {
  auto a = read_structured("# 标题\n\n第一行\n第二行。\nEnglish\nwords\n", "s.md");
  EXPECT_EQ(body(a[0], 0), "第一行第二行。English words");
}

// An editor's .md with ASCII punctuation and stray spaces: normalised as a raw page is,
// each block by its kind (display lines and bylines keep their deliberate spaces).
const char* const kAsciiSource =
    "# 淮北是我家 就地过大年\n\n"
    "引题:\"新\"春走基层...\n\n"
    "署名: 本报记者 张婧 杨明清\n\n"
    "本报讯(记者 张婧 杨明清)\"太好了!\"他说。这是真的吗?\n\n"
    "## 提供\"保姆式\"服务 , 暖心\n\n"
    "第二段, 有 ASCII 标点...还有\"**加粗**\",然后 结束!\n\n"
    "图注:职工在比赛 (左一)。\n\n"
    "摄影:本报记者  李华 摄\n";

TEST(Markdown, AsciiPunctuationIsNormalised) {
  auto a = read_structured(kAsciiSource, "s.md");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "淮北是我家 就地过大年");
  EXPECT_EQ(a[0].head.kicker, "“新”春走基层……");
  ASSERT_EQ(kinds(a[0]), (std::vector<BK>{BK::Byline, BK::Paragraph, BK::SectionHead, BK::Paragraph,
                                          BK::Caption, BK::Credit}));
  EXPECT_EQ(plain_text(a[0].blocks[0].text), "本报记者 张婧 杨明清");
  const auto& first = a[0].blocks[1].text;
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].text, "本报讯（记者 张婧 杨明清）");
  EXPECT_EQ(first[0].style, wz::model::Span::Style::Byline);
  EXPECT_EQ(first[1].text, "“太好了！”他说。这是真的吗？");
  EXPECT_EQ(plain_text(a[0].blocks[2].text), "提供“保姆式”服务，暖心");
  // Spans are normalised as one text: the quotes pair across the bold span.
  const auto& second = a[0].blocks[3].text;
  ASSERT_EQ(second.size(), 3u);
  EXPECT_EQ(second[0].text, "第二段，有ASCII标点……还有“");
  EXPECT_EQ(second[1].text, "加粗");
  EXPECT_EQ(second[1].style, wz::model::Span::Style::Strong);
  EXPECT_EQ(second[2].text, "”，然后结束！");
  EXPECT_EQ(plain_text(a[0].blocks[4].text), "职工在比赛（左一）。");
  EXPECT_EQ(plain_text(a[0].blocks[5].text), "本报记者 李华 摄");
}

TEST(Markdown, PunctuationNormalisationCanBeSwitchedOff) {
  Options off;
  off.normalize_punctuation = false;
  auto a = read_structured(kAsciiSource, "s.md", off);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.kicker, "\"新\"春走基层...");
  EXPECT_EQ(a[0].blocks[1].text[0].text, "本报讯(记者 张婧 杨明清)");
  EXPECT_EQ(a[0].blocks[1].text[1].text, "\"太好了!\"他说。这是真的吗?");
  // Spaces are still judged by block kind.
  EXPECT_EQ(plain_text(a[0].blocks[3].text), "第二段,有ASCII标点...还有\"加粗\",然后结束!");
}

TEST(Markdown, CleanTextReadsBackUnchanged) {
  auto a = read_structured(kAsciiSource, "s.md");
  expect_same(a, read_structured(write_structured(a), "r.md"));
}

TEST(Markdown, MarkupCharactersInTextSurvive) {
  std::vector<wz::model::Article> arts(1);
  arts[0].head.headline = "标题#1";
  arts[0].blocks.push_back(
      {BK::Paragraph, {{"1. *星号* _下划线_ [方括号] <尖括号> & \\ `反引号`"}}, {}});
  // (Text as ingest leaves it: the reader normalises, and a space between "-" and Han
  // would be residue.)
  arts[0].blocks.push_back({BK::Paragraph, {{"- not a list"}}, {}});
  auto back = read_structured(write_structured(arts), "r.md");
  expect_same(arts, back);
}

TEST(Markdown, InvalidUtf8AndEmptySource) {
  EXPECT_THROW(read_structured("# \xFF\n", "x.md"), wz::Error);
  EXPECT_THROW(read_structured("\n\n", "x.md"), wz::Error);
}

TEST(Markdown, JsonEscapingAndShape) {
  std::vector<wz::model::Article> arts(1);
  arts[0].head.headline = "引号\"与\\反斜杠\n换行\x01";
  arts[0].blocks.push_back(
      {BK::Paragraph, {{"本报讯（记者甲）", wz::model::Span::Style::Byline}, {"正文。"}}, {}});
  std::string j = write_segment_json(arts);
  EXPECT_NE(j.find(R"("headline": "引号\"与\\反斜杠\n换行\u0001")"), std::string::npos) << j;
  EXPECT_NE(j.find(R"("byline": "本报讯（记者甲）")"), std::string::npos);
  EXPECT_NE(j.find(R"("paragraphs": ["本报讯（记者甲）正文。"])"), std::string::npos);
  EXPECT_NE(j.find(R"("kicker": null)"), std::string::npos);
}

// Every raw page we have (samples, and the seeds when ../shared is present) survives
// raw -> structured -> model unchanged.
TEST(Markdown, RoundTripOfRawPages) {
  std::vector<fs::path> pages;
  for (auto dir :
       {fs::path(WZ_SOURCE_DIR) / "samples/pages", fs::path(WZ_SOURCE_DIR) / "tests/data/pages/dev",
        fs::path(WZ_SOURCE_DIR) / "tests/data/pages/blind3",
        fs::path(WZ_SOURCE_DIR) / "tests/data/pages/blind4",
        fs::path(WZ_SOURCE_DIR) / "tests/data/pages/blind5", fs::path(WZ_SHARED_DIR) / "seeds"}) {
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") pages.push_back(e.path());
  }
  if (pages.empty()) GTEST_SKIP() << "no raw pages (samples/pages, ../shared/seeds) found";
  for (const auto& p : pages) {
    SCOPED_TRACE(p.string());
    auto raw = read_source(p.string(), {});
    auto md = write_structured(raw);
    expect_same(raw, read_structured(md, p.string() + ".md"));
  }
}

// <br> breaks a head where the editor wants it (model::kLineBreak); in body text it is a
// line break like a soft one, and it never prints literally.
TEST(Markdown, BrBreaksAHeadAndJoinsBodyText) {
  auto a = read_structured(
      "# 北湖区工会干部<br>走进企业“大走访”\n\n引题：连日来<br/>深入辖区\n\n"
      "连日来，北湖区总工会<br>组织机关干部分成6个小组。\n",
      "t.md", {});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "北湖区工会干部\u2028走进企业“大走访”");
  EXPECT_EQ(a[0].head.kicker, "连日来\u2028深入辖区");
  EXPECT_EQ(wz::model::one_line(a[0].head.headline), "北湖区工会干部走进企业“大走访”");
  EXPECT_EQ(body(a[0], 0), "连日来，北湖区总工会组织机关干部分成6个小组。");
  auto md = write_structured(a);  // the break is written back as <br>
  EXPECT_NE(md.find("# 北湖区工会干部<br>走进企业“大走访”\n"), std::string::npos) << md;
  expect_same(a, read_structured(md, "t2.md", {}));
}

// A structured source over 8 MB is refused, naming the file and the limit (issue 14).
TEST(Markdown, HugeSourceIsRefusedWithTheLimit) {
  std::string big = "# 标题\n\n";
  while (big.size() <= (size_t{8} << 20)) big += std::string(1000, 'a') + "\n\n";
  try {
    read_structured(big, "big.md", {});
    FAIL() << "no error";
  } catch (const wz::Error& e) {
    EXPECT_EQ(e.pos().file, "big.md");
    EXPECT_NE(std::string(e.what()).find("8 MB"), std::string::npos) << e.what();
  }
}

// <span lang="…"> marks text in another language: the span carries it (model::Span::lang),
// the tags are no text, and the writer writes them back. A malformed tag stays text.
TEST(Markdown, LangSpanCarriesTheLanguage) {
  auto a = read_structured(
      "# 银杏\n\n银杏（<span lang=\"la\">Ginkgo biloba</span>）是孑遗植物，"
      "英文称<span lang='en'>living fossil</span>。\n\n另一段<span lang=x>z</span>。\n",
      "t.md", {});
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(a[0].blocks.size(), 2u);
  const auto& s = a[0].blocks[0].text;
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s[0].text, "银杏（");
  EXPECT_EQ(s[0].lang, "");
  EXPECT_EQ(s[1].text, "Ginkgo biloba");
  EXPECT_EQ(s[1].lang, "la");
  EXPECT_EQ(s[3].text, "living fossil");
  EXPECT_EQ(s[3].lang, "en");
  EXPECT_EQ(body(a[0], 0), "银杏（Ginkgo biloba）是孑遗植物，英文称living fossil。");
  EXPECT_EQ(body(a[0], 1), "另一段<span lang=x>z</span>。");
  auto md = write_structured(a);
  EXPECT_NE(md.find("<span lang=\"la\">Ginkgo biloba</span>"), std::string::npos) << md;
  auto back = read_structured(md, "t2.md", {});
  expect_same(a, back);
  ASSERT_EQ(back[0].blocks[0].text.size(), 5u);
  EXPECT_EQ(back[0].blocks[0].text[1].lang, "la");
}
