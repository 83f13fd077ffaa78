// typeset/shape/clreq: the Chinese layout rules the shaper applies, as data tables and
// small pure functions (W3C clreq, GB/T 15834; see /work/shared/typography.md).
// Consumes: code points, the house punctuation style, the prohibition level.
// Produces: character classes, line-start/line-end prohibition, the blank side of a
// full-width mark and how wide it is set, which adjacent pairs are compressed.
#pragma once
#include <cstdint>
#include <string>

#include "model/document.h"
#include "model/layout.h"
#include "typeset/linebreak/atoms.h"

namespace wz::typeset::clreq {

// Character classes for layout (clreq §3.1.1 punctuation kinds, §3.2 Han/Western).
enum class Cls : std::uint8_t {
  Han,         // ideographs, kana, bopomofo: one atom each, 1 em
  Wide,        // other full-width symbols (％, ＃, ideographic space): own atom, no ¼ em
  Latin,       // letters and digits of alphabetic scripts: joined into words
  LatinPunct,  // narrow punctuation and symbols (ASCII , . ( ) - / % ℃): joined into words
  Space,       // Latin spaces (U+0020, NBSP, U+2000..200A): the gap after a word
  Newline,     // \n, U+2028, U+2029: forced line break
  Extend,      // combining marks, variation selectors, ZWJ: stick to the character before
  Open,        // opening brackets and quotes “‘（《〈「『【〔［｛〖
  Close,       // closing brackets and quotes ”’）》〉」』】〕］｝〗
  Comma,       // pause / comma marks ，、；：
  Stop,        // sentence-end marks 。？！
  Interpunct,  // · ‧ ・
  Dash,        // — (U+2014) and ⸺ (U+2E3A); two U+2014 make the 2-em dash (§3.1.5)
  Ellipsis,    // … (U+2026) ⋯; two make the 2-em ellipsis (§3.1.5)
  Connector,   // short connectors – ～ 〜 ‐ (clreq §3.1.4 "connectors")
  Solidus,     // ／ (full width; ASCII / is LatinPunct)
};

Cls classify(char32_t c);

// Full-width Chinese punctuation (the classes clreq §3.1.2 adjusts).
bool is_cjk_mark(Cls k);
// Takes part in Chinese line breaking: Han, Wide and every CJK mark. A break between two
// units of which at least one is CJK follows clreq §3.1.4; between Western units, UAX #14.
bool is_cjk(Cls k);
// Two of these make one unsplittable 2-em unit (clreq §3.1.5: —— and ……).
inline bool pairs(Cls k) {
  return k == Cls::Dash || k == Cls::Ellipsis;
}

// Prohibition level (clreq §3.1.4 and typography.md's table).
// The layout parses it (model::Prohibition); the tables here apply it.
using Level = model::Prohibition;

// clreq §3.1.4: may a line start with a unit whose first character is c? `pair` = the unit
// is a 2-em dash or ellipsis (which only the strict level keeps off the line start).
bool may_not_start(char32_t c, bool pair, Level level);
// clreq §3.1.4: may a line end with a unit whose last character is c?
bool may_not_end(char32_t c, Level level);

// clreq §3.1.2: which half of a full-width mark's em is blank in Mainland (GB) fonts:
// ，。、；：！？ and closing brackets sit left (blank right); opening brackets sit right.
enum class Blank : std::uint8_t { None, Left, Right };
// `centred`: a Traditional edition's ，。、；：！？ sit in the middle of the em (Taiwan and
// Hong Kong usage, clreq §3.1.2): no blank half, so never halved nor compressed.
Blank blank_side(Cls k, bool centred = false);

// How a full-width mark is set under a house style (typography.md "House styles";
// clreq §3.1.6, GB/T 15834 §5.1.10). Widths in em of the mark's own size.
struct MarkSet {
  float natural = 1;  // width set; < 0 = keep the font's advance (plain)
  float shrink = 0;   // how much of the blank half justification may take
  ShrinkClass shrink_class = ShrinkClass::None;  // clreq §3.5 order
  float end_trim = 0;         // removed when the line ends at the mark (line-end half width)
  float start_trim = 0;       // removed when a line starts with it (opening bracket, §3.1.6.3)
  bool compressible = false;  // takes part in adjacent-mark compression (§3.1.6.2)
};
MarkSet mark_set(Cls k, model::PunctStyle style, bool centred = false);

// Width of an interpunct (· ‧ ・), in em: unadjustable, 1/2 em centred in GB practice
// (typography.md, clreq §3.1.2); < 0 = the font's advance (plain style).
float interpunct_width(model::PunctStyle style);

// clreq §3.1.6.2: of two adjacent full-width marks (2 em together, set as 1.5 em), which
// one loses its blank half: 1 = the first (its blank is on the right, against the second),
// 2 = the second (its blank is on the left), 0 = neither (their blanks face outward, so
// the pair has no blank between them; brackets stay tight against the text they enclose).
int compressed_member(Blank first, Blank second);

}  // namespace wz::typeset::clreq
