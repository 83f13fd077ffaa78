// Text extraction of vertical CFF text: mupdf's structured text must put a vertical column
// of Noto CJK glyphs on one line with 1-em quads (it once made every glyph a line of its
// own: FreeType gives a bare CFF program no vertical advance), while a horizontal-only CFF
// face keeps its compact CFF program. Each test skips visibly when its tool is missing.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "pdf/pdf_writer.h"
#include "pdf_test_util.h"

namespace fs = std::filesystem;
using namespace wz;
using namespace wz::pdf::test;
using Dir = pages::GlyphRun::Dir;

namespace {

// Sample column in the seeds' style (written for this test), with the marks that must not
// start or end a line.
const std::string kColumn = "本报讯（记者林晓）职工书屋开放，欢迎、参观。";

pages::Item run_item(pages::GlyphRun r) {
  pages::Item it;
  it.body = std::move(r);
  return it;
}

class VerticalExtractTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto song = find_face("Noto Serif CJK SC");
    if (!song) GTEST_SKIP() << "Noto Serif CJK SC not installed";
    song_ = *song;
    dir_ = fs::temp_directory_path() / ("wz_vext_test_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  std::string write(Dir dir, const std::string& name) {
    pages::Document d;
    d.fonts = {song_};
    pages::Page p;
    p.items.push_back(run_item(dir == Dir::Vertical
                                   ? shape(song_, 0, kColumn, kSize, dir, 400, 60)
                                   : shape(song_, 0, kColumn, kSize, dir, 40, 80)));
    d.pages = {p};
    std::string path = (dir_ / name).string();
    pdf::write_pdf(d, path);
    return path;
  }
  static constexpr double kSize = 20;
  pages::FontFace song_;
  fs::path dir_;
};

TEST_F(VerticalExtractTest, MutoolPutsAVerticalNotoColumnOnOneLine) {
  if (!have_tool("mutool")) GTEST_SKIP() << "mutool not installed";
  std::string path = write(Dir::Vertical, "v.pdf");
  int rc = 0;
  std::string xml = run("mutool draw -q -F stext -o - '" + path + "' 1 2>/dev/null", &rc);
  ASSERT_EQ(rc, 0) << xml;
  std::regex line_re(R"(<line [^>]*wmode="1"[^>]*>([\s\S]*?)</line>)");
  std::vector<std::string> lines;
  for (std::sregex_iterator it(xml.begin(), xml.end(), line_re), end; it != end; ++it)
    lines.push_back((*it)[1]);
  ASSERT_EQ(lines.size(), 1u) << xml.substr(0, 3000);
  // Every char's quad spans one em down the column: ul.y → ur.y (mupdf's vertical quads
  // run "upper" = right edge, from the top of the glyph to its foot).
  std::regex quad_re(R"(quad="([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+) [^"]*")");
  int chars = 0;
  double prev_end = -1;
  for (std::sregex_iterator it(lines[0].begin(), lines[0].end(), quad_re), end; it != end; ++it) {
    double top = std::stod((*it)[2]), foot = std::stod((*it)[4]);
    EXPECT_NEAR(foot - top, kSize, 0.01) << (*it)[0];
    if (prev_end >= 0) EXPECT_NEAR(top, prev_end, 0.01) << "glyphs abut: " << (*it)[0];
    prev_end = foot;
    ++chars;
  }
  EXPECT_EQ(chars, 22);  // one per character of kColumn
  std::string text = run("mutool draw -q -F txt -o - '" + path + "' 1 2>/dev/null");
  EXPECT_NE(text.find(kColumn + "\n"), std::string::npos) << text;
}

TEST_F(VerticalExtractTest, PdftotextStillReturnsTheColumn) {
  if (!have_tool("pdftotext")) GTEST_SKIP() << "pdftotext not installed";
  std::string text = run("pdftotext -raw '" + write(Dir::Vertical, "v.pdf") + "' -");
  std::string flat;
  for (char c : text)
    if (c != '\n' && c != ' ' && c != '\f') flat += c;
  EXPECT_EQ(flat, kColumn) << text;
}

TEST_F(VerticalExtractTest, OnlyVerticalUseTurnsTheCffIntoTrueType) {
  if (!have_tool("pdffonts")) GTEST_SKIP() << "pdffonts not installed";
  std::string h = run("pdffonts '" + write(Dir::Horizontal, "h.pdf") + "'");
  EXPECT_NE(h.find("CID Type 0C"), std::string::npos) << h;
  std::string v = run("pdffonts '" + write(Dir::Vertical, "v.pdf") + "'");
  EXPECT_NE(v.find("CID TrueType"), std::string::npos) << v;
  EXPECT_NE(v.find("Identity-V"), std::string::npos) << v;
}

}  // namespace
