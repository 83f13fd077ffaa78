// The encoders of base/resample.h: a shrunk picture written back as JPEG or PNG.
#include <csetjmp>
#include <cstdlib>
#include <memory>
#include <vector>

#include <png.h>

#include "base/error.h"
#include "base/jpeg_jump.h"
#include "base/resample.h"

namespace wz {
namespace {

// No C++ objects with destructors are created between setjmp and a longjmp here.
bool jpeg_encode(const Raster& r, unsigned char** buf, unsigned long* size) {
  jpeg_compress_struct c;
  JpegJump err;
  c.err = jump_on_error(err);
  if (setjmp(err.jump)) {
    jpeg_destroy_compress(&c);
    return false;
  }
  jpeg_create_compress(&c);
  jpeg_mem_dest(&c, buf, size);
  c.image_width = static_cast<JDIMENSION>(r.width);
  c.image_height = static_cast<JDIMENSION>(r.height);
  c.input_components = r.components;
  c.in_color_space = r.components == 1 ? JCS_GRAYSCALE : JCS_RGB;
  jpeg_set_defaults(&c);
  jpeg_set_quality(&c, kJpegQuality, TRUE);
  c.optimize_coding = TRUE;  // Huffman tables made for the picture: smaller, same pixels
  jpeg_start_compress(&c, TRUE);
  const size_t stride = static_cast<size_t>(r.width) * r.components;
  while (c.next_scanline < c.image_height) {
    auto* row =
        reinterpret_cast<JSAMPLE*>(const_cast<char*>(r.pixels.data())) + stride * c.next_scanline;
    jpeg_write_scanlines(&c, &row, 1);
  }
  jpeg_finish_compress(&c);
  jpeg_destroy_compress(&c);
  return true;
}

struct PngWriteFree {
  png_structp png = nullptr;
  png_infop info = nullptr;
  ~PngWriteFree() { png_destroy_write_struct(&png, &info); }
};

}  // namespace

std::string encode_jpeg(const Raster& r, const std::string& path) {
  if (r.components != 1 && r.components != 3)
    throw Error(SourcePos{path}, "image: only grey and RGB pictures are written as JPEG");
  unsigned char* buf = nullptr;
  unsigned long size = 0;
  const bool ok = jpeg_encode(r, &buf, &size);
  std::unique_ptr<unsigned char, decltype(&std::free)> owned(buf, &std::free);
  if (!ok) throw Error(SourcePos{path}, "image: libjpeg cannot write the shrunk picture");
  return std::string(reinterpret_cast<char*>(buf), size);
}

std::string encode_png(const Raster& r, const std::string& path) {
  if (r.components != 1 && r.components != 3)
    throw Error(SourcePos{path}, "image: only grey and RGB pictures are written as PNG");
  const bool alpha = !r.alpha.empty();
  const int n = r.components + (alpha ? 1 : 0);
  std::string out;
  std::vector<png_byte> row(static_cast<size_t>(r.width) * n);  // outlives the jump target
  PngWriteFree h;
  h.png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (!h.png) throw Error(SourcePos{path}, "image: out of memory");
  h.info = png_create_info_struct(h.png);
  if (setjmp(png_jmpbuf(h.png)))
    throw Error(SourcePos{path}, "image: libpng cannot write the picture");
  png_set_write_fn(
      h.png, &out,
      [](png_structp p, png_bytep d, size_t len) {
        static_cast<std::string*>(png_get_io_ptr(p))->append(reinterpret_cast<char*>(d), len);
      },
      nullptr);
  const int type = r.components == 1 ? (alpha ? PNG_COLOR_TYPE_GRAY_ALPHA : PNG_COLOR_TYPE_GRAY)
                                     : (alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB);
  png_set_IHDR(h.png, h.info, r.width, r.height, 8, type, PNG_INTERLACE_NONE,
               PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_write_info(h.png, h.info);
  const auto* px = reinterpret_cast<const png_byte*>(r.pixels.data());
  const auto* a = reinterpret_cast<const png_byte*>(r.alpha.data());
  for (int y = 0; y < r.height; ++y) {
    for (int x = 0; x < r.width; ++x) {
      const size_t i = static_cast<size_t>(y) * r.width + x;
      for (int k = 0; k < r.components; ++k) row[x * n + k] = px[i * r.components + k];
      if (alpha) row[x * n + r.components] = a[i];
    }
    png_write_row(h.png, row.data());
  }
  png_write_end(h.png, nullptr);
  return out;
}

Size narrower_size(const Image& img, int max_width) {
  if (img.width <= max_width || img.ext == "gif") return {};
  return fit_within(img.width, img.height, max_width, img.height);
}

Image written_copy(Image img, const Raster& r, const std::string& path) {
  if (r.components == 4) return img;  // CMYK: not for screens anyway; kept as it is
  img.bytes = r.kind == Raster::Kind::Jpeg ? encode_jpeg(r, path) : encode_png(r, path);
  img.width = r.width, img.height = r.height;
  return img;
}

Image narrower_copy(Image img, const std::string& path, int max_width) {
  const Size to = narrower_size(img, max_width);
  if (to.width == 0) return img;
  Raster r = shrink_picture(read_raster(img.bytes, path), img.bytes, path, to);
  return written_copy(std::move(img), r, path);
}

}  // namespace wz
