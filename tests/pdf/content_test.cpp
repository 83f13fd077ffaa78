// Unit tests of the pieces under the PDF writer: number formatting, dates, roman page
// labels, CID font metrics and the TJ arrays of the content stream.
#include "pdf/content.h"

#include <gtest/gtest.h>

#include <clocale>
#include <regex>

#include "pdf/cid_font.h"
#include "pdf/navigation.h"
#include "pdf/num.h"
#include "pdf_test_util.h"

using namespace wz;
using namespace wz::pdf;
using Dir = pages::GlyphRun::Dir;

namespace {

std::string fmt(double v, int d = 3) {
  std::string s;
  append_num(s, v, d);
  return s;
}

TEST(PdfNum, FormatsWithoutLocaleOrTrailingZeros) {
  std::setlocale(LC_NUMERIC, "de_DE.UTF-8");  // a comma locale, if installed
  EXPECT_EQ(fmt(1.5), "1.5");
  EXPECT_EQ(fmt(12), "12");
  EXPECT_EQ(fmt(3.14159), "3.142");
  EXPECT_EQ(fmt(-0.0001), "0");
  EXPECT_EQ(fmt(-25.004, 2), "-25");
  EXPECT_EQ(fmt(841.89), "841.89");
  std::setlocale(LC_NUMERIC, "C");
  std::string h;
  append_hex16(h, 0xE5FF);
  EXPECT_EQ(h, "E5FF");
}

TEST(PdfNavigation, DatesAndRomanLabels) {
  EXPECT_EQ(pdf_date(1704067200), "D:20240101000000Z");
  EXPECT_EQ(pdf_date(1707566400 + 3661), "D:20240210130101Z");
  EXPECT_EQ(roman_value("xiv", false), 14);
  EXPECT_EQ(roman_value("XIV", true), 14);
  EXPECT_EQ(roman_value("iiii", false), 0);  // not canonical
  EXPECT_EQ(roman_value("xiv", true), 0);
  EXPECT_EQ(roman_value("3", false), 0);
}

class PdfContentTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto song = test::find_face("Noto Serif CJK SC");
    if (!song) GTEST_SKIP() << "Noto Serif CJK SC not installed";
    face_ = *song;
    font_ = std::make_unique<CidFont>(face_);
    slots_ = {{font_.get(), 0}};
  }
  std::string content(const pages::GlyphRun& run) {
    pages::Page p;
    pages::Item it;
    it.body = run;
    p.items.push_back(it);
    FontUses uses;
    return page_content(p, slots_, uses);
  }
  pages::FontFace face_;
  std::unique_ptr<CidFont> font_;
  std::vector<FontSlot> slots_;
};

TEST_F(PdfContentTest, CodesAreCidsAndWidthsComeFromHmtx) {
  EXPECT_EQ(font_->kind(), CidFont::Kind::CffCid);
  pages::GlyphRun r = test::shape(face_, 0, "汉A", 10, Dir::Horizontal, 0, 0);
  ASSERT_EQ(r.glyphs.size(), 2u);
  EXPECT_EQ(font_->code(r.glyphs[0].gid), r.glyphs[0].gid);  // Noto: CID = GID
  EXPECT_EQ(font_->width(r.glyphs[0].gid), 1000);
  EXPECT_GT(font_->width(r.glyphs[1].gid), 300);  // a proportional Latin capital
  EXPECT_LT(font_->width(r.glyphs[1].gid), 1000);
}

TEST_F(PdfContentTest, NoNumbersWhenPositionsFollowTheWidths) {
  pages::GlyphRun r =
      test::shape(face_, 0, "三亚市总工会召开推进会", 10.5, Dir::Horizontal, 50, 80);
  std::string c = content(r);
  EXPECT_NE(c.find("/F0 10.5 Tf"), std::string::npos) << c;
  EXPECT_NE(c.find("1 0 0 1 50 761.89 Tm"), std::string::npos) << c;
  EXPECT_TRUE(std::regex_search(c, std::regex("\\[<[0-9A-F]+>\\] TJ"))) << c;
}

TEST_F(PdfContentTest, GapsBecomeTjNumbersWithoutDrift) {
  pages::GlyphRun r = test::shape(face_, 0, "一二三四五六七八九十", 10, Dir::Horizontal, 0, 0);
  // Widen every gap by 0.1/1000 em (below kMinAdjust) and the 5th by 0.2 em (2 pt at 10 pt).
  for (size_t i = 0; i < r.glyphs.size(); ++i)
    r.glyphs[i].x += i * 0.0001 * 10 + (i >= 5 ? 2.0 : 0);
  std::string c = content(r);
  // One number: 200 thousandths (negative: moves right) plus the 0.5 of residues that had
  // accumulated by then, folded in rather than lost; the later residues stay below 0.5.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(c, m, std::regex(">(-[0-9.]+) <"))) << c;
  EXPECT_DOUBLE_EQ(std::stod(m[1]), -200.5) << c;
  EXPECT_EQ(std::count(c.begin(), c.end(), '-'), 1) << c;
}

TEST_F(PdfContentTest, BaselineShiftStartsANewTextMatrix) {
  pages::GlyphRun r = test::shape(face_, 0, "一二三", 10, Dir::Horizontal, 0, 100);
  r.glyphs[2].y -= 3;  // superior
  std::string c = content(r);
  EXPECT_NE(c.find("] TJ\n1 0 0 1 20 744.89 Tm\n[<"), std::string::npos) << c;
}

TEST_F(PdfContentTest, VerticalRunUsesIdentityVAndW2ForTheTwoEmDash) {
  pages::GlyphRun r = test::shape(face_, 0, "破折——号", 20, Dir::Vertical, 300, 50);
  ASSERT_EQ(r.glyphs.size(), 4u);  // —— is one glyph in vertical text
  const auto dash = r.glyphs[2].gid;
  VMetric dm = font_->vmetric(dash), hm = font_->vmetric(r.glyphs[0].gid);
  EXPECT_EQ(dm.w1y, -2000);
  EXPECT_EQ(dm.vy, 1380);
  EXPECT_EQ(hm.w1y, -1000);
  EXPECT_EQ(hm.vy, 880);
  std::string c = content(r);
  EXPECT_NE(c.find("/F0V 20 Tf"), std::string::npos) << c;
  EXPECT_EQ(c.find("] TJ\n1 0 0 1"), std::string::npos) << "one TJ for the column: " << c;
  EXPECT_FALSE(std::regex_search(c, std::regex("> ?-?[0-9]"))) << "no adjustments: " << c;
}

TEST_F(PdfContentTest, RotatedRunTurnsTheTextMatrix) {
  pages::GlyphRun r = test::shape(face_, 0, "PDF", 10, Dir::RotatedCW, 200, 100);
  std::string c = content(r);
  EXPECT_NE(c.find("0 -1 1 0 200 741.89 Tm"), std::string::npos) << c;
  EXPECT_NE(c.find("/F0 10 Tf"), std::string::npos) << c;
}

TEST_F(PdfContentTest, RulesAndBoxesCarryTheirColoursInsideQ) {
  pages::Page p;
  pages::Item rule, box;
  rule.body = pages::Rule{10, 20, 110, 20, 0.5, pages::Color::process(1, 0, 0, 0, 1, 1, 0)};
  box.body = pages::Box{10, 30, 100, 50, 1, false, true, {}, pages::Color::gray(0.9)};
  p.items = {rule, box};
  FontUses uses;
  std::string c = page_content(p, slots_, uses);
  EXPECT_EQ(c,
            "q 0.5 w 1 0 0 RG\n10 821.89 m 110 821.89 l S Q\n"
            "q 0.9 g\n10 761.89 100 50 re f Q\n");
  EXPECT_TRUE(uses.empty());
  // For the press: the process colour in CMYK, gray stays DeviceGray.
  c = page_content(p, slots_, uses, pages::Conformance::PdfX4);
  EXPECT_EQ(c,
            "q 0.5 w 0 1 1 0 K\n10 821.89 m 110 821.89 l S Q\n"
            "q 0.9 g\n10 761.89 100 50 re f Q\n");
}

// A picture grown into the bleed is clipped to its frame before it is scaled and drawn.
TEST_F(PdfContentTest, AClippedPictureIsCutOffAtItsFrame) {
  pages::Page p;
  pages::Item pic;
  pic.body = pages::Picture{0, -10, -10, 120, 60, "", -5, -5, 100, 50};
  p.items = {pic};
  FontUses uses;
  EXPECT_EQ(page_content(p, slots_, uses),
            "q -5 796.89 100 50 re W n 120 0 0 60 -10 791.89 cm /Im0 Do Q\n");
  pic.picture().clip_w = 0;
  p.items = {pic};
  EXPECT_EQ(page_content(p, slots_, uses), "q 120 0 0 60 -10 791.89 cm /Im0 Do Q\n");
}

TEST_F(PdfContentTest, BlackTextIsDeviceGrayInEveryProfile) {
  pages::GlyphRun r = test::shape(face_, 0, "一二", 10, Dir::Horizontal, 0, 100);
  for (auto c : {pages::Conformance::None, pages::Conformance::PdfX4, pages::Conformance::PdfA2u}) {
    pages::Page p;
    pages::Item it;
    it.body = r;
    p.items = {it};
    FontUses uses;
    std::string s = page_content(p, slots_, uses, c);
    EXPECT_NE(s.find("0 g\n0 G\n"), std::string::npos) << s;
    EXPECT_EQ(s.find(" rg"), std::string::npos) << s;
    EXPECT_EQ(s.find(" k\n"), std::string::npos) << s;
  }
}

TEST_F(PdfContentTest, RegistrationMarksUseTheSeparationOnPressAndMoveToTheTrimCorner) {
  pages::Page p;
  p.bleed = 8.5, p.slug = 20;
  pages::Item mark;
  mark.body = pages::Rule{-28.5, -8.5, -8.5, -8.5, 0.25, pages::Color::registration()};
  p.items = {mark};
  FontUses uses;
  bool reg = false;
  std::string c = page_content(p, slots_, uses, pages::Conformance::PdfX4, &reg);
  EXPECT_TRUE(reg);
  EXPECT_EQ(c.rfind("1 0 0 1 28.5 28.5 cm\n", 0), 0u) << c;
  EXPECT_NE(c.find("/Reg CS 1 SCN"), std::string::npos) << c;
  c = page_content(p, slots_, uses, pages::Conformance::PdfA2u, &reg);
  EXPECT_FALSE(reg);
  EXPECT_NE(c.find("0 G\n"), std::string::npos) << c;
}

}  // namespace
