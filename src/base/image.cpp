#include "base/image.h"

// clang-format off
#include <cstdio>  // jpeglib.h needs FILE and size_t first
#include <jpeglib.h>
// clang-format on
#include <gif_lib.h>
#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <vector>

#include "base/error.h"
#include "base/file.h"

namespace wz {
namespace {

// An image larger than this is refused before decoding: a cover needs a few megapixels,
// and a forged header must not make the decoder allocate gigabytes.
constexpr long long kMaxPixels = 100'000'000;
// What image_header reads first: a JPEG's size is in its SOF marker after the APPn
// segments (EXIF with a thumbnail, an ICC profile: a few KiB to tens of KiB), a PNG's in
// IHDR at byte 16. A header not found in them is read from the whole file.
constexpr size_t kHeaderBytes = 64 * 1024;

bool starts_with(const std::string& b, const char* magic, size_t n) {
  return b.size() >= n && std::memcmp(b.data(), magic, n) == 0;
}

thread_local const char* label = "image";  // what the image is, in messages

[[noreturn]] void bad(const std::string& path, const std::string& what) {
  throw Error(SourcePos{path}, std::string(label) + ": " + what);
}

void check_size(const std::string& path, long long w, long long h) {
  if (w <= 0 || h <= 0) bad(path, "the image has no pixels");
  if (w * h > kMaxPixels)
    bad(path, "the image is " + std::to_string(w) + "×" + std::to_string(h) + " pixels; at most " +
                  std::to_string(kMaxPixels) + " pixels are accepted");
}

// libjpeg reports errors through a callback that must not return: longjmp out of it.
struct JpegErr {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
  JSAMPLE* row = nullptr;  // here, not a local: its value must survive the longjmp
};

void jpeg_exit(j_common_ptr c) {
  auto* e = reinterpret_cast<JpegErr*>(c->err);
  c->err->format_message(c, e->message);
  std::longjmp(e->jump, 1);
}

// No C++ objects with destructors live between setjmp and a longjmp here.
// With `header_only`, the size is read and nothing decoded (as for a size out of bounds).
bool decode_jpeg(const std::string& b, int& w, int& h, std::string& why, bool header_only) {
  jpeg_decompress_struct c;
  JpegErr err;
  c.err = jpeg_std_error(&err.mgr);
  err.mgr.error_exit = jpeg_exit;
  err.mgr.output_message = [](j_common_ptr) {};
  if (setjmp(err.jump)) {
    why = err.message;
    jpeg_destroy_decompress(&c);
    std::free(err.row);
    return false;
  }
  jpeg_create_decompress(&c);
  jpeg_mem_src(&c, reinterpret_cast<const unsigned char*>(b.data()),
               static_cast<unsigned long>(b.size()));
  jpeg_read_header(&c, TRUE);
  w = static_cast<int>(c.image_width), h = static_cast<int>(c.image_height);
  if (header_only || 1LL * w * h > kMaxPixels || w <= 0 || h <= 0) {
    jpeg_destroy_decompress(&c);
    return true;  // check_size reports it
  }
  jpeg_start_decompress(&c);
  err.row = static_cast<JSAMPLE*>(
      std::malloc(static_cast<size_t>(c.output_width) * static_cast<size_t>(c.output_components)));
  while (c.output_scanline < c.output_height) jpeg_read_scanlines(&c, &err.row, 1);
  jpeg_finish_decompress(&c);
  jpeg_destroy_decompress(&c);
  std::free(err.row);
  if (err.mgr.num_warnings > 0) {
    why = "the JPEG data is damaged (the decoder had to guess)";
    return false;
  }
  return true;
}

struct PngRead {
  const std::string* bytes;
  size_t at = 8;            // the signature was checked
  png_bytep row = nullptr;  // here, not a local: its value must survive the longjmp
};

bool decode_png(const std::string& b, int& w, int& h, std::string& why, bool header_only) {
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  if (!png) return why = "out of memory", false;
  png_infop info = png_create_info_struct(png);
  PngRead src{&b};
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_read_struct(&png, &info, nullptr);
    std::free(src.row);
    why = "the PNG data is damaged";
    return false;
  }
  png_set_read_fn(png, &src, [](png_structp p, png_bytep out, size_t n) {
    auto* s = static_cast<PngRead*>(png_get_io_ptr(p));
    if (n > s->bytes->size() - s->at) png_error(p, "truncated");
    std::memcpy(out, s->bytes->data() + s->at, n);
    s->at += n;
  });
  png_set_sig_bytes(png, 8);
  png_read_info(png, info);
  w = static_cast<int>(png_get_image_width(png, info));
  h = static_cast<int>(png_get_image_height(png, info));
  if (header_only || 1LL * w * h > kMaxPixels || w <= 0 || h <= 0) {
    png_destroy_read_struct(&png, &info, nullptr);
    return true;
  }
  int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  src.row = static_cast<png_bytep>(std::malloc(png_get_rowbytes(png, info)));
  for (int p = 0; p < passes; ++p)
    for (int y = 0; y < h; ++y) png_read_row(png, src.row, nullptr);
  png_read_end(png, nullptr);
  png_destroy_read_struct(&png, &info, nullptr);
  std::free(src.row);
  return true;
}

struct GifRead {
  const std::string* bytes;
  size_t at = 0;
};

bool decode_gif(const std::string& b, int& w, int& h, std::string& why, bool header_only) {
  GifRead src{&b};
  int err = 0;
  GifFileType* g = DGifOpen(
      &src,
      [](GifFileType* f, GifByteType* out, int n) {
        auto* s = static_cast<GifRead*>(f->UserData);
        size_t k = std::min(static_cast<size_t>(n), s->bytes->size() - s->at);
        std::memcpy(out, s->bytes->data() + s->at, k);
        s->at += k;
        return static_cast<int>(k);
      },
      &err);
  if (!g) return why = GifErrorString(err), false;
  std::unique_ptr<GifFileType, void (*)(GifFileType*)> own(g, [](GifFileType* f) {
    int e;
    DGifCloseFile(f, &e);
  });
  w = g->SWidth, h = g->SHeight;
  if (header_only || 1LL * w * h > kMaxPixels || w <= 0 || h <= 0) return true;
  if (DGifSlurp(g) != GIF_OK) return why = GifErrorString(g->Error), false;
  if (g->ImageCount < 1) return why = "the GIF has no image", false;
  return true;
}

}  // namespace

namespace {

Image read_image(std::string bytes, const std::string& path, const char* what, bool header_only) {
  label = what;
  Image img;
  std::string why;
  bool ok = false;
  if (starts_with(bytes, "\xFF\xD8\xFF", 3)) {
    img.media_type = "image/jpeg", img.ext = "jpg";
    ok = decode_jpeg(bytes, img.width, img.height, why, header_only);
  } else if (starts_with(bytes, "\x89PNG\r\n\x1A\n", 8)) {
    img.media_type = "image/png", img.ext = "png";
    // The size in the IHDR chunk (bytes 16–23, big-endian) is checked before libpng reads
    // anything more: a bomb is refused by its header alone.
    auto be32 = [&](size_t at) {
      long long v = 0;
      for (size_t i = at; i < at + 4 && i < bytes.size(); ++i)
        v = v << 8 | static_cast<unsigned char>(bytes[i]);
      return v;
    };
    if (bytes.size() >= 24) check_size(path, be32(16), be32(20));
    ok = decode_png(bytes, img.width, img.height, why, header_only);
  } else if (starts_with(bytes, "GIF87a", 6) || starts_with(bytes, "GIF89a", 6)) {
    img.media_type = "image/gif", img.ext = "gif";
    ok = decode_gif(bytes, img.width, img.height, why, header_only);
  } else if (bytes.find("<svg") != std::string::npos) {
    bad(path,
        "SVG is not accepted (it can carry scripts and external references); convert it "
        "to PNG or JPEG");
  } else {
    bad(path, "not a JPEG, PNG or GIF image (checked by its content, not its name)");
  }
  if (!ok) bad(path, "cannot decode the " + img.ext + " image: " + why);
  check_size(path, img.width, img.height);
  img.bytes = std::move(bytes);
  return img;
}

}  // namespace

Image check_image(std::string bytes, const std::string& path, const char* what) {
  return read_image(std::move(bytes), path, what, false);
}

Image check_header(std::string bytes, const std::string& path, const char* what) {
  return read_image(std::move(bytes), path, what, true);
}

Image load_image(const std::string& path, const char* what) {
  return check_image(read_file(path), path, what);
}

Image image_header(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  std::string head(kHeaderBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  if (in.gcount() == static_cast<std::streamsize>(kHeaderBytes)) {  // a larger file: try its head
    try {
      return read_image(std::move(head), path, what, true);
    } catch (const Error&) {  // the header lies further on: read from the whole file below
    }
  }
  return read_image(read_file(path), path, what, true);
}

}  // namespace wz
