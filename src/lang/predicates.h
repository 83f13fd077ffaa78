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

// jieba's class of a word: a verb or adverb, a preposition or conjunction (把, 以, 和), a
// time or quantity (今年, 首批, 年内), or anything else (nouns, names, unknown words).
enum class WordClass { Other, Verb, Relation, Quantity };
WordClass word_class(std::string_view word);

// Is `word` one of jieba's verbs, adverbs, prepositions or conjunctions?
bool is_predicate_word(std::string_view word);

// Does `line` open with such a word, as friso segments its first characters?
bool opens_with_predicate(const WordSegmenter& words, std::string_view line);

// Does `line` open with a verb or adverb, after a time or quantity (年内完成…, 首批接待…,
// 年减排…) or right away but not before a noun it may modify (扫码即可…, but not 快递小哥…,
// 外卖骑手…)? A deck under a 主题 opens so: it has no subject of its own. (Prepositions
// open kickers: 在…里较真, 把…)
bool opens_with_bare_predicate(const WordSegmenter& words, std::string_view line);

// Does `line` open with a preposition or conjunction (为…, 向…, 与…)?
bool opens_with_relation(const WordSegmenter& words, std::string_view line);

// Does any word of `line` (as friso segments it) read as a verb or adverb in jieba? A line
// with none is a bare noun phrase (临霄至桐州城际铁路建设者): a subject, not a sentence.
bool has_verb(const WordSegmenter& words, std::string_view line);

}  // namespace wz::lang
