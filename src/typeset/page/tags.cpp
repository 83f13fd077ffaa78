#include "typeset/page/tags.h"

#include <map>

namespace wz::typeset {

pages::Tag::Role role_of_kind(const std::string& kind) {
  using R = pages::Tag::Role;
  static const std::map<std::string, R> roles{
      {"cover-title", R::CoverTitle},
      {"cover-subtitle", R::CoverText},
      {"cover-issue", R::CoverText},
      {"cover-issue-date", R::CoverText},
      {"cover-meta", R::CoverText},
      {"toc-title", R::TocTitle},
      {"toc", R::TocEntry},
      {"toc-page", R::TocPage},
      {"issue-title", R::IssueTitle},
      {"issue-date", R::IssueDate},
      {"kicker", R::Kicker},
      {"headline", R::Headline},
      {"subheadline", R::Subheadline},
      {"byline", R::Byline},
      {"tip-label", R::TipLabel},
      {"tip", R::Tip},
      {"section-head", R::SectionHead},
      {"paragraph", R::Paragraph},
      {"caption", R::Caption},
      {"credit", R::Credit},
      {"editor-note", R::EditorNote},
      // Not content: running-head, folio, jump (（转下页）), resumed (the head repeated
      // with （接上页）), continuation (a jump line the source carried).
  };
  auto it = roles.find(kind);
  return it == roles.end() ? R::Artifact : it->second;
}

void tag_article(std::vector<Row>& rows, int n) {
  for (Row& r : rows) tag_article(r, n);
}

void tag_article(Row& r, int n) {
  r.line.tag.article = n;
  for (auto& [line, base] : r.block) line.tag.article = n;
}

void tag_article(SpanBlock& head, int n) {
  for (auto& [line, base] : head.lines) line.tag.article = n;
}

void tag_issue(pages::Document& doc, size_t first_page, int issue) {
  for (size_t p = first_page; p < doc.pages.size(); ++p)
    for (pages::Item& it : doc.pages[p].items)
      if (it.tag.role != pages::Tag::Role::Artifact) it.tag.issue = issue;
}

}  // namespace wz::typeset
