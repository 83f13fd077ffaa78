// libFuzzer target: the layout reader (toml++, every key, the cross-field checks).
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/error.h"
#include "model/layout.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    (void)wz::model::parse_layout(text, "fuzz.toml");
  } catch (const wz::Error&) {
  }
  return 0;
}
