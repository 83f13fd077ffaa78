#include "ingest/normalize.h"

#include <vector>

#include "base/utf8.h"
#include "ingest/chars.h"

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

// The same, deciding on the two characters around the run: `keep(prev, next)`.
template <class Keep>
std::string filter_spaces(std::string_view s, Keep keep) {
  return filter_space_runs(
      s, [&keep](const std::u32string& u, size_t i, size_t j) { return keep(u[i - 1], u[j]); });
}

bool is_digit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

// Inside a URL (scheme:// or www.) up to the next space: no punctuation conversion.
std::vector<bool> url_mask(const std::u32string& u) {
  std::vector<bool> m(u.size(), false);
  std::u32string_view v(u);
  for (size_t i = 0; i < u.size(); ++i) {
    bool start =
        v.substr(i, 7) == U"http://" || v.substr(i, 8) == U"https://" || v.substr(i, 4) == U"www.";
    if (!start) continue;
    size_t j = i;
    while (j < u.size() && !is_space(u[j]) && !is_cjkish(u[j])) m[j++] = true;
    i = j;
  }
  return m;
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

// Is the text Chinese at all? ASCII quotes in a purely Latin block stay as they are.
bool has_han(const std::u32string& u) {
  for (char32_t c : u)
    if (is_han(c)) return true;
  return false;
}

// , : ; ? ! -> full width when a neighbour is Chinese and it is not between digits.
char32_t full_width_mark(char32_t c) {
  switch (c) {
    case ',':
      return U'，';
    case ':':
      return U'：';
    case ';':
      return U'；';
    case '?':
      return U'？';
    case '!':
      return U'！';
  }
  return 0;
}

// Round brackets whose content holds Han, or that touch Han outside: full width.
void convert_brackets(std::u32string& u, const std::vector<bool>& url) {
  std::vector<size_t> stack;
  std::vector<bool> han_inside;
  for (size_t i = 0; i < u.size(); ++i) {
    if (url[i]) continue;
    if (u[i] == '(') {
      stack.push_back(i);
      han_inside.push_back(false);
    } else if (u[i] == ')') {
      if (stack.empty()) {  // unmatched: decide by the neighbour before it
        if (is_cjkish(prev_visible(u, i))) u[i] = U'）';
        continue;
      }
      size_t o = stack.back();
      // Han inside, or Han touching the brackets outside (no space between).
      bool han = han_inside.back() || (o > 0 && is_cjkish(u[o - 1])) ||
                 (i + 1 < u.size() && is_han(u[i + 1]));
      stack.pop_back();
      han_inside.pop_back();
      if (!han_inside.empty()) han_inside.back() = han_inside.back() || han;
      if (han) u[o] = U'（', u[i] = U'）';
    } else if (!han_inside.empty() && is_han(u[i])) {
      han_inside.back() = true;
    }
  }
  for (size_t o : stack)  // unmatched '(' : decide by the neighbour after it
    if (is_han(next_visible(u, o))) u[o] = U'（';
}

// Straight double quotes alternate open/close within the block; single quotes only when
// they touch Chinese (an apostrophe in "don't" stays).
void convert_quotes(std::u32string& u, const std::vector<bool>& url) {
  bool open2 = true, open1 = true;
  for (size_t i = 0; i < u.size(); ++i) {
    if (url[i]) continue;
    if (u[i] == '"') {
      u[i] = open2 ? U'“' : U'”';
      open2 = !open2;
    } else if (u[i] == U'“') {
      open2 = false;
    } else if (u[i] == U'”') {
      open2 = true;
    } else if (u[i] == '\'') {
      if (!is_cjkish(prev_visible(u, i)) && !is_cjkish(next_visible(u, i))) continue;
      u[i] = open1 ? U'‘' : U'’';
      open1 = !open1;
    }
  }
}

void convert_marks(std::u32string& u, const std::vector<bool>& url) {
  for (size_t i = 0; i < u.size(); ++i) {
    char32_t fw = full_width_mark(u[i]);
    if (!fw || url[i]) continue;
    char32_t p = prev_visible(u, i), n = next_visible(u, i);
    if (is_digit(p) && is_digit(n)) continue;  // 1,000  3:30
    if (is_cjkish(p) || is_cjkish(n)) u[i] = fw;
  }
}

}  // namespace

std::string remove_stray_spaces(std::string_view s) {
  return filter_spaces(s, [](char32_t p, char32_t n) { return !is_cjkish(p) && !is_cjkish(n); });
}

std::string normalize_display_spaces(std::string_view s) {
  return filter_spaces(s, [](char32_t p, char32_t n) {
    if (is_mark(p) || is_mark(n) || is_opening(p) || is_dash(p) || is_dash(n)) return false;
    if (n == U'”' || n == U'’' || n == U'）' || n == U'》' || n == ')') return false;
    return true;
  });
}

std::string normalize_name_spaces(std::string_view s) {
  return filter_space_runs(s, [](const std::u32string& u, size_t i, size_t j) {
    // Length of the Han run ending before i / starting at j.
    size_t before = 0, after = 0;
    for (size_t k = i; k > 0 && is_han(u[k - 1]); --k) ++before;
    for (size_t k = j; k < u.size() && is_han(u[k]); ++k) ++after;
    char32_t p = u[i - 1], n = u[j];
    return n == U'摄' ||  // "X 摄": the credit's space is conventional
           (!is_opening(n) && !is_closing(n) && !is_mark(p) && !is_mark(n) && !is_opening(p) &&
            !(is_han(n) && after == 1 && is_han(p)) &&
            !(is_han(p) && before == 1 && is_han(n) && after == 1));
  });
}

std::string normalize_punctuation(std::string_view s) {
  std::u32string u = utf8::decode(s);
  if (!has_han(u)) return std::string(s);
  std::vector<bool> url = url_mask(u);
  convert_brackets(u, url);
  convert_quotes(u, url);
  convert_marks(u, url);
  return utf8::encode(u);
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

}  // namespace wz::ingest
