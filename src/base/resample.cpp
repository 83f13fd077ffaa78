#include "base/resample.h"

#include <pixman.h>
#include <png.h>

#include <algorithm>
#include <csetjmp>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

#include "base/error.h"
#include "base/jpeg_jump.h"

namespace wz {
namespace {

// pixman's filter: the source pixels taken as points (impulse) and each output pixel the
// mean of the source area it covers (box): the classic downsampling filter (no ringing
// around the hard edges of newspaper photos). pixman's separable convolution costs the
// square of the filter's width: a Mitchell cubic (4 pixels wide) took 330 ms for the
// sample's classroom.png (1188×792 RGBA → 487×324) where the box takes 38 ms (note for
// issue 10 in the README's Speed section); at print resolution the two are not told apart.
constexpr pixman_kernel_t kReconstruct = PIXMAN_KERNEL_IMPULSE;
constexpr pixman_kernel_t kSample = PIXMAN_KERNEL_BOX;
// 2^4 = 16 filter phases per axis: finer placement does not change an 8-bit result.
constexpr int kSubsampleBits = 4;

// libjpeg's DCT scaling: a w×h JPEG decoded at M/8 is ceil(w·M/8) × ceil(h·M/8) pixels
// (libjpeg.txt, scale_num/scale_denom; jpeg_calc_output_dimensions).
constexpr int kDctScales = 8;
Size scaled(int w, int h, int m) {
  return {(w * m + kDctScales - 1) / kDctScales, (h * m + kDctScales - 1) / kDctScales};
}

// The smallest DCT scale M/8 of a w×h JPEG whose output is at least `to` (8/8 at most).
int dct_scale(int w, int h, Size to) {
  int m = 1;
  for (; m < kDctScales; ++m) {
    const Size s = scaled(w, h, m);
    if (s.width >= to.width && s.height >= to.height) break;
  }
  return m;
}

// The JPEG decoded at the smallest DCT scale M/8 that is at least `to`, into r.pixels.
// False when libjpeg failed or warned (damaged data it had to guess at: refused, as
// base/image.h check_image does; at any scale every coefficient is entropy-decoded).
// No C++ objects with destructors are created between setjmp and a longjmp here.
bool jpeg_decode(const std::string& b, Size to, Raster& r, std::vector<unsigned char>& px) {
  jpeg_decompress_struct c;
  JpegJump err;
  c.err = jump_on_error(err);
  if (setjmp(err.jump)) {
    jpeg_destroy_decompress(&c);
    return false;
  }
  open_jpeg(c, b);
  r.adobe_cmyk = c.num_components == 4 && c.saw_Adobe_marker;
  c.out_color_space = c.num_components == 1   ? JCS_GRAYSCALE
                      : c.num_components == 4 ? JCS_CMYK
                                              : JCS_RGB;
  c.scale_num = static_cast<unsigned>(
      dct_scale(static_cast<int>(c.image_width), static_cast<int>(c.image_height), to));
  c.scale_denom = kDctScales;
  jpeg_start_decompress(&c);
  r.width = static_cast<int>(c.output_width), r.height = static_cast<int>(c.output_height);
  r.components = c.output_components;
  const size_t stride = static_cast<size_t>(r.width) * r.components;
  px.resize(stride * r.height);
  while (c.output_scanline < c.output_height) {
    JSAMPROW row = px.data() + stride * c.output_scanline;
    jpeg_read_scanlines(&c, &row, 1);
  }
  jpeg_finish_decompress(&c);
  const bool clean = err.mgr.num_warnings == 0;
  jpeg_destroy_decompress(&c);
  return clean;
}

// A palette raster's indices replaced by their RGB colours.
void expand_palette(Raster& r) {
  if (r.palette.empty()) return;
  std::string rgb;
  rgb.reserve(r.pixels.size() * 3);
  const size_t colours = r.palette.size() / 3;
  for (unsigned char i : r.pixels) rgb.append(r.palette, std::min<size_t>(i, colours - 1) * 3, 3);
  r.pixels = std::move(rgb);
  r.palette.clear();
  r.components = 3;
}

struct PixmanUnref {
  void operator()(pixman_image_t* i) const { pixman_image_unref(i); }
};
using PixmanImage = std::unique_ptr<pixman_image_t, PixmanUnref>;
struct CFree {
  void operator()(void* p) const { std::free(p); }
};

// Samples of n components (1, 3 or 4) a pixel packed for pixman: one byte a pixel (a8),
// or one 32-bit word (x8r8g8b8 for RGB, a8r8g8b8 carrying CMYK: pixman filters the four
// channels alike and independently). Rows padded to 4 bytes.
struct Plane {
  pixman_format_code_t format;
  int width, height, stride;  // stride in bytes
  std::vector<uint32_t> words;
};

Plane pack(const std::string& s, int w, int h, int n) {
  Plane p{n == 1 ? PIXMAN_a8 : n == 3 ? PIXMAN_x8r8g8b8 : PIXMAN_a8r8g8b8, w, h, 0, {}};
  p.stride = n == 1 ? (w + 3) / 4 * 4 : w * 4;
  p.words.resize(static_cast<size_t>(p.stride / 4) * h);
  auto* bytes = reinterpret_cast<unsigned char*>(p.words.data());
  const auto* in = reinterpret_cast<const unsigned char*>(s.data());
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const unsigned char* q = in + (static_cast<size_t>(y) * w + x) * n;
      if (n == 1) {
        bytes[static_cast<size_t>(y) * p.stride + x] = q[0];
        continue;
      }
      uint32_t v = n == 3 ? 0xFF000000u | q[0] << 16 | q[1] << 8 | q[2]
                          : uint32_t(q[0]) << 24 | q[1] << 16 | q[2] << 8 | q[3];
      p.words[static_cast<size_t>(y) * w + x] = v;
    }
  return p;
}

std::string unpack(const Plane& p, int n) {
  std::string out;
  out.reserve(static_cast<size_t>(p.width) * p.height * n);
  const auto* bytes = reinterpret_cast<const unsigned char*>(p.words.data());
  for (int y = 0; y < p.height; ++y)
    for (int x = 0; x < p.width; ++x) {
      if (n == 1) {
        out += static_cast<char>(bytes[static_cast<size_t>(y) * p.stride + x]);
        continue;
      }
      const uint32_t v = p.words[static_cast<size_t>(y) * p.width + x];
      if (n == 4) out += static_cast<char>(v >> 24);
      out += {static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
    }
  return out;
}

pixman_image_t* bits(Plane& p) {
  pixman_image_t* i =
      pixman_image_create_bits(p.format, p.width, p.height, p.words.data(), p.stride);
  if (!i)
    throw Error("image: pixman cannot hold a picture of " + std::to_string(p.width) + "×" +
                std::to_string(p.height) + " pixels");
  return i;
}

// w×h samples of n components filtered by pixman to `to`.
std::string scale(const std::string& samples, int w, int h, int n, Size to) {
  Plane src = pack(samples, w, h, n);
  Plane dst{src.format, to.width, to.height, 0, {}};
  dst.stride = n == 1 ? (to.width + 3) / 4 * 4 : to.width * 4;
  dst.words.resize(static_cast<size_t>(dst.stride / 4) * to.height);
  PixmanImage s(bits(src)), d(bits(dst));
  const pixman_fixed_t sx = pixman_double_to_fixed(double(w) / to.width);
  const pixman_fixed_t sy = pixman_double_to_fixed(double(h) / to.height);
  pixman_transform_t t;
  pixman_transform_init_scale(&t, sx, sy);
  pixman_image_set_transform(s.get(), &t);
  pixman_image_set_repeat(s.get(), PIXMAN_REPEAT_PAD);  // edges not darkened
  int n_params = 0;
  std::unique_ptr<pixman_fixed_t, CFree> params(
      pixman_filter_create_separable_convolution(&n_params, sx, sy, kReconstruct, kReconstruct,
                                                 kSample, kSample, kSubsampleBits, kSubsampleBits));
  if (!params) throw Error("image: pixman cannot make the scaling filter");
  pixman_image_set_filter(s.get(), PIXMAN_FILTER_SEPARABLE_CONVOLUTION, params.get(), n_params);
  pixman_image_composite32(PIXMAN_OP_SRC, s.get(), nullptr, d.get(), 0, 0, 0, 0, 0, 0, to.width,
                           to.height);
  return unpack(dst, n);
}

}  // namespace

Size fit_within(int w, int h, int max_w, int max_h) {
  if (w <= max_w && h <= max_h) return {w, h};
  const double f = std::min(double(max_w) / w, double(max_h) / h);
  auto side = [&](int v, int limit) { return std::clamp(static_cast<int>(v * f), 1, limit); };
  return {side(w, max_w), side(h, max_h)};
}

Raster decode_picture(Raster r, const std::string& bytes, const std::string& path, Size at_least) {
  if (r.kind == Raster::Kind::Jpeg) {
    std::vector<unsigned char> px;
    if (!jpeg_decode(bytes, at_least, r, px))
      throw Error(SourcePos{path}, "image: cannot decode the jpg image: the JPEG data is damaged");
    r.pixels.assign(px.begin(), px.end());
  }
  expand_palette(r);
  return r;
}

Size decoded_size(const Raster& r, Size at_least) {
  if (r.kind != Raster::Kind::Jpeg) return {r.width, r.height};
  return scaled(r.width, r.height, dct_scale(r.width, r.height, at_least));
}

Raster shrink_decoded(const Raster& d, Size to) {
  if (d.width == to.width && d.height == to.height) return d;  // the DCT scale hit it exactly
  Raster r;
  r.kind = d.kind, r.components = d.components, r.adobe_cmyk = d.adobe_cmyk;
  r.progressive = d.progressive;
  r.pixels = scale(d.pixels, d.width, d.height, d.components, to);
  if (!d.alpha.empty()) r.alpha = scale(d.alpha, d.width, d.height, 1, to);
  r.width = to.width, r.height = to.height;
  return r;
}

Raster shrink_picture(Raster r, const std::string& bytes, const std::string& path, Size to) {
  return shrink_decoded(decode_picture(std::move(r), bytes, path, to), to);
}

}  // namespace wz
