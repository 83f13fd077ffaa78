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

// The sample's Hong Kong edition, built once for the tests below.
class CliEdition : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = tmpdir("edition-hk");
    built = run(kBin + " build " + kSrc + "/samples/digest-hk.toml -o " + dir.string());
    pdf = (dir / "digest-hk.pdf").string(), epub = (dir / "digest-hk.epub").string();
  }
  static inline fs::path dir;
  static inline Result built;
  static inline std::string pdf, epub;
};

TEST_F(CliEdition, HongKongEditionOfTheSample) {
  const Result& b = built;
  ASSERT_EQ(b.code, 0) << b.out;
  // The first issue's opening (after the cover and a contents down to the section heads).
  Result text = run("pdftotext -f 3 -l 5 " + pdf + " -");
  EXPECT_TRUE(has(text.out, "勞動保障")) << text.out;          // 劳动 → 勞動
  EXPECT_TRUE(has(text.out, "「十項暖心舉措」")) << text.out;  // corner brackets
  EXPECT_FALSE(has(text.out, "劳动")) << text.out;
  EXPECT_EQ(run("mutool show " + pdf + " trailer/Root/Lang").out, "(zh-HK)\n");
  Result fonts = run("pdffonts " + pdf);
  EXPECT_TRUE(has(fonts.out, "NotoSerifCJKhk-Regular")) << fonts.out;
  EXPECT_FALSE(has(fonts.out, "NotoSerifCJKsc")) << fonts.out;
  // The Kai role has HK faces too (UKai HK); they lack one character the edition uses: 閲
  // (s2hk's form of 阅) of the EPUB's tip label 閲讀提示, set in the tip's Kai face.
  std::string warnings = b.out;
  const std::string known = "warning: font AR PL UKai HK lacks 閲: readers fall back";
  if (size_t at = warnings.find(known); at != std::string::npos) warnings.erase(at, known.size());
  EXPECT_FALSE(has(warnings, "lacks")) << b.out;
  Result opf = run("unzip -p " + epub + " EPUB/content.opf");
  EXPECT_TRUE(has(opf.out, "<dc:language>zh-HK</dc:language>")) << opf.out;
  EXPECT_TRUE(has(opf.out, "<dc:title>職工文摘</dc:title>")) << opf.out;
  EXPECT_EQ(run("qpdf --check " + pdf).code, 0);
  if (!have_shared()) GTEST_SKIP() << "../shared missing: check-digest not run";
  // No --source: the text is converted, so the sources' characters are not the output's.
  Result check = run(kShared + "/tools/check-digest --pdf " + pdf + " --epub " + epub);
  EXPECT_EQ(check.code, 0) << check.out;
}

// The words wenzhai adds are the edition's too (model/labels.h, variant::labels_for): the
// contents page and its page label, the reading tip (issue 4), the EPUB nav and landmarks.
TEST_F(CliEdition, ProgramsOwnWordsAreTraditional) {
  ASSERT_EQ(built.code, 0) << built.out;
  Result contents = run("pdftotext -raw -f 2 -l 2 " + pdf + " -");  // its heading: 目　錄
  EXPECT_EQ(contents.out.substr(0, contents.out.find('\n')), "目 錄") << contents.out;
  Result all = run("pdftotext " + pdf + " -");
  EXPECT_TRUE(has(all.out, "閲讀提示")) << all.out;  // s2hk: 阅 → 閲 (Hong Kong's form)
  EXPECT_TRUE(has(all.out, "編者：")) << all.out;    // the cover
  for (const char* simplified : {"阅读提示", "编者：", "转下页", "接上页"})
    EXPECT_FALSE(has(all.out, simplified)) << simplified;
  Result labels = run("qpdf --json " + pdf);  // "pagelabels": cover, contents, folios
  EXPECT_TRUE(has(labels.out, "\"u:目錄\"")) << "the contents page's label";
  EXPECT_FALSE(has(labels.out, "\"u:目录\"")) << "the contents page's label";
  Result nav = run("unzip -p " + epub + " EPUB/nav.xhtml");
  EXPECT_TRUE(has(nav.out, ">目錄<")) << nav.out;
  EXPECT_TRUE(has(nav.out, ">導覽<")) << nav.out;
  EXPECT_TRUE(has(nav.out, ">書名頁<")) << nav.out;
  for (const char* simplified : {"目录", "导览", "书名页"})
    EXPECT_FALSE(has(nav.out, simplified)) << simplified;
  Result text = run("unzip -p " + epub + " 'EPUB/text/*.xhtml' EPUB/content.opf");
  EXPECT_TRUE(has(text.out, "tip-label\">閲讀提示")) << "reading tip";
  EXPECT_TRUE(has(text.out, "全書為文字內容，標題層級、目錄")) << "accessibility summary";
  EXPECT_FALSE(has(text.out, "阅读提示"));
  EXPECT_FALSE(has(text.out, "编者："));
}

}  // namespace
