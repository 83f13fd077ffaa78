// base/fontfind: find a font file for a family name (fontconfig) or a file name.
// Consumes: a family name such as "Noto Serif CJK SC", or a file name / path, and the
// project's font folders (searched first, so a user's licensed fonts in fonts/ win).
// Produces: the file and the face index inside it. Shared by typeset (PDF fonts) and
// epub (fonts embedded in the book), which must agree on the faces.
#pragma once
#include <fontconfig/fontconfig.h>

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
// (fontconfig's substitute is returned only with allow_substitute). Answers are kept for
// the process (fonts do not come and go during a build).
std::optional<FontLocation> find_font(const std::string& name,
                                      const std::vector<std::string>& font_dirs,
                                      bool allow_substitute = false);

// The family name of a fontconfig pattern in English when the font has one, else its first:
// fontconfig lists the names in the order of the user's locale (LANG=zh_CN gives 思源宋体
// first), and the name goes into the outputs, which must not depend on the locale.
std::string family_name(const FcPattern* pattern);

// Every family name fontconfig knows (each font's names in all languages), sorted, once
// each: the candidates of "did you mean" for a font that is not installed.
std::vector<std::string> installed_families();

// The directories fontconfig takes fonts from (its configuration: /usr/share/fonts, …).
std::vector<std::string> fontconfig_dirs();

}  // namespace wz
