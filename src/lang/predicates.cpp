#include "lang/predicates.h"

#include <algorithm>
#include <utility>
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

using Entry = std::pair<std::string_view, WordClass>;

const std::vector<Entry>& table() {
  static const std::vector<Entry> words = [] {
    std::vector<Entry> w;
    std::string_view all(wz_predicates_begin,
                         static_cast<size_t>(wz_predicates_end - wz_predicates_begin));
    for (size_t b = 0; b < all.size();) {
      size_t e = all.find('\n', b);
      if (e == std::string_view::npos) break;
      std::string_view line = all.substr(b, e - b);
      size_t tab = line.find('\t');
      if (tab != std::string_view::npos && tab + 1 < line.size())
        w.emplace_back(line.substr(0, tab), line[tab + 1] == 'V'   ? WordClass::Verb
                                            : line[tab + 1] == 'R' ? WordClass::Relation
                                                                   : WordClass::Quantity);
      b = e + 1;
    }
    return w;  // sorted by bytes (pospack.py)
  }();
  return words;
}

// The words friso reads at the start of `line` (Han text only; a Latin or digit run is one
// token of class Quantity).
std::vector<std::string> opening_words(const WordSegmenter& words, std::string_view line) {
  std::string head = head_chars(line, kOpeningChars);
  std::vector<std::string> out;
  for (const auto& t : words.tokens(head)) out.push_back(head.substr(t.begin, t.end - t.begin));
  return out;
}

WordClass class_of_token(const std::string& w) {
  size_t i = 0;
  char32_t c = w.empty() ? 0 : utf8::next(w, i);
  if (c >= '0' && c <= '9') return WordClass::Quantity;
  return word_class(w);
}

}  // namespace

WordClass word_class(std::string_view word) {
  const auto& t = table();
  auto it = std::lower_bound(t.begin(), t.end(), word,
                             [](const Entry& e, std::string_view w) { return e.first < w; });
  return it != t.end() && it->first == word ? it->second : WordClass::Other;
}

bool is_predicate_word(std::string_view word) {
  WordClass c = word_class(word);
  return c == WordClass::Verb || c == WordClass::Relation;
}

bool opens_with_predicate(const WordSegmenter& words, std::string_view line) {
  std::string head = head_chars(line, kOpeningChars);
  if (head.empty() || !utf8::is_han(utf8::decode(head).front())) return false;
  auto toks = words.tokens(head);
  if (toks.empty() || toks[0].begin != 0) return false;
  return is_predicate_word(std::string_view(head).substr(0, toks[0].end));
}

bool opens_with_bare_predicate(const WordSegmenter& words, std::string_view line) {
  std::vector<std::string> w = opening_words(words, line);
  size_t k = 0;
  while (k < w.size() && class_of_token(w[k]) == WordClass::Quantity) ++k;
  if (k >= w.size() || class_of_token(w[k]) != WordClass::Verb) return false;
  if (k > 0) return true;  // a time or quantity, then the verb: 年内完成, 年减排
  // Right at the start, a "verb" before a noun may modify it (快递小哥, 外卖骑手).
  bool noun_next = k + 1 < w.size() && class_of_token(w[k + 1]) == WordClass::Other &&
                   utf8::length(w[k + 1]) >= 2;
  return !noun_next;
}

}  // namespace wz::lang
