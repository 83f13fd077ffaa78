// tests for typeset/fonts: faces resolve to the right file and face index, missing
// families are clear errors, coverage needs outlines, fallback goes through the list.
#include "typeset/fonts/font_library.h"

#include <gtest/gtest.h>

#include "base/error.h"

namespace wz::typeset {
namespace {

FontLibrary& lib() {
  static FontLibrary fonts({WZ_SOURCE_DIR "/fonts"});
  return fonts;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

TEST(FontLibrary, NotoSerifIsFaceTwoOfTheTtc) {
  const Face& f = lib().face(lib().face_for("Noto Serif CJK SC"));
  EXPECT_TRUE(ends_with(f.path, "NotoSerifCJK-Regular.ttc")) << f.path;
  EXPECT_EQ(f.index, 2);
  EXPECT_EQ(f.upem, 1000);
  EXPECT_TRUE(f.is_cff);
  EXPECT_EQ(f.ps_name, "NotoSerifCJKsc-Regular");
  EXPECT_EQ(f.ascender, 880);
  EXPECT_EQ(f.descender, -120);
}

TEST(FontLibrary, NotoSansAndKaiResolve) {
  const Face& sans = lib().face(lib().face_for("Noto Sans CJK SC"));
  EXPECT_TRUE(ends_with(sans.path, "NotoSansCJK-Regular.ttc")) << sans.path;
  EXPECT_EQ(sans.index, 2);
  EXPECT_EQ(sans.ps_name, "NotoSansCJKsc-Regular");
  const Face& kai = lib().face(lib().face_for("AR PL KaitiM GB"));
  EXPECT_TRUE(ends_with(kai.path, "gkai00mp.ttf")) << kai.path;
  EXPECT_EQ(kai.index, 0);
  EXPECT_EQ(kai.upem, 1024);
  EXPECT_FALSE(kai.is_cff);
  EXPECT_EQ(kai.ps_name, "GBZenKai-Medium");
  EXPECT_EQ(kai.ascender, 900);
}

TEST(FontLibrary, EachFaceOpenedOnce) {
  int a = lib().face_for("Noto Serif CJK SC");
  int b = lib().face_for("Noto Serif CJK SC");
  EXPECT_EQ(a, b);
  auto table = lib().faces();
  ASSERT_EQ(static_cast<int>(table.size()), lib().face_count());
  EXPECT_EQ(table[a].index, 2);
  EXPECT_EQ(table[a].ps_name, "NotoSerifCJKsc-Regular");
  EXPECT_EQ(table[a].upem, 1000);
}

TEST(FontLibrary, MissingFamilyIsAClearError) {
  try {
    lib().face_for("Fang Zheng Shu Song Not Installed");
    FAIL() << "no error";
  } catch (const Error& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("Fang Zheng Shu Song Not Installed"), std::string::npos) << m;
    EXPECT_NE(m.find("not installed"), std::string::npos) << m;
    EXPECT_NE(m.find("/fonts"), std::string::npos) << m;
  }
  try {
    FontLibrary empty({});
    empty.face_for("AR PL UMing CN Missing");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("fonts-arphic-uming"), std::string::npos) << e.what();
  }
}

TEST(FontLibrary, CoverageNeedsAnOutline) {
  int kai = lib().face_for("AR PL KaitiM GB");
  EXPECT_TRUE(lib().has_glyph(kai, U'福'));
  EXPECT_FALSE(lib().has_glyph(kai, U'祿'));   // not in KaitiM GB (GB 2312 repertoire)
  EXPECT_FALSE(lib().has_glyph(kai, 0xFE35));  // cmap entry, empty glyph (︵)
  EXPECT_TRUE(lib().has_glyph(kai, U' '));     // spaces need no outline
}

TEST(FontLibrary, FallbackForACharacterTheKaiFaceLacks) {
  int kai = lib().face_for("AR PL KaitiM GB");
  EXPECT_EQ(lib().fallback_for(U'福', kai), kai);
  int f = lib().fallback_for(U'祿', kai);
  ASSERT_GE(f, 0);
  EXPECT_NE(f, kai);
  EXPECT_TRUE(lib().has_glyph(f, U'祿'));
  EXPECT_EQ(lib().face(f).ps_name, "NotoSerifCJKsc-Regular");  // first of the declared list
}

TEST(FontLibrary, NoFontHasPrivateUsePlane16) {
  int serif = lib().face_for("Noto Serif CJK SC");
  EXPECT_EQ(lib().fallback_for(0x10FFFD, serif), -1);
}

// A character outside the CJK fonts comes from fontconfig's charset match (DejaVu here).
TEST(FontLibrary, FontconfigFallbackForOtherScripts) {
  int serif = lib().face_for("Noto Serif CJK SC");
  char32_t c = 0x0436;  // ж: in Noto CJK; Armenian Ա (U+0531) is not
  EXPECT_EQ(lib().fallback_for(c, serif), serif);
  int f = lib().fallback_for(0x0531, serif);
  if (f < 0) GTEST_SKIP() << "no font with Armenian installed";
  EXPECT_NE(f, serif);
  EXPECT_TRUE(lib().has_glyph(f, 0x0531));
  EXPECT_EQ(lib().faces().at(f).path, lib().face(f).path);
}

// KaitiM GB's AAT mort turns ’ into 伶 in vertical text; the vertical font hides it.
TEST(FontLibrary, VerticalKaiDoesNotGarbleQuotes) {
  int kai = lib().face_for("AR PL KaitiM GB");
  hb_font_t* vf = lib().vertical_font(kai);
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, "’", -1, 0, -1);
  hb_buffer_set_direction(buf, HB_DIRECTION_TTB);
  hb_buffer_guess_segment_properties(buf);
  hb_shape(vf, buf, nullptr, 0);
  unsigned n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  ASSERT_EQ(n, 1u);
  hb_codepoint_t quote = 0, ling = 0;
  hb_font_get_nominal_glyph(lib().face(kai).hb(), U'’', &quote);
  hb_font_get_nominal_glyph(lib().face(kai).hb(), U'伶', &ling);
  EXPECT_EQ(info[0].codepoint, quote);
  EXPECT_NE(info[0].codepoint, ling);
  hb_buffer_destroy(buf);
}

}  // namespace
}  // namespace wz::typeset
