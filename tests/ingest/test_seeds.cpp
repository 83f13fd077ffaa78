// The done-criterion of the ingest issue, measured with the judge's own scorer:
// score-segmentation GOLD <(segment --format json PAGE) on the shared seed pages and on
// the project's development corpus (tests/data/pages/dev). The sealed corpus is scored
// by test_sealed.cpp.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <regex>

#include <unistd.h>

#include "base/file.h"
#include "util.h"

namespace fs = std::filesystem;
using namespace wz::ingest;

namespace {

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
  pclose(p);
  return out;
}

struct Score {
  double f1 = 0;
  int head = 0, head_of = 0, body = 0, body_of = 0;
};

// The shared scorer on one page against its gold.
Score score(const fs::path& page, const fs::path& gold) {
  fs::path scorer = fs::path(WZ_SHARED_DIR) / "tools/score-segmentation";
  // The process id in the name: other checkouts' test runs score the same pages at once.
  fs::path out = fs::temp_directory_path() /
                 ("wz_seg_" + std::to_string(::getpid()) + "_" + page.stem().string() + ".json");
  wz::write_file_atomic(out.string(), write_segment_json(read_source(page.string(), {})));
  std::string r = run("python3 '" + scorer.string() + "' --min-f1 0 '" + gold.string() + "' '" +
                      out.string() + "' 2>&1");
  fs::remove(out);
  std::smatch m;
  Score s;
  EXPECT_TRUE(std::regex_search(r, m, std::regex(R"(headline (\d+)/(\d+).*body (\d+)/(\d+))")))
      << r;
  if (m.size() < 5) return s;
  s.head = std::stoi(m[1]), s.head_of = std::stoi(m[2]);
  s.body = std::stoi(m[3]), s.body_of = std::stoi(m[4]);
  EXPECT_TRUE(std::regex_search(r, m, std::regex(R"(F1 ([0-9.]+))"))) << r;
  if (m.size() > 1) s.f1 = std::stod(m[1]);
  std::printf("  %-36s F1 %.3f headline %d/%d body %d/%d\n", page.filename().c_str(), s.f1, s.head,
              s.head_of, s.body, s.body_of);
  return s;
}

bool scorer_present() {
  return fs::exists(fs::path(WZ_SHARED_DIR) / "tools/score-segmentation");
}

}  // namespace

TEST(Seeds, SegmentationScoresMeetTheIssueThresholds) {
  fs::path shared(WZ_SHARED_DIR);
  if (!scorer_present() || !fs::exists(shared / "seeds"))
    GTEST_SKIP() << "../shared (seeds, gold, scorer) not present: seed scores not measured";
  int pages = 0;
  for (const auto& e : fs::directory_iterator(shared / "seeds")) {
    fs::path gold = shared / "gold" / e.path().filename().replace_extension(".json");
    if (!fs::exists(gold)) continue;
    SCOPED_TRACE(e.path().string());
    Score s = score(e.path(), gold);
    EXPECT_GE(s.f1, 0.97);
    EXPECT_GE(s.head, 0.95 * s.head_of);
    EXPECT_GE(s.body, 0.90 * s.body_of);
    ++pages;
  }
  EXPECT_GT(pages, 0);
}

// The bar a corpus directory is held to, pooled: by default the issue's (F1 >= 0.97,
// headline >= 95%, body start and end >= 90%), and no page below F1 0.9.
struct Bar {
  double mean_f1 = 0.97, page_f1 = 0.9, head = 0.95, body = 0.90;
};

static void expect_corpus_meets_the_bar(const char* which, int min_pages, Bar bar = {}) {
  fs::path dir = fs::path(WZ_SOURCE_DIR) / "tests/data/pages" / which;
  double f1 = 0;
  int pages = 0, head = 0, head_of = 0, body = 0, body_of = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".txt") continue;
    SCOPED_TRACE(e.path().string());
    Score s = score(e.path(), fs::path(e.path()).replace_extension(".json"));
    EXPECT_GE(s.f1, bar.page_f1);
    f1 += s.f1, ++pages;
    head += s.head, head_of += s.head_of, body += s.body, body_of += s.body_of;
  }
  ASSERT_GE(pages, min_pages);
  std::printf("  %s corpus: mean F1 %.3f, headline %d/%d, body %d/%d\n", which, f1 / pages, head,
              head_of, body, body_of);
  EXPECT_GE(f1 / pages, bar.mean_f1);
  EXPECT_GE(head, bar.head * head_of);
  EXPECT_GE(body, bar.body * body_of);
}

TEST(Corpus, DevelopmentPagesMeetTheIssueThresholds) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("dev", 12);
}

// The sealed third, written by someone who did not build the segmenter and first scored
// after it was done (tests/data/pages/README.md has that first score). Since then it has
// been looked at, so it now guards against regressions rather than measuring
// generalisation.
TEST(Corpus, SealedPagesMeetTheIssueThresholds) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("sealed", 6);
}

// The blind pages (s07-s12), written after the sealed ones were fixed and scored once on
// the frozen segmenter (tests/data/pages/README.md); since looked at, a regression guard.
TEST(Corpus, BlindPagesMeetTheIssueThresholds) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind", 6);
}

// The second blind set (s13-s20), scored once on the frozen segmenter (commit 114229c,
// tests/data/pages/README.md) and fixed since: a regression guard.
TEST(Corpus, SecondBlindPagesMeetTheIssueThresholds) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind2", 8);
}

// The third blind set (s21-s28), scored once on the frozen segmenter (mean F1 0.856,
// tests/data/pages/README.md) and fixed since: a regression guard.
TEST(Corpus, ThirdBlindPagesMeetTheIssueThresholds) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind3", 8);
}

// The fourth blind set (s29-s36, four pages in other papers' styles), scored once on the
// frozen segmenter (commit 93fb6c1: mean F1 0.959, tests/data/pages/README.md) and fixed
// since: a regression guard.
TEST(Corpus, FourthBlindPagesMeetTheIssueThresholds) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind4", 8);
}

// The fifth blind set (s37-s44), scored once on the frozen segmenter (commit f62f9b6: mean
// F1 0.932, tests/data/pages/README.md) and fixed since: a regression guard.
TEST(Corpus, FifthBlindPagesMeetTheIssueThresholds) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind5", 8);
}

// The sixth blind set (s45-s52), scored once at the end of a stop (commit ccbd6b0: mean F1
// 0.918, tests/data/pages/README.md) and fixed since: a regression guard.
TEST(Corpus, SixthBlindPagesMeetTheIssueThresholds) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind6", 8);
}

// The seventh blind set (s53-s60: theory, letters, health, defence, culture listings, law,
// a county front page, travel), scored once on the frozen segmenter (commit f0468ad: mean
// F1 0.836) and partly fixed since: held at the level reached, its body share below the
// issue's bar (cut columns read in the wrong order on the theory and health pages).
TEST(Corpus, SeventhBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind7", 8, Bar{0.98, 0.88, 0.97, 0.84});
}

// The eighth blind set (s61-s68: party building, ecology with a data chart, classified
// ads, an industry front page, an interview, transport, community, overseas Chinese),
// scored once on the frozen segmenter (commit 42a068d: mean F1 0.899) and partly fixed
// since: held at the level reached, below the issue's bar.
TEST(Corpus, EighthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind8", 8, Bar{0.96, 0.79, 0.97, 0.87});
}

// The ninth blind set (s69-s76: a 两会 special page of sound bites, a photo page, a policy
// explainer, a literary page, an evening paper's hotline page, a securities page, a weekly
// news digest with a figures box and world briefs, a local-history page), scored once on
// the frozen segmenter (commit 9274551: mean F1 0.912, min 0.727) and fixed since.
TEST(Corpus, NinthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind9", 8, Bar{0.98, 0.90, 0.93, 0.93});
}

// The tenth and eleventh blind sets (s77-s92: housing, film, an enterprise paper's front
// page, an elderly-health page, an evening front page, jobs, food, county briefs; a
// commentary page, city news, tech in ASCII punctuation, rights and law, education, farm
// science, a weekend serial, a festival page), each scored once on a frozen segmenter
// (blind10 at caf6fbd: mean F1 0.925; blind11 at 065069d: 0.940) and fixed since.
TEST(Corpus, TenthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind10", 8, Bar{0.99, 0.99, 0.97, 0.79});
}

TEST(Corpus, EleventhBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind11", 8, Bar{0.98, 0.90, 0.93, 0.87});
}

// The twelfth and thirteenth blind sets (s93-s108: sports, international, reading, a
// trade-union life page, a 文摘 page, market prices, an opinion page, a county front page;
// a national 要闻 page, work safety, popular science, health, a trade-union local page,
// travel, law, county sports and culture), each scored once on a frozen segmenter
// (blind12 at 218082a: mean F1 0.794, min 0.556; blind13 at 4cebe95: 0.840, min 0.667)
// and partly fixed since: held at the level reached, below the issue's bar.
TEST(Corpus, TwelfthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind12", 8, Bar{0.95, 0.83, 0.88, 0.90});
}

TEST(Corpus, ThirteenthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind13", 8, Bar{0.95, 0.87, 0.96, 0.91});
}

// The fourteenth and fifteenth blind sets (s109-s124: an economy page from a PDF copy, an
// education weekly from the web, a 双拥 page, a 劳模 profile set tight, an evening paper's
// hotline page, a 三农 web page, an international page of wire copy, a 副刊 with a poem
// group; a tech page set tight, a 政务 page of notices, a city transport page, a weekend
// sports page, an ecology page, a 非遗 feature set tight, a party daily's front page with
// no blank line, a 女职工 page), each scored once on a frozen segmenter (blind14 at
// f7868ce: mean F1 0.919, min 0.769; blind15 at 4c53051: 0.884, min 0.714) and partly
// fixed since: held at the level reached.
TEST(Corpus, FourteenthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind14", 8, Bar{0.98, 0.90, 0.96, 0.98});
}

TEST(Corpus, FifteenthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind15", 8, Bar{0.94, 0.83, 0.94, 0.80});
}

// The sixteenth blind set (s125-s132: a 法治 page from a PDF copy in four column widths, a
// 健康 page from the web, a 评论/读者来信 page of mixed copies, a county page from another
// paper's web edition, an evening paper's city page, a 人民日报-style 要闻 page, a weekly's
// interview feature, a 专版 of a safety month), scored once on a frozen segmenter
// (7bf8508: mean F1 0.849, min 0.667; headline 47/51, body 44/51) and fixed since: held at
// the level reached.
TEST(Corpus, SixteenthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind16", 8, Bar{0.99, 0.99, 0.92, 0.98});
}

// The seventeenth blind set (s133-s140: a consumer page from a PDF copy with a price table
// and a box set inside the lead, a campus web page, an international page of wire copy, a
// 文体/副刊 page, a union daily's 维权 page with no blank line, a 乡村振兴 web page, an
// evening paper's community page, an industry page with a 数读 box and a jump), scored
// once on a frozen segmenter (e5f831a: mean F1 0.936, min 0.857; headline 51/53, body
// 49/53: the first set to meet the headline and body shares on first sight) and then held.
TEST(Corpus, SeventeenthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind17", 8, Bar{0.96, 0.85, 0.96, 0.94});
}

// The eighteenth blind set (s141-s148: a 要闻 page from a PDF copy, an 产经 web page with
// datelines whose reporters are set off by spaces, an evening paper's 民生 page, a weekly's
// 人物 page with an editor's note at its own measure and a jump, a county page of briefs
// with no blank line at all, a 理论 web page of two numbered pieces, an 教育·科技 web page in
// ASCII punctuation, a 副刊 page with poems and a 书讯 column), scored once on a frozen
// segmenter (06f51fa: mean F1 0.893, min 0.500; headline 41/43, body 36/43) and then held.
TEST(Corpus, EighteenthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind18", 8, Bar{0.99, 0.99, 0.95, 0.95});
}

// The nineteenth blind set (s149-s156: a 法治 page from a PDF copy with a court-news column
// signed by names alone, a 三农 web page, an evening paper's 城事 page of mixed copies with a
// head in two parallel lines, a 体育 web page in ASCII marks with a 【赛事速递】 column, a
// 健康 page from a PDF copy, a 国际 web page whose feature opens on a bulleted 小标题, a
// 读书 page mixing a wrapped fragment, a web story, a wrapped essay and a 新书架 column, an
// enterprise page with a brief column set solid), scored once on a frozen segmenter
// (0b6b627: mean F1 0.887, min 0.545; headline 42/45, body 40/45) and then held.
TEST(Corpus, NineteenthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind19", 8, Bar{0.99, 0.99, 0.95, 0.95});
}

// The twentieth blind set (s157-s164: a 评论 web page, a 金融 page from a PDF copy with a
// 公告速递 column, a 汽车/消费 web page, a 文化/娱乐 page of mixed copies, a 国防 page from a
// PDF copy, an 生态环保 web page, a 党建 page of mixed copies, a 校园 page from a PDF copy
// with pupils' essays signed by school and class), scored once on f78d905 after blind19's
// fixes (mean F1 0.903, min 0.533; headline 41/47, body 44/47) and partly fixed since.
TEST(Corpus, TwentiethBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind20", 8, Bar{0.97, 0.83, 0.90, 0.95});
}

// The twenty-first blind set (s165-s172: a regional page from a PDF copy with no blank line
// and a brief interleaved in its lead, a 理论 web page, a 社区 page of mixed copy under a
// bracketed column label, a page 2 with a jump head, a 人民日报-style 要闻 page, an evening
// paper's 城事 web page, a weekly's feature page, a 都市报 web page of stories under their
// site lines), scored once on 954ec8a (mean F1 0.888, min 0.545; headline 41/42, body
// 35/42) and partly fixed since.
TEST(Corpus, TwentyFirstBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind21", 8, Bar{0.98, 0.90, 0.95, 0.90});
}

// The twenty-second blind set (s173-s180: a 体育 web page, a 副刊 page from a PDF copy with
// poems, a 法治 page of mixed copy with a Q&A, a 国际 page from a 数字报 with no blank line, an
// 经济 web page with a data box, a 民生热线 page of readers' letters, two pages of a county
// paper in one file with a jump between them, a 图片新闻 page), scored once on 0db8804 (mean
// F1 0.934, min 0.833; headline 51/53, body 44/53) and partly fixed since.
TEST(Corpus, TwentySecondBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind22", 8, Bar{0.97, 0.83, 0.95, 0.92});
}

// The twenty-third blind set (s181-s188: a 评论 page in PDF copy, a 科技 web page, a 乡村振兴
// page in mixed PDF copy, a 读书 page of a weekly, a 工会 page in the seeds' style, a 晚报 城市
// web page, an 教育 page, a 健康 page in PDF copy with no blank line), scored once on 2ba7a63
// (mean F1 0.955, min 0.800; headline 47/48, body 43/48) and fixed since.
TEST(Corpus, TwentyThirdBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind23", 8, Bar{0.99, 0.95, 0.97, 0.97});
}

// The twenty-fourth blind set (s189-s196: a 要闻 page in the seeds' style, a 地方工会 web page,
// a 财经 page of a 证券报, a 地方两会 page with no blank line, a public account's post, a 文旅
// page, a 农业科技 page, a 副刊 夜读 page), scored once on 1f629db (mean F1 0.925, min 0.667;
// headline 45/49, body 43/49) and fixed since.
TEST(Corpus, TwentyFourthBlindPagesHoldTheirLevel) {
  if (!scorer_present()) GTEST_SKIP() << "../shared/tools/score-segmentation not present";
  expect_corpus_meets_the_bar("blind24", 8, Bar{0.99, 0.95, 0.94, 0.90});
}
