// base/utf8: UTF-8 decoding and validation, and the character classes every stage shares.
// Consumes: bytes. Produces: code points, validation errors with byte offsets.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wz::utf8 {

// Offset of the first invalid byte, or -1 when `s` is valid UTF-8 (no overlongs,
// no surrogates, nothing above U+10FFFF).
std::int64_t first_invalid(std::string_view s);

// Decode one code point at s[i], advancing i. Assumes valid input. (Inline: every stage
// walks its text with it, and the call cost a tenth of ingest.)
inline char32_t next(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  if (c < 0x80) {
    ++i;
    return c;
  }
  if ((c & 0xF0) == 0xE0 && i + 2 < s.size()) {  // three bytes, whole: all of Han and CJK marks
    char32_t cp =
        (char32_t{c} & 0x0F) << 12 | (char32_t(s[i + 1]) & 0x3F) << 6 | (char32_t(s[i + 2]) & 0x3F);
    i += 3;
    return cp;
  }
  int len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  i += len;
  return cp;
}

// Decode the code point that ends at s[i] (i > 0), moving i back to its first byte.
char32_t prev(std::string_view s, size_t& i);
std::u32string decode(std::string_view s);
void append(std::string& out, char32_t c);
std::string encode(std::u32string_view s);
std::string encode(char32_t c);
size_t length(std::string_view s);  // number of code points

// Character classes (Unicode blocks the seeds use; see typography.md).
// CJK unified ideographs incl. ext A, compatibility
inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
}
bool is_latin_or_digit(char32_t c);  // ASCII letters and digits, full-width ones too
bool is_ascii_space(char32_t c);
// ASCII, NBSP, ideographic space U+3000
inline bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000;
}

}  // namespace wz::utf8
