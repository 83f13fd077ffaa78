#include "base/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "base/error.h"

namespace wz {

std::string read_file(const std::string& path) {
  SourcePos where{path};
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);  // a FIFO must not block
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT) throw Error(where, "file not found");
    throw Error(where, std::string("cannot read file: ") + std::strerror(err));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0)
    throw Error(where, std::string("cannot read file: ") + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) throw Error(where, "is a directory, not a file");
  if (!S_ISREG(st.st_mode))
    throw Error(where, "not a regular file (a device, FIFO or socket cannot be read as input)");
  std::string out;
  out.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(where, std::string("cannot read file: ") + std::strerror(errno));
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

long long source_date_epoch(long long fallback) {
  const char* s = std::getenv("SOURCE_DATE_EPOCH");
  if (!s || !*s) return fallback;
  char* end = nullptr;
  long long v = std::strtoll(s, &end, 10);
  return (end && *end == 0 && v >= 0) ? v : fallback;
}

}  // namespace wz
