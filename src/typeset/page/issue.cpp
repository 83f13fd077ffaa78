#include "typeset/page/issue.h"

#include "base/utf8.h"

namespace wz::typeset {
namespace {
constexpr size_t kUntitledChars = 12;  // TOC entry of an article without headline
}  // namespace

SpanBlock issue_opening(const model::Issue& is, Context& cx) {
  SpanBlock b;
  double y = 0;
  const auto& st = cx.layout.style("issue_title");
  add_span_lines(b, set_display(is.title, "issue_title", cx.geo.area_w, cx), st, "issue-title", y);
  if (!is.date.empty())
    add_span_lines(b, set_display(model::chinese_date(is.date), "subheadline", cx.geo.area_w, cx),
                   cx.layout.style("subheadline"), "issue-date", y);
  y += st.space_after * cx.geo.pitch;
  finish_span(b, y, cx.geo);
  b.rows += 1;  // room for the rule under the opening
  b.rule_after = 1.2;
  return b;
}

std::string toc_title(const model::Article& a) {
  if (!a.head.headline.empty()) return model::one_line(a.head.headline);
  if (!a.head.kicker.empty()) return model::one_line(a.head.kicker);
  for (const auto& b : a.blocks) {  // no headline: the opening words of the text
    std::u32string t = utf8::decode(model::plain_text(b.text));
    if (!t.empty()) return utf8::encode(t.substr(0, kUntitledChars)) + "……";
  }
  return "（无题）";
}

void add_toc_articles(const model::Issue& is, const std::map<int, Anchor>& anchors, TocIssue& toc) {
  for (size_t n = 0; n < is.articles.size(); ++n) {
    auto it = anchors.find(static_cast<int>(n));
    Anchor at = it == anchors.end() ? Anchor{toc.page, toc.y} : it->second;
    toc.articles.push_back({toc_title(is.articles[n]), at.page, at.y});
  }
}

}  // namespace wz::typeset
