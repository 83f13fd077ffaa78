// model/pages: the compact glyph text gives back every cluster's bytes; an item is one thing.
#include "model/pages.h"

#include <gtest/gtest.h>

namespace wz {
namespace {

TEST(GlyphText, EveryClusterComesBackByteForByte) {
  pages::GlyphRun r;
  const std::string texts[] = {"字", "a", "𠀀",   "e\xCC\x81",
                               "——", "",  "\xFF", std::string("\0", 1)};
  for (const std::string& t : texts) r.add(7, 1.5, -2, t);
  ASSERT_EQ(r.glyphs.size(), std::size(texts));
  for (size_t i = 0; i < r.glyphs.size(); ++i) {
    EXPECT_EQ(r.text(r.glyphs[i]), texts[i]) << i;
    EXPECT_EQ(r.glyphs[i].has_text(), !texts[i].empty()) << i;
  }
  EXPECT_EQ(r.clusters.size(), 3u);  // e + combining acute, the two dashes, the invalid byte
  EXPECT_EQ(r.text(), std::string("字a𠀀e\xCC\x81——\xFF") + std::string("\0", 1));
  EXPECT_DOUBLE_EQ(r.glyphs[0].x, 1.5);
  EXPECT_DOUBLE_EQ(r.glyphs[0].y, -2);
}

TEST(GlyphText, SetTextReplacesIt) {
  pages::GlyphRun r;
  r.add(1, 0, 0, "字");
  r.set_text(r.glyphs[0], "子");
  EXPECT_EQ(r.text(r.glyphs[0]), "子");
  r.set_text(r.glyphs[0], "");
  EXPECT_FALSE(r.glyphs[0].has_text());
}

TEST(PageItem, HoldsOneThingAndSaysWhich) {
  pages::Item run;
  EXPECT_EQ(run.kind(), pages::Item::Kind::Run);
  pages::Item rule{pages::Rule{0, 1, 2, 3, 0.25}};
  EXPECT_EQ(rule.kind(), pages::Item::Kind::Rule);
  EXPECT_DOUBLE_EQ(rule.rule().width, 0.25);
  EXPECT_THROW((void)rule.run(), std::bad_variant_access);
  EXPECT_EQ(pages::Item{pages::Box{}}.kind(), pages::Item::Kind::Box);
  EXPECT_EQ(pages::Item{pages::Picture{}}.kind(), pages::Item::Kind::Picture);
  // The memory of a large digest is its glyphs (~1,300 a page): keep the record small.
  EXPECT_LE(sizeof(pages::Glyph), 24u);
  EXPECT_LE(sizeof(pages::Item), 256u);
}

}  // namespace
}  // namespace wz
