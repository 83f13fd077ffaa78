// Steps 4-7 of shape_paragraph: cut the text into units (future atoms), give them their
// glyphs, set punctuation widths by house style (clreq §3.1.2, §3.1.6) and the glue
// between units (clreq §3.2 Han–Latin spacing, Latin word spaces, §3.5 adjustability).
#include <algorithm>
#include <string_view>

#include "typeset/shape/steps.h"

namespace wz::typeset::detail {
namespace {

using clreq::Cls;

// A character that marks a full-width mark: its advance is at least this share of an em
// (proportional quotes or dots from a Latin font are left as the font draws them).
constexpr float kFullWidthShare = 0.9f;
// Han–Latin spacing, clreq §3.2.2: ¼ em natural, may shrink to ⅛ em (§3.5 class 6). It is
// the second stretch class, but only by 1/16 em: the breaker takes it before spreading the
// rest over all gaps, and a gap much over 5/16 em reads as a word space (typo-audit wants
// the median Han–Latin gap in 0.18–0.30 em).
constexpr float kHanLatin = 0.25f, kHanLatinShrink = 0.125f, kHanLatinStretch = 0.0625f;
// Latin word space, clreq §3.5: may shrink to ¼ em and stretch to ½ em.
constexpr float kSpaceMin = 0.25f, kSpaceMax = 0.5f;
// Inter-character glue, clreq §3.5 stretch class 3. The breaker spreads class 3 equally
// over the gaps it counts and applies its own tolerance (lb::kInterCharMaxStretchEm, ¼ em);
// this amount is the same figure, for consumers that read Atom::stretch directly.
constexpr float kInterCharStretch = 0.25f;
// A deliberate space between Chinese units: ½ em, and it never stretches: the space
// already separates, and a justified line that opened it further would read loose (the
// names of a dateline's byline, "记者刘旭 通讯员陈阳"; makeup-audit counts a Han–Han gap
// over ½ em on an inner line as loose). A hair under ½ em: at ½ em exactly, coordinates
// rounded in the PDF read a hundredth over it.
constexpr float kDeliberateSpace = 0.48f;

bool is_word(Cls k) {
  return k == Cls::Latin || k == Cls::LatinPunct;
}

// clreq §3.2.2: the ¼ em goes between Han and a Latin letter, digit or unit symbol, but not
// against Western punctuation that already separates (brackets, quotes, stops), nor after
// a hyphen or slash that joins a token to the Han after it (1-丁烯, 3/4圈), nor on either
// side of a plus (5G+工业: the same space on both sides, none).
bool latin_edge_takes_space(Cls k, char32_t c) {
  static constexpr std::u32string_view kNoSpace = U"()[]{}<>,.;:!?\"'`-/+";
  return k == Cls::Latin || (k == Cls::LatinPunct && kNoSpace.find(c) == kNoSpace.npos);
}

// In vertical text only a turned Latin word is spaced; upright letters and 纵中横 numbers
// sit in cells like Han characters (clreq §3.2.3).
bool spaced(Orient o) {
  return o == Orient::Line || o == Orient::Rotated;
}

bool han_latin_boundary(const Unit& a, const Unit& b) {
  return (a.last == Cls::Han && spaced(b.orient) && latin_edge_takes_space(b.first, b.first_c)) ||
         (spaced(a.orient) && latin_edge_takes_space(a.last, a.last_c) && b.first == Cls::Han);
}

// clreq §3.5 stretch class 3: "never inside ——/……, nor around connectors and solidi".
bool rigid(const Unit& u) {
  return u.pair || u.first == Cls::Connector || u.first == Cls::Solidus || u.last_c == '/' ||
         u.first == Cls::Dash || u.first == Cls::Ellipsis;
}

// Marks stay against the text they belong to: justification space never goes before a
// closing bracket, quote, pause or stop mark, nor after an opening one (clreq §3.1.6:
// brackets stay tight against what they enclose; a comma belongs to the word before it).
bool tight(const Unit& a, const Unit& b) {
  return b.first == Cls::Close || b.first == Cls::Comma || b.first == Cls::Stop ||
         a.last == Cls::Open;
}

Unit start_unit(const Char& ch) {
  Unit u;
  u.begin = ch.byte;
  u.end = u.space_begin = ch.byte + ch.len;
  u.first_c = u.last_c = ch.c;
  u.first = u.last = ch.cls;
  u.nchars = 1;
  u.em = ch.size;
  u.orient = ch.orient;
  return u;
}

void add_to(Unit& u, const Char& ch) {
  u.end = u.space_begin = ch.byte + ch.len;
  ++u.nchars;
  if (ch.cls == Cls::Extend) return;  // edges stay the base characters
  u.last_c = ch.c;
  u.last = ch.cls;
}

void add_space(Unit& u, const Char& ch) {
  u.end = ch.byte + ch.len;
  u.nbsp = u.nbsp || ch.c == 0xA0 || ch.c == 0x202F;
  u.newline = u.newline || ch.cls == Cls::Newline;
}

// Shift a glyph back along the line (toward the line start) by d pt.
void shift_back(ShapedGlyph& g, float d) {
  if (g.orient == Orient::Upright)  // vertical metrics: y up is back up the column
    g.y_offset += d;
  else
    g.x_offset -= d;
}

// Remove half an em from a full mark (clreq §3.1.6.2 compression).
void halve(Unit& u, ShapedGlyph& g) {
  float d = 0.5f * u.em;
  g.advance -= d;
  if (u.blank == clreq::Blank::Left) shift_back(g, d);
  u.atom.width -= d;
  u.atom.shrink = 0;
  u.atom.shrink_class = ShrinkClass::None;
  u.atom.end_trim = u.atom.start_trim = 0;
  u.full = false;
}

// An interpunct is set centred in a fixed width (clreq::interpunct_width).
void set_interpunct(Unit& u, std::vector<ShapedGlyph>& glyphs, model::PunctStyle style) {
  float w = clreq::interpunct_width(style);
  if (w < 0) return;
  ShapedGlyph& g = glyphs[u.atom.first_glyph];
  float d = g.advance - w * u.em;  // > 0: narrower; < 0: padded
  g.advance -= d;
  u.atom.width -= d;
  shift_back(g, d / 2);
}

// The glue after unit a, followed by b.
void set_gap(Unit& a, const Unit& b, bool has_space) {
  Atom& at = a.atom;
  if (han_latin_boundary(a, b)) {  // clreq §3.2.2, whether or not the source had a space
    float em = a.last == Cls::Han ? a.em : b.em;
    at.gap = kHanLatin * em;
    at.shrink = kHanLatinShrink * em;  // a Han or Latin unit has no shrink of its own
    at.shrink_class = ShrinkClass::HanLatin;
    at.stretch = kHanLatinStretch * em;
    at.stretch_class = StretchClass::HanLatin;
  } else if (has_space && is_word(a.last) && is_word(b.first)) {
    at.gap = a.space;  // a Latin word space (clreq §3.5 shrink class 2, stretch class 1)
    at.shrink = std::max(0.f, a.space - kSpaceMin * a.em);
    at.shrink_class = at.shrink > 0 ? ShrinkClass::LatinSpace : ShrinkClass::None;
    at.stretch = std::max(0.f, kSpaceMax * a.em - a.space);
    at.stretch_class = StretchClass::LatinSpace;
  } else if (!rigid(a) && !rigid(b) && !tight(a, b)) {
    // Between Chinese units. Ingest removes the stray spaces of extraction, so a space
    // still here is deliberate (a two-part headline "聚焦重点 集思广益", names in a
    // byline): half an em, unless a mark's own blank already separates the two.
    bool deliberate = has_space && a.last != Cls::Comma && a.last != Cls::Stop;
    at.gap = deliberate ? kDeliberateSpace * a.em : 0;
    if (deliberate) return;
    at.stretch = kInterCharStretch * a.em;
    at.stretch_class = StretchClass::InterChar;
  }
}

}  // namespace

std::vector<Unit> segment(const std::vector<Char>& chars) {
  std::vector<Unit> units;
  units.reserve(chars.size());
  for (const Char& ch : chars) {
    Unit* u = units.empty() ? nullptr : &units.back();
    bool open = u && u->space_begin == u->end && !u->newline;  // no space after it yet
    if (ch.cls == Cls::Space || ch.cls == Cls::Newline) {
      if (!u) {
        units.push_back(start_unit(ch));  // a leading space: an empty unit with a gap
        units.back().first = units.back().last = Cls::Space;
        units.back().space_begin = ch.byte;
        units.back().nchars = 0;
        u = &units.back();
      }
      add_space(*u, ch);
    } else if (open && (ch.cls == Cls::Extend || (is_word(ch.cls) && is_word(u->last)))) {
      add_to(*u, ch);  // Latin words and digit runs never split (clreq §3.2)
    } else if (open && clreq::pairs(ch.cls) && u->nchars == 1 && !u->pair && u->first == ch.cls &&
               ch.c != 0x2E3A && u->first_c != 0x2E3A) {
      add_to(*u, ch);  // —— and …… are one 2-em unit (clreq §3.1.5)
      u->pair = true;
    } else {
      units.push_back(start_unit(ch));
      units.back().pair = ch.c == 0x2E3A;  // ⸺ is the 2-em dash in one character
    }
  }
  return units;
}

void attach_glyphs(std::vector<Unit>& units, const std::vector<ShapedGlyph>& glyphs) {
  std::uint32_t g = 0;
  const auto n = static_cast<std::uint32_t>(glyphs.size());
  for (Unit& u : units) {
    u.atom.first_glyph = g;
    for (; g < n && glyphs[g].cluster < u.end; ++g) {
      if (glyphs[g].cluster < u.space_begin)
        u.atom.width += glyphs[g].advance;
      else
        u.space += glyphs[g].advance;
    }
    u.atom.glyph_count = g - u.atom.first_glyph;
    u.atom.is_mark = clreq::is_cjk_mark(u.first);
  }
}

void set_mark_widths(std::vector<Unit>& units, std::vector<ShapedGlyph>& glyphs,
                     model::PunctStyle style, bool centred) {
  for (Unit& u : units) {
    if (u.first == Cls::Interpunct && u.atom.glyph_count == 1) set_interpunct(u, glyphs, style);
    if (u.nchars == 0 || u.atom.glyph_count == 0 ||
        clreq::blank_side(u.first, centred) == clreq::Blank::None)
      continue;
    ShapedGlyph& g = glyphs[u.atom.first_glyph];
    if (g.advance < kFullWidthShare * u.em) continue;  // a proportional mark: leave it
    clreq::MarkSet m = clreq::mark_set(u.first, style, centred);
    u.blank = clreq::blank_side(u.first, centred);
    if (m.natural >= 0) {
      float d = g.advance - m.natural * u.em;  // remove the blank half (or nothing)
      g.advance -= d;
      u.atom.width -= d;
      if (u.blank == clreq::Blank::Left) shift_back(g, d);
    }
    u.atom.shrink = m.shrink * u.em;
    u.atom.shrink_class = m.shrink_class;
    u.atom.shrink_left = u.blank == clreq::Blank::Left;
    u.atom.end_trim = m.end_trim * u.em;
    u.atom.start_trim = m.start_trim * u.em;
    u.full = m.compressible;
  }
  // clreq §3.1.6.2: two adjacent full marks (2 em) are set in 1.5 em.
  for (size_t i = 0; i + 1 < units.size(); ++i) {
    Unit& a = units[i];
    Unit& b = units[i + 1];
    // A space between two marks is a stray one (set_gaps gives it no width): compress anyway.
    if (!a.full || !b.full || a.newline) continue;
    int which = clreq::compressed_member(a.blank, b.blank);
    if (which == 1) halve(a, glyphs[a.atom.first_glyph]);
    if (which == 2) halve(b, glyphs[b.atom.first_glyph]);
  }
}

// 纵中横: the number takes one cell of the column, whatever its glyphs' width across it.
void set_cells(std::vector<Unit>& units) {
  for (Unit& u : units)
    if (u.orient == Orient::Tcy) u.atom.width = u.em;
}

void set_gaps(std::vector<Unit>& units, std::vector<ShapedGlyph>& glyphs) {
  for (size_t i = 0; i < units.size(); ++i) {
    Unit& a = units[i];
    const Atom& at = a.atom;
    const Unit* b = i + 1 < units.size() ? &units[i + 1] : nullptr;
    bool has_space = a.space_begin != a.end;
    if (b && !a.newline) set_gap(a, *b, has_space);
    // The space glyphs inside the unit carry exactly the gap (nothing at a line end).
    float left = at.gap;
    for (auto g = at.first_glyph; g < at.first_glyph + at.glyph_count; ++g)
      if (glyphs[g].cluster >= a.space_begin) {
        glyphs[g].advance = left;
        left = 0;
      }
  }
}

}  // namespace wz::typeset::detail
