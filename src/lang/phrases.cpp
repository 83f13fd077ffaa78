#include "lang/phrases.h"

#include <string_view>

#include "base/utf8.h"
#include "lang/roles.h"

namespace wz::lang {

namespace {

// GB/T 15834 §4.1-4.3: marks that end a clause or sentence: a phrase ends after them.
constexpr std::u32string_view kClauseEnds = U"，、：；。！？,:;!?";
// §4.4 quotation marks, §4.5 brackets, §4.8 book-title marks: a phrase starts before an
// opening one and ends after a closing one.
constexpr std::u32string_view kOpening = U"“‘《（「『【〈〔(";
constexpr std::u32string_view kClosing = U"”’》）」』】〉〕)";

bool in(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}
bool is_dash(char32_t c) {
  return c == U'—' || c == U'─';
}
bool ascii_alnum(char32_t c) {
  return c < 0x80 && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

// The quality of a break between the characters p and c (no space between them), before
// friso's words are asked.
BreakQuality by_marks(char32_t p, char32_t c) {
  // clreq §3.1.4: no line ends with an opening mark, none starts with a closing mark or a
  // clause mark (so a browser given <wbr/> there would break against the rule).
  if (in(kOpening, p) || in(kClosing, c) || in(kClauseEnds, c) || c == U'…' || c == U'·')
    return BreakQuality::Inside;
  if (in(kClauseEnds, p) || in(kClosing, p) || in(kOpening, c)) return BreakQuality::Phrase;
  if (is_dash(c) != is_dash(p)) return BreakQuality::Phrase;  // §4.9: before / after ——
  if (is_dash(c) && is_dash(p)) return BreakQuality::Inside;  // the two halves of ——
  // A figure with its unit (80万, 3号线), a Latin word or number: one unit.
  if (ascii_alnum(p) && (ascii_alnum(c) || utf8::is_han(c))) return BreakQuality::Inside;
  return BreakQuality::Word;  // friso decides
}

}  // namespace

std::vector<BreakQuality> display_breaks(const WordSegmenter& words, std::string_view text) {
  std::vector<BreakQuality> q(text.size() + 1, BreakQuality::Inside);
  // Byte offsets strictly inside one of friso's words.
  std::vector<bool> inside_word(text.size() + 1, false);
  std::string buf(text);
  for (const auto& t : words.tokens(buf))
    for (size_t o = t.begin + 1; o < t.end; ++o) inside_word[o] = true;
  char32_t prev = 0;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    char32_t c = utf8::next(text, i);
    if (utf8::is_space(c)) {
      space = prev != 0;
      continue;
    }
    if (prev != 0) {
      BreakQuality b = space ? BreakQuality::Phrase : by_marks(prev, c);
      if (b == BreakQuality::Word && inside_word[at]) b = BreakQuality::Inside;
      q[at] = b;
    }
    prev = c, space = false;
  }
  return q;
}

std::vector<BreakQuality> byline_breaks(std::string_view text) {
  std::vector<BreakQuality> q(text.size() + 1, BreakQuality::Inside);
  std::u32string token;  // the space-separated token before the current position
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    char32_t c = utf8::next(text, i);
    if (utf8::is_space(c)) {
      space = !token.empty();
      continue;
    }
    if (space) {
      bool role_only = role_len(token, 0) == token.size();
      q[at] = role_only ? BreakQuality::Inside : BreakQuality::Phrase;
      token.clear();
    }
    token += c, space = false;
  }
  return q;
}

std::string with_break_marks(const WordSegmenter& words, std::string_view text,
                             std::string_view mark) {
  std::vector<BreakQuality> q = display_breaks(words, text);
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (i > 0 && q[i] != BreakQuality::Inside) out += mark;
    size_t at = i;
    utf8::next(text, i);
    out.append(text.substr(at, i - at));
  }
  return out;
}

}  // namespace wz::lang
