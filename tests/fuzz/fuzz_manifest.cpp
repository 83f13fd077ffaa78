// libFuzzer target: the manifest reader (toml++, then every key's checks). Sources are
// resolved against a scratch directory that holds one page, so valid manifests get far.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/error.h"
#include "model/manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string dir = [] {
    auto d = std::filesystem::temp_directory_path() / "wz-fuzz-manifest";
    std::filesystem::create_directories(d);
    std::ofstream(d / "page.txt") << "标题\n\n正文。\n";
    return d.string();
  }();
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    (void)wz::model::parse_manifest(text, dir + "/digest.toml");
  } catch (const wz::Error&) {
  }
  return 0;
}
