#include "base/output.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>

#include "base/error.h"

namespace wz {
namespace {

namespace fs = std::filesystem;

// Attempts at a fresh temporary name before giving up (each collision is a file someone
// else created at a random name: more than a few means something is planting them).
constexpr int kTempAttempts = 64;
// Bytes of randomness in a temporary name (hex-encoded).
constexpr size_t kSuffixBytes = 8;

std::function<void(size_t)>& commit_hook() {
  static std::function<void(size_t)> h;
  return h;
}
std::function<std::string()>& suffix_source() {
  static std::function<std::string()> s;
  return s;
}

std::string errno_text(int err) {
  std::string s = std::strerror(err);
  if (err == ENOSPC || err == EDQUOT) s += " (disk full)";
  if (err == EFBIG) s += " (file size limit reached)";
  return s;
}

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
  throw OutputError(SourcePos{path}, what + ": " + errno_text(err));
}

std::string random_suffix() {
  if (auto& src = suffix_source()) return src();
  unsigned char b[kSuffixBytes];
  size_t got = 0;
  while (got < sizeof b) {
    ssize_t n = getrandom(b + got, sizeof b - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw OutputError(std::string("cannot get random bytes: ") + std::strerror(errno));
    got += static_cast<size_t>(n);
  }
  static const char hex[] = "0123456789abcdef";
  std::string s;
  for (unsigned char c : b) s += hex[c >> 4], s += hex[c & 15];
  return s;
}

fs::path dir_of(const std::string& path) {
  fs::path d = fs::path(path).parent_path();
  return d.empty() ? fs::path(".") : d;
}

// ".<name>.wz<pid>-<random>": the pid tells a later build whether its writer still runs.
std::string temp_prefix(const std::string& path, const char* kind) {
  return "." + fs::path(path).filename().string() + "." + kind;
}

// Creates a fresh file at a random name with `prefix` in `dir`; returns its fd.
int create_fresh(const fs::path& dir, const std::string& prefix, const std::string& for_path,
                 std::string& name_out) {
  for (int i = 0; i < kTempAttempts; ++i) {
    std::string name = (dir / (prefix + std::to_string(getpid()) + "-" + random_suffix())).string();
    int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd >= 0) {
      name_out = name;
      return fd;
    }
    if (errno != EEXIST) fail(for_path, "cannot create a temporary file in " + dir.string(), errno);
  }
  throw OutputError(SourcePos{for_path}, "cannot create a temporary file in " + dir.string() +
                                             ": " + std::to_string(kTempAttempts) +
                                             " random names were all taken");
}

// A temporary or backup of `path` left by a build that no longer runs: ".<name>.wz<pid>-…",
// ".<name>.wzold<pid>-…", or the older ".<name>.tmp<pid>".
bool stale(const std::string& entry, const std::string& name) {
  std::string base = "." + name + ".";
  if (entry.compare(0, base.size(), base) != 0) return false;
  std::string rest = entry.substr(base.size());
  for (const char* kind : {"wzold", "wz", "tmp"}) {
    if (rest.rfind(kind, 0) != 0) continue;
    std::string digits = rest.substr(std::strlen(kind));
    size_t n = 0;
    while (n < digits.size() && std::isdigit(static_cast<unsigned char>(digits[n]))) ++n;
    if (n == 0 || n > 9) return false;
    bool tail_ok = std::string(kind) == "tmp" ? n == digits.size() : digits[n] == '-';
    if (!tail_ok) return false;
    pid_t pid = static_cast<pid_t>(std::stol(digits.substr(0, n)));
    return pid != getpid() && ::kill(pid, 0) != 0 && errno == ESRCH;
  }
  return false;
}

void remove_stale(const fs::path& dir, const std::string& path) {
  std::string name = fs::path(path).filename().string();
  std::unique_ptr<DIR, int (*)(DIR*)> d(::opendir(dir.c_str()), ::closedir);
  if (!d) return;
  std::vector<std::string> old;
  while (dirent* e = ::readdir(d.get()))
    if (stale(e->d_name, name)) old.push_back(e->d_name);
  for (const auto& n : old) ::unlinkat(::dirfd(d.get()), n.c_str(), 0);  // a link, never its target
}

void sync_dir(const fs::path& dir, const std::string& for_path) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) fail(for_path, "renamed into place, but cannot open its directory to sync", errno);
  int r = ::fsync(fd);
  int err = errno;
  ::close(fd);
  if (r != 0 && err != EINVAL)  // EINVAL: the file system does not sync directories
    fail(for_path, "renamed into place, but syncing its directory failed", err);
}

}  // namespace

TempOutput::TempOutput(std::string path) : path_(std::move(path)) {
  fs::path dir = dir_of(path_);
  std::error_code ec;
  if (!fs::exists(dir, ec))
    throw OutputError(SourcePos{path_}, "output directory does not exist: " + dir.string());
  if (!fs::is_directory(dir, ec))
    throw OutputError(SourcePos{path_}, "not a directory: " + dir.string());
  if (fs::is_directory(path_, ec))
    throw OutputError(SourcePos{path_}, "a directory is in the way of the output file");
  remove_stale(dir, path_);
  fd_ = create_fresh(dir, temp_prefix(path_, "wz"), path_, temp_);
}

TempOutput::~TempOutput() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
}

void TempOutput::write(std::string_view bytes) {
  if (fd_ < 0) throw OutputError(SourcePos{path_}, "internal: write after finish");
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail(path_, "cannot write output", n < 0 ? errno : EIO);
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}

void TempOutput::finish() {
  if (fd_ < 0) return;
  int fd = fd_;
  fd_ = -1;
  if (::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    fail(path_, "cannot write output (fsync)", err);
  }
  if (::close(fd) != 0) fail(path_, "cannot write output (close)", errno);
}

namespace {

struct Backup {
  std::string name;  // a hard link to the old file; empty = there was none, or no link
  bool had_old = false;
};

Backup keep_old(const std::string& path) {
  Backup b;
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0) return b;
  b.had_old = true;
  fs::path dir = dir_of(path);
  for (int i = 0; i < kTempAttempts; ++i) {
    std::string name =
        (dir / (temp_prefix(path, "wzold") + std::to_string(getpid()) + "-" + random_suffix()))
            .string();
    if (::link(path.c_str(), name.c_str()) == 0) {
      b.name = name;
      return b;
    }
    if (errno != EEXIST) return b;  // no hard links here: the old file cannot be restored
  }
  return b;
}

// Puts back outs[0..k) after the rename of outs[k] failed; returns what each output is now.
std::string restore(const std::vector<TempOutput*>& outs, std::vector<Backup>& backups, size_t k) {
  std::string state;
  for (size_t j = 0; j < outs.size(); ++j) {
    const std::string& p = outs[j]->path();
    std::string now;
    if (j >= k) {
      now = backups[j].had_old ? "old, untouched" : "not written";
    } else if (backups[j].had_old && !backups[j].name.empty() &&
               ::rename(backups[j].name.c_str(), p.c_str()) == 0) {
      backups[j].name.clear();
      now = "old, restored";
    } else if (!backups[j].had_old && ::unlink(p.c_str()) == 0) {
      now = "not written (removed again)";
    } else {
      now = "NEW (the old one could not be restored)";
    }
    state += (state.empty() ? "" : "; ") + p + ": " + now;
  }
  return state;
}

}  // namespace

void commit_outputs(const std::vector<TempOutput*>& outs) {
  for (TempOutput* o : outs) o->finish();
  std::vector<Backup> backups;
  for (TempOutput* o : outs) backups.push_back(keep_old(o->path()));
  auto drop_backups = [&] {
    for (auto& b : backups)
      if (!b.name.empty()) ::unlink(b.name.c_str());
  };
  for (size_t k = 0; k < outs.size(); ++k) {
    std::string why;
    try {
      if (auto& hook = commit_hook()) hook(k);
      if (::rename(outs[k]->temp_.c_str(), outs[k]->path_.c_str()) != 0) why = errno_text(errno);
    } catch (const std::exception& e) {
      why = e.what();
    }
    if (!why.empty()) {
      std::string state = restore(outs, backups, k);
      drop_backups();
      throw OutputError(SourcePos{outs[k]->path_},
                        "cannot rename into place: " + why + ". Outputs now: " + state);
    }
    outs[k]->committed_ = true;
  }
  drop_backups();
  std::set<std::string> dirs;
  for (TempOutput* o : outs)
    if (dirs.insert(dir_of(o->path_).string()).second) sync_dir(dir_of(o->path_), o->path_);
}

void write_files_atomic(const std::vector<OutputBytes>& outputs) {
  std::vector<std::unique_ptr<TempOutput>> temps;
  std::vector<TempOutput*> raw;
  for (const auto& o : outputs) {
    temps.push_back(std::make_unique<TempOutput>(o.path));
    temps.back()->write(o.bytes);
    raw.push_back(temps.back().get());
  }
  commit_outputs(raw);
}

void write_file_atomic(const std::string& path, std::string_view bytes) {
  write_files_atomic({{path, bytes}});
}

namespace testing {
void set_commit_hook(std::function<void(size_t)> hook) {
  commit_hook() = std::move(hook);
}
void set_temp_suffix_source(std::function<std::string()> source) {
  suffix_source() = std::move(source);
}
}  // namespace testing

}  // namespace wz
