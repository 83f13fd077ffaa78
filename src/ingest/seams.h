// ingest/seams: the word friso finds across a column seam.
// Consumes the end of one block and the start of another (UTF-8) and friso's words
// (lang/words.h). Produces the length of the word that spans the seam, if any.
#pragma once
#include <string>
#include <string_view>

#include "lang/words.h"

namespace wz::ingest {

using lang::head_chars;
using lang::kMaxWordChars;
using lang::tail_chars;
using lang::WordSegmenter;

// The word friso finds across the seam of `left` + `right` (only Han characters count),
// in code points, or 0 when the seam falls between two words. Looks at most
// kSeamWindow characters on each side.
inline constexpr int kSeamWindow = 4;
// `after`, when given, gets the word's characters after the seam.
int word_across_seam(const WordSegmenter& w, std::string_view left, std::string_view right,
                     std::string* after = nullptr);

// Both halves of the seam are single characters when each side is segmented alone (有力的|措
// + 施|推动): the halves of one word, not two words that happen to make a third (地方 + 将).
bool seam_halves_bound(const WordSegmenter& w, std::string_view left, std::string_view right);

// A figure cut across the seam: digits on both sides (15|00万元), or a numeral and the
// order or approximation that goes on with it (三十|余年, 12|万吨), or a date's unit (11月20|日
// 电). friso reads no word there.
bool figure_across_seam(std::string_view left, std::string_view right);

// A speaker's name cut across the seam, its label's 答：/问： on the line below
// (…主任医师刘 / 永强答：甲状腺结节…): one label, whatever words stand above it.
bool speaker_across_seam(std::string_view left, std::string_view right);

}  // namespace wz::ingest
