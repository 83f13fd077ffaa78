// Helpers of the CLI tests: run the program, temporary folders, whether ../shared is there.
#pragma once
#include <sys/wait.h>

#include <unistd.h>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

namespace wz::clitest {

struct Result {
  int code;
  std::string out;
};

// `cmd` through the shell, stdout and stderr together.
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

inline const std::string kBin = WZ_BINARY;
inline const std::string kSrc = WZ_SOURCE_DIR;
inline const std::string kShared = WZ_SHARED_DIR;

// ../shared with its seed pages and judge tools (tests needing them skip visibly without).
inline bool have_shared() {
  return std::filesystem::exists(kShared + "/seeds") && std::filesystem::exists(kShared + "/tools");
}

// The bytes of a file ("" when it cannot be read).
inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A fresh folder of this test process's own: ctest runs each test as a process, two at a
// time, and checkouts side by side run theirs too, so the name carries the process id.
inline std::filesystem::path tmpdir(const std::string& name) {
  std::filesystem::path d = std::filesystem::temp_directory_path() /
                            ("wz-cli-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d);
  return d;
}

}  // namespace wz::clitest
