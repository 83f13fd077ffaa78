// The PDF's zlib streams (deflate_bytes, deflate_font) must be valid zlib streams (any
// inflater reads them), identical on every run, with a header that passes the check.
#include "pdf/deflate.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <random>

using namespace wz::pdf;

namespace {

std::string inflate_all(const std::string& z, size_t size) {
  std::string out(size, '\0');
  uLongf n = static_cast<uLongf>(size);
  int rc = uncompress(reinterpret_cast<Bytef*>(out.data()), &n,
                      reinterpret_cast<const Bytef*>(z.data()), static_cast<uLong>(z.size()));
  EXPECT_EQ(rc, Z_OK);
  out.resize(n);
  return out;
}

// Font-like data: repetitive records with some noise.
std::string sample(size_t n) {
  std::mt19937 rng(42);
  std::string s;
  while (s.size() < n) {
    s += "glyph outline record ";
    for (int i = 0; i < 12; ++i) s += static_cast<char>('a' + rng() % 8);
  }
  s.resize(n);
  return s;
}

TEST(PdfDeflate, FontStreamsAreValidAndDeterministic) {
  for (size_t size : {size_t(0), size_t(1000), size_t(300 * 1024), size_t(128 * 1024 * 3)}) {
    std::string in = sample(size);
    std::string z = deflate_font(in);
    EXPECT_EQ(inflate_all(z, size + 16), in) << size;
    EXPECT_EQ(z, deflate_font(in)) << "not deterministic";
    if (size > 0) EXPECT_LT(z.size(), size / 2) << size;
  }
}

TEST(PdfDeflate, HeaderPassesTheCheck) {
  std::string in = sample(300 * 1024);
  for (const std::string& z : {deflate_font(in), deflate_bytes(in), deflate_bytes(in, 1)}) {
    unsigned cmf = static_cast<unsigned char>(z[0]), flg = static_cast<unsigned char>(z[1]);
    EXPECT_EQ(cmf, 0x78u);
    EXPECT_EQ((cmf * 256 + flg) % 31, 0u);
    EXPECT_EQ(inflate_all(z, in.size()), in);
  }
}

}  // namespace
