// wenzhai entry point: everything is in cli/.
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "cli/cli.h"

// One malloc arena for the whole process. glibc otherwise gives worker threads (font subsets,
// EPUB fonts, parallel deflate) arenas of their own, whose freed memory the main thread never
// reuses: at 3,987 pages (scripts/scale-digest.sh 292, /usr/bin/time -v) the peak resident
// size was 458-502 MiB with them, 394-399 MiB with one (two arenas: 417 MiB). The price, in
// CPU time (alternating pairs of whole processes, one arena / several): five pages 0.98,
// 995 pages 1.10-1.14 (system time about doubles; not trimming: a higher trim threshold did
// not change it).
constexpr int kMallocArenas = 1;

// Page faults are much of a build's system time: on the shared 2-core build machine a first touch
// of a 4 KiB page costs ~15 us of CPU (4,000 pages: 61 ms), the same pages made present by one
// madvise(MADV_POPULATE_WRITE) ~7 us each. The five-page digest took ~3,900 faults, ~2,000 of them
// in the heap, and glibc gave memory back (large blocks as mappings of their own, the heap's top
// trimmed after frees) only to fault it in again. So the heap starts with kHeapStart bytes present
// (the five pages use ~11 MiB of heap; past 8 MiB a page populated saved less than half a fault)
// and keeps that much free at its top (M_TOP_PAD: glibc trims down to it and grows the heap by it),
// and blocks up to kHeapLargeBlock come from the heap rather than from mappings of their own, each
// faulted in afresh. Five pages, whole processes run alternately with the build before (two series
// of 20 pairs, load average 6-8): CPU 0.84x and 0.91x (system time 0.75x), page faults ~3,900 ->
// ~1,600, peak memory 58 -> 59 MiB. At 3,974 pages the peak is unchanged (385 MiB): the build gives
// the typeset pages' memory back (cli/pipeline).
constexpr std::size_t kHeapStart = std::size_t{8} << 20;
constexpr int kHeapLargeBlock = 32 << 20;  // glibc's largest mmap threshold (HEAP_MAX / 2)

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23  // Linux 5.14; an older kernel refuses it and nothing is lost
#endif

// The malloc settings above, and the heap's first kHeapStart bytes made present at once.
void prepare_heap() {
  mallopt(M_ARENA_MAX, kMallocArenas);
  mallopt(M_TOP_PAD, static_cast<int>(kHeapStart));
  mallopt(M_MMAP_THRESHOLD, kHeapLargeBlock);
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  char* before = static_cast<char*>(sbrk(0));
  void* held[64];
  int n = 0;  // small blocks until the heap grows (by kHeapStart: M_TOP_PAD), then freed
  while (n < 64 && static_cast<char*>(sbrk(0)) == before) held[n++] = std::malloc(64 << 10);
  while (n > 0) std::free(held[--n]);
  const auto from = (reinterpret_cast<std::uintptr_t>(before) + page - 1) & ~(page - 1);
  const auto to = reinterpret_cast<std::uintptr_t>(sbrk(0));
  if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_POPULATE_WRITE);
}

int main(int argc, char** argv) {
  prepare_heap();
  return wz::cli::run(argc, argv);
}
