#include "ingest/chars.h"

#include "base/utf8.h"

namespace wz::ingest {

bool is_cjk_punct(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || (c >= 0x2018 && c <= 0x201F) || c == 0x2014 ||
         c == 0x2015 || c == 0x2026 || c == 0x00B7 || c == 0x2E3A || c == 0xFE4F;
}

bool is_cjkish(char32_t c) {
  return utf8::is_han(c) || is_cjk_punct(c);
}

bool is_sentence_end(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == U'…';
}

bool is_clause_mark(char32_t c) {
  return c == U'，' || c == ',' || c == U'、' || c == U'；' || c == ';' || c == U'：' || c == ':';
}

bool is_comma_like(char32_t c) {
  return c == U'，' || c == ',' || c == U'、';
}

bool is_closing(char32_t c) {
  return c == U'”' || c == U'’' || c == '"' || c == '\'' || c == U'）' || c == ')' || c == U'」' ||
         c == U'』' || c == U'》' || c == U'〉' || c == U'】' || c == U'〕' || c == ']' ||
         c == U'］';
}

bool is_opening(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'（' || c == '(' || c == U'「' || c == U'『' ||
         c == U'《' || c == U'〈' || c == U'【' || c == U'〔' || c == '[' || c == U'［';
}

bool is_dash(char32_t c) {
  return c == U'—' || c == U'―' || c == '-' || c == U'─' || c == 0x2E3A;
}

int visible_length(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size();) n += !utf8::is_space(utf8::next(s, i));
  return n;
}

std::string squeeze(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (!utf8::is_space(c)) utf8::append(out, c);
  }
  return out;
}

char32_t last_char(std::string_view s) {
  char32_t last = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (!utf8::is_space(c)) last = c;
  }
  return last;
}

char32_t first_char(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (!utf8::is_space(c)) return c;
  }
  return 0;
}

}  // namespace wz::ingest
