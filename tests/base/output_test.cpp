// base/output: outputs survive a full disk, planted symlinks, failures between renames and
// killed builds (issue 14, defects 1-3).
#include "base/output.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "base/file.h"

namespace wz {
namespace {

namespace fs = std::filesystem;

class OutputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("wz_output_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    wz::testing::set_commit_hook(nullptr);
    wz::testing::set_temp_suffix_source(nullptr);
    fs::remove_all(dir_);
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  // Entries of the directory other than `keep`.
  std::vector<std::string> others(std::initializer_list<std::string> keep) const {
    std::vector<std::string> v;
    for (auto& e : fs::directory_iterator(dir_)) {
      std::string n = e.path().filename().string();
      if (std::find(keep.begin(), keep.end(), n) == keep.end()) v.push_back(n);
    }
    return v;
  }
  fs::path dir_;
};

std::string slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// A pid that no process has now: a child's, after it exited and was reaped.
pid_t dead_pid() {
  pid_t p = fork();
  if (p == 0) _exit(0);
  waitpid(p, nullptr, 0);
  return p;
}

TEST_F(OutputTest, WritesAndReplaces) {
  write_file_atomic(path("a.txt"), "old");
  write_file_atomic(path("a.txt"), "new");
  EXPECT_EQ(slurp(path("a.txt")), "new");
  EXPECT_TRUE(others({"a.txt"}).empty());
}

TEST_F(OutputTest, MissingDirectoryFails) {
  EXPECT_THROW(write_file_atomic(path("missing/out.txt"), "x"), Error);
}

// Defect 1: a write that fails (here the file size limit, as a full disk would) is an
// error naming the file, and the old file stays.
TEST_F(OutputTest, FileSizeLimitIsAnErrorAndKeepsTheOldFile) {
  write_file_atomic(path("big.bin"), "OLD");
  pid_t child = fork();
  if (child == 0) {
    signal(SIGXFSZ, SIG_IGN);  // the write returns EFBIG instead of killing the process
    rlimit lim{4096, 4096};
    setrlimit(RLIMIT_FSIZE, &lim);
    try {
      write_file_atomic(path("big.bin"), std::string(1 << 20, 'x'));
    } catch (const Error& e) {
      std::string m = e.what();
      _exit(m.find("big.bin") != std::string::npos && m.find("limit") != std::string::npos ? 3 : 4);
    }
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 3) << "0: no error; 4: the error did not name file and cause";
  EXPECT_EQ(slurp(path("big.bin")), "OLD");
  EXPECT_TRUE(others({"big.bin"}).empty()) << "temporary file left behind";
}

// Defect 2: a symlink planted at the temporary names is never followed.
TEST_F(OutputTest, SymlinksPlantedAtTempNamesAreNotFollowed) {
  std::string victim = path("victim");
  { std::ofstream(victim) << "precious"; }
  int n = 0;
  wz::testing::set_temp_suffix_source([&] { return "s" + std::to_string(n++); });
  std::string pid = std::to_string(getpid());
  for (int i = 0; i < 10; ++i)
    fs::create_symlink(victim, dir_ / (".out.pdf.wz" + pid + "-s" + std::to_string(i)));
  fs::create_symlink(victim, dir_ / (".out.pdf.tmp" + pid));  // the old predictable name
  write_file_atomic(path("out.pdf"), "PDF");
  EXPECT_EQ(slurp(victim), "precious");
  EXPECT_EQ(slurp(path("out.pdf")), "PDF");
  EXPECT_FALSE(fs::is_symlink(path("out.pdf")));
}

TEST_F(OutputTest, EveryTempNameTakenIsAnError) {
  std::string victim = path("victim");
  { std::ofstream(victim) << "precious"; }
  wz::testing::set_temp_suffix_source([] { return std::string("same"); });
  fs::create_symlink(victim, dir_ / (".out.pdf.wz" + std::to_string(getpid()) + "-same"));
  try {
    write_file_atomic(path("out.pdf"), "PDF");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("all taken"), std::string::npos) << e.what();
  }
  EXPECT_EQ(slurp(victim), "precious");
  EXPECT_FALSE(fs::exists(path("out.pdf")));
}

// Defect 3: a failure (or a kill) between the renames of two outputs: the first is put
// back, and the error says what each output is now.
TEST_F(OutputTest, FailureBetweenRenamesRestoresTheOldOutputs) {
  write_files_atomic({{path("d.pdf"), "OLD PDF"}, {path("d.epub"), "OLD EPUB"}});
  wz::testing::set_commit_hook([](size_t k) {
    if (k == 1) throw Error("simulated kill");
  });
  try {
    write_files_atomic({{path("d.pdf"), "NEW PDF"}, {path("d.epub"), "NEW EPUB"}});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("simulated kill"), std::string::npos) << m;
    EXPECT_NE(m.find("d.pdf: old, restored"), std::string::npos) << m;
    EXPECT_NE(m.find("d.epub: old, untouched"), std::string::npos) << m;
  }
  EXPECT_EQ(slurp(path("d.pdf")), "OLD PDF");
  EXPECT_EQ(slurp(path("d.epub")), "OLD EPUB");
  EXPECT_TRUE(others({"d.pdf", "d.epub"}).empty()) << "temporary or backup file left behind";
}

TEST_F(OutputTest, FailureBetweenRenamesRemovesAFirstOutputThatWasNotThere) {
  wz::testing::set_commit_hook([](size_t k) {
    if (k == 1) throw Error("simulated kill");
  });
  try {
    write_files_atomic({{path("n.pdf"), "NEW PDF"}, {path("n.epub"), "NEW EPUB"}});
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("n.pdf: not written"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(others({}).empty());
}

// Temporary files of builds that were killed are removed by the next build of that name;
// a running build's are left alone.
TEST_F(OutputTest, StaleTemporariesOfThisNameAreRemoved) {
  std::string dead = std::to_string(dead_pid()), live = std::to_string(getppid());
  for (std::string n :
       {".x.pdf.wz" + dead + "-0123abcd", ".x.pdf.wzold" + dead + "-99", ".x.pdf.tmp" + dead,
        ".x.pdf.wz" + live + "-keep", ".y.pdf.wz" + dead + "-1"})
    std::ofstream(dir_ / n) << "junk";
  write_file_atomic(path("x.pdf"), "PDF");
  auto left = others({"x.pdf"});
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left,
            (std::vector<std::string>{".x.pdf.wz" + live + "-keep", ".y.pdf.wz" + dead + "-1"}));
}

TEST(ReadFile, SaysWhatIsWrong) {
  auto msg = [](const std::string& p) {
    try {
      read_file(p);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(msg("/nonexistent/x.txt").find("file not found"), std::string::npos);
  EXPECT_NE(msg(fs::temp_directory_path().string()).find("is a directory"), std::string::npos);
  EXPECT_NE(msg("/dev/zero").find("not a regular file"), std::string::npos);
}

}  // namespace
}  // namespace wz
