#include "ingest/seams.h"

#include <string>

#include "base/utf8.h"
#include "ingest/chars.h"

namespace wz::ingest {

namespace {

// The longest lexicon word (characters) made of the last a characters of `left` and the
// first b of `right` (a, b >= 1, a + b <= kMaxWordChars), or 0.
int longest_straddling_word(const WordSegmenter& w, std::string_view left, std::string_view right) {
  std::u32string l = utf8::decode(tail_chars(left, kSeamWindow));
  std::u32string r = utf8::decode(head_chars(right, kSeamWindow));
  int best = 0;
  for (size_t a = 1; a <= l.size(); ++a)
    for (size_t b = 1; b <= r.size() && static_cast<int>(a + b) <= kMaxWordChars; ++b)
      if (static_cast<int>(a + b) > best &&
          w.is_word(utf8::encode(l.substr(l.size() - a) + r.substr(0, b))))
        best = static_cast<int>(a + b);
  return best;
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
  if (longest_straddling_word(w, left, right) == 0) return 0;
  std::string l = tail_chars(left, kSeamWindow), r = head_chars(right, kSeamWindow);
  if (l.empty() || r.empty()) return 0;
  if (!utf8::is_han(last_char(l)) || !utf8::is_han(first_char(r))) return 0;
  std::string text = l + r;
  size_t seam = l.size();
  for (const auto& t : w.tokens(text)) {
    if (t.begin < seam && t.end > seam) {
      std::string_view word(text.data() + t.begin, t.end - t.begin);
      int n = 0;
      for (size_t i = 0; i < word.size();) n += utf8::is_han(utf8::next(word, i)) ? 1 : 0;
      if (after) *after = text.substr(seam, t.end - seam);
      if (n >= 2) return n;
      break;
    }
  }
  return 0;
}

}  // namespace wz::ingest
