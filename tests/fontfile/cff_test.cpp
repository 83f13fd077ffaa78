// fontfile/cff: CID-keyed or not, and the charset's GID -> CID map, read from small CFF
// tables built here (header, Name INDEX, Top DICT INDEX, CharStrings, charset).
#include "fontfile/cff.h"

#include <gtest/gtest.h>

#include <string>

#include "base/error.h"

namespace wz::fontfile {
namespace {

// A CFF of `glyphs` empty charstrings whose Top DICT has ROS when `cid` and the charset
// `charset` (format byte first) when it is not empty.
std::string cff(int glyphs, bool cid, const std::string& charset) {
  auto i16 = [](int v) { return std::string{char(28), char(v >> 8), char(v & 0xFF)}; };
  const std::string name = std::string("\0\1\1\1\2", 5) + "F";  // INDEX of one name
  // Top DICT: [ROS] charset CharStrings, every offset a 3-byte integer (28 hi lo).
  const size_t top_len = (cid ? 3 * 3 + 2 : 0) + 4 + 4;
  const size_t top_index = 2 + 1 + 2 + top_len;
  const size_t charset_at = 4 + name.size() + top_index;
  const size_t strings_at = charset_at + charset.size();
  std::string top;
  if (cid) top += i16(1) + i16(2) + i16(0) + "\x0c\x1e";
  top += i16(static_cast<int>(charset.empty() ? 0 : charset_at)) + "\x0f";
  top += i16(static_cast<int>(strings_at)) + "\x11";
  std::string out = std::string("\1\0\4\1", 4) + name;
  out += std::string("\0\1\1\1", 4) + char(1 + top.size()) + top;
  out += charset;
  out += std::string{char(glyphs >> 8), char(glyphs & 0xFF), 1};  // CharStrings INDEX
  for (int g = 0; g <= glyphs; ++g) out += char(1 + g);
  out += std::string(glyphs, '\x0e');  // endchar
  return out;
}

TEST(FontfileCff, NameKeyedIsNotCid) {
  CffInfo info = read_cff(cff(3, false, ""));
  EXPECT_FALSE(info.cid_keyed);
  EXPECT_EQ(info.glyphs, 3);
}

TEST(FontfileCff, RangesWithCidEqualToGidAreIdentity) {
  // Format 2: GIDs 1..4 are CIDs 1..4, GIDs 5..6 CIDs 5..6.
  CffInfo info = read_cff(cff(7, true, std::string("\2\0\1\0\3\0\5\0\1", 9)));
  EXPECT_TRUE(info.cid_keyed);
  EXPECT_EQ(info.glyphs, 7);
  EXPECT_TRUE(info.identity);
  EXPECT_TRUE(info.gid2cid.empty());
}

TEST(FontfileCff, OtherCidsAreMapped) {
  // Format 1: GIDs 1..2 are CIDs 1..2, GIDs 3..4 CIDs 100..101 (a range longer than the
  // glyphs left is cut at the last glyph).
  CffInfo info = read_cff(cff(5, true, std::string("\1\0\1\1\0\x64\x09", 7)));
  EXPECT_FALSE(info.identity);
  EXPECT_EQ(info.gid2cid, (std::vector<std::uint16_t>{0, 1, 2, 100, 101}));
  // Format 0, one CID per glyph.
  info = read_cff(cff(3, true, std::string("\0\0\x07\0\x03", 5)));
  EXPECT_EQ(info.gid2cid, (std::vector<std::uint16_t>{0, 7, 3}));
}

TEST(FontfileCff, WithoutCharsetOnlyTheKindIsRead) {
  CffInfo info = read_cff(cff(5, true, std::string("\1\0\1\1\0\x64\x09", 7)), false);
  EXPECT_TRUE(info.cid_keyed);
  EXPECT_TRUE(info.gid2cid.empty());
}

TEST(FontfileCff, UnknownCharsetFormatIsAnError) {
  EXPECT_THROW(read_cff(cff(3, true, std::string("\7\0\1", 3))), Error);
}

}  // namespace
}  // namespace wz::fontfile
