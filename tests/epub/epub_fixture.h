// Shared fixtures for the EPUB tests: a hand-built digest with every block kind and
// hostile text, layouts, and helpers to read the container and run epubcheck.
#pragma once
#include <string>
#include <vector>

#include "model/document.h"
#include "model/layout.h"

namespace wz::epub::test {

model::Digest sample_digest(int issues = 2);
model::Layout horizontal_layout();
model::Layout vertical_layout();
std::vector<model::Layout> layouts_for(const model::Digest& d, bool vertical_last,
                                       bool all_vertical = false);

std::string tmp_path(const std::string& name);  // in a per-process temp dir
std::string read_bytes(const std::string& path);
// Entries of a zip, in central-directory order, and one entry's bytes.
std::vector<std::string> zip_names(const std::string& path);
std::string zip_entry(const std::string& path, const std::string& name);

// epubcheck's summary; `ran` false when java or the jar is missing.
struct CheckResult {
  bool ran = false;
  bool clean = false;  // 0 fatals / 0 errors / 0 warnings
  std::string output;
};
CheckResult epubcheck(const std::string& epub);

}  // namespace wz::epub::test
