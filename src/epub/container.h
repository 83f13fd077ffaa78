// epub/container: the OCF zip container (libzip).
// Consumes: named entries (bytes) in order and a timestamp. Produces: the .epub file,
// with `mimetype` first, stored, without extra fields; every other entry deflated (here, with
// libdeflate, or before: then copied as it is); every entry stamped with the same DOS time, built
// so that libzip's localtime() conversion gives the same bytes in any time zone
// (notes/pdf-font-epub.md Q6). Built in memory; written through base/output.h (temp file, checked
// writes, fsync, rename).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace wz::epub {

struct Entry {
  std::string name;  // ASCII path inside the container
  std::string bytes;
  // Compressed already (a font shared with the PDF, fontfile/subset.h: compressed once):
  // `bytes` is the raw deflate of a file of `size` bytes with CRC-32 `crc`, copied as it is.
  bool deflated = false;
  std::uint64_t size = 0;
  std::uint32_t crc = 0;
};

// The container of `entries` (the first must be "mimetype") as bytes; `path` names it in
// errors. Taken by value: each entry's text is let go as soon as it is deflated.
std::string build_container(const std::string& path, std::vector<Entry> entries,
                            long long timestamp);
// build_container, written to `path`; returns the file size.
size_t write_container(const std::string& path, std::vector<Entry> entries, long long timestamp);

// The time_t that libzip's localtime() turns into the UTC calendar fields of `timestamp`
// (clamped to 1980-01-01, the DOS epoch). Exposed for tests.
long long zip_local_time(long long timestamp);

}  // namespace wz::epub
