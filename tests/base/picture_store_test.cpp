// base/picture_store: each picture file of a build read and decoded once for the check, the
// PDF and the EPUB (issue 10); the results the same bytes as each user decoding on its own;
// damaged data still refused by the check.
#include "base/picture_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../image_maker.h"
#include "base/error.h"

namespace wz {
namespace {

namespace fs = std::filesystem;

class PictureStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("wz-store-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  fs::path dir_;
};

// A PNG wider than the EPUB's copy: the check decodes it (libpng, once); the PDF's raster,
// its pixels for shrinking and the EPUB's narrower copy all come from that decode, and the
// copy is the same bytes as narrower_copy of the file on its own.
TEST_F(PictureStoreTest, APngIsDecodedOnceForCheckPdfAndEpub) {
  const std::string png = test::make_png(
      2000, 500, PNG_COLOR_TYPE_RGB_ALPHA,
      [](int x, int y, int c) { return c == 3 ? (x + y) % 256 : (x * 3 + c * 40) % 256; });
  const std::string path = write("wide.png", png);
  PictureStore store;
  EXPECT_EQ(store.check(path, "image", 1600).width, 2000);
  EXPECT_EQ(store.decodes(path), 1);
  auto r = store.raster(path);
  EXPECT_EQ(r->width, 2000);
  EXPECT_EQ(r->alpha.size(), 2000u * 500);
  auto px = store.pixels(path, {600, 150});
  EXPECT_EQ(px.get(), r.get());  // no palette: the raster itself
  const Image copy = narrower_copy(store, path, "image", 1600);
  EXPECT_EQ(store.decodes(path), 1);
  EXPECT_EQ(copy.width, 1600);
  EXPECT_EQ(copy.bytes, narrower_copy(load_image(path, "image"), path, 1600).bytes);
}

// A JPEG wider than the EPUB's copy is decoded once, at the DCT scale of that copy; the PDF's
// smaller copies take the same decode; a size larger than declared is a decode of its own.
TEST_F(PictureStoreTest, AJpegIsDecodedOnceAtTheDeclaredScaleAndSharedBySmallerAskers) {
  const std::string path = write("wide.jpg", test::make_jpeg(3200, 1600, 3));
  PictureStore store;
  store.check(path, "image", 1600);
  EXPECT_EQ(store.decodes(path), 1);
  auto declared = store.pixels(path, {1600, 800});  // the EPUB's copy: 1/2 scale exactly
  EXPECT_EQ(declared->width, 1600);
  auto pdf = store.pixels(path, {700, 350});  // a PDF column copy: the same decode
  EXPECT_EQ(pdf.get(), declared.get());
  const Image copy = narrower_copy(store, path, "image", 1600);
  EXPECT_EQ(store.decodes(path), 1);
  EXPECT_EQ(copy.bytes, narrower_copy(load_image(path, "image"), path, 1600).bytes);
  auto big = store.pixels(path, {2400, 1200});  // more than declared: decoded at 6/8
  EXPECT_EQ(big->width, 2400);
  EXPECT_EQ(store.decodes(path), 2);
  EXPECT_EQ(store.file(path).bytes.size(), fs::file_size(path));  // read once, whole
}

// Without a declared copy a JPEG is checked by a decode at 1/8 (every coefficient still
// entropy-decoded): a cut JPEG is refused as check_image refuses it, naming the file.
TEST_F(PictureStoreTest, ACutJpegIsRefusedByTheCheck) {
  const std::string jpeg = test::make_jpeg(640, 480, 3);
  const std::string good = write("good.jpg", jpeg);
  const std::string cut = write("cut.jpg", jpeg.substr(0, jpeg.size() / 2));
  PictureStore store;
  EXPECT_EQ(store.check(good).width, 640);
  EXPECT_EQ(store.decodes(good), 1);
  try {
    store.check(cut);
    FAIL() << "a cut JPEG passed the check";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(cut + ": image: cannot decode the jpg image"),
              std::string::npos)
        << e.what();
  }
  const std::string bad_png = write(
      "cut.png",
      test::make_png(64, 64, PNG_COLOR_TYPE_RGB, [](int x, int, int) { return x; }).substr(0, 60));
  try {
    store.check(bad_png, "cover image");
    FAIL() << "a cut PNG passed the check";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(bad_png + ": cover image: cannot decode the png image"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace wz
