// tests for typeset/shape in vertical text: how each unit is set in the column (upright,
// turned, 纵中横) and the vertical forms of brackets in faces with and without them.
#include <gtest/gtest.h>

#include "typeset/shape/shape.h"

namespace wz::typeset {
namespace {

constexpr float kEm = 10;

FontLibrary& lib() {
  static FontLibrary fonts({WZ_SOURCE_DIR "/fonts"});
  return fonts;
}

ShapedParagraph vshape(const std::string& text, int face) {
  ShapeOptions v;
  v.vertical = true;
  return shape_paragraph({{text, face, kEm}}, lib(), v);
}

// The atom whose text is `s`.
int atom_of(const ShapedParagraph& p, const std::string& s) {
  for (size_t i = 0; i < p.atoms.size(); ++i) {
    auto [b, e] = p.atom_text[i];
    std::string t = p.text.substr(b, e - b);
    while (!t.empty() && t.back() == ' ') t.pop_back();
    if (t == s) return static_cast<int>(i);
  }
  return -1;
}

Orient orient_of(const ShapedParagraph& p, int atom) {
  return p.glyphs[p.atoms[atom].first_glyph].orient;
}

TEST(ShapeVertical, LatinWordTurnedAndSpacedFromHan) {
  int serif = lib().face_for("Noto Serif CJK SC");
  auto p = vshape("开通WeChat小程序", serif);
  int w = atom_of(p, "WeChat");
  ASSERT_GE(w, 0);
  EXPECT_EQ(orient_of(p, w), Orient::Rotated);
  // Its length down the column is its horizontal width, well under 6 em.
  EXPECT_LT(p.atoms[w].width, 4 * kEm);
  EXPECT_GT(p.atoms[w].width, 2 * kEm);
  EXPECT_FLOAT_EQ(p.atoms[w - 1].gap, kEm / 4);  // clreq §3.2.2 Han–Latin ¼ em
  EXPECT_FLOAT_EQ(p.atoms[w].gap, kEm / 4);
  EXPECT_EQ(orient_of(p, 0), Orient::Upright);
}

TEST(ShapeVertical, TwoDigitNumberFillsOneCell) {
  int serif = lib().face_for("Noto Serif CJK SC");
  auto p = vshape("已有36万名职工，2024年", serif);
  int n = atom_of(p, "36");
  ASSERT_GE(n, 0);
  EXPECT_EQ(orient_of(p, n), Orient::Tcy);
  EXPECT_FLOAT_EQ(p.atoms[n].width, kEm);  // one cell down the column
  ASSERT_EQ(p.atoms[n].glyph_count, 2u);
  for (uint32_t g = 0; g < 2; ++g)  // half-width digits (hwid) across it
    EXPECT_FLOAT_EQ(p.glyphs[p.atoms[n].first_glyph + g].advance, kEm / 2);
  EXPECT_FLOAT_EQ(p.atoms[n - 1].gap, 0);  // a cell like a Han character: no ¼ em
  EXPECT_FLOAT_EQ(p.atoms[n].gap, 0);
  int y = atom_of(p, "2024");
  ASSERT_GE(y, 0);
  EXPECT_EQ(orient_of(p, y), Orient::Upright);  // four digits: upright, one per cell
  EXPECT_FLOAT_EQ(p.atoms[y].width, 4 * kEm);
}

TEST(ShapeVertical, ThreeDigitsTcyOnlyWhenNotSqueezedBelowFourFifths) {
  // Noto's half-width digits make three 1.5 em: 纵中横 would squeeze them to 0.67, so
  // they stand upright one per cell; a face whose three digits keep 0.8 is set 纵中横.
  int serif = lib().face_for("Noto Serif CJK SC");
  auto p = vshape("共123项", serif);
  int n = atom_of(p, "123");
  ASSERT_GE(n, 0);
  for (uint32_t g = 0; g < p.atoms[n].glyph_count; ++g) {
    Orient o = p.glyphs[p.atoms[n].first_glyph + g].orient;
    if (o == Orient::Tcy) {
      EXPECT_FLOAT_EQ(p.atoms[n].width, kEm);
      float w = 0;
      for (uint32_t k = 0; k < p.atoms[n].glyph_count; ++k)
        w += p.glyphs[p.atoms[n].first_glyph + k].advance;
      EXPECT_LE(w, kEm / 0.8f + 1e-3f);
    } else {
      EXPECT_EQ(o, Orient::Upright);
      EXPECT_FLOAT_EQ(p.atoms[n].width, 3 * kEm);
    }
  }
  EXPECT_EQ(orient_of(p, n), Orient::Upright);  // Noto: upright
}

TEST(ShapeVertical, AcronymAndSingleLetterStandUpright) {
  int serif = lib().face_for("Noto Serif CJK SC");
  auto p = vshape("该APP自3月", serif);
  int a = atom_of(p, "APP");
  ASSERT_GE(a, 0);
  EXPECT_EQ(orient_of(p, a), Orient::Upright);
  EXPECT_FLOAT_EQ(p.atoms[a].width, 3 * kEm);  // one cell a letter
  EXPECT_FLOAT_EQ(p.atoms[a - 1].gap, 0);
  EXPECT_EQ(orient_of(p, atom_of(p, "3")), Orient::Upright);
}

TEST(ShapeVertical, UKaiBracketsTakeThePresentationForms) {
  int ukai = lib().face_for("AR PL UKai CN");
  auto p = vshape("（括号）“引号”", ukai);
  hb_codepoint_t form = 0;
  ASSERT_TRUE(hb_font_get_nominal_glyph(lib().face(ukai).hb(), 0xFE35, &form));
  EXPECT_EQ(p.glyphs[0].gid, form);  // ︵
  EXPECT_EQ(p.glyphs[0].orient, Orient::Upright);
  EXPECT_EQ(p.text.substr(p.glyphs[0].cluster, 3), "（");  // still extracts as （
  EXPECT_FLOAT_EQ(p.atoms[0].width, kEm);
}

TEST(ShapeVertical, KaitiBracketsWithoutFormsAreTurned) {
  int kai = lib().face_for("AR PL KaitiM GB");
  auto p = vshape("（括号）——", kai);
  EXPECT_EQ(p.glyphs[0].orient, Orient::Rotated);
  EXPECT_EQ(p.glyphs[0].face, kai);
  EXPECT_EQ(orient_of(p, 1), Orient::Upright);
  EXPECT_EQ(p.glyphs.back().orient, Orient::Rotated);
  EXPECT_FLOAT_EQ(p.atoms[3].end_trim, kEm / 2);  // the turned ）: half width at a line end
  EXPECT_FLOAT_EQ(p.atoms[2].width + p.atoms[3].width, 2 * kEm);
}

TEST(ShapeVertical, HorizontalTextIsUnchanged) {
  int serif = lib().face_for("Noto Serif CJK SC");
  auto p = shape_paragraph({{"该APP有36万WeChat用户", serif, kEm}}, lib(), ShapeOptions{});
  for (const auto& g : p.glyphs) EXPECT_EQ(g.orient, Orient::Line);
  EXPECT_FLOAT_EQ(p.atoms[atom_of(p, "APP") - 1].gap, kEm / 4);
}

}  // namespace
}  // namespace wz::typeset
