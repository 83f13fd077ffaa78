// base/image: covers are checked by content and a real decode (issue 14, defect 4).
#include "base/image.h"

#include <gtest/gtest.h>

// clang-format off
#include <cstdio>
#include <jpeglib.h>
// clang-format on

#include <cstdlib>

#include "../image_maker.h"
#include "base/error.h"
#include "base/file.h"

namespace wz {
namespace {

// A valid 1×1 PNG (red pixel).
std::string png() {
  return read_file(std::string(WZ_SOURCE_DIR) + "/tests/data/cover-1x1.png");
}

// A w×h grey JPEG made by libjpeg.
std::string jpeg(int w, int h) {
  return test::make_jpeg(w, h, 1, false, [](int, int, int) { return 128; });
}

std::string error_of(const std::string& bytes) {
  try {
    check_image(bytes, "cover.jpg");
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(Image, PngAndJpegByContent) {
  Image p = check_image(png(), "cover.jpg");  // the name says JPEG; the content decides
  EXPECT_EQ(p.media_type, "image/png");
  EXPECT_EQ(p.ext, "png");
  EXPECT_EQ(p.width, 1);
  Image j = check_image(jpeg(40, 30), "cover.png");
  EXPECT_EQ(j.media_type, "image/jpeg");
  EXPECT_EQ(j.width, 40);
  EXPECT_EQ(j.height, 30);
}

TEST(Image, RefusesWhatIsNotAnImage) {
  EXPECT_NE(error_of("root:x:0:0:root:/root:/bin/bash\n").find("not a JPEG, PNG or GIF"),
            std::string::npos);
  EXPECT_NE(error_of("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                     "<script>alert(1)</script></svg>")
                .find("SVG is not accepted"),
            std::string::npos);
  EXPECT_NE(error_of("").find("not a JPEG"), std::string::npos);
}

TEST(Image, RefusesDamagedImages) {
  std::string p = png();
  EXPECT_NE(error_of(p.substr(0, 40)).find("cannot decode the png"), std::string::npos);
  std::string j = jpeg(64, 64);
  EXPECT_NE(error_of(j.substr(0, j.size() / 2)).find("cannot decode the jpg"), std::string::npos);
  EXPECT_NE(error_of("\xFF\xD8\xFF garbage").find("cannot decode"), std::string::npos);
  EXPECT_NE(error_of("GIF89a\x01").find("cannot decode the gif"), std::string::npos);
}

TEST(Image, ErrorsNameTheFile) {
  EXPECT_NE(error_of("x").find("cover.jpg"), std::string::npos);
}

// image_header reads a file's head only; a JPEG whose size (SOF) comes after 64 KiB of
// comment segments is read from the whole file. Both give the size, neither decodes.
TEST(Image, HeaderFromTheHeadAndFromAWholeFile) {
  const std::string dir = ::testing::TempDir();
  const std::string small = jpeg(300, 200);
  std::string big = small.substr(0, 2);  // SOI, then two 60,000-byte COM segments
  for (int i = 0; i < 2; ++i) {
    big += "\xFF\xFE\xEA\x62";  // COM, length 0xEA62 = 60002 (the length bytes included)
    big += std::string(60000, 'c');
  }
  big += small.substr(2);
  std::string tail = small;  // the file's head then 200 KiB after its end: read from the head
  tail += std::string(200 * 1024, '\0');
  for (const auto& [name, bytes] :
       {std::pair{"big.jpg", big}, std::pair{"tail.jpg", tail}, std::pair{"small.jpg", small}}) {
    const std::string path = dir + "/" + name;
    write_file_atomic(path, bytes);
    Image h = image_header(path, "image");
    EXPECT_EQ(h.width, 300) << name;
    EXPECT_EQ(h.height, 200) << name;
    EXPECT_EQ(h.ext, "jpg") << name;
    if (bytes != tail) EXPECT_EQ(check_image(bytes, path).width, 300) << name;  // a real JPEG
    std::remove(path.c_str());
  }
  EXPECT_THROW(image_header(dir + "/tail.jpg", "image"), Error);  // gone: read_file's error
}

}  // namespace
}  // namespace wz
