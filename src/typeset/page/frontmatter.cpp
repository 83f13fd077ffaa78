#include "typeset/page/frontmatter.h"

#include <cmath>

#include "typeset/fonts/font_library.h"

namespace wz::typeset {
namespace {

using model::FontRole;
using model::TextStyle;

constexpr int kTocTitleRows = 3;  // "目录" and the space under it
constexpr double kCoverTitleSize = 36, kCoverSubtitleSize = 16, kCoverMetaSize = 12;

TextStyle style(FontRole role, double size, const char* align = "center") {
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

}  // namespace

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

void Frontmatter::reserve_page() {
  pages::Page p;
  p.width = g_.page_w, p.height = g_.page_h;
  doc_.pages.push_back(std::move(p));
}

void Frontmatter::cover(const model::Digest& d) {
  reserve_page();
  int page = static_cast<int>(doc_.pages.size()) - 1;
  doc_.pages[page].label = "封面";
  Context cx{L_, g_, faces_, fonts_, {}};
  double w = g_.area_w, x = g_.area_x;
  double y = g_.page_h * 0.3;
  int element = 0;  // each line of the cover is an element of its own
  auto put = [&](const std::string& text, const TextStyle& st, const char* kind) {
    if (text.empty()) return;
    pages::Tag tag;
    tag.block = element++;
    place(set_text(text, st, w, cx), page, x, y, st.size * 1.5, kind, tag);
  };
  put(d.title, style(FontRole::Headline, kCoverTitleSize), "cover-title");
  y += kCoverTitleSize * 0.5;
  put(d.subtitle, style(FontRole::Body, kCoverSubtitleSize), "cover-subtitle");
  pages::Item rule;
  rule.kind = pages::Item::Kind::Rule;
  rule.rule = {x + w * 0.2, y, x + w * 0.8, y, 1.0};
  doc_.pages[page].items.push_back(rule);
  y += kCoverMetaSize * 3;
  for (const auto& is : d.issues)
    put(is.title + (is.date.empty() ? "" : "　" + is.date), style(FontRole::Body, kCoverMetaSize),
        "cover-issue");
  y = g_.page_h * 0.78;
  put(d.editor.empty() ? "" : "编者：" + d.editor, style(FontRole::Kai, kCoverMetaSize),
      "cover-meta");
  put(d.publisher, style(FontRole::Kai, kCoverMetaSize), "cover-meta");
  put(d.date, style(FontRole::Body, kCoverMetaSize), "cover-meta");
}

int Frontmatter::toc_page_count(const model::Digest& d) const {
  int rows = kTocTitleRows;
  for (const auto& is : d.issues) rows += 2 + static_cast<int>(is.articles.size());
  return std::max(1, (rows + g_.rows - 1) / g_.rows);
}

void Frontmatter::toc(const std::vector<TocIssue>& issues, int first_page) {
  Context cx{L_, g_, faces_, fonts_, {}};
  int page = first_page, row = 0, entry = 0;
  auto line = [&](const std::string& text, FontRole role, double indent, int target, double ty) {
    if (row >= g_.rows) ++page, row = 0;
    double base = g_.baseline(row);
    double num_w = 4 * g_.em;  // room for the page number
    TextStyle st = style(role, L_.style("toc").size, "left");
    pages::Tag tag;  // the entry's title and page number label its link
    tag.block = entry++;
    tag.link = static_cast<int>(doc_.pages[page].links.size());
    place(set_text(text, st, g_.area_w - indent - num_w, cx), page, g_.area_x + indent, base, 0,
          "toc", tag);
    double b2 = base;
    place(set_text(folio_text(target, first_body_page),
                   style(FontRole::Body, L_.style("toc").size, "right"), num_w, cx),
          page, g_.area_x + g_.area_w - num_w, b2, 0, "toc-page", tag);
    doc_.pages[page].links.push_back({g_.area_x, base - g_.em, g_.area_w, g_.pitch, target, ty});
    ++row;
  };
  double y = g_.baseline(0);
  place(set_text("目　录", style(FontRole::Headline, g_.em * 1.8), g_.area_w, cx), page, g_.area_x,
        y, 0, "toc-title");
  row = kTocTitleRows;
  for (const auto& is : issues) {
    if (row > kTocTitleRows) ++row;
    line(is.title, FontRole::Headline, 0, is.page, is.y);
    for (const auto& a : is.articles) line(a.title, FontRole::Body, 2 * g_.em, a.page, a.y);
  }
  for (int p = first_page; p < first_body_page; ++p) {
    doc_.pages[p].label = p == first_page ? "目录" : "目录" + std::to_string(p - first_page + 1);
  }
}

void Frontmatter::furniture(int page, const std::string& digest_title,
                            const std::string& issue_title, const model::Layout& L) {
  Geometry g = make_geometry(L);
  Context cx{L, g, faces_, fonts_, {}};
  const TextStyle& rh = L.style("running_head");
  const TextStyle& fo = L.style("folio");
  bool verso = (page - first_body_page) % 2 == 1;
  doc_.pages[page].label = folio_text(page, first_body_page);
  if (L.running_head) {
    double base = g.area_y - g.pitch * 0.9;
    TextStyle st = rh;
    st.align = verso ? "left" : "right";
    place(set_text(verso ? digest_title : issue_title, st, g.area_w, cx), page, g.area_x, base, 0,
          "running-head");
    pages::Item rule;
    rule.kind = pages::Item::Kind::Rule;
    double ry = base + rh.size * 0.5;
    rule.rule = {g.area_x, ry, g.area_x + g.area_w, ry, 0.5};
    doc_.pages[page].items.push_back(rule);
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
    for (const auto& a : is.articles) b.children.push_back({a.title, a.page, a.y, {}, false});
    doc_.outline.push_back(std::move(b));
  }
}

}  // namespace wz::typeset
