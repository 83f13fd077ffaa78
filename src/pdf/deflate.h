// pdf/deflate: zlib compression of stream data (fonts, content), done by us rather than by
// PoDoFo so that it can run in the font worker threads.
// Consumes: bytes. Produces: a zlib (FlateDecode) stream.
#pragma once
#include <string>
#include <string_view>

namespace wz::pdf {

// zlib's default level, for the small streams (content, ToUnicode, CIDToGIDMap).
inline constexpr int kFlateLevel = 6;

std::string deflate_bytes(std::string_view in, int level = kFlateLevel);

// The same format, made by compressing `chunk`-sized pieces in parallel threads (each
// primed with the previous 32 KiB as dictionary, joined at byte-aligned sync points, as
// pigz does). Deterministic for a given input, level and chunk size; within ~0.1% of the
// single-stream size. Small inputs are compressed in one piece on the calling thread.
std::string deflate_parallel(std::string_view in, int level, size_t chunk = 128 * 1024);

}  // namespace wz::pdf
