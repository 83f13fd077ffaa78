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
    for (const auto& run : r.line.runs)
      for (const auto& g : run.glyphs) (run.lang == "la" ? la : other) += g.text;
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
