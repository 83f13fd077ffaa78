// libFuzzer target: structured Markdown source through ingest (md4c) and back out.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/error.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto articles = wz::ingest::read_structured(bytes, "fuzz.md");
    (void)wz::ingest::write_structured(articles);
  } catch (const wz::Error&) {
  }
  return 0;
}
