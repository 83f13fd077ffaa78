// lang/phrases: where display lines may break (the examples and GB/T 15834 marks).
#include <gtest/gtest.h>

#include "base/utf8.h"
#include "lang/phrases.h"

using namespace wz::lang;

namespace {

// `text` with | at word boundaries and ‖ at phrase boundaries.
std::string marked(const std::string& text) {
  WordSegmenter w;
  auto q = display_breaks(w, text);
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (q[i] == BreakQuality::Phrase) out += "‖";
    if (q[i] == BreakQuality::Word) out += "|";
    size_t at = i;
    wz::utf8::next(text, i);
    out.append(text.substr(at, i - at));
  }
  return out;
}

bool breakable(const std::string& text, const std::string& before) {
  WordSegmenter w;
  auto q = display_breaks(w, text);
  return q[text.find(before)] != BreakQuality::Inside;
}

}  // namespace

TEST(Phrases, NeverInsideTheWordsIcuSplits) {
  // The examples: 维权｜工作 not 维｜权, 县级工会 not 县级工｜会, 岗位 not 岗｜位.
  EXPECT_FALSE(breakable("北京工会推动维权工作", "权工作"));
  EXPECT_TRUE(breakable("北京工会推动维权工作", "工作"));
  EXPECT_FALSE(breakable("海南省总推进“县级工会加强年”", "会加强年"));
  EXPECT_FALSE(breakable("打通职业发展通道 增强岗位吸引力", "位吸引力"));
  EXPECT_FALSE(breakable("表彰市区两级劳动模范", "级劳动"));
}

TEST(Phrases, SpacesMarksAndQuotesArePhraseBoundaries) {
  std::string s = "淮北是我家 就地过大年";
  EXPECT_NE(marked(s).find("家 ‖就"), std::string::npos) << marked(s);
  WordSegmenter w;
  auto q = display_breaks(w, "海南省总推进“县级工会加强年”专项工作");
  std::string t = "海南省总推进“县级工会加强年”专项工作";
  EXPECT_EQ(q[t.find("“")], BreakQuality::Phrase);     // before an opening quote
  EXPECT_EQ(q[t.find("专项")], BreakQuality::Phrase);  // after a closing one
  std::string k = "聚焦职工急难愁盼，把服务送到车间班组";
  EXPECT_EQ(display_breaks(w, k)[k.find("把")], BreakQuality::Phrase);  // after ，
  std::string d = "一座老厂的转型之路——山沟里的精密梦";
  EXPECT_EQ(display_breaks(w, d)[d.find("——")], BreakQuality::Phrase);
  EXPECT_EQ(display_breaks(w, d)[d.find("——") + 3], BreakQuality::Inside);  // inside ——
}

TEST(Phrases, AFigureStaysWithItsUnit) {
  EXPECT_FALSE(breakable("首月访问超80万人次", "万人次"));
  EXPECT_FALSE(breakable("地铁3号线末班车延时", "号线"));
}

TEST(Phrases, BreakMarksForTheEpub) {
  WordSegmenter w;
  std::string m = with_break_marks(w, "淮北是我家 就地过大年", "<wbr>");
  EXPECT_NE(m.find(" <wbr>就"), std::string::npos) << m;
  EXPECT_EQ(m.find("<wbr>", 0) == 0, false);  // never before the first character
}

TEST(Phrases, NoBreakAfterAnOpeningMarkOrBeforeAClosingOne) {
  WordSegmenter w;
  std::string t = "春风送岗 就业有“位”，工会在行动";
  auto q = display_breaks(w, t);
  EXPECT_EQ(q[t.find("位")], BreakQuality::Inside);    // after “
  EXPECT_EQ(q[t.find("”")], BreakQuality::Inside);     // before ”
  EXPECT_EQ(q[t.find("，")], BreakQuality::Inside);    // before ，
  EXPECT_EQ(q[t.find("工会")], BreakQuality::Phrase);  // after ，
}

namespace {

// Issue 9, item 4: a byline breaks only between names; a role word keeps its name.
std::string byline_marked(const std::string& text) {
  auto q = byline_breaks(text);
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (q[i] == BreakQuality::Phrase) out += "‖";
    EXPECT_NE(q[i], BreakQuality::Word);
    size_t at = i;
    wz::utf8::next(text, i);
    out.append(text.substr(at, i - at));
  }
  return out;
}

TEST(Phrases, BylineKeepsEachNameWithItsRole) {
  EXPECT_EQ(byline_marked("本报记者 彭冰 本报通讯员 徐阳"), "本报记者 彭冰 ‖本报通讯员 徐阳");
  EXPECT_EQ(byline_marked("本报通讯员 景双喜 史传芝"), "本报通讯员 景双喜 ‖史传芝");
  EXPECT_EQ(byline_marked("记者刘旭 通讯员陈阳"), "记者刘旭 ‖通讯员陈阳");
  EXPECT_EQ(byline_marked("文/张三 图/李四"), "文/张三 ‖图/李四");
}

TEST(Phrases, CreditKeepsItsVerbWithTheLastName) {
  // Seeds, broadsheet: the credit broke 本报通讯员 薛｜晓秋 摄 (issue 9).
  EXPECT_EQ(byline_marked("本报记者 李润钊 本报通讯员 薛晓秋 摄"),
            "本报记者 李润钊 ‖本报通讯员 薛晓秋 摄");
  EXPECT_EQ(byline_marked("赵俊超 摄/视觉中国"), "赵俊超 摄/视觉中国");
  EXPECT_EQ(byline_marked("张三 李四 供图"), "张三 ‖李四 供图");
}

}  // namespace

TEST(Phrases, RunningTextInABoxBreaksAtEveryWordButNeverInsideOne) {
  // A reading tip (seed page 000): 推动物｜流 was set before the tip took word breaks.
  WordSegmenter w;
  std::string t = "工会组织建到新兴产业链和劳动者身边，推动物流快递企业开展工资集体协商工作";
  auto q = word_breaks(w, t);
  EXPECT_EQ(q[t.find("流快递")], BreakQuality::Inside);  // inside 物流
  EXPECT_EQ(q[t.find("物流")], BreakQuality::Phrase);    // 推动｜物流: a word boundary
  EXPECT_EQ(q[t.find("推动")], BreakQuality::Phrase);    // after ，
  EXPECT_EQ(q[t.find("，")], BreakQuality::Inside);      // no line starts with ，
  // Where friso and ICU agree, no break is only as good as a word (no penalty to weigh).
  std::string a = "推动物流快递企业开展工资集体协商工作";
  for (BreakQuality b : word_breaks(w, a)) EXPECT_NE(b, BreakQuality::Word);
}

TEST(Phrases, ABoundAffixStaysWithItsWord) {
  // A photo caption (the sample's broadsheet issue): friso gives 机床|厂工|会, ICU
  // 机床|厂|工会 (a compound neither lexicon holds): boxed text breaks freely where both
  // see a boundary, at a cost where the two cross, and never before the suffix 厂.
  WordSegmenter w;
  std::string c = "3月8日，江城市机床厂工会活动室，职工们在学习劳动合同知识。";
  auto q = word_breaks(w, c);
  EXPECT_EQ(q[c.find("厂工会")], BreakQuality::Inside);  // not 机床｜厂
  EXPECT_EQ(q[c.find("工会活动")], BreakQuality::Word);  // 机床厂｜工会: ICU's boundary …
  EXPECT_EQ(q[c.find("会活动")], BreakQuality::Word);    // … 厂工｜会: friso's, penalised
  EXPECT_EQ(q[c.find("活动室")], BreakQuality::Phrase);  // 工会｜活动室: both see it
  EXPECT_EQ(q[c.find("们在")], BreakQuality::Inside);    // not 职工｜们
  EXPECT_EQ(q[c.find("在学习")], BreakQuality::Phrase);  // 职工们｜在
  // Display lines: a suffix friso gives alone stays with its word (活动|室 was a break);
  // a suffix character inside a longer word (厂房) is friso's word as before.
  EXPECT_EQ(marked("职工活动室开放"), "职工|活动室|开放");
  EXPECT_TRUE(breakable("老厂房变身职工书屋", "变身"));
  // friso's 总工会 stands where ICU splits it finer, 总|工会 (the sample's reading tip).
  std::string t = "今年以来，江城市总工会聚焦产业工人技能提升";
  EXPECT_EQ(word_breaks(w, t)[t.find("工会聚焦")], BreakQuality::Inside);  // not 总｜工会
  EXPECT_EQ(word_breaks(w, t)[t.find("总工会")], BreakQuality::Phrase);    // 江城市｜总工会
}
