#include "epub/fonts.h"

#include <hb-subset.h>
#include <hb.h>

#include <memory>

#include "base/fontfind.h"
#include "base/utf8.h"

#include "base/hb_ptr.h"

namespace wz::epub {
namespace {

using Blob = HbBlob;
using Font = HbFont;
using Input = HbSubsetInput;

// OS/2 fsType bit 1 (0x0002): Restricted License embedding (OpenType spec, OS/2 table).
constexpr unsigned kFsTypeRestricted = 0x0002;

unsigned fs_type(hb_face_t* face) {
  Blob os2(hb_face_reference_table(face, HB_TAG('O', 'S', '/', '2')));
  unsigned len = 0;
  const char* d = hb_blob_get_data(os2.get(), &len);
  if (len < 10) return 0;
  return (static_cast<unsigned char>(d[8]) << 8) | static_cast<unsigned char>(d[9]);
}

std::string slug_of(const std::string& family) {
  std::string s;
  for (char c : family)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) s += c;
  return s.substr(0, 40);
}

void drop_tables(hb_subset_input_t* in, bool vertical) {
  hb_set_t* drop = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
  // Layout closure doubles the glyph count (notes Q1); horizontal text needs none of it.
  for (hb_tag_t t :
       {HB_TAG('G', 'P', 'O', 'S'), HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'),
        HB_TAG('m', 'o', 'r', 't'), HB_TAG('m', 'o', 'r', 'x')})
    hb_set_add(drop, t);
  if (!vertical) {
    for (hb_tag_t t :
         {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'D', 'E', 'F'), HB_TAG('v', 'h', 'e', 'a'),
          HB_TAG('v', 'm', 't', 'x'), HB_TAG('V', 'O', 'R', 'G')})
      hb_set_add(drop, t);
    return;
  }
  // Vertical text: the reader applies 'vert' for punctuation and brackets; keep only that.
  hb_set_t* feats = hb_subset_input_set(in, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  hb_set_clear(feats);
  hb_set_add(feats, HB_TAG('v', 'e', 'r', 't'));
  hb_set_add(feats, HB_TAG('v', 'r', 't', '2'));
}

}  // namespace

std::string css_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n' || c == '\r') continue;
    out += c;
  }
  return out + "\"";
}

FontSet::Face* FontSet::face(const std::string& name, Report& rep) {
  if (!embed_) return nullptr;
  auto it = by_name_.find(name);
  if (it != by_name_.end()) return it->second < 0 ? nullptr : &faces_[it->second];
  int idx = -1;
  auto loc = find_font(name, dirs_);
  if (!loc) {
    rep.warn("font '" + name + "' not found: not embedded, readers use their own fonts");
  } else {
    for (size_t i = 0; i < faces_.size(); ++i)
      if (faces_[i].path == loc->path && faces_[i].index == loc->index) idx = static_cast<int>(i);
    if (idx < 0) {
      Face f;
      f.path = loc->path, f.index = loc->index, f.family = loc->family;
      std::string slug = slug_of(loc->family);
      f.slug = "f" + std::to_string(faces_.size() + 1) + (slug.empty() ? "" : "-" + slug);
      f.css_family = "wz " + (slug.empty() ? f.slug : loc->family);
      faces_.push_back(std::move(f));
      idx = static_cast<int>(faces_.size() - 1);
    }
  }
  by_name_[name] = idx;
  return idx < 0 ? nullptr : &faces_[idx];
}

std::string FontSet::family(const std::string& name, Report& rep) {
  Face* f = face(name, rep);
  return f ? f->css_family : "";
}

void FontSet::use(const std::string& name, std::string_view text, bool vertical) {
  auto it = by_name_.find(name);
  if (it == by_name_.end() || it->second < 0) return;
  Face& f = faces_[it->second];
  size_t i = 0;
  while (i < text.size()) f.chars.insert(utf8::next(text, i));
  f.vertical = f.vertical || vertical;
}

std::vector<FontFile> FontSet::build(std::string& css, Report& rep) {
  std::vector<FontFile> files;
  for (Face& f : faces_) {
    if (f.chars.empty()) continue;
    Blob blob(hb_blob_create_from_file_or_fail(f.path.c_str()));
    if (!blob) {
      rep.warn("cannot read font " + f.path + ": not embedded");
      continue;
    }
    HbFace face(hb_face_create(blob.get(), f.index));
    if (fs_type(face.get()) & kFsTypeRestricted) {
      rep.warn("font " + f.path + " forbids embedding (OS/2 fsType): not embedded");
      continue;
    }
    Font font(hb_font_create(face.get()));
    std::string missing;
    Input in(hb_subset_input_create_or_fail());
    hb_set_t* uni = hb_subset_input_unicode_set(in.get());
    hb_set_add(uni, ' ');
    for (char32_t c : f.chars) {
      hb_codepoint_t g;
      if (!hb_font_get_nominal_glyph(font.get(), c, &g) && !utf8::is_space(c) &&
          missing.size() < 60)
        missing += utf8::encode(c);
      hb_set_add(uni, c);
    }
    if (!missing.empty())
      rep.warn("font " + f.family + " lacks " + missing + ": readers fall back to other fonts");
    drop_tables(in.get(), f.vertical);
    HbFace sub(hb_subset_or_fail(face.get(), in.get()));
    if (!sub) {
      rep.warn("hb-subset failed for " + f.path + ": not embedded");
      continue;
    }
    // The builder face serialises to a fresh single-face font (notes Q1).
    Blob out(hb_face_reference_blob(sub.get()));
    unsigned len = 0;
    const char* data = hb_blob_get_data(out.get(), &len);
    bool cff = len >= 4 && std::string_view(data, 4) == "OTTO";
    FontFile ff;
    ff.href = "fonts/" + f.slug + (cff ? ".otf" : ".ttf");
    ff.media_type = cff ? "font/otf" : "font/ttf";
    ff.bytes.assign(data, len);
    css += "@font-face {\n  font-family: " + css_string(f.css_family) +
           ";\n  font-style: normal;\n  font-weight: normal;\n  src: url(\"../" + ff.href +
           "\") format(\"" + (cff ? "opentype" : "truetype") + "\");\n}\n";
    files.push_back(std::move(ff));
  }
  return files;
}

}  // namespace wz::epub
