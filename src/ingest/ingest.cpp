#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>

#include "base/file.h"
#include "ingest/assemble.h"
#include "ingest/encoding.h"
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

}  // namespace

namespace {

// Raw page text (UTF-8) -> the page report: segmentation, reading-order repair,
// normalisation, and the owner of every line.
PageReport read_raw_report(std::string_view text, const std::string& path, const Options& opt) {
  std::vector<SourceLine> lines = read_lines(text, path);
  if (lines.empty()) throw Error(SourcePos{path, 0, 0}, "empty page (no text in the file)");
  Segmentation seg = segment_lines(lines, path);
  repair_reading_order(seg.articles, *seg.evidence, seg.doubts);
  PageReport r;
  r.path = path;
  r.raw_lines = split_lines(text);
  r.line_owner.assign(r.raw_lines.size(), -2);
  for (const auto& l : lines) r.line_owner[l.line - 1] = -1;
  std::vector<ProtoArticle> kept;
  for (auto& p : seg.articles) {
    if (p.blocks.empty() && p.headline.empty() && p.kicker.empty()) {
      for (int l : p.lines)
        seg.furniture.push_back(
            Furniture{l, r.raw_lines[l - 1], "jump head or label with no text"});
      continue;
    }
    int a = static_cast<int>(kept.size());
    for (int l : p.lines) r.line_owner[l - 1] = a;
    for (const auto& b : p.blocks)
      for (int l : b.lines) r.line_owner[l - 1] = a;
    r.jumps.push_back(JumpEnds{p.jump_out, p.jump_in, p.jump_head});
    kept.push_back(std::move(p));
  }
  for (const auto& f : seg.furniture)
    if (f.whole) r.line_owner[f.line - 1] = -1;
  r.line_role.assign(r.raw_lines.size(), "");
  for (size_t i = 0; i < lines.size(); ++i) r.line_role[lines[i].line - 1] = seg.roles[i];
  r.articles = assemble(std::move(kept), opt);
  r.furniture = std::move(seg.furniture);
  std::sort(r.furniture.begin(), r.furniture.end(),
            [](const Furniture& x, const Furniture& y) { return x.line < y.line; });
  r.doubts = std::move(seg.doubts);
  std::stable_sort(r.doubts.begin(), r.doubts.end(),
                   [](const Doubt& x, const Doubt& y) { return x.first_line < y.first_line; });
  return r;
}

}  // namespace

std::vector<model::Article> read_raw_page(std::string_view bytes, const std::string& path,
                                          const Options& opt) {
  return read_raw_report(bytes, path, opt).articles;
}

PageReport read_page_report(std::string_view raw, const std::string& path, const Options& opt,
                            bool structured) {
  std::string text = page_to_utf8(raw, path, opt.encoding);  // GB18030, UTF-16... -> UTF-8
  if (structured || is_structured(path)) {
    PageReport r;
    r.path = path;
    r.articles = read_structured(text, path, opt);
    r.jumps.resize(r.articles.size());
    return r;
  }
  return read_raw_report(text, path, opt);
}

std::vector<model::Article> read_source(const std::string& path, const Options& opt) {
  std::string bytes = page_to_utf8(read_file(path), path, opt.encoding);
  if (is_structured(path)) return read_structured(bytes, path, opt);
  return read_raw_page(bytes, path, opt);
}

}  // namespace wz::ingest
