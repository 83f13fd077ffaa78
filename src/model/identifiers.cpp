#include "model/identifiers.h"

#include <cctype>

namespace wz::model {
namespace {

// The characters of `text` without the hyphens and spaces editors write between groups;
// an upper-case X only as the last one (ISBN-10 and ISSN check digit 10).
bool compact(const std::string& text, std::string& out) {
  for (char c : text) {
    if (c == '-' || c == ' ') continue;
    if (std::isdigit(static_cast<unsigned char>(c)))
      out += c;
    else if (c == 'X' || c == 'x')
      out += 'X';
    else
      return false;
  }
  size_t x = out.find('X');
  return x == std::string::npos || x + 1 == out.size();
}

int digit(char c) {
  return c == 'X' ? 10 : c - '0';
}

// ISBN-13 / EAN-13 check digit of the first 12 digits: weights 1, 3, 1, 3, …
char ean_check(const std::string& d12) {
  int sum = 0;
  for (size_t i = 0; i < 12; ++i) sum += digit(d12[i]) * (i % 2 ? 3 : 1);
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

// ISBN-10 and ISSN check digits: weights n … 2 over the first n-1 characters, mod 11.
char mod11_check(const std::string& s, size_t n) {
  int sum = 0;
  for (size_t i = 0; i + 1 < n; ++i) sum += digit(s[i]) * static_cast<int>(n - i);
  int c = (11 - sum % 11) % 11;
  return c == 10 ? 'X' : static_cast<char>('0' + c);
}

}  // namespace

std::string normalize_isbn(const std::string& text, std::string& why) {
  std::string d;
  if (!compact(text, d) || (d.size() != 10 && d.size() != 13)) {
    why = "an ISBN has 10 or 13 digits (hyphens allowed)";
    return "";
  }
  if (d.size() == 13) {
    if (d.back() == 'X' || ean_check(d) != d.back()) {
      why = std::string("the check digit should be ") + ean_check(d);
      return "";
    }
    return d;
  }
  if (mod11_check(d, 10) != d.back()) {
    why = std::string("the check digit should be ") + mod11_check(d, 10);
    return "";
  }
  std::string d13 = "978" + d.substr(0, 9);
  return d13 + ean_check(d13);
}

std::string normalize_issn(const std::string& text, std::string& why) {
  std::string d;
  if (!compact(text, d) || d.size() != 8) {
    why = "an ISSN has 8 characters, NNNN-NNNC";
    return "";
  }
  if (mod11_check(d, 8) != d.back()) {
    why = std::string("the check digit should be ") + mod11_check(d, 8);
    return "";
  }
  return d.substr(0, 4) + "-" + d.substr(4);
}

}  // namespace wz::model
