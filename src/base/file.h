// base/file: reading inputs and writing outputs safely.
// Consumes: paths. Produces: file contents (read_file), and outputs written to a
// temporary file beside the target and renamed into place (AtomicFile), so a failed
// build never leaves a truncated file where a good one was.
#pragma once
#include <string>
#include <string_view>

namespace wz {

// Whole file as bytes; throws wz::Error naming the path when it cannot be read.
std::string read_file(const std::string& path);

// Write `bytes` to `path` through a temporary file + rename. Throws wz::Error on failure
// (directory missing or not writable, disk full), leaving any old `path` untouched.
void write_file_atomic(const std::string& path, std::string_view bytes);

// A temporary path beside `path` for writers that need a filename (libzip, PoDoFo);
// commit() renames it over `path`; the destructor removes it if not committed.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  const std::string& temp_path() const { return temp_; }
  void commit();

 private:
  std::string path_, temp_;
  bool done_ = false;
};

// SOURCE_DATE_EPOCH when set and valid, otherwise `fallback`.
long long source_date_epoch(long long fallback);

}  // namespace wz
