// tests for typeset/shape: fallback and missing characters, spaces and newlines, the
// glyph/atom invariants, and timings (printed, not asserted).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/utf8.h"
#include "typeset/shape/shape.h"

namespace wz::typeset {
namespace {

constexpr float kEm = 10;

FontLibrary& lib() {
  static FontLibrary fonts({WZ_SOURCE_DIR "/fonts"});
  return fonts;
}

ShapedParagraph shape(const std::string& text, int face) {
  return shape_paragraph({{text, face, kEm}}, lib(), ShapeOptions{});
}

// Glyphs tile the atoms, atoms tile the text, and an atom's width is its glyphs' advances
// before the trailing space (whose advance is the gap).
void check_invariants(const ShapedParagraph& p) {
  ASSERT_EQ(p.atoms.size(), p.atom_text.size());
  uint32_t g = 0, byte = 0;
  for (size_t i = 0; i < p.atoms.size(); ++i) {
    const Atom& a = p.atoms[i];
    ASSERT_EQ(a.first_glyph, g) << i;
    ASSERT_EQ(p.atom_text[i].first, byte) << i;
    byte = p.atom_text[i].second;
    float w = 0, sp = 0;
    for (uint32_t k = a.first_glyph; k < a.first_glyph + a.glyph_count; ++k) {
      char c = p.text[p.glyphs[k].cluster];
      (c == ' ' ? sp : w) += p.glyphs[k].advance;
    }
    EXPECT_NEAR(w, a.width, 1e-3) << i;
    if (sp > 0) EXPECT_NEAR(sp, a.gap, 1e-3) << i;
    g += a.glyph_count;
  }
  EXPECT_EQ(g, p.glyphs.size());
  EXPECT_EQ(byte, p.text.size());
  if (!p.atoms.empty()) EXPECT_EQ(p.atoms.back().brk, Break::Mandatory);
}

TEST(ShapeFallback, KaiLacksACharacterAnotherFaceHasIt) {
  int kai = lib().face_for("AR PL KaitiM GB");
  auto p = shape("福祿寿禧财", kai);
  ASSERT_EQ(p.glyphs.size(), 5u);
  EXPECT_EQ(p.glyphs[0].face, kai);
  EXPECT_NE(p.glyphs[1].face, kai);
  EXPECT_NE(p.glyphs[1].gid, 0u);
  EXPECT_EQ(p.glyphs[2].face, kai);
  for (auto& a : p.atoms) EXPECT_FLOAT_EQ(a.width, kEm);  // 1024 upem scales to 1 em
  check_invariants(p);
}

TEST(ShapeFallback, CharacterInNoFontIsBoxedAndListed) {
  int serif = lib().face_for("Noto Serif CJK SC");
  std::string text = "甲" + utf8::encode(0x10FFFD) + "乙";
  auto p = shape(text, serif);
  ASSERT_EQ(p.glyphs.size(), 3u);
  EXPECT_EQ(p.glyphs[1].gid, 0u);  // .notdef box
  EXPECT_EQ(p.glyphs[1].face, serif);
  EXPECT_GT(p.glyphs[1].advance, 0);
  EXPECT_EQ(p.atoms.size(), 3u);
  EXPECT_TRUE(lib().missing().count(0x10FFFD));
  EXPECT_FALSE(lib().missing().count(U'甲'));
  check_invariants(p);
}

TEST(ShapeFallback, MissingCharacterInAKaiRunIsStillVisible) {
  int kai = lib().face_for("AR PL KaitiM GB");  // its own .notdef is empty
  auto p = shape("甲" + utf8::encode(0x10FFFD), kai);
  ASSERT_EQ(p.glyphs.size(), 2u);
  EXPECT_EQ(p.glyphs[1].gid, 0u);
  EXPECT_NE(p.glyphs[1].face, kai);
  hb_glyph_extents_t e{};
  hb_font_get_glyph_extents(lib().face(p.glyphs[1].face).hb(), 0, &e);
  EXPECT_GT(e.width, 0);
  check_invariants(p);
}

TEST(ShapeSpaces, LatinSpaceIsTheWordsGap) {
  int serif = lib().face_for("Noto Serif CJK SC");
  auto p = shape("New York Times", serif);
  ASSERT_EQ(p.atoms.size(), 3u);
  EXPECT_GT(p.atoms[0].gap, 0);
  EXPECT_EQ(p.atoms[0].stretch_class, StretchClass::LatinSpace);
  EXPECT_EQ(p.atoms[0].brk, Break::Allowed);
  EXPECT_EQ(p.atoms[1].brk, Break::Allowed);
  check_invariants(p);
  auto nb = shape("5\u00a0km", serif);
  EXPECT_EQ(nb.atoms[0].brk, Break::Forbidden);
}

TEST(ShapeSpaces, SpaceBetweenHanAndLatinBecomesQuarterEm) {
  int serif = lib().face_for("Noto Serif CJK SC");
  auto p = shape("下载 APP 使用", serif);
  ASSERT_EQ(p.atoms.size(), 5u);
  EXPECT_FLOAT_EQ(p.atoms[1].gap, kEm / 4);
  EXPECT_FLOAT_EQ(p.atoms[2].gap, kEm / 4);
  check_invariants(p);
}

// Ingest removes the stray spaces of extraction; a space that reaches the shaper between
// two Chinese units is deliberate (headline halves, names in a byline): a hair under half
// an em, never stretched.
TEST(ShapeSpaces, DeliberateSpaceBetweenHanIsHalfAnEm) {
  int serif = lib().face_for("Noto Serif CJK SC");
  auto p = shape("中 文 ", serif);
  ASSERT_EQ(p.atoms.size(), 2u);
  EXPECT_FLOAT_EQ(p.atoms[0].gap, 0.48f * kEm);
  EXPECT_FLOAT_EQ(p.atoms[0].stretch, 0);
  EXPECT_EQ(p.atoms[0].brk, Break::Allowed);
  check_invariants(p);
  auto marks = shape("工作； “抓推广”", serif);  // a stray space between two marks
  EXPECT_FLOAT_EQ(marks.atoms[2].width + marks.atoms[2].gap + marks.atoms[3].width, 1.5f * kEm);
  auto lead = shape(" 中", serif);  // a leading space does not crash either
  check_invariants(lead);
}

TEST(ShapeSpaces, NewlineForcesABreak) {
  int serif = lib().face_for("Noto Serif CJK SC");
  auto p = shape("中\n文", serif);
  ASSERT_EQ(p.atoms.size(), 2u);
  EXPECT_EQ(p.atoms[0].brk, Break::Mandatory);
  EXPECT_NE(p.glyphs[1].gid, 0u);  // not a box
  EXPECT_FLOAT_EQ(p.glyphs[1].advance, 0);
  check_invariants(p);
}

TEST(ShapeRuns, RunsKeepTheirFacesAndSizes) {
  int serif = lib().face_for("Noto Serif CJK SC");
  int sans = lib().face_for("Noto Sans CJK SC");
  auto p = shape_paragraph({{"本报讯（记者 赖书闻）", sans, 9}, {"2月10日，海南", serif, 10.5f}},
                           lib(), ShapeOptions{});
  EXPECT_EQ(p.glyphs.front().face, sans);
  EXPECT_FLOAT_EQ(p.atoms.front().width, 9);
  EXPECT_EQ(p.glyphs.back().face, serif);
  EXPECT_FLOAT_EQ(p.atoms.back().width, 10.5f);
  check_invariants(p);
}

TEST(ShapeRuns, InvalidUtf8IsAnError) {
  int serif = lib().face_for("Noto Serif CJK SC");
  EXPECT_THROW(shape("甲\xff乙", serif), Error);
}

TEST(ShapeRuns, VerticalShapingGivesVerticalForms) {
  int serif = lib().face_for("Noto Serif CJK SC");
  ShapeOptions v;
  v.vertical = true;
  auto h = shape("甲，乙（丙）——", serif);
  auto p = shape_paragraph({{"甲，乙（丙）——", serif, kEm}}, lib(), v);
  ASSERT_EQ(p.atoms.size(), h.atoms.size());
  EXPECT_NE(p.glyphs[1].gid, h.glyphs[1].gid);  // ，turned for vertical
  EXPECT_FLOAT_EQ(p.atoms[0].width, kEm);       // vertical advance
  EXPECT_FLOAT_EQ(p.atoms[1].end_trim, kEm / 2);
  check_invariants(p);
}

std::string sample_paragraph(size_t chars) {
  const std::string s =
      "本报讯（记者赖书闻）2月10日，海南省总工会召开“县级工会加强年”专项工作推进会。"
      "此前，省总工会出台《方案》，进一步细化工作措施——压实主体责任，确定了19项具体"
      "工作内容；MTBE装置、P-104泵和APP平台……均已投用！";
  std::string out;
  while (utf8::length(out) < chars) out += s;
  return out;
}

TEST(ShapeTiming, ThirtyThousandCharacterParagraph) {
  int serif = lib().face_for("Noto Serif CJK SC");
  std::string text = sample_paragraph(30000);
  shape(sample_paragraph(300), serif);  // warm the face tables
  auto t0 = std::chrono::steady_clock::now();
  auto p = shape(text, serif);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("[ timing ] shaped %zu chars -> %zu glyphs, %zu atoms in %.2f ms\n",
              utf8::length(text), p.glyphs.size(), p.atoms.size(), ms);
  EXPECT_GT(p.atoms.size(), 25000u);
  check_invariants(p);
}

TEST(ShapeTiming, SeedPages) {
  namespace fs = std::filesystem;
  fs::path dir = WZ_SHARED_DIR "/seeds";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no seeds at " << dir;
  std::vector<std::string> paras;
  for (auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".txt") continue;
    std::ifstream in(e.path());
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) paras.push_back(line);
  }
  if (paras.empty()) GTEST_SKIP() << "no seed text in " << dir;
  int serif = lib().face_for("Noto Serif CJK SC");
  auto c0 = std::chrono::steady_clock::now();
  for (auto& s : paras) shape(s, serif);  // cold: coverage caches, ICU, face tables
  double cold =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - c0).count();
  std::printf("[ timing ] seeds (first pass, caches cold): %.2f ms\n", cold);
  size_t chars = 0, glyphs = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (auto& s : paras) {
    auto p = shape(s, serif);
    chars += utf8::length(s);
    glyphs += p.glyphs.size();
  }
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::printf("[ timing ] seeds (warm): %zu paragraphs, %zu chars, %zu glyphs shaped in %.2f ms\n",
              paras.size(), chars, glyphs, ms);
  EXPECT_GE(glyphs, chars * 9 / 10);
}

}  // namespace
}  // namespace wz::typeset
