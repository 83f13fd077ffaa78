// Jumps across the pages of an issue (ingest/issue.cpp), on a front page and its jump page
// written for the corpus (tests/data/pages/dev/d09, d10), and on small pages of our own.
#include <gtest/gtest.h>

#include <algorithm>

#include "base/file.h"
#include "ingest/ingest.h"

using namespace wz;
using namespace wz::ingest;

namespace {

const std::string kDev = std::string(WZ_SOURCE_DIR) + "/tests/data/pages/dev/";

const model::Article* find(const std::vector<model::Article>& arts, const std::string& headline) {
  for (const auto& a : arts)
    if (a.head.headline.find(headline) != std::string::npos) return &a;
  return nullptr;
}

std::string text_of(const model::Article& a) {
  std::string t;
  for (const auto& b : a.blocks) t += model::plain_text(b.text);
  return t;
}

bool has_doubt(const std::vector<Doubt>& ds, Doubt::Kind k, const std::string& part) {
  return std::any_of(ds.begin(), ds.end(), [&](const Doubt& d) {
    return d.kind == k && d.message.find(part) != std::string::npos;
  });
}

}  // namespace

TEST(Issue, AJumpIsJoinedWithItsContinuationOnALaterPage) {
  IssueReport ir = read_issue({kDev + "d09-jump-front.txt", kDev + "d10-jump-inside.txt"}, {});
  const model::Article* lead = find(ir.articles, "技能薪酬");
  ASSERT_NE(lead, nullptr);
  // The word cut at the jump (科学测|算) is whole again, and the continuation follows.
  std::string t = text_of(*lead);
  EXPECT_NE(t.find("帮助企业科学测算岗位价值"), std::string::npos);
  EXPECT_NE(t.find("让更多一线职工凭技能增收"), std::string::npos);
  EXPECT_TRUE(has_doubt(ir.doubts, Doubt::Kind::Join, "技能薪酬"));
  // The continuation is no fragment of its own any more; the other one (上接第2版) is, and
  // is reported as such.
  int fragments = 0;
  for (const auto& a : ir.articles) fragments += a.kind == "fragment";
  EXPECT_EQ(fragments, 1);
  EXPECT_TRUE(has_doubt(ir.doubts, Doubt::Kind::Fragment, "page 2"));
}

TEST(Issue, WithoutItsContinuationAJumpIsReportedAndNothingIsJoined) {
  IssueReport ir = read_issue({kDev + "d09-jump-front.txt"}, {});
  const model::Article* lead = find(ir.articles, "技能薪酬");
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(text_of(*lead).find("算岗位价值"), std::string::npos);
  EXPECT_TRUE(has_doubt(ir.doubts, Doubt::Kind::Fragment, "continues on page 3"));
}

TEST(Issue, ContinuationBeforeItsStartIsNotJoined) {
  // Pages in the wrong order: the continuation comes first, so it stays a fragment.
  IssueReport ir = read_issue({kDev + "d10-jump-inside.txt", kDev + "d09-jump-front.txt"}, {});
  const model::Article* lead = find(ir.articles, "技能薪酬");
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(text_of(*lead).find("算岗位价值"), std::string::npos);
}

TEST(Issue, SmallPagesOfOurOwn) {
  // Written for the test: a story jumps from page 1 to page 2 mid-word (提|高).
  std::string p1 =
      "某市启动职工技能提升行动\n\n"
      "本报讯(记者王小明)3月5日,某市总工会启动职工技能提升行动,计划用三年时间,帮助一线"
      "职工提\n\n(下转第2版)\n";
  std::string p2 =
      "技能提升\n\n(上接第1版)\n\n"
      "高技能等级。市总工会将联合人社部门开设培训班120期,培训职工1.5万人次。\n";
  IssueReport ir = read_issue_pages({{"p1.txt", p1, false}, {"p2.txt", p2, false}}, {});
  ASSERT_EQ(ir.articles.size(), 1u);
  EXPECT_NE(text_of(ir.articles[0]).find("帮助一线职工提高技能等级"), std::string::npos)
      << text_of(ir.articles[0]);
}

TEST(Issue, DoubtsOnAJoinedContinuationReachTheMarkdown) {
  // The continuation on page 2 ends cut (并且|…, the rest not on the page): its doubt is
  // written before the article it was joined into, like every other doubt of the issue.
  std::string p1 =
      "某市启动职工技能提升行动\n\n"
      "本报讯(记者王小明)3月5日,某市总工会启动职工技能提升行动,计划用三年时间,帮助一线"
      "职工提\n\n(下转第2版)\n";
  std::string p2 =
      "技能提升\n\n(上接第1版)\n\n"
      "高技能等级。市总工会将联合人社部门开设培训班120期,培训职工1.5万人次,并且\n";
  IssueReport ir = read_issue_pages({{"p1.txt", p1, false}, {"p2.txt", p2, false}}, {});
  ASSERT_EQ(ir.articles.size(), 1u);
  ASSERT_TRUE(has_doubt(ir.pages[1].doubts, Doubt::Kind::Missing, "line 5"));
  std::string md = write_structured(ir);
  size_t comments = 0;
  for (size_t at = md.find("<!-- review: "); at != std::string::npos;
       at = md.find("<!-- review: ", at + 1))
    ++comments;
  EXPECT_EQ(comments, ir.doubt_count() + 1);  // each doubt, and the count on top
  EXPECT_NE(md.find("review: missing at p2.txt:5"), std::string::npos) << md;
}

// Two pages of a paper copied into one file (ours): the story jumps at 下转第3版, page 3's
// header and folio follow, and its text goes on glued to (上接第2版) at the head of a line.
std::string two_pages_in_one_file(const std::string& folio) {
  return "某县秋粮收获过半\n\n"
         "本报讯(记者 王小明)连日来,某县组织农机手抢收秋粮,截至9月20日,全县已收获秋粮二十一万亩,"
         "农机服务队还为缺少劳力的\n"
         "（下转第3版）\n\n"
         "县图书馆延长开放时间\n\n"
         "本报讯 即日起,县图书馆每天开放至晚上9点,方便读者下班后借阅图书。(记者 李文)\n\n\n"
         "2024年9月21日　星期六　综合\n" +
         folio +
         "\n"
         "（上接第2版）脱贫户、留守老人户开展代收代种服务,已为213户农户提供免费机收服务。\n\n"
         "乡村学校迎来新老师\n\n"
         "本报讯(记者 赵静)新学期,全县38名新招聘教师全部走上乡村学校讲台。\n";
}

TEST(Issue, AJumpWithinOneFileJoinsAcrossThePagesFolio) {
  IssueReport ir = read_issue_pages({{"p.txt", two_pages_in_one_file("第3版"), false}}, {});
  ASSERT_EQ(ir.articles.size(), 3u);
  EXPECT_NE(text_of(ir.articles[0]).find("为缺少劳力的脱贫户、留守老人户开展代收代种服务"),
            std::string::npos)
      << text_of(ir.articles[0]);
  // The marker glued to the text is set aside, not printed.
  EXPECT_EQ(text_of(ir.articles[0]).find("上接"), std::string::npos);
}

TEST(Issue, WithoutTheFolioOfThePageItNamesAJumpInOneFileIsNotJoined) {
  // (The continuation of another page's story, as the seeds print it: no folio between.)
  IssueReport ir = read_issue_pages({{"p.txt", two_pages_in_one_file("综合新闻"), false}}, {});
  ASSERT_EQ(ir.articles.size(), 4u);
  EXPECT_EQ(ir.articles[2].kind, "fragment");
  EXPECT_EQ(text_of(ir.articles[2]).find("上接"), std::string::npos) << text_of(ir.articles[2]);
}

TEST(Issue, PagesComeBackInTheirOrderWhateverTheirSizes) {
  // Pages are read largest first by a pool of workers: the reports still follow the pages.
  std::string small = "短讯\n\n本报讯 某市今天召开会议。\n";
  std::string large =
      "长文标题\n\n本报讯 " + std::string(40, 'a') + "某市今天召开会议，部署全年工作。\n";
  IssueReport ir = read_issue_pages(
      {{"s1.txt", small, false}, {"l.txt", large, false}, {"s2.txt", small, false}}, {});
  ASSERT_EQ(ir.pages.size(), 3u);
  EXPECT_EQ(ir.pages[0].path, "s1.txt");
  EXPECT_EQ(ir.pages[1].path, "l.txt");
  EXPECT_EQ(ir.pages[2].path, "s2.txt");
}

TEST(Issue, TheFirstBadPageInPageOrderIsTheOneReported) {
  // The larger bad page is read first, but the error named is the earlier page's.
  std::string good = "短讯\n\n本报讯 某市今天召开会议。\n";
  std::string bad = "短讯\n\n本报讯 \xFF\n",
              worse = "长文标题\n\n" + std::string(200, 'a') + "\xFF\n";
  try {
    read_issue_pages(
        {{"good.txt", good, false}, {"bad.txt", bad, false}, {"worse.txt", worse, false}}, {});
    FAIL() << "no error";
  } catch (const wz::Error& e) {
    EXPECT_NE(std::string(e.what()).find("bad.txt"), std::string::npos) << e.what();
  }
}

// An issue of more text than one worker reads alone (kBytesPerWorker, issue.cpp) is read by
// several workers where the machine has the cores: the reports still follow the pages.
TEST(Issue, ALargeIssueReadByWorkersKeepsItsPageOrder) {
  auto page_of = [](int items) {
    std::string p;
    for (int k = 0; k < items; ++k)
      p += "某市第" + std::to_string(k) + "期技能培训开班\n\n本报讯 某市第" + std::to_string(k) +
           "期职工技能培训班今天开班，两百余名一线职工参加。\n\n";
    return p;
  };
  std::string large = page_of(480), small = page_of(400);  // (a page holds 1,000 lines)
  std::vector<PageInput> pages;
  for (int k = 0; k < 5; ++k)
    pages.push_back({"p" + std::to_string(k) + ".txt", k == 2 ? large : small, false});
  ASSERT_GT(large.size() + 4 * small.size(), 256u * 1024);
  IssueReport ir = read_issue_pages(pages, {});
  ASSERT_EQ(ir.pages.size(), 5u);
  for (int k = 0; k < 5; ++k) {
    EXPECT_EQ(ir.pages[k].path, "p" + std::to_string(k) + ".txt");
    EXPECT_EQ(ir.pages[k].articles.size(), k == 2 ? 480u : 400u);
  }
}
