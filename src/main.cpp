// wenzhai entry point: everything is in cli/.
#include <malloc.h>

#include "cli/cli.h"

// One malloc arena for the whole process. glibc otherwise gives worker threads (font subsets,
// EPUB fonts, parallel deflate) arenas of their own, whose freed memory the main thread never
// reuses: at 3,987 pages (scripts/scale-digest.sh 292, /usr/bin/time -v) the peak resident
// size was 458-502 MiB with them, 394-399 MiB with one (two arenas: 417 MiB). The price, in
// CPU time (farm-bench, one arena / several): five pages 0.98, 995 pages 1.10-1.14 (system
// time about doubles; not trimming: a higher trim threshold did not change it).
constexpr int kMallocArenas = 1;

int main(int argc, char** argv) {
  mallopt(M_ARENA_MAX, kMallocArenas);
  return wz::cli::run(argc, argv);
}
