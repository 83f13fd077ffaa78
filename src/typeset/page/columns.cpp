#include "typeset/page/flow.h"
#include "typeset/page/issue.h"
#include "typeset/page/tags.h"

namespace wz::typeset {
namespace {

// An article that is a picture or photo frame with its caption and credit (and a head).
bool is_photo_item(const std::vector<Row>& rows) {
  bool photo = false;
  for (const Row& r : rows) {
    photo |= r.kind == RowKind::Photo;
    if (r.kind != RowKind::Photo && r.kind != RowKind::Caption && r.kind != RowKind::Credit &&
        r.kind != RowKind::Blank && r.kind != RowKind::Head)
      return false;
  }
  return photo;
}

std::vector<Row> with_gap(const Row& gap, const std::vector<Row>& rows) {
  std::vector<Row> all{gap};
  all.insert(all.end(), rows.begin(), rows.end());
  return all;
}

// An article's opening: the rows that must start on one page (its headline group and the
// lines kept with it, column_rules.h keep_need).
std::vector<Row> opening(const std::vector<Row>& rows) {
  if (rows.empty()) return rows;
  int need = keep_need(rows, 0);
  size_t n = 0;
  for (int h = 0; n < rows.size() && h < need; ++n) h += rows[n].height;
  return {rows.begin(), rows.begin() + static_cast<long>(n)};
}

}  // namespace

// Headline groups inside the columns, one continuous flow balanced at the issue's end.
void set_issue_columns(const model::Issue& is, Context& cx, pages::Document& doc,
                       std::vector<LineRecord>& lines, TocIssue& toc) {
  Flow flow(doc, lines, cx.geo);
  flow.new_page();
  Anchor at = flow.place_span(issue_opening(is, cx), kKeepLines);
  toc.page = at.page, toc.y = at.y;
  for (size_t n = 0; n < is.articles.size(); ++n) {
    const auto& a = is.articles[n];
    Row gap;
    gap.kind = RowKind::Blank;
    gap.rule = cx.layout.article_start == model::ArticleStart::Rule || cx.geo.columns > 1;
    Row head = head_row(a, cx);
    head.anchor = static_cast<int>(n);
    std::vector<Row> rows = make_rows(a, cx);
    if (head.block.empty() && !rows.empty()) rows.front().anchor = static_cast<int>(n);
    tag_article(head, static_cast<int>(n)), tag_article(rows, static_cast<int>(n));
    if (!head.block.empty()) rows.insert(rows.begin(), std::move(head));
    // A photo item that will not fit where the page stands floats to the next page's head
    // while the next article fills this one (a hole as tall as the item otherwise).
    bool runs_on = cx.layout.article_start != model::ArticleStart::NewPage;
    if (runs_on && n > 0 && n + 1 < is.articles.size() && is_photo_item(rows) &&
        !flow.make_room(with_gap(gap, rows))) {
      Row separator = gap;  // the item interrupts the text: a rule sets it apart
      separator.rule = true;
      flow.defer(std::move(rows), separator);
      continue;
    }
    // An article that runs on after a rule starts a new page when less than the layout's
    // share of the page is left ([article] new_page_below; large print: a third).
    // That page is filled to the foot (it ends a run of text, not an article's page).
    bool new_page = cx.layout.article_start == model::ArticleStart::NewPage;
    bool too_little = flow.free_share() < cx.layout.new_page_below;
    if (new_page && n > 0) {
      flow.finish(false);
      flow.new_page();
    } else if (too_little && n > 0) {
      flow.break_page();
    } else if (n > 0) {
      // Rather than a hole at the foot, the page tightens to take the opening (make_room).
      if (runs_on) flow.make_room(with_gap(gap, opening(rows)));
      flow.add(gap);
    }
    for (auto& r : rows) flow.add(std::move(r));
  }
  flow.finish(true);
  add_toc_articles(is, flow.anchors(), cx.layout.labels.untitled, toc);
}

}  // namespace wz::typeset
