// base/suggest: "did you mean …?" for a mistyped word.
// Consumes: the word given and the words it could have meant (commands, manifest and layout
// keys, layout names, font families). Produces: the nearest of them by edit distance
// (ASCII case ignored), when it is near enough to be a typo.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace wz {

// Levenshtein distance over bytes, ASCII letters compared without case.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word` when at most max(2, |word| / 4) edits away (biuld →
// build, bodyy → body, Noto Serif CJK → Noto Serif CJK SC); "" when none is.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// "; did you mean 'X'?" for the nearest candidate, or "" when there is none.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace wz
