// pdf/pictures: pictures as image XObjects (issue 10): a JPEG's data passed through byte
// for byte and written once however often it is placed; a PNG's alpha as an SMask that
// poppler and mupdf both render as transparency; a Figure with /Alt in the structure.
#include "pdf/pictures.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "../image_maker.h"
#include "pdf/pdf_writer.h"
#include "pdf_test_util.h"

namespace wz::pdf {
namespace {

namespace fs = std::filesystem;

class Pictures : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("wz-pdf-pictures-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string file(const std::string& name, const std::string& bytes) {
    std::string p = (dir_ / name).string();
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }
  static pages::Item picture(int image, double x, double y, double w, double h) {
    pages::Item it;
    it.body = pages::Picture{image, x, y, w, h, "车间里的焊工"};
    it.tag.role = pages::Tag::Role::Figure;
    it.tag.issue = 0, it.tag.article = 0, it.tag.block = 0;
    return it;
  }
  static pages::Document doc_of(std::vector<std::string> images, int pages_n) {
    pages::Document d;
    d.images = std::move(images);
    for (int i = 0; i < pages_n; ++i) {
      pages::Page p;
      p.width = 100, p.height = 100;
      d.pages.push_back(p);
    }
    return d;
  }
  std::string write(const pages::Document& d) {
    std::string p = (dir_ / "out.pdf").string();
    write_pdf(d, p);
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  fs::path dir_;
};

int count(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (size_t at = 0; (at = hay.find(needle, at)) != std::string::npos; at += needle.size()) ++n;
  return n;
}

TEST_F(Pictures, JpegPassedThroughByteForByteAndWrittenOnce) {
  std::string jpeg = wz::test::make_jpeg(40, 30, 3);
  pages::Document d = doc_of({file("a.jpg", jpeg)}, 2);
  d.pages[0].items.push_back(picture(0, 10, 10, 40, 30));
  d.pages[0].items.push_back(picture(0, 10, 50, 40, 30));  // twice on a page
  d.pages[1].items.push_back(picture(0, 0, 0, 80, 60));    // and on the next
  std::string pdf = write(d);
  EXPECT_EQ(count(pdf, jpeg), 1);  // the file's bytes, once, not re-encoded
  EXPECT_EQ(count(pdf, "/DCTDecode"), 1);
  EXPECT_EQ(count(pdf, "/Subtype/Image"), 1);
  if (test::have_tool("qpdf")) {
    int status = 0;
    test::run("qpdf --check " + (dir_ / "out.pdf").string() + " >/dev/null 2>&1", &status);
    EXPECT_EQ(status, 0);
  }
}

// Every /Width of the file's image XObjects.
std::vector<int> widths(const std::string& pdf) {
  std::vector<int> out;
  std::regex w(R"(/Width (\d+))");
  for (std::sregex_iterator it(pdf.begin(), pdf.end(), w), end; it != end; ++it)
    out.push_back(std::stoi((*it)[1]));
  return out;
}

// pdfimages -list of a PDF, read back: per drawn image, its page, object number, pixel
// width and the x resolution it is drawn at.
struct Drawn {
  int page = 0, object = 0, width = 0, ppi = 0;
};
std::vector<Drawn> drawn_images(const std::string& pdf_path) {
  std::istringstream in(test::run("pdfimages -list " + pdf_path));
  std::vector<Drawn> out;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    Drawn d;
    std::string num, type, height, color, comp, bpc, enc, interp, id;
    if (!(f >> d.page >> num >> type >> d.width >> height >> color >> comp >> bpc >> enc >>
          interp >> d.object >> id >> d.ppi) ||
        type != "image")
      continue;  // the header lines, and SMasks
    out.push_back(d);
  }
  return out;
}

TEST_F(Pictures, OversizedPictureShrunkToMaxDpiAtEachPlacement) {
  std::string jpeg = wz::test::make_jpeg(2000, 1500, 3);
  pages::Document d = doc_of({file("big.jpg", jpeg)}, 2);
  d.pages[0].items.push_back(picture(0, 0, 0, 72, 54));     // 1 inch wide
  d.pages[0].items.push_back(picture(0, 0, 60, 144, 108));  // 2 inches
  d.pages[1].items.push_back(picture(0, 0, 0, 72, 54));     // 1 inch again: the same copy
  std::string pdf = write(d);
  EXPECT_EQ(count(pdf, jpeg), 0);                        // not the file's data any more
  EXPECT_EQ(count(pdf, "/DCTDecode"), 2);                // re-encoded as JPEG, twice
  EXPECT_EQ(widths(pdf), (std::vector<int>{600, 300}));  // 2 in and 1 in × 300 dpi
  if (test::have_tool("pdfimages")) {                    // read back: every placement at 300 ppi
    std::vector<Drawn> drawn = drawn_images((dir_ / "out.pdf").string());
    ASSERT_EQ(drawn.size(), 3u);
    for (const Drawn& x : drawn) EXPECT_EQ(x.ppi, 300) << "page " << x.page;
    EXPECT_EQ(drawn[0].width, 300);
    EXPECT_EQ(drawn[1].width, 600);
    EXPECT_EQ(drawn[2].object, drawn[0].object);  // one size, one object
  }
  d.image_max_dpi = 200;
  EXPECT_EQ(widths(write(d)), (std::vector<int>{400, 200}));
  if (test::have_tool("qpdf")) {
    int status = 0;
    test::run("qpdf --check " + (dir_ / "out.pdf").string() + " >/dev/null 2>&1", &status);
    EXPECT_EQ(status, 0);
  }
}

TEST_F(Pictures, NearSizesShareTheLargerCopyAndTheFileServesWhereItIsSmallEnough) {
  std::string jpeg = wz::test::make_jpeg(1000, 750, 3);
  pages::Document d = doc_of({file("a.jpg", jpeg)}, 1);
  d.pages[0].items.push_back(picture(0, 0, 0, 240, 180));    // 3.33 in: the file, 300 ppi
  d.pages[0].items.push_back(picture(0, 0, 0, 144, 108));    // 2 in: shares the 615 px copy
  d.pages[0].items.push_back(picture(0, 0, 0, 147.6, 111));  // 2.05 in: a copy of 615 px
  d.pages[0].items.push_back(picture(0, 0, 0, 230, 172.5));  // 3.19 in: shares the file
  std::string pdf = write(d);
  EXPECT_EQ(count(pdf, jpeg), 1);  // the file's own bytes where they are not too many
  EXPECT_EQ(widths(pdf), (std::vector<int>{1000, 615}));
  if (test::have_tool("pdfimages")) {
    std::vector<Drawn> drawn = drawn_images((dir_ / "out.pdf").string());
    ASSERT_EQ(drawn.size(), 4u);
    for (const Drawn& x : drawn) {  // never under the limit, at most the slack over it
      EXPECT_GE(x.ppi, 300);
      EXPECT_LE(x.ppi, 300 * kShareSlack + 1);
    }
    EXPECT_EQ(drawn[1].object, drawn[2].object);
    EXPECT_EQ(drawn[0].object, drawn[3].object);
  }
}

// qpdf's list of the image XObjects each page draws (one line per resource, however often
// the page draws it): per page, the object number and pixel width of each.
std::vector<std::set<std::pair<int, int>>> page_images(const std::string& pdf_path) {
  std::istringstream in(test::run("qpdf --show-pages --with-images " + pdf_path));
  std::vector<std::set<std::pair<int, int>>> out;
  std::regex page(R"(^page \d+:)"), im(R"(^\s+/\w+: (\d+) 0 R, (\d+) x \d+)");
  std::smatch m;
  for (std::string line; std::getline(in, line);) {
    if (std::regex_search(line, page)) out.emplace_back();
    if (std::regex_search(line, m, im) && !out.empty())
      out.back().emplace(std::stoi(m[1]), std::stoi(m[2]));
  }
  return out;
}

TEST_F(Pictures, OneFileAtOneSizeIsOneXObjectCountedByQpdf) {
  if (!test::have_tool("qpdf")) GTEST_SKIP() << "qpdf not installed";
  std::string jpeg = wz::test::make_jpeg(2000, 1500, 3);
  std::string png = wz::test::make_png(900, 600, PNG_COLOR_TYPE_RGB, [](int x, int y, int c) {
    return (x * 7 + y * 3 + c * 50) % 256;
  });
  pages::Document d = doc_of({file("big.jpg", jpeg), file("big.png", png)}, 2);
  for (int p = 0; p < 2; ++p) {  // the same two placements on both pages: 300 px and 600 px
    d.pages[p].items.push_back(picture(0, 0, 0, 72, 54));
    d.pages[p].items.push_back(picture(1, 0, 60, 144, 96));
  }
  d.pages[1].items.push_back(picture(0, 0, 0, 141, 105.75));  // 586 px: shares the 600
  d.pages[1].items.push_back(picture(0, 0, 0, 144, 108));     // 600 px
  d.pages[1].items.push_back(picture(0, 0, 0, 100, 75));      // 416 px: its own copy
  write(d);
  std::vector<std::set<std::pair<int, int>>> drawn = page_images((dir_ / "out.pdf").string());
  ASSERT_EQ(drawn.size(), 2u);
  EXPECT_EQ(drawn[0].size(), 2u);  // the jpeg at 300 px, the png at 600
  EXPECT_EQ(drawn[1].size(), 4u);  // those, the jpeg at 600 px (twice) and at 416 px
  for (const auto& x : drawn[0]) EXPECT_TRUE(drawn[1].count(x));  // the same objects
  std::set<int> objects, widths;
  for (const auto& page : drawn)
    for (auto [o, w] : page) objects.insert(o), widths.insert(w);
  EXPECT_EQ(objects.size(), 4u);  // 7 placements of 2 files: 4 XObjects
  EXPECT_EQ(widths, (std::set<int>{300, 416, 600}));
}

TEST_F(Pictures, ShrunkPngKeepsItsMaskAtTheSameSize) {
  std::string png = wz::test::make_png(1000, 1000, PNG_COLOR_TYPE_RGB_ALPHA,
                                       [](int x, int, int c) { return c == 3 ? x % 256 : 90; });
  pages::Document d = doc_of({file("big.png", png)}, 1);
  d.pages[0].items.push_back(picture(0, 0, 0, 72, 72));
  std::string pdf = write(d);
  EXPECT_EQ(count(pdf, "/SMask"), 1);
  EXPECT_EQ(widths(pdf), (std::vector<int>{300, 300}));  // the picture and its mask
}

TEST_F(Pictures, PictureAtOrUnderTheLimitIsNotShrunk) {
  std::string jpeg = wz::test::make_jpeg(600, 450, 3);
  pages::Document d = doc_of({file("a.jpg", jpeg)}, 1);
  d.pages[0].items.push_back(picture(0, 0, 0, 144, 108));  // exactly 300 dpi
  EXPECT_EQ(count(write(d), jpeg), 1);                     // byte for byte
}

TEST_F(Pictures, ShrunkCmykJpegGoesInAsFlatePixelsWithItsDecode) {
  pages::Document d = doc_of({file("c.jpg", wz::test::make_jpeg(800, 800, 4))}, 1);
  d.pages[0].items.push_back(picture(0, 0, 0, 72, 72));
  std::string pdf = write(d);
  EXPECT_EQ(widths(pdf), std::vector<int>{300});
  EXPECT_EQ(count(pdf, "/DCTDecode"), 0);  // libjpeg would write its own Adobe marker
  EXPECT_EQ(count(pdf, "/DeviceCMYK"), 1);
  EXPECT_EQ(count(pdf, "/Decode"), 1);  // the samples stay inverted as the file had them
}

TEST_F(Pictures, CmykJpegGetsDecodeArray) {
  pages::Document d = doc_of({file("c.jpg", wz::test::make_jpeg(16, 16, 4))}, 1);
  d.pages[0].items.push_back(picture(0, 0, 0, 16, 16));
  std::string pdf = write(d);
  EXPECT_EQ(count(pdf, "/DeviceCMYK"), 1);
  EXPECT_EQ(count(pdf, "/Decode"), 1);  // [1 0 1 0 1 0 1 0]: Adobe CMYK is stored inverted
}

TEST_F(Pictures, FigureCarriesAltText) {
  pages::Document d = doc_of({file("a.jpg", wz::test::make_jpeg(8, 8, 1))}, 1);
  d.pages[0].items.push_back(picture(0, 0, 0, 50, 50));
  std::string pdf = write(d);
  EXPECT_EQ(count(pdf, "/S/Figure"), 1);
  EXPECT_EQ(count(pdf, "/Alt"), 1);
}

// The PPM pixel (r, g, b) at (x, y) of a P6 file with maxval 255.
std::array<int, 3> ppm_pixel(const std::string& path, int x, int y) {
  std::ifstream in(path, std::ios::binary);
  std::string magic;
  int w = 0, h = 0, max = 0;
  in >> magic >> w >> h >> max;
  in.get();
  std::string data((std::istreambuf_iterator<char>(in)), {});
  size_t at = (static_cast<size_t>(y) * w + x) * 3;
  if (magic != "P6" || at + 2 >= data.size()) return {-1, -1, -1};
  auto u = [&](size_t i) { return static_cast<int>(static_cast<unsigned char>(data[i])); };
  return {u(at), u(at + 1), u(at + 2)};
}

TEST_F(Pictures, PngAlphaIsTransparentInPopplerAndMupdf) {
  if (!test::have_tool("pdftoppm") || !test::have_tool("mutool"))
    GTEST_SKIP() << "pdftoppm or mutool not installed";
  // Left half fully transparent, right half opaque red, over a black box.
  std::string png = wz::test::make_png(20, 20, PNG_COLOR_TYPE_RGB_ALPHA, [](int x, int, int c) {
    return c == 3 ? (x < 10 ? 0 : 255) : c == 0 ? 255 : 0;
  });
  pages::Document d = doc_of({file("a.png", png)}, 1);
  pages::Item box;
  box.body = pages::Box{0, 0, 100, 100, 0, false, true, {}, pages::Color::gray(0)};
  d.pages[0].items.push_back(box);
  d.pages[0].items.push_back(picture(0, 0, 0, 100, 100));
  std::string pdf = write(d);
  EXPECT_EQ(count(pdf, "/SMask"), 1);
  std::string in = (dir_ / "out.pdf").string(), pop = (dir_ / "pop").string(),
              mu = (dir_ / "mu.ppm").string();
  test::run("pdftoppm -r 72 -singlefile " + in + " " + pop);
  test::run("mutool draw -q -r 72 -o " + mu + " " + in + " 2>/dev/null");
  for (const std::string& out : {pop + ".ppm", mu}) {
    EXPECT_EQ(ppm_pixel(out, 25, 50), (std::array<int, 3>{0, 0, 0})) << out;  // box shows
    auto red = ppm_pixel(out, 75, 50);
    EXPECT_GT(red[0], 240) << out;
    EXPECT_LT(red[1], 15) << out;
  }
}

TEST_F(Pictures, PaletteAndGreyPngKeepTheirColourSpace) {
  pages::Document d = doc_of(
      {file("p.png",
            wz::test::make_png(4, 4, PNG_COLOR_TYPE_PALETTE, [](int x, int, int) { return x; })),
       file("g.png",
            wz::test::make_png(4, 4, PNG_COLOR_TYPE_GRAY, [](int x, int, int) { return x * 60; }))},
      1);
  d.pages[0].items.push_back(picture(0, 0, 0, 40, 40));
  d.pages[0].items.push_back(picture(1, 50, 0, 40, 40));
  std::string pdf = write(d);
  EXPECT_EQ(count(pdf, "/Indexed"), 1);
  EXPECT_EQ(count(pdf, "/ColorSpace/DeviceGray"), 1);
}

}  // namespace
}  // namespace wz::pdf
