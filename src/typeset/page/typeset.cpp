#include "typeset/page/typeset.h"

#include <cstdio>

#include "base/utf8.h"

#include "typeset/fonts/font_library.h"
#include "typeset/page/flow.h"
#include "typeset/page/frontmatter.h"

namespace wz::typeset {
namespace {

constexpr int kArticleGapRows = 1;  // one blank grid line, with a hairline, between articles
constexpr size_t kUntitledChars = 12;  // TOC entry of an article without headline

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

std::string toc_title(const model::Article& a) {
  if (!a.head.headline.empty()) return a.head.headline;
  if (!a.head.kicker.empty()) return a.head.kicker;
  for (const auto& b : a.blocks) {  // no headline: the opening words of the text
    std::u32string t = utf8::decode(model::plain_text(b.text));
    if (!t.empty()) return utf8::encode(t.substr(0, kUntitledChars)) + "……";
  }
  return "（无题）";
}

// Headline groups spanning the columns, text in bands under them.
void set_articles_in_bands(const model::Issue& is, Context& cx, Flow& flow, TocIssue& toc) {
  for (size_t n = 0; n < is.articles.size(); ++n) {
    const auto& a = is.articles[n];
    SpanBlock head = make_head(a, cx, cx.geo.area_w);
    std::vector<Row> rows = make_rows(a, cx);
    if (cx.layout.article_start == "new-page" && !flow.at_top()) flow.new_page();
    else flow.separator(kArticleGapRows, true);
    int keep = std::min<int>(Flow::kKeepLines, static_cast<int>(rows.size()));
    Anchor art = head.lines.empty() ? flow.place_rows({}) : flow.place_span(head, keep);
    flow.place_rows(rows);
    toc.articles.push_back({toc_title(a), art.page, art.y});
  }
}

// Headline groups inside the columns, one continuous flow balanced at the issue's end.
void set_articles_in_columns(const model::Issue& is, Context& cx, Flow& flow, TocIssue& toc) {
  for (size_t n = 0; n < is.articles.size(); ++n) {
    const auto& a = is.articles[n];
    if (cx.layout.article_start == "new-page" && n > 0) {
      flow.finish(false);
      flow.new_page();
    } else if (n > 0) {
      Row gap;
      gap.kind = "blank";
      gap.rule = cx.layout.article_start == "rule" || cx.geo.columns > 1;
      flow.add(std::move(gap));
    }
    Row head = head_row(a, cx);
    head.anchor = static_cast<int>(n);
    std::vector<Row> rows = make_rows(a, cx);
    if (head.block.empty() && !rows.empty()) rows.front().anchor = static_cast<int>(n);
    if (!head.block.empty()) flow.add(std::move(head));
    for (auto& r : rows) flow.add(std::move(r));
  }
  flow.finish(true);
  for (size_t n = 0; n < is.articles.size(); ++n) {
    auto it = flow.anchors().find(static_cast<int>(n));
    Anchor at = it == flow.anchors().end() ? Anchor{toc.page, toc.y} : it->second;
    toc.articles.push_back({toc_title(is.articles[n]), at.page, at.y});
  }
}

// One issue: its opening, then its articles.
void set_issue(const model::Issue& is, const model::Layout& L, FontLibrary& fonts, Flow& flow,
               TocIssue& toc) {
  Geometry g = make_geometry(L);
  RoleFaces faces = resolve_faces(L, fonts);
  Context cx{L, g, faces, fonts, shape_options(L)};
  flow.new_page();
  Anchor at = flow.place_span(issue_opening(is, cx), Flow::kKeepLines);
  toc.page = at.page, toc.y = at.y;
  if (L.headline_span) set_articles_in_bands(is, cx, flow, toc);
  else set_articles_in_columns(is, cx, flow, toc);
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
