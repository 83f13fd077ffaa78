// End-to-end tests of the PDF writer: a two-page document shaped with HarfBuzz here,
// written, then checked with qpdf, poppler and mupdf (each check skips visibly when its
// tool is missing).
#include "pdf/pdf_writer.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <thread>

#include "base/error.h"
#include "base/output.h"
#include "pdf_test_util.h"

namespace fs = std::filesystem;
using namespace wz;
using namespace wz::pdf::test;
using Dir = pages::GlyphRun::Dir;

namespace {

const std::string kSong = "Noto Serif CJK SC";
const std::string kKai = "AR PL KaitiM GB";
// Sample text in the seeds' style (written for this test).
const std::string kSentence =
    "本报讯（记者林晓）3月5日，三亚市总工会召开“职工之家”建设推进会。Hello world";
const std::string kKaiSentence = "阅读提示：本市职工服务站点今年新增四十处，覆盖环卫、快递等行业。";
const std::string kVertSong = "“职工”（书屋）《文摘》——开放，欢迎。";
const std::string kVertKai = "竖排楷体，一二三。";

std::string slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

pages::Item run_item(pages::GlyphRun r) {
  pages::Item it;
  it.body = std::move(r);
  return it;
}

class PdfWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto song = find_face(kSong);
    auto kai = find_face(kKai);
    if (!song || !kai) GTEST_SKIP() << "fonts '" << kSong << "' / '" << kKai << "' not installed";
    song_ = *song, kai_ = *kai;
    dir_ = fs::temp_directory_path() / ("wz_pdf_test_" + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    if (!dir_.empty()) fs::permissions(dir_, fs::perms::owner_all, ec), fs::remove_all(dir_, ec);
  }

  pages::Document make_doc() {
    pages::Document d;
    d.meta.title = "职工文摘 第1期";
    d.meta.author = "编辑部";
    d.meta.subject = "测试";
    d.meta.keywords = "文摘, PDF";
    d.meta.date = 1704067200;  // 2024-01-01T00:00:00Z
    d.fonts = {song_, kai_};

    pages::Page p1;
    p1.label = "i";
    pages::Item box;
    box.body = pages::Box{60,
                          120,
                          470,
                          40,
                          0.8,
                          true,
                          true,
                          pages::Color::process(0.6, 0.1, 0.1, 0, 0.9, 0.9, 0.4),
                          pages::Color::process(1, 0.95, 0.85, 0, 0.05, 0.15, 0)};
    p1.items.push_back(box);
    p1.items.push_back(run_item(shape(song_, 0, kSentence, 12, Dir::Horizontal, 60, 100)));
    p1.items.push_back(run_item(shape(kai_, 1, kKaiSentence, 13, Dir::Horizontal, 70, 145)));
    pages::Item rule;
    rule.body = pages::Rule{60, 180, 530, 180, 1, pages::Color::process(0, 0, 0.5, 1, 1, 0, 0.5)};
    p1.items.push_back(rule);
    pages::GlyphRun toc = shape(song_, 0, "目录：竖排一页", 12, Dir::Horizontal, 60, 220);
    toc.color = pages::Color::process(0, 0, 0.7, 1, 1, 0, 0.3);
    p1.items.push_back(run_item(toc));
    p1.links.push_back({60, 208, 120, 16, 1, 50});

    pages::Page p2;
    p2.label = "1";
    pages::GlyphRun v1 = shape(song_, 0, kVertSong, 20, Dir::Vertical, 500, 60);
    pages::GlyphRun v2 = shape(kai_, 1, kVertKai, 20, Dir::Vertical, 460, 60);
    double end = v2.glyphs.empty() ? 0 : run_extent(v2, kai_);
    // Latin in the Kai column, turned clockwise: baseline left of the column centre.
    pages::GlyphRun lat = shape(kai_, 1, "PDF", 20, Dir::RotatedCW, 460 - 0.39 * 20, 60 + end);
    p2.items.push_back(run_item(v1));
    p2.items.push_back(run_item(v2));
    p2.items.push_back(run_item(lat));
    d.pages = {p1, p2};

    pages::Bookmark art{"本报讯 建设推进会", 0, 90, {}, false};
    pages::Bookmark art2{"竖排", 1, 50, {}, false};
    pages::Bookmark issue{"第1期", 0, 0, {art, art2}, true};
    d.outline = {issue};
    return d;
  }

  std::string write(const pages::Document& d, const std::string& name) {
    std::string path = (dir_ / name).string();
    pdf::WriteStats st = pdf::write_pdf(d, path);
    EXPECT_EQ(st.pages, static_cast<int>(d.pages.size()));
    EXPECT_GT(st.bytes, 1000u);
    return path;
  }

  pages::FontFace song_, kai_;
  fs::path dir_;
};

// Every Flate stream must inflate with zlib's checks on (qpdf --check and the renderers
// tolerate a bad Adler-32, so they would not notice a broken compressor).
TEST_F(PdfWriterTest, EveryStreamInflatesStrictly) {
  std::string p = write(make_doc(), "z.pdf");
  std::string errors;
  int streams = inflate_all_streams(p, errors);
  EXPECT_EQ(errors, "");
  // 2 pages, 2 font programs, 2 ToUnicode, 2 CIDToGIDMaps (Kai, and Song: set
  // vertically, so written as TrueType).
  EXPECT_EQ(streams, 8);
}

TEST_F(PdfWriterTest, QpdfCheckPasses) {
  if (!have_tool("qpdf")) GTEST_SKIP() << "qpdf not installed";
  std::string p = write(make_doc(), "a.pdf");
  int rc = 0;
  std::string out = run("qpdf --check '" + p + "' 2>&1", &rc);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("No syntax or stream encoding errors"), std::string::npos) << out;
}

TEST_F(PdfWriterTest, FontsEmbeddedSubsetWithToUnicode) {
  if (!have_tool("pdffonts")) GTEST_SKIP() << "pdffonts not installed";
  pages::Document d = make_doc();
  pdf::WriteStats st = pdf::write_pdf(d, (dir_ / "f.pdf").string());
  ASSERT_EQ(st.fonts.size(), 2u);
  EXPECT_NE(st.fonts[0].find("+NotoSerifCJKsc-Regular"), std::string::npos) << st.fonts[0];
  EXPECT_NE(st.fonts[1].find("+GBZenKai-Medium"), std::string::npos) << st.fonts[1];
  EXPECT_EQ(st.fonts[0].find('+'), 6u);
  std::string out = run("pdffonts '" + (dir_ / "f.pdf").string() + "'");
  std::istringstream lines(out);
  std::string line;
  int fonts = 0, vertical = 0;
  while (std::getline(lines, line)) {
    if (line.find("CID") == std::string::npos) continue;
    ++fonts;
    EXPECT_NE(line.find("yes yes yes"), std::string::npos) << line;
    vertical += line.find("Identity-V") != std::string::npos;
  }
  // Song: H + V; Kai: H (horizontal line and rotated Latin) + V.
  EXPECT_EQ(fonts, 4) << out;
  EXPECT_EQ(vertical, 2) << out;
  // Both are TrueType: Kai is, and Song's CFF outlines are converted because Song is set
  // vertically too (a horizontal-only Song stays CFF: vertical_extract_test.cpp).
  EXPECT_EQ(out.find("CID Type 0C"), std::string::npos) << out;
  EXPECT_NE(out.find("CID TrueType"), std::string::npos) << out;
}

TEST_F(PdfWriterTest, PdftotextReturnsTheSentences) {
  if (!have_tool("pdftotext")) GTEST_SKIP() << "pdftotext not installed";
  std::string p = write(make_doc(), "t.pdf");
  std::string out = run("pdftotext -raw -f 1 -l 1 '" + p + "' -");
  EXPECT_NE(out.find(kSentence + "\n"), std::string::npos) << out;
  EXPECT_NE(out.find(kKaiSentence + "\n"), std::string::npos) << out;
  EXPECT_NE(out.find("目录：竖排一页"), std::string::npos) << out;
}

TEST_F(PdfWriterTest, MutoolTextReturnsTheSentences) {
  if (!have_tool("mutool")) GTEST_SKIP() << "mutool not installed";
  std::string p = write(make_doc(), "m.pdf");
  std::string out = run("mutool draw -F txt -o - '" + p + "' 1 2>/dev/null");
  EXPECT_NE(out.find(kSentence), std::string::npos) << out;
  EXPECT_NE(out.find(kKaiSentence), std::string::npos) << out;
}

TEST_F(PdfWriterTest, OutlineAndLinkPresent) {
  if (!have_tool("mutool") || !have_tool("qpdf")) GTEST_SKIP() << "mutool/qpdf not installed";
  std::string p = write(make_doc(), "o.pdf");
  std::string outline = run("mutool show '" + p + "' outline 2>/dev/null");
  EXPECT_NE(outline.find("第1期"), std::string::npos) << outline;
  EXPECT_NE(outline.find("本报讯 建设推进会"), std::string::npos) << outline;
  EXPECT_NE(outline.find("竖排"), std::string::npos) << outline;
  std::string qdf = run("qpdf --qdf --object-streams=disable '" + p + "' - 2>/dev/null");
  EXPECT_NE(qdf.find("/Subtype /Link"), std::string::npos);
  EXPECT_NE(qdf.find("/Border [\n"), std::string::npos);  // qdf puts array items on lines
  EXPECT_NE(qdf.find("/Count 2"), std::string::npos);     // issue open: 2 children shown
  EXPECT_NE(qdf.find("/PageLabels"), std::string::npos);
  EXPECT_NE(qdf.find("/Lang (zh-CN)"), std::string::npos);
  EXPECT_NE(qdf.find("/DW2"), std::string::npos);
  EXPECT_NE(qdf.find("/W2"), std::string::npos);  // Noto's 2-em dash in the vertical column
  EXPECT_NE(qdf.find("/CIDToGIDMap"), std::string::npos);
}

TEST_F(PdfWriterTest, PageLabelsOutlineTargetsAndDirection) {
  if (!have_tool("qpdf")) GTEST_SKIP() << "qpdf not installed";
  pages::Document d = make_doc();
  d.meta.right_to_left = true;
  d.pages.push_back(d.pages[1]);
  d.pages[2].label = "2";  // continues the decimal range started by "1"
  d.pages.push_back(d.pages[1]);
  d.pages[3].label = "插页";
  std::string p = write(d, "labels.pdf");
  std::string json = run("qpdf --json '" + p + "'");
  auto squeeze = [](std::string s) {
    s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; }),
            s.end());
    return s;
  };
  std::string j = squeeze(json);
  EXPECT_NE(j.find(R"("pagelabels":[{"index":0,"label":{"/S":"/r","/St":1}},)"
                   R"({"index":1,"label":{"/S":"/D","/St":1}},{"index":3,"label":{"/P":)"),
            std::string::npos)
      << json.substr(0, 2000);
  EXPECT_NE(j.find(R"("destpageposfrom1":2,"kids":[],"object")"), std::string::npos);
  std::string qdf = run("qpdf --qdf --object-streams=disable '" + p + "' - 2>/dev/null");
  EXPECT_NE(qdf.find("/Direction /R2L"), std::string::npos);
  EXPECT_NE(qdf.find("/Count 3"), std::string::npos);  // root: the issue + its 2 articles
}

TEST_F(PdfWriterTest, InfoDatesAndLabels) {
  if (!have_tool("pdfinfo")) GTEST_SKIP() << "pdfinfo not installed";
  std::string p = write(make_doc(), "i.pdf");
  std::string out = run("TZ=UTC pdfinfo -isodates '" + p + "'");
  EXPECT_NE(out.find("职工文摘 第1期"), std::string::npos) << out;
  EXPECT_NE(out.find("编辑部"), std::string::npos) << out;
  EXPECT_NE(out.find("2024-01-01T00:00:00"), std::string::npos) << out;
}

TEST_F(PdfWriterTest, TwoWritesAreByteIdentical) {
  pages::Document d = make_doc();
  std::string a = write(d, "r1.pdf");
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));  // a clock read would show
  std::string b = write(d, "r2.pdf");
  EXPECT_EQ(slurp(a), slurp(b));
}

// The build hands its document over (render_pdf(Document&&)): the same bytes, and each
// page's items are released once written (the memory of a large digest), its links kept.
TEST_F(PdfWriterTest, HandedOverDocumentGivesTheSameBytesAndReleasesItsItems) {
  pages::Document d = make_doc();
  std::string kept, handed;
  pdf::render_pdf(d, "kept.pdf", kept);
  const size_t links = d.pages[0].links.size();
  ASSERT_GT(links, 0u);
  ASSERT_FALSE(d.pages[0].items.empty());
  pdf::render_pdf(std::move(d), "handed.pdf", handed);
  EXPECT_EQ(kept, handed);
  for (const auto& p : d.pages) EXPECT_TRUE(p.items.empty());  // NOLINT(bugprone-use-after-move)
  EXPECT_EQ(d.pages[0].links.size(), links);
}

// Runs `write` in a child process whose files may hold 1 KiB; its exit code: 0 = `write`
// returned, 3 = it threw wz::Error and `check` (if any) accepts the message, 4 = not.
namespace {
int under_file_size_limit(const std::function<void()>& write,
                          const std::function<bool(const std::string&)>& check = nullptr) {
  pid_t child = fork();
  if (child == 0) {
    signal(SIGXFSZ, SIG_IGN);
    rlimit lim{1024, 1024};
    setrlimit(RLIMIT_FSIZE, &lim);
    try {
      write();
    } catch (const Error& e) {
      _exit(!check || check(e.what()) ? 3 : 4);
    }
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
}  // namespace

// The PDF serialised straight into a temporary file (never held whole in memory): the same
// bytes, the file closed and ready to be renamed into place.
TEST_F(PdfWriterTest, StreamedIntoATempFileGivesTheSameBytes) {
  std::string bytes;
  pdf::render_pdf(make_doc(), "mem.pdf", bytes);
  std::string path = (dir_ / "streamed.pdf").string();
  TempOutput out(path);
  pdf::WriteStats st = pdf::render_pdf(make_doc(), out);
  EXPECT_FALSE(fs::exists(path));
  EXPECT_EQ(fs::file_size(out.temp_path()), bytes.size());
  EXPECT_EQ(st.bytes, bytes.size());
  commit_outputs({&out});
  EXPECT_EQ(slurp(path), bytes);
}

// The writer in two halves (prepare_pdf, then finish_pdf once another output is made): the
// same bytes, and the pages' items are already released by the first half.
TEST_F(PdfWriterTest, PreparedThenFinishedGivesTheSameBytes) {
  std::string bytes;
  pdf::render_pdf(make_doc(), "mem.pdf", bytes);
  pages::Document d = make_doc();
  ASSERT_FALSE(d.pages[0].items.empty());
  std::shared_ptr<pdf::PreparedPdf> prepared = pdf::prepare_pdf(std::move(d), "halves.pdf");
  std::string path = (dir_ / "halves.pdf").string();
  TempOutput out(path);
  pdf::WriteStats st = pdf::finish_pdf(*prepared, out);
  EXPECT_EQ(st.bytes, bytes.size());
  EXPECT_GT(st.pages, 0);
  commit_outputs({&out});
  EXPECT_EQ(slurp(path), bytes);
}

// A write that fails while PoDoFo serialises (here the file size limit) is a wz::Error that
// names the file and the cause; the temporary file goes, the old file stays.
TEST_F(PdfWriterTest, StreamedFullDiskIsAnErrorNamingTheFile) {
  std::string path = (dir_ / "streamed-full.pdf").string();
  { std::ofstream(path) << "OLD"; }
  auto write = [&] {
    TempOutput out(path);
    pdf::render_pdf(make_doc(), out);
  };
  auto named = [&](const std::string& what) {
    return what.find(path) != std::string::npos &&
           what.find("file size limit") != std::string::npos;
  };
  EXPECT_EQ(under_file_size_limit(write, named), 3);
  EXPECT_EQ(slurp(path), "OLD");
  for (const auto& e : fs::directory_iterator(dir_))
    EXPECT_EQ(e.path().filename().string().find(".streamed-full.pdf.wz"), std::string::npos)
        << e.path();
}

TEST_F(PdfWriterTest, FailedWriteKeepsOldFile) {
  std::string path = (dir_ / "old.pdf").string();
  { std::ofstream(path) << "OLD"; }
  wz::testing::set_commit_hook([](size_t) { throw Error("simulated failure"); });
  try {
    pdf::write_pdf(make_doc(), path);
    FAIL() << "write_pdf should have thrown";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
  }
  wz::testing::set_commit_hook(nullptr);
  EXPECT_EQ(slurp(path), "OLD");
}

// The PDF goes to memory, then through base/output.h: a full disk (here the file size
// limit) is an error, never "wrote" over a good file with a truncated one.
TEST_F(PdfWriterTest, FullDiskIsAnError) {
  std::string path = (dir_ / "full.pdf").string();
  { std::ofstream(path) << "OLD"; }
  EXPECT_EQ(under_file_size_limit([&] { pdf::write_pdf(make_doc(), path); }), 3);
  EXPECT_EQ(slurp(path), "OLD");
}

TEST_F(PdfWriterTest, MissingDirectoryThrows) {
  std::string path = (dir_ / "nope" / "x.pdf").string();
  EXPECT_THROW(pdf::write_pdf(make_doc(), path), Error);
}

TEST_F(PdfWriterTest, BadInputThrows) {
  std::string path = (dir_ / "bad.pdf").string();
  pages::Document d = make_doc();
  d.pages[0].items[1].run().font = 7;
  EXPECT_THROW(pdf::write_pdf(d, path), Error);
  d = make_doc();
  d.pages[0].links[0].target_page = 5;
  EXPECT_THROW(pdf::write_pdf(d, path), Error);
  d = make_doc();
  d.pages[0].items[1].run().glyphs[0].gid = 70000;
  EXPECT_THROW(pdf::write_pdf(d, path), Error);
  d = make_doc();
  d.fonts[0].path = "/nonexistent/font.ttc";
  try {
    pdf::write_pdf(d, path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/font.ttc"), std::string::npos);
  }
  EXPECT_FALSE(fs::exists(path));
}

TEST_F(PdfWriterTest, ToUnicodeConflictIsReported) {
  pages::Document d = make_doc();
  auto& g = d.pages[0].items[1].run().glyphs;
  g[1].gid = g[0].gid;  // 报 drawn with 本's glyph: one code, two texts
  pdf::WriteStats st = pdf::write_pdf(d, (dir_ / "c.pdf").string());
  ASSERT_EQ(st.warnings.size(), 1u);
  EXPECT_NE(st.warnings[0].find("本"), std::string::npos) << st.warnings[0];
}

// Other TrueType paths: a face inside a collection (UKai CN, face 0 of ukai.ttc: the
// program must be the subset, not the 17 MB collection) and composite glyphs (DejaVu's
// accented letters pull their components into the subset, which shifts the new GIDs the
// /CIDToGIDMap must follow).
TEST_F(PdfWriterTest, CollectionFaceAndCompositeGlyphs) {
  auto ukai = find_face("AR PL UKai CN");
  auto dejavu = find_face("DejaVu Sans");
  if (!ukai || !dejavu) GTEST_SKIP() << "AR PL UKai CN / DejaVu Sans not installed";
  if (!have_tool("pdftotext") || !have_tool("pdffonts")) GTEST_SKIP() << "poppler missing";
  pages::Document d;
  d.fonts = {*ukai, *dejavu};
  pages::Page p;
  const std::string han = "楷体字库：骨头、直接，测试。", latin = "Café naïve Ŵŷ façade";
  p.items.push_back(run_item(shape(*ukai, 0, han, 16, Dir::Horizontal, 50, 80)));
  p.items.push_back(run_item(shape(*dejavu, 1, latin, 16, Dir::Horizontal, 50, 110)));
  p.items.push_back(run_item(shape(*ukai, 0, "竖排楷体", 16, Dir::Vertical, 400, 150)));
  d.pages = {p};
  std::string path = (dir_ / "ukai.pdf").string();
  pdf::WriteStats st = pdf::write_pdf(d, path);
  EXPECT_LT(st.bytes, 100000u) << "the whole collection was embedded?";
  std::string text = run("pdftotext -raw '" + path + "' -");
  EXPECT_NE(text.find(han), std::string::npos) << text;
  EXPECT_NE(text.find(latin), std::string::npos) << text;
  // Poppler places glyphs by W/DW: the Latin line must end where HarfBuzz ended it. (A
  // real-valued /DW, DejaVu's most common width 591.8, once made poppler use 1000.)
  std::string words = run("pdftotext -bbox '" + path + "' - | grep '>façade<'");
  auto at = words.find("xMax=\"");
  ASSERT_NE(at, std::string::npos) << words;
  double x_max = std::stod(words.substr(at + 6));
  EXPECT_NEAR(x_max, 50 + run_extent(p.items[1].run(), *dejavu), 0.05) << words;
  std::string fonts = run("pdffonts '" + path + "'");
  EXPECT_NE(fonts.find("UKaiCN"), std::string::npos) << fonts;
  EXPECT_NE(fonts.find("DejaVuSans"), std::string::npos) << fonts;
  if (const char* keep = std::getenv("WZ_PDF_RENDER_DIR"))
    fs::copy_file(path, fs::path(keep) / "ukai.pdf", fs::copy_options::overwrite_existing);
}

TEST_F(PdfWriterTest, RenderPages) {
  if (!have_tool("pdftoppm")) GTEST_SKIP() << "pdftoppm not installed";
  pages::Document d = make_doc();
  std::string p = write(d, "render.pdf");
  std::string prefix = (dir_ / "render").string();
  int rc = 0;
  run("pdftoppm -r 80 -png '" + p + "' '" + prefix + "'", &rc);
  EXPECT_EQ(rc, 0);
  EXPECT_TRUE(fs::exists(prefix + "-1.png"));
  EXPECT_TRUE(fs::exists(prefix + "-2.png"));
  if (const char* keep = std::getenv("WZ_PDF_RENDER_DIR")) {  // for looking at them
    fs::copy_file(p, fs::path(keep) / "render.pdf", fs::copy_options::overwrite_existing);
    for (const char* n : {"-1.png", "-2.png"})
      fs::copy_file(prefix + n, fs::path(keep) / (std::string("render") + n),
                    fs::copy_options::overwrite_existing);
  }
}

}  // namespace

// The page tree is built by appending (not PoDoFo's InsertPage): many pages, each in its
// place, with a link and an outline entry into the middle of the document.
TEST_F(PdfWriterTest, ManyPagesInOrder) {
  if (!have_tool("qpdf") || !have_tool("pdftotext")) GTEST_SKIP() << "qpdf/pdftotext missing";
  constexpr int kPages = 300;
  pages::Document d = make_doc();
  d.pages.clear();
  for (int i = 1; i <= kPages; ++i) {
    pages::Page p;
    p.label = std::to_string(i);
    p.items.push_back(
        run_item(shape(song_, 0, "第" + std::to_string(i) + "页", 12, Dir::Horizontal, 60, 100)));
    d.pages.push_back(std::move(p));
  }
  d.pages[0].links.push_back({60, 88, 60, 16, 211, 50});
  d.outline = {pages::Bookmark{"第150页", 149, 90, {}, false}};
  std::string p = write(d, "many.pdf");
  int rc = 0;
  std::string check = run("qpdf --check '" + p + "' 2>&1", &rc);
  EXPECT_EQ(rc, 0) << check;
  EXPECT_NE(check.find("No syntax or stream encoding errors"), std::string::npos) << check;
  EXPECT_EQ(run("qpdf --show-npages '" + p + "'"), std::to_string(kPages) + "\n");
  for (int k : {1, 2, 150, 212, kPages}) {
    std::string k_s = std::to_string(k);
    std::string text = run("pdftotext -f " + k_s + " -l " + k_s + " '" + p + "' -");
    EXPECT_NE(text.find("第" + k_s + "页"), std::string::npos) << "page " << k << ": " << text;
  }
  std::string json = run("qpdf --json --json-key=outlines '" + p + "'");
  EXPECT_NE(json.find("\"destpageposfrom1\": 150"), std::string::npos) << json;
}
