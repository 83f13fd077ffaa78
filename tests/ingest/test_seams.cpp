// ingest/seams: the word friso finds across a column seam.
#include <gtest/gtest.h>

#include "ingest/seams.h"

using namespace wz::ingest;

TEST(Seams, WordAcrossASeam) {
  std::string l = "表彰了一批市区两", r = "级劳动模范和先进集体";
  WordSegmenter w;
  EXPECT_EQ(word_across_seam(w, l, r), 2);                            // 两|级
  EXPECT_EQ(word_across_seam(w, "尚未开展集体", "此次集中要约"), 0);  // two sentences
  EXPECT_EQ(word_across_seam(w, "扎实有力的措", "施推动"), 2);        // 措|施
  EXPECT_EQ(word_across_seam(w, "这其中的主要原", "因。一是"), 4);    // 主要原因
  EXPECT_EQ(word_across_seam(w, "结束。", "因此"), 0);                // a mark at the seam
}

TEST(Seams, FrisoDecidesALexiconWordAcrossTheSeam) {
  WordSegmenter w;
  // 新闻社 is in the lexicon, but friso reads 新闻|社区: no word across the seam.
  EXPECT_EQ(word_across_seam(w, "图片新闻", "社区食堂飘出"), 0);
  EXPECT_TRUE(w.may_straddle(U'驾', U'驶'));
  EXPECT_FALSE(w.may_straddle(U'。', U'因'));
}

TEST(Seams, AFigureCutAcrossTheSeam) {
  EXPECT_TRUE(figure_across_seam("从事野外地质勘探三十", "余年，足迹遍及西北"));
  EXPECT_TRUE(figure_across_seam("总投资约15", "00万元"));
  EXPECT_TRUE(figure_across_seam("预计总产24.3", "万吨"));
  EXPECT_FALSE(figure_across_seam("从事野外地质勘探三十", "年来，他一直"));  // 年 ends the figure
  EXPECT_FALSE(figure_across_seam("全县新建驿站", "十二个"));
  EXPECT_TRUE(figure_across_seam("新华社符拉迪沃斯托克11月20", "日电（记者 孙静）"));  // a date
  EXPECT_FALSE(figure_across_seam("第三", "日，"));  // a date's unit only after digits
}

TEST(Seams, ASpeakerCutAcrossTheSeam) {
  EXPECT_TRUE(speaker_across_seam("市人民医院甲状腺乳腺外科主任医师刘", "永强答：甲状腺结节"));
  EXPECT_TRUE(speaker_across_seam("本报记者李", "明问：今年"));
  EXPECT_FALSE(speaker_across_seam("医生提醒，", "永强答：…"));  // no name before the seam
  EXPECT_FALSE(speaker_across_seam("他回", "答说：是的"));       // 答 with no colon after it
  EXPECT_FALSE(speaker_across_seam("主任医师刘", "永强介绍说：结节"));
}
