#include "base/raster.h"

#include <png.h>

#include <csetjmp>
#include <cstring>
#include <memory>
#include <vector>

#include "base/error.h"
#include "base/jpeg_jump.h"

namespace wz {
namespace {

// No C++ objects with destructors live between setjmp and a longjmp here.
bool jpeg_header(const std::string& b, Raster& r) {
  jpeg_decompress_struct c;
  JpegJump err;
  c.err = jump_on_error(err);
  if (setjmp(err.jump)) {
    jpeg_destroy_decompress(&c);
    return false;
  }
  open_jpeg(c, b);
  r.width = static_cast<int>(c.image_width), r.height = static_cast<int>(c.image_height);
  r.components = c.num_components;
  r.adobe_cmyk = c.num_components == 4 && c.saw_Adobe_marker;
  r.progressive = c.progressive_mode;
  jpeg_destroy_decompress(&c);
  return true;
}

struct PngSource {
  const std::string* bytes;
  size_t at = 0;
};

struct PngFree {
  png_structp png = nullptr;
  png_infop info = nullptr;
  ~PngFree() { png_destroy_read_struct(&png, &info, nullptr); }
};

void png_pixels(const std::string& b, Raster& r, const std::string& path) {
  PngFree h;
  h.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (!h.png) throw Error(SourcePos{path}, "image: out of memory");
  h.info = png_create_info_struct(h.png);
  PngSource src{&b};
  std::vector<png_bytep> rows;  // outlives the jump target: destroyed normally
  std::string data;
  if (setjmp(png_jmpbuf(h.png))) throw Error(SourcePos{path}, "image: the PNG data is damaged");
  png_set_read_fn(h.png, &src, [](png_structp p, png_bytep out, size_t n) {
    auto* s = static_cast<PngSource*>(png_get_io_ptr(p));
    if (n > s->bytes->size() - s->at) png_error(p, "truncated");
    std::memcpy(out, s->bytes->data() + s->at, n);
    s->at += n;
  });
  png_read_info(h.png, h.info);
  const int type = png_get_color_type(h.png, h.info);
  const bool trns = png_get_valid(h.png, h.info, PNG_INFO_tRNS);
  png_set_strip_16(h.png);
  if (type == PNG_COLOR_TYPE_PALETTE && !trns) {
    png_set_packing(h.png);  // indices, one byte each
  } else {
    png_set_expand(h.png);  // palette with transparency → RGBA; grey < 8 bits → 8; tRNS → alpha
  }
  png_set_interlace_handling(h.png);
  png_read_update_info(h.png, h.info);
  r.width = static_cast<int>(png_get_image_width(h.png, h.info));
  r.height = static_cast<int>(png_get_image_height(h.png, h.info));
  const int channels = png_get_channels(h.png, h.info);
  const size_t stride = png_get_rowbytes(h.png, h.info);
  data.resize(stride * r.height);
  rows.resize(r.height);
  for (int y = 0; y < r.height; ++y) rows[y] = reinterpret_cast<png_bytep>(&data[y * stride]);
  png_read_image(h.png, rows.data());
  png_read_end(h.png, nullptr);  // the chunks after the pixels too, as check_image reads them
  if (type == PNG_COLOR_TYPE_PALETTE && !trns) {
    png_colorp pal = nullptr;
    int n = 0;
    png_get_PLTE(h.png, h.info, &pal, &n);
    for (int i = 0; i < n; ++i)
      r.palette += {char(pal[i].red), char(pal[i].green), char(pal[i].blue)};
  }
  const bool has_alpha = channels == 2 || channels == 4;
  r.components = has_alpha ? channels - 1 : channels;
  if (!has_alpha) {
    r.pixels = std::move(data);
    return;
  }
  const size_t n = static_cast<size_t>(r.width) * r.height;
  r.pixels.reserve(n * r.components);
  r.alpha.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    r.pixels.append(&data[i * channels], r.components);
    r.alpha += data[i * channels + r.components];
  }
}

}  // namespace

Raster read_raster(const std::string& bytes, const std::string& path) {
  Raster r;
  if (bytes.size() > 3 && std::memcmp(bytes.data(), "\xFF\xD8\xFF", 3) == 0) {
    if (!jpeg_header(bytes, r)) throw Error(SourcePos{path}, "image: cannot read the JPEG header");
    if (r.components != 1 && r.components != 3 && r.components != 4)
      throw Error(SourcePos{path}, "image: a JPEG of " + std::to_string(r.components) +
                                       " components (only grey, RGB/YCbCr and CMYK are accepted)");
    return r;
  }
  if (bytes.size() > 8 && std::memcmp(bytes.data(), "\x89PNG\r\n\x1A\n", 8) == 0) {
    r.kind = Raster::Kind::Png;
    png_pixels(bytes, r, path);
    return r;
  }
  throw Error(SourcePos{path}, "image: only JPEG and PNG pictures can be placed in the PDF");
}

}  // namespace wz
