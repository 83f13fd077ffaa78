// base/raster: what the PDF writer reads of a picture (issue 10).
#include "base/raster.h"

#include <gtest/gtest.h>

#include "../image_maker.h"
#include "base/error.h"
#include "base/image.h"

namespace wz {
namespace {

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(Raster, JpegHeaderOnly) {
  Raster r = read_raster(test::make_jpeg(40, 30, 3), "a.jpg");
  EXPECT_EQ(r.kind, Raster::Kind::Jpeg);
  EXPECT_EQ(r.width, 40);
  EXPECT_EQ(r.height, 30);
  EXPECT_EQ(r.components, 3);
  EXPECT_FALSE(r.progressive);
  EXPECT_TRUE(r.pixels.empty());  // passed through, never decoded for the PDF
  EXPECT_EQ(read_raster(test::make_jpeg(8, 8, 1), "g.jpg").components, 1);
  EXPECT_TRUE(read_raster(test::make_jpeg(16, 16, 3, true), "p.jpg").progressive);
}

TEST(Raster, CmykJpegIsReadAsAdobeInverted) {
  std::string cmyk = test::make_jpeg(16, 16, 4);
  EXPECT_NO_THROW(check_image(cmyk, "c.jpg", "image"));
  Raster r = read_raster(cmyk, "c.jpg");
  EXPECT_EQ(r.components, 4);
  EXPECT_TRUE(r.adobe_cmyk);  // libjpeg writes an Adobe marker for CMYK: stored inverted
}

TEST(Raster, PngGreyRgbPaletteAndAlpha) {
  Raster g = read_raster(
      test::make_png(3, 2, PNG_COLOR_TYPE_GRAY, [](int x, int, int) { return x * 100; }), "g.png");
  EXPECT_EQ(g.components, 1);
  EXPECT_EQ(g.pixels, std::string("\x00\x64\xC8\x00\x64\xC8", 6));
  EXPECT_TRUE(g.alpha.empty());
  Raster p = read_raster(
      test::make_png(4, 1, PNG_COLOR_TYPE_PALETTE, [](int x, int, int) { return x; }), "p.png");
  EXPECT_EQ(p.components, 1);
  EXPECT_EQ(p.palette.size(), 12u);  // kept as a palette, not expanded
  EXPECT_EQ(p.pixels, std::string("\x00\x01\x02\x03", 4));
  Raster a = read_raster(test::make_png(2, 1, PNG_COLOR_TYPE_RGB_ALPHA,
                                        [](int x, int, int c) { return c == 3 ? x * 255 : 200; }),
                         "a.png");
  EXPECT_EQ(a.components, 3);
  EXPECT_EQ(a.pixels.size(), 6u);
  EXPECT_EQ(a.alpha, std::string("\x00\xFF", 2));
}

TEST(Raster, DecompressionBombHeaderIsRefused) {
  std::string e =
      error_of([] { check_image(test::png_header_only(20000, 20000), "bomb.png", "image"); });
  EXPECT_NE(e.find("bomb.png: image: the image is 20000×20000 pixels"), std::string::npos) << e;
}

TEST(Raster, CorruptJpegIsRefusedWithTheFileName) {
  std::string j = test::make_jpeg(64, 64, 3);
  j.resize(j.size() / 2);  // cut in the middle of the scan
  std::string e = error_of([&] { check_image(j, "cut.jpg", "image"); });
  EXPECT_NE(e.find("cut.jpg: image: cannot decode the jpg image"), std::string::npos) << e;
}

}  // namespace
}  // namespace wz
