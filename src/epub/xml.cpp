#include "epub/xml.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>

#include "base/utf8.h"

namespace wz::epub {
namespace {

std::string hex4(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

std::string escape(std::string_view s, Report& rep, const SourcePos& where, bool attr) {
  if (std::int64_t bad = utf8::first_invalid(s); bad >= 0) {
    SourcePos p = where;
    throw Error(p, "invalid UTF-8 in text at byte " + std::to_string(bad) + " of \"" +
                       std::string(s.substr(0, static_cast<size_t>(bad))) + "\"");
  }
  std::string out;
  out.reserve(s.size() + 16);
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    char32_t c = utf8::next(s, i);
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        if (attr) {
          out += "&quot;";
          continue;
        }
        break;
      default:
        break;
    }
    if (is_forbidden_char(c)) {
      rep.warn((where.str().empty() ? "" : where.str() + ": ") + "removed control character " +
               hex4(c) + " (not allowed in XHTML)");
      continue;
    }
    out.append(s.substr(start, i - start));
  }
  return out;
}

// SHA-1 (FIPS 180-4), only for name-based UUIDs.
std::array<std::uint8_t, 20> sha1(std::string_view data) {
  std::uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string m(data);
  std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  m += static_cast<char>(0x80);
  while (m.size() % 64 != 56) m += '\0';
  for (int k = 7; k >= 0; --k) m += static_cast<char>((bits >> (k * 8)) & 0xFF);
  auto rol = [](std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
  for (size_t off = 0; off < m.size(); off += 64) {
    std::uint32_t w[80];
    for (int t = 0; t < 16; ++t) {
      const auto* p = reinterpret_cast<const unsigned char*>(m.data() + off + t * 4);
      w[t] = (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) |
             (std::uint32_t(p[2]) << 8) | p[3];
    }
    for (int t = 16; t < 80; ++t) w[t] = rol(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int t = 0; t < 80; ++t) {
      std::uint32_t f, k;
      if (t < 20)
        f = (b & c) | (~b & d), k = 0x5A827999;
      else if (t < 40)
        f = b ^ c ^ d, k = 0x6ED9EBA1;
      else if (t < 60)
        f = (b & c) | (b & d) | (c & d), k = 0x8F1BBCDC;
      else
        f = b ^ c ^ d, k = 0xCA62C1D6;
      std::uint32_t tmp = rol(a, 5) + f + e + k + w[t];
      e = d, d = c, c = rol(b, 30), b = a, a = tmp;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e;
  }
  std::array<std::uint8_t, 20> out{};
  for (int i = 0; i < 20; ++i) out[i] = static_cast<std::uint8_t>(h[i / 4] >> (24 - 8 * (i % 4)));
  return out;
}

}  // namespace

bool is_forbidden_char(char32_t c) {
  if (c < 0x20) return c != 0x09 && c != 0x0A && c != 0x0D;  // XML 1.0 Char production
  if (c >= 0x7F && c <= 0x9F) return true;                   // DEL and C1: HTML controls
  return c == 0xFFFE || c == 0xFFFF;
}

std::string esc(std::string_view s, Report& rep, const SourcePos& where) {
  return escape(s, rep, where, false);
}

std::string esc_attr(std::string_view s, Report& rep, const SourcePos& where) {
  return escape(s, rep, where, true);
}

std::string num(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 4);
  std::string s(buf, r.ptr);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

std::string uuid_v5(std::string_view data) {
  // Namespace: the URL namespace of RFC 4122 (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
  static const unsigned char ns[16] = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                                       0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
  std::string buf(reinterpret_cast<const char*>(ns), 16);
  buf.append(data);
  auto d = sha1(buf);
  d[6] = static_cast<std::uint8_t>((d[6] & 0x0F) | 0x50);
  d[8] = static_cast<std::uint8_t>((d[8] & 0x3F) | 0x80);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += hex[d[i] >> 4];
    out += hex[d[i] & 15];
  }
  return out;
}

}  // namespace wz::epub
