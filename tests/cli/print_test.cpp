// The print (PDF/X-4) and archive (PDF/A-2u) profiles end to end: boxes as pdfinfo reads
// them, qpdf --check, `wenzhai preflight`, and Ghostscript's tiffsep separations (black
// text on the black plate only; the marks on every plate).
#include <gtest/gtest.h>
#include <tiffio.h>

#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <vector>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

constexpr double kPtPerMm = 72.0 / 25.4;
constexpr int kSepDpi = 72;  // one pixel a point: plates small enough to count fast

struct Built {
  fs::path dir;
  std::string pdf;
};

// The sample digest in `profile`, in a directory of the test's own (`name`).
Built build(const std::string& profile, const std::string& name) {
  Built b{tmpdir(name), ""};
  b.pdf = (b.dir / "digest.pdf").string();
  Result r = run(kBin + " build -q --pdf-only --profile " + profile + " " + kSrc +
                 "/samples/digest.toml -o " + b.dir.string());
  EXPECT_EQ(r.code, 0) << r.out;
  return b;
}

// One page box from `pdfinfo -box`: x0 y0 x1 y1.
std::array<double, 4> box(const std::string& pdfinfo, const std::string& name) {
  std::smatch m;
  std::regex re(name + R"(:\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+))");
  if (!std::regex_search(pdfinfo, m, re)) return {0, 0, 0, 0};
  return {std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4])};
}

// A tiffsep plate: inked pixels inside and outside a rectangle (pixels, top-left origin).
struct Ink {
  long inside = 0, outside = 0;
};
Ink count_ink(const std::string& tif, int x0, int y0, int x1, int y1) {
  Ink ink;
  std::unique_ptr<TIFF, void (*)(TIFF*)> t(TIFFOpen(tif.c_str(), "r"), TIFFClose);
  if (!t) {
    ADD_FAILURE() << "cannot open " << tif;
    return ink;
  }
  uint32_t w = 0, h = 0;
  uint16_t bits = 0, photometric = PHOTOMETRIC_MINISWHITE;
  TIFFGetField(t.get(), TIFFTAG_IMAGEWIDTH, &w);
  TIFFGetField(t.get(), TIFFTAG_IMAGELENGTH, &h);
  TIFFGetField(t.get(), TIFFTAG_BITSPERSAMPLE, &bits);
  TIFFGetField(t.get(), TIFFTAG_PHOTOMETRIC, &photometric);
  EXPECT_EQ(bits, 8) << tif;
  const unsigned char no_ink = photometric == PHOTOMETRIC_MINISWHITE ? 0 : 255;
  std::vector<unsigned char> row(TIFFScanlineSize(t.get()));
  for (uint32_t y = 0; y < h; ++y) {
    if (TIFFReadScanline(t.get(), row.data(), y) < 0) break;
    for (uint32_t x = 0; x < w; ++x) {
      if (row[x] == no_ink) continue;
      bool in = static_cast<int>(x) >= x0 && static_cast<int>(x) < x1 &&
                static_cast<int>(y) >= y0 && static_cast<int>(y) < y1;
      ++(in ? ink.inside : ink.outside);
    }
  }
  return ink;
}

TEST(PrintProfile, BoxesQpdfAndPreflight) {
  Built b = build("print", "print-boxes");
  Result info = run("pdfinfo -box -f 4 -l 4 " + b.pdf);
  ASSERT_EQ(info.code, 0) << info.out;
  EXPECT_NE(info.out.find("PDF subtype:    PDF/X-4"), std::string::npos) << info.out;
  auto media = box(info.out, "MediaBox"), bleed = box(info.out, "BleedBox"),
       trim = box(info.out, "TrimBox");
  // A4 trim; 3 mm of bleed; 6 mm of slug beyond it for the marks.
  EXPECT_NEAR(trim[2] - trim[0], 595.28, 0.02);
  EXPECT_NEAR(trim[0] - bleed[0], 3 * kPtPerMm, 0.02);
  EXPECT_NEAR(bleed[3] - trim[3], 3 * kPtPerMm, 0.02);
  EXPECT_NEAR(bleed[0] - media[0], 6 * kPtPerMm, 0.02);
  EXPECT_NEAR(media[2] - bleed[2], 6 * kPtPerMm, 0.02);

  Result q = run("qpdf --check " + b.pdf);
  EXPECT_EQ(q.code, 0) << q.out;
  EXPECT_NE(q.out.find("No syntax or stream encoding errors"), std::string::npos) << q.out;
  Result pf = run(kBin + " preflight --profile print " + b.pdf);
  EXPECT_EQ(pf.code, 0) << pf.out;
  std::string pages = run("pdfinfo " + b.pdf).out;  // every page of the sample has its boxes
  pages = pages.substr(pages.find("Pages:") + 6);
  pages = std::to_string(std::stoi(pages));
  EXPECT_NE(pf.out.find("ok    boxes: " + pages + " pages, bleed 3.0 mm"), std::string::npos)
      << pf.out;
  EXPECT_NE(pf.out.find("ok    output intent: GTS_PDFX"), std::string::npos) << pf.out;
  EXPECT_NE(pf.out.find("0 failed"), std::string::npos) << pf.out;
  std::printf("%s", pf.out.c_str());
}

// Body text in DeviceGray 0 separates to the black plate only; the crop marks, in
// registration colour, to all four, outside the BleedBox.
TEST(PrintProfile, TiffsepPutsTheTextOnTheBlackPlateOnly) {
  Built b = build("print", "print-tiffsep");
  std::string out = (b.dir / "sep.tif").string();
  Result gs = run("gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=tiffsep -r" + std::to_string(kSepDpi) +
                  " -dFirstPage=4 -dLastPage=4 -sOutputFile=" + out + " " + b.pdf);
  ASSERT_EQ(gs.code, 0) << gs.out;
  // The BleedBox in pixels (one a point at 72 dpi): the A4 sheet less 6 mm of slug a side.
  const int slug = static_cast<int>(std::floor(6 * kPtPerMm));
  const int w = static_cast<int>(std::round(595.28 + 18 * kPtPerMm));
  const int h = static_cast<int>(std::round(841.89 + 18 * kPtPerMm));
  std::map<std::string, Ink> plates;
  for (const char* plate : {"Cyan", "Magenta", "Yellow", "Black"}) {
    std::string f = (b.dir / ("sep(" + std::string(plate) + ").tif")).string();
    plates[plate] = count_ink(f, slug + 1, slug + 1, w - slug - 1, h - slug - 1);
    std::printf("plate %-7s inked pixels inside the BleedBox %ld, outside %ld\n", plate,
                plates[plate].inside, plates[plate].outside);
  }
  for (const char* p : {"Cyan", "Magenta", "Yellow"}) {
    EXPECT_EQ(plates[p].inside, 0) << p << " plate has ink over the page";
    EXPECT_GT(plates[p].outside, 0) << p << " plate lacks the registration-colour marks";
  }
  EXPECT_GT(plates["Black"].inside, 1000) << "the text is on the black plate";
}

// A layout's style colour: its CMYK form in the printer's file, straight onto the plates it
// names (0 cyan: no cyan ink; the body text still on black alone), its RGB form in the
// reading copy and in the EPUB's CSS.
TEST(PrintProfile, StyleColoursAreCmykForThePressAndRgbForScreenAndEpub) {
  fs::path d = tmpdir("print-colors");
  std::string layout = slurp(kSrc + "/layouts/digest-a4.toml");
  const std::string head = "[styles.headline]\n";
  ASSERT_NE(layout.find(head), std::string::npos);
  layout.replace(layout.find(head), head.size(),
                 head + "color = { rgb = \"#b22222\", cmyk = [0, 90, 80, 20] }\n");
  std::ofstream(d / "red-a4.toml") << layout;
  std::ofstream(d / "red.toml") << "[digest]\ntitle = \"职工文摘\"\ndate = \"2024-03\"\n\n"
                                   "[[issues]]\ntitle = \"第一期\"\ndate = \"2024-03-04\"\n"
                                   "sources = [\""
                                << kSrc
                                << "/samples/pages/page-01.txt\"]\nlayout = \"red-a4.toml\"\n";
  const std::string m = (d / "red.toml").string();
  for (const char* profile : {"screen", "print"}) {
    Result r = run(kBin + " build -q --allow-outside --profile " + profile + " " + m + " -o " +
                   (d / profile).string());
    ASSERT_EQ(r.code, 0) << r.out;
    Result q = run("qpdf --qdf --object-streams=disable " + (d / profile / "red.pdf").string() +
                   " " + (d / profile / "qdf.pdf").string());
    ASSERT_EQ(q.code, 0) << q.out;
  }
  std::string screen = slurp(d / "screen" / "qdf.pdf"), print = slurp(d / "print" / "qdf.pdf");
  EXPECT_NE(screen.find("0.698 0.133 0.133 rg"), std::string::npos) << "RGB on screen";
  EXPECT_EQ(screen.find("0 0.9 0.8 0.2 k"), std::string::npos);
  EXPECT_NE(print.find("0 0.9 0.8 0.2 k"), std::string::npos) << "CMYK in print";
  EXPECT_EQ(print.find(" rg\n"), std::string::npos) << "no DeviceRGB operator in print";
  Result css = run("unzip -p " + (d / "screen" / "red.epub").string() + " 'EPUB/css/*.css'");
  EXPECT_NE(css.out.find("color: #b22222;"), std::string::npos) << css.out;

  const std::string pdf = (d / "print" / "red.pdf").string();
  Result pf = run(kBin + " preflight --profile print " + pdf);
  EXPECT_EQ(pf.code, 0) << pf.out;
  EXPECT_NE(pf.out.find("DeviceCMYK"), std::string::npos) << pf.out;
  // Page 3 opens the issue, with its first headlines.
  std::string out = (d / "sep.tif").string();
  Result gs = run("gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=tiffsep -r" + std::to_string(kSepDpi) +
                  " -dFirstPage=3 -dLastPage=3 -sOutputFile=" + out + " " + pdf);
  ASSERT_EQ(gs.code, 0) << gs.out;
  const int slug = static_cast<int>(std::floor(6 * kPtPerMm));
  const int w = static_cast<int>(std::round(595.28 + 18 * kPtPerMm));
  const int h = static_cast<int>(std::round(841.89 + 18 * kPtPerMm));
  auto ink = [&](const char* plate) {
    return count_ink((d / ("sep(" + std::string(plate) + ").tif")).string(), slug + 1, slug + 1,
                     w - slug - 1, h - slug - 1)
        .inside;
  };
  const long cyan = ink("Cyan"), magenta = ink("Magenta"), yellow = ink("Yellow");
  std::printf("coloured headline, page 3 inside the BleedBox: C %ld M %ld Y %ld K %ld\n", cyan,
              magenta, yellow, ink("Black"));
  EXPECT_EQ(cyan, 0) << "the layout's CMYK has no cyan: nothing converted it";
  EXPECT_GT(magenta, 100);
  EXPECT_GT(yellow, 100);
}

// The profiles change the sheet, not the make-up: makeup-audit measures the print and
// archive files exactly as the reading copy (every figure but the type area's coordinates,
// which the print sheet's bleed and slug move). Its verdict is the make-up's (issue 9).
TEST(PrintProfile, MakeupAuditSeesTheSameMakeUpInEveryProfile) {
  if (!have_shared()) GTEST_SKIP() << "../shared is absent: makeup-audit not available";
  std::map<std::string, std::string> figures;
  for (const char* profile : {"screen", "print", "archive"}) {
    Built b = build(profile, std::string("makeup-") + profile);
    Result r = run("python3 " + kShared + "/tools/makeup-audit --json " + b.pdf);
    ASSERT_NE(r.out.find("\"display_lines\""), std::string::npos) << r.out;
    ASSERT_NE(r.out.find("\"type_area\""), std::string::npos) << r.out;
    figures[profile] = r.out.substr(0, r.out.find("\"type_area\"")) +
                       r.out.substr(r.out.find("\"display_lines\""));
  }
  EXPECT_EQ(figures["print"], figures["screen"]);
  EXPECT_EQ(figures["archive"], figures["screen"]);
  std::printf("%s\n", figures["screen"].c_str());
}

TEST(ArchiveProfile, QpdfAndPreflightPassAndTheReadingCopyDoesNot) {
  Built b = build("archive", "archive-preflight");
  Result q = run("qpdf --check " + b.pdf);
  EXPECT_EQ(q.code, 0) << q.out;
  Result pf = run(kBin + " preflight --profile archive " + b.pdf);
  EXPECT_EQ(pf.code, 0) << pf.out;
  EXPECT_NE(pf.out.find("ok    XMP: pdfaid part 2 conformance U"), std::string::npos) << pf.out;
  EXPECT_NE(pf.out.find("ok    Info = XMP"), std::string::npos) << pf.out;
  std::printf("%s", pf.out.c_str());
  // Negative control: the screen file claims no PDF/A, and preflight says what is missing.
  Built s = build("screen", "archive-control");
  Result bad = run(kBin + " preflight --profile archive " + s.pdf);
  EXPECT_EQ(bad.code, 1) << bad.out;
  EXPECT_NE(bad.out.find("FAIL  output intent: none"), std::string::npos) << bad.out;
  // The screen file has XMP when tagged (for PDF/UA), but no pdfaid claim.
  EXPECT_NE(bad.out.find("FAIL  XMP: pdfaid part  conformance"), std::string::npos) << bad.out;
  Result not_pdf = run(kBin + " preflight --profile print " + kSrc + "/samples/digest.toml");
  EXPECT_EQ(not_pdf.code, 1) << not_pdf.out;
  EXPECT_NE(not_pdf.out.find("digest.toml"), std::string::npos) << not_pdf.out;
}

TEST(ArchiveProfile, ScreenOutputHasNoBoxesOrIntent) {
  Built s = build("screen", "screen-boxes");
  Result info = run("pdfinfo -box -f 1 -l 1 " + s.pdf);
  auto media = box(info.out, "MediaBox"), trim = box(info.out, "TrimBox");
  EXPECT_EQ(media, trim) << info.out;  // pdfinfo shows the MediaBox when there is no TrimBox
  EXPECT_EQ(info.out.find("PDF subtype"), std::string::npos) << info.out;
}

}  // namespace
