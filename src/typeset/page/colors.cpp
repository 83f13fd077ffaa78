#include "typeset/page/colors.h"

namespace wz::typeset {

const char* style_of_role(pages::Tag::Role role) {
  using R = pages::Tag::Role;
  switch (role) {
    case R::IssueTitle:
      return "issue_title";
    case R::Kicker:
      return "kicker";
    case R::Headline:
      return "headline";
    case R::Subheadline:
      return "subheadline";
    case R::Byline:
      return "byline";
    case R::TipLabel:
    case R::Tip:
      return "reading_tip";
    case R::SectionHead:
      return "section_head";
    case R::Caption:
      return "caption";
    case R::Credit:
      return "credit";
    case R::TocEntry:
    case R::TocPage:
      return "toc";
    default:
      return nullptr;
  }
}

void apply_style_colors(pages::Page& page, const model::Layout& layout) {
  for (pages::Item& it : page.items) {
    if (it.kind() != pages::Item::Kind::Run) continue;
    const char* name = style_of_role(it.tag.role);
    if (!name) continue;
    const std::optional<model::InkColor>& c = layout.style(name).color;
    if (!c) continue;
    it.run().color = pages::Color::process(c->r, c->g, c->b, c->c, c->m, c->y, c->k);
  }
}

}  // namespace wz::typeset
