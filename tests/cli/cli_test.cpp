// End to end: the wenzhai program on the sample digest and on the seed pages, judged by
// tools we did not write (../shared/tools). Tests needing ../shared skip visibly.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <unicode/ucnv.h>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

TEST(Cli, HelpForEverySubcommand) {
  for (const char* sub : {"build", "watch", "segment", "dump", "layouts", "bench", "preflight"}) {
    Result r = run(kBin + " " + sub + " --help");
    EXPECT_EQ(r.code, 0) << sub;
    EXPECT_NE(r.out.find("Usage"), std::string::npos) << sub << r.out;
  }
}

// -V / --version print the version; a mistyped command gets the nearest one; flags that
// contradict each other are refused: usage errors exit 2 (issue 13).
TEST(Cli, VersionDidYouMeanAndUsageErrors) {
  for (const char* flag : {"--version", "-V"}) {
    Result r = run(kBin + " " + flag);
    EXPECT_EQ(r.code, 0) << flag;
    EXPECT_EQ(r.out.rfind("wenzhai ", 0), 0u) << r.out;
  }
  Result typo = run(kBin + " biuld samples/digest.toml");
  EXPECT_EQ(typo.code, 2);
  EXPECT_NE(typo.out.find("did you mean 'build'?"), std::string::npos) << typo.out;
  Result far = run(kBin + " frobnicate");
  EXPECT_EQ(far.code, 2);
  EXPECT_EQ(far.out.find("did you mean"), std::string::npos) << far.out;
  Result both = run(kBin + " build " + std::string(WZ_SOURCE_DIR) +
                    "/samples/digest.toml --pdf-only --epub-only -o /nonexistent-wz-out");
  EXPECT_EQ(both.code, 2);
  EXPECT_NE(both.out.find("excludes"), std::string::npos) << both.out;
  EXPECT_EQ(run(kBin).code, 2);  // no command at all
}

// Under build --json an error is one JSON line on standard output, with its file.
TEST(Cli, JsonModeReportsErrorsAsJson) {
  Result r = run(kBin + " build --json /nonexistent-wz/digest.toml 2>/dev/null");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(
      r.out.rfind("{\"error\":{\"kind\":\"input\",\"file\":\"/nonexistent-wz/digest.toml\"", 0), 0u)
      << r.out;
  EXPECT_NE(r.out.find("\"message\":"), std::string::npos) << r.out;
}

// Under --json a usage error (flags that contradict each other) is a JSON line too.
TEST(Cli, JsonModeReportsUsageErrorsAsJson) {
  Result r = run(kBin + " build --json --pdf-only --epub-only x.toml 2>/dev/null");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out.rfind(
                "{\"error\":{\"kind\":\"usage\",\"message\":\"--pdf-only excludes --epub-only", 0),
            0u)
      << r.out;
}

TEST(Cli, LayoutsListsDigestA4) {
  Result r = run(kBin + " layouts");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("digest-a4"), std::string::npos) << r.out;
}

TEST(Cli, MissingManifestIsClearError) {
  Result r = run(kBin + " build /nonexistent/digest.toml");
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.out.find("/nonexistent/digest.toml"), std::string::npos) << r.out;
}

TEST(Cli, InvalidUtf8PageNamesByte) {
  fs::path d = tmpdir("utf8");
  std::ofstream(d / "bad.txt") << "标题\n\n正文\xff。\n";
  Result r = run(kBin + " segment " + (d / "bad.txt").string());
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.out.find("bad.txt"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("byte 14"), std::string::npos) << r.out;  // 标题\n\n正文 = 14 bytes
  EXPECT_NE(r.out.find(":3:"), std::string::npos) << r.out;
}

TEST(Cli, OutputDirectoryThatCannotBeMadeIsAClearError) {
  Result r = run(kBin + " build -q " + kSrc + "/samples/digest.toml -o /proc/wenzhai-no-such-dir");
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.out.find("/proc/wenzhai-no-such-dir"), std::string::npos) << r.out;
}

// A build that fails half way (here: an unknown layout) leaves the old outputs as they were.
TEST(Cli, FailedBuildKeepsOldOutputs) {
  fs::path d = tmpdir("failed");
  fs::copy(kSrc + "/samples", d / "samples", fs::copy_options::recursive);
  std::string m = (d / "samples" / "digest.toml").string();
  ASSERT_EQ(run(kBin + " build -q " + m + " -o " + (d / "out").string()).code, 0);
  auto pdf = d / "out" / "digest.pdf", epub = d / "out" / "digest.epub";
  auto pdf_size = fs::file_size(pdf), epub_size = fs::file_size(epub);
  std::string text;
  {
    std::ifstream in(m);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  text.replace(text.find("layout = \"digest-a4\""), 20, "layout = \"nosuchlay\"");
  std::ofstream(m) << text;
  Result r = run(kBin + " build -q " + m + " -o " + (d / "out").string());
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.out.find("unknown layout 'nosuchlay'"), std::string::npos) << r.out;
  EXPECT_EQ(fs::file_size(pdf), pdf_size);
  EXPECT_EQ(fs::file_size(epub), epub_size);
  for (auto& e : fs::directory_iterator(d / "out"))  // no temporary file left behind
    EXPECT_NE(e.path().filename().string()[0], '.') << e.path();
}

TEST(Cli, UnwritableOutputKeepsOldPdf) {
  fs::path d = tmpdir("unwritable");
  fs::path out = d / "out";
  fs::create_directories(out);
  Result first = run(kBin + " build -q " + kSrc + "/samples/digest.toml -o " + out.string());
  ASSERT_EQ(first.code, 0) << first.out;
  auto size = fs::file_size(out / "digest.pdf");
  fs::permissions(out, fs::perms::owner_read | fs::perms::owner_exec);
  if (::access(out.c_str(), W_OK) == 0)
    GTEST_SKIP() << "running as a user that ignores permissions";
  Result r = run(kBin + " build -q " + kSrc + "/samples/digest.toml -o " + out.string());
  fs::permissions(out, fs::perms::owner_all);
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.out.find("cannot create a temporary file"), std::string::npos) << r.out;
  EXPECT_EQ(fs::file_size(out / "digest.pdf"), size);
}

// A small digest in a temporary folder: one page, one layout file.
fs::path small_digest(const std::string& name, const std::string& page, const std::string& layout) {
  fs::path d = tmpdir(name);
  std::ofstream(d / "p.txt") << page;
  std::ofstream(d / "lay.toml") << layout;
  std::ofstream(d / "d.toml") << "[digest]\ntitle = \"测试\"\n[[issues]]\ntitle = \"一\"\n"
                                 "sources = [\"p.txt\"]\nlayout = \"lay.toml\"\n";
  return d;
}

TEST(Cli, FontNotInstalledNamesLayoutKeyAndFont) {
  fs::path d = small_digest("nofont", "标题\n\n正文。\n", "[fonts]\nbody = \"FZShuSong-Z01\"\n");
  Result r = run(kBin + " build -q " + (d / "d.toml").string() + " -o " + (d / "out").string());
  EXPECT_NE(r.code, 0);
  EXPECT_NE(r.out.find("lay.toml"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("fonts.body"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("FZShuSong-Z01"), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(d / "out" / "d.pdf"));
}

TEST(Cli, CharacterInNoFontIsListedAndBoxed) {
  // U+F0000 (plane 15 private use) is in no installed font.
  fs::path d = small_digest("nochar", "一个标题\n\n这是正文，含有字符\xf3\xb0\x80\x80。\n", "");
  Result r =
      run(kBin + " build --pdf-only " + (d / "d.toml").string() + " -o " + (d / "out").string());
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("characters in no installed font (drawn as boxes): \xf3\xb0\x80\x80"),
            std::string::npos)
      << r.out;
  // The text around it is all there.
  Result t = run("pdftotext -raw " + (d / "out" / "d.pdf").string() + " -");
  EXPECT_NE(t.out.find("这是正文，含有字符"), std::string::npos) << t.out;
}

TEST(Cli, SegmentationScoresOnSeeds) {
  if (!have_shared())
    GTEST_SKIP() << "../shared is absent: seeds and score-segmentation not available";
  fs::path d = tmpdir("seg");
  for (auto& e : fs::directory_iterator(kShared + "/seeds")) {
    std::string stem = e.path().stem().string();
    fs::path json = d / (stem + ".json");
    Result seg = run(kBin + " segment --format json " + e.path().string() + " > " + json.string());
    ASSERT_EQ(seg.code, 0) << seg.out;
    Result score = run("python3 " + kShared + "/tools/score-segmentation " + kShared + "/gold/" +
                       stem + ".json " + json.string() + " --min-f1 0.95");
    EXPECT_EQ(score.code, 0) << stem << "\n" << score.out;
    std::printf("%s: %s", stem.c_str(), score.out.c_str());
  }
}

// Build a manifest (with `args`, e.g. a profile) and judge its outputs with check-digest
// and typo-audit.
void judge(const std::string& manifest, const std::vector<std::string>& sources,
           const std::string& name, const std::string& args = "") {
  fs::path d = tmpdir(name);
  Result b = run(kBin + " build -q " + args + " " + manifest + " -o " + d.string());
  ASSERT_EQ(b.code, 0) << b.out;
  std::string stem = fs::path(manifest).stem().string();
  std::string pdf = (d / (stem + ".pdf")).string(), epub = (d / (stem + ".epub")).string();
  std::string cmd = "python3 " + kShared + "/tools/check-digest --pdf " + pdf + " --epub " + epub;
  if (!sources.empty()) {
    cmd += " --source";
    for (auto& s : sources) cmd += " " + s;
  }
  Result c = run(cmd);
  EXPECT_EQ(c.code, 0) << c.out;
  std::printf("%s", c.out.c_str());
  Result t = run("python3 " + kShared + "/tools/typo-audit " + pdf);
  EXPECT_EQ(t.code, 0) << t.out;
  std::printf("%s", t.out.c_str());
}

// The sample's raw pages, in manifest order (the structured .md page's markup is not
// content).
std::vector<std::string> sample_sources() {
  std::vector<std::string> sources;
  for (auto& e : fs::directory_iterator(kSrc + "/samples/pages"))
    if (e.path().extension() == ".txt") sources.push_back(e.path().string());
  std::sort(sources.begin(), sources.end());
  return sources;
}

TEST(Cli, SampleDigestPassesCheckDigestAndTypoAudit) {
  if (!have_shared())
    GTEST_SKIP() << "../shared is absent: check-digest and typo-audit not available";
  judge(kSrc + "/samples/digest.toml", sample_sources(), "sample");
}

// The printer's and the archive's files hold the same text and lines as the reading copy.
TEST(Cli, SamplePrintAndArchiveFilesPassCheckDigestAndTypoAudit) {
  if (!have_shared())
    GTEST_SKIP() << "../shared is absent: check-digest and typo-audit not available";
  judge(kSrc + "/samples/digest.toml", sample_sources(), "sample-print", "--profile print");
  judge(kSrc + "/samples/digest.toml", sample_sources(), "sample-archive", "--profile archive");
}

// The fidelity reference is each seed's text in repaired reading order (`segment --format
// text`): the raw pages have columns out of order, which ingest puts right, so the digest
// cannot hold the raw file order (see the issue notes for that figure).
TEST(Cli, SeedDigestPassesCheckDigestAndTypoAudit) {
  if (!have_shared()) GTEST_SKIP() << "../shared is absent: seeds and judge tools not available";
  fs::path d = tmpdir("seed-text");
  std::vector<std::string> seeds, sources;
  for (auto& e : fs::directory_iterator(kShared + "/seeds")) seeds.push_back(e.path().string());
  std::sort(seeds.begin(), seeds.end());
  for (const auto& s : seeds) {
    std::string txt = (d / (fs::path(s).stem().string() + ".txt")).string();
    ASSERT_EQ(run(kBin + " segment --format text " + s + " > " + txt).code, 0);
    sources.push_back(txt);
  }
  judge(kSrc + "/tests/data/seeds.toml", sources, "seeds");
}

TEST(Cli, ReproducibleOutput) {
  fs::path a = tmpdir("repro-a"), b = tmpdir("repro-b");
  std::string m = kSrc + "/samples/digest.toml";
  ASSERT_EQ(
      run("SOURCE_DATE_EPOCH=1700000000 " + kBin + " build -q " + m + " -o " + a.string()).code, 0);
  ASSERT_EQ(run("TZ=Asia/Shanghai SOURCE_DATE_EPOCH=1700000000 " + kBin + " build -q " + m +
                " -o " + b.string())
                .code,
            0);
  for (const char* f : {"digest.pdf", "digest.epub"}) {
    Result cmp = run("cmp " + (a / f).string() + " " + (b / f).string());
    EXPECT_EQ(cmp.code, 0) << f << ": " << cmp.out;
  }
  // The print and archive files too (XMP dates and IDs come from the input, not the clock).
  for (const char* profile : {"print", "archive"}) {
    for (const fs::path& d : {a, b})
      ASSERT_EQ(
          run(std::string(d == b ? "TZ=America/New_York " : "") + "SOURCE_DATE_EPOCH=1700000000 " +
              kBin + " build -q --pdf-only --profile " + profile + " " + m + " -o " + d.string())
              .code,
          0);
    Result cmp = run("cmp " + (a / "digest.pdf").string() + " " + (b / "digest.pdf").string());
    EXPECT_EQ(cmp.code, 0) << profile << ": " << cmp.out;
  }
}

// ---- segment: pages as editors have them (encodings, stdin, several pages, -o) ----

void spit(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary) << bytes;
}

// `utf8` in `encoding`, by ICU.
std::string encode_as(const std::string& utf8, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(static_cast<size_t>(n));
  return out;
}

// stdout and stderr of `cmd` apart.
struct Split {
  int code;
  std::string out, err;
};
Split run_split(const std::string& cmd, const fs::path& dir) {
  fs::path err = dir / "stderr.txt";
  Result r = run("( (" + cmd + ") 2>" + err.string() + " )");
  return {r.code, r.out, slurp(err)};
}

const std::string kPage1 = kSrc + "/samples/pages/page-01.txt";
const std::string kPage2 = kSrc + "/samples/pages/page-02.txt";

// The articles and fragments of segment's JSON (furniture and review name the page file).
std::string articles_part(const std::string& json) {
  return json.substr(0, json.find("\n\"furniture\""));
}

TEST(CliSegment, Gb18030PageGivesTheJsonOfItsUtf8Original) {
  fs::path d = tmpdir("seg-gb");
  spit(d / "gb.txt", encode_as(slurp(kPage1), "GB18030"));
  ASSERT_NE(slurp(d / "gb.txt"), slurp(kPage1));
  Split want = run_split(kBin + " segment --format json " + kPage1, d);
  ASSERT_EQ(want.code, 0) << want.err;
  ASSERT_NE(want.out.find("\"headline\""), std::string::npos) << want.out;
  Split detected = run_split(kBin + " segment --format json " + (d / "gb.txt").string(), d);
  EXPECT_EQ(detected.code, 0) << detected.err;
  EXPECT_EQ(articles_part(detected.out), articles_part(want.out));
  Split named =
      run_split(kBin + " segment --format json --encoding GB18030 " + (d / "gb.txt").string(), d);
  EXPECT_EQ(named.code, 0) << named.err;
  EXPECT_EQ(articles_part(named.out), articles_part(want.out));
  // UTF-16 with a BOM too.
  spit(d / "u16.txt", "\xFF\xFE" + encode_as(slurp(kPage1), "UTF-16LE"));
  Split u16 = run_split(kBin + " segment --format json " + (d / "u16.txt").string(), d);
  EXPECT_EQ(u16.code, 0) << u16.err;
  EXPECT_EQ(articles_part(u16.out), articles_part(want.out));
}

TEST(CliSegment, DashReadsStdin) {
  fs::path d = tmpdir("seg-stdin");
  Split want = run_split(kBin + " segment --format json " + kPage1, d);
  ASSERT_EQ(want.code, 0) << want.err;
  spit(d / "gb.txt", encode_as(slurp(kPage1), "GB18030"));
  Split got = run_split(kBin + " segment --format json - < " + (d / "gb.txt").string(), d);
  EXPECT_EQ(got.code, 0) << got.err;
  EXPECT_EQ(articles_part(got.out), articles_part(want.out));
  // Structured source on stdin only with --structured (no file name to tell it by).
  std::string md = kSrc + "/samples/pages/page-04.md";
  Split md_want = run_split(kBin + " segment --format text " + md, d);
  ASSERT_EQ(md_want.code, 0) << md_want.err;
  Split md_got = run_split(kBin + " segment --format text --structured - < " + md, d);
  EXPECT_EQ(md_got.code, 0) << md_got.err;
  EXPECT_EQ(md_got.out, md_want.out);
  // Errors name the page "<stdin>".
  Result bad = run("printf '\\346\\240\\207\\n\\377\\n' | " + kBin + " segment -");
  EXPECT_EQ(bad.code, 1) << bad.out;
  EXPECT_NE(bad.out.find("<stdin>:2: invalid UTF-8 at byte 4"), std::string::npos) << bad.out;
  Result twice = run(kBin + " segment - - < " + kPage1);
  EXPECT_EQ(twice.code, 1);
  EXPECT_NE(twice.out.find("more than once"), std::string::npos) << twice.out;
}

TEST(CliSegment, TwoPagesAreOneIssueInOrder) {
  fs::path d = tmpdir("seg-two");
  spit(d / "a.txt", "第一版的标题\n\n第一版的正文。\n");
  spit(d / "b.txt", encode_as("第二版的标题\n\n第二版的正文。\n", "GB18030"));
  Split r = run_split(
      kBin + " segment --format text " + (d / "a.txt").string() + " " + (d / "b.txt").string(), d);
  ASSERT_EQ(r.code, 0) << r.err;
  size_t a = r.out.find("第一版的正文"), b = r.out.find("第二版的正文");
  ASSERT_NE(a, std::string::npos) << r.out;
  ASSERT_NE(b, std::string::npos) << r.out;
  EXPECT_LT(a, b);
  // Real pages: as many articles as the two pages segmented one by one (no jumps between them).
  auto count = [](const std::string& json) {
    size_t n = 0;
    for (size_t i = 0; (i = json.find("\"headline\":", i)) != std::string::npos; ++i) ++n;
    return n;
  };
  Split one = run_split(kBin + " segment --format json " + kPage1, d);
  Split two = run_split(kBin + " segment --format json " + kPage2, d);
  Split both = run_split(kBin + " segment --format json " + kPage1 + " " + kPage2, d);
  ASSERT_EQ(both.code, 0) << both.err;
  EXPECT_EQ(count(both.out), count(one.out) + count(two.out));
}

TEST(CliSegment, OutputFileInsteadOfStdout) {
  fs::path d = tmpdir("seg-out");
  Split want = run_split(kBin + " segment " + kPage1, d);
  ASSERT_EQ(want.code, 0) << want.err;
  fs::path out = d / "page.md";
  spit(out, "old");
  Split r = run_split(kBin + " segment " + kPage1 + " -o " + out.string(), d);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "");  // nothing on stdout
  EXPECT_EQ(slurp(out), want.out);
  Split q = run_split(kBin + " segment -q --output " + out.string() + " " + kPage2, d);
  EXPECT_EQ(q.code, 0) << q.err;
  EXPECT_EQ(q.out + q.err, "");              // --quiet: nothing at all
  for (auto& e : fs::directory_iterator(d))  // no temporary file left behind
    EXPECT_EQ(e.path().filename().string().find(".tmp"), std::string::npos) << e.path();
}

TEST(CliSegment, BadEncodingNameIsAClearError) {
  Split r = run_split(kBin + " segment --encoding GB2313 " + kPage1, tmpdir("seg-badenc"));
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("unknown encoding"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("GB2313"), std::string::npos) << r.err;
  // A page that is not in the encoding named: file, line, byte offset, encoding.
  Result wrong = run(kBin + " segment --encoding Big5 " + kPage1);
  EXPECT_EQ(wrong.code, 1);
  EXPECT_NE(wrong.out.find("page-01.txt:"), std::string::npos) << wrong.out;
  EXPECT_NE(wrong.out.find("not valid Big5"), std::string::npos) << wrong.out;
}

TEST(CliSegment, UnwritableOutputIsAClearError) {
  fs::path d = tmpdir("seg-unwritable");
  std::string target = (d / "no-such-dir" / "page.md").string();
  Split r = run_split(kBin + " segment " + kPage1 + " -o " + target, d);
  EXPECT_EQ(r.code, 3);  // an output error
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(target), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(target));
}

TEST(CliSegment, ReviewPageIsWritten) {
  fs::path d = tmpdir("seg-review");
  fs::path html = d / "review.html";
  Split r = run_split(kBin + " segment -q " + kPage1 + " --review " + html.string(), d);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("wenzhai structured source"), std::string::npos);  // still on stdout
  std::string page = slurp(html);
  EXPECT_NE(page.find("<html"), std::string::npos) << page.substr(0, 200);
}

// The manifest's `encoding` reaches ingest; a name ICU does not know names the manifest line.
TEST(CliSegment, ManifestEncodingKey) {
  fs::path d = small_digest("enc-manifest", "", "");
  spit(d / "p.txt", encode_as("一个标题\n\n这是正文。\n", "GB18030"));
  Result ok = run(kBin + " dump " + (d / "d.toml").string());
  EXPECT_EQ(ok.code, 0) << ok.out;  // detected
  EXPECT_NE(ok.out.find("这是正文。"), std::string::npos) << ok.out;
  spit(d / "gb.toml",
       "[digest]\ntitle = \"测试\"\n[options]\nencoding = \"GB18030\"\n"
       "[[issues]]\ntitle = \"一\"\nsources = [\"p.txt\"]\n");
  Result gb = run(kBin + " dump " + (d / "gb.toml").string());  // [options] for every issue
  EXPECT_EQ(gb.code, 0) << gb.out;
  EXPECT_NE(gb.out.find("这是正文。"), std::string::npos) << gb.out;
  spit(d / "utf8.toml",
       "[digest]\ntitle = \"测试\"\n[options]\nencoding = \"GB18030\"\n"
       "[[issues]]\ntitle = \"一\"\nsources = [\"p.txt\"]\nencoding = \"UTF-8\"\n");
  Result utf8 = run(kBin + " dump " + (d / "utf8.toml").string());  // the issue's key wins
  EXPECT_EQ(utf8.code, 1) << utf8.out;
  EXPECT_NE(utf8.out.find("p.txt:1: byte 2 is not valid UTF-8"), std::string::npos) << utf8.out;
  spit(d / "bad.toml",
       "[digest]\ntitle = \"测试\"\n[options]\nencoding = \"GB2313\"\n"
       "[[issues]]\ntitle = \"一\"\nsources = [\"p.txt\"]\n");
  Result bad = run(kBin + " dump " + (d / "bad.toml").string());
  EXPECT_EQ(bad.code, 1) << bad.out;
  EXPECT_NE(bad.out.find("bad.toml:4: 'options.encoding': unknown encoding 'GB2313'"),
            std::string::npos)
      << bad.out;
}

}  // namespace

// Ingest's doubts reach the editor: in segment's JSON ("review", and the furniture set
// aside), as comments in its Markdown, on build's standard error and in its JSON summary.
TEST(CliSegment, DoubtsAreReportedWhereTheEditorLooks) {
  fs::path d = tmpdir("seg-review");
  std::string page = kSrc + "/tests/data/pages/dev/d11-gongren-outoforder.txt";
  Split json = run_split(kBin + " segment --format json " + page, d);
  ASSERT_EQ(json.code, 0) << json.err;
  EXPECT_NE(json.out.find("\"review\": [\n    {\"page\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"kind\": \"join\""), std::string::npos);
  Split furn = run_split(
      kBin + " segment --format json " + kSrc + "/tests/data/pages/dev/d03-city-clean.txt", d);
  EXPECT_NE(furn.out.find("\"furniture\": [\n    {\"page\""), std::string::npos) << furn.out;
  EXPECT_NE(furn.out.find("新闻热线"), std::string::npos);  // the house notice, set aside
  Split md = run_split(kBin + " segment " + page, d);
  ASSERT_EQ(md.code, 0) << md.err;
  EXPECT_NE(md.out.find("<!-- review: join at"), std::string::npos) << md.out;
  Split html = run_split(kBin + " segment " + page + " -q --review " + (d / "r.html").string() +
                             " -o " + (d / "p.md").string(),
                         d);
  ASSERT_EQ(html.code, 0) << html.err;
  EXPECT_NE(slurp(d / "r.html").find("line 47 read as the rest of the sentence"),
            std::string::npos);
  Split build = run_split(
      kBin + " build " + kSrc + "/samples/digest.toml -o " + (d / "out").string() + " --pdf-only",
      d);
  ASSERT_EQ(build.code, 0) << build.err;
  EXPECT_NE(build.err.find("  review "), std::string::npos) << build.err;
  Split quiet = run_split(kBin + " build " + kSrc + "/samples/digest.toml -o " +
                              (d / "out").string() + " --pdf-only --json",
                          d);
  EXPECT_NE(quiet.out.find("\"review\":[\""), std::string::npos) << quiet.out;
}

// Nothing is dropped without a word (issue 14, defect 8): the banner and the (上接第1版)
// line that ingest sets aside as page furniture are listed with their file and line.
TEST(Cli, FurnitureSetAsideIsListedWithItsLine) {
  namespace fs = std::filesystem;
  fs::path dir = tmpdir("setaside");
  std::ofstream(dir / "p.txt")
      << "弘扬劳模精神 争做时代先锋\n\n（上接第1版）\n\n职工书屋迎来新书\n\n"
         "本报讯（记者 林然）近日，市总工会为职工书屋送来新书2000册。\n";
  std::ofstream(dir / "d.toml") << "[digest]\ntitle = \"t\"\n[[issues]]\ntitle = \"一\"\n"
                                   "sources = [\"p.txt\"]\nlayout = \"digest-a4\"\n";
  Result r = run(kBin + " build " + (dir / "d.toml").string() + " --pdf-only -o " +
                 (dir / "out").string());
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("set aside"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("p.txt:3: （上接第1版）"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("p.txt:1: 弘扬劳模精神 争做时代先锋"), std::string::npos) << r.out;
}
