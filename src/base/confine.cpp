#include "base/confine.h"

#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>

#include <filesystem>

namespace wz {
namespace {

namespace fs = std::filesystem;

// `p` is `root` or below it (both canonical).
bool inside(const fs::path& p, const fs::path& root) {
  auto r = root.begin(), q = p.begin();
  for (; r != root.end(); ++r, ++q) {
    if (r->empty()) continue;  // a trailing separator
    if (q == p.end() || *q != *r) return false;
  }
  return true;
}

bool pseudo_fs(const fs::path& p) {
  struct statfs sf;
  if (::statfs(p.c_str(), &sf) != 0) return false;
  return sf.f_type == PROC_SUPER_MAGIC || sf.f_type == SYSFS_MAGIC;
}

}  // namespace

std::string input_refused(const std::string& path, const InputPolicy& policy) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (::lstat(path.c_str(), &st) == 0) return "a symbolic link to nothing";
    return "file not found";
  }
  if (S_ISDIR(st.st_mode)) return "is a directory, not a file";
  if (!S_ISREG(st.st_mode)) return "not a regular file (a device, FIFO or socket)";
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  if (ec) return "cannot resolve the path: " + ec.message();
  if (pseudo_fs(real)) return "a file of /proc or /sys, not an input";
  if (policy.allow_outside) return "";
  for (const auto& r : policy.roots) {
    fs::path root = fs::weakly_canonical(r, ec);
    if (!ec && inside(real, root)) return "";
  }
  std::string where;
  for (const auto& r : policy.roots)
    where += (where.empty() ? "" : ", ") + fs::weakly_canonical(r, ec).string();
  return "resolves to " + real.string() + ", outside the manifest's directory tree (" + where +
         "); name it in [options] roots or build with --allow-outside";
}

}  // namespace wz
