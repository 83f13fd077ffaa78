// The sample digest's pictures (issue 10): placed in every layout, the baseline grid holding
// below each (dump --pages positions), shown in the EPUB with alt text.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <sstream>

#include "cli_util.h"

namespace {

const std::string kSample = std::string(WZ_SOURCE_DIR) + "/samples/digest.toml";

TEST(SamplePictures, GridHoldsBelowEveryPicture) {
  std::string dump = wz::clitest::run(wz::clitest::kBin + " dump --pages " + kSample).out;
  std::regex pic(R"(^p(\d+) picture y=([\d.]+) x=([\d.]+) w=([\d.]+) h=([\d.]+) bottom=([\d.]+) )");
  std::regex line(R"(^p(\d+) c(\d+) y=([\d.]+) x=([\d.]+) w=[\d.]+/[\d.]+ (\S+))");
  struct Line {
    int page, column;
    double y, x;
    std::string kind;
  };
  std::vector<Line> lines;
  std::vector<std::array<double, 5>> pictures;  // page, y, x, w, bottom
  std::istringstream in(dump);
  for (std::string s; std::getline(in, s);) {
    std::smatch m;
    if (std::regex_search(s, m, pic))
      pictures.push_back(
          {std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), std::stod(m[6])});
    else if (std::regex_search(s, m, line))
      lines.push_back({std::stoi(m[1]), std::stoi(m[2]), std::stod(m[3]), std::stod(m[4]), m[5]});
  }
  ASSERT_GE(pictures.size(), 5u);  // one per layout (the cover's too)
  int checked = 0;
  for (const auto& p : pictures) {
    // The first caption under the picture, on its page, in its column's span.
    const Line* cap = nullptr;
    for (const auto& l : lines)
      if (l.page == p[0] && l.kind == "caption" && l.y > p[4] && l.x >= p[2] - 30 &&
          l.x <= p[2] + p[3] && (!cap || l.y < cap->y))
        cap = &l;
    if (!cap) continue;  // the cover picture, and vertical pages (caption beside it)
    // A body line of the same page and column: the caption is a whole number of pitches
    // from it (the grid holds), and the pitch is the gap of two body lines.
    std::vector<double> body;
    for (const auto& l : lines)
      if (l.page == cap->page && l.column == cap->column && l.kind == "paragraph")
        body.push_back(l.y);
    if (body.size() < 2) continue;
    double pitch = 1e9;
    for (size_t i = 1; i < body.size(); ++i)
      if (body[i] - body[i - 1] > 1) pitch = std::min(pitch, body[i] - body[i - 1]);
    double k = (cap->y - body[0]) / pitch;
    EXPECT_NEAR(k, std::round(k), 0.01) << "page " << cap->page << " caption y " << cap->y;
    EXPECT_LT(cap->y - p[4], 2 * pitch) << "page " << cap->page;  // right under the picture
    ++checked;
  }
  EXPECT_GE(checked, 2);
}

// The tagged PDF: each captioned picture is a Div holding its Figure, then its Caption
// (pdfinfo -struct, poppler's reading of the structure tree).
TEST(SamplePictures, CaptionSitsWithItsFigureInADiv) {
  if (wz::clitest::run("command -v pdfinfo").code != 0) GTEST_SKIP() << "pdfinfo missing";
  auto dir = wz::clitest::tmpdir("pictures-struct");
  ASSERT_EQ(
      wz::clitest::run(wz::clitest::kBin + " build -q " + kSample + " -o " + dir.string()).code, 0);
  std::string tree = wz::clitest::run("pdfinfo -struct " + (dir / "digest.pdf").string()).out;
  std::istringstream in(tree);
  std::vector<std::string> lines;
  for (std::string s; std::getline(in, s);) lines.push_back(s);
  auto indent = [](const std::string& s) { return s.find_first_not_of(' '); };
  int wrapped = 0;
  for (size_t i = 0; i + 2 < lines.size(); ++i) {
    if (lines[i].find("Figure") == std::string::npos || indent(lines[i]) == std::string::npos)
      continue;
    if (i == 0 || lines[i - 1].substr(indent(lines[i - 1]), 3) != "Div") continue;
    EXPECT_EQ(indent(lines[i - 1]) + 2, indent(lines[i])) << "Figure inside the Div";
    EXPECT_EQ(lines[i + 1].substr(indent(lines[i + 1])), "Caption") << "line " << i + 2;
    EXPECT_EQ(indent(lines[i + 1]), indent(lines[i])) << "the Caption beside the Figure";
    ++wrapped;
  }
  EXPECT_GE(wrapped, 5) << tree;  // every captioned picture of the sample (the cover's has none)
}

// The bench says what pictures cost (times not asserted: only that the line is there, with
// the sample's counts: the EPUB's three photos, the workshop photo its cover's copy too
// (before, a fourth copy for the cover); five copies shrunk for the
// PDF: the workshop photo for the cover and p3, the classroom, the reading room twice), and
// each of the three files (the cover is the workshop photo) decoded once for the check, the
// PDF and the EPUB (base/picture_store.h; before, three libpng decodes of each).
TEST(SamplePictures, BenchReportsWhatPicturesCost) {
  std::string out = wz::clitest::run(wz::clitest::kBin + " bench " + kSample + " -n 1").out;
  std::regex line(R"(pictures [\d.]+ ms: check [\d.]+ ms .*pdf [\d.]+ ms and epub [\d.]+ ms)");
  EXPECT_TRUE(std::regex_search(out, line)) << out;
  EXPECT_NE(out.find("3 files, 5 copies shrunk to image_max_dpi, 3 decodes"), std::string::npos)
      << out;
}

// A picture in an article's text that does not fit at the foot of a book-a5 page floats:
// the text after it fills the page to its foot and the picture, with its caption, heads
// the next page (issue 10: "placed on the next column ... the text flows around the gap
// without a hole"). Read from dump --pages.
TEST(SamplePictures, APictureThatWillNotFitFloatsAndTheTextFillsThePage) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("wz-float-" + std::to_string(::getpid()));
  fs::create_directories(dir / "pages");
  fs::copy_file(wz::clitest::kSrc + "/samples/photos/workshop.png", dir / "workshop.png",
                fs::copy_options::overwrite_existing);
  const std::string para =
      "走进江城重型机械厂王建军劳模创新工作室，墙上挂满了各类获奖证书，桌上摆着一摞摞图纸。"
      "去年，车间一台大型龙门铣床频繁出现精度偏差，影响产品质量。";
  {
    std::ofstream md(dir / "pages" / "a.md");
    md << "# 工作室里的新故事\n\n";
    for (int i = 1; i <= 3; ++i) md << "第" << i << "段。" << para << "\n\n";
    md << "![车间里的厂房和烟囱](../workshop.png \"4月8日，技能大师演示数控加工操作。\")\n\n";
    for (int i = 1; i <= 12; ++i) md << "后文第" << i << "段。" << para << "\n\n";
    std::ofstream(dir / "d.toml")
        << "[digest]\ntitle = \"试验\"\ndate = \"2024-03\"\nlanguage = \"zh-CN\"\n\n"
           "[[issues]]\ntitle = \"第一期\"\ndate = \"2024-03-04\"\n"
           "sources = [\"pages/a.md\"]\nlayout = \"book-a5\"\n";
  }
  auto r = wz::clitest::run(wz::clitest::kBin + " dump --pages " + (dir / "d.toml").string());
  fs::remove_all(dir);
  ASSERT_EQ(r.code, 0) << r.out;
  std::regex pic(R"(^p(\d+) picture y=([\d.]+) )");
  std::regex line(R"(^p(\d+) c\d+ y=([\d.]+) x=\S+ w=\S+ (?:paragraph|caption) .*\|(.*)\|$)");
  int pic_page = -1, after_page = -1;
  double pic_y = 0;
  std::map<int, double> foot;  // deepest body baseline per page
  std::istringstream in(r.out);
  for (std::string s; std::getline(in, s);) {
    std::smatch m;
    if (std::regex_search(s, m, pic)) {
      pic_page = std::stoi(m[1]), pic_y = std::stod(m[2]);
    } else if (std::regex_search(s, m, line)) {
      int page = std::stoi(m[1]);
      foot[page] = std::max(foot[page], std::stod(m[2]));
      if (after_page < 0 && m[3].str().rfind("后文第1段", 0) == 0) after_page = page;
    }
  }
  ASSERT_GT(pic_page, 0) << r.out;
  EXPECT_EQ(after_page, pic_page - 1) << "the text after the picture fills the page before it";
  EXPECT_LT(pic_y, foot[pic_page] / 4) << "the picture heads its page";
  // The text runs on past the picture's page, so that page is full: the page before
  // reaches as deep.
  EXPECT_NEAR(foot[pic_page - 1], foot[pic_page], 1.0) << "no hole at the foot";
}

}  // namespace
