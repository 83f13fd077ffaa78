#include "epub/fonts.h"

#include <hb-subset.h>
#include <hb.h>

#include <future>
#include <memory>

#include "base/error.h"
#include "base/fontfind.h"
#include "base/utf8.h"

#include "base/hb_ptr.h"
#include "fontfile/subset.h"

namespace wz::epub {
namespace {

constexpr char32_t kCodePoints = 0x110000;  // FontSet::Face::chars: a bit each

// The code points whose bits are set, in order.
std::vector<char32_t> code_points(const std::vector<std::uint64_t>& bits) {
  std::vector<char32_t> out;
  for (size_t w = 0; w < bits.size(); ++w)
    for (std::uint64_t b = bits[w]; b; b &= b - 1)
      out.push_back(static_cast<char32_t>(w * 64 + __builtin_ctzll(b)));
  return out;
}

using Blob = HbBlob;
using Font = HbFont;

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

// The face's subset (shared with the other outputs when `shared`), compressed.
std::shared_ptr<const fontfile::Subset> subset_and_pack(const std::string& path, int index,
                                                        const fontfile::Needs& needs,
                                                        unsigned flags,
                                                        fontfile::SubsetCache* shared) {
  std::shared_ptr<const fontfile::Subset> sub;
  if (shared) {
    sub = shared->get(path, index, needs, flags);
  } else {
    HbFace face(hb_face_create(fontfile::mapped(path), static_cast<unsigned>(index)));
    sub = std::make_shared<const fontfile::Subset>(face.get(), needs, flags, path);
  }
  sub->packed();  // compressed in this job's thread
  return sub;
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
  if (f.chars.empty() && !text.empty()) f.chars.assign(kCodePoints / 64, 0);
  while (i < text.size()) {
    const char32_t c = utf8::next(text, i);
    if (c < kCodePoints) f.chars[c / 64] |= std::uint64_t{1} << (c % 64);
  }
  f.vertical = f.vertical || vertical;
}

struct FontSet::Job {
  const Face* face;
  fontfile::Needs needs;
  unsigned flags;
  std::future<std::shared_ptr<const fontfile::Subset>> subset;
};

std::vector<FontSet::Job> FontSet::jobs(Report& rep) {
  std::vector<Job> jobs;
  for (Face& f : faces_) {
    if (f.chars.empty()) continue;
    hb_blob_t* blob = nullptr;
    try {
      blob = fontfile::mapped(f.path);
    } catch (const Error&) {
      rep.warn("cannot read font " + f.path + ": not embedded");
      continue;
    }
    HbFace face(hb_face_create(blob, f.index));
    if (fs_type(face.get()) & kFsTypeRestricted) {
      rep.warn("font " + f.path + " forbids embedding (OS/2 fsType): not embedded");
      continue;
    }
    Font font(hb_font_create(face.get()));
    std::string missing;
    fontfile::Needs needs;
    needs.unicodes.insert(' ');
    for (char32_t c : code_points(f.chars)) {
      hb_codepoint_t g;
      if (!hb_font_get_nominal_glyph(font.get(), c, &g) && !utf8::is_space(c) &&
          missing.size() < 60)
        missing += utf8::encode(c);
      needs.unicodes.insert(needs.unicodes.end(), c);
    }
    if (!missing.empty())
      rep.warn("font " + f.family + " lacks " + missing + ": readers fall back to other fonts");
    // What a reader needs to set the text well: punctuation compression, kerning, local
    // forms, and (set vertically) vertical forms and metrics (fontfile/subset.h).
    needs.reader_layout = true;
    needs.vertical = f.vertical;
    jobs.push_back({&f, std::move(needs), fontfile::subset_flags(face.get()), {}});
  }
  return jobs;
}

void FontSet::announce(fontfile::SubsetCache& shared, Report& rep) {
  for (Job& j : jobs(rep)) shared.expect(j.face->path, j.face->index, std::move(j.needs));
}

std::vector<FontFile> FontSet::build(std::string& css, Report& rep, fontfile::SubsetCache* shared) {
  std::vector<Job> jobs = this->jobs(rep);
  // The faces are subset and compressed side by side (each job touches only its face; the
  // shared cache locks); the files follow in face order.
  for (Job& j : jobs)
    j.subset = std::async(std::launch::async, [&j, shared] {
      return subset_and_pack(j.face->path, j.face->index, j.needs, j.flags, shared);
    });
  std::vector<FontFile> files;
  for (Job& j : jobs) {
    std::shared_ptr<const fontfile::Subset> sub;
    try {
      sub = j.subset.get();
    } catch (const Error& e) {
      rep.warn(std::string(e.what()) + ": not embedded");
      continue;
    }
    const bool cff = sub->is_cff();
    FontFile ff;
    ff.href = "fonts/" + j.face->slug + (cff ? ".otf" : ".ttf");
    ff.media_type = cff ? "font/otf" : "font/ttf";
    // Compressed once: the PDF embeds the same deflate pieces (fontfile::Packed).
    const fontfile::Packed& packed = sub->packed();
    ff.deflated = packed.file_raw;
    ff.size = packed.file_len;
    ff.crc = packed.file_crc;
    css += "@font-face {\n  font-family: " + css_string(j.face->css_family) +
           ";\n  font-style: normal;\n  font-weight: normal;\n  src: url(\"../" + ff.href +
           "\") format(\"" + (cff ? "opentype" : "truetype") + "\");\n}\n";
    files.push_back(std::move(ff));
  }
  return files;
}

}  // namespace wz::epub
