// The broadsheet make-up: articles as blocks packed into the page's grid columns
// (broadsheet_plan), drawn by broadsheet_emit.
#include <algorithm>

#include "typeset/page/broadsheet.h"

#include "typeset/page/broadsheet_emit.h"
#include "typeset/page/issue.h"
#include "typeset/page/tags.h"

namespace wz::typeset {
namespace {

// The headline group's size follows the block's width (newspaper practice: a one-column
// brief gets a small head, a story across half the page or more the layout's full size).
// Factor of the layout's size for a block of k of `columns` columns.
double head_scale(int k, int columns) {
  return std::clamp(0.5 + static_cast<double>(k) / columns, 0.6, 1.0);
}
// Kicker and subheadline shrink less: they are small already.
double deck_scale(int k, int columns) {
  return std::clamp(0.75 + 0.5 * k / columns, 0.8, 1.0);
}

model::Layout scaled_heads(const model::Layout& L, int k, int columns) {
  model::Layout s = L;
  s.styles[model::Style::Headline].size *= head_scale(k, columns);
  s.styles[model::Style::Kicker].size *= deck_scale(k, columns);
  s.styles[model::Style::Subheadline].size *= deck_scale(k, columns);
  return s;
}

// Newspaper jump lines (model/labels.h): the part of an article continued on the next page
// ends with "（转下页）"; its rest opens with a small head, the headline and "（接上页）".

model::TextStyle jump_style(const model::Layout& L) {
  model::TextStyle st = L.style(model::Style::Credit);
  st.align = model::Align::Right;
  st.indent = 0;
  return st;
}

SpanBlock resumed_head(const model::Article& a, Context& cx, double width) {
  SpanBlock b;
  model::TextStyle st = cx.layout.style(model::Style::SectionHead);
  st.align = model::Align::Left;
  st.indent = 0;
  double y = 0;
  std::vector<StyledRun> runs{{toc_title(a, cx.layout.labels.untitled) + cx.layout.labels.resumed,
                               cx.faces.of(st.font), static_cast<float>(st.size)}};
  add_span_lines(b, set_display_runs(runs, st, width, cx), st, "resumed", y);
  finish_span(b, y, cx.geo);
  return b;
}

std::vector<Material> materials(const model::Issue& is, Context& cx) {
  const int C = cx.geo.columns;
  std::vector<model::Layout> layouts;
  for (int k = 1; k <= C; ++k) layouts.push_back(scaled_heads(cx.layout, k, C));
  std::vector<Material> out;
  for (const auto& a : is.articles) {
    Material m;
    const int n = static_cast<int>(&a - is.articles.data());
    m.rows = make_rows(a, cx);
    tag_article(m.rows, n);
    m.lift = lift_figures(a, n, m.rows, cx);
    for (int k = 1; k <= C; ++k) {
      Context ck{layouts[k - 1], cx.geo, cx.faces, cx.fonts, cx.shape};
      m.heads.push_back(make_head(a, ck, block_width(cx.geo, k)));
      tag_article(m.heads.back(), n);
      m.resumed.push_back(resumed_head(a, cx, block_width(cx.geo, k)));
    }
    m.jump =
        set_text(cx.layout.labels.continued, jump_style(cx.layout), cx.geo.column_w, cx).front();
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

BroadsheetPlan plan_broadsheet(const model::Issue& is, Context& cx) {
  BroadsheetPlan bp;
  bp.opening = issue_opening(is, cx);
  bp.materials = materials(is, cx);
  PlanParams p{cx.geo.columns, cx.geo.rows, bp.opening.rows, cx.layout.max_columns};
  bp.blocks = plan_issue(bp.materials, p);
  return bp;
}

void set_issue_broadsheet(const model::Issue& is, Context& cx, pages::Document& doc,
                          std::vector<LineRecord>& lines, TocIssue& toc) {
  const Geometry& g = cx.geo;
  SheetWriter w(doc, lines, g);
  BroadsheetPlan bp = plan_broadsheet(is, cx);
  const SpanBlock& opening = bp.opening;
  const std::vector<Material>& mats = bp.materials;
  const std::vector<Placed>& plan = bp.blocks;
  const int first = static_cast<int>(doc.pages.size());
  const int npages = plan.empty() ? 1 : plan.back().page + 1;
  for (int i = 0; i < npages; ++i) {
    pages::Page pg;
    pg.width = g.page_w, pg.height = g.page_h;
    doc.pages.push_back(std::move(pg));
  }
  w.span(first, opening, 0);
  toc.page = first, toc.y = g.area_y;
  for (const Placed& b : plan) {
    w.block(first + b.page, b, mats[b.article], b.page == 0 ? opening.rows : 0);
    if (!b.continued)
      toc.articles.push_back({toc_title(is.articles[b.article], cx.layout.labels.untitled),
                              first + b.page,
                              g.area_y + b.top * g.pitch,
                              b.article,
                              {}});
  }
}

}  // namespace wz::typeset
