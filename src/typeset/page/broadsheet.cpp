#include "typeset/page/flow.h"
#include "typeset/page/issue.h"

namespace wz::typeset {
namespace {
constexpr int kArticleGapRows = 1;  // one blank grid line, with a hairline, between articles
}  // namespace

// Headline groups spanning the columns, text in bands under them.
void set_issue_broadsheet(const model::Issue& is, Context& cx, pages::Document& doc,
                          std::vector<LineRecord>& lines, TocIssue& toc) {
  Flow flow(doc, lines, cx.geo);
  flow.new_page();
  Anchor at = flow.place_span(issue_opening(is, cx), Flow::kKeepLines);
  toc.page = at.page, toc.y = at.y;
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

}  // namespace wz::typeset
