// Helpers of the end-to-end tests: run the program, temporary directories.
#pragma once
#include <array>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

namespace {

namespace fs = std::filesystem;

struct Result {
  int code;
  std::string out;
};

inline Result run(const std::string& cmd) {
  std::string full = cmd + " 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(full.c_str(), "r"), pclose);
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p.get())) > 0) out.append(buf.data(), n);
  int st = pclose(p.release());
  return {WEXITSTATUS(st), out};
}

const std::string kBin = WZ_BINARY;
const std::string kSrc = WZ_SOURCE_DIR;
const std::string kShared = WZ_SHARED_DIR;

inline bool have_shared() {
  return fs::exists(kShared + "/seeds") && fs::exists(kShared + "/tools");
}

inline fs::path tmpdir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("wz-cli-" + name);
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

}  // namespace
