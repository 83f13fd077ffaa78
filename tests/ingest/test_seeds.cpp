// The done-criterion of the ingest issue, measured with the judge's own scorer:
// score-segmentation gold <(segment --format json) on each seed page.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <regex>

#include "base/file.h"
#include "util.h"

namespace fs = std::filesystem;
using namespace wz::ingest;

namespace {
std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  pclose(p);
  return out;
}
}  // namespace

TEST(Seeds, SegmentationScoresMeetTheIssueThresholds) {
  fs::path shared(WZ_SHARED_DIR);
  fs::path scorer = shared / "tools/score-segmentation";
  if (!fs::exists(scorer) || !fs::exists(shared / "seeds"))
    GTEST_SKIP() << "../shared (seeds, gold, scorer) not present: seed scores not measured";
  int pages = 0;
  for (const auto& e : fs::directory_iterator(shared / "seeds")) {
    fs::path gold = shared / "gold" / e.path().filename().replace_extension(".json");
    if (!fs::exists(gold)) continue;
    SCOPED_TRACE(e.path().string());
    fs::path out = fs::temp_directory_path() / ("wz_seg_" + e.path().stem().string() + ".json");
    wz::write_file_atomic(out.string(), write_segment_json(read_source(e.path().string(), {})));
    std::string r = run("python3 '" + scorer.string() + "' '" + gold.string() + "' '" +
                        out.string() + "' 2>&1");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(r, m, std::regex(R"(headline (\d+)/(\d+).*body (\d+)/(\d+))")))
        << r;
    double head = std::stod(m[1]) / std::stod(m[2]), body = std::stod(m[3]) / std::stod(m[4]);
    ASSERT_TRUE(std::regex_search(r, m, std::regex(R"(F1 ([0-9.]+))"))) << r;
    double f1 = std::stod(m[1]);
    std::printf("  %s: F1 %.3f headline %.2f body %.2f\n", e.path().filename().c_str(), f1, head,
                body);
    EXPECT_GE(f1, 0.95) << r;
    EXPECT_GE(head, 0.90) << r;
    EXPECT_GE(body, 0.90) << r;
    fs::remove(out);
    ++pages;
  }
  EXPECT_GT(pages, 0);
}
