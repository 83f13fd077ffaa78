// cli/batch: `wenzhai build A.toml B.toml … --jobs N` — many digests in one process.
// Consumes: manifest paths and build options. Produces: each digest's outputs, exactly as
// its own `wenzhai build` would write them (each digest has its own font table; the font
// files are mapped and fontconfig asked once per process: fontfile::mapped, find_font), and
// per digest, in manifest order, its summary (under --json one JSON line with "manifest")
// or its error. Returns 0 when all were built, else the worst exit code (1 input, 3 output).
#pragma once
#include <string>
#include <vector>

#include "cli/pipeline.h"

namespace wz::cli {

// Two manifests of one stem would write the same OUT/<stem>.pdf: the message refusing
// them before any build (a usage error), naming both; "" when the stems differ.
std::string same_stems(const std::vector<std::string>& manifests);

int build_batch(const std::vector<std::string>& manifests, const BuildOptions& opt, int jobs);

}  // namespace wz::cli
