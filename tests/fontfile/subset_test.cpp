// fontfile/subset: what a shared subset keeps for each output, and that the cache makes
// one subset per face for both.
#include "fontfile/subset.h"

#include <gtest/gtest.h>
#include <hb-ot.h>
#include <zlib.h>
#include <algorithm>

#include "base/fontfind.h"
#include "fontfile/deflate.h"

namespace wz::fontfile {
namespace {

std::optional<FontLocation> noto_serif() {
  auto loc = find_font("Noto Serif CJK SC", {});
  if (loc && !loc->exact) return std::nullopt;
  return loc;
}

bool has_table(const Subset& s, hb_tag_t tag) {
  return !s.table(tag).empty();
}

bool has_feature(const Subset& s, hb_tag_t table, hb_tag_t feature) {
  std::string bytes(s.bytes());
  HbBlob blob(hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                             HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  HbFace face(hb_face_create(blob.get(), 0));
  hb_tag_t tags[256];
  unsigned count = 256;
  hb_ot_layout_table_get_feature_tags(face.get(), table, 0, &count, tags);
  return std::find(tags, tags + count, feature) != tags + count;
}

std::set<char32_t> marks() {  // adjacent marks a reader compresses: ：“ ）、 。”; the dash
  return {U'：', U'“', U'）', U'、', U'。', U'”', U'中', U'文', U'—'};
}

// The EPUB's subset of marks() from Noto Serif CJK SC.
std::unique_ptr<Subset> reader_subset(const FontLocation& loc, bool vertical) {
  HbFace face(hb_face_create(mapped(loc.path), loc.index));
  Needs n;
  n.unicodes = marks();
  n.reader_layout = true;
  n.vertical = vertical;
  return std::make_unique<Subset>(face.get(), n, subset_flags(face.get()), loc.path);
}

TEST(FontfileSubset, ReaderSubsetKeepsGposAndTheFeaturesAReaderNeeds) {
  auto loc = noto_serif();
  if (!loc) GTEST_SKIP() << "Noto Serif CJK SC not installed";
  const auto sp = reader_subset(*loc, true);
  const Subset& s = *sp;
  EXPECT_TRUE(s.is_cff());
  EXPECT_TRUE(has_table(s, HB_TAG('G', 'P', 'O', 'S')));
  EXPECT_TRUE(has_table(s, HB_TAG('G', 'S', 'U', 'B')));
  EXPECT_TRUE(has_table(s, HB_TAG('v', 'm', 't', 'x')));
  for (hb_tag_t f : {HB_TAG('h', 'a', 'l', 't'), HB_TAG('v', 'h', 'a', 'l'),
                     HB_TAG('p', 'a', 'l', 't'), HB_TAG('v', 'p', 'a', 'l')})
    EXPECT_TRUE(has_feature(s, HB_OT_TAG_GPOS, f)) << "GPOS feature missing";
  for (hb_tag_t f : {HB_TAG('v', 'e', 'r', 't'), HB_TAG('l', 'o', 'c', 'l')})
    EXPECT_TRUE(has_feature(s, HB_OT_TAG_GSUB, f)) << "GSUB feature missing: " << f;
  // A horizontal face keeps no vertical metrics and no vertical forms.
  const auto hp = reader_subset(*loc, false);
  const Subset& h = *hp;
  EXPECT_FALSE(has_table(h, HB_TAG('v', 'm', 't', 'x')));
  EXPECT_TRUE(has_feature(h, HB_OT_TAG_GPOS, HB_TAG('h', 'a', 'l', 't')));
  EXPECT_FALSE(has_feature(h, HB_OT_TAG_GSUB, HB_TAG('v', 'e', 'r', 't')));
  EXPECT_LT(h.glyph_count(), s.glyph_count());  // vert's closure adds the vertical forms
  // locl only for zh-CN: the full-width em dash, not the Japanese, Korean and Traditional
  // forms of 中 and 文: 14 glyphs (without layout tables 13, with every language's locl 21).
  EXPECT_LE(h.glyph_count(), 14u);
}

TEST(FontfileSubset, GlyphSubsetForAPdfKeepsNoLayout) {
  auto loc = noto_serif();
  if (!loc) GTEST_SKIP() << "Noto Serif CJK SC not installed";
  HbFace face(hb_face_create(mapped(loc->path), loc->index));
  Needs n;
  n.glyphs = {9, 58960, 63162};
  Subset s(face.get(), n, subset_flags(face.get()), loc->path);
  EXPECT_FALSE(has_table(s, HB_TAG('G', 'S', 'U', 'B')));
  EXPECT_FALSE(has_table(s, HB_TAG('G', 'P', 'O', 'S')));
  EXPECT_EQ(s.new_gid(0), HB_MAP_VALUE_INVALID);  // only asked-for glyphs are mapped
  EXPECT_NE(s.new_gid(58960), HB_MAP_VALUE_INVALID);
  EXPECT_EQ(s.flags(), unsigned(HB_SUBSET_FLAGS_DESUBROUTINIZE));  // CID-keyed CFF
}

// Inflates a zlib stream (window_bits 15) or raw deflate (-15) with zlib itself.
std::string inflate(const std::string& z, int window_bits) {
  z_stream st{};
  inflateInit2(&st, window_bits);
  std::string out(16 << 20, '\0');
  st.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(z.data()));
  st.avail_in = static_cast<uInt>(z.size());
  st.next_out = reinterpret_cast<Bytef*>(out.data());
  st.avail_out = static_cast<uInt>(out.size());
  int rc = inflate(&st, Z_FINISH);
  out.resize(st.total_out);
  inflateEnd(&st);
  return rc == Z_STREAM_END ? out : "inflate failed";
}

TEST(FontfileSubset, CompressedOnceForPdfAndZip) {
  auto loc = noto_serif();
  if (!loc) GTEST_SKIP() << "Noto Serif CJK SC not installed";
  const auto sp = reader_subset(*loc, false);
  const Subset& s = *sp;
  const Packed& p = s.packed();
  EXPECT_EQ(&p, &s.packed());  // made once
  std::string cff = s.table(HB_TAG('C', 'F', 'F', ' '));
  std::string whole(s.bytes());
  // The PDF's FontFile3: the CFF table and the zeros that pad it to the file's end.
  ASSERT_EQ(whole.rfind(cff), whole.size() - p.pdf_len);  // hb-subset writes it last
  ASSERT_GE(p.pdf_len, cff.size());
  ASSERT_LT(p.pdf_len, cff.size() + 4);
  EXPECT_EQ(inflate(p.pdf_zlib, 15), cff + std::string(p.pdf_len - cff.size(), '\0'));
  EXPECT_EQ(inflate(p.file_raw, -15), whole);  // the zip entry: the whole OpenType font
  EXPECT_EQ(p.file_len, whole.size());
  EXPECT_EQ(p.file_crc, crc32(0, reinterpret_cast<const Bytef*>(whole.data()),
                              static_cast<uInt>(whole.size())));
  // The CFF's compressed bytes are in both: the zip's stream ends with the PDF's deflate.
  std::string middle = p.pdf_zlib.substr(2, p.pdf_zlib.size() - 2 - 4);
  ASSERT_GT(p.file_raw.size(), middle.size());
  EXPECT_EQ(p.file_raw.substr(p.file_raw.size() - middle.size()), middle);
}

TEST(FontfileSubset, CacheMakesOneSubsetForBothOutputs) {
  auto loc = noto_serif();
  if (!loc) GTEST_SKIP() << "Noto Serif CJK SC not installed";
  HbFace face(hb_face_create(mapped(loc->path), loc->index));
  hb_codepoint_t g = 0;
  HbFont font(hb_font_create(face.get()));
  ASSERT_TRUE(hb_font_get_nominal_glyph(font.get(), U'永', &g));
  SubsetCache cache;
  Needs pdf;
  pdf.glyphs = {g, 65028};  // 永 and the vertical 2-em dash, which no character maps to
  cache.expect(loc->path, loc->index, pdf);
  Needs epub;
  epub.unicodes = marks();
  epub.reader_layout = true;
  const unsigned flags = subset_flags(face.get());
  auto first = cache.get(loc->path, loc->index, epub, flags);
  auto second = cache.get(loc->path, loc->index, pdf, flags);
  EXPECT_EQ(first.get(), second.get());
  EXPECT_EQ(cache.made, 1);
  EXPECT_EQ(cache.shared, 1);
  EXPECT_NE(second->new_gid(65028), HB_MAP_VALUE_INVALID);
  // A need nobody announced makes a larger subset rather than a wrong one.
  Needs more;
  more.glyphs = {g + 1};
  auto third = cache.get(loc->path, loc->index, more, flags);
  EXPECT_NE(third.get(), first.get());
  EXPECT_TRUE(covers(third->needs(), epub));
  EXPECT_EQ(cache.made, 2);
}

// Glyph ids (the PDF's) and characters (the EPUB's) together: every glyph asked for is kept,
// also one no character maps to (the 2-em dash of two U+2015, a ligature), and the cmap
// maps the characters asked for and not the others of the glyphs kept (U+2F6C, the Kangxi
// radical drawn with 目's glyph).
TEST(FontfileSubset, GlyphsAndCharactersKeepBothAndMapOnlyTheCharacters) {
  auto loc = noto_serif();
  if (!loc) GTEST_SKIP() << "Noto Serif CJK SC not installed";
  HbFace face(hb_face_create(mapped(loc->path), loc->index));
  HbFont font(hb_font_create(face.get()));
  HbBuffer buf(hb_buffer_create());
  hb_buffer_add_utf8(buf.get(), "\u2015\u2015", -1, 0, -1);
  hb_buffer_guess_segment_properties(buf.get());
  hb_shape(font.get(), buf.get(), nullptr, 0);
  unsigned n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf.get(), &n);
  ASSERT_EQ(n, 1u);  // one glyph for the pair
  const std::uint32_t dash2 = info[0].codepoint;
  hb_codepoint_t eye = 0, radical = 0;
  ASSERT_TRUE(hb_font_get_nominal_glyph(font.get(), U'目', &eye));
  ASSERT_TRUE(hb_font_get_nominal_glyph(font.get(), 0x2F6C, &radical));
  ASSERT_EQ(eye, radical);
  Needs needs;
  needs.glyphs = {dash2, eye};
  needs.unicodes = {U'目', U'中'};
  needs.reader_layout = true;
  Subset s(face.get(), needs, subset_flags(face.get()), loc->path);
  EXPECT_NE(s.new_gid(dash2), HB_MAP_VALUE_INVALID);
  EXPECT_NE(s.new_gid(eye), HB_MAP_VALUE_INVALID);
  std::string bytes(s.bytes());
  HbBlob blob(hb_blob_create(bytes.data(), static_cast<unsigned>(bytes.size()),
                             HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  HbFace sub(hb_face_create(blob.get(), 0));
  HbFont subfont(hb_font_create(sub.get()));
  hb_codepoint_t g = 0;
  EXPECT_TRUE(hb_font_get_nominal_glyph(subfont.get(), U'目', &g));
  EXPECT_EQ(g, s.new_gid(eye));
  EXPECT_TRUE(hb_font_get_nominal_glyph(subfont.get(), U'中', &g));
  EXPECT_FALSE(hb_font_get_nominal_glyph(subfont.get(), 0x2F6C, &g));
}

// A complete raw deflate made to go on (not_final) joins pieces before and after it into
// one stream that inflates to all three, whatever bit the final block ended on.
TEST(FontfileDeflate, NotFinalJoinsRawDeflatePieces) {
  std::string a = "OTTO header and small tables ";
  for (size_t n : {size_t(1), size_t(37), size_t(1000), size_t(70000), size_t(300000)}) {
    std::string b;
    for (size_t i = 0; b.size() < n; ++i) b += std::to_string(i * 7919 % 1009) + "cff";
    b.resize(n);
    for (std::string c : {std::string(), std::string("\0\0\0", 3)}) {
      std::string raw = deflate_raw(a, kFontFlateLevel, false) + not_final(deflate_font_raw(b)) +
                        deflate_raw(c, kFontFlateLevel, true);
      z_stream z{};
      ASSERT_EQ(inflateInit2(&z, -15), Z_OK);
      std::string out(a.size() + b.size() + c.size() + 16, '\0');
      z.next_in = reinterpret_cast<Bytef*>(raw.data());
      z.avail_in = static_cast<uInt>(raw.size());
      z.next_out = reinterpret_cast<Bytef*>(out.data());
      z.avail_out = static_cast<uInt>(out.size());
      EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END) << n;
      out.resize(z.total_out);
      inflateEnd(&z);
      EXPECT_EQ(out, a + b + c) << n;
    }
  }
}

}  // namespace
}  // namespace wz::fontfile
