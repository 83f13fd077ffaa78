// epub/xml: escaping model text for XHTML/XML 1.0, and the small string helpers the
// EPUB parts share. Consumes: UTF-8 text from the model. Produces: escaped text, with
// characters that XML 1.0 forbids (C0 controls except TAB/LF/CR, U+FFFE/U+FFFF) and the
// C1 controls removed; every removal is recorded so the writer can report it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace wz::epub {

// Collects what had to be changed to make the text valid; shared by all parts.
struct Report {
  std::vector<std::string> warnings;
  void warn(const std::string& w) { warnings.push_back(w); }
};

// Text content: & < > escaped (so "]]>" is harmless too). Throws wz::Error at `where`
// when `s` is not valid UTF-8.
std::string esc(std::string_view s, Report& rep, const SourcePos& where = {});
// Attribute value (double-quoted): also escapes ".
std::string esc_attr(std::string_view s, Report& rep, const SourcePos& where = {});

// True for code points XML 1.0 does not allow, or that HTML calls control characters.
bool is_forbidden_char(char32_t c);

// A number for CSS: up to 4 decimals, no trailing zeros, C locale ("1.5", "0.8571").
std::string num(double v);

// Deterministic name-based UUID (RFC 4122 version 5, SHA-1) of `data`.
std::string uuid_v5(std::string_view data);

}  // namespace wz::epub
