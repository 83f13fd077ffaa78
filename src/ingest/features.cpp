#include "ingest/features.h"

#include <algorithm>
#include <array>
#include <vector>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/cues.h"

namespace wz::ingest {

namespace {

using utf8::is_han;
using utf8::is_space;

// Code points of `s` with the byte offset of each (and one past the end).
struct Decoded {
  std::u32string u;
  std::vector<size_t> off;
};
Decoded decode_with_offsets(std::string_view s) {
  Decoded d;
  d.u.reserve(s.size()), d.off.reserve(s.size() + 1);  // (one code point a byte at most)
  for (size_t i = 0; i < s.size();) {
    d.off.push_back(i);
    d.u.push_back(utf8::next(s, i));
  }
  d.off.push_back(s.size());
  return d;
}

// Name part of a byline or credit: 2-4 Han characters, or Han with a middle dot
// (transliterated names, up to 10).
// A name glued to a role word without a space: at most this many characters.
constexpr size_t kMaxGluedName = 3;

bool is_name(std::u32string_view t) {
  if (t.size() < 2 || t.size() > 10) return false;
  bool dot = false;
  for (char32_t c : t) {
    if (c == U'·' || c == U'•') {
      dot = true;
    } else if (!is_han(c)) {
      return false;
    }
  }
  return dot || t.size() <= 4;
}

// Where a correspondent files from, after the names: 发自鹭屿 (at most kMaxPlaceChars).
bool is_filed_from(std::u32string_view t) {
  constexpr size_t kMaxPlaceChars = 8;
  if (t.substr(0, 2) != U"发自" || t.size() < 3 || t.size() > 2 + kMaxPlaceChars) return false;
  for (char32_t c : t.substr(2))
    if (!is_han(c)) return false;
  return true;
}

// The word after a byline's names that says the text was put together, not written
// (本报记者 钱雨薇 整理, 记者 林然 编译).
bool is_compiled(std::u32string_view t) {
  return t == U"整理" || t == U"编译" || t == U"采写" || t == U"辑";
}

// An outlet's collective signature, no name after it: 本报评论员, 新华社评论员, 本报编辑部.
bool signs_as_outlet(std::u32string_view t) {
  constexpr std::u32string_view kCollective[] = {U"评论员", U"编辑部"};
  size_t p = lang::outlet_len(t, 0);
  if (p == 0) return false;
  for (auto c : kCollective)
    if (t.substr(p) == c) return true;
  return false;
}

// A byline/credit token: role words and names in any order ("本报记者", "彭冰",
// "记者彭冰"); `need_role`: must start with a role word.
bool is_credit_token(std::u32string_view t, bool need_role, const NameCheck& plausible) {
  if (t.empty()) return false;
  size_t pos = 0;
  bool any = false;
  if (need_role && role_len(t, 0) == 0) return false;
  bool after_role = false;
  while (pos < t.size()) {
    size_t r = role_len(t, pos);
    if (r) {
      pos += r;
      // 文/周宁: the slash sets the name off as a space would; 记者周宁 is glued to its role.
      any = true, after_role = t[pos - 1] != U'/' && t[pos - 1] != U'／';
      continue;
    }
    size_t e = pos;
    while (e < t.size() && role_len(t, e) == 0 && (is_han(t[e]) || t[e] == U'·')) ++e;
    if (e == pos || !is_name(t.substr(pos, e - pos))) return false;
    if (plausible && !plausible(t.substr(pos, e - pos), after_role)) return false;
    // Glued to its role word ("记者王小明") a name has 2-3 characters; a longer run is a
    // sentence ("本报记者走进车间").
    if (after_role && e - pos > kMaxGluedName && t.substr(pos, e - pos).find(U'·') == t.npos)
      return false;
    after_role = false;
    pos = e;
    any = true;
  }
  return any;
}

// Split on spaces, 、 (names listed with a pause mark) and colons (指导老师：刘芳); a slash
// credit's own 、 (文、图/本刊记者) stays in it.
std::vector<std::u32string> name_tokens(std::u32string_view u) {
  std::vector<std::u32string> out;
  std::u32string cur;
  for (size_t k = 0; k < u.size(); ++k) {
    char32_t c = u[k];
    bool in_role = c == U'、' && lang::slash_role_len(u, k - cur.size()) > cur.size() + 1;
    if (!in_role && (is_space(c) || c == U'、' || c == U'：' || c == ':')) {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  // Letter-spaced names: "关 宁" -> 关宁, "夏丽 萍" -> 夏丽萍 (a lone character never is one);
  // a run of them pairs up: "唐 宁 陈 默" -> 唐宁 陈默 (two-character names are spaced out
  // to the width of three-character ones).
  std::vector<std::u32string> merged;
  bool last_paired = false;  // merged.back() was made of two lone characters
  // The name part of a token comes after its role prefix, if any ("图/倪 可" -> 图/倪可).
  auto lone = [](const std::u32string& t) { return t.size() == 1 && is_han(t[0]); };
  // A run of exactly three lone characters is one three-character name spaced out in full
  // (谭 一 鸣): a lone character is never a name, so it cannot be a pair and one.
  // (A credit's mark is no part of it: 韩 朔 摄.)
  auto name_char = [&](const std::u32string& t) {
    return lone(t) && std::u32string_view(U"摄绘画").find(t[0]) == std::u32string_view::npos;
  };
  std::vector<size_t> run(out.size(), 0);  // lone characters from here to the run's end
  for (size_t k = out.size(); k-- > 0;)
    run[k] = name_char(out[k]) ? 1 + (k + 1 < out.size() ? run[k + 1] : 0) : 0;
  size_t triple_left = 0;  // characters of a three-character run still to join
  for (size_t k = 0; k < out.size(); ++k) {
    auto& t = out[k];
    bool starts_triple = triple_left == 0 && run[k] == 3 && (k == 0 || !name_char(out[k - 1]));
    if (starts_triple) {
      merged.push_back(t);
      triple_left = 2, last_paired = false;
      continue;
    }
    if (triple_left > 0) {
      merged.back() += t;
      --triple_left;
      continue;
    }
    size_t role = merged.empty() ? 0 : lang::slash_role_len(merged.back(), 0);
    size_t name = merged.empty() ? 0 : merged.back().size() - role;
    bool join = !merged.empty() && lone(t) && (name == 1 || (name == 2 && !last_paired)) &&
                role_len(merged.back(), role) == 0 && is_han(merged.back().back());
    if (join) {
      last_paired = name == 1;
      merged.back() += t;
    } else {
      last_paired = false;
      merged.push_back(t);
    }
  }
  return merged;
}

bool is_mark(char32_t c) {
  return is_sentence_end(c) || is_clause_mark(c);
}

}  // namespace

bool ends_terminal(std::string_view s) {
  char32_t c = last_core_char(s, true);
  return is_sentence_end(c);
}

bool ends_mid_sentence(std::string_view s, bool past_closers) {
  char32_t c = last_core_char(s, past_closers);
  return is_han(c) || utf8::is_latin_or_digit(c) || is_comma_like(c) || is_opening(c);
}

bool finishes_item(std::string_view s) {
  if (ends_terminal(s) || is_bracketed(s)) return true;
  if (!s.ends_with("）") && !s.ends_with(")")) return false;
  size_t wide = s.rfind("（"), narrow = s.rfind('(');
  size_t open = wide == s.npos ? narrow : narrow == s.npos ? wide : std::max(wide, narrow);
  if (open == s.npos || open == 0) return false;
  std::string_view before = s.substr(0, open);
  return ends_terminal(before);
}

bool ends_comma(std::string_view s) {
  return is_comma_like(last_core_char(s, false));
}

bool has_inner_clause_mark(std::string_view s) {
  // A clause mark with a character after it that is no space or dash (trailing spaces and
  // dashes don't count), read in one pass.
  bool mark = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (is_space(c) || is_dash(c)) continue;
    if (mark) return true;
    mark = is_clause_mark(c) && c != ':' && c != U'：';
  }
  return false;
}

bool has_sentence_mark(std::string_view s) {
  for (size_t i = 0; i < s.size();)
    if (is_sentence_end(utf8::next(s, i))) return true;
  return false;
}

bool starts_with_dash(std::string_view s) {
  return is_dash(first_char(s));
}
bool ends_with_dash(std::string_view s) {
  return is_dash(last_char(s));
}

bool is_display_candidate(std::string_view s) {
  if (visible_length(s) > kMaxDisplayChars) return false;
  const std::u32string& u = squeezed_u32(s);
  // A headline may end in ？ or ！, but holds no other sentence mark.
  for (size_t i = 0; i < u.size(); ++i) {
    bool last = i + 1 == u.size();
    if (is_sentence_end(u[i]) && !(last && u[i] != U'。' && u[i] != U'…')) return false;
  }
  // A line that starts inside a quotation is a fragment cut from a paragraph; a headline
  // may lose a closing quote, but a clause that starts mid-quote is never a kicker.
  // A line ending in a comma is a clause cut at a column end, never a headline line.
  QuoteBalance q = quote_balance(s);
  bool clause = has_inner_clause_mark(s);
  if (q.unopened > 0 || ((q.ascii % 2 == 1 || q.unclosed > 0) && clause)) return false;
  if (ends_comma(s)) return false;
  return !is_byline_line(s) && trailing_credit_start(s) == std::string_view::npos &&
         inline_byline_length(s, false) == 0 && !is_tip_label(s, nullptr) &&
         !is_continuation_line(s);
}

bool is_slogan(std::string_view s) {
  if (!has_space(s)) return false;  // one phrase
  std::u32string u = utf8::decode(s);
  int parts = 0, len = 0, total = 0;
  bool in_space = true;
  for (char32_t c : u) {
    if (is_mark(c)) return false;
    if (is_space(c)) {
      if (!in_space && (len < 2 || len > 12)) return false;
      in_space = true;
      continue;
    }
    if (in_space) ++parts, len = 0;
    in_space = false;
    ++len, ++total;
  }
  return parts >= 2 && len >= 2 && len <= 12 && total <= 36;
}

bool is_genre_label(std::string_view s) {
  // Genre words of Chinese newspapers (新闻体裁); a label is the word, maybe with a
  // short qualifier before it (新闻特写, 人物通讯).
  static const std::array<std::u32string_view, 26> kGenres = {
      U"特写", U"通讯", U"评论", U"短评", U"时评", U"述评", U"快评", U"观察", U"调查", U"专访",
      U"访谈", U"纪实", U"速写", U"评论员文章", U"手记", U"对话",
      // opinion columns' names for their pieces (来论: a reader's or outsider's)
      U"来论", U"社论", U"杂谈", U"随笔", U"漫谈", U"锐评", U"热评", U"言论",
      // a report's sidelights and round-ups
      U"侧记", U"综述"};
  const std::u32string& u = squeezed_u32(s);
  if (u.size() > 6) return false;
  for (auto g : kGenres)
    if (u.size() >= g.size() && std::u32string_view(u).substr(u.size() - g.size()) == g)
      return true;
  return false;
}

bool is_tip_label(std::string_view s, std::string* rest) {
  static const std::array<std::u32string_view, 3> kLabels = {U"阅读提示", U"核心提示", U"内容提示"};
  if (!opens_any(s, kLabels)) return false;  // most lines: no decoding
  const std::u32string& u = squeezed_u32(s);
  for (auto l : kLabels) {
    if (std::u32string_view(u).substr(0, l.size()) != l) continue;
    std::u32string_view after = std::u32string_view(u).substr(l.size());
    if (after.empty() || after == U"：" || after == U":") {
      if (rest) rest->clear();
      return true;
    }
    if (after[0] != U'：' && after[0] != ':') continue;
    if (rest) {  // text after the colon, from the raw line (keeps its spacing)
      size_t c = s.find("：");
      size_t skip = 3;
      if (c == std::string_view::npos) c = s.find(':'), skip = 1;
      *rest = std::string(s.substr(c + skip));
    }
    return true;
  }
  return false;
}

bool is_continuation_line(std::string_view s) {
  return jump_marker(s, nullptr) != Jump::None;
}

bool is_byline_line(std::string_view s, const NameCheck& plausible) {
  if (visible_length(s) > kMaxBylineChars) return false;
  std::u32string u = utf8::decode(s);
  size_t b = 0;
  while (b < u.size() && (is_bullet_char(u[b]) || is_space(u[b]))) ++b;
  std::vector<std::u32string> toks = name_tokens(std::u32string_view(u).substr(b));
  if (toks.size() == 1 && signs_as_outlet(toks[0])) return true;  // 本报评论员
  if (toks.empty() || role_len(toks[0], 0) == 0) return false;
  bool has_name = false;
  for (size_t k = 0; k < toks.size(); ++k) {
    const auto& t = toks[k];
    if (k + 1 == toks.size() && k > 0 && is_filed_from(t)) break;  // 特派记者 邵 嘉 发自鹭屿
    // ...or how the reporters made the text: 本报记者 钱雨薇 整理 (voices put together).
    if (k + 1 == toks.size() && k > 0 && has_name && is_compiled(t)) break;
    // The bullet before each of several bylines on one line (□ 本报记者 余东明 □ 本报通讯员…).
    if (k > 0 && t.size() == 1 && is_bullet_char(t[0])) continue;
    if (!is_credit_token(t, false, plausible)) return false;
    has_name = has_name || role_len(t, 0) != t.size();
  }
  return has_name;
}

namespace {
// A dateline's reporters set off by spaces, not brackets (本报北京12月1日讯 记者 周明远 商务部…):
// from u[q], role words and names of 2-3 characters each followed by a space, up to the last
// name. Returns where that run ends (the space before the text), or q when there is none.
size_t spaced_reporters(const std::u32string& u, size_t q) {
  constexpr size_t kMaxNameChars = 3;
  size_t end = q, p = q;
  bool role = false;
  while (p < u.size()) {
    size_t e = p;
    while (e < u.size() && !is_space(u[e])) ++e;
    if (e == u.size()) break;  // the text runs to the end: no space after a name
    std::u32string_view tok(u.data() + p, e - p);
    size_t r = role_len(tok, 0);
    std::u32string_view name = tok.substr(r);
    bool han = !name.empty() &&
               std::all_of(name.begin(), name.end(), [](char32_t c) { return is_han(c); });
    if (r > 0 && name.empty()) {
      role = true;
    } else if (han && name.size() >= 2 && name.size() <= kMaxNameChars && (role || r > 0) &&
               is_common_surname(name[0])) {
      end = e, role = true;
    } else {
      break;
    }
    p = e;
    while (p < u.size() && is_space(u[p])) ++p;
  }
  return end;
}
}  // namespace

size_t inline_byline_length(std::string_view s, bool allow_tail) {
  // Prefix ending in 讯 ("本报讯") or 日电 ("新华社北京3月1日电"): at most this many
  // characters, none of them a mark.
  constexpr size_t kMaxPrefix = 20;
  // A bracketed reporter list: role words and names, at most this long.
  constexpr size_t kMaxBracket = 40;
  // Without 讯 or 电 there is no prefix; a tail needs its closing bracket.
  bool prefix = s.find("讯") != std::string_view::npos || s.find("电") != std::string_view::npos;
  if (!prefix && (!allow_tail || (s.find(')') == std::string_view::npos &&
                                  s.find("）") == std::string_view::npos)))
    return 0;
  Decoded d = decode_with_offsets(s);
  const std::u32string& u = d.u;
  size_t i = 0;
  while (i < u.size() && is_space(u[i])) ++i;
  size_t p = i, end = 0;
  for (; p < u.size() && p - i < kMaxPrefix; ++p) {
    if (is_mark(u[p]) || is_opening(u[p]) || is_closing(u[p])) break;
    // (本报讯, 本刊讯: two characters at least before 讯; 书讯, 快讯, 展讯 are labels, and
    // so are the column's own kinds of news however named: 双拥快讯, 工会简讯, 校园资讯.)
    bool label = u[p] == U'讯' && p > i &&
                 std::u32string_view(U"快简短资喜").find(u[p - 1]) != std::u32string_view::npos;
    if ((u[p] == U'讯' && p - i >= 2 && !label) || (u[p] == U'电' && p > i && u[p - 1] == U'日')) {
      end = p + 1;
      break;
    }
  }
  if (end) {
    size_t q = end;
    while (q < u.size() && is_space(u[q])) ++q;
    if (q < u.size() && (u[q] == '(' || u[q] == U'（')) {
      for (size_t k = q + 1; k < u.size() && k - q <= kMaxBracket; ++k) {
        if (is_sentence_end(u[k]) || u[k] == '(' || u[k] == U'（') break;
        if (u[k] == ')' || u[k] == U'）') return d.off[k + 1];
      }
    }
    size_t reporters = spaced_reporters(u, q);
    return d.off[reporters > q ? reporters : end];
  }
  if (!allow_tail) return 0;
  // The tail of a byline whose start is on another page: names, then a closing bracket.
  int han = 0;
  for (size_t k = i; k < u.size() && k - i <= 16; ++k) {
    if (u[k] == ')' || u[k] == U'）') return han >= 2 ? d.off[k + 1] : 0;
    if (is_han(u[k])) {
      ++han;
    } else if (!is_space(u[k]) && u[k] != U'·') {
      return 0;
    }
  }
  return 0;
}

namespace {

// The marks that close a drawing's or a photo's credit after a slash (赵 墨/画, 钟 岳/绘).
constexpr std::array<std::u32string_view, 6> kArtistMarks = {U"/画",  U"／画", U"/绘",
                                                             U"／绘", U"/摄",  U"／摄"};

// Where `u` ends with one of kArtistMarks, the mark's start; else npos.
size_t artist_mark(std::u32string_view u) {
  for (auto mark : kArtistMarks)
    if (u.size() > mark.size() && u.substr(u.size() - mark.size()) == mark)
      return u.size() - mark.size();
  return std::u32string::npos;
}

}  // namespace

size_t trailing_credit_start(std::string_view s, const NameCheck& plausible);

namespace {

// A credit in brackets at the end: "（新华社记者 郑川 摄）", and an agency's "新华社发"
// glued before it ("新华社发（郑川　摄）"): where it starts, or npos.
size_t bracketed_credit_start(std::u32string_view u, const NameCheck& plausible) {
  constexpr size_t kMaxCredit = 24;
  if (u.size() < 4 || !is_closing(u.back()) || u.back() == U'”') return std::u32string::npos;
  size_t k = u.size() - 1;
  while (k > 0 && !is_opening(u[k - 1]) && u.size() - k < kMaxCredit) --k;
  if (k == 0 || !is_opening(u[k - 1])) return std::u32string::npos;
  std::string inner = utf8::encode(u.substr(k, u.size() - 1 - k));
  if (trailing_credit_start(inner, plausible) != 0) return std::u32string::npos;
  size_t b = k - 1;                      // the opening bracket; an agency's 发 may stand before it
  constexpr size_t kMaxAgencyChars = 6;  // 中国新闻社
  if (b > 0 && u[b - 1] == U'发') {      // 新华社发, 本报发, 中新社发
    std::u32string_view before = u.substr(0, b - 1);
    for (size_t a = before.size() > kMaxAgencyChars ? before.size() - kMaxAgencyChars : 0;
         a < before.size(); ++a)
      if (lang::outlet_len(before, a) == before.size() - a) return a;
  }
  return b;
}

// A photo supplied by whoever took it, set after the caption's last sentence: "…。 市民
// 顾先生 供图", "…。受访者供图", "…。（青禾县文旅局供图）" is bracketed_credit_start's.
// Who supplied it may be a person, a reader or a body, so only the form is read: a short
// run of words with no mark between the sentence's end and 供图.
size_t supplied_credit_start(std::u32string_view u) {
  constexpr size_t kMaxSupplier = 14;  // 青禾县文化和旅游局, 市民 顾先生
  constexpr std::u32string_view kSupplied = U"供图";
  if (u.size() <= kSupplied.size() || u.substr(u.size() - kSupplied.size()) != kSupplied)
    return std::u32string::npos;
  size_t m = u.size() - kSupplied.size();
  if (m > 0 && (u[m - 1] == U'/' || u[m - 1] == U'／')) --m;
  size_t b = m;
  while (b > 0 && !is_mark(u[b - 1]) && m - b <= kMaxSupplier) --b;
  constexpr size_t kMaxLoneSupplier = 10;  // a credit alone on its line: 受访者供图
  if (m - b > (b == 0 ? kMaxLoneSupplier : kMaxSupplier)) return std::u32string::npos;
  if (b > 0 && !is_sentence_end(u[b - 1]) && !is_closing(u[b - 1])) return std::u32string::npos;
  while (b < m && is_space(u[b])) ++b;
  return b < m ? b : std::u32string::npos;
}

}  // namespace

size_t trailing_credit_start(std::string_view s, const NameCheck& plausible) {
  constexpr size_t kMaxAgency = 12;  // "摄/视觉中国": source after the slash
  // Every credit ends in (or, bracketed, holds) 摄, 画, 绘, 作 or 图 (供图): most lines hold none.
  if (s.find("摄") == std::string_view::npos && s.find("画") == std::string_view::npos &&
      s.find("绘") == std::string_view::npos && s.find("图") == std::string_view::npos &&
      s.find("作") == std::string_view::npos)
    return std::string_view::npos;
  Decoded d = decode_with_offsets(s);
  const std::u32string& u = d.u;
  size_t e = u.size();
  while (e > 0 && is_space(u[e - 1])) --e;
  if (size_t b = bracketed_credit_start(u.substr(0, e), plausible); b != std::u32string::npos)
    return d.off[b];
  if (size_t b = supplied_credit_start(u.substr(0, e)); b != std::u32string::npos) return d.off[b];
  size_t m = std::u32string::npos;
  bool slash = false;  // "赵 墨/画": a slash sets the mark off the name as a space would
  if (size_t k = artist_mark(std::u32string_view(u).substr(0, e)); k != std::u32string::npos) {
    m = k, slash = true;
  } else if (e > 0 && u[e - 1] == U'摄') {
    m = e - 1;
  } else if (e > 1 && u[e - 1] == U'作' && is_space(u[e - 2])) {
    m = e - 1;  // an artwork's maker, set off by a space as 摄 is (王一川 作; 工作 is a word)
  } else {
    size_t k = std::u32string_view(u).substr(0, e).rfind(U"摄/");
    if (k != std::u32string::npos && e - k - 2 <= kMaxAgency && e - k - 2 > 0) {
      bool plain = true;
      for (size_t j = k + 2; j < e; ++j) plain = plain && !is_space(u[j]) && !is_mark(u[j]);
      if (plain) m = k;
    }
  }
  if (m == std::u32string::npos || m == 0) return std::string_view::npos;
  bool glued = !slash && !is_space(u[m - 1]);  // "本报记者刘金梦摄": it must name a role
  // The space-separated tokens before 摄, back to the caption's last mark.
  std::vector<size_t> starts;  // token starts, from the last token back
  size_t j = m;
  while (j > 0 && starts.size() < 12) {
    while (j > 0 && is_space(u[j - 1])) --j;
    size_t b = j;
    while (b > 0 && !is_space(u[b - 1])) --b;
    if (b == j) break;
    size_t cut = j;  // glued to the caption's last sentence ("队伍。本报记者"): after the mark
    while (cut > b && !is_sentence_end(u[cut - 1]) && !is_closing(u[cut - 1]) &&
           !is_clause_mark(u[cut - 1]))
      --cut;
    if (cut > b) {
      if (cut < j) starts.push_back(cut);
      break;
    }
    starts.push_back(b);
    j = b;
  }
  // The earliest start from which the rest reads as role words and names.
  for (size_t k = starts.size(); k-- > 0;) {
    std::u32string_view rest(u.data() + starts[k], m - starts[k]);
    std::vector<std::u32string> toks = name_tokens(rest);
    if (toks.empty()) continue;
    bool ok = true;
    for (size_t t = 0; t < toks.size() && ok; ++t)
      ok = is_credit_token(toks[t], glued && toks.size() == 1, plausible);
    if (ok) return d.off[starts[k]];
  }
  return std::string_view::npos;
}

QuoteBalance quote_balance(std::string_view s) {
  QuoteBalance q;
  int depth = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (c == U'“') {
      ++depth;
    } else if (c == U'”') {
      if (depth == 0) {
        ++q.unopened;
      } else {
        --depth;
      }
    } else if (c == '"') {
      ++q.ascii;
    }
  }
  q.unclosed = depth;
  return q;
}

}  // namespace wz::ingest
