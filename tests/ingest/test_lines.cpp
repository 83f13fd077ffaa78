#include <gtest/gtest.h>

#include "base/error.h"
#include "ingest/ingest.h"
#include "ingest/lines.h"

using namespace wz::ingest;

TEST(Lines, InvalidUtf8NamesFileAndByteOffset) {
  std::string bad = "标题\n\n正文\xC3\x28后面";
  try {
    read_raw_page(bad, "page.txt", {});
    FAIL() << "no error";
  } catch (const wz::Error& e) {
    EXPECT_EQ(e.pos().file, "page.txt");
    EXPECT_EQ(e.pos().byte, 14);
    EXPECT_EQ(e.pos().line, 3);
    EXPECT_NE(std::string(e.what()).find("byte 14"), std::string::npos);
  }
}

TEST(Lines, EmptyPageIsAnError) {
  EXPECT_THROW(read_raw_page("", "p.txt", {}), wz::Error);
  try {
    read_raw_page("\xEF\xBB\xBF \r\n\t\r\n\xE3\x80\x80\n", "p.txt", {});
    FAIL();
  } catch (const wz::Error& e) {
    EXPECT_NE(std::string(e.what()).find("empty page"), std::string::npos);
  }
}

TEST(Lines, BomCrlfTrailingSpacesAndGaps) {
  auto l = read_lines("\xEF\xBB\xBF标题  \r\n\r\n\r\n\xE3\x80\x80\xE3\x80\x80正文。 \t\r\n", "p");
  ASSERT_EQ(l.size(), 2u);
  EXPECT_EQ(l[0].text, "标题");
  EXPECT_EQ(l[0].line, 1);
  EXPECT_EQ(l[1].text, "正文。");  // ideographic-space indent and trailing tab gone
  EXPECT_EQ(l[1].line, 4);
  EXPECT_EQ(l[1].gap, 2);
}

// A page beyond the limits (ingest.cpp: 1,000 lines, 1 MB) is refused, naming the file, the
// first line past the limit and the limit; a page at the line limit is read.
TEST(Lines, PageLimitsRefuseHugePages) {
  std::string line = "职工书屋新添图书一批。\n\n";
  std::string at_limit;
  for (int i = 0; i < 1000; ++i) at_limit += line;
  EXPECT_FALSE(read_raw_page(at_limit, "p.txt", {}).empty());
  try {
    read_raw_page(at_limit + line, "long.txt", {});
    FAIL() << "no error";
  } catch (const wz::Error& e) {
    EXPECT_EQ(e.pos().file, "long.txt");
    EXPECT_EQ(e.pos().line, 2001);
    EXPECT_NE(std::string(e.what()).find("the limit is 1000 lines a page"), std::string::npos)
        << e.what();
  }
  std::string huge(size_t{1} << 20, 'a');
  huge += "。\n";  // one line of just over 1 MB
  try {
    read_raw_page(huge, "huge.txt", {});
    FAIL() << "no error";
  } catch (const wz::Error& e) {
    EXPECT_EQ(e.pos().file, "huge.txt");
    EXPECT_NE(std::string(e.what()).find("the limit is 1048576 bytes"), std::string::npos)
        << e.what();
  }
}

// Words between spaces of every kind, runs of them and the ends included.
TEST(Lines, SplitAtSpaces) {
  auto w = split_at_spaces("\u3000王岳 著\u3000\u3000长江文艺出版社 ");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0], "王岳");
  EXPECT_EQ(w[1], "著");
  EXPECT_EQ(w[2], "长江文艺出版社");
  EXPECT_TRUE(split_at_spaces(" \t ").empty());
}
