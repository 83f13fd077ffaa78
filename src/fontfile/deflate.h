// fontfile/deflate: zlib compression of stream data (fonts, content), done by us rather
// than by PoDoFo so that it can run in the font worker threads, and in pieces that join, so
// that a font program is compressed once for both the PDF and the EPUB's zip.
// Consumes: bytes. Produces: zlib (FlateDecode) streams and raw deflate pieces.
#pragma once
#include <string>
#include <string_view>

namespace wz::fontfile {

// zlib's default level, for the small streams (content, ToUnicode, CIDToGIDMap).
inline constexpr int kFlateLevel = 6;
// Flate level of the font programs, which are 95% of the PDF and most of the EPUB.
// Measured on the seed corpus (Noto Serif SC CFF 387 KB / KaitiM GB glyf 369 KB raw, CPU
// ms for both): level 1: 17.5 ms, 567 KB; 3: 20.1 ms, 556 KB; 4: 23.1 ms, 551 KB; 6:
// 29.6 ms, 545 KB; 9: 48.7 ms, 543 KB. Level 4 buys most of the size for little time.
inline constexpr int kFontFlateLevel = 4;

std::string deflate_bytes(std::string_view in, int level = kFlateLevel);

// The same format, made by compressing `chunk`-sized pieces in parallel threads (each
// primed with the previous 32 KiB as dictionary, joined at byte-aligned sync points, as
// pigz does). Deterministic for a given input, level and chunk size; within ~0.1% of the
// single-stream size. Small inputs are compressed in one piece on the calling thread.
std::string deflate_parallel(std::string_view in, int level, size_t chunk = 128 * 1024);

// Raw deflate (RFC 1951, no zlib header or check) of `in`, made as deflate_parallel makes
// its pieces. `last`: ends with the final block; otherwise with a byte-aligned sync flush,
// so that more raw deflate may follow (an empty input then gives nothing).
std::string deflate_raw(std::string_view in, int level, bool last, size_t chunk = 128 * 1024);

// The zlib header (RFC 1950) for `level`, the empty final block that ends a raw stream
// made of non-final pieces, and the Adler-32 trailer of `in`.
std::string zlib_header(int level);
inline constexpr char kEmptyFinalBlock[] = {0x03, 0x00};
std::string adler32_trailer(std::string_view in);

}  // namespace wz::fontfile
