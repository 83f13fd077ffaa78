// base/picture_store: the picture files of a build, each read once and decoded once, shared by
// the check before rendering, the PDF and the EPUB (each of which reads only its own model:
// the store travels as a pointer beside it, as fontfile/subset.h's SubsetCache does).
// Consumes: paths of picture files (the pictures and the cover) and the size a later user will
// want each decoded at. Produces: per file its bytes, format and size (base/image.h: the
// format by its magic bytes, the pixel limit by its header), its Raster (base/raster.h: a
// JPEG's header, a PNG's pixels decoded by libpng) and its pixels at a size (base/resample.h
// decode_picture: a JPEG at one DCT scale), each made once and handed to every asker; the
// first decode checks the whole data (damaged data is an error naming the file, as
// check_image; a JPEG is entropy-decoded whole at any scale). A GIF (only ever the EPUB's
// cover) is checked by giflib and never decoded again. A JPEG is decoded at the size declared
// by check() (the EPUB's copy's) whenever an asker wants no more than that, so the PDF's
// copies and the EPUB's come from one decode and the bytes do not depend on who asked first.
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "base/image.h"
#include "base/raster.h"
#include "base/resample.h"

namespace wz {

// Decoded pixels kept between the check and the outputs, in bytes: a digest's photos at
// print size (a 2000×1400 RGB photo is 8.4 MB: some 60 of them); beyond it a picture is
// decoded again for each user rather than the build's memory growing with the digest.
inline constexpr size_t kKeptPixelBytes = 512u << 20;

class PictureStore {
 public:
  // Reads `path` once and checks it (`what` names it in errors: "image", "cover image"):
  // format, pixel limit, and the whole data decoded: a PNG by libpng, a GIF by giflib, a JPEG
  // at the smallest DCT scale that gives its narrower_copy at `copy_width` (a user, the EPUB,
  // will want a copy at most that wide: that decode is kept for it; 0, or a JPEG no wider:
  // decoded at 1/8, a check only). Later calls return the same Image. Throws wz::Error
  // naming the file.
  const Image& check(const std::string& path, const char* what = "image", int copy_width = 0);
  // The file's bytes, format and size, read once (its data not decoded when check() was not
  // called: for a user that reads only the header, or that decodes it anyway).
  const Image& file(const std::string& path);
  // read_raster of the file.
  std::shared_ptr<const Raster> raster(const std::string& path);
  // decode_picture of the file, at least `at_least`: the decode at the declared size when that
  // is enough (made once and kept), else one at `at_least`.
  std::shared_ptr<const Raster> pixels(const std::string& path, Size at_least);
  // How many times libjpeg or libpng decoded the file's data (tests, the bench).
  int decodes(const std::string& path) const;
  int decodes() const;

 private:
  struct Entry {
    Image image;
    Size declared;                          // the size check() was told a user will want
    std::shared_ptr<const Raster> raster;   // read_raster (a PNG's pixels); none: over budget
    std::shared_ptr<const Raster> decoded;  // kept decode_picture (JPEG: at `declared`)
    int decodes = 0;
    bool gif = false;  // checked whole by giflib; never decoded for an output
  };
  Entry& entry(const std::string& path, const char* what);
  std::shared_ptr<const Raster> read(Entry& e, const std::string& path, const char* what);
  std::shared_ptr<const Raster> raster_of(Entry& e, const std::string& path);
  std::shared_ptr<const Raster> decode(Entry& e, const std::string& path, Size at_least);
  void keep(std::shared_ptr<const Raster>& slot, std::shared_ptr<const Raster> r);

  mutable std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  size_t kept_ = 0;  // bytes of pixels kept
};

// The EPUB's copy of the picture at `path` (narrower_copy, from the store's decode).
Image narrower_copy(PictureStore& store, const std::string& path, const char* what, int max_width);

}  // namespace wz
