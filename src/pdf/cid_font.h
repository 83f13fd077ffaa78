// pdf/cid_font: everything the writer knows about Type0/CID fonts, in one place.
// Consumes: a pages::FontFace and the glyphs the pages use from it (with their cluster
// text). Produces: content-stream codes and widths for the page writer, and the PDF
// objects — subset font program, FontDescriptor, CIDFont with W/W2, ToUnicode and the
// Type0 fonts (Identity-H for horizontal and rotated runs, Identity-V for vertical ones,
// both sharing one CIDFont) — added to a PoDoFo document.
//
// Code space (see notes/pdf-font-epub.md): content, W, W2 and ToUnicode all use one code
// per glyph. CID-keyed CFF (Noto CJK): code = CID of the original glyph (= its GID for
// Noto), program = the bare `CFF ` table of a renumbered hb-subset, FontFile3
// /CIDFontType0C. Name-keyed CFF: retain-gids subset, code = GID. TrueType: code =
// original GID, FontFile2 = the whole renumbered subset, /CIDToGIDMap stream.
// A CFF face that is set vertically is written as TrueType instead (pdf/glyf_font: its
// outlines turned quadratic, with vhea/vmtx), codes unchanged, because mupdf's text
// extraction sees a zero vertical advance for every glyph of a CFF program.
// Vertical origin: VORG when the font has one, else (w0/2, OS/2 typo ascender), so every
// glyph sits in its em box; the typesetter must shape with the same origin.
#pragma once
#include <hb.h>

#include <climits>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "base/hb_ptr.h"
#include "model/pages.h"

namespace PoDoFo {
class PdfDictionary;
class PdfMemDocument;
class PdfObject;
class PdfReference;
class PdfVecObjects;
}  // namespace PoDoFo

namespace wz::fontfile {
class Subset;
class SubsetCache;
}  // namespace wz::fontfile

namespace wz::pdf {

// Vertical metrics in glyph space (1/1000 em): W2's w1y (negative: down), vx, vy.
struct VMetric {
  double w1y = -1000, vx = 500, vy = 880;
  bool operator==(const VMetric&) const = default;
};

class CidFont {
 public:
  enum class Kind { CffCid, CffNamed, TrueType };

  // Opens the face (the file's blob is cached by path for the process). Throws wz::Error
  // naming the path when the file or face is missing or forbids embedding.
  explicit CidFont(const pages::FontFace& face);

  const pages::FontFace& face() const { return face_; }
  Kind kind() const { return kind_; }
  unsigned glyph_count() const { return glyphs_; }
  std::uint16_t code(std::uint32_t gid) const;
  double width(std::uint32_t gid) const;  // W entry, as written (kept for the glyphs used)
  VMetric vmetric(std::uint32_t gid) const;
  double ascent() const { return ascent_; }
  double descent() const { return descent_; }

  // Records a use of `gid` (throws wz::Error when the face has no such glyph). Conflicting
  // cluster texts for one glyph are reported into `warnings`; the first text is kept.
  void use(std::uint32_t gid, const std::string& text, pages::GlyphRun::Dir dir,
           std::vector<std::string>& warnings);
  // The text ToUnicode gives `gid`: the first cluster text it was used with (use()), or
  // null. One rule: pdf/structure reads it to know where /ActualText is needed.
  const std::string* text(std::uint32_t gid) const;
  // use() for glyph `g` of run `r`: a glyph already recorded with the same code point and
  // direction is skipped without building its text (a page sets the same few thousand
  // glyphs over and over). `scratch` holds the text when it is built.
  void use(const pages::GlyphRun& r, const pages::Glyph& g, std::string& scratch,
           std::vector<std::string>& warnings);
  bool used() const { return !gids_.empty(); }
  bool used_h() const { return used_h_; }
  bool used_v() const { return !vgids_.empty(); }
  // Whether the program is TrueType (FontFile2, CIDFontType2): TrueType faces, and CFF
  // faces used vertically (decided by build_program).
  bool truetype_program() const { return kind_ == Kind::TrueType || glyf_; }

  // Whether the program is an hb-subset of the face (else pdf/glyf_font builds it).
  bool subset_by_hb() const;
  // Subsets and compresses the font program; the subset comes from `shared` when given
  // (made once for every output that embeds the face: fontfile/subset.h). Touches only
  // this object and `shared` (which locks): safe for different fonts in parallel threads.
  void build_program(fontfile::SubsetCache* shared = nullptr);
  double ms_subset = 0;   // hb-subset, CPU time of the worker thread
  double ms_deflate = 0;  // Flate of the program (parallel pieces), wall time
  size_t program_bytes() const { return program_len_; }
  size_t program_flate_bytes() const { return program_z_.size(); }
  size_t glyphs_used() const { return gids_.size(); }

  std::string base_font() const;  // "ABCDEF+PostScriptName"

  // Adds the font objects to `doc`; `h`/`v` receive the Type0 references for Identity-H
  // and Identity-V (only those the pages use).
  void emit(PoDoFo::PdfMemDocument& doc, PoDoFo::PdfReference* h, PoDoFo::PdfReference* v) const;

 private:
  std::string tounicode_cmap() const;
  double advance(std::uint32_t gid) const;  // width() from the face
  // The hb-subset of the used glyphs, shared when `shared` has it (+ cid2gid_z_ for TrueType).
  std::shared_ptr<const fontfile::Subset> subset(fontfile::SubsetCache* shared);
  std::string glyf_program();  // pdf/glyf_font (+ cid2gid_z_)
  std::string subset_tag() const;
  // PDF objects (cid_font_pdf.cpp).
  PoDoFo::PdfObject* add_descriptor(PoDoFo::PdfVecObjects& objs) const;  // + font file
  void add_widths(PoDoFo::PdfDictionary& cidfont) const;
  void add_vertical_metrics(PoDoFo::PdfDictionary& cidfont) const;

  pages::FontFace face_;
  Kind kind_ = Kind::TrueType;
  HbFace hb_face_;
  HbFont hb_font_;
  unsigned glyphs_ = 0, upem_ = 1000;
  double scale_ = 1;                    // font units → 1/1000 em
  std::vector<std::uint16_t> gid2cid_;  // CFF CID-keyed fonts whose CID ≠ GID
  bool has_vorg_ = false;
  double ascent_ = 880, descent_ = -120, cap_height_ = 700, italic_ = 0;
  double bbox_[4] = {0, 0, 0, 0};
  int weight_ = 400;
  std::string ps_name_;

  std::set<std::uint32_t> gids_, vgids_;
  std::map<std::uint32_t, std::string> text_;  // gid → cluster text (ToUnicode)
  // By gid, a use() already recorded: its code point (pages::Glyph::text; kSeenNoText for
  // none) and above kSeenDirs its directions (1: horizontal or rotated, 2: vertical).
  static constexpr std::uint32_t kSeenText = 0x1FFFFF, kSeenNoText = kSeenText, kSeenDirs = 21;
  std::vector<std::uint32_t> seen_;
  // By gid, width() of each glyph used in hundredths (it is rounded to two places);
  // kNoWidth for the others.
  static constexpr std::int32_t kNoWidth = INT32_MIN;
  std::vector<std::int32_t> width_cents_;
  bool used_h_ = false;
  bool glyf_ = false;  // CFF outlines rewritten as a TrueType program (vertical use)

  std::string program_z_;    // Flate-compressed font program
  size_t program_len_ = 0;   // uncompressed length (/Length1 for FontFile2)
  std::string cid2gid_z_;    // TrueType /CIDToGIDMap stream, compressed
  std::string tounicode_z_;  // ToUnicode CMap, compressed
};

}  // namespace wz::pdf
