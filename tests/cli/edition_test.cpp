// End to end: the sample's Hong Kong edition (samples/digest-hk.toml): text converted by
// OpenCC s2hk, tagged zh-HK in both outputs, set in Noto CJK's HK faces (issue 13).
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

TEST(CliEdition, HongKongEditionOfTheSample) {
  fs::path dir = tmpdir("edition-hk");
  Result b = run(kBin + " build " + kSrc + "/samples/digest-hk.toml -o " + dir.string());
  ASSERT_EQ(b.code, 0) << b.out;
  std::string pdf = (dir / "digest-hk.pdf").string(), epub = (dir / "digest-hk.epub").string();
  // The first issue's opening (after the cover and a contents down to the section heads).
  Result text = run("pdftotext -f 3 -l 5 " + pdf + " -");
  EXPECT_TRUE(has(text.out, "勞動保障")) << text.out;          // 劳动 → 勞動
  EXPECT_TRUE(has(text.out, "「十項暖心舉措」")) << text.out;  // corner brackets
  EXPECT_FALSE(has(text.out, "劳动")) << text.out;
  EXPECT_EQ(run("mutool show " + pdf + " trailer/Root/Lang").out, "(zh-HK)\n");
  Result fonts = run("pdffonts " + pdf);
  EXPECT_TRUE(has(fonts.out, "NotoSerifCJKhk-Regular")) << fonts.out;
  EXPECT_FALSE(has(fonts.out, "NotoSerifCJKsc")) << fonts.out;
  EXPECT_FALSE(has(b.out, "lacks")) << b.out;  // the Kai role has HK faces too (UKai HK)
  Result opf = run("unzip -p " + epub + " EPUB/content.opf");
  EXPECT_TRUE(has(opf.out, "<dc:language>zh-HK</dc:language>")) << opf.out;
  EXPECT_TRUE(has(opf.out, "<dc:title>職工文摘</dc:title>")) << opf.out;
  EXPECT_EQ(run("qpdf --check " + pdf).code, 0);
  if (!have_shared()) GTEST_SKIP() << "../shared missing: check-digest not run";
  // No --source: the text is converted, so the sources' characters are not the output's.
  Result check = run(kShared + "/tools/check-digest --pdf " + pdf + " --epub " + epub);
  EXPECT_EQ(check.code, 0) << check.out;
}

}  // namespace
