// Errors an editor meets (issue 13): a mistyped manifest or layout key, layout name or
// font family gets the nearest one ("did you mean"); every error names the file, the
// line and column of the key at fault, and under --json carries them as fields.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

// A one-issue digest in `name`: d.toml (with `digest_extra` in [digest] and the issue's
// `layout` value), lay.toml holding `layout_text`, p.txt a page.
fs::path digest(const std::string& name, const std::string& layout,
                const std::string& layout_text = "", const std::string& digest_extra = "") {
  fs::path d = tmpdir(name);
  std::ofstream(d / "p.txt") << "标题\n\n正文。\n";
  std::ofstream(d / "lay.toml") << layout_text;
  std::ofstream(d / "d.toml") << "[digest]\ntitle = \"测试\"\n"
                              << digest_extra
                              << "\n[[issues]]\ntitle = \"一\"\nsources = [\"p.txt\"]\n"
                                 "layout = \""
                              << layout << "\"\n";
  return d;
}

Result build(const fs::path& d, const std::string& flags = "") {
  return run(kBin + " build -q --pdf-only " + flags + " " + (d / "d.toml").string() + " -o " +
             (d / "out").string() + " 2>&1");
}

TEST(CliErrors, UnknownManifestKeyGetsTheNearestAndItsColumn) {
  fs::path d = digest("err-key", "digest-a4", "", "  editr = \"某人\"\n");
  Result r = build(d);
  EXPECT_EQ(r.code, 1);
  std::string where = (d / "d.toml").string() + ":3:3: 'digest.editr': unknown key";
  EXPECT_NE(r.out.find(where), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("did you mean 'editor'?"), std::string::npos) << r.out;

  Result j = build(d, "--json");
  EXPECT_EQ(j.code, 1);
  EXPECT_NE(j.out.find("\"line\":3,\"column\":3,\"key\":\"digest.editr\""), std::string::npos)
      << j.out;
}

TEST(CliErrors, UnknownLayoutNameIsReportedOnItsLayoutLine) {
  fs::path d = digest("err-layout", "digest-a5");
  Result r = build(d, "--json");
  EXPECT_EQ(r.code, 1);
  // Line 7 is `layout = "digest-a5"`, not the [[issues]] line (4); column 10 its value.
  EXPECT_NE(r.out.find("\"line\":7,\"column\":10,\"key\":\"issues[1].layout\""), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("unknown layout 'digest-a5'; did you mean 'digest-a4'?"), std::string::npos)
      << r.out;
}

TEST(CliErrors, UnknownLayoutKeyGetsTheNearest) {
  fs::path d = digest("err-lkey", "lay.toml", "[grid]\ncolumns = 2\ngutterr = 2\n");
  Result r = build(d);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find((d / "lay.toml").string() + ":3:1: layout key 'grid.gutterr': unknown key; "
                                                   "did you mean 'gutter'?"),
            std::string::npos)
      << r.out;
}

TEST(CliErrors, FontFamilyTypoGetsTheInstalledFamilyAndTheKeyLine) {
  fs::path d = digest("err-font", "lay.toml",
                      "[page]\nsize = \"A4\"\n\n[fonts]\nbody = \"Noto Serif CJK SX\"\n");
  Result r = build(d, "--json");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("\"file\":\"" + (d / "lay.toml").string() +
                       "\",\"line\":5,\"column\":8,\"key\":\"fonts.body\""),
            std::string::npos)
      << r.out;
  if (run("fc-list | grep -q 'Noto Serif CJK SC'").code != 0)
    GTEST_SKIP() << "fonts-noto-cjk not installed: no family to suggest";
  EXPECT_NE(r.out.find("font 'Noto Serif CJK SX' is not installed: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("the layout; did you mean 'Noto Serif CJK SC'?"), std::string::npos)
      << r.out;
}

}  // namespace
