#include "typeset/page/colors.h"

namespace wz::typeset {

std::optional<model::Style> style_of_role(pages::Tag::Role role) {
  using R = pages::Tag::Role;
  switch (role) {
    case R::IssueTitle:
      return model::Style::IssueTitle;
    case R::Kicker:
      return model::Style::Kicker;
    case R::Headline:
      return model::Style::Headline;
    case R::Subheadline:
      return model::Style::Subheadline;
    case R::Byline:
      return model::Style::Byline;
    case R::TipLabel:
    case R::Tip:
      return model::Style::ReadingTip;
    case R::SectionHead:
      return model::Style::SectionHead;
    case R::Caption:
      return model::Style::Caption;
    case R::Credit:
      return model::Style::Credit;
    case R::TocEntry:
    case R::TocPage:
      return model::Style::Toc;
    default:
      return std::nullopt;
  }
}

void apply_style_colors(pages::Page& page, const model::Layout& layout) {
  for (pages::Item& it : page.items) {
    if (it.kind() != pages::Item::Kind::Run) continue;
    std::optional<model::Style> style = style_of_role(it.tag.role);
    if (!style) continue;
    const std::optional<model::InkColor>& c = layout.style(*style).color;
    if (!c) continue;
    it.run().color = pages::Color::process(c->r, c->g, c->b, c->c, c->m, c->y, c->k);
  }
}

}  // namespace wz::typeset
