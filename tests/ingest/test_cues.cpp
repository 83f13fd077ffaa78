// Cues read off single lines (ingest/cues.h), called directly.
#include <gtest/gtest.h>

#include "ingest/cues.h"

using namespace wz::ingest;

TEST(Cues, PageFurnitureNoticesAndContacts) {
  EXPECT_TRUE(is_page_furniture("新闻热线：96180 短信报料：10659618"));
  EXPECT_TRUE(is_page_furniture("本版邮箱:dfxw@gongren-demo.cn"));
  EXPECT_TRUE(is_page_furniture("来稿请寄：news_desk@example.cn"));  // any label, an address
  EXPECT_FALSE(is_page_furniture("市民可发送邮件反映问题"));
  EXPECT_FALSE(is_page_furniture("张师傅@了一下工友"));  // an @ with no address after a colon
}

TEST(Cues, PageFurnitureMastheadFolioAndStaffUnderThePageName) {
  EXPECT_TRUE(is_page_furniture("滨江日报"));  // the paper's own name heads its page
  EXPECT_TRUE(is_page_furniture("南岭晚报"));
  EXPECT_TRUE(is_page_furniture("职工青年报"));
  EXPECT_FALSE(is_page_furniture("喜报"));  // too short for a paper's name
  EXPECT_TRUE(is_page_furniture("2"));      // a page number alone on its line
  EXPECT_TRUE(is_page_furniture("A06"));
  EXPECT_FALSE(is_page_furniture("2026"));  // a year, not a folio
  EXPECT_TRUE(is_page_furniture("本版责任编辑:何 洁 美术编辑:严 宁"));
  EXPECT_TRUE(is_page_furniture("本版编辑：吴越 校对：何小舟"));
  EXPECT_FALSE(is_page_furniture("本版责任编辑何洁说"));  // no colon: no credit
}

TEST(Cues, AFigureWithItsUnitIsNoPageCode) {
  EXPECT_FALSE(is_page_furniture("0.2毫米的较量"));  // a feature's 小标题
  EXPECT_FALSE(is_page_furniture("3号线的早高峰"));
  EXPECT_TRUE(is_page_furniture("第3版 要闻"));
  EXPECT_TRUE(is_page_furniture("城事·民生 07"));
}
