#include "epub/vertical_text.h"

#include "base/utf8.h"

namespace wz::epub {
namespace {

// Numbers of this many digits are set 纵中横; up to kUprightMax upright, one per cell.
constexpr size_t kTcyMin = 2, kTcyMax = 3, kUprightMax = 4;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// A character that makes the digits next to it part of a Latin token (a letter, a decimal
// point, a hyphen, a unit sign). Only ASCII: a Han character or a full-width mark ends a
// number.
bool joins_token(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
         std::string_view(".,:/%-+_#@").find(c) != std::string_view::npos;
}

// Marks taken from the body face in vertical text: quotes and the marks mainland vertical
// text sets in the upper right of the cell.
constexpr std::u32string_view kBodyMarks = U"“”‘’，、。：；";

bool is_body_mark(char32_t c) {
  return kBodyMarks.find(c) != std::u32string_view::npos;
}

}  // namespace

std::string mark_vertical_marks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = utf8::next(s, i);
    std::string_view ch = s.substr(start, i - start);
    if (is_body_mark(c))
      out += "<span class=\"vmark\">" + std::string(ch) + "</span>";
    else
      out += ch;
  }
  return out;
}

std::string vertical_marks_in(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    if (is_body_mark(utf8::next(s, i))) out += s.substr(start, i - start);
  }
  return out;
}

std::string mark_vertical_numbers(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) {
      out += s[i++];
      continue;
    }
    size_t e = i;
    while (e < s.size() && is_digit(s[e])) ++e;
    std::string_view digits = s.substr(i, e - i);
    bool in_token = (i > 0 && joins_token(s[i - 1])) || (e < s.size() && joins_token(s[e]));
    size_t n = digits.size();
    if (in_token || n > kUprightMax)
      out += digits;
    else if (n >= kTcyMin && n <= kTcyMax)
      out += "<span class=\"tcy\">" + std::string(digits) + "</span>";
    else
      out += "<span class=\"upright\">" + std::string(digits) + "</span>";
    i = e;
  }
  return out;
}

}  // namespace wz::epub
