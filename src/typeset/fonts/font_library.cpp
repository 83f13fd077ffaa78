#include "typeset/fonts/font_library.h"

#include <fontconfig/fontconfig.h>
#include <hb-ot.h>
#include <unicode/uchar.h>

#include <utility>

#include "base/error.h"
#include "base/fontfind.h"
#include "base/suggest.h"
#include "fontfile/subset.h"

namespace wz::typeset {

const std::vector<std::string> kFallbackFamilies = {"Noto Serif CJK SC", "Noto Sans CJK SC",
                                                    "AR PL KaitiM GB", "AR PL UKai CN"};

namespace {

struct FcPatternDel {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
struct FcCharSetDel {
  void operator()(FcCharSet* c) const { FcCharSetDestroy(c); }
};

// Which Debian package provides a family, for the "not installed" message.
std::string package_hint(const std::string& family) {
  static const std::pair<const char*, const char*> kPackages[] = {
      {"Noto Serif CJK", "fonts-noto-cjk"},
      {"Noto Sans CJK", "fonts-noto-cjk"},
      {"AR PL KaitiM", "fonts-arphic-gkai00mp"},
      {"AR PL UKai", "fonts-arphic-ukai"},
      {"AR PL UMing", "fonts-arphic-uming"},
      {"AR PL SungtiL", "fonts-arphic-gbsn00lp"},
      {"WenQuanYi Zen Hei", "fonts-wqy-zenhei"},
      {"WenQuanYi Micro Hei", "fonts-wqy-microhei"},
      {"Source Han", "fonts-noto-cjk (the same design as Noto CJK)"}};
  for (auto& [prefix, pkg] : kPackages)
    if (family.rfind(prefix, 0) == 0) return std::string("install the Debian package ") + pkg;
  return "install a package that provides it (apt-file search, fc-list)";
}

std::pair<int, int> typo_metrics(hb_face_t* face) {
  HbBlob os2(hb_face_reference_table(face, HB_TAG('O', 'S', '/', '2')));
  unsigned len = 0;
  const char* d = hb_blob_get_data(os2.get(), &len);
  if (len >= 72) {  // sTypoAscender at byte 68, sTypoDescender at 70 (int16, big-endian)
    auto s16 = [d](int o) {
      return static_cast<int>(
          static_cast<int16_t>((static_cast<uint8_t>(d[o]) << 8) | static_cast<uint8_t>(d[o + 1])));
    };
    return {s16(68), s16(70)};
  }
  hb_font_extents_t e{};
  HbFont f(hb_font_create(face));
  hb_font_get_h_extents(f.get(), &e);
  return {e.ascender, e.descender};
}

bool has_table(hb_face_t* face, hb_tag_t tag) {
  HbBlob t(hb_face_reference_table(face, tag));
  return hb_blob_get_length(t.get()) > 0;
}

std::string ps_name(hb_face_t* face) {
  char buf[128];
  unsigned len = sizeof buf;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, buf);
  return std::string(buf, len);
}

// A face that forwards every table but the AAT ones (pdf-font-epub.md, Vertical: HarfBuzz
// applies KaitiM GB's vertical-only mort when there is no GSUB and turns ’ into 伶).
hb_blob_t* table_without_aat(hb_face_t*, hb_tag_t tag, void* user) {
  if (tag == HB_TAG('m', 'o', 'r', 't') || tag == HB_TAG('m', 'o', 'r', 'x')) return nullptr;
  return hb_face_reference_table(static_cast<hb_face_t*>(user), tag);
}

// Vertical sub-font functions for faces without GSUB/VORG (KaitiM GB): report "no glyph"
// for cmap entries with empty outlines, so HarfBuzz does not substitute its empty vertical
// presentation forms; and put the vertical origin at (advance/2, typo ascender) so every
// glyph sits in its em box (pdf-font-epub.md, KaitiM GB vertical origin).
struct VData {
  int ascender;
};
hb_bool_t nominal_with_outline(hb_font_t* font, void*, hb_codepoint_t u, hb_codepoint_t* g, void*) {
  hb_font_t* parent = hb_font_get_parent(font);
  if (!hb_font_get_nominal_glyph(parent, u, g)) return false;
  if (u_isUWhiteSpace(u) || u_hasBinaryProperty(u, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return true;
  hb_glyph_extents_t e{};
  return hb_font_get_glyph_extents(parent, *g, &e) && (e.width != 0 || e.height != 0);
}
hb_bool_t v_origin_em_box(hb_font_t* font, void* data, hb_codepoint_t g, hb_position_t* x,
                          hb_position_t* y, void*) {
  *x = hb_font_get_glyph_h_advance(hb_font_get_parent(font), g) / 2;
  *y = static_cast<VData*>(data)->ascender;
  return true;
}

}  // namespace

FontLibrary::FontLibrary(std::vector<std::string> font_dirs) : dirs_(std::move(font_dirs)) {}
FontLibrary::~FontLibrary() = default;

int FontLibrary::face_for(const std::string& name) {
  if (auto it = by_name_.find(name); it != by_name_.end()) return it->second;
  auto loc = find_font(name, dirs_);
  if (!loc) {
    std::string dirs;
    for (auto& d : dirs_) dirs += (dirs.empty() ? "" : ", ") + d;
    throw Error("font '" + name + "' is not installed: " + package_hint(name) +
                ", or put the font file in " + (dirs.empty() ? "the fonts/ folder" : dirs) +
                " and name the file in the layout" + did_you_mean(name, installed_families()));
  }
  int id = open(loc->path, loc->index, name);
  by_name_[name] = id;
  return id;
}

int FontLibrary::open(const std::string& path, int index, const std::string& family) {
  if (auto it = by_loc_.find({path, index}); it != by_loc_.end()) return it->second;
  hb_blob_t* blob = fontfile::mapped(path);  // one mapping per file, shared with the writers
  auto f = std::make_unique<Face>();
  f->path = path;
  f->index = index;
  f->family = family;
  f->face.reset(hb_face_create(blob, index));
  f->upem = static_cast<int>(hb_face_get_upem(f->face.get()));
  if (hb_face_get_glyph_count(f->face.get()) == 0)
    throw Error("font file " + path + " has no face " + std::to_string(index));
  f->font.reset(hb_font_create(f->face.get()));  // hb-ot funcs, scale = upem by default
  f->ps_name = ps_name(f->face.get());
  std::tie(f->ascender, f->descender) = typo_metrics(f->face.get());
  f->is_cff = has_table(f->face.get(), HB_TAG('C', 'F', 'F', ' '));
  faces_.push_back(std::move(f));
  coverage_.emplace_back();
  int id = static_cast<int>(faces_.size()) - 1;
  by_loc_[{path, index}] = id;
  return id;
}

hb_font_t* FontLibrary::vertical_font(int id) {
  Face& f = *faces_.at(id);
  if (f.vfont) return f.vfont.get();
  f.vface.reset(hb_face_create_for_tables(table_without_aat, hb_face_reference(f.face.get()),
                                          reinterpret_cast<hb_destroy_func_t>(hb_face_destroy)));
  hb_face_set_upem(f.vface.get(), f.upem);
  HbFont base(hb_font_create(f.vface.get()));
  bool plain = has_table(f.face.get(), HB_TAG('G', 'S', 'U', 'B')) &&
               has_table(f.face.get(), HB_TAG('V', 'O', 'R', 'G'));
  if (plain) {
    f.vfont = std::move(base);
    return f.vfont.get();
  }
  static hb_font_funcs_t* funcs = [] {
    hb_font_funcs_t* ff = hb_font_funcs_create();
    hb_font_funcs_set_nominal_glyph_func(ff, nominal_with_outline, nullptr, nullptr);
    hb_font_funcs_set_glyph_v_origin_func(ff, v_origin_em_box, nullptr, nullptr);
    hb_font_funcs_make_immutable(ff);
    return ff;
  }();
  f.vfont.reset(hb_font_create_sub_font(base.get()));
  hb_font_set_funcs(f.vfont.get(), funcs, new VData{f.ascender},
                    [](void* d) { delete static_cast<VData*>(d); });
  return f.vfont.get();
}

bool FontLibrary::has_glyph(int id, char32_t c) const {
  auto& cache = coverage_.at(id);
  if (auto it = cache.find(c); it != cache.end()) return it->second;
  hb_font_t* font = faces_[id]->hb();
  hb_codepoint_t g = 0;
  bool ok = hb_font_get_nominal_glyph(font, c, &g);
  // The outline check is made for glyf faces only, where it reads the glyph header's bbox.
  // For CFF it interprets the charstring (~6 µs a glyph: 10 ms for a page's repertoire),
  // and the Noto CJK SC cmaps were measured to map no empty glyph but spaces and Hangul
  // fillers (44,746 entries checked); the empty entries are in the Arphic glyf faces.
  if (ok && !faces_[id]->is_cff &&
      !(u_isUWhiteSpace(c) || u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))) {
    hb_glyph_extents_t e{};
    ok = hb_font_get_glyph_extents(font, g, &e) && (e.width != 0 || e.height != 0);
  }
  cache[c] = ok;
  return ok;
}

int FontLibrary::fallback_for(char32_t c, int preferred) {
  if (preferred >= 0 && has_glyph(preferred, c)) return preferred;
  if (auto it = fallback_cache_.find(c); it != fallback_cache_.end()) return it->second;
  open_fallbacks();
  int found = -1;
  for (int id : fallbacks_)
    if (has_glyph(id, c)) {
      found = id;
      break;
    }
  if (found < 0) found = fontconfig_fallback(c);
  fallback_cache_[c] = found;
  return found;
}

void FontLibrary::open_fallbacks() {
  if (fallbacks_opened_) return;
  fallbacks_opened_ = true;
  for (auto& fam : kFallbackFamilies)
    if (auto loc = find_font(fam, dirs_)) fallbacks_.push_back(open(loc->path, loc->index, fam));
}

bool FontLibrary::notdef_visible(int id) const {
  hb_glyph_extents_t e{};
  return hb_font_get_glyph_extents(faces_.at(id)->hb(), 0, &e) && e.width != 0 && e.height != 0;
}

int FontLibrary::box_face(int preferred) {
  if (notdef_visible(preferred)) return preferred;
  open_fallbacks();
  for (int id : fallbacks_)
    if (notdef_visible(id)) return id;
  return preferred;  // nothing better installed: the character still takes its place
}

// fontconfig's best match for a pattern asking only for the character (and Chinese).
int FontLibrary::fontconfig_fallback(char32_t c) {
  FcInit();
  std::unique_ptr<FcCharSet, FcCharSetDel> cs(FcCharSetCreate());
  FcCharSetAddChar(cs.get(), c);
  std::unique_ptr<FcPattern, FcPatternDel> pat(FcPatternCreate());
  FcPatternAddCharSet(pat.get(), FC_CHARSET, cs.get());
  FcPatternAddString(pat.get(), FC_LANG, reinterpret_cast<const FcChar8*>("zh-cn"));
  FcConfigSubstitute(nullptr, pat.get(), FcMatchPattern);
  FcDefaultSubstitute(pat.get());
  FcResult res;
  std::unique_ptr<FcPattern, FcPatternDel> m(FcFontMatch(nullptr, pat.get(), &res));
  FcCharSet* have = nullptr;
  FcChar8* file = nullptr;
  int index = 0;
  if (!m || FcPatternGetCharSet(m.get(), FC_CHARSET, 0, &have) != FcResultMatch ||
      !FcCharSetHasChar(have, c) || FcPatternGetString(m.get(), FC_FILE, 0, &file) != FcResultMatch)
    return -1;
  // Only outline fonts the PDF writer can embed (TrueType or CFF), never colour bitmaps.
  FcBool outline = FcFalse, color = FcFalse;
  FcChar8* format = nullptr;
  FcPatternGetBool(m.get(), FC_OUTLINE, 0, &outline);
  FcPatternGetBool(m.get(), FC_COLOR, 0, &color);
  FcPatternGetString(m.get(), FC_FONTFORMAT, 0, &format);
  std::string fmt = format ? reinterpret_cast<char*>(format) : "";
  if (!outline || color || (fmt != "TrueType" && fmt != "CFF")) return -1;
  FcPatternGetInteger(m.get(), FC_INDEX, 0, &index);
  int id = open(reinterpret_cast<char*>(file), index, family_name(m.get()));
  return has_glyph(id, c) ? id : -1;
}

std::vector<pages::FontFace> FontLibrary::faces() const {
  std::vector<pages::FontFace> out;
  for (auto& f : faces_) out.push_back({f->path, f->index, f->ps_name, f->upem});
  return out;
}

}  // namespace wz::typeset
