// [article] head_space_after: a headline group in the column keeps at least that many
// grid lines free under its last line (large print asks for one).
#include <gtest/gtest.h>

#include "base/file.h"
#include "model/layout.h"
#include "typeset/fonts/font_library.h"
#include "typeset/page/blocks.h"

using namespace wz;
using namespace wz::typeset;

namespace {

// Space from the last head line's em box to the bottom of the group's rows, in pitches.
double space_under(double head_space_after, bool byline = false) {
  static FontLibrary fonts({std::string(WZ_SOURCE_DIR) + "/fonts"});
  std::string f = std::string(WZ_SOURCE_DIR) + "/layouts/large-print.toml";
  model::Layout L = model::parse_layout(read_file(f), f);
  L.head_space_after = head_space_after;
  Geometry g = make_geometry(L);
  RoleFaces faces = resolve_faces(L, fonts);
  ShapeOptions so;
  Context cx{L, g, faces, fonts, so};
  model::Article a;
  a.head.headline = "北湖区工会为环卫工人送清凉";
  if (byline) {
    model::Block b;
    b.kind = model::BlockKind::Byline;
    b.text = {{"本报记者 孙海燕"}};
    a.blocks.push_back(b);
  }
  Row r = head_row(a, cx);
  const auto& [line, base] = r.block.back();
  double bottom = base + line.size * (1 - Geometry::kAscentEm);
  return (r.height * g.pitch - bottom) / g.pitch;
}

TEST(HeadSpace, AtLeastTheLinesAskedForUnderTheGroup) {
  EXPECT_LT(space_under(0), 1);  // as shipped: the group is centred in its rows
  EXPECT_GE(space_under(1), 1 - 1e-6);
  EXPECT_LT(space_under(1), 2);
}

TEST(HeadSpace, ABylineOfItsOwnStaysWithTheHeadline) {
  // The byline belongs to the headline group: the space comes after it, not above it.
  EXPECT_LT(space_under(1, true), 1);
  EXPECT_NEAR(space_under(1, true), space_under(0, true), 1e-6);
}

TEST(HeadSpace, LargePrintAsShippedKeepsALineUnderTheGroup) {
  std::string f = std::string(WZ_SOURCE_DIR) + "/layouts/large-print.toml";
  model::Layout L = model::parse_layout(read_file(f), f);
  EXPECT_GE(L.head_space_after, 1);
  EXPECT_GE(space_under(L.head_space_after), 1 - 1e-6);
  // A byline of its own is followed by at least one blank row (its space_after).
  EXPECT_GE(L.style(wz::model::Style::Byline).space_after, 0.5);
}

}  // namespace
