// ingest/words: Chinese words, by friso (Debian's libfriso), for judging column seams.
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

namespace wz::ingest {

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

  // Is `word` in friso's lexicon (as a word, not a name or unit)? Looked up in the
  // packed lexicon directly.
  bool is_word(std::string_view word) const;
  // Do a and b stand side by side inside some word of the lexicon? (No: no word can span
  // a seam between them.)
  bool may_straddle(char32_t a, char32_t b) const;
  // Is `s` in friso's lexicon of Chinese surnames (王, 欧阳...)?
  bool is_surname(std::string_view s) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

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

// The last / first `n` code points of `s`, skipping spaces (extraction residue).
std::string tail_chars(std::string_view s, int n);
std::string head_chars(std::string_view s, int n);

}  // namespace wz::ingest
