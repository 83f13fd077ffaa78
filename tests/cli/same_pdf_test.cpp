// Issue 10 ("output stays byte-reproducible"): the PDF and the EPUB are the same bytes
// whichever outputs a build is asked for. A build of the PDF alone still announces what the
// EPUB would embed of each face (epub::EpubOptions::fonts_only: a full build's PDF shares
// the EPUB's subsets), and decodes a JPEG at the EPUB copy's scale (base/picture_store.h),
// as a full build does; a build of the EPUB alone still sets the pages, whose glyphs the
// EPUB's font subsets hold.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../image_maker.h"
#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

// The PDF of `manifest` built with the EPUB and built alone: the same bytes; the EPUB too.
void same_pdf(const std::string& manifest, const std::string& name, const std::string& flags = "") {
  SCOPED_TRACE(manifest + " " + flags);
  const fs::path full = tmpdir(name + "-full"), alone = tmpdir(name + "-alone");
  const std::string stem = fs::path(manifest).stem().string() + ".pdf";
  auto build = [&](const fs::path& out, const std::string& more) {
    return run("SOURCE_DATE_EPOCH=1700000000 " + kBin + " build -q --allow-outside " + flags +
               more + " " + manifest + " -o " + out.string());
  };
  Result a = build(full, ""), b = build(alone, " --pdf-only");
  ASSERT_EQ(a.code, 0) << a.out;
  ASSERT_EQ(b.code, 0) << b.out;
  ASSERT_TRUE(fs::exists(full / stem));
  EXPECT_EQ(slurp(full / stem), slurp(alone / stem));
  // And the EPUB built with the PDF and built alone.
  const fs::path epub_alone = tmpdir(name + "-epub-alone");
  const std::string epub = fs::path(manifest).stem().string() + ".epub";
  Result c = build(epub_alone, " --epub-only");
  ASSERT_EQ(c.code, 0) << c.out;
  ASSERT_TRUE(fs::exists(full / epub));
  EXPECT_FALSE(fs::exists(epub_alone / stem));
  EXPECT_EQ(slurp(full / epub), slurp(epub_alone / epub)) << epub << " of --epub-only differs";
}

TEST(SamePdf, WithOrWithoutTheEpubForTheSampleAndTheVerticalDigest) {
  same_pdf(kSrc + "/samples/digest.toml", "same-sample");
  same_pdf(kSrc + "/samples/digest.toml", "same-sample-print", "--profile print ");
  same_pdf(kSrc + "/tests/data/vertical.toml", "same-vertical");
}

TEST(SamePdf, WithOrWithoutTheEpubForAShrunkJpeg) {
  // A JPEG wider than the EPUB's copy, shrunk for the PDF: its copies come from one decode.
  const fs::path d = tmpdir("same-jpeg");
  std::ofstream(d / "wide.jpg", std::ios::binary) << wz::test::make_jpeg(
      3200, 2000, 3, false, [](int x, int y, int c) { return (x * 7 + y * 3 + c * 50) % 256; });
  std::ofstream(d / "page.md") << "# 图片新闻\n\n![车间](wide.jpg)\n\n图注：车间里的新设备。\n\n"
                                  "正文一段，说明图片。\n";
  std::ofstream(d / "d.toml") << "[digest]\ntitle = \"文摘\"\ndate = \"2024-04\"\n\n"
                                 "[[issues]]\ntitle = \"一\"\ndate = \"2024-04-01\"\n"
                                 "sources = [\"page.md\"]\nlayout = \"vertical\"\n";
  same_pdf((d / "d.toml").string(), "same-jpeg-out");
}

}  // namespace
