#include "epub/container.h"

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <memory>

#include "base/error.h"
#include "base/file.h"
#include "fontfile/deflate.h"

namespace wz::epub {
namespace {

// DOS time starts at 1980-01-01 00:00:00.
constexpr long long kDosEpoch = 315532800;
// Deflate level for everything but mimetype: level 9 took ~1.5x the time of 6 for 0.3% less
// (the CFF/glyf font programs dominate and hardly compress further). The entries not
// compressed before (XHTML, CSS, package files) are deflated here with libdeflate rather
// than by libzip's zlib: five pages, build_container 11.5 M instructions -> 7.1 M, the
// EPUB 581,355 B -> 581,203 B (the eight entries 26,709 B -> 26,557 B; libdeflate 1 would
// save 2.7 M more for 1.6 KB).
constexpr int kDeflateLevel = 6;
// Noon: no time zone has a DST transition then, so mktime() round-trips the fields.
constexpr int kSafeHour = 12;

struct ZipDiscard {
  void operator()(zip_t* z) const {
    if (z) zip_discard(z);
  }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;

time_t local_from_fields(const std::tm& utc, int hour) {
  std::tm t{};
  t.tm_year = utc.tm_year, t.tm_mon = utc.tm_mon, t.tm_mday = utc.tm_mday;
  t.tm_hour = hour, t.tm_min = hour == utc.tm_hour ? utc.tm_min : 0;
  t.tm_sec = hour == utc.tm_hour ? utc.tm_sec : 0;
  t.tm_isdst = -1;
  return std::mktime(&t);
}

bool same_fields(time_t t, const std::tm& want, int hour) {
  std::tm got{};
  localtime_r(&t, &got);
  return got.tm_year == want.tm_year && got.tm_mon == want.tm_mon && got.tm_mday == want.tm_mday &&
         got.tm_hour == hour;
}

}  // namespace

long long zip_local_time(long long timestamp) {
  tzset();
  time_t ts = static_cast<time_t>(timestamp < kDosEpoch ? kDosEpoch : timestamp);
  std::tm utc{};
  gmtime_r(&ts, &utc);
  time_t t = local_from_fields(utc, utc.tm_hour);
  // A local time that does not exist here (DST gap) would shift: fall back to noon.
  if (!same_fields(t, utc, utc.tm_hour)) t = local_from_fields(utc, kSafeHour);
  return static_cast<long long>(t);
}

namespace {

struct SourceFree {
  void operator()(zip_source_t* s) const {
    if (s) zip_source_free(s);
  }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

[[noreturn]] void zip_fail(const std::string& path, const std::string& what, zip_error_t* ze) {
  std::string msg = what + ": " + zip_error_strerror(ze);
  zip_error_fini(ze);
  throw Error(SourcePos{path}, msg);
}

// The bytes libzip wrote into the memory source `mem`.
std::string read_back(zip_source_t* mem, const std::string& path) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(mem, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(mem) != 0)
    zip_fail(path, "cannot read back the EPUB", zip_source_error(mem));
  std::string out(static_cast<size_t>(st.size), '\0');
  zip_int64_t n = zip_source_read(mem, out.data(), st.size);
  zip_source_close(mem);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
    throw Error(SourcePos{path}, "cannot read back the EPUB from memory");
  return out;
}

// A source that hands libzip an entry's raw deflate with its size and CRC: libzip copies
// it into the archive without compressing again (the method asked for is the same).
struct Precompressed {
  const Entry* e = nullptr;
  size_t pos = 0;  // read position in e->bytes
};

zip_int64_t precompressed(void* user, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
  auto* r = static_cast<Precompressed*>(user);
  const Entry* e = r->e;
  switch (cmd) {
    case ZIP_SOURCE_OPEN:
      r->pos = 0;
      return 0;
    case ZIP_SOURCE_READ: {
      const size_t n = std::min<size_t>(len, e->bytes.size() - r->pos);
      std::memcpy(data, e->bytes.data() + r->pos, n);
      r->pos += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_STAT: {
      auto* st = static_cast<zip_stat_t*>(data);
      zip_stat_init(st);
      st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
      st->size = e->size;
      st->comp_size = e->bytes.size();
      st->comp_method = ZIP_CM_DEFLATE;
      st->crc = e->crc;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_ERROR: {  // nothing here fails: report "no error"
      zip_error_t ze;
      zip_error_init(&ze);
      return zip_error_to_data(&ze, data, len);
    }
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      return -1;
  }
}

// `e` deflated (raw, libdeflate at kDeflateLevel), to be copied into the zip as it is.
Entry deflated(const Entry& e) {
  Entry out{e.name, fontfile::deflate_raw_bytes(e.bytes, kDeflateLevel)};
  out.deflated = true, out.size = e.bytes.size(), out.crc = fontfile::crc32_of(e.bytes);
  return out;
}

}  // namespace

std::string build_container(const std::string& path, std::vector<Entry> entries,
                            long long timestamp) {
  if (entries.empty() || entries.front().name != "mimetype")
    throw Error("internal: the EPUB container must start with mimetype");
  zip_error_t ze;
  zip_error_init(&ze);
  SourcePtr mem(zip_source_buffer_create(nullptr, 0, 0, &ze));
  if (!mem) zip_fail(path, "cannot create EPUB", &ze);
  ZipPtr za(zip_open_from_source(mem.get(), ZIP_CREATE | ZIP_TRUNCATE, &ze));
  if (!za) zip_fail(path, "cannot create EPUB", &ze);
  zip_error_fini(&ze);
  zip_source_keep(mem.get());  // the archive takes a reference; ours outlives zip_close
  auto fail = [&](const std::string& what) {
    throw Error(SourcePos{path}, what + ": " + zip_strerror(za.get()));
  };
  time_t mtime = static_cast<time_t>(zip_local_time(timestamp));
  std::vector<Precompressed> readers(entries.size());  // live until zip_close has read them
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > 0 && !entries[i].deflated) entries[i] = deflated(entries[i]);  // frees the text
    const Entry& e = entries[i];
    readers[i].e = &e;
    zip_source_t* src = e.deflated ? zip_source_function(za.get(), precompressed, &readers[i])
                                   : zip_source_buffer(za.get(), e.bytes.data(), e.bytes.size(), 0);
    if (!src) fail("cannot add " + e.name);
    zip_int64_t idx = zip_file_add(za.get(), e.name.c_str(), src, ZIP_FL_OVERWRITE);
    if (idx < 0) {
      zip_source_free(src);
      fail("cannot add " + e.name);
    }
    auto u = static_cast<zip_uint64_t>(idx);
    bool stored = i == 0;  // OCF: mimetype uncompressed
    if (zip_set_file_compression(za.get(), u, stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 stored ? 0 : kDeflateLevel) != 0)
      fail("cannot set compression of " + e.name);
    if (zip_file_set_mtime(za.get(), u, mtime, 0) != 0) fail("cannot set time of " + e.name);
  }
  if (zip_close(za.get()) != 0) fail("cannot write EPUB");
  za.release();  // closed: nothing to discard
  return read_back(mem.get(), path);
}

size_t write_container(const std::string& path, std::vector<Entry> entries, long long timestamp) {
  std::string bytes = build_container(path, std::move(entries), timestamp);
  write_file_atomic(path, bytes);
  return bytes.size();
}

}  // namespace wz::epub
