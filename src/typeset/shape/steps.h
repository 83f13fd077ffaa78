// typeset/shape/steps: the steps shape_paragraph() runs, in order (internal header).
// decode_runs -> assign_faces -> orient_chars -> itemize -> shape_items -> segment ->
// attach_glyphs -> set_mark_widths -> set_cells -> set_gaps -> set_breaks -> emit. Each step reads
// what the earlier ones left in the per-character table (Char), the glyphs, and the units (future
// atoms).
#pragma once
#include <hb.h>

#include <string>
#include <vector>

#include "typeset/shape/clreq.h"
#include "typeset/shape/shape.h"

namespace wz::typeset::detail {

struct Char {
  std::uint32_t byte = 0, len = 0;  // in ShapedParagraph::text
  char32_t c = 0;
  clreq::Cls cls = clreq::Cls::Han;
  int face = 0;                  // after fallback
  float size = 0;                // pt
  bool missing = false;          // no installed font has it: boxed
  Orient orient = Orient::Line;  // how it is set (vertical text: orient_chars)
  char32_t shape_as = 0;         // vertical: the presentation form shaped in its place
};

// A shaping item: consecutive characters with one face, size and script.
struct Item {
  std::uint32_t begin = 0, end = 0;  // bytes
  int face = 0;
  float size = 0;
  hb_script_t script = HB_SCRIPT_HAN;
  Orient orient = Orient::Line;
};

// One future atom: the unit's characters, its edge classes and the atom being filled in.
struct Unit {
  std::uint32_t begin = 0, end = 0;  // bytes, including trailing spaces
  std::uint32_t space_begin = 0;     // first byte of the trailing spaces (== end if none)
  char32_t first_c = 0, last_c = 0;  // first / last character before the spaces
  clreq::Cls first = clreq::Cls::Han, last = clreq::Cls::Han;
  int nchars = 0;        // characters before the spaces (extends included)
  bool pair = false;     // 2-em dash / ellipsis (clreq §3.1.5)
  bool nbsp = false;     // the trailing space is a no-break space
  bool newline = false;  // a newline follows: forced break
  float em = 0;          // size of the unit's first character, pt
  float space = 0;       // natural width of the trailing space glyphs
  clreq::Blank blank = clreq::Blank::None;
  bool full = false;             // a full-width mark still set 1 em (may be compressed)
  Orient orient = Orient::Line;  // of its first character
  Atom atom;
};

std::vector<Char> decode_runs(const std::vector<StyledRun>& runs, std::string& text);
void assign_faces(std::vector<Char>& chars, FontLibrary& fonts);
void orient_chars(std::vector<Char>& chars, FontLibrary& fonts, bool vertical);
std::vector<Item> itemize(const std::vector<Char>& chars);
// The feature a 纵中横 number of this many (ASCII) digits is shaped with: `hwid` for two,
// `twid` for three (the face's third-width digits, one cell for the three).
const hb_feature_t* tcy_feature(size_t digits);
// `variant`: the language HarfBuzz shapes in (the font's locl forms: zh-Hans, zh-Hant, …).
std::vector<ShapedGlyph> shape_items(const std::string& text, const std::vector<Item>& items,
                                     const std::vector<Char>& chars, FontLibrary& fonts,
                                     model::Variant variant = model::Variant::Hans);
std::vector<Unit> segment(const std::vector<Char>& chars);
void attach_glyphs(std::vector<Unit>& units, const std::vector<ShapedGlyph>& glyphs);
void set_mark_widths(std::vector<Unit>& units, std::vector<ShapedGlyph>& glyphs,
                     model::PunctStyle style, bool centred = false);
void set_cells(std::vector<Unit>& units);
void set_gaps(std::vector<Unit>& units, std::vector<ShapedGlyph>& glyphs);
void set_breaks(std::vector<Unit>& units, const std::string& text, clreq::Level level);
void emit(const std::vector<Unit>& units, ShapedParagraph& out);

}  // namespace wz::typeset::detail
