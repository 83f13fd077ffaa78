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

// Decode one code point at s[i], advancing i. Assumes valid input.
char32_t next(std::string_view s, size_t& i);
// Decode the code point that ends at s[i] (i > 0), moving i back to its first byte.
char32_t prev(std::string_view s, size_t& i);
std::u32string decode(std::string_view s);
void append(std::string& out, char32_t c);
std::string encode(std::u32string_view s);
std::string encode(char32_t c);
size_t length(std::string_view s);  // number of code points

// Character classes (Unicode blocks the seeds use; see typography.md).
bool is_han(char32_t c);             // CJK unified ideographs incl. ext A, compatibility
bool is_latin_or_digit(char32_t c);  // ASCII letters and digits, full-width ones too
bool is_ascii_space(char32_t c);
bool is_space(char32_t c);  // ASCII, NBSP, ideographic space U+3000

}  // namespace wz::utf8
