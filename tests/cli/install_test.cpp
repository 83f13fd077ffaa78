// Installed: `cmake --install` into a scratch prefix; the installed program finds its
// layouts relative to itself (PREFIX/share/wenzhai) and builds a digest from another
// directory; the man page and the bash completion are in their standard places (issue 13).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

TEST(CliInstall, InstalledProgramFindsItsLayoutsFromAnywhere) {
  fs::path prefix = tmpdir("install") / "usr";
  std::string build_dir = fs::path(kBin).parent_path().string();
  Result inst = run("cmake --install " + build_dir + " --prefix " + prefix.string());
  ASSERT_EQ(inst.code, 0) << inst.out;
  for (const char* f : {"bin/wenzhai", "share/wenzhai/layouts/digest-a4.toml",
                        "share/bash-completion/completions/wenzhai"})
    EXPECT_TRUE(fs::exists(prefix / f)) << f;
  EXPECT_TRUE(fs::is_directory(prefix / "share/wenzhai/fonts"));
  if (fs::exists(build_dir + "/wenzhai.1.gz")) {  // pandoc made it
    EXPECT_TRUE(fs::exists(prefix / "share/man/man1/wenzhai.1.gz"));
  }
  std::string bin = (prefix / "bin/wenzhai").string();
  // From another directory, with no source tree or environment to point at the layouts.
  fs::path work = tmpdir("install-work");
  fs::create_directories(work / "pages");
  fs::copy_file(kSrc + "/samples/pages/page-01.txt", work / "pages/p1.txt");
  std::ofstream(work / "digest.toml") << "[digest]\ntitle = \"职工文摘\"\n\n[[issues]]\n"
                                         "title = \"第一期\"\nsources = [\"pages/p1.txt\"]\n"
                                         "layout = \"book-a5\"\n";
  // The installed layouts are the ones read (not the source tree's): mark one and see it.
  fs::path a5 = prefix / "share/wenzhai/layouts/book-a5.toml";
  std::string text = slurp(a5);
  size_t at = text.find("description = \"");
  ASSERT_NE(at, std::string::npos);
  text.insert(at + 15, "INSTALLED ");
  std::ofstream(a5) << text;
  Result layouts = run("cd / && env -u WENZHAI_LAYOUTS " + bin + " layouts");
  EXPECT_TRUE(has(layouts.out, "INSTALLED A5 book page")) << layouts.out;
  Result b = run("cd " + work.string() + " && env -u WENZHAI_LAYOUTS " + bin +
                 " build digest.toml -q -o .");
  EXPECT_EQ(b.code, 0) << b.out;
  EXPECT_TRUE(fs::exists(work / "digest.pdf"));
  EXPECT_TRUE(fs::exists(work / "digest.epub"));
}

TEST(CliInstall, BashCompletionOffersCommandsAndProfiles) {
  std::string script = kSrc + "/scripts/completion/wenzhai.bash";
  auto complete = [&](const std::string& words, int cword) {
    return run("bash -c 'source " + script + "; COMP_WORDS=(" + words +
               "); COMP_CWORD=" + std::to_string(cword) + "; _wenzhai; echo \"${COMPREPLY[*]}\"'")
        .out;
  };
  EXPECT_EQ(complete("wenzhai bu", 1), "build\n");
  EXPECT_EQ(complete("wenzhai build x.toml --profile ar", 4), "archive\n");
  EXPECT_TRUE(has(complete("wenzhai build --pdf", 2), "--pdf-only"));
}

}  // namespace
