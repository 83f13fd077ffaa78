// Golden dumps pin the sample digest: its document model and every line set on its pages.
// After an intended change, regenerate with WZ_UPDATE_GOLDEN=1 ctest -R Golden and review
// the diff of tests/golden/ before committing it.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

std::string capture(const std::string& cmd) {
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p.get())) > 0) out.append(buf.data(), n);
  return out;
}

void golden(const std::string& args, const std::string& name) {
  std::string got = capture(std::string(WZ_BINARY) + " " + args);
  fs::path file = fs::path(WZ_SOURCE_DIR) / "tests" / "golden" / name;
  if (std::getenv("WZ_UPDATE_GOLDEN")) std::ofstream(file) << got;
  ASSERT_TRUE(fs::exists(file)) << file << " missing: run with WZ_UPDATE_GOLDEN=1";
  std::string want = wz::clitest::slurp(file);
  EXPECT_EQ(got, want) << "differs from " << file << " (WZ_UPDATE_GOLDEN=1 to regenerate)";
}

const std::string kSample = std::string(WZ_SOURCE_DIR) + "/samples/digest.toml";

TEST(Golden, SampleModelDump) {
  golden("dump --positions " + kSample, "sample.model.txt");
}

TEST(Golden, SamplePagesDump) {
  golden("dump --pages " + kSample, "sample.pages.txt");
}

// Issue 10: a story whose photo follows its ninth paragraph, in a broadsheet block with
// picture_columns = 2 (tests/data/broadsheet-pictures): the photo spans two columns where
// its text falls, under the line before it and a gap row, the text above and under it in
// both columns, every line on the grid. Before, it stood at the top of the block's text,
// over the byline and the paragraphs that come before it.
TEST(Golden, BroadsheetPictureInTheMiddleOfABlock) {
  golden(
      "dump --pages " + std::string(WZ_SOURCE_DIR) + "/tests/data/broadsheet-pictures/digest.toml",
      "broadsheet-pictures.pages.txt");
}

// Round trip: building from a raw page and from its segmented structured source gives the
// same document model.
TEST(Golden, SegmentedSourceBuildsTheSameModel) {
  fs::path d = fs::temp_directory_path() / "wz-roundtrip";
  fs::remove_all(d);
  fs::create_directories(d);
  std::string bin = WZ_BINARY, src = WZ_SOURCE_DIR;
  for (const char* page : {"page-01", "page-02", "page-03"}) {
    std::string raw = src + "/samples/pages/" + page + ".txt";
    std::string md = (d / (std::string(page) + ".md")).string();
    capture(bin + " segment " + raw + " > " + md);
    std::ofstream(d / "raw.toml") << "[digest]\ntitle = \"t\"\n[options]\nroots = [\"" << src
                                  << "/samples/pages\"]\n[[issues]]\ntitle = \"i\"\nsources = [\""
                                  << raw << "\"]\n";
    std::ofstream(d / "md.toml")
        << "[digest]\ntitle = \"t\"\n[[issues]]\ntitle = \"i\"\nsources = [\"" << md << "\"]\n";
    std::string a = capture(bin + " dump " + (d / "raw.toml").string());
    std::string b = capture(bin + " dump " + (d / "md.toml").string());
    EXPECT_GT(a.size(), 200u) << a;
    EXPECT_EQ(a, b) << page;
    std::string pa = capture(bin + " dump --pages " + (d / "raw.toml").string());
    std::string pb = capture(bin + " dump --pages " + (d / "md.toml").string());
    EXPECT_EQ(pa, pb) << page << ": the typeset lines differ";
  }
}

}  // namespace
