#include "fontfile/deflate.h"

#include <zlib.h>

#include <algorithm>
#include <future>
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

}  // namespace

// The two zlib header bytes (RFC 1950): deflate, 32 KiB window, level hint, check bits.
std::string zlib_header(int level) {
  int flevel = level <= 1 ? 0 : level <= 5 ? 1 : level == 6 ? 2 : 3;
  int cmf = 0x78, flg = flevel << 6;
  flg += 31 - (cmf * 256 + flg) % 31;
  return {static_cast<char>(cmf), static_cast<char>(flg)};
}

std::string adler32_trailer(std::string_view in) {
  uLong adler = adler32(adler32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(in.data()),
                        static_cast<uInt>(in.size()));
  std::string out;
  for (int s = 24; s >= 0; s -= 8) out += static_cast<char>((adler >> s) & 0xFF);
  return out;
}

std::string deflate_bytes(std::string_view in, int level) {
  uLongf cap = compressBound(static_cast<uLong>(in.size()));
  std::string out(cap, '\0');
  int rc =
      compress2(reinterpret_cast<Bytef*>(out.data()), &cap,
                reinterpret_cast<const Bytef*>(in.data()), static_cast<uLong>(in.size()), level);
  if (rc != Z_OK) throw Error("zlib compress2 failed (" + std::to_string(rc) + ")");
  out.resize(cap);
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

std::string deflate_parallel(std::string_view in, int level, size_t chunk) {
  const size_t n = chunk == 0 ? 1 : (in.size() + chunk - 1) / chunk;
  if (n <= 1) return deflate_bytes(in, level);
  return zlib_header(level) + deflate_raw(in, level, true, chunk) + adler32_trailer(in);
}

}  // namespace wz::fontfile
