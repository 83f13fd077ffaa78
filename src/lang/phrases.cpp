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

std::vector<BreakQuality> word_breaks(const WordSegmenter& words, std::string_view text) {
  std::vector<BreakQuality> q = display_breaks(words, text);
  for (BreakQuality& b : q)
    if (b == BreakQuality::Word) b = BreakQuality::Phrase;
  return q;
}

namespace {

// A photo credit's closing verb (本报记者 周晓林 摄, 张三 供图): it ends the credit and
// stays on the line of the name before it.
bool is_credit_verb(std::u32string_view t) {
  if (slash_role_len(t, 0) > 0) return false;  // 图/李四: a role, a name after it
  t = t.substr(0, t.find(U'/'));               // 摄/视觉中国: the verb, then the agency
  for (std::u32string_view v : {U"摄", U"摄影", U"供图", U"制图", U"绘", U"绘图", U"图"})
    if (t == v) return true;
  return false;
}

// The space-separated tokens of `text`, each with the byte offset it starts at.
std::vector<std::pair<size_t, std::u32string>> space_tokens(std::string_view text) {
  std::vector<std::pair<size_t, std::u32string>> out;
  bool space = true;
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    char32_t c = utf8::next(text, i);
    if (utf8::is_space(c)) {
      space = true;
      continue;
    }
    if (space) out.emplace_back(at, std::u32string());
    out.back().second += c, space = false;
  }
  return out;
}

}  // namespace

std::vector<BreakQuality> byline_breaks(std::string_view text) {
  std::vector<BreakQuality> q(text.size() + 1, BreakQuality::Inside);
  auto tokens = space_tokens(text);
  for (size_t k = 1; k < tokens.size(); ++k) {
    const std::u32string& before = tokens[k - 1].second;
    bool role_only = role_len(before, 0) == before.size();
    bool verb = is_credit_verb(tokens[k].second);
    q[tokens[k].first] = role_only || verb ? BreakQuality::Inside : BreakQuality::Phrase;
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
