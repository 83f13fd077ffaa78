#include "lang/predicates.h"

#include <algorithm>
#include <vector>

#include "base/utf8.h"

// The sorted word list, embedded by the build (CMake wz_embed, scripts/pospack.py).
extern "C" const char wz_predicates_begin[];
extern "C" const char wz_predicates_end[];

namespace wz::lang {

namespace {

// How many characters of a line friso reads to find its first word (jieba's words have
// at most 4).
constexpr int kOpeningChars = 6;

const std::vector<std::string_view>& predicate_words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> w;
    std::string_view all(wz_predicates_begin,
                         static_cast<size_t>(wz_predicates_end - wz_predicates_begin));
    for (size_t b = 0; b < all.size();) {
      size_t e = all.find('\n', b);
      if (e == std::string_view::npos) break;
      w.push_back(all.substr(b, e - b));
      b = e + 1;
    }
    return w;  // sorted by bytes (pospack.py)
  }();
  return words;
}

}  // namespace

bool is_predicate_word(std::string_view word) {
  const auto& w = predicate_words();
  return std::binary_search(w.begin(), w.end(), word);
}

bool opens_with_predicate(const WordSegmenter& words, std::string_view line) {
  std::string head = head_chars(line, kOpeningChars);
  if (head.empty() || !utf8::is_han(utf8::decode(head).front())) return false;
  auto toks = words.tokens(head);
  if (toks.empty() || toks[0].begin != 0) return false;
  return is_predicate_word(std::string_view(head).substr(0, toks[0].end));
}

}  // namespace wz::lang
