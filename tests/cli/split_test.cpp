// --split issues: each issue in a PDF and an EPUB of its own, besides or instead of the
// whole digest; an A5 issue's PDF is all A5 (the whole sample mixes A4, A3 and A5).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

const std::string kSample = kSrc + "/samples/digest.toml";

// Every page size pdfinfo reports for `pdf`, one line per distinct size.
std::string page_sizes(const fs::path& pdf) {
  return run("pdfinfo -f 1 -l 999 " + pdf.string() +
             " | sed -n 's/^Page *[0-9]* size: *//p' | sort -u")
      .out;
}

TEST(CliSplit, IssuesBesidesTheWhole) {
  fs::path d = tmpdir("split");
  Result r = run(kBin + " build --json --split issues " + kSample + " -o " + d.string());
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(fs::exists(d / "digest.pdf"));
  EXPECT_TRUE(fs::exists(d / "digest.epub"));
  for (int i = 1; i <= 5; ++i) {  // the sample has five issues
    std::string stem = "digest-issue-0" + std::to_string(i);
    EXPECT_TRUE(fs::exists(d / (stem + ".pdf"))) << stem;
    EXPECT_TRUE(fs::exists(d / (stem + ".epub"))) << stem;
    EXPECT_NE(r.out.find((d / (stem + ".epub")).string()), std::string::npos) << r.out;
  }
  EXPECT_NE(r.out.find("\"parts\":[\"" + (d / "digest-issue-01.pdf").string()), std::string::npos)
      << r.out;
  // Issue 3 is set in book-a5: its own PDF is A5 throughout, cover and contents too.
  EXPECT_EQ(page_sizes(d / "digest-issue-03.pdf"), "419.528 x 595.276 pts\n");
  std::string whole = page_sizes(d / "digest.pdf");
  EXPECT_GT(std::count(whole.begin(), whole.end(), '\n'), 1) << whole;  // the whole mixes sizes
  // Each part holds its issue's text: an outside judge on issue 1 against its source.
  if (!have_shared()) GTEST_SKIP() << "../shared absent: check-digest not run";
  Result judge = run(kShared + "/tools/check-digest --pdf " + (d / "digest-issue-01.pdf").string() +
                     " --epub " + (d / "digest-issue-01.epub").string() + " --source " + kSrc +
                     "/samples/pages/page-01.txt");
  EXPECT_EQ(judge.code, 0) << judge.out;
}

TEST(CliSplit, IssuesOnlyWritesNoWholeAndBadValuesAreUsageErrors) {
  fs::path d = tmpdir("split-only");
  Result r =
      run(kBin + " build -q --pdf-only --split issues-only " + kSample + " -o " + d.string());
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_FALSE(fs::exists(d / "digest.pdf"));
  EXPECT_TRUE(fs::exists(d / "digest-issue-05.pdf"));
  EXPECT_FALSE(fs::exists(d / "digest-issue-05.epub"));
  Result bad = run(kBin + " build --split pages " + kSample + " -o " + d.string());
  EXPECT_EQ(bad.code, 2) << bad.out;
  EXPECT_NE(bad.out.find("--split"), std::string::npos) << bad.out;
}

}  // namespace
