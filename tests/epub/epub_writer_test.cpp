// Tests of the EPUB writer on a hand-built digest (tests/epub/epub_fixture.cpp).
#include "epub/epub_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "../image_maker.h"
#include "base/file.h"
#include "base/image.h"
#include "epub_fixture.h"

namespace wz::epub {
namespace {

using namespace test;

// 2024-02-15 08:30:00 UTC
constexpr long long kStamp = 1707985800;

EpubStats write(const model::Digest& d, const std::vector<model::Layout>& ls,
                const std::string& path, bool embed = true) {
  EpubOptions o;
  o.embed_fonts = embed;
  o.timestamp = kStamp;
  return write_epub(d, ls, path, o);
}

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

TEST(EpubWriter, MixedDigestPassesEpubcheck) {
  auto d = sample_digest(2);
  std::string path = tmp_path("mixed.epub");
  EpubStats st = write(d, layouts_for(d, true), path);
  EXPECT_GT(st.bytes, 1000u);
  EXPECT_FALSE(st.fonts.empty());
  auto r = epubcheck(path);
  if (!r.ran) GTEST_SKIP() << "java or /usr/share/java/epubcheck.jar missing: epubcheck not run";
  EXPECT_TRUE(r.clean) << r.output;
}

TEST(EpubWriter, MimetypeFirstStoredWithoutExtraField) {
  auto d = sample_digest(1);
  std::string path = tmp_path("mimetype.epub");
  write(d, layouts_for(d, false), path, false);
  std::string b = read_bytes(path);
  ASSERT_GT(b.size(), 60u);
  EXPECT_EQ(b.substr(0, 4), std::string("PK\x03\x04", 4));
  auto u16 = [&](size_t off) { return (unsigned char)b[off] | ((unsigned char)b[off + 1] << 8); };
  EXPECT_EQ(u16(6), 0) << "general-purpose flags";
  EXPECT_EQ(u16(8), 0) << "method must be stored";
  EXPECT_EQ(u16(26), 8) << "name length";
  EXPECT_EQ(u16(28), 0) << "extra field length";
  EXPECT_EQ(b.substr(30, 8), "mimetype");
  EXPECT_EQ(b.substr(38, 20), "application/epub+zip");
  auto names = zip_names(path);
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(names.front(), "mimetype");
}

TEST(EpubWriter, ByteIdenticalAcrossRunsAndTimeZones) {
  auto d = sample_digest(2);
  auto ls = layouts_for(d, true);
  std::string a = tmp_path("repro-a.epub"), b = tmp_path("repro-b.epub"),
              c = tmp_path("repro-c.epub");
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  setenv("TZ", "UTC", 1);
  tzset();
  write(d, ls, a);
  setenv("TZ", "Asia/Shanghai", 1);
  tzset();
  write(d, ls, b);
  setenv("TZ", "America/New_York", 1);
  tzset();
  write(d, ls, c);
  if (old)
    setenv("TZ", saved.c_str(), 1);
  else
    unsetenv("TZ");
  tzset();
  std::string ba = read_bytes(a);
  EXPECT_FALSE(ba.empty());
  EXPECT_TRUE(ba == read_bytes(b)) << "UTC vs Asia/Shanghai differ";
  EXPECT_TRUE(ba == read_bytes(c)) << "UTC vs America/New_York differ";
}

TEST(EpubWriter, TextIsEscapedAndControlsReported) {
  auto d = sample_digest(1);
  d.title += "\x01";  // escaped in <title>, h1, nav and NCX: removed everywhere, reported once
  std::string path = tmp_path("escape.epub");
  EpubStats st = write(d, layouts_for(d, false), path, false);
  std::string x = zip_entry(path, "EPUB/text/issue-01.xhtml");
  ASSERT_FALSE(x.empty());
  EXPECT_TRUE(has(x, "a&lt;b &amp;&amp; c&gt;d 与 ]]&gt; 都要保留")) << x;
  EXPECT_TRUE(has(x, "\"ASCII quotes\" &amp; 'apostrophes' &lt;tag&gt;"));
  EXPECT_TRUE(has(x, "控制字符和在这里，“未配对的引号。还有‘单引号"));
  EXPECT_FALSE(has(x, "\x07"));
  EXPECT_FALSE(has(x, "\x1b"));
  int controls = 0;
  for (const auto& w : st.warnings) controls += has(w, "U+0007") || has(w, "U+001B");
  EXPECT_EQ(controls, 2) << "each removed control character is reported";
  int title_controls = 0;
  for (const auto& w : st.warnings) title_controls += has(w, "U+0001");
  EXPECT_EQ(title_controls, 1);
  for (const char* part :
       {"EPUB/content.opf", "EPUB/nav.xhtml", "EPUB/toc.ncx", "EPUB/text/title.xhtml"})
    EXPECT_FALSE(has(zip_entry(path, part), "\x01")) << part;
  // Semantic markup.
  // Display lines carry <wbr/> at their phrase and word boundaries (lang/phrases.h),
  // never inside a word; without the marks they read as the source.
  std::string plain = x;
  for (size_t k; (k = plain.find("<wbr/>")) != std::string::npos;) plain.erase(k, 6);
  EXPECT_TRUE(
      has(plain,
          "<header class=\"headline-group\"><p class=\"kicker\">扎实推进“县级工会加强年”</p><h2>"));
  EXPECT_TRUE(has(plain, "<p class=\"subheadline\">明确19项具体工作内容</p>"));
  EXPECT_TRUE(has(x, "<p class=\"kicker\">扎实推进<wbr/>“县级<wbr/>工会<wbr/>加强<wbr/>年”</p>"))
      << x;
  EXPECT_TRUE(has(x, "<span class=\"byline\">本报讯（记者赖书闻）</span>"));
  EXPECT_TRUE(has(x, "<aside epub:type=\"tip\" class=\"reading-tip\""));
  EXPECT_TRUE(has(x, "<p class=\"tip-label\">阅读提示</p>"));
  EXPECT_TRUE(has(x, "<h3 class=\"section-head\">压实主体责任</h3>"));
  EXPECT_TRUE(has(x, "<figure class=\"photo\"><figcaption>"));
  EXPECT_TRUE(has(x, "<p class=\"credit\">本报记者 王小明 摄</p>"));
  EXPECT_TRUE(has(x, "<p class=\"byline\">本报记者 李明 本报通讯员 张华</p>"));
  EXPECT_TRUE(has(x, "<span lang=\"en\" xml:lang=\"en\">Trade Union</span>"));
  EXPECT_TRUE(has(x, "lang=\"zh-CN\" xml:lang=\"zh-CN\""));
  std::string opf = zip_entry(path, "EPUB/content.opf");
  EXPECT_TRUE(has(opf, "<dc:title>工会新闻文摘 &lt;第1期&gt; &amp; “特刊”</dc:title>"));
}

TEST(EpubWriter, PackageMetadataAndNavigation) {
  auto d = sample_digest(2);
  std::string path = tmp_path("meta.epub");
  write(d, layouts_for(d, false), path, false);
  std::string opf = zip_entry(path, "EPUB/content.opf");
  EXPECT_TRUE(has(opf, "<dc:identifier id=\"pub-id\">urn:uuid:")) << opf;
  EXPECT_TRUE(has(opf, "<dc:language>zh-CN</dc:language>"));
  EXPECT_TRUE(has(opf, "<dc:creator id=\"editor\">编辑部</dc:creator>"));
  EXPECT_TRUE(has(opf, "<dc:publisher>海南工人报社</dc:publisher>"));
  EXPECT_TRUE(has(opf, "<dc:date>2024-02-15</dc:date>"));
  EXPECT_TRUE(has(opf, "<meta property=\"dcterms:modified\">2024-02-15T08:30:00Z</meta>"));
  for (const char* m :
       {"accessMode\">textual", "accessModeSufficient\">textual",
        "accessibilityFeature\">structuralNavigation", "accessibilityFeature\">tableOfContents",
        "accessibilityFeature\">readingOrder", "accessibilityHazard\">none",
        "accessibilitySummary\">"})
    EXPECT_TRUE(has(opf, m)) << m;
  EXPECT_FALSE(has(opf, "page-progression-direction")) << "mixed/horizontal: no rtl";
  std::string nav = zip_entry(path, "EPUB/nav.xhtml");
  EXPECT_TRUE(has(nav, "<a href=\"text/issue-02.xhtml\">第2版 要闻</a>"));
  EXPECT_TRUE(
      has(nav, "<a href=\"text/issue-01.xhtml#i01-a01\">海南省总工会召开专项工作推进会</a>"));
  EXPECT_TRUE(has(nav, "epub:type=\"landmarks\""));
  EXPECT_TRUE(has(nav, "没有标题的文章，也要进入目录。"))
      << "untitled article labelled by its text";
  std::string ncx = zip_entry(path, "EPUB/toc.ncx");
  EXPECT_TRUE(has(ncx, "<content src=\"text/issue-01.xhtml#i01-a02\"/>"));
  std::string title = zip_entry(path, "EPUB/text/title.xhtml");
  EXPECT_TRUE(has(title, "二〇二四年二月"));
  EXPECT_TRUE(has(title, "<a href=\"../text/issue-02.xhtml\">"));

  // The identifier is derived from the content: same text, same id; other text, other id.
  auto d2 = d;
  d2.issues[0].articles[0].head.headline += "！";
  write(d2, layouts_for(d2, false), tmp_path("meta2.epub"), false);
  std::string opf2 = zip_entry(tmp_path("meta2.epub"), "EPUB/content.opf");
  auto id = [](const std::string& o) {
    auto p = o.find("urn:uuid:");
    return o.substr(p, 45);
  };
  EXPECT_NE(id(opf), id(opf2));
  d2.identifier = "urn:isbn:9787000000000";
  write(d2, layouts_for(d2, false), tmp_path("meta3.epub"), false);
  EXPECT_TRUE(has(zip_entry(tmp_path("meta3.epub"), "EPUB/content.opf"),
                  ">urn:isbn:9787000000000</dc:identifier>"));
}

TEST(EpubWriter, AllVerticalDigestProgressesRightToLeft) {
  auto d = sample_digest(2);
  std::string path = tmp_path("vertical.epub");
  write(d, layouts_for(d, false, true), path);
  std::string opf = zip_entry(path, "EPUB/content.opf");
  EXPECT_TRUE(has(opf, "<spine toc=\"ncx\" page-progression-direction=\"rtl\">")) << opf;
  std::string css = zip_entry(path, "EPUB/css/layout-1.css");
  EXPECT_TRUE(has(css, "writing-mode: vertical-rl;"));
  auto r = epubcheck(path);
  if (!r.ran) GTEST_SKIP() << "java or /usr/share/java/epubcheck.jar missing: epubcheck not run";
  EXPECT_TRUE(r.clean) << r.output;
}

TEST(EpubWriter, EmbeddingOffWritesNoFonts) {
  auto d = sample_digest(1);
  std::string path = tmp_path("nofonts.epub");
  EpubStats st = write(d, layouts_for(d, true), path, false);
  EXPECT_TRUE(st.fonts.empty());
  for (const auto& n : zip_names(path)) {
    EXPECT_EQ(n.find("fonts/"), std::string::npos) << n;
    EXPECT_EQ(n.find(".otf"), std::string::npos) << n;
  }
  std::string x = zip_entry(path, "EPUB/text/issue-01.xhtml");
  EXPECT_FALSE(has(x, "fonts.css"));
  std::string css = zip_entry(path, "EPUB/css/layout-1.css");
  EXPECT_TRUE(has(css, "\"Noto Serif CJK SC\"")) << "reader fonts named";
  EXPECT_FALSE(has(css, "@font-face"));
}

TEST(EpubWriter, EmbeddedFontsAreSubsetsDeclaredInManifest) {
  auto d = sample_digest(1);
  std::string path = tmp_path("fonts.epub");
  EpubStats st = write(d, layouts_for(d, false), path);
  ASSERT_GE(st.fonts.size(), 2u) << "body and headline faces at least";
  std::string opf = zip_entry(path, "EPUB/content.opf");
  std::string fcss = zip_entry(path, "EPUB/css/fonts.css");
  for (const auto& f : st.fonts) {
    std::string bytes = zip_entry(path, f);
    EXPECT_GT(bytes.size(), 1000u) << f;
    EXPECT_LT(bytes.size(), 400000u) << f << " is not a subset";
    std::string href = f.substr(5);  // strip "EPUB/"
    bool otf = href.ends_with(".otf");
    EXPECT_EQ(bytes.substr(0, 4), otf ? std::string("OTTO") : std::string("\0\1\0\0", 4)) << f;
    EXPECT_TRUE(has(opf, "href=\"" + href + "\" media-type=\"" +
                             std::string(otf ? "font/otf" : "font/ttf") + "\""))
        << href;
    EXPECT_TRUE(has(fcss, "url(\"../" + href + "\")"));
  }
}

TEST(EpubWriter, LongIssueSplitPerArticle) {
  auto d = sample_digest(1);
  std::string path = tmp_path("split.epub");
  EpubOptions o;
  o.embed_fonts = false;
  o.timestamp = kStamp;
  o.split_bytes = 100;
  write_epub(d, layouts_for(d, false), path, o);
  auto names = zip_names(path);
  for (const char* n : {"EPUB/text/issue-01.xhtml", "EPUB/text/issue-01-01.xhtml",
                        "EPUB/text/issue-01-02.xhtml", "EPUB/text/issue-01-03.xhtml"})
    EXPECT_NE(std::find(names.begin(), names.end(), n), names.end()) << n;
  EXPECT_TRUE(has(zip_entry(path, "EPUB/nav.xhtml"), "href=\"text/issue-01-02.xhtml#i01-a02\""));
  auto r = epubcheck(path);
  if (!r.ran) GTEST_SKIP() << "java or /usr/share/java/epubcheck.jar missing: epubcheck not run";
  EXPECT_TRUE(r.clean) << r.output;
}

TEST(EpubWriter, BadInputIsAnError) {
  auto d = sample_digest(1);
  EXPECT_THROW(write(d, {}, tmp_path("x.epub")), Error) << "layout count mismatch";
  d.issues[0].articles[0].blocks[1].text[1].text = "bad \xff byte";
  try {
    write(d, layouts_for(d, false), tmp_path("bad.epub"), false);
    FAIL() << "invalid UTF-8 accepted";
  } catch (const Error& e) {
    EXPECT_TRUE(has(e.what(), "fixture.txt:7")) << e.what();
    EXPECT_TRUE(has(e.what(), "invalid UTF-8")) << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(tmp_path("bad.epub"))) << "no partial file";
  auto d2 = sample_digest(1);
  EXPECT_THROW(write(d2, layouts_for(d2, false), "/nonexistent-dir/x.epub"), Error);
}

}  // namespace
}  // namespace wz::epub

namespace wz::epub {
namespace {

using namespace test;

TEST(EpubWriter, CoverImageFromOptions) {
  auto d = sample_digest(1);
  d.options.cover_image = std::string(WZ_SOURCE_DIR) + "/tests/data/cover-1x1.png";  // 1×1
  std::string path = tmp_path("cover.epub");
  EpubOptions o;
  o.embed_fonts = false;
  o.timestamp = 1707985800;
  write_epub(d, layouts_for(d, false), path, o);
  std::string opf = zip_entry(path, "EPUB/content.opf");
  EXPECT_TRUE(has(opf,
                  "href=\"images/cover.png\" media-type=\"image/png\" "
                  "properties=\"cover-image\""))
      << opf;
  EXPECT_TRUE(has(opf, "<itemref idref=\"cover\"/>"));
  EXPECT_EQ(zip_entry(path, "EPUB/images/cover.png"), read_file(d.options.cover_image));
  EXPECT_TRUE(has(zip_entry(path, "EPUB/nav.xhtml"), "epub:type=\"cover\""));
  auto r = epubcheck(path);
  if (!r.ran) GTEST_SKIP() << "java or /usr/share/java/epubcheck.jar missing: epubcheck not run";
  EXPECT_TRUE(r.clean) << r.output;
}

// A picture or cover wider than 1600 px goes into the EPUB as a copy 1600 px wide (issue 10);
// a picture that is the cover's file is the cover's copy (each file once).
TEST(EpubWriter, WidePicturesGetANarrowerCopy) {
  auto d = sample_digest(1);
  const std::string wide = tmp_path("wide.jpg"), other = tmp_path("wide2.jpg");
  std::ofstream(wide, std::ios::binary) << wz::test::make_jpeg(3200, 1600, 3);
  std::ofstream(other, std::ios::binary) << wz::test::make_jpeg(3200, 1600, 1);
  d.options.cover_image = wide;
  auto& blocks = d.issues[0].articles[0].blocks;
  for (const std::string& file : {other, wide}) {
    model::Block pic;
    pic.kind = model::BlockKind::Image;
    pic.image = {file, "宽幅照片"};
    blocks.insert(blocks.begin(), pic);
  }
  std::string path = tmp_path("wide.epub");
  EpubOptions o;
  o.embed_fonts = false;
  o.timestamp = 1707985800;
  EpubStats st = write_epub(d, layouts_for(d, false), path, o);
  EXPECT_EQ(st.pictures, 2);
  for (const char* entry : {"EPUB/images/cover.jpg", "EPUB/images/p1.jpg"}) {
    Image img = check_image(zip_entry(path, entry), entry, "image");
    EXPECT_EQ(img.width, 1600) << entry;
    EXPECT_EQ(img.height, 800) << entry;
  }
  int images = 0;
  for (const std::string& n : zip_names(path)) images += n.rfind("EPUB/images/", 0) == 0;
  EXPECT_EQ(images, 2);  // the cover file's picture is no copy of its own
  std::string text;
  for (const std::string& n : zip_names(path))
    if (n.rfind("EPUB/text/issue-", 0) == 0) text += zip_entry(path, n);
  EXPECT_NE(text.find("src=\"../images/cover.jpg\""), std::string::npos);
  EXPECT_NE(text.find("src=\"../images/p1.jpg\""), std::string::npos);
}

TEST(EpubWriter, CssFollowsTheLayout) {
  auto d = sample_digest(2);
  auto ls = layouts_for(d, true);
  ls[0] = model::parse_layout(
      "[grid]\nbody_size = 16\nline_pitch = 1.75\nindent = 2\n"
      "[styles.headline]\nsize = 32\nalign = \"center\"\n",
      "large.toml");
  std::string path = tmp_path("css.epub");
  EpubOptions o;
  o.timestamp = 1707985800;
  write_epub(d, ls, path, o);
  std::string h = zip_entry(path, "EPUB/text/issue-01.xhtml");
  std::string v = zip_entry(path, "EPUB/text/issue-02.xhtml");
  // Each issue links its own layout's sheet.
  auto sheet = [](const std::string& x) {
    auto p = x.rfind("../css/layout-");
    return x.substr(p + 3, x.find('"', p) - p - 3);
  };
  std::string hc = zip_entry(path, "EPUB/" + sheet(h)), vc = zip_entry(path, "EPUB/" + sheet(v));
  ASSERT_FALSE(hc.empty());
  ASSERT_FALSE(vc.empty());
  EXPECT_NE(hc, vc);
  EXPECT_TRUE(has(hc, "font-size: 1.5238em;")) << "16 pt body against the reader's 10.5 pt";
  EXPECT_TRUE(has(hc, "line-height: 1.75;"));
  EXPECT_TRUE(has(hc, "text-indent: 2em;\n  text-align: justify;"));
  EXPECT_TRUE(has(hc, "header h2 {")) << hc;
  EXPECT_TRUE(has(hc, "font-size: 2em;\n  line-height: 1.25;\n  text-align: center;"))
      << "headline 32 pt on a 16 pt body";
  EXPECT_TRUE(has(hc, "line-break: strict;"));
  EXPECT_TRUE(has(hc, "hanging-punctuation: none;"));
  EXPECT_TRUE(has(hc, "writing-mode: horizontal-tb;"));
  EXPECT_TRUE(has(vc, "writing-mode: vertical-rl;"));
  EXPECT_TRUE(has(vc, "-epub-writing-mode: vertical-rl;"));
  // Embedded face first, then the reader's fonts, then the generic family.
  EXPECT_TRUE(has(hc, "font-family: \"wz Noto Serif CJK SC\", \"Noto Serif CJK SC\","));
  EXPECT_TRUE(has(hc, "serif;"));
}

}  // namespace
}  // namespace wz::epub
