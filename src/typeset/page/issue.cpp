#include "typeset/page/issue.h"

#include <algorithm>

#include "base/utf8.h"

namespace wz::typeset {
namespace {
constexpr size_t kUntitledChars = 12;  // TOC entry of an article without headline
}  // namespace

SpanBlock issue_opening(const model::Issue& is, Context& cx) {
  SpanBlock b;
  double y = 0;
  const auto& st = cx.layout.style(model::Style::IssueTitle);
  add_span_lines(b, set_display(is.title, model::Style::IssueTitle, cx.geo.area_w, cx), st,
                 "issue-title", y);
  if (!is.date.empty())
    add_span_lines(
        b, set_display(model::chinese_date(is.date), model::Style::Subheadline, cx.geo.area_w, cx),
        cx.layout.style(model::Style::Subheadline), "issue-date", y);
  y += st.space_after * cx.geo.pitch;
  finish_span(b, y, cx.geo);
  b.rows += 1;  // room for the rule under the opening
  b.rule_after = 1.2;
  return b;
}

std::string toc_title(const model::Article& a, const std::string& untitled) {
  if (!a.head.headline.empty()) return model::one_line(a.head.headline);
  if (!a.head.kicker.empty()) return model::one_line(a.head.kicker);
  for (const auto& b : a.blocks) {  // no headline: the opening words of the text
    std::u32string t = utf8::decode(model::plain_text(b.text));
    if (!t.empty()) return utf8::encode(t.substr(0, kUntitledChars)) + "……";
  }
  return untitled;
}

void add_toc_articles(const model::Issue& is, const std::map<int, Anchor>& anchors,
                      const std::string& untitled, TocIssue& toc) {
  for (size_t n = 0; n < is.articles.size(); ++n) {
    auto it = anchors.find(static_cast<int>(n));
    Anchor at = it == anchors.end() ? Anchor{toc.page, toc.y} : it->second;
    toc.articles.push_back(
        {toc_title(is.articles[n], untitled), at.page, at.y, static_cast<int>(n), {}});
  }
  // In the order of the pages: a photo item floated past the next article (columns.cpp)
  // is listed where it stands; on one page, in the issue's order.
  std::stable_sort(toc.articles.begin(), toc.articles.end(),
                   [](const TocEntry& a, const TocEntry& b) { return a.page < b.page; });
}

std::vector<std::string> section_titles(const model::Article& a) {
  std::vector<std::string> out;
  for (const auto& b : a.blocks)
    if (b.kind == model::BlockKind::SectionHead)
      out.push_back(model::one_line(model::plain_text(b.text)));
  return out;
}

void add_toc_sections(const model::Issue& is, const pages::Document& doc, size_t first_page,
                      TocIssue& toc) {
  std::map<std::pair<int, int>, Anchor> first;  // (article, block) → where its line is
  for (size_t p = first_page; p < doc.pages.size(); ++p)
    for (const auto& it : doc.pages[p].items) {
      if (it.kind() != pages::Item::Kind::Run || it.tag.role != pages::Tag::Role::SectionHead)
        continue;
      const pages::GlyphRun& r = it.run();
      const bool across = r.dir == pages::GlyphRun::Dir::Horizontal;
      Anchor at{static_cast<int>(p), across ? r.y - r.size : r.y};
      first.emplace(std::pair{it.tag.article, it.tag.block}, at);
    }
  for (TocEntry& a : toc.articles) {
    if (a.article < 0 || a.article >= static_cast<int>(is.articles.size())) continue;
    const int n = a.article;
    const auto& blocks = is.articles[n].blocks;
    for (size_t b = 0; b < blocks.size(); ++b) {
      if (blocks[b].kind != model::BlockKind::SectionHead) continue;
      auto f = first.find({n, static_cast<int>(b)});
      Anchor at = f == first.end() ? Anchor{a.page, a.y} : f->second;
      a.sections.push_back(
          {model::one_line(model::plain_text(blocks[b].text)), at.page, at.y, n, {}});
    }
  }
}

}  // namespace wz::typeset
