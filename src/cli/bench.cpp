#include "cli/bench.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <vector>

#include "base/error.h"
#include "cli/pipeline.h"

namespace wz::cli {
namespace {

namespace fs = std::filesystem;

// The steps of --scale, in output pages (the table: 5, 50, 500, 2,000), then on
// by ×2.5 up to the asked size.
constexpr int kScaleSteps[] = {5, 50, 500, 2000, 5000, 10000, 20000};

double cpu_ms(const rusage& u) {
  return u.ru_utime.tv_sec * 1e3 + u.ru_utime.tv_usec / 1e3 + u.ru_stime.tv_sec * 1e3 +
         u.ru_stime.tv_usec / 1e3;
}

BuildOptions build_options(const BenchOptions& b) {
  BuildOptions opt;
  opt.allow_outside = b.allow_outside;
  opt.quiet = true;
  opt.pdf = b.pdf;
  opt.epub = b.epub;
  opt.out_dir = (fs::temp_directory_path() / "wenzhai-bench").string();
  return opt;
}

const char* outputs(const BenchOptions& b) {
  return b.pdf && b.epub ? "PDF + EPUB" : b.pdf ? "PDF" : "EPUB";
}

// One build in a child process: its wall ms, pages, and the child's CPU ms and peak
// memory (the kernel's accounting, so each step's memory is its own).
struct Step {
  int repeat = 1, pages = 0;
  double ms = 0, cpu = 0, mib = 0;
};

Step run_child(const BenchOptions& b, int repeat) {
  int fds[2];
  if (pipe(fds) != 0) throw Error("bench: pipe failed");
  std::fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) throw Error("bench: fork failed");
  if (pid == 0) {
    close(fds[0]);
    double out[2] = {-1, 0};
    try {
      BuildOptions opt = build_options(b);
      opt.repeat = repeat;
      Summary s = build(b.manifest, opt);
      out[0] = s.ms_total, out[1] = s.pages;
    } catch (const std::exception& e) {
      std::fprintf(stderr, "wenzhai: error: %s\n", e.what());
    }
    ssize_t n = write(fds[1], out, sizeof out);
    _exit(n == sizeof out && out[0] >= 0 ? 0 : 1);
  }
  close(fds[1]);
  double got[2] = {-1, 0};
  ssize_t n = read(fds[0], got, sizeof got);
  close(fds[0]);
  int status = 0;
  rusage u{};
  wait4(pid, &status, 0, &u);
  if (n != sizeof got || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw Error(SourcePos{b.manifest},
                "bench --scale: the build of " + std::to_string(repeat) + " copies failed");
  return {repeat, static_cast<int>(got[1]), got[0], cpu_ms(u), u.ru_maxrss / 1024.0};
}

int scale_table(const BenchOptions& b) {
  Step one = run_child(b, 1);
  if (one.pages <= 0) throw Error(SourcePos{b.manifest}, "bench --scale: the digest has no pages");
  std::printf("wenzhai bench --scale %d %s (%s): %d pages a copy; one child process per step\n",
              b.scale, b.manifest.c_str(), outputs(b), one.pages);
  std::printf("%8s %7s %10s %9s %12s %9s\n", "copies", "pages", "wall ms", "ms/page", "cpu ms/page",
              "peak MiB");
  std::vector<int> steps;
  for (int s : kScaleSteps)
    if (s < b.scale) steps.push_back(s);
  steps.push_back(b.scale);
  int last = 0;
  for (int target : steps) {
    const int repeat = std::max(1, static_cast<int>(std::lround(double(target) / one.pages)));
    if (repeat == last) continue;
    last = repeat;
    Step s = repeat == 1 ? one : run_child(b, repeat);
    std::printf("%8d %7d %10.0f %9.2f %12.2f %9.0f\n", s.repeat, s.pages, s.ms, s.ms / s.pages,
                s.cpu / s.pages, s.mib);
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace

int cmd_bench(const BenchOptions& b) {
  if (b.scale > 0) return scale_table(b);
  BuildOptions opt = build_options(b);
  std::vector<Summary> all;
  rusage u0{}, u1{};
  getrusage(RUSAGE_SELF, &u0);
  for (int i = 0; i < b.runs; ++i) all.push_back(build(b.manifest, opt));
  getrusage(RUSAGE_SELF, &u1);
  const double cpu = (cpu_ms(u1) - cpu_ms(u0)) / b.runs;
  auto med = [&](double Summary::*f) {
    std::vector<double> v;
    for (auto& s : all) v.push_back(s.*f);
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
  };
  const double total = med(&Summary::ms_total);
  std::printf("wenzhai bench %s (%s): %d runs, %d pages\n", b.manifest.c_str(), outputs(b), b.runs,
              all[0].pages);
  std::printf("median %.1f ms per digest (%.1f pages/s)\n", total, all[0].pages * 1000.0 / total);
  std::printf(
      "  cpu %.1f ms per digest (all threads; wall time above is inflated on a busy machine)\n",
      cpu);
  std::printf("  peak memory %.0f MiB (the process, over all runs)\n", u1.ru_maxrss / 1024.0);
  std::printf(
      "  ingest %.1f ms (cpu %.1f ms), layouts and fonts %.1f ms, typeset %.1f ms, epub %.1f ms, "
      "pdf %.1f ms, write %.1f ms\n",
      med(&Summary::ms_ingest), med(&Summary::cpu_ms_ingest), med(&Summary::ms_layouts),
      med(&Summary::ms_typeset), med(&Summary::ms_epub), med(&Summary::ms_pdf),
      med(&Summary::ms_write));
  std::printf(
      "  pictures %.1f ms: check %.1f ms (before rendering, outside the stages above), pdf "
      "%.1f ms and epub %.1f ms (parts of those stages); %d files, %d copies shrunk to "
      "image_max_dpi, %d decodes\n",
      med(&Summary::ms_pictures_check) + med(&Summary::ms_pictures_pdf) +
          med(&Summary::ms_pictures_epub),
      med(&Summary::ms_pictures_check), med(&Summary::ms_pictures_pdf),
      med(&Summary::ms_pictures_epub), all[0].pictures, all[0].pictures_shrunk,
      all[0].picture_decodes);
  return 0;
}

}  // namespace wz::cli
