// lang/predicates: does a line open with a predicate (and so have no subject of its own)?
// Consumes a headline-group line and friso's words (lang/words.h). Produces a yes/no
// from jieba's part-of-speech tags (Debian's python3-jieba; the words tagged verb, adverb,
// preposition or conjunction, packed at build time by scripts/pospack.py and embedded).
// The gold convention for two display lines with no dash (../shared/gold/README.md): a
// line with a subject of its own is the 主题; a clause above it without one (打通…, 把…,
// 围绕…) is its 引题.
#pragma once
#include <string_view>

#include "lang/words.h"

namespace wz::lang {

// Is `word` one of jieba's verbs, adverbs, prepositions or conjunctions?
bool is_predicate_word(std::string_view word);

// Does `line` open with such a word, as friso segments its first characters?
bool opens_with_predicate(const WordSegmenter& words, std::string_view line);

}  // namespace wz::lang
