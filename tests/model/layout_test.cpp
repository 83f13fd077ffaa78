// Layout files: every key checked; errors name file, line, key and what is allowed.
#include <gtest/gtest.h>

#include "base/error.h"
#include "base/file.h"
#include "model/layout.h"

using wz::model::parse_layout;

namespace {

std::string error_of(const std::string& text) {
  try {
    parse_layout(text, "bad.toml");
  } catch (const wz::Error& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Layout, DefaultsWhenEmpty) {
  auto L = parse_layout("", "x.toml");
  EXPECT_EQ(L.name, "x");
  EXPECT_EQ(L.columns, 2);
  EXPECT_DOUBLE_EQ(L.body_size, 10.5);
  EXPECT_EQ(L.style(wz::model::Style::Headline).font, wz::model::FontRole::Headline);
}

TEST(Layout, ShippedDigestA4Parses) {
  std::string f = std::string(WZ_SOURCE_DIR) + "/layouts/digest-a4.toml";
  auto L = parse_layout(wz::read_file(f), f);
  EXPECT_EQ(L.name, "digest-a4");
  EXPECT_EQ(L.columns, 2);
  EXPECT_EQ(L.chars_per_line, 22);
  EXPECT_NEAR(L.page_width, 210, 1e-9);
  EXPECT_DOUBLE_EQ(L.style(wz::model::Style::Headline).size, 20);
}

// Every [styles.NAME] table is read into the Style its name gives, once; an unknown name
// is an error listing the names (which are to_string of each Style).
TEST(Layout, StyleNamesParseIntoTheirStyle) {
  using wz::model::Style;
  auto L = parse_layout(
      "[styles.section_head]\nsize = 13\n[styles.reading_tip]\nindent = 0\n"
      "[styles.running_head]\nsize = 7.5\n",
      "s.toml");
  EXPECT_DOUBLE_EQ(L.style(Style::SectionHead).size, 13);
  EXPECT_DOUBLE_EQ(L.style(Style::ReadingTip).indent, 0);
  EXPECT_DOUBLE_EQ(L.style(Style::RunningHead).size, 7.5);
  EXPECT_DOUBLE_EQ(L.style(Style::Caption).indent, 2);  // untouched: the default
  EXPECT_EQ(L.styles.size(), 12u);
  for (const auto& [style, st] : L.styles)
    EXPECT_EQ(parse_layout(std::string("[styles.") + to_string(style) + "]\nsize = 33\n", "t.toml")
                  .style(style)
                  .size,
              33)
        << to_string(style);
  std::string e = error_of("[styles.sectionhead]\nsize = 13\n");
  EXPECT_NE(e.find("section_head"), std::string::npos) << e;
  EXPECT_NE(e.find("styles.sectionhead"), std::string::npos) << e;
}

TEST(Layout, UnknownKeyListsAllowed) {
  std::string e = error_of("[grid]\ncolumns = 2\ncols = 3\n");
  EXPECT_NE(e.find("bad.toml:3"), std::string::npos) << e;
  EXPECT_NE(e.find("grid.cols"), std::string::npos) << e;
  EXPECT_NE(e.find("columns"), std::string::npos) << e;
}

TEST(Layout, OutOfRangeSaysRange) {
  std::string e = error_of("[grid]\nbody_size = 5\n");
  EXPECT_NE(e.find("bad.toml:2"), std::string::npos) << e;
  EXPECT_NE(e.find("grid.body_size"), std::string::npos) << e;
  EXPECT_NE(e.find("out of range"), std::string::npos) << e;
}

TEST(Layout, BadEnumListsChoices) {
  std::string e = error_of("[typography]\npunctuation = \"wide\"\n");
  EXPECT_NE(e.find("quanjiao | kaiming | banjiao | plain"), std::string::npos) << e;
  e = error_of("[styles.headline]\nfont = \"comic\"\n");
  EXPECT_NE(e.find("body | headline | kai | folio"), std::string::npos) << e;
}

// Issue 9: the string settings are parsed into enums once; the make-up is named, never
// a silent broadsheet when [article] is missing.
TEST(Layout, SettingsAreParsedIntoEnums) {
  using namespace wz::model;
  auto L = parse_layout("", "x.toml");
  EXPECT_EQ(L.makeup, MakeUp::Columns);
  EXPECT_EQ(L.direction, Direction::Horizontal);
  EXPECT_EQ(L.prohibition, Prohibition::GB);
  EXPECT_EQ(L.article_start, ArticleStart::Continue);
  L = parse_layout(
      "[grid]\ndirection = \"vertical\"\n[typography]\nprohibition = \"strict\"\n"
      "[styles.headline]\nalign = \"right\"\n[article]\nstart = \"rule\"\n",
      "v.toml");
  EXPECT_EQ(L.makeup, MakeUp::Vertical);
  EXPECT_TRUE(L.vertical());
  EXPECT_EQ(L.prohibition, Prohibition::Strict);
  EXPECT_EQ(L.style(wz::model::Style::Headline).align, Align::Right);
  EXPECT_STREQ(to_string(L.style(wz::model::Style::Headline).align), "right");
  EXPECT_EQ(L.article_start, ArticleStart::Rule);
  EXPECT_EQ(parse_layout("[article]\nmakeup = \"broadsheet\"\n", "b.toml").makeup,
            MakeUp::Broadsheet);
  EXPECT_DOUBLE_EQ(L.new_page_below, 0);
  EXPECT_DOUBLE_EQ(L.head_space_after, 0);
  EXPECT_DOUBLE_EQ(parse_layout("[article]\nhead_space_after = 1\n", "h.toml").head_space_after, 1);
  EXPECT_DOUBLE_EQ(parse_layout("[article]\nnew_page_below = 0.25\n", "n.toml").new_page_below,
                   0.25);
}

TEST(Layout, BadMakeUpIsRefused) {
  std::string e = error_of("[article]\nmakeup = \"magazine\"\n");
  EXPECT_NE(e.find("columns | broadsheet"), std::string::npos) << e;
  e = error_of("[grid]\ndirection = \"vertical\"\n[article]\nmakeup = \"broadsheet\"\n");
  EXPECT_NE(e.find("bad.toml:4"), std::string::npos) << e;
  EXPECT_NE(e.find("article.makeup"), std::string::npos) << e;
  e = error_of("[article]\nheadline_span = true\n");  // the old key: named, with the new one
  EXPECT_NE(e.find("makeup"), std::string::npos) << e;
  e = error_of("[styles.headline]\nalign = \"middle\"\n");
  EXPECT_NE(e.find("left | center | right | justify"), std::string::npos) << e;
}

TEST(Layout, UnknownPageSize) {
  std::string e = error_of("[page]\nsize = \"A9\"\n");
  EXPECT_NE(e.find("page.size"), std::string::npos) << e;
  EXPECT_NE(e.find("A4"), std::string::npos) << e;
}

TEST(Layout, UnknownLayoutNameListsInstalled) {
  std::string dir = std::string(WZ_SOURCE_DIR) + "/layouts";
  try {
    wz::model::load_layout("nope", ".", {dir}, {"digest.toml", 7});
    FAIL() << "no error";
  } catch (const wz::Error& e) {
    std::string m = e.what();
    EXPECT_NE(m.find("digest.toml:7"), std::string::npos) << m;
    EXPECT_NE(m.find("digest-a4"), std::string::npos) << m;
  }
}

}  // namespace

namespace {

TEST(LayoutPrint, DefaultsAreThreeMillimetresOfBleedAndCropMarks) {
  auto L = parse_layout("", "x.toml");
  EXPECT_DOUBLE_EQ(L.print.bleed, 3);
  EXPECT_EQ(L.print.marks, wz::model::Marks::Crop);
  EXPECT_FALSE(L.print.registration);
  EXPECT_DOUBLE_EQ(L.print.rich_black, 0);
}

TEST(LayoutPrint, KeysAreRead) {
  auto L = parse_layout(
      "[print]\nbleed = 5\nmarks = \"none\"\nslug = 12\nregistration = true\nrich_black = 24\n",
      "x.toml");
  EXPECT_DOUBLE_EQ(L.print.bleed, 5);
  EXPECT_EQ(L.print.marks, wz::model::Marks::None);
  EXPECT_DOUBLE_EQ(L.print.slug, 12);
  EXPECT_TRUE(L.print.registration);
  EXPECT_DOUBLE_EQ(L.print.rich_black, 24);
}

TEST(LayoutPrint, BadValuesNameTheKeyAndWhatIsAllowed) {
  std::string e = error_of("[print]\nmarks = \"trim\"\n");
  EXPECT_NE(e.find("bad.toml:2"), std::string::npos) << e;
  EXPECT_NE(e.find("print.marks"), std::string::npos) << e;
  EXPECT_NE(e.find("crop | none"), std::string::npos) << e;
  e = error_of("[print]\nbleed = -1\n");
  EXPECT_NE(e.find("print.bleed"), std::string::npos) << e;
  e = error_of("[print]\ncolour = 1\n");
  EXPECT_NE(e.find("unknown key"), std::string::npos) << e;
  e = error_of("[print]\nslug = inf\n");  // the [print] numbers get main's finite check too
  EXPECT_NE(e.find("print.slug"), std::string::npos) << e;
  EXPECT_NE(e.find("finite"), std::string::npos) << e;
}

// Issue 15: a style's colour, in both forms (sRGB for screen, archive and EPUB; CMYK for print).
TEST(LayoutColor, BothFormsAreRead) {
  auto L = parse_layout(
      "[styles.headline]\ncolor = { rgb = \"#B22222\", cmyk = [0, 90, 80, 20] }\n", "c.toml");
  const auto& c = L.style(wz::model::Style::Headline).color;
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->rgb_hex, "#b22222");
  EXPECT_NEAR(c->r, 0xb2 / 255.0, 1e-12);
  EXPECT_NEAR(c->g, 0x22 / 255.0, 1e-12);
  EXPECT_DOUBLE_EQ(c->c, 0);
  EXPECT_DOUBLE_EQ(c->m, 0.9);
  EXPECT_DOUBLE_EQ(c->y, 0.8);
  EXPECT_DOUBLE_EQ(c->k, 0.2);
  EXPECT_FALSE(L.style(wz::model::Style::Kicker).color.has_value())
      << "black unless a layout says otherwise";
  EXPECT_FALSE(parse_layout("", "x.toml").style(wz::model::Style::Headline).color.has_value());
}

TEST(LayoutColor, BadColoursNameTheKeyAndLine) {
  std::string e = error_of("[styles.headline]\nsize = 20\ncolor = { rgb = \"#b22222\" }\n");
  EXPECT_NE(e.find("bad.toml:3"), std::string::npos) << e;
  EXPECT_NE(e.find("styles.headline.color"), std::string::npos) << e;
  EXPECT_NE(e.find("cmyk is missing"), std::string::npos) << e;
  e = error_of("[styles.kicker]\ncolor = { rgb = \"red\", cmyk = [0, 0, 0, 0] }\n");
  EXPECT_NE(e.find("styles.kicker.color.rgb"), std::string::npos) << e;
  EXPECT_NE(e.find("#rrggbb"), std::string::npos) << e;
  e = error_of("[styles.kicker]\ncolor = { rgb = \"#000000\", cmyk = [0, 0, 120] }\n");
  EXPECT_NE(e.find("styles.kicker.color.cmyk"), std::string::npos) << e;
  e = error_of("[styles.kicker]\ncolor = { rgb = \"#000000\", cmyk = [0, 0, 120, 0] }\n");
  EXPECT_NE(e.find("0 to 100"), std::string::npos) << e;
  e = error_of("[styles.kicker]\ncolor = \"#000000\"\n");
  EXPECT_NE(e.find("expected { rgb"), std::string::npos) << e;
  e = error_of("[styles.kicker]\ncolor = { rgb = \"#000000\", cmyk = [0, 0, 0, 0], lab = 1 }\n");
  EXPECT_NE(e.find("unknown key"), std::string::npos) << e;
  e = error_of("[styles.folio]\ncolor = { rgb = \"#000000\", cmyk = [0, 0, 0, 100] }\n");
  EXPECT_NE(e.find("styles.folio.color"), std::string::npos) << e;
  EXPECT_NE(e.find("set in black"), std::string::npos) << e;
}

// Issue 14, defect 5: values that used to pass the checks.
TEST(LayoutValues, NonFiniteNumbersAreRefusedWithFileLineAndKey) {
  for (const char* v : {"nan", "+nan", "inf", "-inf"}) {
    std::string e = error_of(std::string("[grid]\ncolumns = 2\nbody_size = ") + v + "\n");
    EXPECT_NE(e.find("bad.toml:3"), std::string::npos) << e;
    EXPECT_NE(e.find("grid.body_size"), std::string::npos) << e;
    EXPECT_NE(e.find("finite"), std::string::npos) << e;
  }
  std::string e = error_of("[page]\nmargin_top = nan\n");
  EXPECT_NE(e.find("page.margin_top"), std::string::npos) << e;
  e = error_of("[styles.headline]\nsize = inf\n");
  EXPECT_NE(e.find("styles.headline.size"), std::string::npos) << e;
}

TEST(LayoutValues, CountsMustBeWholeNumbers) {
  std::string e = error_of("[grid]\ncolumns = 2.5\n");
  EXPECT_NE(e.find("bad.toml:2"), std::string::npos) << e;
  EXPECT_NE(e.find("grid.columns"), std::string::npos) << e;
  EXPECT_NE(e.find("whole number"), std::string::npos) << e;
  EXPECT_NE(error_of("[grid]\nchars_per_line = 20.0\n").find("whole number"), std::string::npos);
  EXPECT_NE(error_of("[article]\nmax_columns = 1.5\n").find("whole number"), std::string::npos);
  EXPECT_EQ(parse_layout("[grid]\ncolumns = 3\n", "x.toml").columns, 3);
}

TEST(LayoutValues, MarginsWiderThanThePageAreRefused) {
  std::string e = error_of("[page]\nsize = \"A4\"\nmargin_inner = 100\nmargin_outer = 100\n");
  EXPECT_NE(e.find("bad.toml:3"), std::string::npos) << e;
  EXPECT_NE(e.find("page.margin_inner"), std::string::npos) << e;
  EXPECT_NE(e.find("210 mm wide"), std::string::npos) << e;
  e = error_of("[page]\nmargin_top = 150\nmargin_bottom = 150\n");
  EXPECT_NE(e.find("high"), std::string::npos) << e;
}

TEST(LayoutValues, ColumnsTooNarrowForALineAreRefused) {
  // A5: 114 mm of measure; 12 columns of 10.5 pt with 2-em gutters leave ~1 character each.
  std::string e = error_of("[page]\nsize = \"A5\"\n[grid]\ncolumns = 12\n");
  EXPECT_NE(e.find("bad.toml:4"), std::string::npos) << e;
  EXPECT_NE(e.find("grid.columns"), std::string::npos) << e;
  EXPECT_NE(e.find("characters per line"), std::string::npos) << e;
  // Vertical: tiers share the page's height.
  e = error_of("[page]\nsize = \"A5\"\n[grid]\ndirection = \"vertical\"\ncolumns = 12\n");
  EXPECT_NE(e.find("tiers"), std::string::npos) << e;
}

TEST(LayoutValues, ShippedLayoutsPassTheCrossChecks) {
  for (const char* name : {"digest-a4", "broadsheet", "book-a5", "large-print", "vertical"}) {
    std::string f = std::string(WZ_SOURCE_DIR) + "/layouts/" + name + ".toml";
    EXPECT_NO_THROW(parse_layout(wz::read_file(f), f)) << name;
  }
}

}  // namespace

namespace {

// Issue 14, defect 9: inputs on which toml++ 3.3.0 reaches an assertion or
// __builtin_unreachable are refused before toml++ sees them.
TEST(TomlGuard, InputsThatBreakTomlPlusPlusAreRefused) {
  std::string e = error_of(std::string("[\0", 2));
  EXPECT_NE(e.find("bad.toml:1"), std::string::npos) << e;
  EXPECT_NE(e.find("NUL"), std::string::npos) << e;
  for (const char* text : {"[×", "name = \"x\"\n  [ ×]\n", "[[×]]", "[grid]\n[\t×"}) {
    e = error_of(text);
    EXPECT_NE(e.find("table header must start with a key name"), std::string::npos) << e;
  }
  EXPECT_NE(error_of("×").find("invalid TOML"), std::string::npos);
  // A header-like line inside a multi-line string is text, not a header.
  EXPECT_EQ(parse_layout("description = \"\"\"\n[×\n\"\"\"\n", "x.toml").description, "[×\n");
}

}  // namespace
