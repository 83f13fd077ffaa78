#include "typeset/page/blocks.h"
#include <algorithm>

#include <cmath>

#include "base/error.h"
#include "base/image.h"
#include "lang/phrases.h"
#include "typeset/fonts/font_library.h"
#include "typeset/page/tags.h"

namespace wz::typeset {
namespace {

using model::Block;
using model::BlockKind;
using model::Span;
using model::Style;
using model::TextStyle;

// A photo's frame (typography.md "Photo items"): until images are placed, an empty box
// across the column that marks where the photo stands, with the caption under it and the
// credit right-aligned. 0.3 of the column's width tall, 2 to 4 grid rows: a slot, not a
// landscape photo's own height (half the width, 3–8 rows), which left pages of empty
// boxes and more holes at the column feet (makeup-audit fill faults on the five full
// pages 3 → 5: a frame kept with its caption moves whole).
constexpr double kPhotoAspect = 0.3;
constexpr int kPhotoMaxRows = 4;  // kPhotoMinRows: blocks.h
// A picture takes the whole grid rows its height at column width needs (rounded up: the
// baseline grid holds below it), at most this share of a column's rows, so a portrait
// picture leaves room for its caption (it is then set narrower, centred). (0.35 was tried
// on the sample: the book-a5 photo item still moved whole to the next page.)
constexpr double kPictureMaxShare = 0.5;

// Reading-tip box: text inset 1 em from the frame on each side (newspaper practice).
constexpr double kTipInsetEm = 1.0;

// Inline spans → styled runs: bylines and strong text in the block's face made bold
// (a heavier stroke of the same face keeps the line's colour and grid; typography.md:
// bylines set bold), emphasis in Kai, the rest in the block's face.
std::vector<StyledRun> runs_of(const model::Inline& in, int face, double size, const RoleFaces& f) {
  std::vector<StyledRun> runs;
  for (const Span& s : in) {
    StyledRun r{s.text, face, static_cast<float>(size)};
    r.bold = s.style == Span::Style::Byline || s.style == Span::Style::Strong;
    if (s.style == Span::Style::Emphasis) r.face = f.kai;
    r.lang = s.lang;
    runs.push_back(std::move(r));
  }
  return runs;
}

ParaSpec spec_of(const std::vector<StyledRun>& runs, const TextStyle& st, double measure) {
  ParaSpec p;
  p.runs = runs;
  p.measure = measure;
  p.indent = st.indent * st.size;
  p.align = st.align;
  p.em = st.size;
  return p;
}

std::vector<SetLine> set_styled(const std::vector<StyledRun>& runs, const TextStyle& st,
                                double measure, Context& cx, int looseness = 0) {
  ParaSpec p = spec_of(runs, st, measure);
  p.looseness = looseness;
  return set_paragraph(p, cx.fonts, cx.shape);
}

// A byline or photo credit: broken only between names, each name kept with its role word
// and a credit's 摄 (lang::byline_breaks); one that will not fit so is set by the clreq
// rules alone.
std::vector<SetLine> set_byline(const std::vector<StyledRun>& runs, const TextStyle& st,
                                double measure, Context& cx) {
  std::string text;
  for (const auto& r : runs) text += r.text;
  ParaSpec p = spec_of(runs, st, measure);
  p.breaks = lang::byline_breaks(text);
  std::vector<SetLine> lines = set_paragraph(p, cx.fonts, cx.shape);
  if (std::none_of(lines.begin(), lines.end(), [](const SetLine& l) { return l.overfull; }))
    return lines;
  return set_styled(runs, st, measure, cx);
}

bool any_overfull(const std::vector<SetLine>& lines) {
  return std::any_of(lines.begin(), lines.end(), [](const SetLine& l) { return l.overfull; });
}

// friso's words for display-line breaks, one segmenter per thread (it caches what it read).
const lang::WordSegmenter& display_words() {
  thread_local lang::WordSegmenter words;
  return words;
}

// A reading tip's or a caption's text: justified as the body is, broken only between
// words (lang::word_breaks); where no such breaking fits, by the clreq rules alone.
std::vector<SetLine> set_boxed(const std::vector<StyledRun>& runs, const TextStyle& st,
                               double measure, Context& cx) {
  std::string text;
  for (const auto& r : runs) text += r.text;
  ParaSpec p = spec_of(runs, st, measure);
  p.breaks = lang::word_breaks(display_words(), text);
  std::vector<SetLine> lines = set_paragraph(p, cx.fonts, cx.shape);
  if (!any_overfull(lines)) return lines;
  return set_styled(runs, st, measure, cx);
}

// The size a display style may step down to rather than break a word: the next smaller
// of the display styles and the body (issue: never below the next style's size).
double floor_size(const model::Layout& L, double size) {
  double floor = L.body_size < size - 0.01 ? L.body_size : 0;
  for (Style name : {Style::Headline, Style::Kicker, Style::Subheadline}) {
    double s = L.style(name).size;
    if (s < size - 0.01) floor = std::max(floor, s);
  }
  return floor > 0 ? floor : size;
}

// Display sizes are stepped down by this much at a time (half a point).
constexpr double kDisplayStep = 0.5;

}  // namespace

std::vector<SetLine> set_display_runs(const std::vector<StyledRun>& runs, const TextStyle& st,
                                      double measure, Context& cx) {
  // A break the editor put in the head (model::kLineBreak): each part set on its own.
  for (size_t r = 0; r < runs.size(); ++r) {
    size_t br = runs[r].text.find(model::kLineBreak);
    if (br == std::string::npos) continue;
    std::vector<StyledRun> before(runs.begin(), runs.begin() + r + 1),
        after(runs.begin() + r, runs.end());
    before.back().text.resize(br);
    after.front().text.erase(0, br + model::kLineBreak.size());
    std::vector<SetLine> lines = set_display_runs(before, st, measure, cx);
    std::vector<SetLine> rest = set_display_runs(after, st, measure, cx);
    if (!lines.empty() && !rest.empty()) lines.back().last = false, rest.front().first = false;
    lines.insert(lines.end(), std::make_move_iterator(rest.begin()),
                 std::make_move_iterator(rest.end()));
    return lines;
  }
  std::string text;
  for (const auto& r : runs) text += r.text;
  ParaSpec p;
  p.measure = measure;
  p.indent = st.indent * st.size;
  p.align = st.align;
  p.breaks = lang::display_breaks(display_words(), text);
  // Broken at phrases and words only; where a word will not fit, a smaller size, down to
  // the next style's; failing that, the clreq rules alone.
  double floor = floor_size(cx.layout, st.size);
  for (double size = st.size; size >= floor - 0.01; size -= kDisplayStep) {
    p.runs = runs;
    for (auto& r : p.runs) r.size = static_cast<float>(r.size * size / st.size);
    p.em = size;
    std::vector<SetLine> lines = set_paragraph(p, cx.fonts, cx.shape);
    if (!any_overfull(lines)) return lines;
  }
  return set_styled(runs, st, measure, cx);
}

namespace {

void push_rows(std::vector<Row>& rows, std::vector<SetLine> lines, RowKind kind, double x = 0,
               int frame = -1) {
  for (auto& l : lines) {
    Row r;
    r.line = std::move(l);
    r.kind = kind;
    r.x = x;
    r.frame = frame;
    rows.push_back(std::move(r));
  }
}

void blank_rows(std::vector<Row>& rows, double count) {
  for (int i = 0; i < static_cast<int>(std::lround(count)); ++i) {
    Row r;
    r.kind = RowKind::Blank;
    rows.push_back(std::move(r));
  }
}

void tip_rows(std::vector<Row>& rows, const Block& b, Context& cx) {
  const TextStyle& st = cx.layout.style(Style::ReadingTip);
  int frame = cx.next_frame++;
  double inset = kTipInsetEm * cx.geo.em;
  double measure = cx.geo.column_w - 2 * inset;
  blank_rows(rows, st.space_before);
  TextStyle label = st;
  label.align = Align::Left;
  label.indent = 0;
  push_rows(
      rows,
      set_styled({{cx.layout.labels.reading_tip, cx.faces.headline, static_cast<float>(st.size)}},
                 label, measure, cx),
      RowKind::TipLabel, inset, frame);
  rows.back().keep_with_next = true;
  push_rows(rows,
            set_boxed(runs_of(b.text, cx.faces.of(st.font), st.size, cx.faces), st, measure, cx),
            RowKind::Tip, inset, frame);
  // The box is kept whole in one column.
  for (size_t i = rows.size(); i-- > 0 && rows[i].frame == frame;) rows[i].keep_with_next = true;
  rows.back().keep_with_next = false;
  blank_rows(rows, std::max(1.0, st.space_after));
}

bool is_photo_text(BlockKind k) {
  return k == BlockKind::Caption || k == BlockKind::Credit;
}

// The photo's frame: rows of one frame id (the flows box them as they box a reading tip),
// kept with the caption's first lines.
void photo_rows(std::vector<Row>& rows, Context& cx) {
  int frame = cx.next_frame++;
  int n = static_cast<int>(std::lround(cx.geo.column_w * kPhotoAspect / cx.geo.pitch));
  n = std::clamp(n, kPhotoMinRows, kPhotoMaxRows);
  for (int i = 0; i < n; ++i) {
    Row r;
    r.kind = RowKind::Photo;
    r.frame = frame;
    r.keep_with_next = true;
    rows.push_back(std::move(r));
  }
}

// A picture's frame: whole grid rows for its height at column width (vertical: whole
// lines for its width at the column's measure), kept together and with the caption.
void picture_rows(std::vector<Row>& rows, const Block& b, Context& cx) {
  Image img = image_header(b.image.file, "image");  // checked by ingest/pictures
  const double aspect = static_cast<double>(img.height) / img.width;
  const double across = cx.layout.vertical() ? cx.geo.column_w / aspect : cx.geo.column_w * aspect;
  int n = static_cast<int>(std::ceil(across / cx.geo.pitch - 0.01));
  int most = std::max(kPhotoMinRows, static_cast<int>(cx.geo.rows * kPictureMaxShare));
  n = std::clamp(n, kPhotoMinRows, most);
  int frame = cx.next_frame++;
  for (int i = 0; i < n; ++i) {
    Row r;
    r.kind = RowKind::Photo;
    r.frame = frame;
    r.keep_with_next = true;
    r.picture = b.image.file;
    r.alt = b.image.alt;
    r.aspect = aspect;
    rows.push_back(std::move(r));
  }
}

void block_rows(std::vector<Row>& rows, const Block& b, Context& cx, int looseness) {
  auto styled = [&](Style style, RowKind kind) {
    const TextStyle& st = cx.layout.style(style);
    blank_rows(rows, st.space_before);
    auto runs = runs_of(b.text, cx.faces.of(st.font), st.size, cx.faces);
    const double w = cx.geo.column_w;
    push_rows(rows,
              b.kind == BlockKind::SectionHead ? set_display_runs(runs, st, w, cx)
              : b.kind == BlockKind::Byline || b.kind == BlockKind::Credit
                  ? set_byline(runs, st, w, cx)
              : b.kind == BlockKind::Caption ? set_boxed(runs, st, w, cx)
                                             : set_styled(runs, st, w, cx),
              kind);
    blank_rows(rows, st.space_after);
  };
  switch (b.kind) {
    case BlockKind::Paragraph:
      push_rows(rows, set_body(b, cx, 0, {}, looseness), RowKind::Paragraph);
      break;
    case BlockKind::SectionHead:
      styled(Style::SectionHead, RowKind::SectionHead);
      if (!rows.empty()) rows.back().keep_with_next = true;
      break;
    case BlockKind::ReadingTip:
      tip_rows(rows, b, cx);
      break;
    case BlockKind::Byline:
      styled(Style::Byline, RowKind::Byline);
      break;
    case BlockKind::Caption:
      styled(Style::Caption, RowKind::Caption);
      break;
    case BlockKind::Credit:
      styled(Style::Credit, RowKind::Credit);
      break;
    case BlockKind::EditorNote:
      styled(Style::ReadingTip, RowKind::EditorNote);
      break;
    case BlockKind::Continuation:
      styled(Style::Credit, RowKind::Continuation);
      break;
    case BlockKind::Image:
      picture_rows(rows, b, cx);
      break;
  }
}

}  // namespace

const char* to_string(RowKind k) {
  switch (k) {
    case RowKind::Paragraph:
      return "paragraph";
    case RowKind::Byline:
      return "byline";
    case RowKind::SectionHead:
      return "section-head";
    case RowKind::TipLabel:
      return "tip-label";
    case RowKind::Tip:
      return "tip";
    case RowKind::Caption:
      return "caption";
    case RowKind::Credit:
      return "credit";
    case RowKind::Photo:
      return "photo";
    case RowKind::EditorNote:
      return "editor-note";
    case RowKind::Continuation:
      return "continuation";
    case RowKind::Blank:
      return "blank";
    case RowKind::Head:
      return "head";
    case RowKind::PageBreak:
      return "page-break";
    case RowKind::IssueOpening:
      return "issue-opening";
  }
  return "?";
}

void emit_line(pages::Document& doc, std::vector<LineRecord>& records, int page, const SetLine& l,
               double x, double baseline, int column, const std::string& kind) {
  for (const auto& run : l.runs) {
    pages::Item it{run};
    it.run().x = x + l.dx + run.x;
    it.run().y = baseline + run.y;
    it.tag = l.tag;
    it.tag.role = role_of_kind(kind);
    doc.pages[page].items.push_back(std::move(it));
  }
  if (l.runs.empty()) return;
  LineRecord r;
  r.page = page, r.column = column, r.kind = kind;
  r.x = x + l.dx, r.baseline = baseline, r.width = l.width, r.measure = l.measure;
  r.shrunk = l.shrunk, r.stretched = l.stretched;
  r.first = l.first, r.last = l.last, r.overfull = l.overfull;
  r.text = l.text;
  records.push_back(std::move(r));
}

pages::Item frame_item(pages::Document& doc, const Row& first, const pages::Box& rect,
                       bool vertical) {
  if (first.picture.empty()) return pages::Item{rect};
  pages::Item it{pages::Picture{}};
  auto at = std::find(doc.images.begin(), doc.images.end(), first.picture);
  if (at == doc.images.end()) at = doc.images.insert(at, first.picture);
  pages::Picture& p = it.picture();
  p.image = static_cast<int>(at - doc.images.begin());
  p.alt = first.alt;
  p.w = rect.w, p.h = rect.w * first.aspect;
  if (vertical || p.h > rect.h) p.h = rect.h, p.w = rect.h / first.aspect;
  if (p.w > rect.w) p.w = rect.w, p.h = rect.w * first.aspect;
  p.x = vertical ? rect.x + rect.w - p.w : rect.x + (rect.w - p.w) / 2;
  p.y = rect.y;
  it.tag = first.line.tag;
  it.tag.role = pages::Tag::Role::Figure;
  return it;
}

int RoleFaces::of(model::FontRole r) const {
  switch (r) {
    case model::FontRole::Headline:
      return headline;
    case model::FontRole::Kai:
      return kai;
    case model::FontRole::Folio:
      return folio;
    default:
      return body;
  }
}

// A role's face; a font that is not installed is an error naming the layout and key.
int role_face(const model::Layout& L, model::FontRole role, FontLibrary& fonts) {
  try {
    return fonts.face_for(L.fonts.at(role));
  } catch (const Error& e) {
    throw Error(L.font_where(role),
                std::string("layout key 'fonts.") + model::to_string(role) + "': " + e.what());
  }
}

RoleFaces resolve_faces(const model::Layout& L, FontLibrary& fonts) {
  RoleFaces f;
  f.body = role_face(L, model::FontRole::Body, fonts);
  f.headline = role_face(L, model::FontRole::Headline, fonts);
  f.kai = role_face(L, model::FontRole::Kai, fonts);
  f.folio = role_face(L, model::FontRole::Folio, fonts);
  return f;
}

std::vector<SetLine> set_display(const std::string& text, Style style, double width, Context& cx) {
  const TextStyle& st = cx.layout.style(style);
  TextStyle s = st;
  if (s.align == Align::Justify) s.align = Align::Left;
  return set_display_runs({{text, cx.faces.of(st.font), static_cast<float>(st.size)}}, s, width,
                          cx);
}

std::vector<SetLine> set_body(const model::Block& b, Context& cx, std::uint32_t from,
                              std::vector<double> first_measures, int looseness) {
  std::vector<StyledRun> runs = runs_of(b.text, cx.faces.body, cx.geo.em, cx.faces);
  std::uint32_t at = 0;  // the runs' text before `from` dropped
  std::vector<StyledRun> tail;
  for (StyledRun& r : runs) {
    const auto end = at + static_cast<std::uint32_t>(r.text.size());
    if (end > from) {
      if (at < from) r.text.erase(0, from - at);
      tail.push_back(std::move(r));
    }
    at = end;
  }
  ParaSpec p;
  p.runs = std::move(tail);
  p.measure = cx.geo.column_w;
  p.first_measures = std::move(first_measures);
  p.indent = from == 0 ? cx.layout.indent * cx.geo.em : 0;
  p.em = cx.geo.em;
  p.looseness = looseness;
  std::vector<SetLine> lines = set_paragraph(p, cx.fonts, cx.shape);
  for (SetLine& l : lines) l.begin += from;
  if (from > 0 && !lines.empty()) lines.front().first = false;  // it goes on from a line
  return lines;
}

std::vector<SetLine> set_text(const std::string& text, const TextStyle& st, double width,
                              Context& cx) {
  return set_styled({{text, cx.faces.of(st.font), static_cast<float>(st.size)}}, st, width, cx);
}

void add_span_lines(SpanBlock& b, std::vector<SetLine> lines, const TextStyle& st,
                    const std::string& kind, double& y) {
  for (auto& l : lines) {
    double baseline = y + st.size * Geometry::kAscentEm;
    b.lines.emplace_back(std::move(l), baseline);
    b.kinds.push_back(kind);
    y += st.size * st.leading;
  }
}

void finish_span(SpanBlock& b, double y, const Geometry& g) {
  b.rows = std::max(1, static_cast<int>(std::ceil((y - 0.01) / g.pitch)));
  double slack = b.rows * g.pitch - y;  // centre the group in the rows it occupies
  for (auto& [line, base] : b.lines) base += slack / 2;
}

SpanBlock make_head(const model::Article& a, Context& cx, double width) {
  SpanBlock b;
  double y = 0;
  auto add = [&](const std::string& text, Style style, const char* kind) {
    if (text.empty()) return;
    const TextStyle& st = cx.layout.style(style);
    y += st.space_before * cx.geo.pitch;
    add_span_lines(b, set_display(text, style, width, cx), st, kind, y);
    y += st.space_after * cx.geo.pitch;
  };
  add(a.head.kicker, Style::Kicker, "kicker");
  add(a.head.headline, Style::Headline, "headline");
  add(a.head.subheadline, Style::Subheadline, "subheadline");
  if (b.lines.empty()) return b;
  finish_span(b, y, cx.geo);
  return b;
}

Row head_row(const model::Article& a, Context& cx) {
  SpanBlock b = make_head(a, cx, cx.geo.column_w);
  // At least [article] head_space_after lines free under the group: its bottom rows are
  // grown until the last line's em box ends that far above the next row. A byline of its
  // own under the head belongs to the group: the space then comes after the byline (its
  // style's space_after), not between the headline and its byline.
  const double want = cx.layout.head_space_after * cx.geo.pitch;
  const bool byline_next = !a.blocks.empty() && a.blocks.front().kind == BlockKind::Byline;
  if (!b.lines.empty() && want > 0 && !byline_next) {
    const auto& [last, base] = b.lines.back();
    double size = last.size > 0 ? last.size : cx.geo.em;
    double box_bottom = base + size * (1 - Geometry::kAscentEm);
    while (b.rows * cx.geo.pitch - box_bottom < want - 0.01) ++b.rows;
  }
  Row r;
  r.kind = RowKind::Head;
  r.height = b.rows;
  r.keep_with_next = true;
  r.block = std::move(b.lines);
  r.block_kinds = std::move(b.kinds);
  return r;
}

std::vector<Row> make_rows(const model::Article& a, Context& cx, const Looseness& loose) {
  std::vector<Row> rows;
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    size_t from = rows.size();
    const Block& b = a.blocks[i];
    if (is_photo_text(b.kind) && (i == 0 || (!is_photo_text(a.blocks[i - 1].kind) &&
                                             a.blocks[i - 1].kind != BlockKind::Image)))
      photo_rows(rows, cx);
    block_rows(rows, b, cx, i < loose.size() ? loose[i] : 0);
    // Bylines one after another (本报记者 …, then 本报通讯员 …) are one byline group: the
    // space after a byline comes after the last of them.
    if (b.kind == BlockKind::Byline && i + 1 < a.blocks.size() &&
        a.blocks[i + 1].kind == BlockKind::Byline)
      while (rows.size() > from && rows.back().kind == RowKind::Blank) rows.pop_back();
    for (size_t k = from; k < rows.size(); ++k) rows[k].line.tag.block = static_cast<int>(i);
    if (b.kind == BlockKind::Image && rows.size() > from)
      rows[from].alt = model::alt_text(a.blocks, i);  // the caption when the source gave none
  }
  while (!rows.empty() && rows.back().kind == RowKind::Blank) rows.pop_back();
  return rows;
}

}  // namespace wz::typeset
