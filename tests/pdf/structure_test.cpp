// pdf/structure and the marks in pdf/content: the element tree the tags make, the MCIDs,
// and marked-content sequences nested properly with text objects.
#include "pdf/structure.h"

#include <gtest/gtest.h>

#include <sstream>

#include "pdf/cid_font.h"
#include "pdf/content.h"
#include "pdf_test_util.h"

namespace wz::pdf {
namespace {

using R = pages::Tag::Role;

pages::Item run_item(R role, int issue, int article, int block) {
  pages::Item it;
  it.run().add(1, 0, 0, "字");
  it.tag.role = role, it.tag.issue = issue, it.tag.article = article, it.tag.block = block;
  return it;
}

pages::Item rule_item() {
  pages::Item it;
  it.body = pages::Rule{};
  return it;
}

// Every glyph says the text its runs give it (run_item's 字).
const std::string* says_zi(int, std::uint32_t) {
  static const std::string zi = "字";
  return &zi;
}

int find(const StructurePlan& p, int parent, const std::string& type, int nth = 0) {
  for (int k : p.elems[parent].kids)
    if (p.elems[k].type == type && nth-- == 0) return k;
  return -1;
}

TEST(Structure, ArticlesInModelOrderAcrossPages) {
  pages::Document doc;
  doc.fonts.push_back({"/f.otf", 0, "F", 1000});
  doc.pages.resize(2);
  auto& p0 = doc.pages[0].items;
  p0.push_back(run_item(R::IssueTitle, 0, -1, -1));
  p0.push_back(run_item(R::Headline, 0, 1, -1));  // article 1 placed above article 0
  p0.push_back(run_item(R::Paragraph, 0, 1, 0));
  p0.push_back(run_item(R::Paragraph, 0, 1, 0));  // same paragraph, next line: same MCID
  p0.push_back(rule_item());
  p0.push_back(run_item(R::Headline, 0, 0, -1));
  p0.push_back(run_item(R::Paragraph, 0, 0, 0));
  p0.push_back(run_item(R::Artifact, 0, -1, -1));                 // a folio
  doc.pages[1].items.push_back(run_item(R::Paragraph, 0, 0, 0));  // continued on page 2

  StructurePlan p = plan_structure(doc, says_zi);
  ASSERT_EQ(p.marks[0].size(), 8u);
  EXPECT_EQ(p.marks[0][2].mcid, p.marks[0][3].mcid);
  EXPECT_EQ(p.marks[0][4].mcid, -1);  // the rule
  EXPECT_EQ(p.marks[0][7].mcid, -1);  // the folio
  EXPECT_EQ(p.marks[0][2].type, "P");
  EXPECT_EQ(p.mcid_count[0], 5);  // title, head, paragraph, head, paragraph
  int sect = find(p, 0, "Sect");
  ASSERT_GE(sect, 0);
  EXPECT_EQ(p.elems[p.elems[sect].kids[0]].type, "H1");
  int art0 = find(p, sect, "Art", 0), art1 = find(p, sect, "Art", 1);
  ASSERT_GE(art0, 0);
  ASSERT_GE(art1, 0);
  // Article 0 first, although article 1 came first on the page.
  EXPECT_EQ(p.elems[p.elems[art0].kids[1]].mcids.front(), (std::pair<int, int>{0, 4}));
  // Article 0's paragraph is one element with content on both pages.
  const StructElem& para = p.elems[p.elems[art0].kids[1]];
  ASSERT_EQ(para.mcids.size(), 2u);
  EXPECT_EQ(para.mcids[1], (std::pair<int, int>{1, 0}));
  EXPECT_EQ(p.elems[p.elems[art1].kids[0]].type, "H2");
}

TEST(Structure, ReadingTipIsAnAsideAndRolesMapToStandardTypes) {
  pages::Document doc;
  doc.fonts.push_back({"/f.otf", 0, "F", 1000});
  doc.pages.resize(1);
  doc.pages[0].items.push_back(run_item(R::TipLabel, 0, 0, 2));
  doc.pages[0].items.push_back(run_item(R::Tip, 0, 0, 2));
  doc.pages[0].items.push_back(run_item(R::Kicker, 0, 0, -1));
  StructurePlan p = plan_structure(doc, says_zi);
  int art = find(p, find(p, 0, "Sect"), "Art");
  ASSERT_GE(art, 0);
  EXPECT_EQ(p.elems[p.elems[art].kids[0]].type, "Kicker");  // block -1 before block 2
  int aside = find(p, art, "Aside");
  ASSERT_GE(aside, 0);
  EXPECT_EQ(p.elems[aside].kids.size(), 2u);
  for (const auto& [ours, standard] : role_map())
    EXPECT_TRUE(standard == "P" || standard == "Div") << ours;
}

// A glyph used for two texts says only the first through ToUnicode (CidFont keeps it): the
// run with the second carries it as /ActualText.
TEST(Structure, ActualTextWhereTheGlyphsDoNotSayTheText) {
  auto song = test::find_face("Noto Serif CJK SC");
  if (!song) GTEST_SKIP() << "Noto Serif CJK SC not installed";
  pages::Document doc;
  doc.fonts.push_back(*song);
  doc.pages.resize(1);
  doc.pages[0].items.push_back(run_item(R::Paragraph, 0, 0, 0));  // gid 1 = 字
  doc.pages[0].items.push_back(run_item(R::Paragraph, 0, 0, 1));
  pages::GlyphRun& last = doc.pages[0].items.back().run();
  last.set_text(last.glyphs[0], "子");  // gid 1 again, another text
  CidFont font(*song);
  std::vector<std::string> warnings;
  for (const auto& it : doc.pages[0].items)
    for (const auto& g : it.run().glyphs) font.use(g.gid, it.run().text(g), it.run().dir, warnings);
  EXPECT_EQ(warnings.size(), 1u);  // the conflict is reported; 字 is kept
  ASSERT_NE(font.text(1), nullptr);
  EXPECT_EQ(*font.text(1), "字");
  StructurePlan p = plan_structure(doc, [&](int, std::uint32_t gid) { return font.text(gid); });
  EXPECT_EQ(p.marks[0][0].actual_text, "");
  EXPECT_EQ(p.marks[0][1].actual_text, "子");
}

// A run in a language of its own (a Latin name in Chinese text) is a Span child with /Lang
// of its paragraph, at its place in the paragraph's content; an artifact's language is not
// written.
TEST(Structure, LangSpanForARunInAnotherLanguage) {
  pages::Document doc;
  doc.fonts.push_back({"/f.otf", 0, "F", 1000});
  doc.pages.resize(1);
  auto& items = doc.pages[0].items;
  items.push_back(run_item(R::Paragraph, 0, 0, 0));
  items.push_back(run_item(R::Paragraph, 0, 0, 0));
  items.back().run().lang = "la";  // Ginkgo biloba
  items.push_back(items.back());   // ...broken over two lines: one Span
  items.push_back(run_item(R::Paragraph, 0, 0, 0));
  items.push_back(run_item(R::Artifact, -1, -1, -1));
  items.back().run().lang = "en";
  StructurePlan p = plan_structure(doc, says_zi);
  const auto& m = p.marks[0];
  EXPECT_EQ(m[0].type, "P");
  EXPECT_EQ(m[1].type, "Span");
  EXPECT_EQ(m[2].type, "Span");
  EXPECT_EQ(m[2].mcid, m[1].mcid);
  EXPECT_EQ(m[3].type, "P");
  EXPECT_EQ(m[4].mcid, -1);
  EXPECT_EQ(p.mcid_count[0], 3);  // the paragraph's text before and after the span apart
  int art = find(p, find(p, 0, "Sect"), "Art");
  int para = find(p, art, "P");
  ASSERT_GE(para, 0);
  const StructElem& pe = p.elems[para];
  ASSERT_EQ(pe.mcids.size(), 3u);  // MCID 0, the Span, MCID 2: in reading order
  EXPECT_EQ(pe.mcids[0].second, m[0].mcid);
  int span = kChild - pe.mcids[1].second;
  ASSERT_GT(span, 0);
  EXPECT_EQ(p.elems[span].type, "Span");
  EXPECT_EQ(p.elems[span].lang, "la");
  EXPECT_EQ(p.elems[span].parent, para);
  EXPECT_EQ(p.elems[span].mcids.front().second, m[1].mcid);
  EXPECT_EQ(p.elems[span].mcids.size(), 1u);
  EXPECT_EQ(pe.mcids[2].second, m[3].mcid);
  EXPECT_TRUE(pe.kids.empty());
  for (const auto& e : p.elems) EXPECT_TRUE(e.lang.empty() || e.lang == "la");
}

// Marked-content sequences and text objects nest: a sequence opened inside BT closes
// before its ET, one opened outside closes outside; artifacts in a row share one.
TEST(Structure, MarksNestWithTextObjects) {
  auto song = test::find_face("Noto Serif CJK SC");
  if (!song) GTEST_SKIP() << "Noto Serif CJK SC not installed";
  CidFont font(*song);
  std::vector<FontSlot> slots{{&font, 0}};
  pages::Page page;
  for (R r : {R::Artifact, R::Artifact, R::Paragraph, R::Paragraph, R::Paragraph})
    page.items.push_back(run_item(r, 0, 0, 0));
  page.items.insert(page.items.begin() + 1, rule_item());
  page.items.insert(page.items.begin() + 5, rule_item());
  // artifact run, rule, artifact run, P 0, P 0, rule, P 1
  std::vector<Mark> marks;
  for (int mcid : {-1, -1, -1, 0, 0, -1, 1}) marks.push_back({mcid, mcid < 0 ? "" : "P", ""});
  FontUses uses;
  std::string ops = page_content(page, slots, uses, pages::Conformance::None, nullptr, &marks);
  std::vector<std::string> stack;  // "BT", "mark"
  std::istringstream in(ops);
  std::string tok;
  int artifacts = 0, mcid0 = 0;
  while (in >> tok) {
    if (tok == "BT" || tok == "BDC" || tok == "BMC") stack.push_back(tok == "BT" ? "BT" : "mark");
    if (tok == "/Artifact") ++artifacts;
    if (tok == "<</MCID" && in >> tok && tok == "0>>") ++mcid0;
    if (tok == "ET" || tok == "EMC") {
      ASSERT_FALSE(stack.empty()) << ops;
      EXPECT_EQ(stack.back(), tok == "ET" ? "BT" : "mark") << ops;
      stack.pop_back();
    }
  }
  EXPECT_TRUE(stack.empty()) << ops;
  // The first run's sequence closes inside its text object for the rule; the rule's then
  // takes the next artifact run; the second rule has its own.
  EXPECT_EQ(artifacts, 3) << ops;
  EXPECT_EQ(mcid0, 1) << ops;  // two lines of one paragraph in a row: one sequence
}

}  // namespace
}  // namespace wz::pdf
