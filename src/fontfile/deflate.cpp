#include "fontfile/deflate.h"

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <future>
#include <memory>
#include <vector>

#include "base/error.h"

namespace wz::fontfile {
namespace {

constexpr size_t kWindow = 32 * 1024;  // deflate's history window: the dictionary primer

// Raw deflate of in[begin, end): ends with a sync flush (byte-aligned, not final) unless
// `last`; primed with the window before `begin`.
std::string raw_piece(std::string_view in, size_t begin, size_t end, int level, bool last) {
  z_stream z{};
  if (deflateInit2(&z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw Error("zlib deflateInit2 failed");
  if (begin > 0) {
    size_t d = std::min(begin, kWindow);
    deflateSetDictionary(&z, reinterpret_cast<const Bytef*>(in.data() + begin - d),
                         static_cast<uInt>(d));
  }
  std::string out(deflateBound(&z, static_cast<uLong>(end - begin)) + 16, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data() + begin));
  z.avail_in = static_cast<uInt>(end - begin);
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, last ? Z_FINISH : Z_SYNC_FLUSH);
  bool ok = last ? rc == Z_STREAM_END : (rc == Z_OK && z.avail_in == 0);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (!ok) throw Error("zlib deflate failed (" + std::to_string(rc) + ")");
  return out;
}

struct CompressorFree {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// Where the last block's header begins in the complete raw deflate `raw` (byte, bit), and
// how many bits of the last byte are unused, found by inflating it block by block
// (Z_BLOCK: zlib stops at each block boundary and tells the bit position).
struct LastBlock {
  size_t byte = 0;
  int bit = 0;
  int unused_bits = 0;
};

LastBlock find_last_block(std::string_view raw) {
  z_stream z{};
  if (inflateInit2(&z, -15) != Z_OK) throw Error("zlib inflateInit2 failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw.data()));
  z.avail_in = static_cast<uInt>(raw.size());
  std::string sink(64 * 1024, '\0');
  LastBlock last;
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(sink.data());
    z.avail_out = static_cast<uInt>(sink.size());
    rc = inflate(&z, Z_BLOCK);
    const size_t used = raw.size() - z.avail_in;
    const int unused = z.data_type & 7;
    if (rc == Z_OK && (z.data_type & 128) && (z.data_type & 64))
      last.unused_bits = unused;  // after the final block (at the stream's end, 0)
    // At a boundary before the final block: the next block's header starts here.
    if (rc == Z_OK && (z.data_type & 128) && !(z.data_type & 64)) {
      last.byte = unused ? used - 1 : used;
      last.bit = unused ? 8 - unused : 0;
    }
    if (rc == Z_BUF_ERROR && z.avail_out == 0) rc = Z_OK;  // more output to come
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END)
    throw Error("libdeflate output did not inflate (" + std::to_string(rc) + ")");
  return last;
}

}  // namespace

// The two zlib header bytes (RFC 1950): deflate, 32 KiB window, level hint, check bits.
std::string zlib_header(int level) {
  int flevel = level <= 1 ? 0 : level <= 5 ? 1 : level == 6 ? 2 : 3;
  int cmf = 0x78, flg = flevel << 6;
  flg += 31 - (cmf * 256 + flg) % 31;
  return {static_cast<char>(cmf), static_cast<char>(flg)};
}

std::string adler32_trailer(std::string_view in) {
  const std::uint32_t adler = libdeflate_adler32(1, in.data(), in.size());
  std::string out;
  for (int s = 24; s >= 0; s -= 8) out += static_cast<char>((adler >> s) & 0xFF);
  return out;
}

std::uint32_t crc32_of(std::string_view in) {
  return libdeflate_crc32(0, in.data(), in.size());
}

std::string deflate_bytes(std::string_view in, int level) {
  std::unique_ptr<libdeflate_compressor, CompressorFree> c(libdeflate_alloc_compressor(level));
  if (!c) throw Error("libdeflate_alloc_compressor failed (level " + std::to_string(level) + ")");
  std::string out(libdeflate_zlib_compress_bound(c.get(), in.size()), '\0');
  const size_t n = libdeflate_zlib_compress(c.get(), in.data(), in.size(), out.data(), out.size());
  if (n == 0) throw Error("libdeflate_zlib_compress failed");
  out.resize(n);
  return out;
}

std::string deflate_raw(std::string_view in, int level, bool last, size_t chunk) {
  if (in.empty()) return last ? std::string(kEmptyFinalBlock, 2) : std::string();
  const size_t n = chunk == 0 ? 1 : (in.size() + chunk - 1) / chunk;
  std::vector<std::future<std::string>> rest;
  for (size_t i = 1; i < n; ++i)
    rest.push_back(std::async(std::launch::async, raw_piece, in, i * chunk,
                              std::min(in.size(), (i + 1) * chunk), level, last && i + 1 == n));
  std::string out =
      raw_piece(in, 0, std::min(in.size(), chunk == 0 ? in.size() : chunk), level, last && n == 1);
  for (auto& f : rest) out += f.get();
  return out;
}

std::string deflate_font_raw(std::string_view in) {
  return deflate_raw_bytes(in, kFontFlateLevel);
}

std::string deflate_raw_bytes(std::string_view in, int level) {
  std::unique_ptr<libdeflate_compressor, CompressorFree> c(libdeflate_alloc_compressor(level));
  if (!c) throw Error("libdeflate_alloc_compressor failed (level " + std::to_string(level) + ")");
  std::string out(libdeflate_deflate_compress_bound(c.get(), in.size()), '\0');
  const size_t n =
      libdeflate_deflate_compress(c.get(), in.data(), in.size(), out.data(), out.size());
  if (n == 0) throw Error("libdeflate_deflate_compress failed");
  out.resize(n);
  return out;
}

std::string not_final(std::string raw) {
  const LastBlock b = find_last_block(raw);
  raw[b.byte] = static_cast<char>(raw[b.byte] & ~(1 << b.bit));
  // The unused bits after the final end-of-block code, zeroed, begin the empty stored
  // block's 3-bit header; with fewer than three of them it ends in one more zero byte.
  raw.back() = static_cast<char>(raw.back() & ((1 << (8 - b.unused_bits)) - 1));
  if (b.unused_bits < 3) raw += '\0';
  return raw + std::string("\0\0\xff\xff", 4);
}

std::string deflate_font(std::string_view in) {
  return zlib_header(kFontFlateLevel) + deflate_font_raw(in) + adler32_trailer(in);
}

}  // namespace wz::fontfile
