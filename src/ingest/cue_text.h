// ingest/cue_text: the text helpers the cue files (cues.cpp, cues_rows.cpp) share.
// Internal to those files: u32 string views of a line and the word tests on them.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/features.h"

namespace wz::ingest::cue_text {

using utf8::is_han;
using utf8::is_space;
using U = std::u32string;
using UV = std::u32string_view;

inline bool starts(UV s, UV w) {
  return s.substr(0, w.size()) == w;
}

// `w` ends `s` and something stands before it.
inline bool ends_after(UV s, UV w) {
  return s.size() > w.size() && s.substr(s.size() - w.size()) == w;
}

template <size_t N>
bool starts_any(UV s, const std::array<UV, N>& words) {
  for (auto w : words)
    if (starts(s, w)) return true;
  return false;
}

template <size_t N>
bool ends_any(UV s, const std::array<UV, N>& words) {
  for (auto w : words)
    if (s.ends_with(w)) return true;
  return false;
}

inline bool is_colon(char32_t c) {
  return c == U'：' || c == ':';
}

// `s` without spaces, and without brackets at both ends.
inline U bare(std::string_view s) {
  U u = squeezed_u32(s);
  while (!u.empty() && (is_opening(u.front()) || is_closing(u.front()))) u.erase(0, 1);
  while (!u.empty() && (is_opening(u.back()) || is_closing(u.back()))) u.pop_back();
  return u;
}

}  // namespace wz::ingest::cue_text
