// lang/phrases: where a display line (headline, kicker, 副题) may break, and how well.
// Consumes a display line (UTF-8) and friso's words (lang/words.h). Produces, for every
// position between two characters, the quality of a line break there: at a phrase
// boundary (a space of a two-part title, after ，、：, before an opening quote, after a
// closing one, at a dash), at a word boundary, or inside a word (never, if avoidable).
// Neither breaks before a bound suffix that a segmenter gives as a word of its own
// (机床|厂, 职工|们: phrases.cpp kBoundSuffixes). One rule for both writers: the PDF's
// display-line breaker (typeset/page) and the EPUB's <wbr> marks (epub/content) read it
// from here.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lang/words.h"

namespace wz::lang {

enum class BreakQuality : std::uint8_t {
  Inside = 0,  // inside a word, a number with its unit, or a Latin word: never
  Word = 1,    // between two words: acceptable
  Phrase = 2,  // between phrases: where a typesetter breaks
};

// quality[o] for every byte offset o of `text` that starts a code point (o > 0): the
// quality of breaking right before that character (spaces before it belong to the line
// above). Offsets inside a code point, 0 and text.size() are Inside.
std::vector<BreakQuality> display_breaks(const WordSegmenter& words, std::string_view text);

// A short block of running text set apart from the body (a reading tip, a photo
// caption): justified, but like a display line never broken inside a word. The same
// qualities as display_breaks with every word boundary as good as a phrase boundary: the
// body breaker's spacing chooses among them (a break moved by a word spreads a line of
// 20-odd characters by at most 4 ems, under 0.2 em a gap: friso's words are <= 5 chars).
// Two segmenters vote (friso, and ICU's dictionary: lang/icu_words.h): a boundary both
// see is free; inside a word of one that the other splits finer (维权, 总工会) there is
// none; where the two cross (friso 厂工|会, ICU 厂|工会) either's boundary is only Word.
std::vector<BreakQuality> word_breaks(const WordSegmenter& words, std::string_view text);

// A byline or photo credit ("本报记者 彭冰 本报通讯员 徐阳", "本报记者 李润钊 摄"):
// Phrase at a space that follows a name, Inside everywhere else — a role word is never
// parted from the name after it (lang/roles.h), nor a credit's closing 摄/供图 from the
// name before it, a name never broken, and the space between names stays a space.
std::vector<BreakQuality> byline_breaks(std::string_view text);

// `text` with `mark` inserted at every phrase and word boundary (for the EPUB's <wbr>).
std::string with_break_marks(const WordSegmenter& words, std::string_view text,
                             std::string_view mark);

}  // namespace wz::lang
