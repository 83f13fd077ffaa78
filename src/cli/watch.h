// cli/watch: `wenzhai watch MANIFEST` — build, then rebuild whenever an input changes.
// Consumes: a manifest path and build options. Produces: the outputs (through build(), so
// each is written to a temporary file and renamed), and on standard error one report per
// build: what changed, the time it took, its warnings and errors. The inputs watched
// (inotify, on their directories, so that editors' save-by-rename is seen) are the
// manifest, its sources, its cover image and its issues' layout files; the set is read
// again before every build. A rebuild does only what its changes need (cli/rebuild.h):
// the pages are not read again when only a layout or the cover changed, the EPUB is kept
// when only what the PDF alone reads changed (margins, page size, columns), nothing is
// made again for a file saved unchanged; the outputs are the bytes a full build writes.
// SIGINT and SIGTERM end the watch between builds, never during one.
#pragma once
#include <string>
#include <vector>

#include "cli/pipeline.h"

namespace wz::cli {

struct WatchOptions {
  BuildOptions build;
  int max_builds = 0;  // stop after this many builds (0 = until interrupted); for tests
};

// The files a build of `manifest` reads that an editor may change, absolute and
// normalised. When the manifest cannot be read, just the manifest.
std::vector<std::string> watched_inputs(const std::string& manifest, const BuildOptions& opt);

int cmd_watch(const std::string& manifest, const WatchOptions& opt);

}  // namespace wz::cli
