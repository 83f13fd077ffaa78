#include "base/data_dir.h"

#include <filesystem>
#include <system_error>

namespace wz {

std::string data_dir(const std::string& build_tree) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = (exe.parent_path() / kInstalledData).lexically_normal();
    if (fs::is_directory(installed / "layouts", ec)) return installed.string();
  }
  return build_tree;
}

}  // namespace wz
