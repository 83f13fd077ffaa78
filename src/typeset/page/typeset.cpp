#include "typeset/page/typeset.h"

#include <cstdio>

#include "typeset/fonts/font_library.h"
#include "typeset/page/flow.h"
#include "typeset/page/frontmatter.h"

namespace wz::typeset {
namespace {

constexpr int kArticleGapRows = 1;  // one blank grid line, with a hairline, between articles

ShapeOptions shape_options(const model::Layout& L) {
  ShapeOptions so;
  so.punct = L.punctuation;
  so.prohibition = L.prohibition;
  so.vertical = L.direction == "vertical";
  return so;
}

SpanBlock issue_opening(const model::Issue& is, Context& cx) {
  SpanBlock b;
  double y = 0;
  const auto& st = cx.layout.style("issue_title");
  add_span_lines(b, set_display(is.title, "issue_title", cx.geo.area_w, cx), st, "issue-title", y);
  if (!is.date.empty())
    add_span_lines(b, set_display(is.date, "subheadline", cx.geo.area_w, cx),
                   cx.layout.style("subheadline"), "issue-date", y);
  y += st.space_after * cx.geo.pitch;
  finish_span(b, y, cx.geo);
  b.rows += 1;  // room for the rule under the opening
  b.rule_after = 1.2;
  return b;
}

// One issue: its opening, then each article's headline group and column material.
void set_issue(const model::Issue& is, const model::Layout& L, FontLibrary& fonts,
               Flow& flow, TocIssue& toc) {
  Geometry g = make_geometry(L);
  RoleFaces faces = resolve_faces(L, fonts);
  Context cx{L, g, faces, fonts, shape_options(L)};
  flow.new_page();
  Anchor at = flow.place_span(issue_opening(is, cx), Flow::kKeepLines);
  toc.page = at.page, toc.y = at.y;
  for (const auto& a : is.articles) {
    SpanBlock head = make_head(a, cx);
    std::vector<Row> rows = make_rows(a, cx);
    if (L.article_start == "new-page" && !flow.at_top()) flow.new_page();
    else flow.separator(kArticleGapRows, L.article_start == "rule" || L.columns > 1);
    int keep = std::min<int>(Flow::kKeepLines, static_cast<int>(rows.size()));
    Anchor art = head.lines.empty() ? flow.place_rows({}) : flow.place_span(head, keep);
    flow.place_rows(rows);
    std::string title = !a.head.headline.empty() ? a.head.headline : a.head.kicker;
    if (title.empty() && !rows.empty()) title = rows.front().line.text;
    toc.articles.push_back({title, art.page, art.y});
  }
}

}  // namespace

TypesetResult typeset_digest(const model::Digest& d, const std::vector<model::Layout>& layouts,
                             FontLibrary& fonts) {
  TypesetResult r;
  r.doc.meta.title = d.title;
  r.doc.meta.author = d.editor.empty() ? d.publisher : d.editor;
  r.doc.meta.subject = d.subtitle;
  r.doc.meta.language = d.language;
  const model::Layout& front = layouts.empty() ? model::parse_layout("", "digest-a4.toml") : layouts[0];
  Frontmatter fm(r.doc, r.lines, front, fonts);
  fm.cover(d);
  int toc_pages = fm.toc_page_count(d);
  for (int i = 0; i < toc_pages; ++i) fm.reserve_page();
  fm.first_body_page = 1 + toc_pages;
  std::vector<TocIssue> toc(d.issues.size());
  for (size_t i = 0; i < d.issues.size(); ++i) {
    Geometry g = make_geometry(layouts[i]);
    Flow f(r.doc, r.lines, g);
    toc[i].title = d.issues[i].title;
    set_issue(d.issues[i], layouts[i], fonts, f, toc[i]);
    for (int p = toc[i].page; p < static_cast<int>(r.doc.pages.size()); ++p)
      fm.furniture(p, d.title, d.issues[i].title, layouts[i]);
  }
  fm.toc(toc, 1);
  fm.outline(toc);
  r.doc.fonts = fonts.faces();
  r.missing = fonts.missing();
  for (const auto& l : r.lines)
    if (l.overfull) r.warnings.push_back("overfull line on page " + std::to_string(l.page + 1) + ": " + l.text);
  return r;
}

std::string dump_lines(const std::vector<LineRecord>& lines) {
  std::string out;
  char buf[256];
  for (const auto& l : lines) {
    std::snprintf(buf, sizeof buf, "p%d c%d y=%.2f x=%.2f w=%.2f/%.2f %s%s%s%s ", l.page + 1,
                  l.column + 1, l.baseline, l.x, l.width, l.measure, l.kind.c_str(),
                  l.first ? " first" : "", l.last ? " last" : "", l.overfull ? " OVERFULL" : "");
    out += buf;
    if (l.shrunk > 0.005 || l.stretched > 0.005) {
      std::snprintf(buf, sizeof buf, "adj=-%.2f+%.2f ", l.shrunk, l.stretched);
      out += buf;
    }
    out += "|" + l.text + "|\n";
  }
  return out;
}

}  // namespace wz::typeset
