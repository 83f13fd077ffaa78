// 竖排: an issue in vertical lines, as a Chinese vertical book sets it (clreq §3.2.3,
// typography.md "Vertical text"). The lines run top to bottom and follow one another
// right to left; pages progress right to left. Each article opens with its headline
// group as vertical display lines at its right (the kicker, the headline, the
// subheadline, each a line of its own, as in a vertical book or a vertical newspaper page
// before 1956), then its text; a hairline in a blank line separates articles.
#include <cmath>

#include "typeset/page/issue.h"
#include "typeset/page/tags.h"
#include "typeset/page/vertical_flow.h"

namespace wz::typeset {
namespace {

Row page_break() {
  Row r;
  r.kind = RowKind::PageBreak;
  return r;
}

// The issue's opening (title, date) as display lines with a rule down the tier after them.
Row opening_row(const model::Issue& is, Context& cx) {
  SpanBlock b = issue_opening(is, cx);
  Row r;
  r.kind = RowKind::IssueOpening;
  r.height = b.rows;
  r.keep_with_next = true;
  r.rule = b.rule_after > 0;
  r.block = std::move(b.lines);
  r.block_kinds = std::move(b.kinds);
  return r;
}

bool under_picture(RowKind k) {
  return k == RowKind::Caption || k == RowKind::Credit || k == RowKind::Blank;
}

// Rows [first, end) of a picture's caption and credit, set again at the `chars` its lines
// leave under it (from the article's blocks [b0, b1): the picture's and theirs), blank
// rows at either end dropped; empty when they need more than `lines` lines.
std::vector<Row> short_captions(const model::Article& a, int b0, int b1, int chars, int lines,
                                Context& cx) {
  model::Article sub;
  sub.blocks.assign(a.blocks.begin() + b0, a.blocks.begin() + b1);
  Geometry g = cx.geo;
  g.column_w = chars * g.em;
  Context sc{cx.layout, g, cx.faces, cx.fonts, cx.shape};
  std::vector<Row> out;
  for (Row& r : make_rows(sub, sc)) {
    if (!under_picture(r.kind) || (out.empty() && r.kind == RowKind::Blank)) continue;
    r.line.tag.block += b0;
    out.push_back(std::move(r));
  }
  while (!out.empty() && out.back().kind == RowKind::Blank) out.pop_back();
  if (static_cast<int>(out.size()) > lines) out.clear();
  return out;
}

// Issue 10: a picture stands at the top of the lines it spans (vertical_flow.h
// picture_cells); its caption and credit go under it in those lines, a line of theirs in
// each, starting a gap cell under its foot on the grid's cells, instead of after it.
void captions_under_pictures(const model::Article& a, std::vector<Row>& rows, Context& cx) {
  const Geometry& g = cx.geo;
  const int chars = static_cast<int>(std::lround(g.column_w / g.em));
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].kind != RowKind::Photo || rows[i].picture.empty()) continue;
    size_t j = i;
    while (j < rows.size() && rows[j].kind == RowKind::Photo && rows[j].frame == rows[i].frame) ++j;
    size_t e = j;
    while (e < rows.size() && under_picture(rows[e].kind)) ++e;
    while (e > j && rows[e - 1].kind == RowKind::Blank) --e;
    const int lines = static_cast<int>(j - i);
    const int skip = picture_cells(lines, g.pitch, rows[i].aspect, g.em, chars) + kPictureGapCells;
    if (e == j || chars - skip < kMinCaptionChars) {
      i = j - 1;
      continue;
    }
    const std::vector<Row> caps = short_captions(
        a, rows[i].line.tag.block, rows[e - 1].line.tag.block + 1, chars - skip, lines, cx);
    if (caps.empty()) {
      i = j - 1;
      continue;
    }
    for (size_t m = 0; m < caps.size(); ++m) {
      Row& r = rows[i + m];
      r.x = skip * g.em;
      if (caps[m].line.runs.empty()) continue;
      const SetLine& l = caps[m].line;
      const double size = l.size > 0 ? l.size : g.em;
      // vertical_flow.cpp emit_row: a block line's centre is where its baseline offset puts
      // its em box; this one's on the centre of the row's line.
      r.block.push_back({l, g.em / 2 + Geometry::kAscentEm * size - size / 2});
      r.block_kinds.push_back(to_string(caps[m].kind));
    }
    rows[j - 1].keep_with_next = false;  // nothing of the picture's follows it
    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(j),
               rows.begin() + static_cast<std::ptrdiff_t>(e));
    i = j - 1;
  }
}

// An article's rows: the headline group (one tall row), then the column material.
void article_rows(const model::Article& a, int n, Context& cx, std::vector<Row>& out) {
  Row head = head_row(a, cx);
  head.anchor = n;
  std::vector<Row> rows = make_rows(a, cx);
  captions_under_pictures(a, rows, cx);
  if (head.block.empty() && !rows.empty()) rows.front().anchor = n;
  tag_article(head, n), tag_article(rows, n);
  if (!head.block.empty()) out.push_back(std::move(head));
  for (auto& r : rows) out.push_back(std::move(r));
}

}  // namespace

void set_issue_vertical(const model::Issue& is, Context& cx, pages::Document& doc,
                        std::vector<LineRecord>& lines, TocIssue& toc) {
  const VGeometry vg = make_vgeometry(cx.layout);
  const Geometry bg = blocks_geometry(vg);
  Context vcx{cx.layout, bg, cx.faces, cx.fonts, cx.shape};  // shape.vertical is set
  std::vector<Row> rows{page_break(), opening_row(is, vcx)};
  for (size_t n = 0; n < is.articles.size(); ++n) {
    if (n > 0 && cx.layout.article_start == model::ArticleStart::NewPage) {
      rows.push_back(page_break());
    } else if (n > 0) {
      Row gap;
      gap.kind = RowKind::Blank;
      gap.rule = true;
      rows.push_back(std::move(gap));
    }
    article_rows(is.articles[n], static_cast<int>(n), vcx, rows);
  }
  VFlow flow(doc, lines, vg);
  toc.page = static_cast<int>(doc.pages.size());
  toc.y = vg.area_y;
  flow.place(rows);
  add_toc_articles(is, flow.anchors(), cx.layout.labels.untitled, toc);
}

}  // namespace wz::typeset
