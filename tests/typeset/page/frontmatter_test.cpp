// typeset/page/frontmatter: the cover and contents on the digest's own page size, the
// contents with dot leaders to right-aligned page numbers, dates in Chinese form.
#include "typeset/page/frontmatter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/file.h"
#include "base/utf8.h"
#include "model/layout.h"
#include "typeset/fonts/font_library.h"
#include "typeset/page/typeset.h"

using namespace wz;

namespace {

model::Layout layout(const std::string& name) {
  std::string f = std::string(WZ_SOURCE_DIR) + "/layouts/" + name + ".toml";
  return model::parse_layout(read_file(f), f);
}

model::Issue issue(const std::string& title, const std::string& date, int articles) {
  model::Issue is;
  is.title = title;
  is.date = date;
  for (int i = 0; i < articles; ++i) {
    model::Article a;
    a.head.headline = "职工书屋迎来新书" + std::to_string(i + 1);
    model::Block b;
    b.text = {{"北湖区职工读书节开幕。活动为期两个月，将举办评选、阅读分享会等活动。"}};
    a.blocks = {b};
    is.articles.push_back(a);
  }
  return is;
}

struct Fixture {
  model::Layout L = layout("digest-a4");
  typeset::FontLibrary fonts{{WZ_SOURCE_DIR "/fonts"}};
  model::Digest d = [] {
    model::Digest d;
    d.title = "职工文摘";
    d.subtitle = "工会新闻汇编";
    d.date = "2024-03";
    d.issues = {issue("第一期　劳动保障", "2024-03-04", 3), issue("第二期", "2024-06-30", 2)};
    return d;
  }();
  typeset::TypesetResult r = typeset::typeset_digest(d, {L, L}, fonts);
};

Fixture& fx() {
  static Fixture f;
  return f;
}

std::vector<const typeset::LineRecord*> of_kind(const std::string& kind) {
  std::vector<const typeset::LineRecord*> out;
  for (const auto& l : fx().r.lines)
    if (l.kind == kind) out.push_back(&l);
  return out;
}

bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST(FrontLayout, TheMostCommonIssueSizeAndA4OnATie) {
  model::Digest d;
  auto a4 = layout("digest-a4"), a5 = layout("book-a5"), sheet = layout("broadsheet");
  auto size = [&](const std::vector<model::Layout>& ls) {
    auto L = typeset::front_layout(d, ls);
    return std::pair{L.page_width, L.page_height};
  };
  EXPECT_EQ(size({sheet, a5, a5}), std::pair(148.0, 210.0));  // not the first issue's 四开
  EXPECT_EQ(size({sheet, a5, a4}), std::pair(210.0, 297.0));  // a tie with A4 among it
  EXPECT_EQ(size({sheet, a5}), std::pair(390.0, 543.0));      // a tie without A4: the first
  d.front_size = "B5";
  EXPECT_EQ(size({a5, a5}), std::pair(176.0, 250.0));  // [frontmatter] size
}

TEST(Frontmatter, CoverCarriesTheIssuesWithChineseDates) {
  auto dates = of_kind("cover-issue-date");
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0]->text, "2024年3月4日");
  EXPECT_EQ(dates[1]->text, "2024年6月30日");
  auto titles = of_kind("cover-issue");
  ASSERT_EQ(titles.size(), 2u);
  EXPECT_EQ(titles[0]->baseline, dates[0]->baseline);  // one line: title left, date right
  EXPECT_LT(titles[0]->x + titles[0]->width, dates[0]->x);
  bool date = false;
  for (auto* l : of_kind("cover-meta")) date |= l->text == "2024年3月";
  EXPECT_TRUE(date);
}

TEST(Frontmatter, ContentsHaveLeadersToRightAlignedNumbers) {
  auto numbers = of_kind("toc-page"), leaders = of_kind("toc-leader"), titles = of_kind("toc");
  ASSERT_EQ(numbers.size(), 7u);  // two issues, five articles
  ASSERT_EQ(leaders.size(), numbers.size());
  double right = numbers[0]->x + numbers[0]->width;
  for (size_t i = 0; i < numbers.size(); ++i) {
    EXPECT_NEAR(numbers[i]->x + numbers[i]->width, right, 0.01);  // right-aligned
    EXPECT_EQ(leaders[i]->baseline, numbers[i]->baseline);
    EXPECT_LT(leaders[i]->x + leaders[i]->width, numbers[i]->x);  // dots end before it
    EXPECT_NEAR(leaders[i]->x + leaders[i]->width, leaders[0]->x + leaders[0]->width, 0.01);
    for (char32_t c : utf8::decode(leaders[i]->text)) EXPECT_EQ(c, U'…');
  }
  ASSERT_EQ(titles.size(), numbers.size());
  EXPECT_TRUE(has(titles[0]->text, "第一期　劳动保障　2024年3月4日")) << titles[0]->text;
  for (size_t i = 0; i < titles.size(); ++i)
    EXPECT_LT(titles[i]->x + titles[i]->width, leaders[i]->x);  // dots after the title
}

TEST(Frontmatter, RunningHeadsCarryTheIssueDate) {
  int dated = 0;
  for (auto* l : of_kind("running-head")) dated += has(l->text, "2024年3月4日");
  EXPECT_GT(dated, 0);
}

TEST(Frontmatter, ACoverOfManyIssuesStaysOnItsPageAndCountsThem) {
  model::Digest d;
  d.title = "职工文摘";
  d.editor = "文摘编辑部";
  for (int i = 0; i < 40; ++i)
    d.issues.push_back(issue("第" + std::to_string(i + 1) + "期", "", 1));
  model::Layout L = layout("digest-a4");
  typeset::FontLibrary fonts{{WZ_SOURCE_DIR "/fonts"}};
  auto r = typeset::typeset_digest(d, std::vector<model::Layout>(40, L), fonts);
  const typeset::LineRecord *last = nullptr, *meta = nullptr;
  int listed = 0;
  for (const auto& l : r.lines) {
    if (l.page != 0) continue;
    if (l.kind == "cover-issue") last = &l, ++listed;
    if (l.kind == "cover-meta" && !meta) meta = &l;
  }
  ASSERT_NE(last, nullptr);
  ASSERT_NE(meta, nullptr);
  EXPECT_LT(listed, 40);
  EXPECT_EQ(last->text, "……共40期");
  EXPECT_LT(last->baseline, meta->baseline);  // above the editor's lines
}
