#include "base/file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"

namespace wz {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(SourcePos{path}, std::string("cannot read file: ") + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  namespace fs = std::filesystem;
  fs::path p(path_);
  fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw Error(SourcePos{path_}, "output directory does not exist: " + dir.string());
  if (access(dir.c_str(), W_OK) != 0)
    throw Error(SourcePos{path_}, "output directory is not writable: " + dir.string());
  temp_ = (dir / ("." + p.filename().string() + ".tmp" + std::to_string(getpid()))).string();
}

AtomicFile::~AtomicFile() {
  if (!done_) std::remove(temp_.c_str());
}

void AtomicFile::commit() {
  if (std::rename(temp_.c_str(), path_.c_str()) != 0)
    throw Error(SourcePos{path_}, std::string("cannot write output: ") + std::strerror(errno));
  done_ = true;
}

void write_file_atomic(const std::string& path, std::string_view bytes) {
  AtomicFile f(path);
  {
    std::ofstream out(f.temp_path(), std::ios::binary | std::ios::trunc);
    if (!out) throw Error(SourcePos{path}, std::string("cannot write: ") + std::strerror(errno));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) throw Error(SourcePos{path}, "write failed (disk full?)");
  }
  f.commit();
}

long long source_date_epoch(long long fallback) {
  const char* s = std::getenv("SOURCE_DATE_EPOCH");
  if (!s || !*s) return fallback;
  char* end = nullptr;
  long long v = std::strtoll(s, &end, 10);
  return (end && *end == 0 && v >= 0) ? v : fallback;
}

}  // namespace wz
