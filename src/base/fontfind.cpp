#include "base/fontfind.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>
#include <mutex>

namespace wz {
namespace {

namespace fs = std::filesystem;

struct PatternDel {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDel>;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool family_matches(FcPattern* p, const std::string& want) {
  FcChar8* fam = nullptr;
  for (int i = 0; FcPatternGetString(p, FC_FAMILY, i, &fam) == FcResultMatch; ++i)
    if (lower(reinterpret_cast<char*>(fam)) == lower(want)) return true;
  return false;
}

std::optional<FontLocation> from_pattern(FcPattern* p, const std::string& want) {
  FcChar8* file = nullptr;
  int index = 0;
  if (FcPatternGetString(p, FC_FILE, 0, &file) != FcResultMatch) return std::nullopt;
  FcPatternGetInteger(p, FC_INDEX, 0, &index);
  FcChar8* fam = nullptr;
  FcPatternGetString(p, FC_FAMILY, 0, &fam);
  return FontLocation{reinterpret_cast<char*>(file), index, fam ? reinterpret_cast<char*>(fam) : "",
                      family_matches(p, want)};
}

// fontconfig's global config is loaded once; FcFontMatch is not reentrant with FcInit.
std::mutex& fc_mutex() {
  static std::mutex m;
  return m;
}

}  // namespace

std::optional<FontLocation> find_font(const std::string& name,
                                      const std::vector<std::string>& font_dirs,
                                      bool allow_substitute) {
  std::lock_guard lock(fc_mutex());
  FcInit();
  for (const auto& d : font_dirs) {
    fs::path p = fs::path(d) / name;
    if (fs::is_regular_file(p)) return FontLocation{p.string(), 0, name, true};
  }
  if (fs::is_regular_file(name)) return FontLocation{name, 0, name, true};
  // Faces in the project's font folders, matched by family.
  for (const auto& d : font_dirs) {
    std::error_code ec;
    for (auto& e : fs::directory_iterator(d, ec)) {
      int count = 0;
      for (int i = 0; i < 16; ++i) {
        Pattern p(FcFreeTypeQuery(reinterpret_cast<const FcChar8*>(e.path().c_str()), i, nullptr,
                                  &count));
        if (!p) break;
        if (family_matches(p.get(), name)) return FontLocation{e.path().string(), i, name, true};
        if (i + 1 >= count) break;
      }
    }
  }
  Pattern pat(FcNameParse(reinterpret_cast<const FcChar8*>(name.c_str())));
  if (!pat) return std::nullopt;
  FcConfigSubstitute(nullptr, pat.get(), FcMatchPattern);
  FcDefaultSubstitute(pat.get());
  FcResult res;
  Pattern match(FcFontMatch(nullptr, pat.get(), &res));
  if (!match) return std::nullopt;
  auto loc = from_pattern(match.get(), name);
  if (loc && !loc->exact && !allow_substitute) return std::nullopt;
  return loc;
}

}  // namespace wz
