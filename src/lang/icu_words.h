// lang/icu_words: Chinese words by ICU's dictionary word break (its CJK dictionary), a
// second opinion beside friso's (lang/words.h) for where running text in a box may break.
// Consumes a UTF-8 text. Produces ICU's word tokens as byte ranges that partition it.
// ICU splits some common words friso keeps (维|权, 两|级) and keeps some friso splits
// (江城市机床厂工会: friso 机床|厂工|会, ICU 机床|厂|工会): lang/phrases.h breaks a
// reading tip or caption only where both see a boundary.
#pragma once
#include <string_view>
#include <vector>

#include "lang/words.h"

namespace wz::lang {

std::vector<WordSegmenter::Token> icu_words(std::string_view text);

}  // namespace wz::lang
