// cli/bench: `wenzhai bench`, the benchmark that builds what `build` builds.
// Consumes: a manifest and the bench options. Produces: on stdout, the median ms per
// digest, pages per second, CPU time, peak memory and the split by stage; with --scale,
// the same digest repeated to ever more pages, each step in a fresh child process, with
// the ms and CPU per page and the step's peak memory. Prints; asserts nothing.
#pragma once
#include <string>

namespace wz::cli {

struct BenchOptions {
  std::string manifest;
  int runs = 15;
  bool pdf = true, epub = true;  // default: both, as `build`
  bool allow_outside = false;
  int scale = 0;  // > 0: the scaling table up to this many pages
};

int cmd_bench(const BenchOptions& b);

}  // namespace wz::cli
