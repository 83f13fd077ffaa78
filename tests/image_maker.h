// Test pictures made with the Debian libraries (libjpeg-turbo, libpng), shared by the
// tests of several stages: JPEGs (grey, RGB, CMYK, progressive) and PNGs (grey, RGB,
// RGBA, palette), and a PNG header claiming any size (a decompression bomb's).
#pragma once
// clang-format off
#include <cstdio>
#include <jpeglib.h>
// clang-format on
#include <png.h>
#include <zlib.h>

#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace wz::test {

// A w×h JPEG of `components` (1 grey, 3 RGB, 4 CMYK); pixel(x, y, c) gives each sample.
inline std::string make_jpeg(int w, int h, int components, bool progressive = false,
                             std::function<int(int, int, int)> pixel = nullptr) {
  jpeg_compress_struct c;
  jpeg_error_mgr err;
  c.err = jpeg_std_error(&err);
  jpeg_create_compress(&c);
  unsigned char* buf = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&c, &buf, &size);
  c.image_width = w, c.image_height = h, c.input_components = components;
  c.in_color_space = components == 1 ? JCS_GRAYSCALE : components == 3 ? JCS_RGB : JCS_CMYK;
  jpeg_set_defaults(&c);
  if (progressive) jpeg_simple_progression(&c);
  jpeg_start_compress(&c, TRUE);
  std::vector<JSAMPLE> row(static_cast<size_t>(w) * components);
  while (c.next_scanline < c.image_height) {
    for (int x = 0; x < w; ++x)
      for (int k = 0; k < components; ++k)
        row[x * components + k] =
            static_cast<JSAMPLE>(pixel ? pixel(x, c.next_scanline, k) : (x * 7 + k * 50) % 256);
    JSAMPROW r = row.data();
    jpeg_write_scanlines(&c, &r, 1);
  }
  jpeg_finish_compress(&c);
  jpeg_destroy_compress(&c);
  std::string out(reinterpret_cast<char*>(buf), size);
  std::free(buf);
  return out;
}

// A w×h 8-bit PNG of libpng colour type `type` (PNG_COLOR_TYPE_GRAY, _RGB, _RGB_ALPHA,
// _PALETTE with a 4-entry palette); pixel(x, y, c) gives each sample (palette: the index).
inline std::string make_png(int w, int h, int type, std::function<int(int, int, int)> pixel) {
  std::string out;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png_create_info_struct(png);
  png_set_write_fn(
      png, &out,
      [](png_structp p, png_bytep d, size_t n) {
        static_cast<std::string*>(png_get_io_ptr(p))->append(reinterpret_cast<char*>(d), n);
      },
      nullptr);
  png_set_IHDR(png, info, w, h, 8, type, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
               PNG_FILTER_TYPE_DEFAULT);
  if (type == PNG_COLOR_TYPE_PALETTE) {
    png_color pal[4] = {{0, 0, 0}, {255, 0, 0}, {0, 255, 0}, {0, 0, 255}};
    png_set_PLTE(png, info, pal, 4);
  }
  png_write_info(png, info);
  const int n = type == PNG_COLOR_TYPE_GRAY || type == PNG_COLOR_TYPE_PALETTE ? 1
                : type == PNG_COLOR_TYPE_RGB                                  ? 3
                                                                              : 4;
  std::vector<png_byte> row(static_cast<size_t>(w) * n);
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x)
      for (int k = 0; k < n; ++k) row[x * n + k] = static_cast<png_byte>(pixel(x, y, k));
    png_write_row(png, row.data());
  }
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
  return out;
}

// The signature and an IHDR claiming w×h RGB, then nothing: what a decompression bomb's
// header says before its (small, highly compressed) data.
inline std::string png_header_only(unsigned w, unsigned h) {
  std::string ihdr = "IHDR";
  for (unsigned v : {w, h})
    for (int s = 24; s >= 0; s -= 8) ihdr += static_cast<char>((v >> s) & 0xFF);
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);
  unsigned long crc = crc32(0, reinterpret_cast<const unsigned char*>(ihdr.data()), ihdr.size());
  std::string out = "\x89PNG\r\n\x1A\n";
  out += std::string("\x00\x00\x00\x0D", 4) + ihdr;
  for (int s = 24; s >= 0; s -= 8) out += static_cast<char>((crc >> s) & 0xFF);
  return out;
}

}  // namespace wz::test
