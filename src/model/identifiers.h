// model/identifiers: the book numbers a manifest may give (ISBN, ISSN), checked and
// normalised once. Consumes: the text an editor typed ("978-7-5086-1234-5", "0-306-40615-2",
// "2049-3630"). Produces: the normalised number (an ISBN as its 13 digits, an ISSN as
// NNNN-NNNC) or an empty string with the reason, for the manifest's error message.
#pragma once
#include <string>

namespace wz::model {

// An ISBN-10 or ISBN-13, hyphens and spaces allowed; an ISBN-10 becomes its ISBN-13 (the
// 978 prefix, check digit recomputed). "" when the digits or the check digit are wrong
// (`why` says which).
std::string normalize_isbn(const std::string& text, std::string& why);

// An ISSN (ISO 3297): eight characters, the last a check digit or X, one hyphen allowed.
std::string normalize_issn(const std::string& text, std::string& why);

}  // namespace wz::model
