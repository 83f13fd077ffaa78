#include "ingest/ingest.h"

#include <filesystem>

#include "base/file.h"
#include "ingest/assemble.h"
#include "ingest/lines.h"
#include "ingest/reorder.h"
#include "ingest/segment.h"

namespace wz::ingest {

std::vector<model::Article> read_raw_page(std::string_view bytes, const std::string& path,
                                          const Options& opt) {
  std::vector<SourceLine> lines = read_lines(bytes, path);
  if (lines.empty()) throw Error(SourcePos{path, 0, 0}, "empty page (no text in the file)");
  Segmentation seg = segment_lines(lines, path);
  repair_reading_order(seg.articles);
  return assemble(std::move(seg.articles), opt);
}

std::vector<model::Article> read_source(const std::string& path, const Options& opt) {
  std::string bytes = read_file(path);
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".md" || ext == ".markdown") return read_structured(bytes, path);
  return read_raw_page(bytes, path, opt);
}

}  // namespace wz::ingest
