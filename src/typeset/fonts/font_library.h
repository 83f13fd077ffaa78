// typeset/fonts: the faces a document is set in.
// Consumes: family names or font files (a layout's fonts per role), the project's font
// folders, and characters to cover. Produces: Face handles (HarfBuzz fonts at upem scale,
// metrics, file and face index), per-character fallback faces, the list of characters no
// installed font has, and the pages::FontFace table the PDF writer embeds (same indices).
// Each face is opened once: the file is mmap'd into one hb_blob shared by all its faces,
// and shaped with HarfBuzz's own OpenType font functions (pdf-font-epub.md Q5), never
// FreeType, so shaped advances are exactly the font's hmtx/vmtx values.
#pragma once
#include <hb.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/hb_ptr.h"
#include "model/pages.h"

namespace wz::typeset {

struct Face {
  std::string path;                      // font file
  int index = 0;                         // face index inside a TTC (Noto Serif CJK SC = 2)
  std::string family;                    // what it was asked for / fontconfig's family
  std::string ps_name;                   // PostScript name (name ID 6), for /BaseFont
  int upem = 1000;                       // Noto CJK 1000, the Arphic Kai faces 1024
  int ascender = 880, descender = -120;  // font units, OS/2 typo (hhea if no OS/2)
  bool is_cff = false;                   // CFF outlines (FontFile3) vs glyf (FontFile2)
  HbFace face;                           // the face as in the file
  HbFont font;                           // horizontal shaping, hb-ot funcs, scale = upem
  HbFace vface;  // vertical: the face with the AAT mort/morx hidden (KaitiM GB garbles
  HbFont vfont;  // vertical text through mort, pdf-font-epub.md "Vertical"); lazily made

  hb_font_t* hb() const { return font.get(); }
};

class FontLibrary {
 public:
  // font_dirs are searched before fontconfig, e.g. {"<project>/fonts"}.
  explicit FontLibrary(std::vector<std::string> font_dirs);
  ~FontLibrary();
  FontLibrary(const FontLibrary&) = delete;
  FontLibrary& operator=(const FontLibrary&) = delete;

  // The face for a family name ("Noto Serif CJK SC") or a font file (a path, or a file
  // name in a font dir), opened on first use. Throws wz::Error naming the family and the
  // Debian package or fonts/ folder that would provide it when it is not installed.
  int face_for(const std::string& family_or_file);
  const Face& face(int id) const { return *faces_.at(id); }
  int face_count() const { return static_cast<int>(faces_.size()); }

  // The font used for vertical shaping of face `id` (mort hidden), made on first use.
  hb_font_t* vertical_font(int id);

  // True when the face maps c AND the glyph has an outline (some KaitiM GB / UKai cmap
  // entries point at empty glyphs). Spaces and default-ignorables only need the cmap; CFF
  // faces are trusted on the cmap (see has_glyph in the .cpp for why).
  bool has_glyph(int face, char32_t c) const;

  // A face that has c: `preferred` itself if it has it, else the declared fallback list
  // (kFallbackFamilies, in order, those installed), else fontconfig's best font whose
  // charset has c. -1 when no font has it (the caller boxes it and calls note_missing).
  int fallback_for(char32_t c, int preferred);

  // The face whose .notdef (gid 0) shows a character no font has: `preferred` when its
  // .notdef has an outline, else the first declared fallback face whose .notdef does
  // (KaitiM GB's .notdef is empty, so a missing character would vanish).
  int box_face(int preferred);

  void note_missing(char32_t c) { missing_.insert(c); }
  const std::set<char32_t>& missing() const { return missing_; }

  // For pages::Document::fonts: element i describes face i.
  std::vector<pages::FontFace> faces() const;

 private:
  int open(const std::string& path, int index, const std::string& family);
  int fontconfig_fallback(char32_t c);
  void open_fallbacks();
  bool notdef_visible(int id) const;

  std::vector<std::string> dirs_;
  std::vector<std::unique_ptr<Face>> faces_;
  std::map<std::pair<std::string, int>, int> by_loc_;  // (path, index) -> id
  std::map<std::string, int> by_name_;                 // what face_for was asked -> id
  std::unordered_map<char32_t, int> fallback_cache_;
  mutable std::vector<std::unordered_map<char32_t, bool>> coverage_;  // per face
  std::set<char32_t> missing_;
  bool fallbacks_opened_ = false;
  std::vector<int> fallbacks_;
};

// The declared per-character fallback list: the Noto CJK SC faces then the Kai faces.
extern const std::vector<std::string> kFallbackFamilies;

}  // namespace wz::typeset
