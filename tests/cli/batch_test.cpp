// `wenzhai build A.toml B.toml --jobs 2`: the outputs are byte for byte those of two
// single builds; one JSON line per digest in manifest order; a failed digest makes the
// exit non-zero without stopping the others; two manifests of one stem are refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

// The sample's pages and photos with two manifests beside them: a.toml (the whole sample) and
// b.toml (two of its issues under another title).
fs::path two_manifests(const std::string& name) {
  fs::path d = tmpdir(name);
  fs::copy(kSrc + "/samples/pages", d / "pages", fs::copy_options::recursive);
  fs::copy(kSrc + "/samples/photos", d / "photos", fs::copy_options::recursive);
  fs::copy_file(kSrc + "/samples/digest.toml", d / "a.toml");
  std::ofstream(d / "b.toml") << "[digest]\ntitle = \"第二本\"\ndate = \"2024-05\"\n\n"
                                 "[[issues]]\ntitle = \"甲\"\nsources = [\"pages/page-03.txt\"]\n"
                                 "layout = \"book-a5\"\n\n"
                                 "[[issues]]\ntitle = \"乙\"\nsources = [\"pages/page-01.txt\"]\n";
  return d;
}

TEST(CliBatch, TwoManifestsWithTwoJobsGiveTheBytesOfTwoSingleBuilds) {
  fs::path d = two_manifests("batch");
  std::string a = (d / "a.toml").string(), b = (d / "b.toml").string();
  for (const std::string& m : {a, b}) {
    Result r = run(kBin + " build -q " + m + " -o " + (d / "single").string());
    ASSERT_EQ(r.code, 0) << r.out;
  }
  Result r = run(kBin + " build --json --jobs 2 " + a + " " + b + " -o " + (d / "batch").string() +
                 " 2>/dev/null");
  ASSERT_EQ(r.code, 0) << r.out;
  for (const char* f : {"a.pdf", "a.epub", "b.pdf", "b.epub"}) {
    std::string one = slurp(d / "single" / f);
    EXPECT_FALSE(one.empty()) << f;
    EXPECT_TRUE(one == slurp(d / "batch" / f)) << f << " differs between batch and single build";
  }
  // One summary line per digest, in manifest order, each naming its manifest.
  size_t nl = r.out.find('\n');
  ASSERT_NE(nl, std::string::npos) << r.out;
  EXPECT_EQ(r.out.rfind("{\"manifest\":\"" + a + "\",\"issues\":5,", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find("{\"manifest\":\"" + b + "\",\"issues\":2,", nl + 1), nl + 1) << r.out;
  EXPECT_EQ(r.out.find('\n', nl + 1), r.out.size() - 1) << r.out;  // two lines, no more
}

TEST(CliBatch, AFailedDigestMakesTheExitNonZeroAndTheOthersAreBuilt) {
  fs::path d = two_manifests("batch-fail");
  std::ofstream(d / "c.toml") << "[digest]\ntitle = \"坏\"\n\n[[issues]]\ntitle = \"丙\"\n"
                                 "sources = [\"pages/missing.txt\"]\n";
  std::string b = (d / "b.toml").string(), c = (d / "c.toml").string();
  Result r = run(kBin + " build --json -j 2 " + c + " " + b + " -o " + (d / "out").string() +
                 " 2>/dev/null");
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_EQ(r.out.rfind("{\"manifest\":\"" + c + "\",\"error\":{\"kind\":\"input\",\"file\":\"" +
                            c + "\",\"line\":6",
                        0),
            0u)
      << r.out;
  EXPECT_NE(r.out.find("{\"manifest\":\"" + b + "\",\"issues\":2,"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::exists(d / "out" / "b.pdf"));
  EXPECT_FALSE(fs::exists(d / "out" / "c.pdf"));
}

TEST(CliBatch, TwoManifestsOfOneStemAreRefused) {
  fs::path d = two_manifests("batch-stem");
  fs::create_directories(d / "x");
  fs::copy_file(d / "b.toml", d / "x" / "b.toml");
  Result r = run(kBin + " build " + (d / "b.toml").string() + " " + (d / "x/b.toml").string() +
                 " -o " + (d / "out").string());
  EXPECT_EQ(r.code, 2) << r.out;
  EXPECT_NE(r.out.find("would both write b.pdf"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(d / "out"));
}

}  // namespace
