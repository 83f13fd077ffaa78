// epub/fonts: fonts embedded in the EPUB.
// Consumes: the font names of the layouts' roles (family names or files, located with
// base/fontfind.h) and the characters the book sets in each. Produces: one hb-subset
// font file per face (EPUB/fonts/*.otf for CFF, *.ttf for glyf), its @font-face rule and
// the CSS family name the layout CSS puts first. See notes/pdf-font-epub.md Q1: the
// single face of a TTC is subset (hb_face_create(blob, index)), never the collection.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "epub/xml.h"

namespace wz::fontfile {
class SubsetCache;
}

namespace wz::epub {

struct FontFile {
  std::string href;        // "fonts/f1-NotoSerifCJKSC.otf", relative to the OPF
  std::string media_type;  // font/otf | font/ttf
  std::string deflated;    // the file's raw deflate, made once with the PDF's (fontfile)
  std::uint64_t size = 0;  // the file's length and CRC-32
  std::uint32_t crc = 0;
};

class FontSet {
 public:
  FontSet(std::vector<std::string> font_dirs, bool embed)
      : dirs_(std::move(font_dirs)), embed_(embed) {}

  // The CSS family of the embedded face for a layout font name, or "" when the font is
  // not embedded (embedding off, font not found, or its licence forbids embedding).
  std::string family(const std::string& font_name, Report& rep);
  // Record that `text` is set in `font_name` (vertical: keep the vertical forms).
  void use(const std::string& font_name, std::string_view text, bool vertical);

  // Subset every used face, keeping the OpenType features a reader needs (GPOS, halt,
  // palt, kern, locl; vertical: vhal, vpal, vert, vrt2 and the vertical metrics). With
  // `shared`, a face's subset is shared with the other outputs of the build. Returns the
  // files; css receives the @font-face rules.
  std::vector<FontFile> build(std::string& css, Report& rep,
                              fontfile::SubsetCache* shared = nullptr);
  // What build() would subset, announced to `shared` (SubsetCache::expect) instead.
  void announce(fontfile::SubsetCache& shared, Report& rep);

 private:
  struct Face {
    std::string path, family, css_family, slug;
    int index = 0;
    std::vector<std::uint64_t> chars;  // a bit per code point set in it (empty: none)
    bool vertical = false;
  };
  Face* face(const std::string& font_name, Report& rep);
  struct Job;
  // A subset job per used face that may be embedded (warnings for those that may not).
  std::vector<Job> jobs(Report& rep);

  std::vector<std::string> dirs_;
  bool embed_;
  std::map<std::string, int> by_name_;  // font name -> index in faces_, -1 = not embedded
  std::vector<Face> faces_;
};

// A CSS string literal: "…" with \ and " escaped.
std::string css_string(std::string_view s);

}  // namespace wz::epub
