// base/fontfind: find a font file for a family name (fontconfig) or a file name.
// Consumes: a family name such as "Noto Serif CJK SC", or a file name / path, and the
// project's font folders (searched first, so a user's licensed fonts in fonts/ win).
// Produces: the file and the face index inside it. Shared by typeset (PDF fonts) and
// epub (fonts embedded in the book), which must agree on the faces.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace wz {

struct FontLocation {
  std::string path;
  int index = 0;
  std::string family;  // what fontconfig calls it
  bool exact = true;   // false: fontconfig substituted another family
};

// 1. an existing path (absolute or relative to a font dir), 2. a file in the font dirs
// whose family matches, 3. fontconfig. Returns nullopt when nothing matches exactly
// (fontconfig's substitute is returned only with allow_substitute).
std::optional<FontLocation> find_font(const std::string& name,
                                      const std::vector<std::string>& font_dirs,
                                      bool allow_substitute = false);

}  // namespace wz
