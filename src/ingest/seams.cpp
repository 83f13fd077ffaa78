#include "ingest/seams.h"

#include <string>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/cue_text.h"

namespace wz::ingest {

bool seam_halves_bound(const WordSegmenter& w, std::string_view left, std::string_view right) {
  std::string l = tail_chars(left, kSeamWindow), r = head_chars(right, kSeamWindow);
  auto lt = w.tokens(l), rt = w.tokens(r);
  if (lt.empty() || rt.empty()) return false;
  auto one_char = [](const WordSegmenter::Token& t, const std::string& s) {
    return utf8::length(std::string_view(s).substr(t.begin, t.end - t.begin)) == 1;
  };
  return one_char(lt.back(), l) && one_char(rt.front(), r);
}

bool figure_across_seam(std::string_view left, std::string_view right) {
  static constexpr std::u32string_view kNumerals = U"〇零一二两三四五六七八九十百千万亿";
  static constexpr std::u32string_view kGoesOn = U"余多十百千万亿";
  static constexpr std::u32string_view kDateUnits = U"年月日时";  // 11月20|日电
  char32_t a = last_char(left), b = first_char(right);
  bool figure = is_digit(a) || kNumerals.find(a) != std::u32string_view::npos;
  bool date = is_digit(a) && kDateUnits.find(b) != std::u32string_view::npos;
  return date ||
         (figure && ((is_digit(a) && is_digit(b)) || kGoesOn.find(b) != std::u32string_view::npos));
}

bool speaker_across_seam(std::string_view left, std::string_view right) {
  constexpr size_t kMaxNameTail = 3;  // a name of 2-4 characters cut after its first
  if (!utf8::is_han(last_char(left))) return false;
  std::u32string u = utf8::decode(head_chars(right, kMaxNameTail + 2));
  for (size_t k = 1; k <= kMaxNameTail && k + 1 < u.size(); ++k) {
    if (!utf8::is_han(u[k - 1])) return false;
    if ((u[k] == U'答' || u[k] == U'问') && cue_text::is_colon(u[k + 1])) return true;
  }
  return false;
}

int word_across_seam(const WordSegmenter& w, std::string_view left, std::string_view right,
                     std::string* after) {
  // Any word across the seam holds the last character before it beside the first after.
  if (!w.may_straddle(last_char(left), first_char(right))) return 0;
  // ...and is a lexicon word; then friso's reading of the window decides (a lexicon word
  // across a seam is often chance: 新闻|社区 holds 新闻社, which friso does not read).
  std::string l = tail_chars(left, kSeamWindow), r = head_chars(right, kSeamWindow);
  std::string text = l + r;
  size_t seam = l.size();
  if (l.empty() || r.empty() || !w.has_word_across(text, seam)) return 0;
  if (!utf8::is_han(last_char(l)) || !utf8::is_han(first_char(r))) return 0;
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
