// The vertical layout (竖排) end to end through the typesetter: a small digest set with
// layouts/vertical.toml, judged from the LineRecords (`dump --pages`) and the pages.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include <hb.h>

#include "base/file.h"
#include "base/utf8.h"
#include "model/layout.h"
#include "typeset/fonts/font_library.h"
#include "typeset/page/typeset.h"
#include "typeset/page/vertical_flow.h"

using namespace wz;
using Dir = pages::GlyphRun::Dir;

namespace {

model::Layout vertical_layout(model::Variant v = model::Variant::Hans) {
  std::string f = std::string(WZ_SOURCE_DIR) + "/layouts/vertical.toml";
  model::Layout L = model::parse_layout(read_file(f), f);
  L.variant = v;  // the shaping language and where the marks sit (variant::adapt_layout)
  return L;
}

model::Block para(const std::string& text, model::BlockKind kind = model::BlockKind::Paragraph) {
  model::Block b;
  b.kind = kind;
  b.text = {{text}};
  return b;
}

// Enough text for two pages: quotes, brackets, a 2-em dash, an upright acronym, a turned
// Latin word, 2- and 4-digit numbers, a reading tip and a section head.
model::Digest sample_digest() {
  model::Digest d;
  d.title = "职工文摘";
  model::Issue is;
  is.title = "竖排试印";
  is.date = "2024-04-22";
  is.layout = "vertical";
  model::Article a;
  a.head.kicker = "“职工之家”APP上线一周年——";
  a.head.headline = "指尖上的工会服务越来越暖";
  a.blocks.push_back(
      para("本报讯（记者何雨桐）“以前办会员卡要跑两趟，现在动动手指就行。”"
           "3月20日，在江城市总工会举行的座谈会上，快递员小周这样说。"));
  a.blocks.push_back(
      para("据介绍，该APP自2024年3月上线以来，已有36万名职工注册使用，提供入会"
           "申请、困难帮扶、法律咨询等18项服务，并开通WeChat小程序入口。"));
  model::Article b;
  b.head.headline = "一本“维权手册”的诞生";
  b.blocks.push_back(para("一线职工遇到欠薪、工伤等问题时，往往不知道该找谁、怎么办。",
                          model::BlockKind::ReadingTip));
  b.blocks.push_back(para("从案例中来", model::BlockKind::SectionHead));
  std::string body;
  for (int i = 0; i < 12; ++i)
    body +=
        "“手册里的每一个问题，都来自我们接待过的真实案例。”法律服务中心（江城）主任说——"
        "去年共接待来访咨询1200余人次，代理案件65件。";
  b.blocks.push_back(para(body));
  is.articles = {a, b};
  d.issues = {is};
  return d;
}

struct Fixture {
  explicit Fixture(model::Variant v = model::Variant::Hans) : L(vertical_layout(v)) {}
  model::Layout L;
  typeset::FontLibrary fonts{{WZ_SOURCE_DIR "/fonts"}};
  typeset::TypesetResult r = typeset::typeset_digest(sample_digest(), {L}, fonts);
  typeset::VGeometry g = typeset::make_vgeometry(L);
};

Fixture& fx() {
  static Fixture f;
  return f;
}

bool is_body(const typeset::LineRecord& l) {
  return l.kind == "paragraph";
}

}  // namespace

TEST(Vertical, PagesProgressRightToLeft) {
  EXPECT_TRUE(fx().r.doc.meta.right_to_left);
}

TEST(Vertical, LinesRunRightToLeftOnTheGrid) {
  const auto& f = fx();
  int body = 0;
  const typeset::LineRecord* prev = nullptr;
  for (const auto& l : f.r.lines) {
    if (!is_body(l)) continue;
    ++body;
    // x is the column centre: a whole number of line pitches left of the first line.
    double k = (f.g.centre(0) - l.x) / f.g.pitch;
    EXPECT_NEAR(k, std::round(k), 1e-6) << l.text;
    EXPECT_GE(k, -1e-6);
    EXPECT_LT(k, f.g.lines);
    // Each line starts in the tier and is no longer than the measure.
    EXPECT_LE(l.width, f.g.measure + 1e-6) << l.text;
    EXPECT_GE(l.baseline, f.g.tier_top(0) - 1e-6);
    EXPECT_LE(l.baseline + l.width, f.g.tier_top(0) + f.g.measure + 1e-6) << l.text;
    EXPECT_DOUBLE_EQ(l.measure, f.g.measure);
    if (prev && prev->page == l.page) EXPECT_LT(l.x, prev->x) << l.text;  // right to left
    prev = &l;
  }
  EXPECT_GT(body, 20);
  EXPECT_GT(f.r.doc.pages.size(), 4u);  // cover, contents, and the issue over ≥ 2 pages
}

TEST(Vertical, UprightGlyphsAdvanceDownTheColumn) {
  int runs = 0;
  for (const auto& p : fx().r.doc.pages)
    for (const auto& it : p.items) {
      if (it.kind() != pages::Item::Kind::Run || it.run().dir != Dir::Vertical) continue;
      ++runs;
      for (size_t i = 1; i < it.run().glyphs.size(); ++i)
        EXPECT_GT(it.run().glyphs[i].y, it.run().glyphs[i - 1].y);
    }
  EXPECT_GT(runs, 20);
}

namespace {

// The run of a page whose glyphs' texts concatenate to `text`.
const pages::GlyphRun* find_run(const std::string& text, Dir dir, int* page = nullptr) {
  const auto& pgs = fx().r.doc.pages;
  for (size_t p = 0; p < pgs.size(); ++p)
    for (const auto& it : pgs[p].items) {
      if (it.kind() != pages::Item::Kind::Run || it.run().dir != dir) continue;
      if (it.run().text() == text) {
        if (page) *page = static_cast<int>(p);
        return &it.run();
      }
    }
  return nullptr;
}

}  // namespace

TEST(Vertical, LatinWordIsTurned) {
  const pages::GlyphRun* r = find_run("WeChat", Dir::RotatedCW);
  ASSERT_NE(r, nullptr);
  // Turned 90° clockwise: the word runs down the column, its baseline left of the axis.
  for (size_t i = 1; i < r->glyphs.size(); ++i) EXPECT_GT(r->glyphs[i].y, r->glyphs[i - 1].y);
  // An acronym of three capitals stays upright (one cell per letter).
  EXPECT_EQ(find_run("WeChat", Dir::Vertical), nullptr);
  EXPECT_EQ(find_run("APP", Dir::RotatedCW), nullptr);
}

TEST(Vertical, TwoDigitNumberIsSetAcrossOneCell) {
  const auto& f = fx();
  int page = -1;
  const pages::GlyphRun* r = find_run("36", Dir::Horizontal, &page);
  ASSERT_NE(r, nullptr);
  ASSERT_EQ(r->glyphs.size(), 2u);
  // Its line: the body line of that page whose centre is nearest.
  const typeset::LineRecord* line = nullptr;
  for (const auto& l : f.r.lines)
    if (l.page == page && is_body(l) && utf8::decode(l.text).find(U"36万") != std::u32string::npos)
      line = &l;
  ASSERT_NE(line, nullptr);
  double x0 = r->x + r->glyphs[0].x, x1 = r->x + r->glyphs[1].x;
  EXPECT_GE(x0, line->x - f.g.em / 2 - 1e-6);  // both digits inside the column's cell
  EXPECT_LT(x1, line->x + f.g.em / 2);
  EXPECT_NEAR(r->glyphs[0].y, r->glyphs[1].y, 1e-9);  // side by side on one baseline
  EXPECT_GT(r->y + r->glyphs[0].y, line->baseline);
  EXPECT_LT(r->y + r->glyphs[0].y, line->baseline + line->width);
  // A 4-digit year stands upright, one digit per cell: neither turned nor 纵中横.
  EXPECT_EQ(find_run("2024", Dir::RotatedCW), nullptr);
  EXPECT_EQ(find_run("2024", Dir::Horizontal), nullptr);
  const pages::GlyphRun* year = nullptr;
  for (const auto& p : f.r.doc.pages)
    for (const auto& it : p.items)
      for (size_t i = 0; it.kind() == pages::Item::Kind::Run && i + 3 < it.run().glyphs.size(); ++i)
        if (it.run().dir == Dir::Vertical && it.run().text(it.run().glyphs[i]) == "2" &&
            it.run().text(it.run().glyphs[i + 3]) == "4" &&
            it.run().text(it.run().glyphs[i + 1]) == "0")
          year = &it.run();
  ASSERT_NE(year, nullptr);
}

TEST(Vertical, NoLineStartsWithAClosingMarkOrEndsWithAnOpeningOne) {
  const std::u32string no_start = U"、，；：。！？”’」』）〕］｝】〗》〉";
  const std::u32string no_end = U"“‘「『（〔［｛【〖《〈";
  for (const auto& l : fx().r.lines) {
    std::u32string t = utf8::decode(l.text);
    if (t.empty()) continue;
    EXPECT_EQ(no_start.find(t.front()), std::u32string::npos) << l.text;
    EXPECT_EQ(no_end.find(t.back()), std::u32string::npos) << l.text;
  }
}

TEST(Vertical, ReadingTipIsFramedAndHeadlinesStandAtTheRight) {
  const auto& f = fx();
  int boxes = 0;
  for (const auto& p : f.r.doc.pages)
    for (const auto& it : p.items)
      boxes += p.label != "封面" && it.kind() == pages::Item::Kind::Box;
  EXPECT_EQ(boxes, 1);
  // The headline line stands right of (before) its article's first body line.
  const typeset::LineRecord *head = nullptr, *first = nullptr;
  for (const auto& l : f.r.lines) {
    if (l.kind == "headline" && !head) head = &l;
    if (head && !first && is_body(l)) first = &l;
  }
  ASSERT_NE(head, nullptr);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(head->page, first->page);
  EXPECT_GT(head->x, first->x);
}

TEST(Vertical, KaiMarksStandInTheUpperRightOfTheirCell) {
  // The reading tip is in UKai, whose `vert` leaves ， as in horizontal text (、。 it
  // turns): it is moved right of the column's axis (GB/T 15834: 偏右), where the body
  // face's form stands.
  const auto& f = fx();
  int marks = 0;
  for (const auto& l : f.r.lines) {
    if (l.kind != "tip") continue;
    for (const auto& it : f.r.doc.pages[l.page].items) {
      if (it.kind() != pages::Item::Kind::Run || it.run().dir != Dir::Vertical) continue;
      if (it.run().y < l.baseline - 1e-6 || it.run().y > l.baseline + l.width) continue;
      for (const auto& g : it.run().glyphs) {
        if (it.run().text(g) != "，") continue;
        if (std::abs(it.run().x - l.x) > f.g.em / 2) continue;  // another line's run
        ++marks;
        EXPECT_GT(it.run().x + g.x - l.x, 0.25 * f.g.em) << l.text;
      }
    }
  }
  EXPECT_GT(marks, 0);
}

namespace {

// Where the ink of each ， of `f`'s lines of `kind` stands across its column: its centre's
// distance right of the line's axis, in em.
std::vector<double> comma_ink(const Fixture& f, const std::string& kind) {
  std::vector<double> out;
  for (const auto& l : f.r.lines) {
    if (l.kind != kind) continue;
    for (const auto& it : f.r.doc.pages[l.page].items) {
      if (it.kind() != pages::Item::Kind::Run || it.run().dir != Dir::Vertical) continue;
      if (it.run().y < l.baseline - 1e-6 || it.run().y > l.baseline + l.width) continue;
      if (std::abs(it.run().x - l.x) > f.g.em / 2) continue;  // another line's run
      const pages::FontFace& ff = f.r.doc.fonts[it.run().font];
      hb_blob_t* blob = hb_blob_create_from_file(ff.path.c_str());
      hb_face_t* face = hb_face_create(blob, ff.index);
      hb_font_t* font = hb_font_create(face);
      for (const auto& g : it.run().glyphs) {
        if (it.run().text(g) != "，") continue;
        hb_glyph_extents_t ink{};
        hb_position_t vx = 0, vy = 0;
        hb_font_get_glyph_extents(font, g.gid, &ink);
        hb_font_get_glyph_v_origin(font, g.gid, &vx, &vy);
        double s = it.run().size / hb_face_get_upem(face);
        double centre = it.run().x + g.x + (ink.x_bearing + ink.width / 2.0 - vx) * s;
        out.push_back((centre - l.x) / f.g.em);
      }
      hb_font_destroy(font), hb_face_destroy(face), hb_blob_destroy(blob);
    }
  }
  return out;
}

}  // namespace

// Taiwan and Hong Kong centre ，、。 in vertical text as in horizontal (clreq §3.2.3): in a
// Traditional edition the body face's ， (Noto CJK's TC/HK form) and the tip's (UKai, moved)
// stand on the column's axis; in a Simplified one in the upper right.
TEST(Vertical, TraditionalEditionCentresItsCommas) {
  static Fixture hk(model::Variant::HK);
  for (const char* kind : {"paragraph", "tip"}) {
    std::vector<double> hans = comma_ink(fx(), kind), trad = comma_ink(hk, kind);
    ASSERT_FALSE(hans.empty()) << kind;
    ASSERT_FALSE(trad.empty()) << kind;
    for (double x : hans) EXPECT_GT(x, 0.2) << kind;
    for (double x : trad) EXPECT_LT(std::abs(x), 0.1) << kind;
  }
}

namespace {

// An article of `before` short paragraphs, a picture with its caption, then paragraphs
// that begin "图后" (so their lines are told from the ones before the picture).
model::Digest pictured_digest(int before) {
  model::Digest d = sample_digest();
  model::Article a;
  a.head.headline = "职工书屋里的读书声";
  const std::string text = "江城市总工会今年在全市新建职工书屋四十二家，配送图书两万余册。";
  for (int i = 0; i < before; ++i) a.blocks.push_back(para(text));
  model::Block im;
  im.kind = model::BlockKind::Image;
  im.image.file = std::string(WZ_SOURCE_DIR) + "/samples/photos/reading-room.png";
  im.image.alt = "书屋";
  a.blocks.push_back(im);
  a.blocks.push_back(para("图为职工在书屋里读书。", model::BlockKind::Caption));
  for (int i = 0; i < 12; ++i) a.blocks.push_back(para("图后" + text));
  d.issues[0].articles = {a};
  return d;
}

// pictured_digest(before) set in the vertical layout, with its first picture and its page.
struct Pictured {
  typeset::TypesetResult r;
  int page = -1;
  const pages::Picture* pic = nullptr;
};
Pictured set_pictured(Fixture& f, int before) {
  Pictured out;
  out.r = typeset::typeset_digest(pictured_digest(before), {f.L}, f.fonts);
  for (size_t p = 0; p < out.r.doc.pages.size() && !out.pic; ++p)
    for (const auto& it : out.r.doc.pages[p].items)
      if (it.kind() == pages::Item::Kind::Picture && !out.pic)
        out.pic = &it.picture(), out.page = static_cast<int>(p);
  return out;
}

}  // namespace

// Issue 10: a picture stands at the top of its tier, at the right of its lines; one that
// does not fit in what is left of a tier heads the next tier while the text after it fills
// the tier (no hole), as in the digest flow.
TEST(Vertical, PictureHeadsTheNextTierWhenItDoesNotFitAndTheTextFillsTheTier) {
  Fixture& fx0 = fx();
  const typeset::VGeometry& g = fx0.g;
  auto tier_of = [&](double y) {
    return static_cast<int>(std::floor((y - g.area_y + 1e-6) / (g.measure + g.tier_gap)));
  };
  auto line_of = [&](double x) {
    return static_cast<int>(std::lround((g.centre(0) - x) / g.pitch));
  };
  int floated = 0;
  for (int before = 1; before <= 14; ++before) {
    SCOPED_TRACE("paragraphs before the picture: " + std::to_string(before));
    const Pictured set = set_pictured(fx0, before);
    const typeset::TypesetResult& r = set.r;
    const int page = set.page;
    const pages::Picture* pic = set.pic;
    ASSERT_NE(pic, nullptr);
    const int tier = tier_of(pic->y);
    EXPECT_NEAR(pic->y, g.tier_top(tier), 1e-6);  // at the top of its tier
    const double pad = (g.pitch - g.em) / 2;      // the frame's half leading
    const int first_line = line_of(pic->x + pic->w - g.em / 2 - pad);
    EXPECT_NEAR(pic->x + pic->w, g.centre(first_line) + g.em / 2 + pad, 1e-6);  // at the right
    if (first_line != 0) continue;  // it fitted where it came
    // The tier before it (on this page, or the last of the page before): filled to its
    // last line, with text from after the picture.
    const int prev_page = tier > 0 ? page : page - 1, prev_tier = tier > 0 ? tier - 1 : g.tiers - 1;
    int deepest = -1;
    bool after = false;
    for (const auto& l : r.lines) {
      if (l.page != prev_page || tier_of(l.baseline) != prev_tier) continue;
      deepest = std::max(deepest, line_of(l.x));
      after = after || l.text.rfind("图后", 0) == 0;
    }
    if (!after) continue;
    ++floated;
    EXPECT_GE(deepest, g.lines - 2) << "a hole at the tier's end";
  }
  EXPECT_GT(floated, 0);
}

// Issue 10: a picture stands at the top of the lines it spans, whole cells tall
// (picture_cells), and its caption stands under it in those lines, a gap cell under its
// foot, on the grid's cells (positions as `dump --pages` gives them).
TEST(Vertical, ACaptionStandsUnderItsPictureOnTheGrid) {
  Fixture& fx0 = fx();
  const typeset::VGeometry& g = fx0.g;
  typeset::TypesetResult r = typeset::typeset_digest(pictured_digest(1), {fx0.L}, fx0.fonts);
  int page = -1;
  const pages::Picture* pic = nullptr;
  for (size_t p = 0; p < r.doc.pages.size() && !pic; ++p)
    for (const auto& it : r.doc.pages[p].items)
      if (it.kind() == pages::Item::Kind::Picture) pic = &it.picture(), page = static_cast<int>(p);
  ASSERT_NE(pic, nullptr);
  const int tier =
      static_cast<int>(std::floor((pic->y - g.area_y + 1e-6) / (g.measure + g.tier_gap)));
  const double top = g.tier_top(tier);
  EXPECT_NEAR(pic->y, top, 1e-6);
  const double pad = (g.pitch - g.em) / 2;
  const int lines = static_cast<int>(std::lround((pic->w + 2 * pad) / g.pitch));
  const int cells = typeset::picture_cells(lines, g.pitch, pic->h / pic->w, g.em, g.chars);
  EXPECT_LE(pic->h, cells * g.em + 1e-6);  // whole cells, rounded up
  EXPECT_GT(pic->h, (cells - 1) * g.em);
  int captions = 0;
  for (const auto& l : r.lines) {
    if (l.kind != "caption") continue;
    ++captions;
    EXPECT_EQ(l.page, page);
    EXPECT_GT(l.x, pic->x) << "under the picture's lines";
    EXPECT_LT(l.x, pic->x + pic->w);
    const double down = (l.baseline - top) / g.em;  // where it starts down the line, in cells
    EXPECT_NEAR(down, cells + typeset::kPictureGapCells, 1e-6) << l.text;
    EXPECT_LE(l.baseline + l.width, top + g.measure + 1e-6);
  }
  EXPECT_GT(captions, 0);
  // The text after it follows under it (BodyLinesStandUnderThePictureAtTheShorterMeasure)
  // and on the lines after the picture's: none of it before the picture.
  for (const auto& l : r.lines)
    if (l.page == page && l.text.rfind("图后", 0) == 0) EXPECT_LT(l.x, pic->x + pic->w);
}

TEST(VerticalFlow, PictureCellsRoundUpToWholeCells) {
  // 4 lines of 16 pt pitch, a picture half as tall as wide: 32 pt, 3.05 cells of 10.5 pt.
  EXPECT_EQ(typeset::picture_cells(4, 16, 0.5, 10.5, 40), 4);
  EXPECT_EQ(typeset::picture_cells(4, 10.5, 0.5, 10.5, 40), 2);  // exactly 2 cells
  EXPECT_EQ(typeset::picture_cells(4, 16, 20, 10.5, 40), 40);    // never past the tier
  EXPECT_EQ(typeset::picture_cells(1, 16, 0.01, 10.5, 40), 1);
}

// Issue 10: the paragraphs after a picture run on in the lines under it (under its
// caption), each at the measure it leaves and starting where its caption starts, a gap cell
// under its foot; the paragraph under way when the picture's lines end goes on after them
// at the full measure (positions as `dump --pages` gives them). With the picture floated to
// the next tier, the text under it goes on from the line the tier before ended with.
TEST(Vertical, BodyLinesStandUnderThePictureAtTheShorterMeasure) {
  Fixture& fx0 = fx();
  const typeset::VGeometry& g = fx0.g;
  const double pad = (g.pitch - g.em) / 2;
  int floated = 0;
  for (int before = 1; before <= 14; ++before) {
    SCOPED_TRACE("paragraphs before the picture: " + std::to_string(before));
    const Pictured set = set_pictured(fx0, before);
    ASSERT_NE(set.pic, nullptr);
    const typeset::TypesetResult& r = set.r;
    const pages::Picture* pic = set.pic;
    const int page = set.page;
    const int tier =
        static_cast<int>(std::floor((pic->y - g.area_y + 1e-6) / (g.measure + g.tier_gap)));
    const double top = g.tier_top(tier);
    const int lines = static_cast<int>(std::lround((pic->w + 2 * pad) / g.pitch));
    const int skip = typeset::picture_cells(lines, g.pitch, pic->h / pic->w, g.em, g.chars) +
                     typeset::kPictureGapCells;
    const double left = pic->x - pad, right = pic->x + pic->w + pad;  // its lines' span
    int under = 0, captions = 0, after = 0;
    for (const auto& l : r.lines) {
      if (l.page != page) continue;
      if (l.x > left && l.x < right && l.baseline > top + g.em && l.baseline < top + g.measure) {
        if (l.kind == "caption") ++captions;
        if (l.kind != "paragraph") continue;
        ++under;
        EXPECT_NEAR(l.baseline - top, skip * g.em, 1e-6) << l.text;  // on the grid's cells
        EXPECT_NEAR(l.measure, (g.chars - skip) * g.em, 1e-6) << l.text;
        EXPECT_LE(l.width, l.measure + 1e-6) << l.text;
      } else if (l.kind == "paragraph" && l.x < left && under > 0) {
        ++after;
        EXPECT_NEAR(l.measure, g.measure, 1e-6) << "full measure after the picture";
      }
    }
    // Unless the article's text ends under it, every line under it holds text and the
    // text goes on after its lines.
    const typeset::LineRecord* last = nullptr;
    for (const auto& l : r.lines)
      if (l.kind == "paragraph") last = &l;
    ASSERT_NE(last, nullptr);
    const bool ends_under = last->page == page && last->x > left && last->x < right;
    EXPECT_EQ(captions, 1);
    EXPECT_TRUE(ends_under || under == lines - captions) << under << " of " << lines;
    EXPECT_TRUE(ends_under || after > 0 || last->page > page);
    // Nothing of the article's text is lost or repeated: the body lines spell its paragraphs.
    std::string text;
    for (const auto& l : r.lines)
      if (l.kind == "paragraph") text += l.text;
    std::string want;
    const model::Digest d = pictured_digest(before);
    for (const auto& b : d.issues[0].articles[0].blocks)
      if (b.kind == model::BlockKind::Paragraph)
        for (const auto& s : b.text) want += s.text;
    EXPECT_EQ(text, want) << "in reading order";
    // Floated: text from after the picture filled the tier before it.
    for (const auto& l : r.lines)
      if (l.text.rfind("图后", 0) == 0 && (l.page < page || (l.page == page && l.baseline < top))) {
        ++floated;
        break;
      }
  }
  EXPECT_GT(floated, 0);
}
