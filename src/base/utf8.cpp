#include "base/utf8.h"

#include <cstdint>
#include <cstring>

namespace wz::utf8 {

namespace {

// Whether the eight bytes at p are all ASCII (one load, one test).
bool all_ascii8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return (w & 0x8080808080808080u) == 0;
}

// Whether the two bytes at p are both continuation bytes (10xxxxxx), tested at once.
bool two_continuations(const char* p) {
  std::uint16_t w;
  std::memcpy(&w, p, sizeof w);
  return (w & 0xC0C0u) == 0x8080u;
}

}  // namespace

std::int64_t first_invalid(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {  // after one ASCII byte, runs of them eight at a time
      for (++i; i + 8 <= n && all_ascii8(s.data() + i);) i += 8;
      continue;
    }
    // Three bytes led by E1..EC, EE or EF (most Han text) can be neither overlong nor a
    // surrogate: only their continuation bytes need a test.
    if ((c >= 0xE1 && c <= 0xEC) || (c | 1) == 0xEF) {
      if (i + 3 > n || !two_continuations(s.data() + i + 1)) return static_cast<std::int64_t>(i);
      i += 3;
      continue;
    }
    int len = 0;
    char32_t cp = 0, min = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return static_cast<std::int64_t>(i);
    }
    if (i + len > n) return static_cast<std::int64_t>(i);
    for (int k = 1; k < len; ++k) {
      unsigned char cc = s[i + k];
      if ((cc & 0xC0) != 0x80) return static_cast<std::int64_t>(i);
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return static_cast<std::int64_t>(i);
    i += len;
  }
  return -1;
}

char32_t prev(std::string_view s, size_t& i) {
  size_t end = i;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  size_t k = i;
  return next(s.substr(0, end), k);
}

std::u32string decode(std::string_view s) {
  std::u32string out(s.size(), U'\0');  // at most one code point a byte; written in place
  size_t n = 0;
  for (size_t i = 0; i < s.size();) out[n++] = next(s, i);
  out.resize(n);
  return out;
}

namespace {

// Writes c's UTF-8 bytes at p (room for four); returns the end.
char* put(char* p, char32_t c) {
  if (c < 0x80) {
    *p++ = static_cast<char>(c);
  } else if (c < 0x800) {
    *p++ = static_cast<char>(0xC0 | (c >> 6));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *p++ = static_cast<char>(0xE0 | (c >> 12));
    *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *p++ = static_cast<char>(0xF0 | (c >> 18));
    *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *p++ = static_cast<char>(0x80 | (c & 0x3F));
  }
  return p;
}

}  // namespace

void append(std::string& out, char32_t c) {
  char b[4];
  out.append(b, static_cast<size_t>(put(b, c) - b));
}

std::string encode(std::u32string_view s) {
  std::string out(s.size() * 4, '\0');  // at most four bytes a code point; written in place
  char* p = out.data();
  for (char32_t c : s) p = put(p, c);
  out.resize(static_cast<size_t>(p - out.data()));
  return out;
}

std::string encode(char32_t c) {
  std::string out;
  append(out, c);
  return out;
}

size_t length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_latin_or_digit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
         (c >= 0xFF41 && c <= 0xFF5A) || (c >= 0xC0 && c <= 0x24F);
}

bool is_ascii_space(char32_t c) {
  return c == ' ' || c == '\t';
}

}  // namespace wz::utf8
