// typeset/linebreak/atoms: what the shaper hands the line breaker.
// A shaped paragraph becomes a sequence of Atoms: units that never split (a Han
// character, a punctuation mark, a Latin word, a digit run, a 2-em dash pair), each with
// its natural width, the glue after it, and how much each may shrink or stretch, tagged
// with the clreq §3.5 priority class. The breaker works on these numbers only, never on
// text or fonts (tests use a fake fixed-width measurer). Units: points.
#pragma once
#include <cstdint>
#include <vector>

namespace wz::typeset {

// clreq §3.5 shrink order: a class is used only when all earlier ones are exhausted.
enum class ShrinkClass : std::uint8_t {
  None = 0,
  LatinSpace = 2,   // 2. Latin word spaces down to 1/4 em
  Interpunct = 3,   // 3. interpuncts
  Bracket = 4,      // 4. brackets (before opening, after closing) to 1/2 em
  Comma = 5,        // 5. ，、； to 1/2 em
  HanLatin = 6,     // 6. Han–Latin space to 1/8 em
  Stop = 7,         // 7. 。？！ to 1/2 em
};
// (class 1, the line-end mark set half width, is Atom::end_trim: it applies whenever the
// line ends at the atom, before any shrinking.)

// clreq §3.5 stretch order.
enum class StretchClass : std::uint8_t {
  None = 0,
  LatinSpace = 1,  // 1. Latin word spaces up to 1/2 em
  HanLatin = 2,    // 2. Han–Latin space
  InterChar = 3,   // 3. all remaining inter-character gaps equally
};

enum class Break : std::uint8_t {
  Forbidden,  // no break after this atom (inside a word, clreq prohibition)
  Allowed,    // break allowed, with Atom::penalty
  Mandatory,  // forced break (end of paragraph, explicit line break)
};

struct Atom {
  float width = 0;  // natural advance of the atom's glyphs, after punctuation-width
                    // adjustment (adjacent marks already compressed, clreq §3.1.6.2)
  float gap = 0;    // natural glue after the atom (Han–Latin ¼ em, word space); dropped
                    // when the line breaks after this atom

  // Adjustability. Shrink may take from the atom's own blank half (a mark) or its gap.
  float shrink = 0;
  ShrinkClass shrink_class = ShrinkClass::None;
  bool shrink_left = false;  // the blank is on the left (opening brackets): the glyph
                             // moves left by the amount shrunk
  float stretch = 0;         // how far the glue after may grow (0 = fixed)
  StretchClass stretch_class = StretchClass::None;

  // Line edges (GB/T 15834 §5.1.10, clreq §3.1.6.3).
  float end_trim = 0;    // width removed when the line ends with this atom
  float start_trim = 0;  // width removed (from the left) when a line starts with it

  Break brk = Break::Allowed;  // break after this atom?
  float penalty = 0;           // cost of breaking here when Allowed (>0 discourages)

  bool is_mark = false;  // punctuation: does not count as a character for 孤字
  std::uint32_t first_glyph = 0, glyph_count = 0;  // into the shaped paragraph's glyphs
};

// Where each line of a paragraph runs and how it was adjusted.
struct Line {
  std::uint32_t begin = 0, end = 0;  // atoms [begin, end)
  float natural = 0;                 // natural width with edge trims applied
  float target = 0;                  // the measure it was set to
  bool last = false;                 // last line of the paragraph (not justified)
  float badness = 0;
};

// A line placed: the x offset of every atom of the line, relative to the line start.
struct PlacedLine {
  std::vector<float> atom_x;  // one per atom in [begin, end): where its glyphs start
                              // (already including a left trim / left shrink shift)
  float width = 0;            // width actually set (== target unless last or overfull)
  float shrunk = 0, stretched = 0;  // totals, for dumps and audits
  bool overfull = false;
};

}  // namespace wz::typeset
