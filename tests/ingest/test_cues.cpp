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
