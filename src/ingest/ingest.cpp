#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>

#include "base/file.h"
#include "ingest/assemble.h"
#include "ingest/chars.h"
#include "ingest/encoding.h"
#include "ingest/lines.h"
#include "ingest/normalize.h"
#include "ingest/reorder.h"
#include "ingest/segment.h"
#include "ingest/unwrap.h"

namespace wz::ingest {

namespace {

bool is_structured(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".md" || ext == ".markdown";
}

}  // namespace

namespace {

// A line joined from several file lines (ingest/unwrap.h): the file lines after its first
// go where the first went. Set aside whole, each file line is reported with its own text
// (the joined line's entry keeps its first file line's), so nothing is listed twice.
void spread_over_joined(const std::vector<SourceLine>& lines, PageReport& r) {
  std::vector<Furniture> more;
  for (auto& f : r.furniture)
    for (const auto& l : lines)
      if (f.whole && l.span > 1 && f.line == l.line) f.text = r.raw_lines[l.line - 1];
  for (const auto& l : lines) {
    for (int k = l.line; k < l.line + l.span - 1; ++k) {
      r.line_owner[k] = r.line_owner[l.line - 1];
      r.line_role[k] = r.line_role[l.line - 1];
      if (r.line_owner[k] == -1) more.push_back(Furniture{k + 1, r.raw_lines[k], "joined line"});
    }
  }
  r.furniture.insert(r.furniture.end(), more.begin(), more.end());
}

// Says that the page was read as column lines, and which width.
Doubt unwrap_note(const Unwrapped& u, size_t page_lines) {
  Doubt d;
  d.kind = Doubt::Kind::Join;
  d.first_line = 1;
  d.last_line = static_cast<int>(page_lines);
  d.message = "the page reads as column lines about " + std::to_string(u.width / 2) +
              " characters wide (as a PDF extractor gives them): " + std::to_string(u.joined) +
              " lines that follow a full line were joined to it as one paragraph";
  return d;
}

// The largest raw page read. Evidence for joins weighs every pair of lines (ingest/
// evidence.h), so a page's work grows with the square of its lines: 1,000 lines take about
// a second; the largest page in the corpus has 144 lines and 17 KB. A file beyond either
// limit is refused (split it into its pages), never left to run for hours.
constexpr size_t kMaxPageLines = 1000;
constexpr size_t kMaxPageBytes = size_t{1} << 20;  // 1 MB of UTF-8

// Refuses a page beyond kMaxPageBytes or kMaxPageLines, naming the file and the limit.
void check_page_bytes(std::string_view text, const std::string& path) {
  if (text.size() > kMaxPageBytes)
    throw Error(SourcePos{path}, "page too large: " + std::to_string(text.size()) +
                                     " bytes of text; the limit is " +
                                     std::to_string(kMaxPageBytes) +
                                     " bytes (1 MB) a page: split the file into its pages");
}
void check_page_lines(const std::vector<SourceLine>& lines, const std::string& path) {
  if (lines.size() > kMaxPageLines)
    throw Error(SourcePos{path, lines[kMaxPageLines].line},
                "page too long: " + std::to_string(lines.size()) + " lines of text; the limit is " +
                    std::to_string(kMaxPageLines) +
                    " lines a page (this is the first line past it): split the file into its "
                    "pages");
}

// ASCII marks against Chinese in the page's lines turned full width (normalize_marks), so
// the evidence reads one form of every mark: a web copy's "(记者 林涛)" signs a brief as
// "（记者 林涛）" does. Columns were measured on the raw widths before.
void read_marks_as_chinese(std::vector<SourceLine>& lines) {
  for (auto& l : lines) l.text = normalize_marks(l.text);
}

// Raw page text (UTF-8) -> the page report: segmentation, reading-order repair,
// normalisation, and the owner of every line. `checked`: the text is page_to_utf8's,
// valid UTF-8 already (a page's bytes are long; they are checked once).
PageReport read_raw_report(std::string_view text, const std::string& path, const Options& opt,
                           bool checked) {
  SqueezeMemoScope memo;  // (also for read_raw_page and read_source: chars.h)
  check_page_bytes(text, path);
  std::vector<SourceLine> file_lines = checked ? read_valid_lines(text) : read_lines(text, path);
  check_page_lines(file_lines, path);
  Unwrapped page = unwrap_columns(std::move(file_lines));
  if (opt.normalize_punctuation) read_marks_as_chinese(page.lines);
  const std::vector<SourceLine>& lines = page.lines;
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
  spread_over_joined(lines, r);
  if (page.joined > 0) seg.doubts.push_back(unwrap_note(page, r.raw_lines.size()));
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
  return read_raw_report(bytes, path, opt, false).articles;
}

PageReport read_page_report(std::string_view raw, const std::string& path, const Options& opt,
                            bool structured) {
  SqueezeMemoScope memo;  // the page's lines decoded once for its line tests (chars.h)
  std::string text = page_to_utf8(raw, path, opt.encoding);  // GB18030, UTF-16... -> UTF-8
  if (structured || is_structured(path)) {
    PageReport r;
    r.path = path;
    r.articles = read_structured(text, path, opt);
    r.jumps.resize(r.articles.size());
    return r;
  }
  return read_raw_report(text, path, opt, true);
}

std::vector<model::Article> read_source(const std::string& path, const Options& opt) {
  std::string bytes = page_to_utf8(read_file(path), path, opt.encoding);
  if (is_structured(path)) return read_structured(bytes, path, opt);
  return read_raw_report(bytes, path, opt, true).articles;  // (checked by page_to_utf8)
}

}  // namespace wz::ingest
