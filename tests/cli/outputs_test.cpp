// Issue 14 end to end: outputs survive a full disk and bad inputs, inputs are confined,
// messages name the real cause, and the bytes do not depend on the locale.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

// The sample digest copied into `name`/samples, built once into `name`/out.
struct Built {
  fs::path dir, manifest, out;
  std::string build(const std::string& flags = "") const {
    return kBin + " build -q " + flags + " " + manifest.string() + " -o " + out.string();
  }
};
Built built_sample(const std::string& name) {
  Built b;
  b.dir = tmpdir(name);
  fs::copy(kSrc + "/samples", b.dir / "samples", fs::copy_options::recursive);
  b.manifest = b.dir / "samples" / "digest.toml";
  b.out = b.dir / "out";
  Result r = run(b.build());
  EXPECT_EQ(r.code, 0) << r.out;
  return b;
}

void add_to_digest_table(const fs::path& manifest, const std::string& line) {
  std::string t = slurp(manifest);
  // A key the sample already sets (its cover) is replaced.
  std::string key = line.substr(0, line.find(' '));
  if (size_t at = t.find("\n" + key + " = "); at != std::string::npos)
    t.erase(at + 1, t.find('\n', at + 1) - at);
  t.insert(t.find("[digest]\n") + 9, line + "\n");
  std::ofstream(manifest) << t;
}

// Defect 1: a full disk (the file size limit, here) is an error and keeps the old PDF.
TEST(CliOutputs, FullDiskFailsAndKeepsTheOldPdf) {
  Built b = built_sample("fulldisk");
  std::string old = slurp(b.out / "digest.pdf");
  Result r = run("bash -c \"trap '' XFSZ; ulimit -f 64; exec " + b.build("--pdf-only") + "\"");
  EXPECT_EQ(r.code, 3) << r.out;  // an output error
  EXPECT_NE(r.out.find("digest.pdf"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("file size limit"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("wrote"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(b.out / "digest.pdf"), old);
  for (auto& e : fs::directory_iterator(b.out))
    EXPECT_NE(e.path().filename().string()[0], '.') << "left behind: " << e.path();
}

// Defect 3 and 4: a cover that is not an image fails the build before any output is
// replaced; it is judged by its content, not its name.
TEST(CliOutputs, BadCoverFailsBeforeAnyOutputIsReplaced) {
  Built b = built_sample("badcover");
  std::string pdf = slurp(b.out / "digest.pdf"), epub = slurp(b.out / "digest.epub");
  add_to_digest_table(b.manifest, "cover = \"cover.jpg\"");
  std::ofstream(b.dir / "samples" / "cover.jpg") << "this is text, not a JPEG\n";
  Result r = run(b.build());
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("cover.jpg: cover image: not a JPEG, PNG or GIF"), std::string::npos)
      << r.out;
  std::ofstream(b.dir / "samples" / "cover.jpg")
      << "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
  r = run(b.build());
  EXPECT_NE(r.out.find("SVG is not accepted"), std::string::npos) << r.out;
  EXPECT_EQ(slurp(b.out / "digest.pdf"), pdf);
  EXPECT_EQ(slurp(b.out / "digest.epub"), epub);
}

// Defect 4: a cover symlinked out of the tree, or a source outside it, is refused.
TEST(CliOutputs, InputsOutsideTheManifestTreeAreRefused) {
  Built b = built_sample("confine");
  fs::create_symlink("/etc/passwd", b.dir / "samples" / "cover.jpg");
  add_to_digest_table(b.manifest, "cover = \"cover.jpg\"");
  Result r = run(b.build());
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("digest.cover"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("resolves to /etc/passwd, outside"), std::string::npos) << r.out;
  // With --allow-outside the file is still checked as an image.
  r = run(b.build("--allow-outside"));
  EXPECT_NE(r.out.find("not a JPEG, PNG or GIF"), std::string::npos) << r.out;
}

// Defect 4: a layout's font file outside the font folders and the manifest's tree.
TEST(CliOutputs, FontFileOutsideIsRefused) {
  fs::path d = tmpdir("fontconfine");
  std::ofstream(d / "p.txt") << "标题\n\n正文。\n";
  std::ofstream(d / "lay.toml") << "[fonts]\nbody = \"/etc/passwd\"\n";
  std::ofstream(d / "d.toml") << "[digest]\ntitle = \"t\"\n[[issues]]\ntitle = \"一\"\n"
                                 "sources = [\"p.txt\"]\nlayout = \"lay.toml\"\n";
  Result r = run(kBin + " build -q " + (d / "d.toml").string() + " -o " + (d / "out").string());
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_NE(r.out.find("lay.toml:2:8: layout key 'fonts.body': /etc/passwd"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("outside"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(d / "out" / "d.pdf"));
}

// Defect 8 (CLI): messages name the real cause.
TEST(CliOutputs, OutputFlagNamingAFileSaysSo) {
  fs::path d = tmpdir("ofile");
  std::ofstream(d / "x.pdf") << "not a directory";
  Result r = run(kBin + " build -q " + kSrc + "/samples/digest.toml -o " + (d / "x.pdf").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("is a file, not a directory"), std::string::npos) << r.out;
}

TEST(CliOutputs, DirectoryAsSourceSaysSo) {
  fs::path d = tmpdir("dirsource");
  fs::create_directories(d / "pages");
  std::ofstream(d / "d.toml") << "[digest]\ntitle = \"t\"\n[[issues]]\ntitle = \"一\"\n"
                                 "sources = [\"pages\"]\n";
  Result r = run(kBin + " build -q " + (d / "d.toml").string() + " -o " + (d / "out").string());
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("d.toml:5"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("is a directory, not a file"), std::string::npos) << r.out;
  r = run(kBin + " segment " + (d / "pages").string());
  EXPECT_NE(r.out.find("is a directory, not a file"), std::string::npos) << r.out;
}

// Defect 6: the same bytes under a Chinese locale (fontconfig lists localised family
// names first there). fontconfig reads LANG itself; the locale need not be installed.
TEST(CliOutputs, OutputsDoNotDependOnTheLocale) {
  fs::path a = tmpdir("locale-c"), b = tmpdir("locale-zh");
  std::string m = kSrc + "/samples/digest.toml";
  ASSERT_EQ(run("LC_ALL= LANG=C " + kBin + " build -q " + m + " -o " + a.string()).code, 0);
  Result r = run("LC_ALL= LANGUAGE=zh_CN LANG=zh_CN.UTF-8 " + kBin + " build -q " + m + " -o " +
                 b.string());
  ASSERT_EQ(r.code, 0) << r.out;
  for (const char* f : {"digest.pdf", "digest.epub"}) {
    Result cmp = run("cmp " + (a / f).string() + " " + (b / f).string());
    EXPECT_EQ(cmp.code, 0) << f << ": " << cmp.out;
  }
}

}  // namespace
