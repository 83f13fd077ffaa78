#include "ingest/seams.h"

#include <array>
#include <string>

#include "base/utf8.h"
#include "ingest/chars.h"

namespace wz::ingest {

namespace {

// Byte offsets of the code points of a window of at most kSeamWindow characters, and its
// size; `count` gets the number of characters. (No allocation: it runs for every seam.)
std::array<size_t, kSeamWindow + 1> char_starts(std::string_view s, size_t& count) {
  std::array<size_t, kSeamWindow + 1> out{};
  count = 0;
  for (size_t i = 0; i < s.size() && count < kSeamWindow; utf8::next(s, i)) out[count++] = i;
  out[count] = s.size();
  return out;
}

// Is some lexicon word made of the last a characters of the window `l` and the first b of
// `r` (a, b >= 1, a + b <= kMaxWordChars)? (The words are at most 15 bytes: no allocation.)
bool any_straddling_word(const WordSegmenter& w, const std::string& l, const std::string& r) {
  size_t nl = 0, nr = 0;
  auto lo = char_starts(l, nl), ro = char_starts(r, nr);
  for (size_t a = 1; a <= nl; ++a)
    for (size_t b = 1; b <= nr && static_cast<int>(a + b) <= kMaxWordChars; ++b)
      if (w.is_word(l.substr(lo[nl - a]) + r.substr(0, ro[b]))) return true;
  return false;
}

}  // namespace

bool seam_halves_bound(const WordSegmenter& w, std::string_view left, std::string_view right) {
  std::string l = tail_chars(left, kSeamWindow), r = head_chars(right, kSeamWindow);
  auto lt = w.tokens(l), rt = w.tokens(r);
  if (lt.empty() || rt.empty()) return false;
  auto one_char = [](const WordSegmenter::Token& t, const std::string& s) {
    return utf8::length(std::string_view(s).substr(t.begin, t.end - t.begin)) == 1;
  };
  return one_char(lt.back(), l) && one_char(rt.front(), r);
}

int word_across_seam(const WordSegmenter& w, std::string_view left, std::string_view right,
                     std::string* after) {
  // Any word across the seam holds the last character before it beside the first after.
  if (!w.may_straddle(last_char(left), first_char(right))) return 0;
  // ...and is a lexicon word; then friso's reading of the window decides (a lexicon word
  // across a seam is often chance: 新闻|社区 holds 新闻社, which friso does not read).
  std::string l = tail_chars(left, kSeamWindow), r = head_chars(right, kSeamWindow);
  if (l.empty() || r.empty() || !any_straddling_word(w, l, r)) return 0;
  if (!utf8::is_han(last_char(l)) || !utf8::is_han(first_char(r))) return 0;
  std::string text = l + r;
  size_t seam = l.size();
  auto t = w.token_across(text, seam);
  if (t.end > seam) {
    std::string_view word(text.data() + t.begin, t.end - t.begin);
    int n = 0;
    for (size_t i = 0; i < word.size();) n += utf8::is_han(utf8::next(word, i)) ? 1 : 0;
    if (after) *after = text.substr(seam, t.end - seam);
    if (n >= 2) return n;
  }
  return 0;
}

}  // namespace wz::ingest
