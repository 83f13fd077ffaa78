// base/image: images that go into the outputs (the cover, pictures), checked by their content.
// Consumes: a file (or bytes). Produces: the bytes with their media type and extension,
// after the magic bytes named a format and a full decode with the Debian library of that
// format succeeded (libjpeg-turbo, libpng, giflib). The file's extension is not trusted:
// a text file named .jpg is refused. SVG is refused (it can carry scripts and external
// references that reading systems run or fetch, and epubcheck rejects scripted covers).
#pragma once
#include <string>

namespace wz {

struct Image {
  std::string bytes;
  std::string media_type;  // image/jpeg, image/png, image/gif
  std::string ext;         // jpg, png, gif
  int width = 0, height = 0;
};

// Checks `bytes` (named `path` and `what` in errors: "cover.jpg: cover image: …"); throws
// wz::Error saying what is wrong.
Image check_image(std::string bytes, const std::string& path, const char* what = "cover image");
// The format and size of `bytes` from their header (the pixel limit checked), nothing
// decoded: for base/picture_store.h, which decodes the data itself once.
Image check_header(std::string bytes, const std::string& path, const char* what);
// read_file + check_image.
Image load_image(const std::string& path, const char* what = "cover image");
// The format and size from the header alone, nothing decoded: for a file check_image has
// accepted, where only its proportions are wanted (typesetting a frame). Reads the file's
// first 64 KiB (the whole file when the header is not in them); `bytes` holds what was read.
Image image_header(const std::string& path, const char* what = "cover image");

}  // namespace wz
