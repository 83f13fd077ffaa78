// Normalisation rules (ingest/normalize.h, ingest/chars.h), each called directly.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/normalize.h"

using namespace wz::ingest;
namespace fs = std::filesystem;

// ---- body text -------------------------------------------------------------------------

TEST(Normalize, StraySpacesBetweenHanGo) {
  EXPECT_EQ(remove_stray_spaces("工会 组织 建到 身边"), "工会组织建到身边");
  EXPECT_EQ(remove_stray_spaces("面积 6.6 万平方公里, 今年"), "面积6.6万平方公里,今年");
  EXPECT_EQ(remove_stray_spaces("使用 APP 办理"), "使用APP办理");
}

TEST(Normalize, ColumnWrapResidueInBodyGoes) {
  // Seed 001: a space at every column width (about 19 characters), wherever it falls.
  EXPECT_EQ(remove_stray_spaces("本报讯(记者康劲)甘肃省酒泉市肃北 蒙古族自治县人口仅有1.5万,"
                                "面积却有6.6 万平方公里,如何让党的理论和工会政策传 入家家户户? "
                                "今年以来"),
            "本报讯(记者康劲)甘肃省酒泉市肃北蒙古族自治县人口仅有1.5万,面积却有6.6万平方公里,"
            "如何让党的理论和工会政策传入家家户户?今年以来");
  // A space beside an ASCII mark that stands against Chinese: the mark becomes full
  // width, so the space is residue too.
  EXPECT_EQ(remove_stray_spaces("创新发展, 2022年7月"), "创新发展,2022年7月");
  EXPECT_EQ(remove_stray_spaces("推进工作; \"抓推广\""), "推进工作;\"抓推广\"");
  EXPECT_EQ(remove_stray_spaces("使用APP (应用) OK"), "使用APP(应用)OK");
  EXPECT_EQ(normalize_body("创新发展, 2022年7月", true), "创新发展，2022年7月");
}

TEST(Normalize, RealSpacesBetweenLatinWordsStay) {
  EXPECT_EQ(remove_stray_spaces("打开 Open  Source 平台"), "打开Open Source平台");
  EXPECT_EQ(remove_stray_spaces("version 2.0"), "version 2.0");
  EXPECT_EQ(remove_stray_spaces("Hello, world (again)"), "Hello, world (again)");
}

// ---- display lines -----------------------------------------------------------------------

TEST(Normalize, DisplaySpacesKeepPhraseBreaks) {
  EXPECT_EQ(normalize_display_spaces("聚焦重点 集思广益"), "聚焦重点 集思广益");
  EXPECT_EQ(normalize_display_spaces("以前马路边“等活” 现在APP上“刷活”"),
            "以前马路边“等活” 现在APP上“刷活”");
  EXPECT_EQ(normalize_display_spaces("下沉人员、 资金、服务"), "下沉人员、资金、服务");
}

TEST(Normalize, SloganHalvesKeepOneSpace) {
  for (const char* s :
       {"淮北是我家 就地过大年", "从“新”出发 暖“新”同行", "团结奋斗开新局 喜迎工会十八大",
        "学技术 练技能 比服务", "信息共享 活动共联 人才共引", "技能比武 赛出风采",
        "农商相伴 感恩有您", "打通职业发展通道 增强岗位吸引力 调动履职积极性"})
    EXPECT_EQ(normalize_display_spaces(s), s);
  EXPECT_EQ(normalize_display_spaces("淮北是我家\u3000\u3000就地过大年"), "淮北是我家 就地过大年");
  EXPECT_EQ(normalize_display_spaces("  从“新”出发   暖“新”同行 "), "从“新”出发 暖“新”同行");
}

TEST(Normalize, DisplayResidueInsideAWordGoes) {
  // A column wrap inside a word (friso's lexicon knows the word across the space).
  EXPECT_EQ(normalize_display_spaces("聚焦重 点集思广益"), "聚焦重点集思广益");
  EXPECT_EQ(normalize_display_spaces("山东乳山市总下 沉人员、资金"), "山东乳山市总下沉人员、资金");
  // A wrap that leaves one character alone; letter-spacing.
  EXPECT_EQ(normalize_display_spaces("聚焦重点 集思广 益"), "聚焦重点 集思广益");
  EXPECT_EQ(normalize_display_spaces("聚焦重 点 集思广益"), "聚焦重点 集思广益");
  EXPECT_EQ(normalize_display_spaces("阅 读 提 示"), "阅读提示");
  // A number and its unit; marks and dashes.
  EXPECT_EQ(normalize_display_spaces("连续3 年获评先进"), "连续3年获评先进");
  EXPECT_EQ(normalize_display_spaces("服务平台 ——"), "服务平台——");
  EXPECT_EQ(normalize_display_spaces("“ 等活 ”"), "“等活”");
}

// ---- bylines and credits -------------------------------------------------------------------

TEST(Normalize, NameSpacesSeparateNamesButRejoinSplitNames) {
  EXPECT_EQ(normalize_name_spaces("本报讯 (记者杨明清 张嫱 通讯员夏丽 萍)"),
            "本报讯(记者杨明清 张嫱 通讯员夏丽萍)");
  EXPECT_EQ(normalize_name_spaces("本报记者  刘金梦 摄"), "本报记者 刘金梦 摄");
}

TEST(Normalize, SpacesBetweenNamesStay) {
  for (const char* s :
       {"本报记者 张婧 杨明清", "本报讯（记者 张婧 杨明清）",
        "本报记者 叶小钟 本报通讯员 陈颖 蓝星", "本报记者 杨明清 张楠 本报通讯员 宋洁",
        "本报记者 李润钊 本报通讯员 薛晓秋 摄", "赵俊超 摄/视觉中国", "记者 John Smith"})
    EXPECT_EQ(normalize_name_spaces(s), s);
  EXPECT_EQ(normalize_name_spaces("本报记者\u3000张婧\u3000\u3000杨明清"), "本报记者 张婧 杨明清");
  // A class numbered in brackets ends the pupil's descriptor: the space before the name stays.
  EXPECT_EQ(normalize_name_spaces("育才中学初一（2）班 周小雨"), "育才中学初一（2）班 周小雨");
  // A role with a slash (文/ 图/) opens the next credit: the name before it ends there.
  EXPECT_EQ(normalize_name_spaces("文/记者 韦 嘉 图/记者 蔡晓东"), "文/记者 韦嘉 图/记者 蔡晓东");
  EXPECT_EQ(normalize_name_spaces("文/本报记者 邵飞 图/本报记者 葛明"),
            "文/本报记者 邵飞 图/本报记者 葛明");
}

TEST(Normalize, ColumnWrapInsideABylineGoes) {
  // A wrap falls anywhere: in a name, in a role word, after a lone surname.
  EXPECT_EQ(normalize_name_spaces("本报讯(记者杨明清 张嫱 通讯员夏 丽萍)"),
            "本报讯(记者杨明清 张嫱 通讯员夏丽萍)");
  EXPECT_EQ(normalize_name_spaces("本报讯(记者杨 明清 张嫱)"), "本报讯(记者杨明清 张嫱)");
  EXPECT_EQ(normalize_name_spaces("本报记 者 张婧 杨明清"), "本报记者 张婧 杨明清");
  EXPECT_EQ(normalize_name_spaces("本报通讯 员 宋洁"), "本报通讯员 宋洁");
  EXPECT_EQ(normalize_name_spaces("本报记者 张婧 杨 明清"), "本报记者 张婧 杨明清");
  EXPECT_EQ(normalize_name_spaces("本报记者 杨明 清 张嫱"), "本报记者 杨明清 张嫱");
  EXPECT_EQ(normalize_name_spaces("记者 张 婧 杨明清"), "记者 张婧 杨明清");
  EXPECT_EQ(normalize_name_spaces("本报记者 叶小 钟"), "本报记者 叶小钟");
  EXPECT_EQ(normalize_name_spaces("（记者 张婧 ）"), "（记者 张婧）");
  // A byline cut off by a column jump starts with the tail of a name: it stays apart.
  EXPECT_EQ(normalize_name_spaces("莹 贾丽莉)"), "莹 贾丽莉)");
}

TEST(Normalize, CharacterTables) {
  EXPECT_TRUE(is_common_surname(U'杨'));
  EXPECT_TRUE(is_common_surname(U'蓝'));
  EXPECT_FALSE(is_common_surname(U'萍'));
  EXPECT_TRUE(is_number_unit(U'年'));
  EXPECT_TRUE(is_number_unit(U'万'));
  EXPECT_FALSE(is_number_unit(U'我'));
  EXPECT_TRUE(is_ascii_alnum('a') && is_ascii_alnum('7'));
  EXPECT_FALSE(is_ascii_alnum(U'中') || is_ascii_alnum('!'));
}

// ---- punctuation ---------------------------------------------------------------------------

TEST(Normalize, StraightQuotesAlternate) {
  EXPECT_EQ(normalize_punctuation("他说\"好\",又说\"行\""), "他说“好”，又说“行”");
  EXPECT_EQ(normalize_punctuation("称为'工会路'"), "称为‘工会路’");
  EXPECT_EQ(normalize_punctuation("It's fine"), "It's fine");  // no Chinese: untouched
}

TEST(Normalize, BracketsAroundChineseBecomeFullWidth) {
  EXPECT_EQ(normalize_punctuation("本报讯(记者张三)近日"), "本报讯（记者张三）近日");
  EXPECT_EQ(normalize_punctuation("市州(县)召开"), "市州（县）召开");
  EXPECT_EQ(normalize_punctuation("公式 f(x) 的值"), "公式 f(x) 的值");
  EXPECT_EQ(normalize_punctuation("如下， (a)"), "如下， （a）");  // a CJK mark before
}

TEST(Normalize, MarksBetweenHanBecomeFullWidthButNotInNumbers) {
  EXPECT_EQ(normalize_punctuation("今年以来,工会;职工:好?是!"), "今年以来，工会；职工：好？是！");
  EXPECT_EQ(normalize_punctuation("共1,000人,3:30开始,增长1.5倍"),
            "共1,000人，3:30开始，增长1.5倍");
  EXPECT_EQ(normalize_punctuation("访问 http://a.cn/x?a=1,2 查看"),
            "访问 http://a.cn/x?a=1,2 查看");
  EXPECT_EQ(normalize_punctuation("Hello, world"), "Hello, world");
  EXPECT_EQ(normalize_punctuation("时间:3月5日"), "时间：3月5日");
}

TEST(Normalize, QuestionAndExclamationBeforeClosingMarks) {
  EXPECT_EQ(normalize_punctuation("“太好了!”"), "“太好了！”");
  EXPECT_EQ(normalize_punctuation("\"真的吗?\""), "“真的吗？”");
  EXPECT_EQ(normalize_punctuation("他说:\"太好了!\"然后走了"), "他说：“太好了！”然后走了");
  EXPECT_EQ(normalize_punctuation("(真的吗?)"), "（真的吗？）");
  EXPECT_EQ(normalize_punctuation("称为'好吗?'"), "称为‘好吗？’");
  EXPECT_EQ(normalize_punctuation("“来了100人!”"), "“来了100人！”");
}

TEST(Normalize, QuestionAndExclamationAtTheEndOfAChineseSentence) {
  EXPECT_EQ(normalize_punctuation("增长了50%!"), "增长了50%！");
  EXPECT_EQ(normalize_punctuation("是不是OK?"), "是不是OK？");
  EXPECT_EQ(normalize_punctuation("真好!我们走"), "真好！我们走");
  EXPECT_EQ(normalize_punctuation("真的吗?!"), "真的吗？！");
  EXPECT_EQ(normalize_punctuation("OK!我们走"), "OK！我们走");  // before a Han character
}

TEST(Normalize, QuestionAndExclamationStayInLatinWordsUrlsAndNumbers) {
  EXPECT_EQ(normalize_punctuation("a!b 中文"), "a!b 中文");
  EXPECT_EQ(normalize_punctuation("比分1?2 未定"), "比分1?2 未定");
  EXPECT_EQ(normalize_punctuation("网址 https://a.cn/q?x=1!y 查看"),
            "网址 https://a.cn/q?x=1!y 查看");
  EXPECT_EQ(normalize_punctuation("他说“OK!”"), "他说“OK!”");  // a Latin sentence quoted
  EXPECT_EQ(normalize_punctuation("Really? Yes!"), "Really? Yes!");
}

TEST(Normalize, EllipsisBecomesSixDots) {
  EXPECT_EQ(normalize_punctuation("等等..."), "等等……");
  EXPECT_EQ(normalize_punctuation("等等......"), "等等……");
  EXPECT_EQ(normalize_punctuation("等等…"), "等等……");
  EXPECT_EQ(normalize_punctuation("等等⋯⋯还有"), "等等……还有");
  EXPECT_EQ(normalize_punctuation("他说:\"然后。。。\""), "他说：“然后……”");
  EXPECT_EQ(normalize_punctuation("等等……"), "等等……");          // already right
  EXPECT_EQ(normalize_punctuation("…………"), "…………");              // twelve dots (§4.11)
  EXPECT_EQ(normalize_punctuation("第1...10页"), "第1...10页");  // a range of numbers
  EXPECT_EQ(normalize_punctuation("他说“wait...”"), "他说“wait...”");
  EXPECT_EQ(normalize_punctuation("and so on..."), "and so on...");
}

TEST(Normalize, DegradedKickerDashIsRepaired) {
  EXPECT_EQ(repair_trailing_dash("写进田间地头-"), "写进田间地头——");
  EXPECT_EQ(repair_trailing_dash("服务平台——"), "服务平台——");
  EXPECT_EQ(repair_trailing_dash("1-丁烯"), "1-丁烯");
}

TEST(Normalize, PerKindComposites) {
  EXPECT_EQ(normalize_body("他说 \"太好了!\" 然后...", true), "他说“太好了！”然后……");
  EXPECT_EQ(normalize_body("他说 \"太好了!\" 然后...", false), "他说\"太好了!\"然后...");
  EXPECT_EQ(normalize_byline("本报讯 (记者 张婧 杨明清)", true), "本报讯（记者 张婧 杨明清）");
  EXPECT_EQ(normalize_display("从\"新\"出发 暖\"新\"同行", true), "从“新”出发 暖“新”同行");
  EXPECT_EQ(normalize_display("写进田间地头-", true), "写进田间地头——");
  EXPECT_EQ(normalize_display("写进田间地头-", false), "写进田间地头-");
}

// ---- idempotence: clean text stays as it is (structured source reads back unchanged) ----

namespace {

void expect_idempotent(const std::string& s) {
  for (bool p : {true, false}) {
    std::string b = normalize_body(s, p), n = normalize_byline(s, p), d = normalize_display(s, p);
    EXPECT_EQ(normalize_body(b, p), b) << s;
    EXPECT_EQ(normalize_byline(n, p), n) << s;
    EXPECT_EQ(normalize_display(d, p), d) << s;
  }
  std::string q = normalize_punctuation(s);
  EXPECT_EQ(normalize_punctuation(q), q) << s;
}

}  // namespace

TEST(Normalize, IdempotentOnPageLines) {
  std::vector<fs::path> pages;
  for (auto dir : {fs::path(WZ_SOURCE_DIR) / "samples/pages", fs::path(WZ_SHARED_DIR) / "seeds"}) {
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") pages.push_back(e.path());
  }
  if (pages.empty()) GTEST_SKIP() << "no raw pages (samples/pages, ../shared/seeds) found";
  for (const auto& p : pages) {
    std::ifstream in(p);
    std::string line;
    while (std::getline(in, line)) expect_idempotent(line);
  }
}

TEST(Normalize, IdempotentOnMixedMarks) {
  // Short strings over Han, Latin, digits, spaces and every mark the rules touch.
  const std::u32string alphabet = U"中文好张杨 ab1,!?\"'().…:;。，“”（）、-—%·⋯";
  std::mt19937 rng(15834);  // fixed seed: the same strings every run
  for (int n = 0; n < 20000; ++n) {
    std::u32string u;
    for (size_t k = 1 + rng() % 12; k > 0; --k) u += alphabet[rng() % alphabet.size()];
    expect_idempotent(wz::utf8::encode(u));
    if (HasFailure()) break;
  }
}
