// `wenzhai watch`: a source edited (saved by rename, as editors do) is rebuilt; a broken
// manifest is reported and the watch goes on; SIGTERM ends it between builds. Every wait
// is bounded (a deadline, and `timeout` around the program); nothing asserts speed.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "cli_util.h"

namespace fs = std::filesystem;

namespace {

using namespace wz::clitest;

// Generous: a build of one page takes well under a second, but the machine is shared.
constexpr auto kDeadline = std::chrono::seconds(150);

size_t count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

// Polls `log` until `needle` occurs `times` times or the deadline passes.
bool wait_for(const fs::path& log, const std::string& needle, size_t times) {
  auto end = std::chrono::steady_clock::now() + kDeadline;
  while (std::chrono::steady_clock::now() < end) {
    if (count(slurp(log), needle) >= times) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

// Waits for the watch started in `d` to end; its exit status is then in the log.
bool wait_exit(const fs::path& d, const std::string& pid) {
  if (wait_for(d / "log", "exit status ", 1)) return true;
  run("kill " + pid);
  return false;
}

// Writes through a temporary file and a rename, as vim and most editors save.
void save(const fs::path& p, const std::string& text) {
  fs::path tmp = p.string() + ".swp";
  std::ofstream(tmp, std::ios::binary) << text;
  fs::rename(tmp, p);
}

const char* kManifest =
    "[digest]\ntitle = \"监视测试\"\ndate = \"2024-03\"\n\n"
    "[[issues]]\ntitle = \"第一期\"\nsources = [\"page.txt\"]\nlayout = \"digest-a4\"\n";

// Starts `wenzhai watch` in the background on d/m.toml, its output and then its exit
// status into d/log; returns the pid of the `timeout` around it (which passes SIGTERM on).
std::string start(const fs::path& d, const std::string& flags) {
  // A shell of its own with nothing but /dev/null: the popen pipe is not held open (run()
  // reads until every writer has closed it).
  run("cd " + d.string() + " && sh -c 'timeout 300 " + kBin + " watch m.toml -o out " + flags +
      " > log 2>&1 & echo $! > pid; wait $!; echo \"exit status $?\" >> log' < /dev/null > "
      "/dev/null 2>&1 &");
  auto end = std::chrono::steady_clock::now() + kDeadline;
  while (std::chrono::steady_clock::now() < end && slurp(d / "pid").empty())
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  std::string pid = slurp(d / "pid");
  return pid.substr(0, pid.find('\n'));
}

// The text of every file in a zip (the EPUB), through Python's zipfile.
std::string epub_text(const fs::path& epub) {
  return run("python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); "
             "print(b\"\".join(z.read(n) for n in z.namelist()).decode(\"utf-8\", \"replace\"))' " +
             epub.string())
      .out;
}

fs::path setup(const std::string& name) {
  fs::path d = tmpdir(name);
  std::ofstream(d / "m.toml") << kManifest;
  fs::copy_file(kSrc + "/samples/pages/page-01.txt", d / "page.txt");
  return d;
}

TEST(CliWatch, EditedSourceIsRebuiltAndABrokenManifestReported) {
  fs::path d = setup("watch");
  std::string pid = start(d, "--epub-only --max-builds 3");
  ASSERT_TRUE(wait_for(d / "log", "wenzhai watch: watching", 1)) << slurp(d / "log");
  EXPECT_EQ(epub_text(d / "out/m.epub").find("监视重建的一句话"), std::string::npos);

  save(d / "page.txt", slurp(d / "page.txt") + "\n监视重建的一句话，写在最后一段。\n");
  ASSERT_TRUE(wait_for(d / "log", "wenzhai watch: watching", 2)) << slurp(d / "log");
  std::string log = slurp(d / "log");
  EXPECT_NE(log.find("changed page.txt; rebuilding"), std::string::npos) << log;
  EXPECT_EQ(count(log, "wenzhai watch: built in "), 2u) << log;
  // The new sentence is in the rebuilt EPUB.
  EXPECT_NE(epub_text(d / "out/m.epub").find("监视重建的一句话"), std::string::npos);

  save(d / "m.toml", std::string(kManifest) + "[[issues]\n");  // invalid TOML
  ASSERT_TRUE(wait_exit(d, pid)) << slurp(d / "log");
  log = slurp(d / "log");
  EXPECT_NE(log.find("exit status 1"), std::string::npos) << log;  // the last build's code
  EXPECT_NE(log.find("changed m.toml; rebuilding"), std::string::npos) << log;
  EXPECT_NE(log.find("m.toml:9:"), std::string::npos) << log;  // the broken line
  EXPECT_NE(log.find("invalid TOML"), std::string::npos) << log;
  EXPECT_NE(log.find("wenzhai watch: build failed in "), std::string::npos) << log;
  // The failed build left the good EPUB and no temporary file.
  auto files = std::distance(fs::directory_iterator(d / "out"), fs::directory_iterator());
  EXPECT_EQ(files, 1);
  EXPECT_TRUE(fs::exists(d / "out/m.epub"));
}

TEST(CliWatch, SigtermStopsTheWatchBetweenBuilds) {
  fs::path d = setup("watch-term");
  std::string pid = start(d, "--epub-only --json");
  ASSERT_TRUE(wait_for(d / "log", "wenzhai watch: watching", 1)) << slurp(d / "log");
  run("kill -TERM " + pid);
  ASSERT_TRUE(wait_exit(d, pid)) << slurp(d / "log");
  std::string log = slurp(d / "log");
  EXPECT_NE(log.find("wenzhai watch: stopped"), std::string::npos) << log;
  EXPECT_NE(log.find("exit status 0"), std::string::npos) << log;
  EXPECT_NE(log.find("{\"issues\":1,"), std::string::npos) << log;  // --json: the summary line
}

// A rebuild does only what its change needs (cli/rebuild.h), and writes the bytes a full
// build writes: a layout's margin (read by the PDF alone) keeps the EPUB and the ingested
// pages; a source saved unchanged keeps both outputs.
TEST(CliWatch, RebuildsOnlyTheOutputsWhoseInputsChanged) {
  fs::path d = tmpdir("watch-partial");
  std::string layout = slurp(kSrc + "/layouts/digest-a4.toml");
  std::ofstream(d / "a4.toml") << layout;
  std::string manifest = kManifest;
  manifest.replace(manifest.find("\"digest-a4\""), 11, "\"a4.toml\"");
  std::ofstream(d / "m.toml") << manifest;
  fs::copy_file(kSrc + "/samples/pages/page-01.txt", d / "page.txt");
  std::string pid = start(d, "--max-builds 3");
  ASSERT_TRUE(wait_for(d / "log", "wenzhai watch: watching", 1)) << slurp(d / "log");
  const std::string epub0 = slurp(d / "out/m.epub"), pdf0 = slurp(d / "out/m.pdf");
  const auto epub_time = fs::last_write_time(d / "out/m.epub");

  const std::string margin = "margin_top = 22";
  ASSERT_NE(layout.find(margin), std::string::npos);
  save(d / "a4.toml", layout.replace(layout.find(margin), margin.size(), "margin_top = 21"));
  ASSERT_TRUE(wait_for(d / "log", "wenzhai watch: watching", 2)) << slurp(d / "log");
  std::string log = slurp(d / "log");
  EXPECT_NE(log.find("changed a4.toml; rebuilding"), std::string::npos) << log;
  EXPECT_NE(log.find("(pages not read again; EPUB kept: inputs unchanged)"), std::string::npos)
      << log;
  EXPECT_EQ(fs::last_write_time(d / "out/m.epub"), epub_time);  // not written again
  EXPECT_NE(slurp(d / "out/m.pdf"), pdf0);                      // the new margin
  // What the watch left is what a full build of the same inputs writes.
  Result full = run("cd " + d.string() + " && " + kBin + " build m.toml -q -o full");
  ASSERT_EQ(full.code, 0) << full.out;
  EXPECT_EQ(slurp(d / "full/m.pdf"), slurp(d / "out/m.pdf"));
  EXPECT_EQ(slurp(d / "full/m.epub"), epub0);

  save(d / "page.txt", slurp(d / "page.txt"));  // saved as it was
  ASSERT_TRUE(wait_exit(d, pid)) << slurp(d / "log");
  log = slurp(d / "log");
  EXPECT_NE(log.find("(pages not read again; PDF kept; EPUB kept: inputs unchanged)"),
            std::string::npos)
      << log;
  EXPECT_EQ(fs::last_write_time(d / "out/m.epub"), epub_time);
  EXPECT_EQ(slurp(d / "full/m.pdf"), slurp(d / "out/m.pdf"));
}

}  // namespace
