// The catalogue metadata in the OPF and the nav's depth ([options] toc_depth), issue 13.
#include <gtest/gtest.h>

#include "epub/epub_writer.h"
#include "epub_fixture.h"

namespace wz::epub {
namespace {

using namespace test;

constexpr long long kStamp = 1707985800;  // 2024-02-15 08:30:00 UTC

std::string write(const model::Digest& d, const std::string& name) {
  EpubOptions o;
  o.embed_fonts = false;
  o.timestamp = kStamp;
  std::string path = tmp_path(name);
  write_epub(d, layouts_for(d, false), path, o);
  return path;
}

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

size_t count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

model::Digest catalogued() {
  auto d = sample_digest(2);
  d.rights = "© 2024 文摘编辑部";
  d.description = "工会新闻的月度汇编";
  d.subjects = {"工会", "劳动保障"};
  d.series = "职工文摘丛书";
  d.series_number = 3;
  d.isbn = "9780306406157";
  d.issn = "0317-8471";
  d.contributors = {{"李华", model::ContributorRole::Photographer},
                    {"王芳", model::ContributorRole::Editor}};
  return d;
}

TEST(EpubMetadata, OpfCarriesTheCatalogue) {
  std::string path = write(catalogued(), "catalogue.epub");
  std::string opf = zip_entry(path, "EPUB/content.opf");
  EXPECT_TRUE(has(opf, "<dc:identifier id=\"isbn\">urn:isbn:9780306406157</dc:identifier>"));
  EXPECT_TRUE(has(opf, "<dc:identifier id=\"issn\">urn:issn:0317-8471</dc:identifier>"));
  EXPECT_TRUE(has(opf, "<dc:rights>© 2024 文摘编辑部</dc:rights>"));
  EXPECT_TRUE(has(opf, "<dc:description>工会新闻的月度汇编</dc:description>"));
  EXPECT_EQ(count(opf, "<dc:subject>"), 2u);
  EXPECT_TRUE(has(opf,
                  "<dc:contributor id=\"contributor-1\">李华</dc:contributor>\n"
                  "<meta refines=\"#contributor-1\" property=\"role\" "
                  "scheme=\"marc:relators\">pht</meta>"));
  EXPECT_TRUE(has(opf, "scheme=\"marc:relators\">edt</meta>"));
  EXPECT_TRUE(
      has(opf, "<meta property=\"belongs-to-collection\" id=\"series\">职工文摘丛书</meta>"));
  EXPECT_TRUE(has(opf, "<meta refines=\"#series\" property=\"group-position\">3</meta>"));
  auto r = epubcheck(path);
  if (!r.ran) GTEST_SKIP() << "java or /usr/share/java/epubcheck.jar missing: epubcheck not run";
  EXPECT_TRUE(r.clean) << r.output;
}

TEST(EpubMetadata, NavFollowsTocDepth) {
  auto d = sample_digest(2);
  size_t sections = 0, articles = 0;
  for (const auto& is : d.issues)
    for (const auto& a : is.articles) {
      ++articles;
      for (const auto& b : a.blocks) sections += b.kind == model::BlockKind::SectionHead;
    }
  ASSERT_GT(sections, 0u) << "the fixture needs section heads";
  auto lis = [&](model::TocDepth depth, const std::string& name) {
    d.options.toc_depth = depth;
    std::string nav = zip_entry(write(d, name), "EPUB/nav.xhtml");
    std::string toc = nav.substr(0, nav.find("landmarks"));
    return count(toc, "<li>");
  };
  EXPECT_EQ(lis(model::TocDepth::Issue, "depth-issue.epub"), d.issues.size());
  EXPECT_EQ(lis(model::TocDepth::Article, "depth-article.epub"), d.issues.size() + articles);
  EXPECT_EQ(lis(model::TocDepth::Section, "depth-section.epub"),
            d.issues.size() + articles + sections);
  std::string path = tmp_path("depth-section.epub");
  std::string ncx = zip_entry(path, "EPUB/toc.ncx");
  EXPECT_TRUE(has(ncx, "<meta name=\"dtb:depth\" content=\"3\"/>")) << ncx.substr(0, 400);
  auto r = epubcheck(path);
  if (!r.ran) GTEST_SKIP() << "java or /usr/share/java/epubcheck.jar missing: epubcheck not run";
  EXPECT_TRUE(r.clean) << r.output;
}

}  // namespace
}  // namespace wz::epub
