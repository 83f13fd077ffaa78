// tests/typeset/linebreak/fake_atoms: a fixed-width fake of the shaper, so that the line
// breaker is tested without fonts. Each Han character is 1 em; ，、；： and 。？！ are 1 em
// with a half-em blank on the right (end_trim ½ em at line end, Comma / Stop shrink ½ em);
// closing brackets and quotes likewise (Bracket class); opening ones have their blank on
// the left (start_trim, shrink_left). Adjacent marks are compressed to 1.5 em (clreq
// §3.1.6.2). An ASCII letter/digit run is one Latin atom, ½ em per letter, with ¼ em
// Han–Latin gaps (shrink to ⅛, stretch to ½) and ⅓ em word spaces (shrink to ¼, stretch to
// ½). —— and …… are one 2-em atom; ～ is a connector (no stretch around it). GB
// prohibition: no break before a closing mark, after an opening one.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "typeset/linebreak/linebreak.h"

namespace wz::typeset::testing {

constexpr float kEm = 10;  // pt

struct FakeParagraph {
  std::vector<Atom> atoms;
  std::vector<std::string> text;  // UTF-8 text of each atom
};

FakeParagraph fake_atoms(std::string_view utf8);

// The text of a line's atoms.
std::string line_text(const FakeParagraph& p, const Line& l);

// ，。、；： (the marks typo-audit checks for squeezing).
bool is_mid_mark(const std::string& atom_text);
bool is_han_atom(const std::string& atom_text);

// A deterministic newspaper-like paragraph of at least `chars` characters: clauses of 2–5
// words ending in ，、；。？, with quoted and bracketed words, Latin words and numbers.
std::string sample_text(int chars, unsigned seed);

}  // namespace wz::typeset::testing
