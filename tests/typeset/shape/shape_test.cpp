// tests for typeset/shape: the atoms a sentence becomes (widths, trims, shrink classes,
// compression, Han–Latin gaps, break opportunities) under each house style.
#include "typeset/shape/shape.h"

#include <gtest/gtest.h>

#include "base/error.h"
#include "base/utf8.h"

namespace wz::typeset {
namespace {

using model::PunctStyle;
constexpr float kEm = 10;  // test size: 1 em = 10 pt

FontLibrary& lib() {
  static FontLibrary fonts({WZ_SOURCE_DIR "/fonts"});
  return fonts;
}
int serif() {
  return lib().face_for("Noto Serif CJK SC");
}

ShapedParagraph shape(const std::string& text, PunctStyle style = PunctStyle::Quanjiao,
                      model::Prohibition level = model::Prohibition::GB, int face = -1) {
  ShapeOptions o;
  o.punct = style;
  o.prohibition = level;
  return shape_paragraph({{text, face < 0 ? serif() : face, kEm}}, lib(), o);
}

// The atom whose text is exactly `t`, or -1.
int atom_of(const ShapedParagraph& p, const std::string& t, int from = 0) {
  for (size_t i = from; i < p.atoms.size(); ++i) {
    auto [b, e] = p.atom_text[i];
    if (p.text.substr(b, e - b) == t) return static_cast<int>(i);
  }
  return -1;
}
std::string text_of(const ShapedParagraph& p, size_t i) {
  return p.text.substr(p.atom_text[i].first, p.atom_text[i].second - p.atom_text[i].first);
}

TEST(Shape, OneAtomPerHanCharacterOneEmWide) {
  auto p = shape("本报讯记者");
  ASSERT_EQ(p.atoms.size(), 5u);
  ASSERT_EQ(p.glyphs.size(), 5u);
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_FLOAT_EQ(p.atoms[i].width, kEm);
    EXPECT_EQ(p.atoms[i].glyph_count, 1u);
    EXPECT_EQ(p.atoms[i].first_glyph, i);
    EXPECT_FALSE(p.atoms[i].is_mark);
    EXPECT_EQ(p.atoms[i].brk, i == 4 ? Break::Mandatory : Break::Allowed);
    EXPECT_EQ(p.atoms[i].stretch_class, i == 4 ? StretchClass::None : StretchClass::InterChar);
  }
  EXPECT_EQ(p.glyphs[1].cluster, 3u);  // byte offsets into the text
}

TEST(Shape, CommaAndStopSetFullWithHalfAtLineEnd) {
  auto p = shape("会上，大家说。好");
  int comma = atom_of(p, "，"), stop = atom_of(p, "。");
  ASSERT_GE(comma, 0);
  ASSERT_GE(stop, 0);
  for (int i : {comma, stop}) {
    EXPECT_TRUE(p.atoms[i].is_mark);
    EXPECT_FLOAT_EQ(p.atoms[i].width, kEm);
    EXPECT_FLOAT_EQ(p.atoms[i].end_trim, kEm / 2);
    EXPECT_FLOAT_EQ(p.atoms[i].shrink, kEm / 2);
    EXPECT_FLOAT_EQ(p.atoms[i].start_trim, 0);
    EXPECT_FALSE(p.atoms[i].shrink_left);
  }
  EXPECT_EQ(p.atoms[comma].shrink_class, ShrinkClass::Comma);
  EXPECT_EQ(p.atoms[stop].shrink_class, ShrinkClass::Stop);
  // no break before ，。 ; break after them allowed
  EXPECT_EQ(p.atoms[comma - 1].brk, Break::Forbidden);
  EXPECT_EQ(p.atoms[stop - 1].brk, Break::Forbidden);
  EXPECT_EQ(p.atoms[comma].brk, Break::Allowed);
}

TEST(Shape, AdjacentMarksCompressedToOneAndAHalfEm) {
  auto p = shape("他说：“好。”我们");
  int stop = atom_of(p, "。"), close = atom_of(p, "”");
  ASSERT_EQ(close, stop + 1);
  EXPECT_FLOAT_EQ(p.atoms[stop].width + p.atoms[close].width, 1.5f * kEm);
  EXPECT_FLOAT_EQ(p.atoms[stop].width, kEm / 2);  // the 。's blank half faces the ”
  EXPECT_FLOAT_EQ(p.atoms[close].end_trim, kEm / 2);
  EXPECT_EQ(p.atoms[stop].brk, Break::Forbidden);
  // ：“ too: the colon gives up its blank, the quote stays tight against 好
  int colon = atom_of(p, "："), open = atom_of(p, "“");
  EXPECT_FLOAT_EQ(p.atoms[colon].width + p.atoms[open].width, 1.5f * kEm);
  EXPECT_FLOAT_EQ(p.atoms[open].width, kEm);
  EXPECT_FLOAT_EQ(p.atoms[open].start_trim, kEm / 2);
  EXPECT_TRUE(p.atoms[open].shrink_left);
  EXPECT_EQ(p.atoms[open].brk, Break::Forbidden);  // no break after “
}

TEST(Shape, OpeningPairCompressesTheSecond) {
  auto p = shape("见（《方案》）第");
  int paren = atom_of(p, "（"), book = atom_of(p, "《");
  ASSERT_EQ(book, paren + 1);
  EXPECT_FLOAT_EQ(p.atoms[paren].width, kEm);
  EXPECT_FLOAT_EQ(p.atoms[book].width, kEm / 2);
  // 《's blank left half removed: its glyph moves back half an em
  const ShapedGlyph& g = p.glyphs[p.atoms[book].first_glyph];
  EXPECT_FLOAT_EQ(g.advance, kEm / 2);
  EXPECT_FLOAT_EQ(g.x_offset, -kEm / 2);
  int close_book = atom_of(p, "》"), close_paren = atom_of(p, "）");
  EXPECT_FLOAT_EQ(p.atoms[close_book].width, kEm / 2);
  EXPECT_FLOAT_EQ(p.atoms[close_paren].width, kEm);
  EXPECT_EQ(p.atoms[paren].brk, Break::Forbidden);  // no break after （《
  EXPECT_EQ(p.atoms[book].brk, Break::Forbidden);
  EXPECT_EQ(p.atoms[atom_of(p, "案")].brk, Break::Forbidden);  // nor before 》）
  EXPECT_EQ(p.atoms[close_book].brk, Break::Forbidden);
  EXPECT_EQ(p.atoms[close_paren].brk, Break::Allowed);
}

TEST(Shape, HanLatinQuarterEm) {
  auto p = shape("下载APP，2020年有MTBE和P-104。");
  int zai = atom_of(p, "载"), app = atom_of(p, "APP"), y2020 = atom_of(p, "2020");
  ASSERT_GE(app, 0);
  ASSERT_GE(y2020, 0);
  EXPECT_FLOAT_EQ(p.atoms[zai].gap, kEm / 4);
  EXPECT_EQ(p.atoms[zai].shrink_class, ShrinkClass::HanLatin);
  EXPECT_FLOAT_EQ(p.atoms[zai].shrink, kEm / 8);
  EXPECT_EQ(p.atoms[zai].stretch_class, StretchClass::HanLatin);
  EXPECT_FLOAT_EQ(p.atoms[app].gap, 0);  // not next to the Chinese comma
  EXPECT_FLOAT_EQ(p.atoms[y2020].gap, kEm / 4);
  EXPECT_FLOAT_EQ(p.atoms[y2020 - 1].gap, 0);  // after ，
  EXPECT_GE(atom_of(p, "MTBE"), 0);            // one atom: never broken inside
  int p104 = atom_of(p, "P-104");
  ASSERT_GE(p104, 0);
  EXPECT_FLOAT_EQ(p.atoms[p104 - 1].gap, kEm / 4);
  EXPECT_FLOAT_EQ(p.atoms[p104].gap, 0);  // before 。
  EXPECT_GT(p.atoms[app].width, kEm);     // proportional Latin, three letters
  EXPECT_LT(p.atoms[app].width, 3 * kEm);
}

TEST(Shape, NoQuarterEmInsideBrackets) {
  auto p = shape("（APP）和“GDP”");
  EXPECT_FLOAT_EQ(p.atoms[atom_of(p, "（")].gap, 0);
  EXPECT_FLOAT_EQ(p.atoms[atom_of(p, "APP")].gap, 0);
  EXPECT_FLOAT_EQ(p.atoms[atom_of(p, "）")].gap, 0);
  EXPECT_FLOAT_EQ(p.atoms[atom_of(p, "GDP")].gap, 0);
}

// Issue 9, item 4: no ¼ em after a hyphen or slash that joins a token to the Han after
// it; none on either side of a plus.
TEST(Shape, NoQuarterEmAfterHyphenSlashOrAroundPlus) {
  auto p = shape("生产1-丁烯和3/4圈，推进5G+工业");
  int hy = atom_of(p, "1-"), sl = atom_of(p, "3/4"), plus = atom_of(p, "5G+");
  ASSERT_GE(hy, 0);
  ASSERT_GE(sl, 0);
  ASSERT_GE(plus, 0);
  EXPECT_FLOAT_EQ(p.atoms[hy - 1].gap, kEm / 4);  // 产 before the token: ¼ em
  EXPECT_FLOAT_EQ(p.atoms[hy].gap, 0);            // 1- before 丁
  EXPECT_FLOAT_EQ(p.atoms[sl].gap, kEm / 4);      // 3/4 before 圈: a digit edge, ¼ em
  EXPECT_FLOAT_EQ(p.atoms[plus].gap, 0);          // 5G+ before 工
  auto q = shape("工业+5G");
  EXPECT_FLOAT_EQ(q.atoms[atom_of(q, "业")].gap, 0);  // before +5G: the same, none
}

// A deliberate space between Chinese units (names in a byline) is kept and never
// stretched by justification.
TEST(Shape, DeliberateSpaceIsKeptAndRigid) {
  auto p = shape("记者刘旭 通讯员陈阳");
  int xu = atom_of(p, "旭 ");
  ASSERT_GE(xu, 0);
  EXPECT_GT(p.atoms[xu].gap, 0.4f * kEm);
  EXPECT_LT(p.atoms[xu].gap, 0.5f * kEm);
  EXPECT_FLOAT_EQ(p.atoms[xu].stretch, 0);
  EXPECT_EQ(p.atoms[xu].stretch_class, StretchClass::None);
  EXPECT_GT(p.atoms[atom_of(p, "刘")].stretch, 0);  // the other gaps take the stretch
}

TEST(Shape, TwoEmDashIsOneUnsplittableAtom) {
  auto p = shape("工作——重点");
  int dash = atom_of(p, "——");
  ASSERT_GE(dash, 0);
  EXPECT_GE(p.atoms[dash].glyph_count, 1u);  // Noto ligates —— into one 2-em glyph
  EXPECT_FLOAT_EQ(p.atoms[dash].width, 2 * kEm);
  EXPECT_TRUE(p.atoms[dash].is_mark);
  EXPECT_EQ(p.atoms[dash].stretch_class, StretchClass::None);  // no stretch around it
  EXPECT_EQ(p.atoms[dash - 1].brk, Break::Allowed);            // gb: —— may start a line
  auto strict = shape("工作——重点……", PunctStyle::Quanjiao, model::Prohibition::Strict);
  EXPECT_EQ(strict.atoms[atom_of(strict, "——") - 1].brk, Break::Forbidden);
  EXPECT_EQ(strict.atoms[atom_of(strict, "……") - 1].brk, Break::Forbidden);
  EXPECT_FLOAT_EQ(strict.atoms[atom_of(strict, "……")].width, 2 * kEm);
}

TEST(Shape, SolidusMayNotEndALineInGb) {
  auto gb = shape("甲／乙");
  auto basic = shape("甲／乙", PunctStyle::Quanjiao, model::Prohibition::Basic);
  EXPECT_EQ(gb.atoms[1].brk, Break::Forbidden);
  EXPECT_EQ(basic.atoms[1].brk, Break::Allowed);
}

TEST(Shape, HouseStyles) {
  const std::string s = "甲，乙。丙（丁）";
  auto widths = [&](PunctStyle st) {
    auto p = shape(s, st);
    return std::vector<float>{p.atoms[1].width, p.atoms[3].width, p.atoms[5].width,
                              p.atoms[7].width};
  };
  EXPECT_EQ(widths(PunctStyle::Quanjiao), (std::vector<float>{kEm, kEm, kEm, kEm}));
  EXPECT_EQ(widths(PunctStyle::Kaiming), (std::vector<float>{kEm / 2, kEm, kEm / 2, kEm / 2}));
  EXPECT_EQ(widths(PunctStyle::Banjiao), (std::vector<float>{kEm / 2, kEm / 2, kEm / 2, kEm / 2}));
  EXPECT_EQ(widths(PunctStyle::Plain), (std::vector<float>{kEm, kEm, kEm, kEm}));
  auto k = shape(s, PunctStyle::Kaiming);
  EXPECT_FLOAT_EQ(k.atoms[3].end_trim, kEm / 2);  // 。 still half at line end
  EXPECT_FLOAT_EQ(k.atoms[1].end_trim, 0);
  EXPECT_FLOAT_EQ(k.glyphs[k.atoms[5].first_glyph].x_offset, -kEm / 2);  // （ set in its ink half
  auto plain = shape(s, PunctStyle::Plain);
  EXPECT_FLOAT_EQ(plain.atoms[1].end_trim, 0);
  EXPECT_FLOAT_EQ(plain.atoms[1].shrink, 0);
}

TEST(Shape, InterpunctIsHalfAnEmCentred) {
  auto p = shape("阿卜杜拉·阿齐兹");
  int dot = atom_of(p, "·");
  ASSERT_GE(dot, 0);
  EXPECT_FLOAT_EQ(p.atoms[dot].width, kEm / 2);
  EXPECT_EQ(p.atoms[dot].stretch_class, StretchClass::InterChar);
  EXPECT_EQ(p.atoms[dot - 1].brk, Break::Forbidden);  // may not start a line
  auto kai = shape("阿卜杜拉·阿齐兹", PunctStyle::Quanjiao, model::Prohibition::GB,
                   lib().face_for("AR PL KaitiM GB"));  // a full-width · there
  EXPECT_FLOAT_EQ(kai.atoms[dot].width, kEm / 2);
  EXPECT_FLOAT_EQ(kai.glyphs[kai.atoms[dot].first_glyph].x_offset, -kEm / 4);
}

}  // namespace
}  // namespace wz::typeset
