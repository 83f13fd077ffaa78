// A layout's style colours reach the runs of their role as process colours (both forms);
// body text, artifacts and styles without a colour stay DeviceGray black.
#include "typeset/page/colors.h"

#include <gtest/gtest.h>

namespace wz::typeset {
namespace {

using pages::Color;
using pages::Item;
using R = pages::Tag::Role;

Item run_of(R role) {
  pages::Tag t;
  t.role = role;
  return Item{pages::GlyphRun{}, t};
}

TEST(StyleColors, RunsOfAColouredStyleTakeBothForms) {
  model::Layout L = model::parse_layout("", "x.toml");
  L.styles[model::Style::Headline].color = model::InkColor{0.7, 0.1, 0.1, 0, 0.9, 0.8, 0.2, "#b31a1a"};
  L.styles[model::Style::ReadingTip].color = model::InkColor{0, 0, 1, 1, 0.5, 0, 0, "#0000ff"};
  pages::Page p;
  p.items = {run_of(R::Headline), run_of(R::Paragraph), run_of(R::Kicker),
             run_of(R::TipLabel), run_of(R::Tip),       run_of(R::Artifact)};
  p.items.push_back(Item{pages::Rule{}, pages::Tag{}});
  apply_style_colors(p, L);
  EXPECT_EQ(p.items[0].run().color, Color::process(0.7, 0.1, 0.1, 0, 0.9, 0.8, 0.2));
  EXPECT_EQ(p.items[1].run().color, Color::gray(0)) << "body text stays black";
  EXPECT_EQ(p.items[2].run().color, Color::gray(0)) << "the kicker's style has no colour";
  EXPECT_EQ(p.items[3].run().color, Color::process(0, 0, 1, 1, 0.5, 0, 0)) << "the tip's label";
  EXPECT_EQ(p.items[4].run().color, Color::process(0, 0, 1, 1, 0.5, 0, 0));
  EXPECT_EQ(p.items[5].run().color, Color::gray(0)) << "artifacts (running head, folio)";
  EXPECT_EQ(p.items[6].rule().color, Color::gray(0)) << "rules are not styles";
}

TEST(StyleColors, EachDisplayRoleHasItsStyle) {
  EXPECT_EQ(style_of_role(R::Headline), model::Style::Headline);
  EXPECT_EQ(style_of_role(R::TipLabel), model::Style::ReadingTip);
  EXPECT_EQ(style_of_role(R::TocPage), model::Style::Toc);
  EXPECT_EQ(style_of_role(R::Paragraph), std::nullopt);
  EXPECT_EQ(style_of_role(R::Artifact), std::nullopt);
}

}  // namespace
}  // namespace wz::typeset
