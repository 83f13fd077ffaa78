// The printer's sheet: bleed and slug sizes, crop marks outside the BleedBox in
// registration colour, backgrounds touching the trim run into the bleed, rich black only
// for display type at or above the layout's size.
#include <gtest/gtest.h>

#include "typeset/page/geometry.h"
#include "typeset/page/print.h"

namespace wz::typeset {
namespace {

using pages::Color;
using pages::Item;

pages::Page a4() {
  pages::Page p;
  p.width = 595.276, p.height = 841.89;
  return p;
}

TEST(Print, BleedAndSlugInPointsAndEightCropMarksOutsideTheBleed) {
  pages::Page p = a4();
  model::PrintSetup ps;  // 3 mm bleed, crop marks, 6 mm slug
  prepare_for_print(p, ps);
  EXPECT_NEAR(p.bleed, 3 * kPtPerMm, 1e-9);
  EXPECT_NEAR(p.slug, 6 * kPtPerMm, 1e-9);
  ASSERT_EQ(p.items.size(), 8u);
  for (const Item& it : p.items) {
    ASSERT_EQ(it.kind(), Item::Kind::Rule);
    EXPECT_EQ(it.rule().color, Color::registration());
    const pages::Rule& r = it.rule();
    // Each mark lies wholly outside the BleedBox on one axis and inside the MediaBox.
    bool out_x =
        std::min(r.x0, r.x1) >= p.width + p.bleed - 1e-9 || std::max(r.x0, r.x1) <= -p.bleed + 1e-9;
    bool out_y = std::min(r.y0, r.y1) >= p.height + p.bleed - 1e-9 ||
                 std::max(r.y0, r.y1) <= -p.bleed + 1e-9;
    EXPECT_TRUE(out_x || out_y) << r.x0 << "," << r.y0 << " " << r.x1 << "," << r.y1;
    for (double v : {r.x0, r.x1}) EXPECT_GE(v, -(p.bleed + p.slug) - 1e-9);
    for (double v : {r.y0, r.y1}) EXPECT_LE(v, p.height + p.bleed + p.slug + 1e-9);
  }
}

TEST(Print, NoMarksMeansTheSheetIsTheBleedBox) {
  pages::Page p = a4();
  model::PrintSetup ps;
  ps.marks = model::Marks::None;
  prepare_for_print(p, ps);
  EXPECT_EQ(p.slug, 0);
  EXPECT_TRUE(p.items.empty());
}

TEST(Print, SlugGrowsToWhatTheMarksNeed) {
  model::PrintSetup ps;
  ps.bleed = 0, ps.slug = 1;
  EXPECT_DOUBLE_EQ(marks_slug_mm(ps), kMinMarkOffsetMm + kCropMarkLengthMm);
}

TEST(Print, BackgroundsAndRulesTouchingTheTrimRunIntoTheBleed) {
  pages::Page p = a4();
  Item band, inner, rule;
  band.body = pages::Box{0, 0, p.width, 100, 0, false, true, {}, Color::gray(0.2)};
  inner.body = pages::Box{50, 200, 100, 100, 0, false, true, {}, Color::gray(0.2)};
  rule.body = pages::Rule{100, 400, p.width, 400, 1};
  p.items = {band, inner, rule};
  model::PrintSetup ps;
  ps.marks = model::Marks::None;
  prepare_for_print(p, ps);
  const double b = 3 * kPtPerMm;
  EXPECT_NEAR(p.items[0].box().x, -b, 1e-9);
  EXPECT_NEAR(p.items[0].box().y, -b, 1e-9);
  EXPECT_NEAR(p.items[0].box().w, p.width + 2 * b, 1e-9);
  EXPECT_NEAR(p.items[0].box().h, 100 + b, 1e-9);  // the foot of the band is inside the page
  EXPECT_DOUBLE_EQ(p.items[1].box().x, 50);        // untouched
  EXPECT_DOUBLE_EQ(p.items[2].rule().x0, 100);
  EXPECT_NEAR(p.items[2].rule().x1, p.width + b, 1e-9);
}

// A picture touching the trim covers the bleed on that side: grown with its proportions,
// clipped to the frame grown into the bleed; one inside the page is left alone.
TEST(Print, PicturesTouchingTheTrimRunIntoTheBleedClipped) {
  pages::Page p = a4();
  Item top{pages::Picture{0, 0, 0, p.width, 300, "top"}};
  // Coordinates whose sums do not round-trip in floating point (x + w - x != w): the
  // sample's broadsheet picture, which was once clipped to its own frame.
  Item inner{pages::Picture{0, 308.138, 380.835, 231, 144.375, "inner"}};
  p.items = {top, inner};
  model::PrintSetup ps;
  ps.marks = model::Marks::None;
  prepare_for_print(p, ps);
  const double b = 3 * kPtPerMm;
  const pages::Picture& t = p.items[0].picture();
  // The frame: the bleed on the top, left and right; the foot stays where it was.
  EXPECT_NEAR(t.clip_x, -b, 1e-9);
  EXPECT_NEAR(t.clip_y, -b, 1e-9);
  EXPECT_NEAR(t.clip_w, p.width + 2 * b, 1e-9);
  EXPECT_NEAR(t.clip_h, 300 + b, 1e-9);
  // The picture covers the frame and keeps its proportions.
  EXPECT_NEAR(t.w / t.h, p.width / 300, 1e-9);
  EXPECT_LE(t.x, t.clip_x + 1e-9);
  EXPECT_LE(t.y, t.clip_y + 1e-9);
  EXPECT_GE(t.x + t.w, t.clip_x + t.clip_w - 1e-9);
  EXPECT_GE(t.y + t.h, t.clip_y + t.clip_h - 1e-9);
  const pages::Picture& i = p.items[1].picture();
  EXPECT_DOUBLE_EQ(i.x, 308.138);
  EXPECT_DOUBLE_EQ(i.w, 231);
  EXPECT_EQ(i.clip_w, 0) << "not clipped";
}

TEST(Print, RichBlackOnlyForDisplayTypeAtTheLayoutSize) {
  pages::Page p = a4();
  Item big, body;
  big.run().size = 36, body.run().size = 10.5;
  p.items = {big, body};
  model::PrintSetup ps;
  ps.marks = model::Marks::None;
  ps.rich_black = 24;
  prepare_for_print(p, ps);
  EXPECT_EQ(p.items[0].run().color.kind, Color::Kind::Process);
  EXPECT_DOUBLE_EQ(p.items[0].run().color.k, 1);
  EXPECT_GT(p.items[0].run().color.c, 0);
  EXPECT_EQ(p.items[1].run().color, Color::gray(0));
}

TEST(Print, ProfilesMapToConformance) {
  EXPECT_EQ(conformance_of(model::OutputProfile::Screen), pages::Conformance::None);
  EXPECT_EQ(conformance_of(model::OutputProfile::Print), pages::Conformance::PdfX4);
  EXPECT_EQ(conformance_of(model::OutputProfile::Archive), pages::Conformance::PdfA2u);
}

}  // namespace
}  // namespace wz::typeset
