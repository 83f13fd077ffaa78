// Traditional editions: OpenCC's profiles, the TC faces, the digest's texts (issue 13).
#include "variant/variant.h"

#include <gtest/gtest.h>

namespace wz::variant {
namespace {

using model::Variant;

TEST(Variant, ProfilesDifferByRegion) {
  const std::string s = "这里的发展很快，后来居上。";
  EXPECT_EQ(convert_text(s, Variant::Hans), s);
  EXPECT_EQ(convert_text(s, Variant::Hant), "這裏的發展很快，後來居上。");  // OpenCC s2t
  EXPECT_EQ(convert_text(s, Variant::HK), "這裏的發展很快，後來居上。");
  EXPECT_EQ(convert_text(s, Variant::TW), "這裡的發展很快，後來居上。");  // Taiwan's 裡
}

TEST(Variant, QuotesBecomeCornerBracketsButApostrophesStay) {
  EXPECT_EQ(convert_text("他说：“我读了‘工会法’。”", Variant::TW), "他說：「我讀了『工會法』。」");
  EXPECT_EQ(convert_text("Women’s Day 妇女节", Variant::Hant), "Women’s Day 婦女節");
}

TEST(Variant, ConvertsEveryTextAnIssueShowsAndTheDigests) {
  model::Digest d;
  d.title = "职工文摘";
  d.options.variant = Variant::HK;
  model::Issue is;
  is.title = "第一期　劳动保障";
  is.variant = Variant::HK;
  model::Article a;
  a.head.headline = "劳模工作室";
  a.blocks.push_back({model::BlockKind::Paragraph, {{"职工们说：“这个办法好。”", {}, {}}}, {}});
  is.articles.push_back(a);
  model::Issue simplified = is;
  simplified.variant = Variant::Hans;
  d.issues = {is, simplified};
  convert_digest(d);
  EXPECT_EQ(d.title, "職工文摘");
  EXPECT_EQ(d.issues[0].title, "第一期　勞動保障");
  EXPECT_EQ(d.issues[0].articles[0].head.headline, "勞模工作室");
  // Hong Kong's 説 (OpenCC s2hk), and corner brackets for the quotes.
  EXPECT_EQ(d.issues[0].articles[0].blocks[0].text[0].text, "職工們説：「這個辦法好。」");
  EXPECT_EQ(d.issues[1].title, "第一期　劳动保障");  // an issue of its own variant stays
}

TEST(Variant, LayoutTakesTheTcFacesWhereInstalled) {
  model::Layout L;
  adapt_layout(L, Variant::Hant, {});
  EXPECT_EQ(L.variant, Variant::Hant);
  if (face_for("Noto Serif CJK SC", Variant::Hant, {}) == "Noto Serif CJK SC")
    GTEST_SKIP() << "Noto Serif CJK TC not installed (fonts-noto-cjk)";
  EXPECT_EQ(L.fonts.at(model::FontRole::Body), "Noto Serif CJK TC");
  EXPECT_EQ(L.fonts.at(model::FontRole::Headline), "Noto Sans CJK TC");
  EXPECT_EQ(face_for("Noto Sans CJK SC", Variant::HK, {}), "Noto Sans CJK HK");
  EXPECT_EQ(face_for("Source Han Serif", Variant::Hant, {}), "Source Han Serif");  // kept
  if (face_for("AR PL KaitiM GB", Variant::HK, {}) != "AR PL KaitiM GB") {  // fonts-arphic-ukai
    EXPECT_EQ(L.fonts.at(model::FontRole::Kai), "AR PL UKai TW");
  }
}

}  // namespace
}  // namespace wz::variant
