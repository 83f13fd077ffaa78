// typeset/page/blocks: a photo item's rows (the frame, the caption under it, the credit at
// the right), so that a caption never reads as a stray paragraph.
#include "typeset/page/blocks.h"

#include <gtest/gtest.h>

#include <cmath>

#include "base/file.h"
#include "model/layout.h"
#include "typeset/fonts/font_library.h"

using namespace wz;

namespace {

model::Block block(model::BlockKind kind, const std::string& text) {
  model::Block b;
  b.kind = kind;
  b.text = {{text}};
  return b;
}

// A layout's context for making rows (digest-a4 unless named).
struct Env {
  explicit Env(const std::string& layout = "digest-a4") : name(layout) {}
  std::string name;
  std::string file = std::string(WZ_SOURCE_DIR) + "/layouts/" + name + ".toml";
  model::Layout L = model::parse_layout(read_file(file), file);
  typeset::FontLibrary fonts{{WZ_SOURCE_DIR "/fonts"}};
  typeset::Geometry g = typeset::make_geometry(L);
  typeset::RoleFaces faces = typeset::resolve_faces(L, fonts);
  typeset::Context cx{L, g, faces, fonts, {}};
};

model::Article photo(const std::string& file) {
  model::Article a;
  a.kind = "photo";
  model::Block pic;
  pic.kind = model::BlockKind::Image;
  pic.image = {file, ""};
  model::Block cap;
  cap.kind = model::BlockKind::Caption;
  cap.text = {{"3月10日，选手们在进行实操比拼。"}};
  a.blocks = {pic, cap};
  return a;
}

}  // namespace

TEST(PhotoItem, FrameThenCaptionThenCreditAtTheRight) {
  Env e;
  model::Article a;
  a.kind = "photo";
  a.head.headline = "技能比武 赛出风采";
  a.blocks = {block(model::BlockKind::Caption, "3月10日，选手们在进行实操比拼。"),
              block(model::BlockKind::Credit, "本报记者 周晓林 摄")};
  std::vector<typeset::Row> rows = typeset::make_rows(a, e.cx);
  size_t i = 0;
  ASSERT_FALSE(rows.empty());
  int frame = rows[0].frame;
  EXPECT_GE(frame, 0);
  for (; i < rows.size() && rows[i].kind == typeset::RowKind::Photo; ++i) {
    EXPECT_EQ(rows[i].frame, frame);      // one box round the photo's rows
    EXPECT_TRUE(rows[i].keep_with_next);  // never parted from its caption
    EXPECT_TRUE(rows[i].line.runs.empty());
  }
  EXPECT_GE(i, 2u);
  EXPECT_LE(i, 4u);
  ASSERT_LT(i, rows.size());
  EXPECT_EQ(rows[i].kind, typeset::RowKind::Caption);  // under the frame, outside it
  EXPECT_LT(rows[i].frame, 0);
  const typeset::Row& credit = rows.back();
  EXPECT_EQ(credit.kind, typeset::RowKind::Credit);
  EXPECT_NEAR(credit.line.dx + credit.line.width, e.g.column_w, 0.01);  // right-aligned
}

TEST(PhotoItem, OneFrameForACaptionAndItsCredit) {
  Env e;
  model::Article a;
  a.blocks = {
      block(model::BlockKind::Paragraph, "正文。"), block(model::BlockKind::Caption, "图一。"),
      block(model::BlockKind::Credit, "张三 摄"), block(model::BlockKind::Paragraph, "正文。")};
  int photo_rows = 0, frames = 0, last = -1;
  for (const auto& r : typeset::make_rows(a, e.cx)) {
    photo_rows += r.kind == typeset::RowKind::Photo;
    if (r.frame >= 0 && r.frame != last) ++frames, last = r.frame;
  }
  EXPECT_GE(photo_rows, 2);
  EXPECT_EQ(frames, 1);
}

TEST(KaiDisplay, NoTrackingNeitherBetweenCharactersNorAroundMarks) {
  // A Kai kicker is set solid: every character one em from the next, a mark its clreq
  // width (an em, or half compressed), never more. (KaitiM GB draws its characters 0.80 em
  // wide in the em, Noto 0.93: the Kai line looks looser than it is set.)
  Env e;
  model::Article a;
  a.head.kicker = "江城市总工会推出“十项暖心举措”，把服务送到一线职工身边——";
  a.head.headline = "暖心驿站开进工地车间";
  typeset::SpanBlock b = typeset::make_head(a, e.cx, e.g.area_w);
  int pairs = 0;
  for (size_t i = 0; i < b.lines.size(); ++i) {
    if (b.kinds[i] != "kicker") continue;
    const typeset::SetLine& l = b.lines[i].first;
    for (const auto& run : l.runs) {
      EXPECT_EQ(run.font, e.faces.kai);
      for (size_t k = 1; k < run.glyphs.size(); ++k, ++pairs) {
        double step = run.glyphs[k].x - run.glyphs[k - 1].x;
        bool em = std::abs(step - run.size) < 0.01, half = std::abs(step - run.size / 2) < 0.01;
        EXPECT_TRUE(em || half) << l.text << " step " << step;
      }
    }
  }
  EXPECT_GT(pairs, 20);
}

// A span in a language of its own (model::Span::lang) reaches the page contract: its glyphs
// form runs of their own that carry the language; the text around it carries none.
TEST(SpanLang, RunsCarryTheSpansLanguage) {
  Env e;
  model::Article a;
  a.head.headline = "银杏";
  model::Block b;
  b.kind = model::BlockKind::Paragraph;
  b.text = {{"银杏（"}, {"Ginkgo biloba", model::Span::Style::Plain, "la"}, {"）是孑遗植物。"}};
  a.blocks = {b};
  std::string la, other;
  for (const typeset::Row& r : typeset::make_rows(a, e.cx))
    for (const auto& run : r.line.runs) (run.lang == "la" ? la : other) += run.text();
  EXPECT_EQ(la, "Ginkgo biloba");
  EXPECT_EQ(other, "银杏（）是孑遗植物。");
}

TEST(PhotoItem, ACreditBreaksBetweenNamesNeverInsideOne) {
  // Broadsheet (13 characters a column): the seeds' credit broke 本报通讯员 薛｜晓秋 摄.
  Env e("broadsheet");
  model::Article a;
  a.blocks = {block(model::BlockKind::Caption, "职工在展示作品。"),
              block(model::BlockKind::Credit, "本报记者 李润钊 本报通讯员 薛晓秋 摄")};
  std::vector<std::string> credit;
  for (const auto& r : typeset::make_rows(a, e.cx))
    if (r.kind == typeset::RowKind::Credit)
      credit.push_back(r.line.text.substr(0, r.line.text.find_last_not_of(' ') + 1));
  ASSERT_EQ(credit.size(), 2u);
  EXPECT_EQ(credit[0], "本报记者 李润钊");
  EXPECT_EQ(credit[1], "本报通讯员 薛晓秋 摄");
}

// A picture's frame (issue 10): whole grid rows for its height at column width, capped; the
// picture item at the top of the frame, its proportions kept.
TEST(PictureRows, WholeGridRowsAtColumnWidthThenTheCaption) {
  Env e;
  const std::string file = std::string(WZ_SOURCE_DIR) + "/samples/photos/workshop.png";  // 480×300
  std::vector<typeset::Row> rows = typeset::make_rows(photo(file), e.cx);
  size_t n = 0;
  while (n < rows.size() && rows[n].kind == typeset::RowKind::Photo) ++n;
  const int want = static_cast<int>(std::ceil(e.g.column_w * 300 / 480 / e.g.pitch - 0.01));
  EXPECT_EQ(static_cast<int>(n), want);
  ASSERT_LT(n, rows.size());
  EXPECT_EQ(rows[n].kind, typeset::RowKind::Caption);
  EXPECT_EQ(rows[0].picture, file);
  EXPECT_EQ(rows[0].alt, "3月10日，选手们在进行实操比拼。");  // no alt given: the caption
  for (size_t i = 0; i < n; ++i) EXPECT_TRUE(rows[i].keep_with_next);

  // The item: as wide as the frame, its own proportions, at the frame's top, listed once.
  pages::Document doc;
  pages::Box rect{100, 200, e.g.column_w, n * e.g.pitch};
  pages::Item it = typeset::frame_item(doc, rows[0], rect);
  pages::Item again = typeset::frame_item(doc, rows[0], rect);
  EXPECT_EQ(it.kind(), pages::Item::Kind::Picture);
  EXPECT_EQ(doc.images.size(), 1u);
  EXPECT_EQ(again.picture().image, it.picture().image);
  EXPECT_NEAR(it.picture().w, e.g.column_w, 1e-6);
  EXPECT_NEAR(it.picture().h / it.picture().w, 300.0 / 480.0, 1e-9);
  EXPECT_LE(it.picture().h, rect.h + 1e-6);  // inside the whole rows reserved
  EXPECT_GT(it.picture().h, rect.h - e.g.pitch);
  EXPECT_DOUBLE_EQ(it.picture().y, rect.y);
  EXPECT_EQ(it.tag.role, pages::Tag::Role::Figure);
}

TEST(PictureRows, TallPictureIsCappedAndNarrower) {
  Env e;
  // reading-room.png turned on its side would be tall; a 400×280 picture is not: use a
  // row count check on the cap with a portrait made here from the aspect alone.
  typeset::Row r;
  r.picture = "x.png", r.aspect = 3.0;  // three times as tall as wide
  pages::Document doc;
  pages::Box rect{0, 0, e.g.column_w, 10 * e.g.pitch};
  pages::Item it = typeset::frame_item(doc, r, rect);
  EXPECT_NEAR(it.picture().h, rect.h, 1e-6);
  EXPECT_NEAR(it.picture().w, rect.h / 3.0, 1e-6);
  EXPECT_NEAR(it.picture().x, (rect.w - it.picture().w) / 2, 1e-6);  // centred
}

TEST(Bylines, OneAfterAnotherAreOneGroupWithTheSpaceAfterTheLast) {
  Env e("large-print");
  model::Article a;
  a.blocks = {block(model::BlockKind::Byline, "本报记者 吴铎思"),
              block(model::BlockKind::Byline, "本报通讯员 景双喜 史传芝"),
              block(model::BlockKind::Paragraph, "吸引快递员、外卖小哥加入工会组织。")};
  std::vector<typeset::Row> rows = typeset::make_rows(a, e.cx);
  ASSERT_GE(rows.size(), 4u);
  EXPECT_EQ(rows[0].kind, typeset::RowKind::Byline);
  EXPECT_EQ(rows[1].kind, typeset::RowKind::Byline);  // no blank row between the names
  EXPECT_EQ(rows[2].kind, typeset::RowKind::Blank);   // the byline style's space after
  EXPECT_EQ(rows.back().kind, typeset::RowKind::Paragraph);
}

// A reading tip (seed page 000) in large print's box: 推动物｜流 was broken inside 物流 when
// the tip was set as body text; a caption the same way.
TEST(BoxedText, TipsAndCaptionsBreakBetweenWords) {
  Env e("large-print");
  const std::string tip =
      "工会组织建到新兴产业链和劳动者身边，推动物流快递企业开展工资集体协商工作、开展新就业形态"
      "劳动者示范宣传选树行动……乌鲁木齐市总工会系列暖“新”行动提升了快递员、外卖小哥等群体的"
      "幸福感。";
  for (model::BlockKind kind : {model::BlockKind::ReadingTip, model::BlockKind::Caption}) {
    model::Article a;
    a.blocks = {block(kind, tip)};
    std::string ends;
    int lines = 0;
    for (const typeset::Row& r : typeset::make_rows(a, e.cx))
      if (r.kind == typeset::RowKind::Tip || r.kind == typeset::RowKind::Caption) {
        ends += r.line.text + "|";
        ++lines;
        EXPECT_FALSE(r.line.overfull) << r.line.text;
      }
    EXPECT_GE(lines, 4) << ends;
    EXPECT_EQ(ends.find("物|流"), std::string::npos) << ends;
    EXPECT_EQ(ends.find("乌|鲁"), std::string::npos) << ends;
  }
}

// A body paragraph set again from one of its lines on, its first lines at other measures
// (vertical.cpp runs text on under a picture this way): the text goes on from that line,
// unindented and not the paragraph's first, each line at its own measure.
TEST(SetBody, FromALineOnWithItsFirstLinesAtOtherMeasures) {
  Env e;
  const model::Block b = block(model::BlockKind::Paragraph,
                               "江城市总工会今年在全市新建职工书屋四十二家，配送图书两万余册，"
                               "职工们在工余时间走进书屋，读书、交流、写心得，书香渐渐飘满了车间"
                               "和班组。不少班组把读书会搬进了车间，每周抽出半小时领读。");
  const std::vector<typeset::SetLine> whole = typeset::set_body(b, e.cx, 0, {});
  ASSERT_GE(whole.size(), 3u);
  const double narrow = 8 * e.g.em;
  const std::uint32_t from = whole[1].begin;
  const std::vector<typeset::SetLine> tail = typeset::set_body(b, e.cx, from, {narrow, narrow});
  ASSERT_GE(tail.size(), 3u);
  EXPECT_EQ(tail[0].begin, from);
  EXPECT_FALSE(tail[0].first);
  EXPECT_EQ(tail[0].text.substr(0, 6), whole[1].text.substr(0, 6));  // from that line on
  EXPECT_DOUBLE_EQ(tail[0].measure, narrow);
  EXPECT_DOUBLE_EQ(tail[1].measure, narrow);
  EXPECT_DOUBLE_EQ(tail[2].measure, e.g.column_w);
  EXPECT_LE(tail[0].width, narrow + 0.01);
  std::string rest, want;
  for (size_t i = 1; i < whole.size(); ++i) want += whole[i].text;
  for (const auto& l : tail) rest += l.text;
  EXPECT_EQ(rest, want);  // nothing lost or repeated
}
