// lang/words: Chinese words, by friso (Debian's libfriso): for ingest's column seams and
// the breaks of display lines.
// Consumes short UTF-8 windows of page text (the end of one block and the start of
// another). Produces friso's word segmentation of them and, for a seam, the word that
// spans it. ICU's dictionary break splits common words (维|权, 两|级, 社会|化工|会);
// friso gets them right, but loading its 2.4 MB lexicon costs ~350 ms. So the build
// packs friso's lexicon (scripts/lexpack.py) into the program: words are looked up in it
// directly, and friso segments a window with a dictionary of just the entries that can
// occur in it.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace wz::lang {

// friso's longest words (friso.ini's max_len), in characters.
inline constexpr int kMaxWordChars = 5;

class WordSegmenter {
 public:
  WordSegmenter();
  ~WordSegmenter();
  WordSegmenter(const WordSegmenter&) = delete;
  WordSegmenter& operator=(const WordSegmenter&) = delete;

  // friso's tokens of `text` (complex mode, no synonyms, no secondary split), each as
  // [byte offset, byte end) into `text`. friso gets the lexicon entries made of the
  // text's characters only: it looks up substrings of the text, so the segmentation is
  // the one the whole lexicon gives. Results are remembered per text.
  struct Token {
    size_t begin = 0, end = 0;
  };
  std::vector<Token> tokens(std::string_view text) const;
  // The token of tokens(text) that holds byte `at` inside it (begin < at < end), or an
  // empty token {0, 0} when `at` falls between two: a look-up in tokens(text).
  Token token_across(std::string_view text, size_t at) const;

  // Is `word` in friso's lexicon (as a word, not a name or unit)? Looked up in the
  // packed lexicon directly.
  bool is_word(std::string_view word) const;
  // Is some word of the lexicon (as is_word) a substring of `text` that holds the bytes on
  // both sides of byte offset `seam`? Looked up in the packed lexicon directly.
  bool has_word_across(std::string_view text, size_t seam) const;
  // Do a and b stand side by side inside some word of the lexicon? (No: no word can span
  // a seam between them.)
  bool may_straddle(char32_t a, char32_t b) const;
  // Is `s` in friso's lexicon of Chinese surnames (王, 欧阳...)?
  bool is_surname(std::string_view s) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The last / first `n` code points of `s`, skipping spaces (extraction residue).
std::string tail_chars(std::string_view s, int n);
std::string head_chars(std::string_view s, int n);

}  // namespace wz::lang
