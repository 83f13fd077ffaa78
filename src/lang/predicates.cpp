#include "lang/predicates.h"

#include <algorithm>
#include <vector>

#include "base/utf8.h"

// The sorted word list, embedded by the build (CMake wz_embed, scripts/pospack.py).
extern "C" const char wz_predicates_begin[];
extern "C" const char wz_predicates_end[];

namespace wz::lang {

namespace {

// How many characters of a line friso reads to find its first words (jieba's words have
// at most 4; a time or quantity may come first).
constexpr int kOpeningChars = 8;

// The embedded table: "word<TAB>class" lines sorted by the word's bytes (pospack.py).
std::string_view table() {
  return std::string_view(wz_predicates_begin,
                          static_cast<size_t>(wz_predicates_end - wz_predicates_begin));
}

WordClass class_letter(char c) {
  return c == 'V' ? WordClass::Verb : c == 'R' ? WordClass::Relation : WordClass::Quantity;
}

// The words friso reads at the start of `line` (Han text only; a Latin or digit run is one
// token of class Quantity).
std::vector<std::string> opening_words(const WordSegmenter& words, std::string_view line) {
  std::string head = head_chars(line, kOpeningChars);
  std::vector<std::string> out;
  for (const auto& t : words.tokens(head)) out.push_back(head.substr(t.begin, t.end - t.begin));
  return out;
}

// A one-character word beside a lone character of no class is a piece of a name friso
// does not know (临|霄 is a place, not 临 "to face"): it is no verb. (稳|中|有|增: 增 is.)
bool is_name_piece(const std::vector<std::string>& w, size_t k) {
  auto lone = [&](size_t j) {  // a lone character of no class: a piece of an unknown name
    return j < w.size() && utf8::length(w[j]) == 1 && word_class(w[j]) == WordClass::Other;
  };
  return utf8::length(w[k]) == 1 && (lone(k + 1) || (k > 0 && lone(k - 1)));
}

// friso's lexicon holds set phrases of a verb and its object (召开会议, 开会讨论) that the
// part-of-speech table (jieba's words) does not: four characters, not in the table, whose
// first two are a verb.
bool is_verb_object_phrase(const std::string& w) {
  if (utf8::length(w) != 4 || word_class(w) != WordClass::Other) return false;
  size_t i = 0;
  utf8::next(w, i);
  utf8::next(w, i);
  return word_class(w.substr(0, i)) == WordClass::Verb;
}

// A two-character place name friso does not know, then its suffix (临湍市, 临霄县): the
// first character is no verb (临 "to face") but the place's.
bool opens_with_place_name(std::string_view head) {
  constexpr std::u32string_view kPlaceSuffixes = U"市县省区镇乡村州";
  std::u32string u = utf8::decode(head);
  return u.size() >= 3 && kPlaceSuffixes.find(u[2]) != std::u32string_view::npos;
}

WordClass class_of_token(const std::string& w) {
  size_t i = 0;
  char32_t c = w.empty() ? 0 : utf8::next(w, i);
  if (c >= '0' && c <= '9') return WordClass::Quantity;
  return word_class(w);
}

}  // namespace

WordClass word_class(std::string_view word) {
  // A binary search over the lines of the table as it is embedded: nothing to build.
  std::string_view all = table();
  size_t lo = 0, hi = all.size();  // [lo, hi) holds whole lines
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    size_t b = m == 0 ? std::string_view::npos : all.rfind('\n', m - 1);
    b = (b == std::string_view::npos || b < lo) ? lo : b + 1;  // the start of m's line
    size_t e = all.find('\n', b);
    if (e == std::string_view::npos) e = all.size();
    std::string_view line = all.substr(b, e - b);
    size_t tab = line.find('\t');
    std::string_view w = line.substr(0, tab);
    if (w == word) return tab + 1 < line.size() ? class_letter(line[tab + 1]) : WordClass::Other;
    if (w < word)
      lo = e + 1;
    else
      hi = b;
  }
  return WordClass::Other;
}

bool is_predicate_word(std::string_view word) {
  WordClass c = word_class(word);
  return c == WordClass::Verb || c == WordClass::Relation;
}

bool opens_with_predicate(const WordSegmenter& words, std::string_view line) {
  std::string head = head_chars(line, kOpeningChars);
  if (head.empty() || !utf8::is_han(utf8::decode(head).front())) return false;
  std::vector<std::string> w = opening_words(words, line);
  if (w.empty() || head.compare(0, w[0].size(), w[0]) != 0 || !is_predicate_word(w[0]))
    return false;
  return !(utf8::length(w[0]) == 1 && opens_with_place_name(head));
}

bool opens_with_bare_predicate(const WordSegmenter& words, std::string_view line) {
  std::vector<std::string> w = opening_words(words, line);
  size_t k = 0;
  while (k < w.size() && class_of_token(w[k]) == WordClass::Quantity) ++k;
  if (k >= w.size() || class_of_token(w[k]) != WordClass::Verb) return false;
  if (k > 0) return true;  // a time or quantity, then the verb: 年内完成, 年减排
  // Right at the start, a "verb" before a noun may modify it (快递小哥, 外卖骑手); a verb of
  // one character takes the noun as its object (设|全程…, 建|新馆…).
  bool noun_next = k + 1 < w.size() && class_of_token(w[k + 1]) == WordClass::Other &&
                   utf8::length(w[k + 1]) >= 2 && utf8::length(w[k]) >= 2;
  return !noun_next;
}

bool opens_with_relation(const WordSegmenter& words, std::string_view line) {
  std::vector<std::string> w = opening_words(words, line);
  return !w.empty() && line.substr(0, w[0].size()) == w[0] &&
         word_class(w[0]) == WordClass::Relation;
}

bool has_verb(const WordSegmenter& words, std::string_view line) {
  std::vector<std::string> w;
  for (const auto& t : words.tokens(line)) w.emplace_back(line.substr(t.begin, t.end - t.begin));
  for (size_t k = 0; k < w.size(); ++k) {
    if (word_class(w[k]) == WordClass::Verb && !is_name_piece(w, k)) return true;
    if (is_verb_object_phrase(w[k])) return true;
  }
  return false;
}

}  // namespace wz::lang
