// base/raster: what a PDF writer needs of a picture file.
// Consumes: the bytes of a JPEG or PNG file (already checked by base/image.h). Produces:
// for a JPEG its header (size, components, Adobe inverted CMYK, progressive) read with
// libjpeg-turbo, the data left as it is (a PDF shows it with DCTDecode); for a PNG its
// pixels decoded with libpng, 8 bits a sample: grey, RGB or palette indices kept as they
// are, alpha (or a tRNS transparency, expanded) split off as a separate grey plane.
#pragma once
#include <string>

namespace wz {

struct Raster {
  enum class Kind { Jpeg, Png } kind = Kind::Jpeg;
  int width = 0, height = 0;
  int components = 3;        // 1 grey, 3 RGB, 4 CMYK (JPEG); 1 for palette indices
  bool adobe_cmyk = false;   // JPEG: CMYK stored inverted (Adobe APP14): /Decode 1 0 …
  bool progressive = false;  // JPEG
  std::string palette;       // PNG palette: RGB triples; empty = not a palette image
  std::string pixels;        // PNG: rows of width × components bytes
  std::string alpha;         // PNG: width × height bytes, empty = opaque
};

// Reads `bytes` (named `path` in errors, wz::Error). A JPEG's pixels are not decoded.
Raster read_raster(const std::string& bytes, const std::string& path);

}  // namespace wz
