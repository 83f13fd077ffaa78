// base/data_dir: where the program's data (layouts/, fonts/) is.
// Consumes: the running program's path (/proc/self/exe) and the source tree the build
// came from. Produces: PREFIX/share/wenzhai when the program runs installed (PREFIX/bin/
// wenzhai, `cmake --install` or the .deb), else the source tree (a build run in place).
#pragma once
#include <string>

namespace wz {

// The installed data folder relative to the program (kInstalledData), when it holds
// layouts/; else `build_tree`.
std::string data_dir(const std::string& build_tree);

// PREFIX/bin/wenzhai → PREFIX/share/wenzhai (GNUInstallDirs' defaults, as CMakeLists.txt
// installs them).
inline constexpr const char* kInstalledData = "../share/wenzhai";

}  // namespace wz
