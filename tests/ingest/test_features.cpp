#include <gtest/gtest.h>

#include "ingest/features.h"

using namespace wz::ingest;

TEST(Features, SentenceEnds) {
  EXPECT_TRUE(ends_terminal("他说。"));
  EXPECT_TRUE(ends_terminal("“好了!”"));
  EXPECT_FALSE(ends_terminal("免费饮"));
  EXPECT_TRUE(ends_mid_sentence("免费饮"));
  EXPECT_TRUE(ends_mid_sentence("西部是标杆,"));
  EXPECT_FALSE(ends_mid_sentence("条件；"));
  EXPECT_TRUE(ends_comma("真正强起来、"));
}

TEST(Features, SeparateBylineLines) {
  EXPECT_TRUE(is_byline_line("本报记者 王小明 本报通讯员 李华"));
  EXPECT_TRUE(is_byline_line("本报记者 欧阳春晓"));
  EXPECT_TRUE(is_byline_line("本报通讯员 赵一 钱二"));
  EXPECT_TRUE(is_byline_line("新华社记者 张三、李四"));
  // Several bylines on one line, each after its bullet.
  EXPECT_TRUE(is_byline_line("□ 本报记者 余东明 □ 本报通讯员 沈佳怡"));
  // A school page's credits: pupil reporters, and the teacher under a pupil's essay.
  EXPECT_TRUE(is_byline_line("文/小记者 林可欣 张浩然 图/本报记者 赵雯"));
  EXPECT_TRUE(is_byline_line("指导老师：刘芳"));
  EXPECT_FALSE(is_byline_line("记者：今天的比赛很精彩"));
  EXPECT_FALSE(is_byline_line("记者节"));
  // Evening-paper slash roles, letter-spaced names after them, and 文/图 after a name.
  EXPECT_TRUE(is_byline_line("文/宋一帆 图/倪 可"));
  EXPECT_TRUE(is_byline_line("本报记者 姚 青 文/图"));
  EXPECT_TRUE(is_byline_line("文、图/本刊记者 宋知远"));  // one hand for words and pictures
  EXPECT_FALSE(is_byline_line("本报记者走进车间"));
  // A run of letter-spaced two-character names pairs up (唐宁 陈默, not 唐宁陈 默).
  EXPECT_TRUE(is_byline_line("本报记者 唐 宁 陈 默 本报通讯员 欧阳晓 车 琳"));
  EXPECT_TRUE(is_byline_line("记者 杜 远 柯 宁"));
  EXPECT_TRUE(is_byline_line("作者 汪砚秋"));  // the maker of a pictured artwork
}

TEST(Features, InlineBylines) {
  std::string s = "本报讯(记者王小明 通讯员李华)近日,";
  EXPECT_EQ(s.substr(0, inline_byline_length(s, false)), "本报讯(记者王小明 通讯员李华)");
  std::string t = "本报讯 （记者王小明）3月1日";
  EXPECT_EQ(t.substr(0, inline_byline_length(t, false)), "本报讯 （记者王小明）");
  std::string x = "新华社北京3月1日电(记者王小明)";
  EXPECT_EQ(inline_byline_length(x, false), x.size());
  std::string tail = "明 赵大年)\"我们";
  EXPECT_EQ(tail.substr(0, inline_byline_length(tail, true)), "明 赵大年)");
  EXPECT_EQ(inline_byline_length(tail, false), 0u);
  EXPECT_EQ(inline_byline_length("近日,记者从会上获悉", true), 0u);
  // One character before 讯 makes a column label (书讯, 快讯), not a dateline.
  EXPECT_EQ(inline_byline_length("书讯", false), 0u);
  // ...and so does any column's kind of news, however long its name (双拥快讯, 工会简讯).
  EXPECT_EQ(inline_byline_length("双拥快讯", false), 0u);
  EXPECT_EQ(inline_byline_length("工会简讯 4月7日，", false), 0u);
  EXPECT_GT(inline_byline_length("新华网讯 4月7日，", false), 0u);
  EXPECT_EQ(inline_byline_length("快讯", false), 0u);
  std::string k = "本刊讯 近日";
  EXPECT_EQ(k.substr(0, inline_byline_length(k, false)), "本刊讯");
}

TEST(Features, PhotoCredits) {
  std::string a = "图为职工在比赛。 本报记者 王小明 本报通讯员 李华 摄";
  EXPECT_EQ(a.substr(trailing_credit_start(a)), "本报记者 王小明 本报通讯员 李华 摄");
  std::string b = "提供岗位近300个 张大山 摄/视觉中国";
  EXPECT_EQ(b.substr(trailing_credit_start(b)), "张大山 摄/视觉中国");
  std::string c = "劳动者队伍。本报记者 刘小梦 摄";
  EXPECT_EQ(c.substr(trailing_credit_start(c)), "本报记者 刘小梦 摄");
  EXPECT_EQ(trailing_credit_start("王小明 摄"), 0u);
  EXPECT_EQ(trailing_credit_start("他们一起拍摄"), std::string::npos);
  EXPECT_EQ(trailing_credit_start("这是拍摄"), std::string::npos);
}

TEST(Features, LabelsAndFurniture) {
  std::string rest;
  EXPECT_TRUE(is_tip_label("阅 读 提 示", &rest));
  EXPECT_TRUE(rest.empty());
  EXPECT_TRUE(is_tip_label("阅读提示：工会组织建到身边。", &rest));
  EXPECT_EQ(rest, "工会组织建到身边。");
  EXPECT_TRUE(is_genre_label("新闻特写"));
  EXPECT_TRUE(is_genre_label("人物通讯"));
  EXPECT_FALSE(is_genre_label("一个小漏点都不放过"));
  EXPECT_TRUE(is_genre_label("来论"));  // an opinion column's outside piece
  EXPECT_TRUE(is_genre_label("社论"));
  EXPECT_TRUE(is_genre_label("两会侧记"));
  EXPECT_FALSE(is_genre_label("办公室言论自由吗"));  // longer than a label
  EXPECT_TRUE(is_continuation_line("（上接第1版）"));
  EXPECT_TRUE(is_continuation_line("(下转第3版)"));
  EXPECT_TRUE(is_continuation_line("下转第十二版"));
  EXPECT_FALSE(is_continuation_line("上接地气"));
  EXPECT_TRUE(is_slogan("信息共享 活动共联 人才共引"));
  EXPECT_FALSE(is_slogan("青海开展集体协商集中要约行动"));
}

TEST(Features, DisplayCandidates) {
  EXPECT_TRUE(is_display_candidate("青海开展集体协商集中要约行动"));
  EXPECT_TRUE(is_display_candidate("烟台总工会建立“零工之家”,打造服务平台——"));
  EXPECT_FALSE(is_display_candidate("他说得对。"));
  EXPECT_FALSE(is_display_candidate("本报记者 王小明"));
  EXPECT_FALSE(is_display_candidate("养”工程,对暂不具备条件的企业"));  // starts mid-quote
}

TEST(Features, QuoteBalance) {
  QuoteBalance q = quote_balance("实施党群“双培");
  EXPECT_EQ(q.unclosed, 1);
  q = quote_balance("养”工程");
  EXPECT_EQ(q.unopened, 1);
  EXPECT_EQ(quote_balance("全国争一流\"的目标").ascii, 1);
}

// A three-character name spaced out in full (谭 一 鸣) is one name, not a pair and one; a
// credit's mark after a spaced two-character name is no third character (韩 朔 摄).
TEST(Features, ThreeLoneCharactersAreOneName) {
  EXPECT_TRUE(is_byline_line("本报记者 谭 一 鸣 实习生 葛 瑶"));
  EXPECT_TRUE(is_byline_line("本报记者 唐 宁 陈 默"));
  EXPECT_EQ(trailing_credit_start("本报记者 韩 朔 摄"), 0u);
  EXPECT_FALSE(is_byline_line("本报记者 韩 朔 摄"));
}

// An outlet signs a commentary without a name (本报评论员); a correspondent files from a
// place after the names (特派记者 X 发自Y).
TEST(Features, CollectiveAndFiledFromBylines) {
  EXPECT_TRUE(is_byline_line("本报评论员"));
  EXPECT_TRUE(is_byline_line("本报特约评论员"));
  EXPECT_TRUE(is_byline_line("新华社评论员"));
  EXPECT_FALSE(is_byline_line("评论员"));  // no outlet: a word, not a signature
  EXPECT_TRUE(is_byline_line("特派记者　温 岚　发自柘原"));
  EXPECT_TRUE(is_byline_line("本报特派记者 钱立 发自海口"));
  EXPECT_FALSE(is_byline_line("发自内心的感谢"));
}

// Credits of a drawing or a photo closed by a slash mark (邓 禾/画), and a bracketed
// credit with an agency's 发 before it (新华社发（郑川　摄）).
TEST(Features, SlashAndBracketedCredits) {
  std::string cap = "周末加班的手机响个不停。";
  EXPECT_EQ(trailing_credit_start(cap + "邓 禾/画"), cap.size());
  EXPECT_EQ(trailing_credit_start("吕 杭/绘"), 0u);
  EXPECT_EQ(trailing_credit_start("新华社发（郑川　摄）"), 0u);
  std::string photo = "11月3日，工人在桥面作业。";
  EXPECT_EQ(trailing_credit_start(photo + "（本报记者 宋雨 摄）"), photo.size());
  EXPECT_EQ(trailing_credit_start("他拿起笔画"), std::string::npos);
  EXPECT_EQ(trailing_credit_start("会议由市长主持（上接第1版）"), std::string::npos);
}

// A supplied photo's credit (供图) names a person, a reader or a body: only its form counts.
TEST(Features, SuppliedPhotoCredits) {
  std::string a = "人行道中央竖着一排半人高的石桩。 市民 顾先生 供图";
  EXPECT_EQ(a.substr(trailing_credit_start(a)), "市民 顾先生 供图");
  std::string b = "改造后的文化广场成了村民的新去处。青禾县文旅局供图";
  EXPECT_EQ(b.substr(trailing_credit_start(b)), "青禾县文旅局供图");
  EXPECT_EQ(trailing_credit_start("这些照片都是他当年拍下后供图"), std::string::npos);
}

// A brief is over at a signature in brackets, alone or after its last sentence.
TEST(Features, FinishesItemReadsSignaturesInBrackets) {
  EXPECT_TRUE(finishes_item("使用方法。（程晓）"));
  EXPECT_TRUE(finishes_item("现场整改43处。（黄磊 刘芳）"));
  EXPECT_TRUE(finishes_item("（县畜牧兽医中心）"));
  EXPECT_TRUE(finishes_item("合理安排出行。"));
  EXPECT_FALSE(finishes_item("城西街道为独居老人（试点）"));
  EXPECT_FALSE(finishes_item("整为6:00至21:00，请市民"));
}

// A dateline's reporters set off by spaces, not brackets: the byline runs to the last name
// and the text after it is not taken (经济日报's 本报北京…讯 记者 X form).
TEST(Features, DatelineWithReportersSetOffBySpaces) {
  std::string s = "本报北京12月1日讯 记者 周明远 商务部1日发布的数据显示";
  EXPECT_EQ(s.substr(0, inline_byline_length(s, false)), "本报北京12月1日讯 记者 周明远");
  std::string two = "本报讯 记者 林晓 通讯员 王可 近日，";
  EXPECT_EQ(two.substr(0, inline_byline_length(two, false)), "本报讯 记者 林晓 通讯员 王可");
  // Text after the dateline is no reporter: the prefix alone.
  std::string text = "本报讯 近日，记者从市里获悉";
  EXPECT_EQ(text.substr(0, inline_byline_length(text, false)), "本报讯");
  // A word after the role is no name (记者 走访 发现…).
  std::string word = "本报讯 记者 走访 发现，";
  EXPECT_EQ(word.substr(0, inline_byline_length(word, false)), "本报讯");
}

// Any outlet's reporters sign a byline line: the paper is named by the word it ends in.
TEST(Features, BylineOfAnyOutlet) {
  EXPECT_TRUE(is_byline_line("经济日报记者 刘畅 王琦"));
  EXPECT_TRUE(is_byline_line("江城晚报记者 孙一鸣"));
  EXPECT_TRUE(is_byline_line("青溪广播电视台记者 何平"));
  // The paper's name alone, or in a sentence, is no role.
  EXPECT_FALSE(is_byline_line("经济日报 刘畅"));
  EXPECT_FALSE(is_byline_line("据经济日报报道"));
}

TEST(Features, AnArtworksMakerSetOffBySpaceIsItsCredit) {
  EXPECT_EQ(trailing_credit_start("王一川 作"), 0u);  // 秋山图（国画） / caption / 王一川 作
  EXPECT_EQ(trailing_credit_start("他们正在工作"), std::string::npos);  // 工作 is a word
  EXPECT_EQ(trailing_credit_start("这是他的新作"), std::string::npos);  // no space before it
}

// A banner in spaced parts may date itself with a middle dot (4·23, GB/T 15834 §4.15).
TEST(Features, ASloganMayHoldAMiddleDot) {
  EXPECT_TRUE(is_slogan("4·23  世界读书日  让阅读成为一种生活方式"));
  EXPECT_FALSE(is_slogan("4·23世界读书日，让阅读成为一种生活方式"));
}

// A byline may end with how its reporters made the text (整理, 编译).
TEST(Features, ABylineMayEndWithHowTheTextWasMade) {
  EXPECT_TRUE(is_byline_line("本报记者 钱雨薇 整理"));
  EXPECT_TRUE(is_byline_line("记者 林然 编译"));
  EXPECT_FALSE(is_byline_line("整理"));
}
