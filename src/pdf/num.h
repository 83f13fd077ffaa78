// pdf/num: locale-independent number formatting for content streams and CMaps.
// Consumes: doubles and integers. Produces: PDF number tokens ("12.5", "-3", "0").
#pragma once
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace wz::pdf {

// Appends `v` rounded to `decimals` places, without trailing zeros or "-0"
// (std::to_chars ignores LC_NUMERIC, unlike printf).
inline void append_num(std::string& out, double v, int decimals = 3) {
  double scale = std::pow(10.0, decimals);
  double r = std::round(v * scale) / scale;
  if (r == 0) r = 0;  // no "-0"
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, r, std::chars_format::fixed, decimals);
  char* end = res.ptr;
  if (decimals > 0) {
    while (end[-1] == '0') --end;
    if (end[-1] == '.') --end;
  }
  out.append(buf, end);
}

// Rounds like append_num does, so callers can track exactly what was written.
inline double rounded(double v, int decimals = 3) {
  double scale = std::pow(10.0, decimals);
  return std::round(v * scale) / scale;
}

// Four upper-case hex digits of a 16-bit code.
inline void append_hex16(std::string& out, std::uint32_t v) {
  static const char* kHex = "0123456789ABCDEF";
  out += kHex[(v >> 12) & 15];
  out += kHex[(v >> 8) & 15];
  out += kHex[(v >> 4) & 15];
  out += kHex[v & 15];
}

// `text` (UTF-8) as UTF-16BE hex digits, surrogate pairs beyond the BMP (a PDF text
// string's form after its FEFF mark, and a ToUnicode map's destination).
inline std::string utf16be_hex(const std::u32string& text) {
  std::string out;
  for (char32_t c : text) {
    if (c >= 0x10000) {
      c -= 0x10000;
      append_hex16(out, 0xD800 + (c >> 10));
      append_hex16(out, 0xDC00 + (c & 0x3FF));
    } else {
      append_hex16(out, c);
    }
  }
  return out;
}

}  // namespace wz::pdf
