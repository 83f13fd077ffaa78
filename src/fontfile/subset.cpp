#include "fontfile/subset.h"

#include <hb-subset.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iterator>

#include "base/error.h"
#include "fontfile/cff.h"
#include "fontfile/cmap_twins.h"
#include "fontfile/deflate.h"

namespace wz::fontfile {
namespace {

// Tables no output embeds: justification, math, AAT morphs (HarfBuzz would apply a bad
// `mort` in vertical text: notes, KaitiM GB), the legacy kern table (GPOS has the
// kerning of every font here), signatures that a subset invalidates.
constexpr hb_tag_t kNeverKept[] = {HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'),
                                   HB_TAG('M', 'A', 'T', 'H'), HB_TAG('m', 'o', 'r', 't'),
                                   HB_TAG('m', 'o', 'r', 'x'), HB_TAG('k', 'e', 'r', 'n'),
                                   HB_TAG('D', 'S', 'I', 'G')};
// Layout tables: only a reader shapes (a PDF's positions are already in its content).
constexpr hb_tag_t kLayoutTables[] = {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'),
                                      HB_TAG('G', 'D', 'E', 'F')};
// Vertical metrics: a reader setting the face vertically needs them (a PDF has W2).
constexpr hb_tag_t kVerticalTables[] = {HB_TAG('v', 'h', 'e', 'a'), HB_TAG('v', 'm', 't', 'x'),
                                        HB_TAG('V', 'O', 'R', 'G')};

double thread_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

template <class Set>
bool includes(const Set& a, const Set& b) {
  return std::includes(a.begin(), a.end(), b.begin(), b.end());
}

// The language systems a reader of these digests uses: the default and Simplified Chinese
// (the EPUB's dc:language is zh-CN). A CJK face's `locl` for Japanese, Korean and
// Traditional Chinese would otherwise pull their regional forms into the subset (Noto
// Serif CJK SC, the five-page digest: 2,237 glyphs instead of 1,329, 1.8x the bytes),
// while zh-CN's own `locl` (e.g. the full-width em dash of ——) must stay.
constexpr hb_tag_t kReaderLangSys[] = {HB_TAG('Z', 'H', 'S', ' ')};

// A blob of its own holding a copy of `t`.
HbBlob owned_blob(std::string_view t) {
  char* copy = static_cast<char*>(std::malloc(t.size() ? t.size() : 1));
  std::memcpy(copy, t.data(), t.size());
  return HbBlob(hb_blob_create(copy, static_cast<unsigned>(t.size()), HB_MEMORY_MODE_WRITABLE, copy,
                               std::free));
}

std::string_view view(hb_blob_t* b) {
  unsigned n = 0;
  const char* d = hb_blob_get_data(b, &n);
  return {d ? d : "", n};
}

// A copy of a GSUB/GPOS table whose scripts keep only kReaderLangSys besides their
// default language system. Records are moved in place, so every offset stays valid.
HbBlob pruned_layout(hb_face_t* face, hb_tag_t tag) {
  HbBlob orig(hb_face_reference_table(face, tag));
  unsigned n = 0;
  const char* d = hb_blob_get_data(orig.get(), &n);
  std::string t(d ? d : "", n);
  auto u16 = [&](size_t at) -> size_t {
    return at + 2 <= t.size()
               ? (static_cast<unsigned char>(t[at]) << 8 | static_cast<unsigned char>(t[at + 1]))
               : 0;
  };
  const size_t scripts = u16(4);
  const size_t count = scripts ? u16(scripts) : 0;
  for (size_t i = 0; i < count; ++i) {
    const size_t script = scripts + u16(scripts + 2 + 6 * i + 4);
    const size_t langs = u16(script + 2);
    size_t kept = 0;
    for (size_t k = 0; k < langs && script + 4 + 6 * (k + 1) <= t.size(); ++k) {
      const size_t rec = script + 4 + 6 * k;
      const hb_tag_t lang = static_cast<hb_tag_t>(u16(rec) << 16 | u16(rec + 2));
      if (std::find(std::begin(kReaderLangSys), std::end(kReaderLangSys), lang) ==
          std::end(kReaderLangSys))
        continue;
      t.replace(script + 4 + 6 * kept++, 6, t, rec, 6);
    }
    if (script + 4 <= t.size()) {
      t[script + 2] = static_cast<char>(kept >> 8);
      t[script + 3] = static_cast<char>(kept & 0xFF);
    }
  }
  return owned_blob(t);
}

struct ReaderTables {
  HbFace face;
  HbBlob gsub, gpos;
};

hb_blob_t* reader_table(hb_face_t*, hb_tag_t tag, void* user) {
  auto* r = static_cast<ReaderTables*>(user);
  if (tag == HB_TAG('G', 'S', 'U', 'B')) return hb_blob_reference(r->gsub.get());
  if (tag == HB_TAG('G', 'P', 'O', 'S')) return hb_blob_reference(r->gpos.get());
  return hb_face_reference_table(r->face.get(), tag);
}

// `face` as a reader's shaper sees it: layout only for kReaderLangSys (see above).
HbFace reader_face(hb_face_t* face) {
  auto* r = new ReaderTables{HbFace(hb_face_reference(face)),
                             pruned_layout(face, HB_TAG('G', 'S', 'U', 'B')),
                             pruned_layout(face, HB_TAG('G', 'P', 'O', 'S'))};
  HbFace out(hb_face_create_for_tables(reader_table, r,
                                       [](void* p) { delete static_cast<ReaderTables*>(p); }));
  hb_face_set_index(out.get(), hb_face_get_index(face));
  hb_face_set_upem(out.get(), hb_face_get_upem(face));
  hb_face_set_glyph_count(out.get(), hb_face_get_glyph_count(face));
  return out;
}

HbSubsetInput input_for(const Needs& n, unsigned flags) {
  HbSubsetInput in(hb_subset_input_create_or_fail());
  if (!in) throw Error("hb_subset_input_create_or_fail failed");
  hb_set_t* glyphs = hb_subset_input_glyph_set(in.get());
  hb_set_add(glyphs, 0);
  for (std::uint32_t g : n.glyphs) hb_set_add(glyphs, g);
  hb_set_t* uni = hb_subset_input_unicode_set(in.get());
  for (char32_t c : n.unicodes) hb_set_add(uni, c);
  hb_set_t* drop = hb_subset_input_set(in.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (hb_tag_t t : kNeverKept) hb_set_add(drop, t);
  if (!n.reader_layout)
    for (hb_tag_t t : kLayoutTables) hb_set_add(drop, t);
  if (!n.reader_layout || !n.vertical)
    for (hb_tag_t t : kVerticalTables) hb_set_add(drop, t);
  if (n.reader_layout) {  // only the features a reader needs: each adds its closure
    hb_set_t* feats = hb_subset_input_set(in.get(), HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hb_set_clear(feats);
    for (hb_tag_t t : kReaderFeatures) hb_set_add(feats, t);
    if (n.vertical)
      for (hb_tag_t t : kReaderVerticalFeatures) hb_set_add(feats, t);
  }
  hb_subset_input_set_flags(in.get(), flags);
  return in;
}

// The face hb-subset cuts the cmap of: its cmap (without twin records: cmap_twins.h),
// head and maxp.
struct CmapOnly {
  HbFace face;
  HbBlob cmap;
};

hb_blob_t* cmap_face_table(hb_face_t*, hb_tag_t tag, void* user) {
  auto* c = static_cast<CmapOnly*>(user);
  if (tag == HB_TAG('c', 'm', 'a', 'p')) return hb_blob_reference(c->cmap.get());
  if (tag == HB_TAG('h', 'e', 'a', 'd') || tag == HB_TAG('m', 'a', 'x', 'p'))
    return hb_face_reference_table(c->face.get(), tag);
  return nullptr;
}

// `face`'s cmap cut to `unicodes`, glyph ids unchanged: hb-subset of the face's cmap alone
// (HB_SUBSET_FLAGS_RETAIN_GIDS), its twin records set aside and put back (cmap_twins.h:
// the same cut cmap, for half the reading on a CJK face). Null when hb-subset fails.
HbBlob narrow_cmap(hb_face_t* face, const std::set<char32_t>& unicodes) {
  HbBlob full(hb_face_reference_table(face, HB_TAG('c', 'm', 'a', 'p')));
  std::vector<std::pair<CmapRecord, CmapRecord>> twins;
  const std::string lean = without_twins(view(full.get()), twins);
  auto* c = new CmapOnly{HbFace(hb_face_reference(face)),
                         lean.empty() ? std::move(full) : owned_blob(lean)};
  HbFace only(hb_face_create_for_tables(cmap_face_table, c,
                                        [](void* p) { delete static_cast<CmapOnly*>(p); }));
  hb_face_set_upem(only.get(), hb_face_get_upem(face));
  hb_face_set_glyph_count(only.get(), hb_face_get_glyph_count(face));
  HbSubsetInput in(hb_subset_input_create_or_fail());
  if (!in) return HbBlob(nullptr);
  hb_set_t* uni = hb_subset_input_unicode_set(in.get());
  for (char32_t u : unicodes) hb_set_add(uni, u);
  hb_subset_input_set_flags(in.get(), HB_SUBSET_FLAGS_RETAIN_GIDS);
  HbFace cut(hb_subset_or_fail(only.get(), in.get()));
  if (!cut) return HbBlob(nullptr);
  HbBlob cmap(hb_face_reference_table(cut.get(), HB_TAG('c', 'm', 'a', 'p')));
  if (twins.empty()) return cmap;
  return owned_blob(with_twins(view(cmap.get()), twins));
}

struct NarrowTables {
  HbFace face;
  HbBlob cmap;
};

hb_blob_t* narrow_table(hb_face_t*, hb_tag_t tag, void* user) {
  auto* n = static_cast<NarrowTables*>(user);
  if (tag == HB_TAG('c', 'm', 'a', 'p')) return hb_blob_reference(n->cmap.get());
  return hb_face_reference_table(n->face.get(), tag);
}

// The plan of the subset `n` asks for. Given glyph ids besides characters, HarfBuzz 6.0
// (`_populate_unicodes_to_retain`) reads every mapping of the face's cmap into a hash map,
// to keep the characters of the glyphs asked for; for a CJK face (tens of thousands of
// mappings) that was most of the plan's cost (five-page digest: 122 M instructions of
// planning, 33 M without it: notes). Planned on the face with its cmap first cut to the
// characters asked for, that walk is short; the glyphs and the layout closure are the
// same, and the subset's cmap maps the characters asked for (no longer also the other
// characters of the glyphs the PDF asks for: compatibility ideographs, Kangxi radicals,
// which neither output sets).
HbSubsetPlan plan_for(hb_face_t* face, const Needs& n, unsigned flags) {
  HbSubsetInput in = input_for(n, flags);
  if (n.unicodes.empty() || n.glyphs.empty())
    return HbSubsetPlan(hb_subset_plan_create_or_fail(face, in.get()));
  HbBlob cmap = narrow_cmap(face, n.unicodes);
  if (!cmap) return HbSubsetPlan(nullptr);
  auto* t = new NarrowTables{HbFace(hb_face_reference(face)), std::move(cmap)};
  HbFace narrow(hb_face_create_for_tables(narrow_table, t,
                                          [](void* p) { delete static_cast<NarrowTables*>(p); }));
  hb_face_set_index(narrow.get(), hb_face_get_index(face));
  hb_face_set_upem(narrow.get(), hb_face_get_upem(face));
  hb_face_set_glyph_count(narrow.get(), hb_face_get_glyph_count(face));
  return HbSubsetPlan(hb_subset_plan_create_or_fail(narrow.get(), in.get()));
}

}  // namespace

hb_blob_t* mapped(const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, HbBlob> cache;  // lives for the process, released at exit
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(path);
  if (it != cache.end()) return it->second.get();
  HbBlob b(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!b) throw Error(SourcePos{path}, "cannot open font file");
  return cache.emplace(path, std::move(b)).first->second.get();
}

void Needs::merge(const Needs& o) {
  glyphs.insert(o.glyphs.begin(), o.glyphs.end());
  unicodes.insert(o.unicodes.begin(), o.unicodes.end());
  reader_layout = reader_layout || o.reader_layout;
  vertical = vertical || o.vertical;
}

bool covers(const Needs& have, const Needs& want) {
  return includes(have.glyphs, want.glyphs) && includes(have.unicodes, want.unicodes) &&
         (have.reader_layout || !want.reader_layout) && (have.vertical || !want.vertical);
}

unsigned subset_flags(bool cff, bool cid_keyed) {
  if (!cff) return HB_SUBSET_FLAGS_DEFAULT;
  return cid_keyed ? HB_SUBSET_FLAGS_DESUBROUTINIZE : HB_SUBSET_FLAGS_RETAIN_GIDS;
}

unsigned subset_flags(hb_face_t* face) {
  HbBlob cff(hb_face_reference_table(face, HB_TAG('C', 'F', 'F', ' ')));
  unsigned n = 0;
  const char* d = hb_blob_get_data(cff.get(), &n);
  if (n == 0) return subset_flags(false, false);
  return subset_flags(true, read_cff({d, n}, false).cid_keyed);
}

Subset::Subset(hb_face_t* face, Needs needs, unsigned flags, const std::string& path)
    : needs_(std::move(needs)), flags_(flags) {
  const double t0 = thread_ms();
  SourcePos where{path};
  HbFace reader = needs_.reader_layout ? reader_face(face) : HbFace(hb_face_reference(face));
  HbSubsetPlan plan = plan_for(reader.get(), needs_, flags);
  if (!plan) throw Error(where, "hb-subset could not plan the subset");
  const hb_map_t* old2new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
  for (std::uint32_t g : needs_.glyphs)
    old2new_.emplace_hint(old2new_.end(), g, hb_map_get(old2new, g));
  HbFace built(hb_subset_plan_execute_or_fail(plan.get()));
  if (!built) throw Error(where, "hb-subset failed");
  blob_.reset(hb_face_reference_blob(built.get()));
  if (hb_blob_get_length(blob_.get()) == 0) throw Error(where, "hb-subset produced no font");
  face_.reset(hb_face_create(blob_.get(), 0));
  glyphs_ = hb_face_get_glyph_count(face_.get());
  ms = thread_ms() - t0;
}

std::string_view Subset::bytes() const {
  unsigned n = 0;
  const char* d = hb_blob_get_data(blob_.get(), &n);
  return {d, n};
}

std::uint32_t Subset::new_gid(std::uint32_t old) const {
  auto it = old2new_.find(old);
  return it == old2new_.end() ? HB_MAP_VALUE_INVALID : it->second;
}

bool Subset::is_cff() const {
  return bytes().substr(0, 4) == "OTTO";
}

std::string Subset::table(hb_tag_t tag) const {
  HbBlob t(hb_face_reference_table(face_.get(), tag));
  unsigned n = 0;
  const char* d = hb_blob_get_data(t.get(), &n);
  return std::string(d ? d : "", n);
}

namespace {

// Where table `tag` lies in an sfnt (offset, length); (0, 0) when absent.
std::pair<size_t, size_t> table_range(std::string_view font, hb_tag_t tag) {
  auto u32 = [&](size_t at) {
    std::uint32_t v = 0;
    for (size_t k = 0; k < 4; ++k) v = v << 8 | static_cast<unsigned char>(font[at + k]);
    return v;
  };
  if (font.size() < 12) return {0, 0};
  const size_t n = static_cast<unsigned char>(font[4]) << 8 | static_cast<unsigned char>(font[5]);
  for (size_t i = 0; i < n && 12 + 16 * (i + 1) <= font.size(); ++i) {
    const size_t rec = 12 + 16 * i;
    if (u32(rec) != tag) continue;
    const size_t off = u32(rec + 8), len = u32(rec + 12);
    if (off <= font.size() && len <= font.size() - off) return {off, len};
  }
  return {0, 0};
}

}  // namespace

const Packed& Subset::packed() const {
  std::call_once(packed_once_, [this] {
    const std::string_view font = bytes();
    auto [off, len] = is_cff() ? table_range(font, HB_TAG('C', 'F', 'F', ' '))
                               : std::pair<size_t, size_t>{0, font.size()};
    if (len == 0) throw Error("subset font has no `CFF ` table");
    // hb-subset writes the `CFF ` table last: with its padding (the zeros after it, which
    // a CFF reader never reaches: every offset is inside the table) it is the file's end, so
    // the PDF's deflate can end the zip entry as it is. Otherwise the deflate must be made
    // to go on (not_final: a whole inflate, 13 M instructions on the five pages).
    if (off + len < font.size() && font.size() - (off + len) < 4 &&
        font.find_first_not_of('\0', off + len) == std::string_view::npos)
      len = font.size() - off;
    const std::string_view part = font.substr(off, len);
    const std::string middle = deflate_font_raw(part);
    Packed& p = packed_;
    p.pdf_len = len;
    p.pdf_zlib = zlib_header(kFontFlateLevel) + middle + adler32_trailer(part);
    if (len == font.size())
      p.file_raw = middle;
    else if (off + len == font.size())  // the table directory and small tables, the `CFF `
      p.file_raw = deflate_raw(font.substr(0, off), kFontFlateLevel, false) + middle;
    else  // the table directory and small tables before it, the `CFF ` table, the rest
      p.file_raw = deflate_raw(font.substr(0, off), kFontFlateLevel, false) + not_final(middle) +
                   deflate_raw(font.substr(off + len), kFontFlateLevel, true);
    p.file_crc = crc32_of(font);
    p.file_len = font.size();
  });
  return packed_;
}

void SubsetCache::expect(const std::string& path, int index, Needs needs) {
  std::lock_guard<std::mutex> lock(mu_);
  auto& e = entries_[{path, index}];
  if (!e) {
    e = std::make_unique<Entry>();
    e->expected = std::move(needs);
    return;
  }
  e->expected.merge(needs);
}

std::shared_ptr<const Subset> SubsetCache::get(const std::string& path, int index,
                                               const Needs& needs, unsigned flags) {
  Entry* e = nullptr;
  std::mutex* face_mu = nullptr;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto& slot = entries_[{path, index}];
    if (!slot) slot = std::make_unique<Entry>();
    e = slot.get();
    auto& m = locks_[{path, index}];
    if (!m) m = std::make_unique<std::mutex>();
    face_mu = m.get();
  }
  std::lock_guard<std::mutex> face_lock(*face_mu);  // one subset of a face at a time
  if (e->subset && covers(e->subset->needs(), needs)) {
    std::lock_guard<std::mutex> lock(mu_);
    ++shared;
    return e->subset;
  }
  Needs all;
  {
    std::lock_guard<std::mutex> lock(mu_);
    all = std::move(e->expected);  // held by the subset's needs from now on
    e->expected = Needs{};
  }
  all.merge(needs);
  if (e->subset) {  // a later need the first subset missed: make a larger one
    all.merge(e->subset->needs());
    flags = e->subset->flags();
  }
  HbFace face(hb_face_create(mapped(path), static_cast<unsigned>(index)));
  auto made_now = std::make_shared<const Subset>(face.get(), std::move(all), flags, path);
  std::lock_guard<std::mutex> lock(mu_);
  e->subset = made_now;
  ++made;
  return made_now;
}

}  // namespace wz::fontfile
