// ingest on pages set tight: paragraphs with no blank line between them, some wrapped at
// the column and some one line each, items set apart by blank lines (a web edition
// copied out, a 文摘 page). Each page here is written for the rule its test names.
#include <gtest/gtest.h>

#include "base/file.h"
#include "ingest/cues.h"
#include "ingest/evidence.h"
#include "util.h"

using namespace wz::ingest;
using namespace wz::ingest::test;
using BK = wz::model::BlockKind;

namespace {

const std::string kOpinionPage =
    "东川时评\n别让调研走了过场\n"
    "调研是谋事之基、成事之道。然而，有的调研车一开、话一\n"
    "讲、照一拍，看似行程满满，实则蜻蜓点水。这样的调研，调\n"
    "不出真问题，也研不出好办法，群众看在眼里，也记在心里。\n"
    "改进调研，要多到困难多、矛盾多、群众意见多的地方\n"
    "去，多听听不同声音，把情况摸清、把问题找准。\n"
    "□ 刘卫东\n\n"
    "今日谈\n窗口快了更要好了\n"
    "走进市民服务中心，一窗通办让不少事项实现了只进一扇门、只跑一次腿。这是实实在在的进步。\n"
    "■ 陈 斐\n\n"
    "老旧小区改造要听居民的\n"
    "老旧小区改造是民生工程，也是民心工程。改什么、怎么\n"
    "改，应当多听居民意见，这是改造成功的前提和基础，马虎\n"
    "不得。\n"
    "一些地方在改造前召开居民议事会，把加装电梯等事项\n"
    "交给居民点单，改造后满意度明显提高，投诉也少了很多。\n"
    "改造不能只顾面子，更要顾好里子。管网更新、消防设施等看不见的地方，恰恰是群众最关心的地方。\n"
    "赵 明\n\n"
    "村晚要多些泥土味\n"
    "近年来，乡村村晚越办越红火。但也有个别地方热衷请外地演员、搞大场面，村民反倒成了看客。\n";

}  // namespace

// A line set tight between a finished paragraph and more text, on a page whose items are
// set apart by blank lines, is the first line of a paragraph however short and unfinished
// it looks (一些地方…等事项 / 交给居民点单…), not a head.
TEST(TightPages, AClauseLineInsideARunOfTextIsNoHead) {
  auto a = page(kOpinionPage);
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[2].head.headline, "老旧小区改造要听居民的");
  EXPECT_EQ(body(a[2], 1),
            "一些地方在改造前召开居民议事会，把加装电梯等事项交给居民点单，"
            "改造后满意度明显提高，投诉也少了很多。");
  EXPECT_EQ(a[3].head.headline, "村晚要多些泥土味");
}

// Under a wrapped line, a word's lone tail and a mark (去，…) continues it: the column's
// width cut the line, whatever the words across the seam say (地方|去 makes no word).
TEST(TightPages, ALoneTailUnderAWrappedLineContinuesIt) {
  auto a = page(kOpinionPage);
  ASSERT_GE(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "别让调研走了过场");
  EXPECT_EQ(body(a[0], 1),
            "改进调研，要多到困难多、矛盾多、群众意见多的地方去，多听听不同声音，"
            "把情况摸清、把问题找准。");
}

// Two characters and a full stop open no paragraph outside a quotation (报警。原来…): the
// tail of a sentence cut at the column.
TEST(TightPages, TwoCharactersAndAFullStopAreATail) {
  auto a = page(
      "老人深夜迷路 骑手护送回家\n"
      "民警赶到后，骑手陈浩主动提出一起去找。此时，老人的家人正在小区里四处寻找，急得差点\n"
      "报警。原来，老人患有轻度阿尔茨海默病，当晚趁家人不注意独自出了门。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(body(a[0], 1), "<none>");
}

// A reprint's source on a line of its own (（摘自《…》 作者：…）, ■摘自《…》) is the credit
// of the item it closes, as a byline is, and the next line opens another item.
TEST(TightPages, AReprintsSourceLineIsItsBylineAndEndsIt) {
  auto a = page(
      "老屋里长出一座乡村图书馆\n"
      "返乡青年李明把自家老屋改成图书室，每天傍晚都有孩子来这里看书写作业。\n"
      "五年过去，这座老房子早已名声在外，藏书越来越多。村里的孩子都说，这里是他们的第二个家。\n"
      "（摘自《岚州晚报》 作者：沈 洁）\n"
      "端午挂艾草有讲究\n"
      "每逢端午，不少人家会在门口挂上艾草，既为驱蚊，也图个吉利。\n"
      "■摘自《北京青年报》\n");
  ASSERT_EQ(a.size(), 2u);
  ASSERT_FALSE(a[0].blocks.empty());
  EXPECT_EQ(a[0].blocks.back().kind, BK::Byline);
  EXPECT_EQ(a[1].head.headline, "端午挂艾草有讲究");
  EXPECT_EQ(a[1].blocks.back().kind, BK::Byline);
  // The first paragraph, run on tight into the next, is text, not a photo's caption.
  EXPECT_EQ(a[0].blocks.front().kind, BK::Paragraph);
}

// A line closing a quoted phrase (…与“五月为恶月”) runs on into a line that opens with a
// particle (的观念有关): the sentence was cut after the phrase.
TEST(TightPages, AClosedQuotedPhraseRunsOnIntoAParticle) {
  auto a = page(
      "端午挂艾草有讲究\n"
      "每逢端午，不少人家会在门口挂上艾草。\n"
      "民俗学者介绍，这一习俗最早与“五月为恶月”\n"
      "的观念有关。古人认为农历五月湿热多雨，蚊虫滋生。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(body(a[0], 1),
            "民俗学者介绍，这一习俗最早与“五月为恶月”的观念有关。"
            "古人认为农历五月湿热多雨，蚊虫滋生。");
}

// friso reads a seam forwards (很难发|报警 as 发报 + 警): a two-character word across it
// whose second half opens a longer word of the next line's own is no evidence of a join.
TEST(TightPages, AForwardReadingAcrossTheSeamIsNoWord) {
  WordSegmenter w;
  EXPECT_EQ(join_texts(w, "贴纸上，不仔细找很难发", "报警。原来，老人患有").word, 0);
  EXPECT_EQ(join_texts(w, "贴纸上，不仔细找很难发", "现。不少居民表示").word, 2);  // 发|现
}

// A column of briefs under a label (简讯), each with its title run into its text by two
// spaces or a colon and signed at its end: each brief is an item titled so, and the label
// heads none of them.
TEST(TightPages, RunInTitlesHeadTheirBriefs) {
  auto a = page(
      "县委常委会召开会议\n研究部署冬季森林防火等工作\n\n"
      "本报讯（记者 叶青）10月17日，县委常委会召开会议，传达学习省、市有关会议精神。\n\n"
      "简讯\n"
      "县领导督导森林防火工作  10月16日，县长带队到石门镇检查森林防火工作，要求严防死守。（记者 王 "
      "丽）\n"
      "溪口镇篮球赛收官：10月13日至15日，溪口镇首届篮球赛在镇文体中心举行，16支队伍参赛。（通讯员 "
      "蒋 涛）\n"
      "县图书馆延长开放时间  即日起，县图书馆周一至周五开放时间延长至21:00，周末照常开放，\n"
      "市民可凭身份证免费入馆。（记者 叶 青）\n");
  ASSERT_EQ(a.size(), 4u);
  // A meeting's report: what it did is the 副题 (研究部署…), under the 主题 with its verb.
  EXPECT_EQ(a[0].head.headline, "县委常委会召开会议");
  EXPECT_EQ(a[0].head.subheadline, "研究部署冬季森林防火等工作");
  EXPECT_EQ(a[1].head.headline, "县领导督导森林防火工作");
  EXPECT_EQ(body(a[1], 0).rfind("10月16日，县长带队", 0), 0u);
  EXPECT_EQ(a[2].head.headline, "溪口镇篮球赛收官");
  EXPECT_EQ(a[3].head.headline, "县图书馆延长开放时间");
  for (const auto& x : a) EXPECT_NE(x.head.kicker, "简讯");
}

// One line with a colon after a phrase is a sentence's own colon, not a run-in title: it
// takes a column of them, and a verb of saying before the colon is never a title.
TEST(TightPages, OneColonLineIsNoRunInTitle) {
  auto a = page(
      "全市冬季森林防火工作会议召开\n\n"
      "本报讯（记者 叶青）10月17日，全市冬季森林防火工作会议召开。\n\n"
      "市林业局负责人指出：当前已进入森林防火关键期，各地要加强巡山护林。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(run_in_head_end("市林业局负责人指出：当前已进入森林防火关键期，各地要加强巡山护林。"),
            std::string::npos);
}

namespace {
std::vector<wz::model::Article> corpus_page(const std::string& rel) {
  return page(wz::read_file(std::string(WZ_SOURCE_DIR) + "/tests/data/pages/" + rel));
}
size_t count_heads(const wz::model::Article& a) {
  size_t n = 0;
  for (const auto& b : a.blocks) n += b.kind == BK::SectionHead ? 1 : 0;
  return n;
}
}  // namespace

// A travel feature (written for the corpus, blind13 s106): ■ 小标题, each over a paragraph
// and an in-body picture's caption with its credit glued on (▲…摄). The credit four lines
// on is that picture's, past a finished paragraph: the ■ head is no photo item's title.
TEST(TightPages, HeadsOverInBodyPicturesStayTheFeaturesOwn) {
  auto a = corpus_page("blind13/s106-lvyou.txt");
  ASSERT_GE(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "松阳，把乡愁留在山坳里");
  EXPECT_GE(count_heads(a[0]), 3u);  // the three ■ heads (and the 出行攻略 box's label)
  for (const auto& x : a) EXPECT_EQ(x.head.headline.find("■"), std::string::npos);
}

// A law page with no blank line at all (blind13 s107): text wrapped at one width, its
// seams learnt from the lines that surely run on; a line of that width that ends open and
// a question under it (…受伤，与 / 配送站点之间…谁来承担？) are a paragraph, not a head.
TEST(TightPages, ALineAtTheWrapWidthRunsOn) {
  auto a = corpus_page("blind13/s107-fazhi.txt");
  ASSERT_GE(a.size(), 2u);
  EXPECT_EQ(a[0].head.headline, "骑手送餐途中摔伤 配送站点被判担责");
  for (const auto& x : a) EXPECT_EQ(x.head.headline.find("配送站点之间"), std::string::npos);
}

// A line ending on a function word that needs what follows (…十年的, …码头和) goes on in
// the next line: 的 and 和 read as words of their own, not the ends of 目的 or 总和.
TEST(TightPages, AFunctionWordAtTheEndLeansOnTheNextLine) {
  WordSegmenter w;
  EXPECT_TRUE(is_non_final(U'的'));
  EXPECT_FALSE(is_non_final(U'了'));
  double open = join_texts(w, "在老街做了将近十年的", "田野调查，访谈了两百").score;
  double word = join_texts(w, "这次调研的主要目的", "田野调查，访谈了两百").score;
  EXPECT_GT(open, word);
  EXPECT_GT(join_texts(w, "访谈了船工、搬运工和", "小商贩，又从档案馆").score,
            join_texts(w, "访谈了船工、搬运工总和", "小商贩，又从档案馆").score);
}

// A review set part one line per paragraph, part wrapped at one width: a wrapped block's
// first two lines, the first ending 的, are its text, not a two-line head.
TEST(TightPages, AWrappedParagraphEndingOnAParticleIsNoHead) {
  auto a = page(
      "书评\n在一条河里读懂一座城\n\n□ 林望\n\n"
      "写一座城市的历史，可以从一条河、一条街、一户人家写起。新著《河上人家》选择了后者。\n\n"
      "作者在汉水下游的几个渡口、码头和老街做了将近十年的\n"
      "田野调查，访谈了两百多位船工、纤夫后人、码头搬运工\n"
      "和小商贩，又从地方档案馆里翻检出大量契约、账簿和家\n"
      "书。这些材料本身并不稀见，难得的是作者把它们织进了\n"
      "一个个具体的家庭故事里，一户船家如何在大水中失去家\n"
      "当，又如何靠一张借据重新置办了木船。\n\n"
      "读这些故事，常常让人想起自己的祖辈。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].head.headline, "在一条河里读懂一座城");
  EXPECT_EQ(body(a[0], 1).substr(0, 18), "作者在汉水下");
}

// A roundup of briefs set solid and wrapped at one width (written for the corpus, blind15
// s117): a brief's title as wide as the column, over 据《…》报道, is no wrapped line running
// on: it heads its brief.
TEST(TightPages, AWrapWideTitleOverAReportLeadHeadsItsBrief) {
  auto a = corpus_page("blind15/s117-keji.txt");
  bool found = false;
  for (const auto& x : a) found |= x.head.headline == "睡前刷手机半小时 深睡时长少18分钟";
  EXPECT_TRUE(found);
}
