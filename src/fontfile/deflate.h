// fontfile/deflate: compression of stream data (fonts, content) with libdeflate (and zlib
// for the pieces that join), done by us rather than by PoDoFo so that it can run in the
// font worker threads, and so that a font program is compressed once for both the PDF and
// the EPUB's zip.
// Consumes: bytes. Produces: zlib (FlateDecode) streams and raw deflate pieces.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace wz::fontfile {

// The small streams (content, ToUnicode, CIDToGIDMap): libdeflate's default level. Five-
// page digest: PDF 649,306 B with zlib 6 -> 646,547 B, 10 M fewer instructions.
inline constexpr int kFlateLevel = 6;
// The font programs, 95% of the PDF and most of the EPUB, are compressed with libdeflate
// (Debian's libdeflate0) at kFontFlateLevel. Measured on the five-page digest's three
// subsets (Noto Serif CJK SC 400 KB and Sans 70 KB CFF, KaitiM GB 261 KB glyf; 732 KB),
// instructions (callgrind) and bytes out: zlib level 4 (before) 110.8 M, 549,865 B; zlib 1
// 90.2 M, 562,082 B; libdeflate 1 35.0 M, 555,015 B; 2 55.7 M, 548,606 B; 4 56.0 M,
// 546,238 B; 6 66.5 M, 543,147 B. Level 1: a third of zlib 4's work for 0.9% more bytes
// (level 2 would be 0.2% smaller than zlib 4 at half its work).
inline constexpr int kFontFlateLevel = 1;

// A font program as a zlib (FlateDecode) stream, libdeflate at kFontFlateLevel.
std::string deflate_font(std::string_view in);
// The same as raw deflate (RFC 1951), ending with the final block.
std::string deflate_font_raw(std::string_view in);
// Complete raw deflate `raw` made to go on: its final-block bit cleared and an empty
// stored block appended (byte-aligned, as a sync flush ends), so that more raw deflate may
// follow it (zlib's gzjoin example does the same; the block is found with inflate's Z_BLOCK).
std::string not_final(std::string raw);

// A zlib (FlateDecode) stream of `in`, libdeflate at `level`.
std::string deflate_bytes(std::string_view in, int level = kFlateLevel);
// Raw deflate (RFC 1951, ending with the final block) of `in`, libdeflate at `level`.
std::string deflate_raw_bytes(std::string_view in, int level = kFlateLevel);

// Raw deflate (RFC 1951, no zlib header or check) of `in` with zlib, in `chunk`-sized
// pieces compressed in parallel threads (each primed with the previous 32 KiB, joined at
// byte-aligned sync points, as pigz does). `last`: ends with the final block; otherwise with a
// byte-aligned sync flush, so that more raw deflate may follow (an empty input then gives nothing).
std::string deflate_raw(std::string_view in, int level, bool last, size_t chunk = 128 * 1024);

// The zlib header (RFC 1950) for `level`, the empty final block that ends a raw stream
// made of non-final pieces, and the Adler-32 trailer of `in`.
std::string zlib_header(int level);
inline constexpr char kEmptyFinalBlock[] = {0x03, 0x00};
std::string adler32_trailer(std::string_view in);
// The CRC-32 of `in` (a zip entry's check). Adler-32 and CRC-32 with libdeflate's
// (vectorised) sums: five pages, zlib's took 5.6 M instructions, these under 1 M.
std::uint32_t crc32_of(std::string_view in);

}  // namespace wz::fontfile
