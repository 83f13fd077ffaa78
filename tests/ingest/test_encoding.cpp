// ingest/encoding: pages in GB18030, GBK, Big5, UTF-16 and UTF-8 (with or without BOM)
// become the same UTF-8 text; bytes that are not text in the encoding are errors naming
// the file, the byte offset and the encoding.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

#include "base/error.h"
#include "ingest/encoding.h"
#include "ingest/ingest.h"
#include "util.h"

using namespace wz::ingest;

namespace {

// A page as an editor has it: headline, byline, body with quotes, digits and two characters
// outside GBK (U+3400 㐀 and U+20BB7 𠮷: four-byte sequences in GB18030).
const std::string kPage =
    "职工书屋建设取得新进展\n"
    "\n"
    "本报讯（记者 王小明）今年以来，全市各级工会建成“职工书屋”128家。\n"
    "\n"
    "　　书屋里有《㐀𠮷字典》等图书3000余册，职工可以免费借阅。\n";

// `utf8` encoded by ICU into `encoding` (the test's own converter, not the one under test).
std::string icu_encode(const std::string& utf8, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(static_cast<size_t>(n));
  return out;
}

// True when ICU decodes `bytes` as `encoding` with no illegal or unmapped sequence.
bool icu_decodes_strictly(const std::string& bytes, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* c = ucnv_open(encoding, &err);
  ucnv_setToUCallBack(c, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::u16string out(bytes.size() * 2 + 16, u'\0');
  ucnv_toUChars(c, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                static_cast<int32_t>(bytes.size()), &err);
  ucnv_close(c);
  return U_SUCCESS(err);
}

// The wz::Error page_to_utf8 throws (fails the test when it throws none).
wz::Error error_of(const std::string& bytes, const std::string& encoding) {
  try {
    page_to_utf8(bytes, "page.txt", encoding);
  } catch (const wz::Error& e) {
    return e;
  }
  ADD_FAILURE() << "no error for encoding '" << encoding << "'";
  return wz::Error("none");
}

bool has(const wz::Error& e, const std::string& s) {
  return std::string(e.what()).find(s) != std::string::npos;
}

}  // namespace

TEST(Encoding, Utf8PageIsKeptAsItIs) {
  EXPECT_EQ(page_to_utf8(kPage, "page.txt", ""), kPage);
}

TEST(Encoding, Utf8BomIsRemoved) {
  EXPECT_EQ(page_to_utf8("\xEF\xBB\xBF" + kPage, "page.txt", ""), kPage);
  EXPECT_EQ(page_to_utf8("\xEF\xBB\xBF" + kPage, "page.txt", "UTF-8"), kPage);
}

TEST(Encoding, Gb18030IsDetectedAndConverted) {
  std::string gb = icu_encode(kPage, "GB18030");
  ASSERT_NE(gb, kPage);
  // 㐀 is GB18030 81 39 EE 39: the four-byte form is really in the input.
  ASSERT_NE(gb.find("\x81\x39\xEE\x39"), std::string::npos);
  EXPECT_EQ(page_to_utf8(gb, "page.txt", ""), kPage);
  EXPECT_EQ(page_to_utf8(gb, "page.txt", "GB18030"), kPage);
  EXPECT_EQ(page_to_utf8(gb, "page.txt", "gb18030"), kPage);  // ICU names ignore case
}

// A page larger than the converter's buffer is converted whole (the buffer is refilled).
TEST(Encoding, LargePageIsConvertedWhole) {
  std::string big;
  while (big.size() < (3u << 20)) big += kPage;
  std::string gb = icu_encode(big, "GB18030");
  EXPECT_EQ(page_to_utf8(gb, "page.txt", ""), big);
  wz::Error e = error_of(gb + "\xFF", "GB18030");  // the offset counts across refills
  EXPECT_EQ(e.pos().byte, static_cast<std::int64_t>(gb.size())) << e.what();
}

TEST(Encoding, GbkBytesAreDetectedAsGb18030) {
  // "标题\n\n正文。\n" in GBK (= GB2312 here), as byte literals.
  const std::string gbk = "\xB1\xEA\xCC\xE2\n\n\xD5\xFD\xCE\xC4\xA1\xA3\n";
  EXPECT_EQ(page_to_utf8(gbk, "page.txt", ""), "标题\n\n正文。\n");
  EXPECT_EQ(page_to_utf8(gbk, "page.txt", "GBK"), "标题\n\n正文。\n");
  EXPECT_EQ(page_to_utf8(gbk, "page.txt", "GB2312"), "标题\n\n正文。\n");
}

TEST(Encoding, Big5WhenNamed) {
  // 臺灣報紙 in Big5.
  EXPECT_EQ(page_to_utf8("\xBB\x4F\xC6\x57\xB3\xF8\xAF\xC8", "page.txt", "Big5"), "臺灣報紙");
}

TEST(Encoding, Utf16WithBom) {
  EXPECT_EQ(page_to_utf8("\xFF\xFE" + icu_encode(kPage, "UTF-16LE"), "page.txt", ""), kPage);
  EXPECT_EQ(page_to_utf8("\xFE\xFF" + icu_encode(kPage, "UTF-16BE"), "page.txt", ""), kPage);
  // Named, without a BOM; and a BOM in a named UTF-16LE page is not text either.
  EXPECT_EQ(page_to_utf8(icu_encode(kPage, "UTF-16LE"), "page.txt", "UTF-16LE"), kPage);
  EXPECT_EQ(page_to_utf8("\xFF\xFE" + icu_encode(kPage, "UTF-16LE"), "page.txt", "UTF-16LE"),
            kPage);
}

TEST(Encoding, Utf16UnpairedSurrogateNamesItsOffset) {
  // 标 (U+6807), then a lone high surrogate D800, then 题: BOM 2 + 2 bytes = offset 4.
  std::string le = std::string("\xFF\xFE\x07\x68\x00\xD8\x98\x98", 8);
  wz::Error e = error_of(le, "");
  EXPECT_EQ(e.pos().file, "page.txt");
  EXPECT_EQ(e.pos().byte, 4) << e.what();
  EXPECT_TRUE(has(e, "byte 4")) << e.what();
  EXPECT_TRUE(has(e, "UTF-16LE")) << e.what();
}

// Bytes that are valid UTF-8 and also decode cleanly as GB18030 (as mojibake): UTF-8 wins.
TEST(Encoding, ValidUtf8WinsOverGb18030) {
  const std::string both = "社清导进五层更区场六";
  ASSERT_TRUE(icu_decodes_strictly(both, "GB18030")) << "the fixture must be valid GB18030 too";
  EXPECT_EQ(page_to_utf8(both, "page.txt", ""), both);
  const std::string zh = "中文";
  ASSERT_TRUE(icu_decodes_strictly(zh, "GB18030"));
  EXPECT_EQ(page_to_utf8(zh, "page.txt", ""), zh);
}

TEST(Encoding, NeitherUtf8NorGb18030NamesFileLineAndByte) {
  // 标题\n\n正文 is 14 bytes of UTF-8; then FF, invalid in UTF-8 and in GB18030.
  wz::Error e = error_of("标题\n\n正文\xFF。\n", "");
  EXPECT_EQ(e.pos().file, "page.txt");
  EXPECT_EQ(e.pos().byte, 14);
  EXPECT_EQ(e.pos().line, 3);
  EXPECT_TRUE(has(e, "page.txt:3:")) << e.what();
  EXPECT_TRUE(has(e, "byte 14")) << e.what();
  EXPECT_TRUE(has(e, "neither UTF-8 nor GB18030")) << e.what();
  EXPECT_TRUE(has(e, "--encoding")) << e.what();
}

// A UTF-8 page with one broken byte is not read as GB18030 even when its bytes would
// decode as GB18030: the text before the byte is plainly UTF-8.
TEST(Encoding, BrokenUtf8IsNotTurnedIntoMojibake) {
  std::string bytes = "社清导进五层更区场六\xB1\xEA";  // + 标 in GBK
  ASSERT_TRUE(icu_decodes_strictly(bytes, "GB18030")) << "the fixture must be valid GB18030";
  wz::Error e = error_of(bytes, "");
  EXPECT_EQ(e.pos().byte, 30);  // 10 characters of 3 bytes
  EXPECT_TRUE(has(e, "byte 30")) << e.what();
  EXPECT_TRUE(has(e, "not read as GB18030")) << e.what();
}

TEST(Encoding, InvalidByteInNamedEncodingNamesOffsetAndEncoding) {
  // 标题\n (5 bytes of GBK), then 正 and a lead byte followed by a line feed: C4 0A is no
  // GB18030 character.
  std::string bytes = "\xB1\xEA\xCC\xE2\n\xD5\xFD\xC4\n\xCE\xC4";
  wz::Error e = error_of(bytes, "GB18030");
  EXPECT_EQ(e.pos().file, "page.txt");
  EXPECT_EQ(e.pos().byte, 7) << e.what();
  EXPECT_EQ(e.pos().line, 2) << e.what();
  EXPECT_TRUE(has(e, "byte 7")) << e.what();
  EXPECT_TRUE(has(e, "GB18030")) << e.what();

  // A page that ends half way through a character: 标 then the lead byte of 题.
  wz::Error t = error_of("\xB1\xEA\xCC", "GBK");
  EXPECT_EQ(t.pos().byte, 2) << t.what();
  EXPECT_TRUE(has(t, "ends inside a GBK character")) << t.what();
}

TEST(Encoding, InvalidByteAfterUtf8BomNamesOffset) {
  wz::Error e = error_of("\xEF\xBB\xBF标题\n\xC3\x28", "");
  EXPECT_EQ(e.pos().byte, 10);  // BOM 3 + 标题 6 + \n 1
  EXPECT_EQ(e.pos().line, 2);
  EXPECT_TRUE(has(e, "byte 10")) << e.what();
}

TEST(Encoding, NulBytesSuggestUtf16) {
  std::string le = icu_encode("标题\nabc\n", "UTF-16LE");  // no BOM
  wz::Error e = error_of(le, "");
  EXPECT_TRUE(has(e, "UTF-16")) << e.what();
  EXPECT_EQ(e.pos().file, "page.txt");
}

TEST(Encoding, UnknownEncodingNameIsAnError) {
  wz::Error e = error_of(kPage, "GB2313");
  EXPECT_EQ(e.pos().file, "page.txt");
  EXPECT_TRUE(has(e, "unknown encoding 'GB2313'")) << e.what();
  EXPECT_FALSE(is_known_encoding("GB2313"));
  EXPECT_TRUE(is_known_encoding("GB18030"));
  EXPECT_TRUE(is_known_encoding("big5"));
  EXPECT_TRUE(is_known_encoding(""));
}

// ingest decodes before it segments: a GB18030 page gives the articles of its UTF-8 original.
TEST(Encoding, IngestReadsGb18030PagesLikeUtf8Ones) {
  std::string gb = icu_encode(kPage, "GB18030");
  auto want = read_page_report(kPage, "page.txt", {});
  auto got = read_page_report(gb, "page.txt", {});
  ASSERT_FALSE(want.articles.empty());
  test::expect_same(got.articles, want.articles);
  Options named;
  named.encoding = "GB18030";
  test::expect_same(read_page_report(gb, "page.txt", named).articles, want.articles);
  // The same bytes as pages given by name and bytes (stdin).
  IssueReport ir = read_issue_pages({{"<stdin>", gb, false}, {"p2.txt", kPage, false}}, {});
  ASSERT_EQ(ir.pages.size(), 2u);
  EXPECT_EQ(ir.pages[0].path, "<stdin>");
  EXPECT_EQ(ir.articles.size(), 2 * want.articles.size());
}
