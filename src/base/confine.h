// base/confine: where inputs may come from.
// Consumes: a path an input names (a source page, the cover, a layout's font file) and the
// policy: the directory trees inputs must resolve into (the manifest's directory, the
// manifest's [options] roots, the installed layouts/ and fonts/), or allow_outside
// (--allow-outside). Produces: nothing, or the reason the input is refused: missing, a
// directory, not a regular file (devices, FIFOs, sockets), a file of /proc or /sys, or
// resolving (after symlinks) outside every root. A build never publishes /etc/shadow
// because a manifest or a planted symlink named it.
#pragma once
#include <string>
#include <vector>

namespace wz {

struct InputPolicy {
  std::vector<std::string> roots;  // directories; inputs must resolve inside one of them
  bool allow_outside = false;      // --allow-outside: any regular file
};

// "" when `path` may be read as an input under `policy`, else why not (one sentence).
std::string input_refused(const std::string& path, const InputPolicy& policy);

}  // namespace wz
