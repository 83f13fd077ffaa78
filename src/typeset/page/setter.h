// typeset/page/setter: one paragraph from styled text to positioned lines.
// Consumes: styled runs (text + face + size), a measure and alignment. Produces: lines of
// glyph runs positioned relative to the line's start and baseline. The driver reads like
// its steps: shape (once) → break lines → place each line → commit glyphs.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "lang/phrases.h"

#include "model/layout.h"
#include "model/pages.h"
#include "typeset/linebreak/linebreak.h"
#include "typeset/shape/shape.h"

namespace wz::typeset {

using model::Align;

struct ParaSpec {
  std::vector<StyledRun> runs;
  double measure = 0;  // pt
  // The measures of the paragraph's first lines, when they differ (the lines under a
  // picture in a vertical tier); the lines after them are set at `measure`.
  std::vector<double> first_measures;
  double indent = 0;  // first-line indent, pt
  Align align = Align::Justify;
  double em = 10.5;  // the paragraph's base size: scales the breaker's tolerances
  // A display line's break qualities (lang/phrases.h), one per byte of the runs' text:
  // no break inside a word, word boundaries cost kWordBreakPenalty, phrase boundaries
  // nothing. Empty: body text, broken by the clreq rules alone.
  std::vector<lang::BreakQuality> breaks;
  int looseness = 0;  // lines more (or fewer) than the best breaking (BreakOptions)
};

struct SetLine {
  std::vector<pages::GlyphRun> runs;  // x relative to the line start, y = 0 on the baseline
  double dx = 0;                      // offset of the line inside the measure (alignment)
  double width = 0, measure = 0, shrunk = 0, stretched = 0;
  double size = 0;  // largest font size on the line
  bool first = false, last = false, overfull = false;
  std::string text;
  std::uint32_t begin = 0;  // byte offset of `text` in the paragraph's text
  pages::Tag tag;           // article and block (typeset/page/tags); the role is set at emit
};

std::vector<SetLine> set_paragraph(const ParaSpec& p, FontLibrary& fonts, const ShapeOptions& so);

// Byte ranges of the paragraph text (the runs concatenated) whose runs carry a language of
// their own (StyledRun::lang), each with it: a glyph run never spans two languages.
struct LangRange {
  std::uint32_t begin = 0, end = 0;
  std::string lang;
};
using LangRanges = std::vector<LangRange>;
LangRanges lang_ranges(const std::vector<StyledRun>& runs);
// The language of the text at byte `b` (empty: the document's).
const std::string& lang_at(const LangRanges& ranges, std::uint32_t b);

// A display line's break qualities laid on its atoms: inside a word no break, at a word
// boundary a penalty (phrase boundaries are where a typesetter breaks).
void apply_display_breaks(const std::vector<lang::BreakQuality>& q,
                          const std::vector<std::pair<std::uint32_t, std::uint32_t>>& atom_text,
                          std::vector<Atom>& atoms);

}  // namespace wz::typeset
