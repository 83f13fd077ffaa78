#include "typeset/page/frontmatter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "base/image.h"
#include "typeset/fonts/font_library.h"
#include "typeset/page/issue.h"

namespace wz::typeset {
namespace {

using model::FontRole;
using model::Style;
using model::TextStyle;

constexpr int kTocTitleRows = 3;  // the heading 目录 and the space under it
// Indents of the contents levels under an issue's line: an article two ems in, its section
// heads two more, so that each level reads as belonging to the one above.
constexpr double kTocArticleIndentEm = 2, kTocSectionIndentEm = 4;
// Cover sizes on an A4 page; a larger page (a 四开 digest's) scales them up with its width,
// up to twice; a smaller one keeps them (a 36 pt title still fits A5).
constexpr double kCoverTitleSize = 36, kCoverSubtitleSize = 16, kCoverMetaSize = 12;
constexpr double kA4WidthPt = 595.276, kCoverMaxScale = 2;
// The cover's title stands a little above the optical centre (a fifth of the page down),
// the editor's lines at the foot of the type area.
constexpr double kCoverTitleAt = 0.2, kCoverMetaAt = 0.8;
// The cover's issue list and rules take the middle of the type area.
constexpr double kCoverTableShare = 0.7;
// Contents: the page number's box (four figures) and the least run of leaders (two dots'
// worth) between a title and its number, in em of the contents size.
constexpr double kTocNumberEm = 3, kTocMinLeaderEm = 2, kTocLeaderGapEm = 0.5;
// 两字线 of a Chinese ellipsis: the leader is a run of "…", one per em.
constexpr const char* kLeader = "…";
constexpr double kMm = 72.0 / 25.4;
// The cover image is left off the PDF cover when the issue list leaves it less than this
// much height (a stamp-sized picture is no cover); the build then warns.
constexpr double kCoverPictureMinMm = 25;

// The manifest's cover image between the issue list and the editor's lines: as large as
// the space allows, no wider than the issue list, centred (frame_item); its alt text is
// the digest's title, as the EPUB's cover page has it.
bool cover_picture(pages::Document& doc, int page, const model::Digest& d, double x, double w,
                   double top, double bottom, int element) {
  if (d.options.cover_image.empty()) return true;
  if (bottom - top < kCoverPictureMinMm * kMm) return false;
  Image img = image_header(d.options.cover_image);  // checked by the build (cli/pipeline)
  Row r;
  r.picture = d.options.cover_image, r.alt = d.title;
  r.aspect = static_cast<double>(img.height) / img.width;
  r.line.tag.block = element;
  pages::Item it = frame_item(doc, r, {x, top, w, bottom - top});
  it.picture().x = x + (w - it.picture().w) / 2;
  it.picture().y = top + (bottom - top - it.picture().h) / 2;
  doc.pages[page].items.push_back(std::move(it));
  return true;
}

TextStyle style(FontRole role, double size, model::Align align = model::Align::Center) {
  TextStyle s;
  s.font = role;
  s.size = size;
  s.align = align;
  s.leading = 1.5;
  return s;
}

std::string folio_text(int page, int first_body) {
  return std::to_string(page - first_body + 1);
}

std::string number(double v) {
  char buf[32];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, p);
}

// Page sizes of the layouts, in issue order, counted.
std::pair<double, double> common_size(const std::vector<model::Layout>& layouts) {
  std::map<std::pair<double, double>, int> count;
  for (const auto& L : layouts) ++count[{L.page_width, L.page_height}];
  const std::pair<double, double> a4{210, 297};
  int best = 0;
  for (const auto& [size, n] : count) best = std::max(best, n);
  if (count.count(a4) && count[a4] == best) return a4;
  for (const auto& L : layouts)
    if (count[{L.page_width, L.page_height}] == best) return {L.page_width, L.page_height};
  return a4;
}

}  // namespace

std::string issue_heading(const std::string& title, const std::string& date) {
  return date.empty() ? title : title + "　" + model::chinese_date(date);
}

model::Layout front_layout(const model::Digest& d, const std::vector<model::Layout>& layouts) {
  auto [w, h] = common_size(layouts);
  model::Layout L =
      !d.front_size.empty()
          ? model::parse_layout("[page]\nsize = \"" + d.front_size + "\"\n", "[frontmatter]")
          : model::parse_layout("[page]\nwidth = " + number(w) + "\nheight = " + number(h) + "\n",
                                "[frontmatter]");
  // A Traditional edition's cover and contents take the faces its issues were given.
  for (const auto& is : layouts)
    if (model::traditional(d.options.variant) && is.variant == d.options.variant) {
      L.fonts = is.fonts, L.variant = is.variant;
      break;
    }
  return L;
}

ShapeOptions Frontmatter::shape_options() const {
  ShapeOptions so;
  so.variant = L_.variant;
  return so;
}

Frontmatter::Frontmatter(pages::Document& doc, std::vector<LineRecord>& rec, const model::Layout& L,
                         FontLibrary& fonts)
    : doc_(doc),
      rec_(rec),
      L_(L),
      g_(make_geometry(L)),
      faces_(resolve_faces(L, fonts)),
      fonts_(fonts) {}

void Frontmatter::place(std::vector<SetLine> lines, int page, double x, double& baseline,
                        double advance, const std::string& kind, pages::Tag tag) {
  for (auto& l : lines) {
    l.tag = tag;
    emit_line(doc_, rec_, page, l, x, baseline, -1, kind);
    baseline += advance;
  }
}

double Frontmatter::cover_scale() const {
  return std::clamp(g_.page_w / kA4WidthPt, 1.0, kCoverMaxScale);
}

void Frontmatter::rule(int page, double x0, double x1, double y, double width) {
  doc_.pages[page].items.push_back(pages::Item{pages::Rule{x0, y, x1, y, width}});
}

void Frontmatter::reserve_page() {
  pages::Page p;
  p.width = g_.page_w, p.height = g_.page_h;
  doc_.pages.push_back(std::move(p));
}

// The issues on the cover: each title at the left of the table, its date at the right.
// As many as fit above the editor's lines; past that the last line counts them all
// (the contents list every one).
void Frontmatter::cover_issues(const model::Digest& d, int page, double& y, int& element) {
  Context cx{L_, g_, faces_, fonts_, shape_options()};
  double w = g_.area_w * kCoverTableShare, x = g_.area_x + (g_.area_w - w) / 2;
  const double meta = kCoverMetaSize * cover_scale();
  double advance = meta * 2;
  size_t room = static_cast<size_t>(std::max(1.0, (g_.page_h * kCoverMetaAt - y) / advance - 1));
  size_t shown = d.issues.size() <= room ? d.issues.size() : room - 1;
  for (size_t i = 0; i < shown; ++i) {
    const model::Issue& is = d.issues[i];
    auto date = set_text(model::chinese_date(is.date),
                         style(FontRole::Body, meta, model::Align::Right), w, cx);
    double date_w = date.empty() ? 0 : date.back().width;
    auto title = set_text(is.title, style(FontRole::Headline, meta, model::Align::Left),
                          w - date_w - meta, cx);
    double base = y;
    pages::Tag tag;  // an issue's title and date: one element of the cover
    tag.block = element++;
    place(title, page, x, y, advance, "cover-issue", tag);
    place(date, page, x, base, 0, "cover-issue-date", tag);
  }
  pages::Tag more;
  more.block = element++;
  if (shown < d.issues.size())
    place(set_text(d.labels.issues_before + std::to_string(d.issues.size()) + d.labels.issues_after,
                   style(FontRole::Body, meta, model::Align::Left), w, cx),
          page, x, y, advance, "cover-issue", more);
}

void Frontmatter::cover(const model::Digest& d) {
  reserve_page();
  int page = static_cast<int>(doc_.pages.size()) - 1;
  doc_.pages[page].label = d.labels.cover;
  Context cx{L_, g_, faces_, fonts_, shape_options()};
  double w = g_.area_w, x = g_.area_x;
  // A double frame round the type area, as a digest's cover is ruled.
  for (auto [inset, width] : {std::pair{0.0, 1.5}, std::pair{1.5 * kMm, 0.5}}) {
    doc_.pages[page].items.push_back(
        pages::Item{pages::Box{x - 4 * kMm + inset, g_.area_y - 4 * kMm + inset,
                               w + 8 * kMm - 2 * inset, g_.area_h + 8 * kMm - 2 * inset, width}});
  }
  double y = g_.page_h * kCoverTitleAt;
  int element = 0;  // each line of the cover is an element of its own
  auto put = [&](const std::string& text, const TextStyle& st, const char* kind) {
    if (text.empty()) return;
    pages::Tag tag;
    tag.block = element++;
    place(set_text(text, st, w, cx), page, x, y, st.size * 1.5, kind, tag);
  };
  const double k = cover_scale(), meta = kCoverMetaSize * k;
  put(d.title, style(FontRole::Headline, kCoverTitleSize * k), "cover-title");
  y += kCoverTitleSize * k * 0.2;
  put(d.subtitle, style(FontRole::Body, kCoverSubtitleSize * k), "cover-subtitle");
  double rx0 = x + w * (1 - kCoverTableShare) / 2, rx1 = x + w - w * (1 - kCoverTableShare) / 2;
  rule(page, rx0, rx1, y, 1.5);
  rule(page, rx0, rx1, y + 2.5, 0.5);
  y += meta * 3.5;
  cover_issues(d, page, y, element);
  rule(page, rx0, rx1, y - meta, 0.5);
  if (!cover_picture(doc_, page, d, rx0, rx1 - rx0, y + meta, g_.page_h * kCoverMetaAt - 3 * meta,
                     element++))
    warnings.push_back("the cover image is not on the PDF cover: the issue list leaves no room");
  y = g_.page_h * kCoverMetaAt;
  put(d.editor.empty() ? "" : d.labels.editor + d.editor, style(FontRole::Kai, meta), "cover-meta");
  put(d.publisher, style(FontRole::Kai, meta), "cover-meta");
  put(model::chinese_date(d.date), style(FontRole::Body, meta), "cover-meta");
}

std::vector<SetLine> Frontmatter::toc_title_lines(const std::string& title, const std::string& date,
                                                  bool issue, double indent) const {
  const TextStyle& toc = L_.style(Style::Toc);
  double size = toc.size;
  ParaSpec p;
  p.runs.push_back(
      {title, issue ? faces_.headline : faces_.of(toc.font), static_cast<float>(size)});
  if (issue && !date.empty())
    p.runs.push_back(
        {"　" + model::chinese_date(date), faces_.of(toc.font), static_cast<float>(size * 0.9)});
  p.measure = g_.area_w - indent - (kTocNumberEm + kTocMinLeaderEm) * size;
  p.align = Align::Left;
  p.em = size;
  return set_paragraph(p, fonts_, {});
}

int Frontmatter::toc_rows(const std::string& title, const std::string& date, bool issue,
                          double indent) const {
  return std::max<int>(1, toc_title_lines(title, date, issue, indent).size());
}

int Frontmatter::toc_page_count(const model::Digest& d) const {
  int rows = kTocTitleRows;
  for (const auto& is : d.issues) {
    rows += 1 + toc_rows(is.title, is.date, true, 0);
    if (depth == model::TocDepth::Issue) continue;
    for (const auto& a : is.articles) {
      rows += toc_rows(toc_title(a, d.labels.untitled), "", false, kTocArticleIndentEm * g_.em);
      if (depth != model::TocDepth::Section) continue;
      for (const auto& title : section_titles(a))
        rows += toc_rows(title, "", false, kTocSectionIndentEm * g_.em);
    }
  }
  return std::max(1, (rows + g_.rows - 1) / g_.rows);
}

void Frontmatter::toc_entry(const std::vector<SetLine>& lines, int& page, int& row, double indent,
                            int target, double ty, int entry) {
  Context cx{L_, g_, faces_, fonts_, shape_options()};
  const TextStyle& toc = L_.style(Style::Toc);
  double size = toc.size, num_w = kTocNumberEm * size;
  if (row + static_cast<int>(lines.size()) > g_.rows) ++page, row = 0;
  pages::Tag tag;  // the entry's title and page number label its link
  tag.block = entry;
  tag.link = static_cast<int>(doc_.pages[page].links.size());
  double top = g_.baseline(row) - g_.em;
  double base = 0;
  for (const auto& l : lines) {
    base = g_.baseline(row++);
    place({l}, page, g_.area_x + indent, base, 0, "toc", tag);
  }
  // Leaders: whole ems of "…" ending half an em before the number's box, so that the
  // dots of every entry stand in the same columns.
  double end = g_.area_x + g_.area_w - toc_number_w_ - kTocLeaderGapEm * size;
  double start = g_.area_x + indent + lines.back().dx + lines.back().width + kTocLeaderGapEm * size;
  int dots = static_cast<int>(std::floor((end - start) / size));
  if (dots > 0) {
    std::string leader;
    for (int i = 0; i < dots; ++i) leader += kLeader;
    place(set_text(leader, style(toc.font, size, model::Align::Left), dots * size + 1, cx), page,
          end - dots * size, base, 0, "toc-leader");
  }
  place(set_text(folio_text(target, first_body_page),
                 style(FontRole::Body, size, model::Align::Right), num_w, cx),
        page, g_.area_x + g_.area_w - num_w, base, 0, "toc-page", tag);
  doc_.pages[page].links.push_back(
      {g_.area_x, top, g_.area_w, base - top + g_.pitch - g_.em, target, ty});
}

void Frontmatter::toc(const std::vector<TocIssue>& issues, int first_page) {
  Context cx{L_, g_, faces_, fonts_, shape_options()};
  // The leaders end where the widest page number begins: the last page's.
  double size = L_.style(Style::Toc).size;
  auto widest = set_text(folio_text(static_cast<int>(doc_.pages.size()) - 1, first_body_page),
                         style(FontRole::Body, size, model::Align::Left), kTocNumberEm * size, cx);
  toc_number_w_ = widest.empty() ? 0 : widest[0].width;
  int page = first_page, row = 0, entry = 0;
  double y = g_.baseline(0);
  place(set_text(labels.contents_heading, style(FontRole::Headline, g_.em * 1.8), g_.area_w, cx),
        page, g_.area_x, y, 0, "toc-title");
  rule(page, g_.area_x, g_.area_x + g_.area_w, g_.baseline(1), 0.5);
  row = kTocTitleRows;
  for (const auto& is : issues) {
    if (row > kTocTitleRows) ++row;
    toc_entry(toc_title_lines(is.title, is.date, true, 0), page, row, 0, is.page, is.y, entry++);
    if (depth == model::TocDepth::Issue) continue;
    const double ai = kTocArticleIndentEm * g_.em, si = kTocSectionIndentEm * g_.em;
    for (const auto& a : is.articles) {
      toc_entry(toc_title_lines(a.title, "", false, ai), page, row, ai, a.page, a.y, entry++);
      for (const auto& sec : a.sections)
        toc_entry(toc_title_lines(sec.title, "", false, si), page, row, si, sec.page, sec.y,
                  entry++);
    }
  }
  for (int p = first_page; p < first_body_page; ++p) {
    doc_.pages[p].label =
        p == first_page ? labels.contents : labels.contents + std::to_string(p - first_page + 1);
  }
}

void Frontmatter::furniture(int page, const std::string& digest_title,
                            const std::string& issue_title, const model::Layout& L) {
  Geometry g = make_geometry(L);
  ShapeOptions so = shape_options();
  so.variant = L.variant;  // the issue's, which may differ from the edition's
  Context cx{L, g, faces_, fonts_, so};
  const TextStyle& rh = L.style(Style::RunningHead);
  const TextStyle& fo = L.style(Style::Folio);
  bool verso = (page - first_body_page) % 2 == 1;
  doc_.pages[page].label = folio_text(page, first_body_page);
  if (L.running_head) {
    double base = g.area_y - g.pitch * 0.9;
    TextStyle st = rh;
    st.align = verso ? model::Align::Left : model::Align::Right;
    place(set_text(verso ? digest_title : issue_title, st, g.area_w, cx), page, g.area_x, base, 0,
          "running-head");
    double ry = base + rh.size * 0.5;
    rule(page, g.area_x, g.area_x + g.area_w, ry, 0.5);
  }
  if (L.folio) {
    double base = g.area_y + g.area_h + g.pitch * 1.5;
    place(set_text(folio_text(page, first_body_page), fo, g.area_w, cx), page, g.area_x, base, 0,
          "folio");
  }
}

void Frontmatter::outline(const std::vector<TocIssue>& issues) {
  for (const auto& is : issues) {
    pages::Bookmark b{is.title, is.page, is.y, {}, true};
    if (depth != model::TocDepth::Issue)
      for (const auto& a : is.articles) {
        pages::Bookmark ab{a.title, a.page, a.y, {}, false};
        for (const auto& sec : a.sections)
          ab.children.push_back({sec.title, sec.page, sec.y, {}, false});
        b.children.push_back(std::move(ab));
      }
    doc_.outline.push_back(std::move(b));
  }
}

}  // namespace wz::typeset
