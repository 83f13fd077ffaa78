// base/resample: pictures shrunk with libjpeg-turbo's DCT scaling and pixman (issue 10):
// sizes, proportions, colours kept, the same bytes every time, the EPUB's narrower copy.
#include "base/resample.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "../image_maker.h"
#include "base/image.h"

namespace wz {
namespace {

TEST(Resample, FitWithinKeepsProportions) {
  EXPECT_EQ(fit_within(4000, 3000, 1000, 1000).width, 1000);
  EXPECT_EQ(fit_within(4000, 3000, 1000, 1000).height, 750);
  EXPECT_EQ(fit_within(3000, 4000, 1000, 2000).height, 1333);  // the narrower side rules
  EXPECT_EQ(fit_within(300, 200, 1000, 1000).width, 300);      // fits already: as it is
  EXPECT_EQ(fit_within(10000, 10, 100, 100).height, 1);        // never below one pixel
}

TEST(Resample, JpegShrunkToTheExactSizeAndColourKept) {
  const std::string jpeg = test::make_jpeg(1000, 600, 3, false, [](int, int, int c) {
    return c == 0 ? 200 : c == 1 ? 100 : 50;  // one flat colour
  });
  Raster r = shrink_picture(read_raster(jpeg, "a.jpg"), jpeg, "a.jpg", {333, 199});
  EXPECT_EQ(r.width, 333);
  EXPECT_EQ(r.height, 199);
  ASSERT_EQ(r.pixels.size(), 333u * 199 * 3);
  for (size_t i : {size_t{0}, r.pixels.size() / 6 * 3, r.pixels.size() - 3}) {  // whole pixels
    EXPECT_NEAR(static_cast<unsigned char>(r.pixels[i]), 200, 3);
    EXPECT_NEAR(static_cast<unsigned char>(r.pixels[i + 1]), 100, 3);
    EXPECT_NEAR(static_cast<unsigned char>(r.pixels[i + 2]), 50, 3);
  }
}

TEST(Resample, CmykAndGreyChannelsStayApart) {
  const std::string cmyk =
      test::make_jpeg(400, 400, 4, false, [](int, int, int c) { return 30 + c * 60; });
  Raster r = shrink_picture(read_raster(cmyk, "c.jpg"), cmyk, "c.jpg", {70, 70});
  ASSERT_EQ(r.components, 4);
  ASSERT_EQ(r.pixels.size(), 70u * 70 * 4);
  for (int c = 0; c < 4; ++c)
    EXPECT_NEAR(static_cast<unsigned char>(r.pixels[35 * 70 * 4 + c]), 30 + c * 60, 3) << c;
  const std::string grey = test::make_jpeg(300, 300, 1, true, [](int, int, int) { return 77; });
  Raster g = shrink_picture(read_raster(grey, "g.jpg"), grey, "g.jpg", {99, 99});
  ASSERT_EQ(g.components, 1);
  EXPECT_NEAR(static_cast<unsigned char>(g.pixels[50 * 99 + 50]), 77, 2);
}

TEST(Resample, PngAlphaAndPaletteShrunk) {
  const std::string rgba =
      test::make_png(200, 100, PNG_COLOR_TYPE_RGB_ALPHA,
                     [](int x, int, int c) { return c == 3 ? (x < 100 ? 0 : 255) : 128; });
  Raster r = shrink_picture(read_raster(rgba, "a.png"), rgba, "a.png", {50, 25});
  ASSERT_EQ(r.alpha.size(), 50u * 25);
  EXPECT_EQ(static_cast<unsigned char>(r.alpha[12 * 50 + 5]), 0);     // transparent half
  EXPECT_EQ(static_cast<unsigned char>(r.alpha[12 * 50 + 45]), 255);  // opaque half
  const std::string pal =
      test::make_png(64, 64, PNG_COLOR_TYPE_PALETTE, [](int, int, int) { return 1; });  // red
  Raster p = shrink_picture(read_raster(pal, "p.png"), pal, "p.png", {16, 16});
  EXPECT_TRUE(p.palette.empty());  // indices cannot be filtered: the colours are
  ASSERT_EQ(p.components, 3);
  EXPECT_EQ(static_cast<unsigned char>(p.pixels[0]), 255);
  EXPECT_EQ(static_cast<unsigned char>(p.pixels[1]), 0);
}

TEST(Resample, SameInputSameBytes) {
  const std::string jpeg = test::make_jpeg(
      900, 700, 3, false, [](int x, int y, int c) { return (x * y + c * 40) % 256; });
  auto once = [&] {
    Raster r = shrink_picture(read_raster(jpeg, "a.jpg"), jpeg, "a.jpg", {301, 234});
    return encode_jpeg(r, "a.jpg");
  };
  const std::string a = once();
  EXPECT_EQ(a, once());
  EXPECT_EQ(check_image(a, "shrunk.jpg", "image").width, 301);  // a JPEG libjpeg reads back
}

TEST(Resample, EpubCopyNoWiderThanTheLimit) {
  Image wide = check_image(test::make_jpeg(2400, 1200, 3), "w.jpg", "image");
  Image copy = narrower_copy(wide, "w.jpg", 1600);
  EXPECT_EQ(copy.width, 1600);
  EXPECT_EQ(copy.height, 800);
  EXPECT_EQ(check_image(copy.bytes, "copy.jpg", "image").width, 1600);
  EXPECT_EQ(copy.media_type, "image/jpeg");
  Image png = check_image(test::make_png(2000, 10, PNG_COLOR_TYPE_RGB_ALPHA,
                                         [](int x, int, int c) { return c == 3 ? x % 256 : 9; }),
                          "w.png", "image");
  Image pcopy = narrower_copy(png, "w.png", 1600);
  EXPECT_EQ(check_image(pcopy.bytes, "copy.png", "image").width, 1600);
  EXPECT_EQ(pcopy.media_type, "image/png");
  Image narrow = check_image(test::make_jpeg(800, 600, 3), "n.jpg", "image");
  EXPECT_EQ(narrower_copy(narrow, "n.jpg", 1600).bytes, narrow.bytes);  // as it is
}

// decoded_size (the picture store's key: which decode serves an asker) says the size
// libjpeg's DCT scaling gives, for odd sizes too (ceil(w·M/8)).
TEST(Resample, DecodedSizeIsTheSizeTheDecodeGives) {
  const std::string jpeg = test::make_jpeg(1001, 603, 3);
  const Raster r = read_raster(jpeg, "o.jpg");
  for (Size want :
       {Size{1, 1}, Size{126, 70}, Size{127, 60}, Size{500, 300}, Size{751, 1}, Size{1001, 603}}) {
    const Size s = decoded_size(r, want);
    const Raster d = decode_picture(r, jpeg, "o.jpg", want);
    EXPECT_EQ(d.width, s.width) << want.width;
    EXPECT_EQ(d.height, s.height) << want.width;
    EXPECT_GE(s.width, want.width);
  }
  EXPECT_EQ(decoded_size(r, {126, 70}).width, 126);  // 1/8: ceil(1001/8)
  EXPECT_EQ(decoded_size(r, {127, 70}).width, 251);  // 2/8
}

}  // namespace
}  // namespace wz
