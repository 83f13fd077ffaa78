// base/resample: pictures made smaller, with Debian libraries (no resampler of our own).
// Consumes: the bytes of a JPEG or PNG file that base/image.h has accepted, and the largest
// size wanted. Produces: a Raster of decoded pixels no larger than that size, its proportions
// kept: a JPEG is decoded by libjpeg-turbo at the smallest of its DCT scales (1/8 … 8/8)
// that is not below the wanted size (the DCT does most of the shrinking, cheaply), a PNG by
// libpng (a palette expanded to RGB); then pixman filters the pixels to the exact size
// (separable convolution, a box: the mean of the area each pixel covers); alpha is filtered as its
// own grey plane. Also the encoders that write a shrunk picture back: JPEG (libjpeg-turbo) and PNG
// (libpng). Everything is integer arithmetic in the libraries: the same input gives the same bytes.
#pragma once
#include <string>

#include "base/image.h"
#include "base/raster.h"

namespace wz {

// Quality of a re-encoded JPEG: a shrunk picture is a second generation of the photo, so
// high enough that the re-encoding does not show at print size (libjpeg's scale, 1–100).
inline constexpr int kJpegQuality = 90;

// The size of a w×h picture shrunk to fit within max_w × max_h, proportions kept (each side
// at least 1 pixel); w×h itself when it fits already.
struct Size {
  int width = 0, height = 0;
};
Size fit_within(int w, int h, int max_w, int max_h);

// Shrinks the picture `r` (read_raster of `bytes`; `path` names it in errors) to `to` (from
// fit_within): a JPEG is decoded here. The result's kind, components and adobe_cmyk are the
// file's (a palette becomes RGB); its pixels and alpha are filled, 8 bits a sample.
Raster shrink_picture(Raster r, const std::string& bytes, const std::string& path, Size to);
// The two halves of shrink_picture, for several sizes of one file with one decode:
// `r`'s pixels, 8 bits a sample, at least `at_least` (a JPEG decoded here at the smallest
// DCT scale that gives it; a palette expanded to RGB)…
Raster decode_picture(Raster r, const std::string& bytes, const std::string& path, Size at_least);
// … and those pixels filtered down to `to` (at most their size).
Raster shrink_decoded(const Raster& decoded, Size to);
// The size decode_picture gives for `at_least` (a PNG: its own), from read_raster's header.
Size decoded_size(const Raster& r, Size at_least);

// A grey (1) or RGB (3) raster as a baseline JPEG at kJpegQuality (alpha is not kept).
std::string encode_jpeg(const Raster& r, const std::string& path);
// A grey or RGB raster, with its alpha if any, as an 8-bit PNG.
std::string encode_png(const Raster& r, const std::string& path);

// The EPUB's copy of a picture: `img` itself when it is at most max_width pixels wide (or a
// GIF, which is kept), else shrunk to that width and written again in its own format.
Image narrower_copy(Image img, const std::string& path, int max_width);
// The size narrower_copy shrinks `img` to ({0, 0}: kept as it is).
Size narrower_size(const Image& img, int max_width);
// `img` with `shrunk` (its pixels at a smaller size) written in its own format; a CMYK
// JPEG (not for screens anyway) is kept as it is.
Image written_copy(Image img, const Raster& shrunk, const std::string& path);

}  // namespace wz
