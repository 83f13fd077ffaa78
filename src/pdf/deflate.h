// pdf/deflate: zlib compression of stream data (fonts, content), done by us rather than by
// PoDoFo so that it can run in the font worker threads.
// Consumes: bytes. Produces: a zlib (FlateDecode) stream.
#pragma once
#include <string>
#include <string_view>

namespace wz::pdf {

// Flate level for all streams. Level 6 (zlib's default) against 1: see the report in
// tests/pdf/pdf_bench_test.cpp; the font programs dominate both size and time.
inline constexpr int kFlateLevel = 6;

std::string deflate_bytes(std::string_view in, int level = kFlateLevel);

}  // namespace wz::pdf
