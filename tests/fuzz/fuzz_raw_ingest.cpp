// libFuzzer target: raw page text (any bytes, any encoding detection) through ingest, and
// its outputs (structured source, JSON). wz::Error is a clean refusal; anything else —
// a crash, a sanitizer report, another exception — is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/error.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  try {
    auto page = wz::ingest::read_page_report(bytes, "fuzz.txt", {}, false);
    (void)wz::ingest::write_structured(page.articles);
    (void)wz::ingest::write_segment_json(page.articles);
  } catch (const wz::Error&) {
  }
  return 0;
}
