// The editor's review page (ingest/review_html.h) from hand-built page reports: anchors,
// owner colours, doubt links, escaping, cards, and well-formedness as XML.
#include "ingest/review_html.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "base/utf8.h"

namespace wz::ingest {
namespace {

using model::BlockKind;

model::Block block(BlockKind k, const std::string& text, int line,
                   model::Span::Style style = model::Span::Style::Plain) {
  model::Block b;
  b.kind = k;
  b.text = {model::Span{text, style, ""}};
  b.pos = SourcePos{"p1.txt", line, -1};
  return b;
}

// Lines 1..16: furniture, two articles, a jump marker, a fragment; text with < & " ]]>
// and an escape character.
PageReport sample_page() {
  PageReport r;
  r.path = "p1.txt";
  r.raw_lines = {
      "工人日报 2024年2月12日 星期一",                  // 1 furniture
      "",                                               // 2
      "扎实推进\"县级工会加强年\"",                     // 3 kicker, article 0
      "主题 A <script>alert(1)</script> & 其他",        // 4 headline
      "",                                               // 5
      "本报讯（记者张三）a < b && c > d ]]> 结束\x1b",  // 6 paragraph
      "小标题一",                                       // 7 section head
      "第二段正文。",                                   // 8
      "",                                               // 9
      "第二篇标题",                                     // 10 article 1
      "本报记者 李四",                                  // 11 byline
      "第二篇正文。",                                   // 12
      "（下转第二版）",                                 // 13 furniture
      "   ",                                            // 14 blank (spaces)
      "接续上一版的文字……",                             // 15 fragment, article 2
      "图为工人在车间。",                               // 16 caption
  };
  r.line_owner = {-1, -2, 0, 0, -2, 0, 0, 0, -2, 1, 1, 1, -1, -2, 2, 2};

  model::Article a0;
  a0.head = {"扎实推进\"县级工会加强年\"", "主题 A <script>alert(1)</script> & 其他", "",
             SourcePos{"p1.txt", 3, -1}};
  a0.genre = "新闻特写";
  a0.blocks.push_back(block(BlockKind::Paragraph, "a < b && c > d ]]> 结束\x1b", 6));
  a0.blocks[0].text.insert(a0.blocks[0].text.begin(),
                           model::Span{"本报讯（记者张三）", model::Span::Style::Byline, ""});
  a0.blocks.push_back(block(BlockKind::SectionHead, "小标题一", 7));
  a0.blocks.push_back(block(BlockKind::Paragraph, "第二段正文。", 8));

  model::Article a1;
  a1.head = {"", "第二篇标题", "", SourcePos{"p1.txt", 10, -1}};
  a1.blocks.push_back(block(BlockKind::Byline, "本报记者 李四", 11));
  a1.blocks.push_back(block(BlockKind::Paragraph, "第二篇正文。", 12));

  model::Article a2;
  a2.kind = "fragment";
  a2.blocks.push_back(block(BlockKind::Paragraph, "接续上一版的文字……", 15));
  a2.blocks.push_back(block(BlockKind::Caption, "图为工人在车间。", 16));

  r.articles = {a0, a1, a2};
  r.furniture = {{1, r.raw_lines[0], "banner <masthead>"}, {13, "（下转第二版）", "jump marker"}};
  r.doubts = {
      {Doubt::Kind::Boundary, 10, 11, "Lines 10-11: \"new article?\" <maybe> & more", 0.12},
      {Doubt::Kind::Furniture, 13, 13, "Line 13 set aside as a jump marker.", 0.4},
      {Doubt::Kind::Fragment, 15, 16, "Lines 15-16 continue an article not on this page.", 0},
      {Doubt::Kind::Join, 99, 120, "Lines 99-120 are not on this page.", 0.05},
  };
  return r;
}

// The <div> of raw line `id` ("p1-L4"), from its opening tag to its </div>.
std::string line_div(const std::string& html, const std::string& id) {
  size_t at = html.find("id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  size_t open = html.rfind("<div", at);
  size_t close = html.find("</div>", at);
  return html.substr(open, close + 6 - open);
}

// The card of article `id` ("p1-a2"), up to its </article>.
std::string card(const std::string& html, const std::string& id) {
  size_t at = html.find("id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  size_t open = html.rfind("<article", at);
  size_t close = html.find("</article>", at);
  return html.substr(open, close + 10 - open);
}

size_t count_of(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

std::vector<std::string> all_matches(const std::string& s, const std::regex& re) {
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back((*it)[1].str());
  return out;
}

// A strict-enough XML well-formedness check: one root element, balanced and properly nested
// tags, quoted and unique attributes, only the five XML entities and character references,
// no "<" in attribute values, no "]]>" in text, no C0 control characters but tab and LF.
::testing::AssertionResult well_formed(const std::string& doc) {
  std::vector<std::string> stack;
  int roots = 0;
  std::regex entity_re("&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");
  auto check_amps = [&](const std::string& s, size_t where) -> std::string {
    for (size_t a = s.find('&'); a != std::string::npos; a = s.find('&', a + 1)) {
      std::smatch m;
      std::string rest = s.substr(a, 12);
      if (!std::regex_search(rest, m, entity_re) || m.position(0) != 0)
        return "bad entity at " + std::to_string(where + a);
    }
    return "";
  };
  for (unsigned char c : doc)
    if (c < 0x20 && c != '\t' && c != '\n')
      return ::testing::AssertionFailure() << "control character " << int(c);
  size_t i = doc.rfind("<!DOCTYPE html>", 0) == 0 ? 15 : 0;
  while (i < doc.size()) {
    size_t lt = doc.find('<', i);
    std::string text = doc.substr(i, lt == std::string::npos ? std::string::npos : lt - i);
    if (text.find("]]>") != std::string::npos)
      return ::testing::AssertionFailure() << "]]> in text";
    if (auto e = check_amps(text, i); !e.empty()) return ::testing::AssertionFailure() << e;
    if (stack.empty() && text.find_first_not_of(" \n") != std::string::npos)
      return ::testing::AssertionFailure() << "text outside the root at " << i;
    if (lt == std::string::npos) break;
    if (doc.compare(lt, 4, "<!--") == 0) {
      i = doc.find("-->", lt) + 3;
      continue;
    }
    size_t gt = lt + 1;
    char quote = 0;
    for (; gt < doc.size(); ++gt) {  // the end of the tag, outside quoted values
      if (quote) {
        if (doc[gt] == quote) quote = 0;
        if (doc[gt] == '<') return ::testing::AssertionFailure() << "< in attribute at " << gt;
      } else if (doc[gt] == '"' || doc[gt] == '\'') {
        quote = doc[gt];
      } else if (doc[gt] == '>') {
        break;
      }
    }
    if (gt >= doc.size()) return ::testing::AssertionFailure() << "unclosed tag at " << lt;
    std::string tag = doc.substr(lt + 1, gt - lt - 1);
    if (auto e = check_amps(tag, lt + 1); !e.empty()) return ::testing::AssertionFailure() << e;
    i = gt + 1;
    if (tag[0] == '/') {
      std::string name = tag.substr(1);
      if (stack.empty() || stack.back() != name)
        return ::testing::AssertionFailure()
               << "</" << name << "> closes <" << (stack.empty() ? "" : stack.back()) << "> at "
               << lt;
      stack.pop_back();
      continue;
    }
    bool self_closing = tag.back() == '/';
    if (self_closing) tag.pop_back();
    static const std::regex name_re("^[A-Za-z][A-Za-z0-9:-]*");
    static const std::regex attr_re("\\s+([A-Za-z_:][-A-Za-z0-9_:.]*)=(\"[^\"]*\"|'[^']*')");
    std::smatch m;
    if (!std::regex_search(tag, m, name_re))
      return ::testing::AssertionFailure() << "bad tag name at " << lt;
    std::string name = m.str(0);
    std::string attrs = tag.substr(name.size());
    std::set<std::string> names;
    size_t consumed = 0;
    for (auto it = std::sregex_iterator(attrs.begin(), attrs.end(), attr_re);
         it != std::sregex_iterator(); ++it) {
      if (static_cast<size_t>(it->position(0)) != consumed)
        return ::testing::AssertionFailure() << "junk in <" << name << "> at " << lt;
      consumed += it->length(0);
      if (!names.insert((*it)[1].str()).second)
        return ::testing::AssertionFailure() << "duplicate attribute in <" << name << ">";
    }
    if (attrs.substr(consumed).find_first_not_of(" \n") != std::string::npos)
      return ::testing::AssertionFailure() << "unquoted attribute in <" << name << "> at " << lt;
    if (stack.empty()) ++roots;
    if (!self_closing) stack.push_back(name);
  }
  if (!stack.empty()) return ::testing::AssertionFailure() << "<" << stack.back() << "> not closed";
  if (roots != 1) return ::testing::AssertionFailure() << roots << " root elements";
  return ::testing::AssertionSuccess();
}

class ReviewHtml : public ::testing::Test {
 protected:
  PageReport page = sample_page();
  std::string html = write_review_html({page});
};

TEST_F(ReviewHtml, IsAnHtml5DocumentInChineseWithoutExternalResources) {
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\"", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\"/>"), std::string::npos);
  EXPECT_LT(utf8::first_invalid(html), 0);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("http:"), html.find("http://www.w3.org/1999/xhtml"));  // namespace only
  EXPECT_EQ(html.find("https:"), std::string::npos);
}

TEST_F(ReviewHtml, HeaderNamesTheFileAndCounts) {
  size_t end = html.find("</header>");
  std::string bar = html.substr(0, end);
  EXPECT_NE(bar.find("p1.txt"), std::string::npos);
  EXPECT_NE(bar.find("<b>2</b>篇文章"), std::string::npos);  // a fragment is not an article
  EXPECT_NE(bar.find("<b>1</b>片段"), std::string::npos);
  EXPECT_NE(bar.find("<b>2</b>行杂项"), std::string::npos);
  EXPECT_NE(bar.find("<b>4</b>处存疑"), std::string::npos);
}

TEST_F(ReviewHtml, EveryLineHasItsNumberAndAnchor) {
  for (int l = 1; l <= 16; ++l) {
    std::string div = line_div(html, "p1-L" + std::to_string(l));
    ASSERT_FALSE(div.empty()) << "line " << l;
    EXPECT_NE(div.find(">" + std::to_string(l) + "</"), std::string::npos) << div;
  }
  EXPECT_EQ(line_div(html, "p1-L17"), "");
  EXPECT_EQ(count_of(html, "<div class=\"ln"), 16u);
}

TEST_F(ReviewHtml, LinesCarryTheirOwnersClass) {
  std::regex cls_re("class=\"ln([^\"]*)\"");
  for (int l = 1; l <= 16; ++l) {
    std::string div = line_div(html, "p1-L" + std::to_string(l));
    std::smatch m;
    ASSERT_TRUE(std::regex_search(div, m, cls_re)) << div;
    std::string cls = m[1].str() + " ";
    int own = page.line_owner[l - 1];
    SCOPED_TRACE("line " + std::to_string(l) + ": " + cls);
    for (int a = 0; a < 3; ++a)
      EXPECT_EQ(cls.find(" o" + std::to_string(a) + " ") != std::string::npos, own == a);
    EXPECT_EQ(cls.find(" furn ") != std::string::npos, own == -1);
    EXPECT_EQ(cls.find(" blank ") != std::string::npos, own == -2);
  }
  // The line number leads to the owner's card or furniture entry.
  EXPECT_NE(line_div(html, "p1-L12").find("href=\"#p1-a2\""), std::string::npos);
  EXPECT_NE(line_div(html, "p1-L13").find("href=\"#p1-f13\""), std::string::npos);
  // The article number shows once per run of its lines (blank lines do not break a run).
  EXPECT_NE(line_div(html, "p1-L3").find("class=\"tag\">1<"), std::string::npos);
  EXPECT_EQ(line_div(html, "p1-L6").find("class=\"tag\""), std::string::npos);
  EXPECT_NE(line_div(html, "p1-L15").find("class=\"tag\">3<"), std::string::npos);
}

TEST_F(ReviewHtml, ArticlesGetDistinctPaleColoursForMoreThanTwentyArticles) {
  PageReport big;
  big.path = "big.txt";
  for (int i = 0; i < 30; ++i) {
    model::Article a;
    a.head.headline = "标题" + std::to_string(i);
    big.articles.push_back(a);
    big.raw_lines.push_back("正文" + std::to_string(i));
    big.line_owner.push_back(i);
  }
  std::string out = write_review_html({big});
  // .oN{--bg:oklch(L% C H);--bd:oklch(L% C H)}: perceptual lightness, chroma, hue.
  std::regex rule_re(
      "\\.o([0-9]+)\\{--bg:oklch\\(([0-9.]+)% ([0-9.]+) ([0-9]+)\\);--bd:oklch\\(([0-9.]+)% "
      "([0-9.]+) ([0-9]+)\\)\\}");
  struct Colour {
    double light;
    int hue;
  };
  std::map<int, Colour> bg;
  for (auto it = std::sregex_iterator(out.begin(), out.end(), rule_re);
       it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    bg[std::stoi(m[1])] = {std::stod(m[2]), std::stoi(m[4])};
    EXPECT_GE(std::stod(m[2]), 88) << "background too dark for dark text, article " << m[1];
    EXPECT_LE(std::stod(m[3]), 0.06) << "background not pale, article " << m[1];
    EXPECT_LE(std::stod(m[5]), 60) << "border too pale to see, article " << m[1];
    EXPECT_EQ(m[4], m[7]) << "border and background of one hue, article " << m[1];
  }
  ASSERT_EQ(bg.size(), 30u);
  for (int i = 0; i < 30; ++i)
    for (int j = i + 1; j < 30; ++j) {
      int dh = std::abs(bg[i].hue - bg[j].hue);
      dh = std::min(dh, 360 - dh);
      double dl = std::abs(bg[i].light - bg[j].light);
      EXPECT_TRUE(dh >= 20 || (dh >= 5 && dl >= 1.5))
          << "articles " << i << " and " << j << " look alike: hue " << bg[i].hue << "/"
          << bg[j].hue << " lightness " << bg[i].light << "/" << bg[j].light;
    }
  // Neighbours in reading order differ a lot.
  for (int i = 0; i + 1 < 30; ++i) {
    int dh = std::abs(bg[i].hue - bg[i + 1].hue);
    EXPECT_GE(std::min(dh, 360 - dh), 90);
  }
}

TEST_F(ReviewHtml, DoubtsAreListedWithLinksToLinesAndArticles) {
  size_t start = html.find("id=\"doubts\"");
  size_t end = html.find("</section>", start);
  ASSERT_NE(start, std::string::npos);
  std::string list = html.substr(start, end - start);
  EXPECT_EQ(count_of(list, "<tr id=\"p1-d"), 4u);
  size_t d1 = list.find("id=\"p1-d1\"");
  std::string row1 = list.substr(d1, list.find("</tr>", d1) - d1);
  EXPECT_NE(row1.find("boundary"), std::string::npos);
  EXPECT_NE(row1.find("href=\"#p1-L10\""), std::string::npos);
  EXPECT_NE(row1.find("href=\"#p1-L11\""), std::string::npos);
  EXPECT_NE(row1.find("href=\"#p1-a2\""), std::string::npos);
  EXPECT_NE(row1.find("0.12"), std::string::npos);
  size_t d2 = list.find("id=\"p1-d2\"");
  EXPECT_NE(list.find("href=\"#p1-f13\"", d2), std::string::npos);  // furniture entry
  // A doubt off the page is listed, with its numbers but no link.
  size_t d4 = list.find("id=\"p1-d4\"");
  std::string row4 = list.substr(d4, list.find("</tr>", d4) - d4);
  EXPECT_NE(row4.find(">99–120<"), std::string::npos);
  EXPECT_EQ(row4.find("href=\"#p1-L99\""), std::string::npos);
}

TEST_F(ReviewHtml, DoubtfulLinesAreOutlinedAndMarked) {
  for (int l : {10, 11, 13, 15, 16})
    EXPECT_NE(line_div(html, "p1-L" + std::to_string(l)).find(" dz"), std::string::npos) << l;
  for (int l : {1, 6, 12, 14})
    EXPECT_EQ(line_div(html, "p1-L" + std::to_string(l)).find(" dz"), std::string::npos) << l;
  std::string l10 = line_div(html, "p1-L10");
  EXPECT_NE(l10.find("href=\"#p1-d1\""), std::string::npos);
  EXPECT_NE(l10.find("⚠"), std::string::npos);
  EXPECT_NE(l10.find(" top"), std::string::npos);
  EXPECT_NE(line_div(html, "p1-L11").find(" bot"), std::string::npos);
}

TEST_F(ReviewHtml, EveryLinkPointsToAnAnchorAndAnchorsAreUnique) {
  auto ids = all_matches(html, std::regex(" id=\"([^\"]+)\""));
  std::set<std::string> unique(ids.begin(), ids.end());
  EXPECT_EQ(unique.size(), ids.size());
  auto hrefs = all_matches(html, std::regex("href=\"([^\"]*)\""));
  EXPECT_GT(hrefs.size(), 30u);
  for (const auto& h : hrefs) {
    ASSERT_FALSE(h.empty());
    EXPECT_EQ(h[0], '#') << h;
    EXPECT_TRUE(unique.count(h.substr(1))) << "dangling link " << h;
  }
}

TEST_F(ReviewHtml, EscapesEverythingFromThePage) {
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_EQ(html.find("]]>"), std::string::npos);
  EXPECT_EQ(html.find('\x1b'), std::string::npos);
  EXPECT_EQ(html.find("<masthead>"), std::string::npos);
  EXPECT_EQ(html.find("<maybe>"), std::string::npos);
  std::string l4 = line_div(html, "p1-L4");
  EXPECT_NE(l4.find("主题 A &lt;script&gt;alert(1)&lt;/script&gt; &amp; 其他"), std::string::npos);
  std::string l6 = line_div(html, "p1-L6");
  EXPECT_NE(l6.find("a &lt; b &amp;&amp; c &gt; d ]]&gt; 结束"), std::string::npos);
  EXPECT_NE(l6.find("title=\"U+001B\">␛</span>"), std::string::npos);  // shown, not dropped
  EXPECT_NE(html.find("扎实推进&quot;县级工会加强年&quot;"), std::string::npos);
  // In attributes (the ⚠ title) quotes and brackets are escaped too.
  EXPECT_NE(line_div(html, "p1-L10").find("&quot;new article?&quot; &lt;maybe&gt; &amp; more"),
            std::string::npos);
}

TEST_F(ReviewHtml, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  PageReport r = sample_page();
  r.raw_lines[7] = "坏\xC3\x28字\xFF";
  std::string out = write_review_html({r});
  EXPECT_LT(utf8::first_invalid(out), 0);
  EXPECT_NE(line_div(out, "p1-L8").find("坏\uFFFD(字\uFFFD"), std::string::npos);
  EXPECT_TRUE(well_formed(out));
}

TEST_F(ReviewHtml, OneCardPerArticleInReadingOrder) {
  EXPECT_EQ(count_of(html, "<article "), 3u);
  size_t a1 = html.find("id=\"p1-a1\""), a2 = html.find("id=\"p1-a2\""),
         a3 = html.find("id=\"p1-a3\"");
  ASSERT_NE(a3, std::string::npos);
  EXPECT_LT(a1, a2);
  EXPECT_LT(a2, a3);
  std::string c1 = card(html, "p1-a1");
  EXPECT_NE(c1.find("class=\"card o0\""), std::string::npos);
  for (const char* label : {"引题", "主题", "新闻特写", "小标题", "段落"})
    EXPECT_NE(c1.find(label), std::string::npos) << label;
  EXPECT_EQ(c1.find("副题"), std::string::npos);  // empty: not shown
  EXPECT_NE(c1.find("class=\"byl\""), std::string::npos);
  // Each block names the line it came from, linked back to the raw column.
  size_t sh = c1.find("小标题一");
  ASSERT_NE(sh, std::string::npos);
  size_t row = c1.rfind("<div class=\"r ", sh);
  EXPECT_NE(c1.substr(row, sh - row).find("href=\"#p1-L7\">7</a>"), std::string::npos);
  std::string c2 = card(html, "p1-a2");
  EXPECT_NE(c2.find("署名"), std::string::npos);
  EXPECT_NE(c2.find("href=\"#p1-L11\""), std::string::npos);
  EXPECT_EQ(c2.find("frag"), std::string::npos);
  EXPECT_NE(c2.find("href=\"#p1-d1\""), std::string::npos);  // its doubt, from the card
  EXPECT_EQ(c1.find("href=\"#p1-d"), std::string::npos);
  std::string c3 = card(html, "p1-a3");
  EXPECT_NE(c3.find("class=\"card o2 frag\""), std::string::npos);
  EXPECT_NE(c3.find("片段"), std::string::npos);
  EXPECT_NE(c3.find("图注"), std::string::npos);
}

TEST_F(ReviewHtml, FurnitureIsListedWithLineTextAndReason) {
  size_t f = html.find("id=\"p1-f13\"");
  ASSERT_NE(f, std::string::npos);
  std::string row = html.substr(f, html.find("</tr>", f) - f);
  EXPECT_NE(row.find("href=\"#p1-L13\""), std::string::npos);
  EXPECT_NE(row.find("（下转第二版）"), std::string::npos);
  EXPECT_NE(row.find("jump marker"), std::string::npos);
  EXPECT_NE(html.find("banner &lt;masthead&gt;"), std::string::npos);
}

// WZ_REVIEW_SAMPLE=/tmp/x.html also writes the sample page, to look at in a browser.
TEST_F(ReviewHtml, IsWellFormedXml) {
  EXPECT_TRUE(well_formed(html));
  if (const char* path = std::getenv("WZ_REVIEW_SAMPLE")) std::ofstream(path) << html;
}

TEST_F(ReviewHtml, TheCheckerCatchesBrokenMarkup) {
  EXPECT_FALSE(well_formed("<html><body><p>x</body></html>"));
  EXPECT_FALSE(well_formed("<html><p a=\"1\" a=\"2\"/></html>"));
  EXPECT_FALSE(well_formed("<html>a & b</html>"));
  EXPECT_FALSE(well_formed("<html><p a=x/></html>"));
  EXPECT_FALSE(well_formed("<html></html><html></html>"));
  EXPECT_TRUE(well_formed("<!DOCTYPE html><html><br/>&amp;&#39;</html>"));
}

TEST_F(ReviewHtml, StrictXmlParserAcceptsIt) {
  if (std::system("command -v xmllint > /dev/null 2>&1") != 0)
    GTEST_SKIP() << "xmllint not installed (Debian package libxml2-utils)";
  auto path =
      std::filesystem::temp_directory_path() /
      ("wz_review_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + ".html");
  std::ofstream(path, std::ios::binary) << html;
  int rc = std::system(("xmllint --noout --nonet '" + path.string() + "'").c_str());
  std::filesystem::remove(path);
  EXPECT_EQ(rc, 0);
}

TEST(ReviewHtmlEmpty, SaysNoDoubtsWhenThereAreNone) {
  PageReport r = sample_page();
  r.doubts.clear();
  std::string out = write_review_html({r});
  EXPECT_NE(out.find("no doubts"), std::string::npos);
  EXPECT_EQ(out.find(" dz"), std::string::npos);
  EXPECT_EQ(out.find("class=\"dk\""), std::string::npos);
  EXPECT_EQ(out.find("-d1\""), std::string::npos);
  EXPECT_TRUE(well_formed(out));
  EXPECT_TRUE(well_formed(write_review_html({})));
}

TEST(ReviewHtmlIssue, SeveralPagesHaveTheirOwnAnchorsAndLinkAcross) {
  PageReport p1 = sample_page();
  PageReport p2;
  p2.path = "p2.txt";
  p2.raw_lines = {"（上接第一版）", "续文。"};
  p2.line_owner = {-1, 0};
  model::Article joined;
  joined.head.headline = "跨版文章";
  joined.head.pos = {"p2.txt", 2, -1};
  joined.blocks.push_back(block(BlockKind::Paragraph, "第二篇正文。", 12));  // on p1.txt
  joined.blocks.push_back(block(BlockKind::Paragraph, "续文。", 2));
  joined.blocks.back().pos.file = "p2.txt";
  p2.articles = {joined};
  p2.doubts = {{Doubt::Kind::Join, 1, 2, "Joined across pages.", 0.3}};
  std::string out = write_review_html({p1, p2});
  EXPECT_NE(out.find("id=\"p2-L2\""), std::string::npos);
  EXPECT_NE(out.find("id=\"p2-d1\""), std::string::npos);
  std::string c = card(out, "p2-a1");
  EXPECT_NE(c.find("href=\"#p1-L12\""), std::string::npos);  // block from the other page
  EXPECT_NE(c.find("href=\"#p2-L2\""), std::string::npos);
  EXPECT_NE(out.find("p1.txt · p2.txt"), std::string::npos);
  EXPECT_NE(out.find("<b>5</b>处存疑"), std::string::npos);
  EXPECT_TRUE(well_formed(out));
  auto ids = all_matches(out, std::regex(" id=\"([^\"]+)\""));
  std::set<std::string> unique(ids.begin(), ids.end());
  EXPECT_EQ(unique.size(), ids.size());
  for (const auto& h : all_matches(out, std::regex("href=\"#([^\"]*)\"")))
    EXPECT_TRUE(unique.count(h)) << "dangling link " << h;
}

}  // namespace
}  // namespace wz::ingest
