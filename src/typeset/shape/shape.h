// typeset/shape: styled paragraph text -> shaped glyphs + the atoms the line breaker takes.
// Consumes: runs of UTF-8 text, each with a face (FontLibrary id) and size chosen by the
// page builder; the house punctuation style and prohibition level. Produces: a
// ShapedParagraph: glyphs in logical order (HarfBuzz, clusters kept for ToUnicode), with
// clreq punctuation widths already applied to their advances, and one Atom per
// unsplittable unit (atoms.h): a Han character, a mark, a Latin word (with the space
// after it as its gap), a digit run, a 2-em dash or ellipsis pair.
//
// Geometry of a ShapedGlyph, in pt: `advance` is along the line (horizontal: x; vertical:
// down the column). x_offset / y_offset are HarfBuzz's offsets (y up) scaled to pt; a mark
// whose blank left half was removed (compressed opening bracket) is shifted back along the
// line by the removed amount through them. An atom's `width` is the sum of its glyphs'
// advances, except that a trailing Latin space glyph inside the atom is its `gap` (the
// page builder may draw it or not; it exists so the text extracts with the space).
//
// Vertical text (ShapeOptions::vertical, typography.md "Vertical text"): each glyph says
// how it is set (Orient). Han and marks are shaped top to bottom (HarfBuzz applies `vert`;
// brackets, dashes and quotes of a face without vertical forms are shaped as the Unicode
// presentation forms, or turned); Latin words are shaped horizontally and turned 90°
// clockwise, their advances running down the column; a 2–3 digit number is shaped
// horizontally for one cell (纵中横): its atom is 1 em long down the column while its
// glyphs' advances run across the column.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/document.h"
#include "model/layout.h"
#include "typeset/fonts/font_library.h"
#include "typeset/linebreak/atoms.h"

namespace wz::typeset {

struct StyledRun {
  std::string text;    // UTF-8
  int face = 0;        // FontLibrary id
  float size = 10.5f;  // pt
  bool bold = false;   // synthetic bold, drawn by the page builder; shaping ignores it
  std::string lang;    // model::Span::lang, passed on to the glyph runs; shaping ignores it
};

// How a glyph is set relative to the line.
enum class Orient : std::uint8_t {
  Line,     // horizontal text
  Upright,  // vertical text: upright in the column (vertical metrics, Identity-V)
  Rotated,  // vertical text: a horizontal glyph turned 90° clockwise (Latin words; brackets
            // and dashes of a face without vertical forms)
  Tcy,      // vertical text: 纵中横, a horizontal run set across the column in one cell
};

struct ShapedGlyph {
  std::uint32_t gid = 0;  // glyph id in `face` (0 = .notdef box: a character no font has)
  int face = 0;
  float size = 0;                                 // pt
  float advance = 0, x_offset = 0, y_offset = 0;  // pt, see above
  std::uint32_t cluster = 0;  // byte offset into ShapedParagraph::text of its cluster
  Orient orient = Orient::Line;
};

struct ShapedParagraph {
  std::string text;                 // concatenated run text (UTF-8)
  std::vector<ShapedGlyph> glyphs;  // logical order
  std::vector<Atom> atoms;          // first_glyph / glyph_count index `glyphs`
  std::vector<std::pair<std::uint32_t, std::uint32_t>> atom_text;  // [begin, end) bytes
};

struct ShapeOptions {
  model::PunctStyle punct = model::PunctStyle::Quanjiao;    // house style
  model::Prohibition prohibition = model::Prohibition::GB;  // clreq §3.1.4
  bool vertical = false;  // TTB shaping (vertical forms); widths are then heights
  model::Variant variant = model::Variant::Hans;  // shaping language; centred marks if Traditional
};

// The last atom's brk is Mandatory; a newline in the text forces a break after the atom
// before it. Throws wz::Error for invalid UTF-8. A
// character no installed font has is shaped as the run face's .notdef box and recorded
// in fonts.missing().
ShapedParagraph shape_paragraph(const std::vector<StyledRun>& runs, FontLibrary& fonts,
                                const ShapeOptions& opt);

}  // namespace wz::typeset
