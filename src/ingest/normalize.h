// ingest/normalize: text clean-up rules of typography.md, one small function per rule.
// Consumes the raw text of one block (one paragraph, headline line, byline...).
// Produces the normalised text that goes into the model. Pure functions, linear time.
#pragma once
#include <string>
#include <string_view>

namespace wz::ingest {

// Body text: a run of spaces next to a Han character or a CJK mark is extraction
// residue (column line-wrap), not a space (typography.md "Han–Latin and digits"):
// remove it. Spaces between Latin words or numbers stay (collapsed to one).
std::string remove_stray_spaces(std::string_view s);

// Display lines (headlines, kickers, section heads): deliberate spaces between phrases
// ("聚焦重点 集思广益") stay as one space; a space touching a clause or stop mark
// ("人员、 资金") or inside brackets is residue and goes.
std::string normalize_display_spaces(std::string_view s);

// Bylines and credits: spaces separate names ("本报记者 杨明清 张楠") and stay; a space
// that cuts off a single Han character ("夏丽 萍") splits a name and goes; a space before
// a bracket ("本报讯 (") goes.
std::string normalize_name_spaces(std::string_view s);

// Punctuation conversion (typography.md "Newspaper conventions", GB/T 15834): ASCII
// "…" -> “…”, '…' -> ‘…’ next to Chinese, ( ) around Chinese -> （ ）, , : ; ? ! next to
// Chinese -> ，：；？！ — never between digits (1,000 3:30), inside Latin words or URLs.
std::string normalize_punctuation(std::string_view s);

// A display line's trailing "-" / "--" / single "—" after Chinese (a degraded
// dash of a kicker, GB/T 15834 §4.9 破折号) -> "——".
std::string repair_trailing_dash(std::string_view s);

}  // namespace wz::ingest
