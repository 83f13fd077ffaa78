#include "ingest/ingest.h"

#include <filesystem>

#include "base/file.h"
#include "ingest/assemble.h"
#include "ingest/lines.h"
#include "ingest/reorder.h"
#include "ingest/segment.h"

namespace wz::ingest {

namespace {

bool is_structured(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".md" || ext == ".markdown";
}

std::vector<std::string> split_lines(std::string_view bytes) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= bytes.size()) {
    size_t nl = bytes.find('\n', start);
    size_t end = nl == std::string_view::npos ? bytes.size() : nl;
    std::string l(bytes.substr(start, end - start));
    if (!l.empty() && l.back() == '\r') l.pop_back();
    out.push_back(std::move(l));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

}  // namespace

std::vector<model::Article> read_raw_page(std::string_view bytes, const std::string& path,
                                          const Options& opt) {
  std::vector<SourceLine> lines = read_lines(bytes, path);
  if (lines.empty()) throw Error(SourcePos{path, 0, 0}, "empty page (no text in the file)");
  Segmentation seg = segment_lines(lines, path);
  repair_reading_order(seg.articles);
  return assemble(std::move(seg.articles), opt);
}

// STUB (to be replaced by the new segmenter): articles from the old pipeline, owners
// from block positions.
PageReport read_page_report(std::string_view bytes, const std::string& path, const Options& opt) {
  PageReport r;
  r.path = path;
  if (is_structured(path)) {
    r.articles = read_structured(bytes, path);
    return r;
  }
  r.articles = read_raw_page(bytes, path, opt);
  r.raw_lines = split_lines(bytes);
  r.line_owner.assign(r.raw_lines.size(), -2);
  for (size_t i = 0; i < r.raw_lines.size(); ++i)
    if (r.raw_lines[i].find_first_not_of(" \t\r") != std::string::npos) r.line_owner[i] = -1;
  for (size_t a = 0; a < r.articles.size(); ++a) {
    auto own = [&](int line) {
      if (line >= 1 && line <= static_cast<int>(r.line_owner.size()))
        r.line_owner[line - 1] = static_cast<int>(a);
    };
    own(r.articles[a].head.pos.line);
    for (const auto& b : r.articles[a].blocks) own(b.pos.line);
  }
  return r;
}

IssueReport read_issue(const std::vector<std::string>& paths, const Options& opt) {
  IssueReport ir;
  for (const auto& p : paths) {
    ir.pages.push_back(read_page_report(read_file(p), p, opt));
    const auto& arts = ir.pages.back().articles;
    ir.articles.insert(ir.articles.end(), arts.begin(), arts.end());
  }
  return ir;
}

std::vector<model::Article> read_source(const std::string& path, const Options& opt) {
  std::string bytes = read_file(path);
  if (is_structured(path)) return read_structured(bytes, path);
  return read_raw_page(bytes, path, opt);
}

}  // namespace wz::ingest
