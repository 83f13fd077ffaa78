// 竖排: an issue in vertical lines, as a Chinese vertical book sets it (clreq §3.2.3,
// typography.md "Vertical text"). The lines run top to bottom and follow one another
// right to left; pages progress right to left. Each article opens with its headline
// group as vertical display lines at its right (the kicker, the headline, the
// subheadline, each a line of its own, as in a vertical book or a vertical newspaper page
// before 1956), then its text; a hairline in a blank line separates articles.
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

// An article's rows: the headline group (one tall row), then the column material.
void article_rows(const model::Article& a, int n, Context& cx, std::vector<Row>& out) {
  Row head = head_row(a, cx);
  head.anchor = n;
  std::vector<Row> rows = make_rows(a, cx);
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
