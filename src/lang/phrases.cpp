#include "lang/phrases.h"

#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/utf8.h"
#include "lang/icu_words.h"
#include "lang/roles.h"

namespace wz::lang {

namespace {

// GB/T 15834 §4.1-4.3: marks that end a clause or sentence: a phrase ends after them.
constexpr std::u32string_view kClauseEnds = U"，、：；。！？,:;!?";
// §4.4 quotation marks, §4.5 brackets, §4.8 book-title marks: a phrase starts before an
// opening one and ends after a closing one.
constexpr std::u32string_view kOpening = U"“‘《（「『【〈〔(";
constexpr std::u32string_view kClosing = U"”’》）」』】〉〕)";

// Bound suffixes (类后缀: 吕叔湘《现代汉语八百词》, 朱德熙《语法讲义》) that make a noun of the
// word before them — a place or body (机床厂, 活动室, 服务站, 派出所), a person (劳动者,
// 职工们), a quality (积极性, 信息化). friso's lexicon lacks most such compounds and then
// gives the suffix as a word of its own (机床|厂; ICU's dictionary does the same): a break
// before such a one-character word would part the compound, so there is none.
constexpr std::u32string_view kBoundSuffixes = U"厂室站所处局科馆院场店库者们性化";

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

// Where one segmenter's `tokens` see no word boundary: strictly inside a token (`inside`),
// and before a token that is a bound suffix alone (`bound`, kBoundSuffixes).
void mark_inside(const std::vector<WordSegmenter::Token>& tokens, std::string_view text,
                 std::vector<bool>& inside, std::vector<bool>& bound) {
  for (const auto& t : tokens) {
    for (size_t o = t.begin + 1; o < t.end; ++o) inside[o] = true;
    size_t next = t.begin;
    const char32_t c = utf8::next(text, next);
    if (next != t.end) continue;  // a word of more than one character
    if (t.begin > 0 && in(kBoundSuffixes, c)) bound[t.begin] = true;
  }
}

// The qualities of `text`'s breaks by the marks (by_marks); where the marks leave it to
// the words, `word(at)` decides.
template <class WordRule>
std::vector<BreakQuality> qualities(std::string_view text, WordRule word) {
  std::vector<BreakQuality> q(text.size() + 1, BreakQuality::Inside);
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
      q[at] = b == BreakQuality::Word ? word(at) : b;
    }
    prev = c, space = false;
  }
  return q;
}

using Tokens = std::vector<WordSegmenter::Token>;

// Does a token of `other` straddle an edge of `t`? The two segmentations then cross there
// (friso 厂工|会 against ICU 厂|工会), and neither word is sure.
bool crossed(const WordSegmenter::Token& t, const Tokens& other) {
  for (const auto& o : other)
    if ((o.begin < t.begin && t.begin < o.end) || (o.begin < t.end && t.end < o.end)) return true;
  return false;
}

// Offsets strictly inside a token of `a` that no token of `b` crosses (friso's 总工会,
// ICU's 总|工会: the finer split lies inside the longer word, which stands).
void mark_firm(const Tokens& a, const Tokens& b, std::vector<bool>& firm) {
  for (const auto& t : a)
    if (!crossed(t, b))
      for (size_t o = t.begin + 1; o < t.end; ++o) firm[o] = true;
}

}  // namespace

namespace {

// The PDF's display-line breaker and the EPUB's <wbr> marks ask for the same lines, each
// with the segmenter of its own thread (friso's reading of a text does not depend on what
// a segmenter read before: lang/words.h). So a line's qualities are made once a process;
// the five-page digest asked 129 times for 70 lines, ~7 M instructions of friso. At most
// kMaxRememberedLines are kept (a few hundred KB), then all are forgotten at once.
constexpr size_t kMaxRememberedLines = 4096;
struct RememberedLines {
  std::mutex lock;
  std::unordered_map<std::string, std::vector<BreakQuality>> lines;
};
RememberedLines& remembered() {
  static RememberedLines r;
  return r;
}

std::vector<BreakQuality> display_breaks_of(const WordSegmenter& words, std::string_view text) {
  std::vector<bool> inside(text.size() + 1, false), bound(text.size() + 1, false);
  mark_inside(words.tokens(std::string(text)), text, inside, bound);
  return qualities(text, [&](size_t at) {
    return inside[at] || bound[at] ? BreakQuality::Inside : BreakQuality::Word;
  });
}

}  // namespace

std::vector<BreakQuality> display_breaks(const WordSegmenter& words, std::string_view text) {
  RememberedLines& r = remembered();
  std::string key(text);
  {
    std::lock_guard<std::mutex> hold(r.lock);
    if (auto hit = r.lines.find(key); hit != r.lines.end()) return hit->second;
  }
  std::vector<BreakQuality> q = display_breaks_of(words, text);  // (outside the lock)
  std::lock_guard<std::mutex> hold(r.lock);
  if (r.lines.size() >= kMaxRememberedLines) r.lines.clear();
  r.lines.emplace(std::move(key), q);
  return q;
}

std::vector<BreakQuality> word_breaks(const WordSegmenter& words, std::string_view text) {
  // friso's and ICU's words (lang/icu_words.h): a boundary both see is as good as a
  // phrase's; inside a word of one that the other splits finer (friso 维权 and 总工会,
  // ICU 维|权 and 总|工会), none; where the two cross (friso 厂工|会, ICU 厂|工会), a
  // boundary of either costs a word break's penalty; none before a bound suffix.
  const Tokens f = words.tokens(std::string(text)), i = icu_words(text);
  const size_t n = text.size() + 1;
  std::vector<bool> in_f(n, false), in_i(n, false), bound(n, false), firm(n, false);
  mark_inside(f, text, in_f, bound);
  mark_inside(i, text, in_i, bound);
  mark_firm(f, i, firm);
  mark_firm(i, f, firm);
  return qualities(text, [&](size_t at) {
    if (bound[at] || firm[at] || (in_f[at] && in_i[at])) return BreakQuality::Inside;
    return in_f[at] || in_i[at] ? BreakQuality::Word : BreakQuality::Phrase;
  });
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
