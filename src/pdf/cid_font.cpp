#include "pdf/cid_font.h"

#include <hb-ot.h>
#include <hb-subset.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <map>
#include <mutex>

#include "base/error.h"
#include "base/utf8.h"
#include "fontfile/cff.h"
#include "fontfile/deflate.h"
#include "fontfile/subset.h"
#include "pdf/deflate.h"
#include "pdf/glyf_font.h"
#include "pdf/num.h"

namespace wz::pdf {
namespace {

using Blob = HbBlob;

// Big-endian reads from a table; out-of-range reads give 0.
struct Table {
  Blob blob;
  const unsigned char* d = nullptr;
  unsigned n = 0;
  Table(hb_face_t* f, hb_tag_t tag) : blob(hb_face_reference_table(f, tag)) {
    d = reinterpret_cast<const unsigned char*>(hb_blob_get_data(blob.get(), &n));
  }
  bool present() const { return n > 0; }
  unsigned u16(unsigned off) const { return off + 2 <= n ? (d[off] << 8 | d[off + 1]) : 0; }
  int i16(unsigned off) const { return static_cast<int16_t>(u16(off)); }
  int i32(unsigned off) const { return static_cast<int32_t>(u16(off) << 16 | u16(off + 2)); }
};

std::string postscript_name(hb_face_t* face, const std::string& given) {
  std::string name = given;
  if (name.empty()) {
    char buf[128];
    unsigned len = sizeof buf;
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, buf);
    name.assign(buf, len);
  }
  std::string out;  // a PDF name without delimiters or spaces
  for (unsigned char c : name)
    if (c > 32 && c < 127 && !std::strchr("()<>[]{}/%#", c)) out += static_cast<char>(c);
  return out.empty() ? "Font" : out;
}

// CPU time of the calling thread, in ms: the font jobs share two cores with the page
// writer (and, on a busy machine, with everything else), so wall time would mislead.
double thread_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

}  // namespace

CidFont::CidFont(const pages::FontFace& face) : face_(face) {
  SourcePos where{face.path};
  hb_blob_t* blob = fontfile::mapped(face.path);
  if (face.index < 0 || static_cast<unsigned>(face.index) >= hb_face_count(blob))
    throw Error(where, "font file has no face " + std::to_string(face.index));
  hb_face_.reset(hb_face_create(blob, static_cast<unsigned>(face.index)));
  glyphs_ = hb_face_get_glyph_count(hb_face_.get());
  upem_ = hb_face_get_upem(hb_face_.get());
  if (glyphs_ == 0 || upem_ == 0) throw Error(where, "not a usable font (no glyphs)");
  scale_ = 1000.0 / upem_;
  hb_font_.reset(hb_font_create(hb_face_.get()));

  Table cff(hb_face_.get(), HB_TAG('C', 'F', 'F', ' '));
  if (cff.present()) {
    fontfile::CffInfo info = fontfile::read_cff({reinterpret_cast<const char*>(cff.d), cff.n});
    kind_ = info.cid_keyed ? Kind::CffCid : Kind::CffNamed;
    gid2cid_ = std::move(info.gid2cid);
  } else if (Table(hb_face_.get(), HB_TAG('g', 'l', 'y', 'f')).present()) {
    kind_ = Kind::TrueType;
  } else {
    throw Error(where, "font has neither CFF nor TrueType outlines (CFF2 is not supported)");
  }

  Table os2(hb_face_.get(), HB_TAG('O', 'S', '/', '2'));
  unsigned fs_type = os2.u16(8);
  if ((fs_type & 0x000F) == 0x0002 || (fs_type & 0x0200))
    throw Error(where, "font licence forbids embedding (OS/2 fsType restricted/bitmap-only)");
  if (fs_type & 0x0100) throw Error(where, "font licence forbids subsetting (OS/2 fsType)");
  Table hhea(hb_face_.get(), HB_TAG('h', 'h', 'e', 'a'));
  ascent_ = (os2.present() ? os2.i16(68) : hhea.i16(4)) * scale_;
  descent_ = (os2.present() ? os2.i16(70) : hhea.i16(6)) * scale_;
  cap_height_ = os2.u16(0) >= 2 ? os2.i16(88) * scale_ : ascent_;
  weight_ = os2.present() ? static_cast<int>(os2.u16(4)) : 400;
  Table head(hb_face_.get(), HB_TAG('h', 'e', 'a', 'd'));
  for (int i = 0; i < 4; ++i) bbox_[i] = std::round(head.i16(36 + 2 * i) * scale_);
  italic_ = Table(hb_face_.get(), HB_TAG('p', 'o', 's', 't')).i32(4) / 65536.0;
  has_vorg_ = Table(hb_face_.get(), HB_TAG('V', 'O', 'R', 'G')).present();
  ps_name_ = postscript_name(hb_face_.get(), face.ps_name);
}

std::uint16_t CidFont::code(std::uint32_t gid) const {
  return static_cast<std::uint16_t>(gid2cid_.empty() ? gid : gid2cid_[gid]);
}

double CidFont::advance(std::uint32_t gid) const {
  return rounded(hb_font_get_glyph_h_advance(hb_font_.get(), gid) * scale_, 2);
}

double CidFont::width(std::uint32_t gid) const {
  if (gid < width_cents_.size() && width_cents_[gid] != kNoWidth)
    return width_cents_[gid] / 100.0;  // the double advance() gives: round(x * 100) / 100
  return advance(gid);
}

VMetric CidFont::vmetric(std::uint32_t gid) const {
  VMetric m;
  m.w1y = rounded(hb_font_get_glyph_v_advance(hb_font_.get(), gid) * scale_, 2);
  m.vx = rounded(width(gid) / 2, 3);
  if (has_vorg_) {
    hb_position_t x = 0, y = 0;
    hb_font_get_glyph_v_origin(hb_font_.get(), gid, &x, &y);
    m.vy = rounded(y * scale_, 2);
  } else {
    m.vy = rounded(ascent_, 2);
  }
  return m;
}

void CidFont::use(std::uint32_t gid, const std::string& text, pages::GlyphRun::Dir dir,
                  std::vector<std::string>& warnings) {
  if (gid >= glyphs_)
    throw Error(SourcePos{face_.path}, "glyph id " + std::to_string(gid) + " is out of range (" +
                                           std::to_string(glyphs_) + " glyphs)");
  if (gids_.insert(gid).second) {
    const double w = advance(gid);
    const double cents = w * 100;
    if (width_cents_.empty()) width_cents_.assign(glyphs_, kNoWidth);
    if (cents == std::round(cents) && std::abs(cents) < INT32_MAX && !std::signbit(w))
      width_cents_[gid] = static_cast<std::int32_t>(cents);
  }
  if (dir == pages::GlyphRun::Dir::Vertical)
    vgids_.insert(gid);
  else
    used_h_ = true;
  if (text.empty()) return;
  if (utf8::first_invalid(text) >= 0)
    throw Error(SourcePos{face_.path},
                "cluster text of glyph " + std::to_string(gid) + " is not valid UTF-8");
  auto [it, fresh] = text_.try_emplace(gid, text);
  if (!fresh && it->second != text) {
    std::string w = ps_name_ + ": glyph " + std::to_string(gid) + " stands for both \"" +
                    it->second + "\" and \"" + text + "\"; ToUnicode keeps \"" + it->second + "\"";
    if (std::find(warnings.begin(), warnings.end(), w) == warnings.end()) warnings.push_back(w);
  }
}

void CidFont::use(const pages::GlyphRun& r, const pages::Glyph& g, std::string& scratch,
                  std::vector<std::string>& warnings) {
  const bool cluster = g.has_text() && (g.text & pages::Glyph::kCluster);
  const std::uint32_t dir = (r.dir == pages::GlyphRun::Dir::Vertical ? 2u : 1u) << kSeenDirs;
  const std::uint32_t text = g.has_text() ? g.text : kSeenNoText;
  if (!cluster && g.gid < seen_.size() && seen_[g.gid] & dir && (seen_[g.gid] & kSeenText) == text)
    return;
  scratch.clear();
  r.append_text(g, scratch);
  use(g.gid, scratch, r.dir, warnings);
  if (cluster) return;
  if (seen_.empty()) seen_.assign(glyphs_, 0);
  std::uint32_t& s = seen_[g.gid];
  if ((s & kSeenText) != text) s = text;
  s |= dir;
}

const std::string* CidFont::text(std::uint32_t gid) const {
  auto it = text_.find(gid);
  return it == text_.end() ? nullptr : &it->second;
}

std::string CidFont::subset_tag() const {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the name and the glyph set
  auto mix = [&h](std::uint32_t v) {
    for (int i = 0; i < 4; ++i) h = (h ^ ((v >> (8 * i)) & 0xFF)) * 1099511628211ull;
  };
  for (unsigned char c : ps_name_) mix(c);
  for (std::uint32_t g : gids_) mix(g);
  std::string tag;
  for (int i = 0; i < 6; ++i, h /= 26) tag += static_cast<char>('A' + h % 26);
  return tag;
}

std::string CidFont::base_font() const {
  return subset_tag() + "+" + ps_name_;
}

// Glyph i of the TrueType program is the i-th used glyph (after .notdef); the
// CIDToGIDMap takes each code there.
std::string CidFont::glyf_program() {
  std::vector<std::uint32_t> order{0};
  for (std::uint32_t g : gids_)
    if (g != 0) order.push_back(g);
  std::uint32_t max_code = 0;
  for (std::uint32_t g : order) max_code = std::max<std::uint32_t>(max_code, code(g));
  std::string map(2 * (static_cast<size_t>(max_code) + 1), '\0');
  for (size_t i = 0; i < order.size(); ++i) {
    const std::uint16_t c = code(order[i]);
    map[2 * c] = static_cast<char>(i >> 8);
    map[2 * c + 1] = static_cast<char>(i & 0xFF);
  }
  cid2gid_z_ = deflate_bytes(map);
  return build_glyf_font(hb_face_.get(), hb_font_.get(), order);
}

std::shared_ptr<const fontfile::Subset> CidFont::subset(fontfile::SubsetCache* shared) {
  fontfile::Needs needs;
  needs.glyphs.insert(gids_.begin(), gids_.end());
  const unsigned flags = fontfile::subset_flags(kind_ != Kind::TrueType, kind_ == Kind::CffCid);
  std::shared_ptr<const fontfile::Subset> sub;
  if (shared) sub = shared->get(face_.path, face_.index, needs, flags);
  if (!sub || sub->flags() != flags)  // another output's subset of another kind: our own
    sub = std::make_shared<const fontfile::Subset>(hb_face_.get(), needs, flags, face_.path);
  if (kind_ == Kind::TrueType) {  // CIDToGIDMap: original GID (our code) → subset GID
    std::string map(2 * (static_cast<size_t>(*gids_.rbegin()) + 1), '\0');
    for (std::uint32_t g : gids_) {
      const std::uint32_t n = sub->new_gid(g);
      map[2 * g] = static_cast<char>(n >> 8);
      map[2 * g + 1] = static_cast<char>(n & 0xFF);
    }
    cid2gid_z_ = deflate_bytes(map);
  }
  return sub;
}

bool CidFont::subset_by_hb() const {
  return kind_ == Kind::TrueType || !used_v();
}

void CidFont::build_program(fontfile::SubsetCache* shared) {
  const double t0 = thread_ms();
  glyf_ = !subset_by_hb();
  std::string program;  // pdf/glyf_font's TrueType program, when not an hb-subset
  std::shared_ptr<const fontfile::Subset> sub;
  if (glyf_)
    program = glyf_program();
  else
    sub = subset(shared);
  ms_subset = thread_ms() - t0;
  const auto t1 = std::chrono::steady_clock::now();
  if (sub) {  // CFF: the bare `CFF ` table (its charset maps the subset's GIDs to our
              // codes); TrueType: the whole subset. Compressed once with the EPUB's copy.
    const fontfile::Packed& packed = sub->packed();
    program_len_ = packed.pdf_len;
    program_z_ = packed.pdf_zlib;
  } else {
    program_len_ = program.size();
    program_z_ = fontfile::deflate_font(program);
  }
  tounicode_z_ = deflate_bytes(tounicode_cmap());
  ms_deflate =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t1).count();
}

}  // namespace wz::pdf
