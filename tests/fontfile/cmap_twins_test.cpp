// fontfile/cmap_twins: twin records set aside and put back, subtables untouched; and the
// cut cmap of a CJK face the same with the twins set aside as without.
#include "fontfile/cmap_twins.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "base/fontfind.h"
#include "base/hb_ptr.h"
#include "fontfile/subset.h"

namespace wz::fontfile {
namespace {

void put(std::string& s, std::uint32_t v, int bytes) {
  for (int k = bytes - 1; k >= 0; --k) s += static_cast<char>((v >> (8 * k)) & 0xFF);
}

// A cmap of `records` (platform, encoding, index of the subtable in `subtables`).
std::string cmap(const std::vector<std::tuple<int, int, int>>& records,
                 const std::vector<std::string>& subtables) {
  std::string s;
  put(s, 0, 2);
  put(s, static_cast<std::uint32_t>(records.size()), 2);
  std::vector<std::uint32_t> at;
  std::uint32_t off = 4 + 8 * static_cast<std::uint32_t>(records.size());
  for (const auto& t : subtables) at.push_back(off), off += static_cast<std::uint32_t>(t.size());
  for (auto [p, e, i] : records) put(s, p, 2), put(s, e, 2), put(s, at[i], 4);
  for (const auto& t : subtables) s += t;
  return s;
}

std::string subtable_of(const std::string& table, const CmapRecord& r, size_t len) {
  return table.substr(r.offset, len);
}

TEST(CmapTwins, SetsAsideUnicodeRecordsSharingAWindowsSubtable) {
  const std::string fmt4(12, '\x04'), fmt12(16, '\x0c'), fmt14(10, '\x0e');
  const std::string t =
      cmap({{0, 3, 0}, {0, 4, 1}, {0, 5, 2}, {3, 1, 0}, {3, 10, 1}}, {fmt4, fmt12, fmt14});
  std::vector<std::pair<CmapRecord, CmapRecord>> twins;
  const std::string lean = without_twins(t, twins);
  ASSERT_EQ(twins.size(), 2u);
  const auto recs = cmap_records(lean);
  ASSERT_EQ(recs.size(), 3u);  // (0,5) has no twin: kept
  EXPECT_EQ(recs[0].platform, 0);
  EXPECT_EQ(recs[0].encoding, 5);
  EXPECT_EQ(subtable_of(lean, recs[0], 10), fmt14);
  EXPECT_EQ(subtable_of(lean, recs[1], 12), fmt4);   // (3,1)
  EXPECT_EQ(subtable_of(lean, recs[2], 16), fmt12);  // (3,10)

  const std::string back = with_twins(lean, twins);
  const auto all = cmap_records(back);
  ASSERT_EQ(all.size(), 5u);
  const int order[][2] = {{0, 3}, {0, 4}, {0, 5}, {3, 1}, {3, 10}};
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(all[i].platform, order[i][0]);
    EXPECT_EQ(all[i].encoding, order[i][1]);
  }
  EXPECT_EQ(all[0].offset, all[3].offset);  // (0,3) shares (3,1)'s subtable
  EXPECT_EQ(all[1].offset, all[4].offset);
  EXPECT_EQ(subtable_of(back, all[0], 12), fmt4);
  EXPECT_EQ(subtable_of(back, all[1], 16), fmt12);
}

TEST(CmapTwins, PutsBackOnlyWhereTheTwinIsLeft) {
  const std::string fmt4(12, '\x04');
  std::vector<std::pair<CmapRecord, CmapRecord>> twins = {{{0, 3, 0}, {3, 1, 0}},
                                                          {{0, 4, 0}, {3, 10, 0}}};
  const std::string cut = cmap({{3, 1, 0}}, {fmt4});  // the format 12 was dropped
  const auto recs = cmap_records(with_twins(cut, twins));
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].platform, 0);
  EXPECT_EQ(recs[0].encoding, 3);
  EXPECT_EQ(recs[0].offset, recs[1].offset);
}

TEST(CmapTwins, NothingToDoWithoutTwins) {
  std::vector<std::pair<CmapRecord, CmapRecord>> twins;
  EXPECT_EQ(without_twins(cmap({{1, 0, 0}, {3, 1, 1}}, {"aa", "bbbb"}), twins), "");
  EXPECT_TRUE(twins.empty());
  EXPECT_EQ(without_twins("\0\0", twins), "");
}

// The subset of a CJK face (its cmap cut with the twins set aside) keeps both the Unicode
// and the Windows records, sharing their subtables, as HarfBuzz writes them (that it maps
// what it was asked: subset_test.cpp).
TEST(CmapTwins, CjkSubsetKeepsUnicodeAndWindowsRecords) {
  auto loc = find_font("Noto Serif CJK SC", {});
  if (!loc || !loc->exact) GTEST_SKIP() << "Noto Serif CJK SC not installed";
  HbFace face(hb_face_create(mapped(loc->path), static_cast<unsigned>(loc->index)));
  Needs n;
  n.unicodes = {U'中', U'文', U'。', U' '};
  n.glyphs = {0};
  Subset s(face.get(), n, subset_flags(face.get()), loc->path);
  const std::string t = s.table(HB_TAG('c', 'm', 'a', 'p'));
  const auto recs = cmap_records(t);
  ASSERT_GE(recs.size(), 2u);
  EXPECT_EQ(recs.front().platform, 0);
  EXPECT_EQ(recs.front().encoding, 3);
  auto win = std::find_if(recs.begin(), recs.end(),
                          [](const CmapRecord& r) { return r.platform == 3 && r.encoding == 1; });
  ASSERT_NE(win, recs.end());
  EXPECT_EQ(recs.front().offset, win->offset);
}

}  // namespace
}  // namespace wz::fontfile
