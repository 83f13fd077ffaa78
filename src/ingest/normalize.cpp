#include "ingest/normalize.h"

#include <array>
#include <optional>
#include <vector>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/features.h"
#include "ingest/seams.h"

namespace wz::ingest {

namespace {

using utf8::is_han;
using utf8::is_space;

// Stop and clause marks, ASCII or full width: a space beside one is never deliberate.
bool is_mark(char32_t c) {
  return is_sentence_end(c) || is_clause_mark(c) || c == '.';
}

// Apply `keep(u, i, j)` to every inner run of spaces u[i, j) (u[i - 1] before it, u[j]
// after it); kept runs collapse to one ASCII space, leading and trailing runs go.
template <class Keep>
std::string filter_space_runs(std::string_view s, Keep keep) {
  // Most lines hold no space: nothing to filter (decoding would give back the same bytes).
  if (!has_space(s) && utf8::first_invalid(s) < 0) return std::string(s);
  std::u32string u = utf8::decode(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < u.size() && is_space(u[i])) ++i;  // leading spaces never matter
  for (; i < u.size(); ++i) {
    if (!is_space(u[i])) {
      utf8::append(out, u[i]);
      continue;
    }
    size_t j = i;
    while (j < u.size() && is_space(u[j])) ++j;
    if (j == u.size()) break;  // trailing spaces
    if (keep(u, i, j)) out += ' ';
    i = j - 1;
  }
  return out;
}

// Nearest non-space neighbour on each side (0 at the ends).
char32_t prev_visible(const std::u32string& u, size_t i) {
  while (i > 0) {
    if (!is_space(u[--i])) return u[i];
  }
  return 0;
}
char32_t next_visible(const std::u32string& u, size_t i) {
  for (++i; i < u.size(); ++i)
    if (!is_space(u[i])) return u[i];
  return 0;
}

// The text split at its space runs (leading and trailing spaces dropped).
std::vector<std::u32string> pieces_of(std::string_view s) {
  std::vector<std::u32string> out;
  std::u32string cur;
  for (char32_t c : utf8::decode(s)) {
    if (!is_space(c)) {
      cur += c;
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// ---------------------------------------------------------------------------------------
// Body text

// ASCII marks that normalize_punctuation turns full width when they stand against Chinese.
constexpr std::u32string_view kConvertibleAscii = U",:;?!\"'()";

// Is `c` (whose neighbour on the far side from a space is `beyond`) part of the Chinese
// text: a Han character or CJK mark, or an ASCII mark against Chinese ("发展, 2022",
// "工作; "抓推广"": the mark will be full width, and a space beside a full-width mark is
// residue)? Deciding before the conversion keeps punctuation and spaces independent.
bool stands_with_chinese(char32_t c, char32_t beyond) {
  if (is_cjkish(c)) return true;
  return kConvertibleAscii.find(c) != std::u32string_view::npos && is_cjkish(beyond);
}

// ---------------------------------------------------------------------------------------
// Display lines

// The token u[b, e) (spaces inside it are residue already removed) is a single Han
// character: a phrase of a two-part title never is, so the space beside it is a cut word
// or letter-spacing.
bool lone_han(const std::u32string& u, size_t b, size_t e) {
  size_t n = 0;
  char32_t c = 0;
  for (size_t k = b; k < e; ++k)
    if (!is_space(u[k])) ++n, c = u[k];
  return n == 1 && is_han(c);
}

// ---------------------------------------------------------------------------------------
// Bylines and credits

// The Han run at the end of `a` / the start of `b`.
std::u32string trailing_han(const std::u32string& a) {
  size_t k = a.size();
  while (k > 0 && is_han(a[k - 1])) --k;
  return a.substr(k);
}
std::u32string leading_han(const std::u32string& b) {
  size_t k = 0;
  while (k < b.size() && is_han(b[k])) ++k;
  return b.substr(0, k);
}

// Characters of the name at the end of a Han run, after its last role word
// ("记者杨明清" 3, "杨明" 2, "本报记者" 0).
size_t trailing_name(const std::u32string& run) {
  size_t start = 0;
  for (size_t k = 0; k < run.size();) {
    size_t r = role_len(run, k);
    if (r) {
      k += r;
      start = k;
    } else {
      ++k;
    }
  }
  return run.size() - start;
}

// Characters of the name at the start of a Han run, before its first role word
// ("张嫱" 2, "萍" 1, "通讯员夏丽" 0).
size_t leading_name(const std::u32string& run) {
  size_t k = 0;
  while (k < run.size() && role_len(run, k) == 0) ++k;
  return k;
}

// Does a role word start in `left` and end in `right` ("本报记|者", "通讯|员")?
bool role_across(const std::u32string& left, const std::u32string& right) {
  std::u32string both = left + right;
  for (size_t k = 0; k < left.size(); ++k) {
    size_t r = role_len(both, k);
    if (r && k + r > left.size()) return true;
  }
  return false;
}

// Is the space between byline pieces `a` (the text kept so far; `first`: nothing before
// it) and `b` residue? `c` is the piece after `b`, or null.
bool name_gap_is_residue(const std::u32string& a, bool first, const std::u32string& b,
                         const std::u32string* c) {
  char32_t p = a.back(), n = b.front();
  if (n == U'摄') return false;  // "X 摄": the credit's space is conventional
  if (is_opening(n) || is_closing(n) || is_mark(p) || is_mark(n) || is_opening(p)) return true;
  if (!is_han(p) || !is_han(n)) return false;  // Latin names, numbers: as the page has them
  std::u32string left = trailing_han(a), right = leading_han(b);
  // "文/X 图/Y": a run followed by a slash is a role (文/, 图/, 摄影/), never a name's end.
  if (right.size() < b.size() && (b[right.size()] == U'/' || b[right.size()] == U'／'))
    return false;
  if (role_across(left, right)) return true;
  // One character glued after a closing bracket or a digit (初一（2）班 周小雨) ends a
  // descriptor: no name was cut there.
  if (left.size() == 1 && a.size() > 1) {
    char32_t before_run = a[a.size() - 2];
    if (is_closing(before_run) || (before_run >= '0' && before_run <= '9')) return false;
  }
  size_t before = trailing_name(left), after = leading_name(right);
  if (before == 0 || after == 0) return false;  // role | name, name | role
  // A run longer than any name is who the author is (…民一庭庭长 郁 青): its space is kept.
  constexpr size_t kMaxNameChars = 4;  // 欧阳晓明
  if (before > kMaxNameChars) return false;
  // "通讯员夏 丽萍", "张 婧"; but a byline that opens with one character is the tail of
  // a name cut off by a column jump ("莹 贾丽莉）", features.h's allow_tail).
  if (before == 1) return !(first && a.size() == 1);
  if (after > 1) return false;  // two names
  // One character after a name: the rest of that name ("夏丽 萍"), unless it is a surname
  // standing alone before another name ("张婧 杨 明清").
  bool opens_next = b.size() == 1 && c != nullptr && is_han(c->front()) &&
                    leading_name(leading_han(*c)) > 0 && is_common_surname(n);
  return !opens_next;
}

// ---------------------------------------------------------------------------------------
// Punctuation

// Inside a URL (scheme:// or www.) up to the next space: no punctuation conversion.
std::vector<bool> url_mask(const std::u32string& u) {
  std::vector<bool> m(u.size(), false);
  std::u32string_view v(u);
  for (size_t i = 0; i < u.size(); ++i) {
    if (u[i] != 'h' && u[i] != 'w') continue;
    bool start =
        v.substr(i, 7) == U"http://" || v.substr(i, 8) == U"https://" || v.substr(i, 4) == U"www.";
    if (!start) continue;
    size_t j = i;
    while (j < u.size() && !is_space(u[j]) && !is_cjkish(u[j])) m[j++] = true;
    i = j;
  }
  return m;
}

// Is the text Chinese at all? ASCII quotes in a purely Latin block stay as they are.
bool has_han(const std::u32string& u) {
  for (char32_t c : u)
    if (is_han(c)) return true;
  return false;
}

// ASCII marks and their full-width forms (GB/T 15834 §4.2 问号, §4.3 叹号, §4.4 逗号,
// §4.6 分号, §4.7 冒号).
struct MarkPair {
  char32_t ascii, full;
  bool sentence_end;  // ? ! end a sentence; , ; : stand inside one
};
constexpr std::array<MarkPair, 5> kMarks = {{{',', U'，', false},
                                             {':', U'：', false},
                                             {';', U'；', false},
                                             {'?', U'？', true},
                                             {'!', U'！', true}}};

const MarkPair* mark_pair(char32_t c) {
  if (c > 0x7F) return nullptr;
  for (const auto& m : kMarks)
    if (m.ascii == c) return &m;
  return nullptr;
}

// Where a sentence (or a quotation or bracketed aside) starts, looking back from u[i]:
// a stop mark or an opening quote or bracket. ASCII " and ' are not counted: before the
// quotes are converted their direction is unknown.
bool starts_sentence_before(char32_t c) {
  return is_sentence_end(c) || (is_opening(c) && c != '"' && c != '\'');
}

// Does the sentence that u[i] ends hold Chinese? ("增长50%!" yes; "“OK!”" no.)
bool sentence_has_han(const std::u32string& u, size_t i) {
  while (i > 0) {
    char32_t c = u[--i];
    if (is_han(c)) return true;
    if (starts_sentence_before(c)) return false;
  }
  return false;
}

// , : ; -> full width when a neighbour is Chinese, never between digits (1,000 3:30).
bool clause_mark_is_chinese(const std::u32string& u, size_t i) {
  char32_t p = prev_visible(u, i), n = next_visible(u, i);
  if (is_digit(p) && is_digit(n)) return false;
  return is_cjkish(p) || is_cjkish(n);
}

// ? ! (and an ellipsis) end a Chinese sentence: after a Chinese character or mark, before
// a Han character, or after Latin or digits when the sentence holds Chinese ("是不是OK?",
// "增长50%!"); never between two letters or digits ("a!b", a URL's "?"), nor at the end
// of a Latin sentence quoted in Chinese text ("“OK!”").
bool ends_chinese_sentence(const std::u32string& u, size_t b, size_t e) {
  char32_t p = prev_visible(u, b), n = next_visible(u, e - 1);
  if (is_ascii_alnum(p) && is_ascii_alnum(n)) return false;
  return is_cjkish(p) || is_han(n) || sentence_has_han(u, b);
}

bool convert_marks(std::u32string& u, const std::vector<bool>& url) {
  bool changed = false;
  for (size_t i = 0; i < u.size(); ++i) {
    const MarkPair* m = mark_pair(u[i]);
    if (!m || url[i]) continue;
    size_t e = i + 1;  // "?!" "!!": the run ends the sentence together
    while (m->sentence_end && e < u.size() && mark_pair(u[e]) && mark_pair(u[e])->sentence_end) ++e;
    bool chinese = m->sentence_end ? ends_chinese_sentence(u, i, e) : clause_mark_is_chinese(u, i);
    if (chinese) u[i] = m->full, changed = true;
  }
  return changed;
}

// Round brackets whose content holds Han, or that touch Chinese outside (Han directly, or a
// CJK mark across a space, which is residue): full width (§4.9 括号).
bool convert_brackets(std::u32string& u, const std::vector<bool>& url) {
  bool changed = false;
  std::vector<size_t> stack;
  std::vector<bool> han_inside;
  for (size_t i = 0; i < u.size(); ++i) {
    if (url[i]) continue;
    if (u[i] == '(') {
      stack.push_back(i);
      han_inside.push_back(false);
    } else if (u[i] == ')') {
      if (stack.empty()) {  // unmatched: decide by the neighbour before it
        if (is_cjkish(prev_visible(u, i))) u[i] = U'）', changed = true;
        continue;
      }
      size_t o = stack.back();
      bool han = han_inside.back() || (o > 0 && is_cjkish(u[o - 1])) ||
                 is_cjk_punct(prev_visible(u, o)) || (i + 1 < u.size() && is_han(u[i + 1]));
      stack.pop_back();
      han_inside.pop_back();
      if (!han_inside.empty()) han_inside.back() = han_inside.back() || han;
      if (han) u[o] = U'（', u[i] = U'）', changed = true;
    } else if (!han_inside.empty() && is_han(u[i])) {
      han_inside.back() = true;
    }
  }
  for (size_t o : stack)  // unmatched '(' : decide by the neighbour after it
    if (is_han(next_visible(u, o))) u[o] = U'（', changed = true;
  return changed;
}

// Straight double quotes alternate open/close within the block, continuing from the curly
// quotes before them; single quotes the same, but only when they touch Chinese (an
// apostrophe in "don't" stays) (§4.8 引号).
bool convert_quotes(std::u32string& u, const std::vector<bool>& url) {
  bool changed = false;
  bool open2 = true, open1 = true;
  for (size_t i = 0; i < u.size(); ++i) {
    if (url[i]) continue;
    if (u[i] == '"') {
      u[i] = open2 ? U'“' : U'”';
      open2 = !open2;
      changed = true;
    } else if (u[i] == U'“') {
      open2 = false;
    } else if (u[i] == U'”') {
      open2 = true;
    } else if (u[i] == U'‘') {
      open1 = false;
    } else if (u[i] == U'’') {
      open1 = true;
    } else if (u[i] == '\'') {
      if (!is_cjkish(prev_visible(u, i)) && !is_cjkish(next_visible(u, i))) continue;
      u[i] = open1 ? U'‘' : U'’';
      open1 = !open1;
      changed = true;
    }
  }
  return changed;
}

// Degraded forms of the ellipsis (GB/T 15834 §4.11: "……", six dots in two ems; twelve
// dots for a whole paragraph left out, so a run of two or four stays): a run of `c` whose
// length is one of `lengths`.
struct EllipsisForm {
  char32_t c;
  std::array<size_t, 2> lengths;
};
constexpr std::array<EllipsisForm, 5> kEllipses = {{
    {'.', {3, 6}},    // ...  ......
    {U'…', {1, 1}},   // a single U+2026 is half the mark
    {U'⋯', {1, 2}},   // U+22EF midline ellipsis
    {U'。', {3, 6}},  // 。。。 typed with the full stop key
    {U'·', {3, 6}},   // ··· middle dots
}};

// Length of the degraded ellipsis at u[i] (the whole run of its character), or 0.
size_t ellipsis_at(const std::u32string& u, size_t i) {
  if (i > 0 && u[i - 1] == u[i]) return 0;  // not the start of the run
  for (const auto& f : kEllipses) {
    if (u[i] != f.c) continue;
    size_t e = i;
    while (e < u.size() && u[e] == f.c) ++e;
    size_t n = e - i;
    return (n == f.lengths[0] || n == f.lengths[1]) ? n : 0;
  }
  return 0;
}

bool convert_ellipses(std::u32string& u, const std::vector<bool>& url) {
  std::u32string out;
  size_t copied = 0;  // u[0, copied) is in out
  for (size_t i = 0; i < u.size(); ++i) {
    size_t n = url[i] ? 0 : ellipsis_at(u, i);
    if (!n || !ends_chinese_sentence(u, i, i + n)) continue;
    out.append(u, copied, i - copied);
    out += U"……";
    i += n - 1;
    copied = i + 1;
  }
  if (copied == 0) return false;
  out.append(u, copied, std::u32string::npos);
  u = std::move(out);
  return true;
}

// One pass of every conversion; true if anything changed.
bool convert_pass(std::u32string& u, bool quotes) {
  std::vector<bool> url = url_mask(u);
  bool changed = quotes && convert_quotes(u, url);
  changed |= convert_marks(u, url);
  changed |= convert_brackets(u, url);
  return convert_ellipses(u, url) || changed;
}

// A conversion makes a Chinese neighbour for the marks beside it ("中文(a),(b)": the first
// bracket pair, then the comma, then the second pair), so passes repeat until nothing
// changes. Every pass only turns ASCII into full width, so this ends; real text settles
// in two or three passes.
constexpr int kMaxPunctuationPasses = 8;

}  // namespace

std::string remove_stray_spaces(std::string_view s) {
  return filter_space_runs(s, [](const std::u32string& u, size_t i, size_t j) {
    return !stands_with_chinese(u[i - 1], prev_visible(u, i - 1)) &&
           !stands_with_chinese(u[j], next_visible(u, j));
  });
}

std::string normalize_display_spaces(std::string_view s) {
  std::optional<WordSegmenter> words;  // built on the first Han | Han space only
  size_t token = 0;                    // where the text kept so far last had a space
  return filter_space_runs(s, [&](const std::u32string& u, size_t i, size_t j) {
    char32_t p = u[i - 1], n = u[j];
    auto keep = [&] {
      if (is_mark(p) || is_mark(n) || is_opening(p) || is_dash(p) || is_dash(n)) return false;
      if (n == U'”' || n == U'’' || n == U'）' || n == U'》' || n == ')') return false;
      size_t e = j;  // the next token: u[j, e)
      while (e < u.size() && !is_space(u[e])) ++e;
      if (lone_han(u, token, i) || lone_han(u, j, e)) return false;
      if (is_digit(p) && is_number_unit(n)) return false;  // "3 年", "6.6 万"
      if (is_han(p) && is_han(n)) {
        if (!words) words.emplace();
        std::string left = utf8::encode(std::u32string_view(u).substr(0, i));
        std::string right = utf8::encode(std::u32string_view(u).substr(j));
        if (word_across_seam(*words, left, right) > 0) return false;  // "聚焦重 点"
      }
      return true;
    }();
    if (keep) token = j;
    return keep;
  });
}

std::string normalize_name_spaces(std::string_view s) {
  std::vector<std::u32string> pieces = pieces_of(s);
  std::vector<std::u32string> kept;
  for (size_t k = 0; k < pieces.size(); ++k) {
    const std::u32string* next = k + 1 < pieces.size() ? &pieces[k + 1] : nullptr;
    if (!kept.empty() && name_gap_is_residue(kept.back(), kept.size() == 1, pieces[k], next)) {
      kept.back() += pieces[k];
    } else {
      kept.push_back(pieces[k]);
    }
  }
  std::string out;
  for (const auto& p : kept) {
    if (!out.empty()) out += ' ';
    out += utf8::encode(p);
  }
  return out;
}

namespace {

// Can a conversion pass change `s` at all? Only ASCII marks and brackets (kMarks, quotes,
// round brackets) and the degraded ellipses (kEllipses: a run of '.', '…' or '⋯', or of 。
// or · three long) are ever converted; most lines of a page hold none, and need no
// decoding (one pass over the bytes).
constexpr std::string_view kAsciiConverted = ",:;?!\"'().";
bool may_convert(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x80 && kAsciiConverted.find(c) != std::string_view::npos)
      return true;
  for (std::string_view form : {"…", "⋯", "。。", "··"})
    if (s.find(form) != std::string_view::npos) return true;
  return false;
}

// The same test on decoded text, between passes.
bool may_convert(std::u32string_view u) {
  for (size_t i = 0; i < u.size(); ++i) {
    char32_t c = u[i];
    if (c < 0x80 && kAsciiConverted.find(static_cast<char>(c)) != std::string_view::npos)
      return true;
    if (c == U'…' || c == U'⋯') return true;
    if ((c == U'。' || c == U'·') && i + 1 < u.size() && u[i + 1] == c) return true;
  }
  return false;
}

}  // namespace

namespace {
std::string convert_punctuation(std::string_view s, bool quotes) {
  // (Valid UTF-8 comes back from decoding unchanged.)
  if (!may_convert(s) && utf8::first_invalid(s) < 0) return std::string(s);
  std::u32string u = utf8::decode(s);
  if (!has_han(u)) return std::string(s);
  for (int pass = 0; pass < kMaxPunctuationPasses && convert_pass(u, quotes); ++pass)
    if (!may_convert(u)) break;  // the next pass would change nothing
  return utf8::encode(u);
}
}  // namespace

std::string normalize_punctuation(std::string_view s) {
  return convert_punctuation(s, true);
}

std::string normalize_marks(std::string_view s) {
  return convert_punctuation(s, false);
}

std::string repair_trailing_dash(std::string_view s) {
  std::u32string u = utf8::decode(s);
  size_t n = 0;
  while (n < u.size() && is_dash(u[u.size() - 1 - n])) ++n;
  if (n == 0 || n == u.size()) return std::string(s);
  bool already = n == 2 && u[u.size() - 1] == U'—' && u[u.size() - 2] == U'—';
  if (already || n > 2 || !is_cjkish(u[u.size() - 1 - n])) return std::string(s);
  u.resize(u.size() - n);
  u += U"——";
  return utf8::encode(u);
}

std::string normalize_body(std::string_view s, bool punctuation) {
  std::string t = remove_stray_spaces(s);
  if (!punctuation) return t;
  std::string p = normalize_punctuation(t);
  return p == t ? t : remove_stray_spaces(p);  // (the space rule is idempotent)
}

std::string normalize_byline(std::string_view s, bool punctuation) {
  std::string t = normalize_name_spaces(s);
  return punctuation ? normalize_name_spaces(normalize_punctuation(t)) : t;
}

std::string normalize_display(std::string_view s, bool punctuation) {
  std::string t = normalize_display_spaces(s);
  if (!punctuation) return t;
  return repair_trailing_dash(normalize_display_spaces(normalize_punctuation(t)));
}

}  // namespace wz::ingest
