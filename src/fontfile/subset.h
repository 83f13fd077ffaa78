// fontfile/subset: font files mapped once per process, and each face subset once per build
// for every output that embeds it (the PDF's font program and the EPUB's font file are two
// serialisations of one hb-subset result).
// Consumes: a font file path and face index, and what each output needs from the face —
// glyph ids (the PDF: the glyphs the pages use) and characters (the EPUB: the text a
// reader will shape, with the OpenType features a reader applies). Produces: the subset
// font (sfnt bytes), its old → new glyph map, and the serialisations the outputs embed.
// Stage rules: reads nothing of the model; typeset, pdf and epub may use it.
#pragma once
#include <hb.h>

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/hb_ptr.h"

namespace wz::fontfile {

// The bytes of a font file, mapped once per process and shared by every face, stage and
// thread (the mapping lives until exit). Throws wz::Error naming the path.
hb_blob_t* mapped(const std::string& path);

// The features a reader needs to set CJK text well (keep them in an EPUB's subset):
// punctuation compression (halt, palt; vertical: vhal, vpal — CSS text-spacing-trim),
// kerning (kern; vertical: vkrn), the Chinese forms of a multi-language face (locl) and
// vertical forms (vert, vrt2).
inline constexpr hb_tag_t kReaderFeatures[] = {
    HB_TAG('h', 'a', 'l', 't'), HB_TAG('p', 'a', 'l', 't'), HB_TAG('k', 'e', 'r', 'n'),
    HB_TAG('l', 'o', 'c', 'l')};
inline constexpr hb_tag_t kReaderVerticalFeatures[] = {
    HB_TAG('v', 'h', 'a', 'l'), HB_TAG('v', 'p', 'a', 'l'), HB_TAG('v', 'k', 'r', 'n'),
    HB_TAG('v', 'e', 'r', 't'), HB_TAG('v', 'r', 't', '2')};

// What one face must keep. Needs merge (union) when two outputs embed the same face.
struct Needs {
  std::set<std::uint32_t> glyphs;  // glyph ids to keep as they are (the PDF's shaped glyphs)
  std::set<char32_t> unicodes;     // characters: cmap entries and their layout closure
  bool reader_layout = false;      // keep GSUB/GPOS/GDEF with kReaderFeatures (an EPUB)
  bool vertical = false;           // with reader_layout: + vertical features and metrics
  void merge(const Needs& o);
};

// hb-subset flags by outline kind, one rule for every output: a CID-keyed CFF is
// desubroutinised (smaller after Flate, faster to subset: notes Q5); a name-keyed CFF keeps
// its glyph ids (the PDF addresses its glyphs by GID = CID).
unsigned subset_flags(bool cff, bool cid_keyed);
// The same, read from the face's `CFF ` table (none: a TrueType face).
unsigned subset_flags(hb_face_t* face);

// A subset font compressed once for both containers (fontfile/deflate.h deflate_font): the
// part a PDF embeds is compressed on its own, and the zip entry's raw deflate is the bytes
// before it, that same piece (made to go on: not_final), and the bytes after it.
struct Packed {
  std::string pdf_zlib;        // zlib stream of the PDF's part (CFF: the `CFF ` table;
                               // TrueType: the whole font)
  size_t pdf_len = 0;          // the part's uncompressed length
  std::string file_raw;        // raw deflate of the whole font file (a zip entry's data)
  std::uint32_t file_crc = 0;  // CRC-32 of the whole font file
  size_t file_len = 0;
};

class Subset {
 public:
  // Throws wz::Error naming `path` when hb-subset fails.
  Subset(hb_face_t* face, Needs needs, unsigned flags, const std::string& path);

  const Needs& needs() const { return needs_; }
  unsigned flags() const { return flags_; }
  std::string_view bytes() const;                  // the whole subset font
  std::uint32_t new_gid(std::uint32_t old) const;  // HB_MAP_VALUE_INVALID when not kept
  unsigned glyph_count() const { return glyphs_; }
  bool is_cff() const;
  std::string table(hb_tag_t tag) const;  // one table's bytes ("" when absent)
  double ms = 0;                          // hb-subset, CPU time of the thread that made it

  // The compressed forms, made by the first caller (thread-safe) and shared.
  const Packed& packed() const;

 private:
  mutable std::once_flag packed_once_;
  mutable Packed packed_;
  Needs needs_;
  unsigned flags_ = 0;
  HbBlob blob_;
  HbFace face_;  // the serialised subset re-opened (never the builder face: notes Q1)
  std::map<std::uint32_t, std::uint32_t> old2new_;
  unsigned glyphs_ = 0;
};

// One subset per face per build, shared by the outputs. An output that will embed a face
// later announces its needs first (expect); the first get() for a face makes the subset
// with every need announced so far, and later get()s whose needs it covers share it.
// Thread-safe: the PDF subsets its faces in parallel threads.
class SubsetCache {
 public:
  void expect(const std::string& path, int index, Needs needs);
  // The subset of the face covering `needs` (and everything expected of it). `flags` are
  // used when the subset is made here.
  std::shared_ptr<const Subset> get(const std::string& path, int index, const Needs& needs,
                                    unsigned flags);
  int made = 0, shared = 0;  // subsets made, and requests answered by an earlier one

 private:
  struct Entry {
    Needs expected;
    std::shared_ptr<const Subset> subset;
  };
  std::mutex mu_;
  std::map<std::pair<std::string, int>, std::unique_ptr<Entry>> entries_;
  std::map<std::pair<std::string, int>, std::unique_ptr<std::mutex>> locks_;
};

// True when `have` contains everything `want` asks for.
bool covers(const Needs& have, const Needs& want);

}  // namespace wz::fontfile
