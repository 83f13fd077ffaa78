// The sample digest's pictures (issue 10): placed in every layout, the baseline grid holding
// below each (dump --pages positions), shown in the EPUB with alt text.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
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

}  // namespace
