#include "base/fontfind.h"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>

namespace wz {
namespace {

namespace fs = std::filesystem;

// The language fontconfig matches for: the digests' text (as typeset/fonts does), so that
// the same name finds the same face under any LANG.
constexpr const char* kMatchLang = "zh-cn";

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
  return FontLocation{reinterpret_cast<char*>(file), index, family_name(p),
                      family_matches(p, want)};
}

// fontconfig's global config is loaded once; FcFontMatch is not reentrant with FcInit.
std::mutex& fc_mutex() {
  static std::mutex m;
  return m;
}

}  // namespace

std::string family_name(const FcPattern* pattern) {
  auto* p = const_cast<FcPattern*>(pattern);  // fontconfig's getters take non-const
  FcChar8* fam = nullptr;
  FcChar8* lang = nullptr;
  for (int i = 0; FcPatternGetString(p, FC_FAMILY, i, &fam) == FcResultMatch; ++i)
    if (FcPatternGetString(p, FC_FAMILYLANG, i, &lang) == FcResultMatch &&
        std::string(reinterpret_cast<char*>(lang)) == "en")
      return reinterpret_cast<char*>(fam);
  if (FcPatternGetString(p, FC_FAMILY, 0, &fam) == FcResultMatch)
    return reinterpret_cast<char*>(fam);
  return "";
}

namespace {

// fontconfig's best face for `name` (with `exact` saying whether it is that family), the
// font folders and allow_substitute aside: matched once a process for each name, since the
// layout check and the typesetter ask the same names with other folders (five pages: six
// matches became three, find_font 14.2 M -> 7.2 M instructions). Called with fc_mutex held.
std::optional<FontLocation> fontconfig_match(const std::string& name) {
  static std::map<std::string, std::optional<FontLocation>> matches;
  if (auto it = matches.find(name); it != matches.end()) return it->second;
  std::optional<FontLocation> loc;
  if (Pattern pat{FcNameParse(reinterpret_cast<const FcChar8*>(name.c_str()))}) {
    // The language the match prefers is the text's, never the user's locale (LANG).
    FcValue have_lang;
    if (FcPatternGet(pat.get(), FC_LANG, 0, &have_lang) != FcResultMatch)
      FcPatternAddString(pat.get(), FC_LANG, reinterpret_cast<const FcChar8*>(kMatchLang));
    FcConfigSubstitute(nullptr, pat.get(), FcMatchPattern);
    FcDefaultSubstitute(pat.get());
    FcResult res;
    if (Pattern match{FcFontMatch(nullptr, pat.get(), &res)}) loc = from_pattern(match.get(), name);
  }
  return matches.emplace(name, std::move(loc)).first->second;
}

std::optional<FontLocation> find_font_uncached(const std::string& name,
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
  auto loc = fontconfig_match(name);
  if (loc && !loc->exact && !allow_substitute) return std::nullopt;
  return loc;
}

}  // namespace

// Answers are kept for the process: the layout check, the typesetter and the EPUB ask
// the same questions, and each costs fontconfig about 2.4 M instructions (a ms).
std::optional<FontLocation> find_font(const std::string& name,
                                      const std::vector<std::string>& font_dirs,
                                      bool allow_substitute) {
  static std::mutex mu;
  static std::map<std::string, std::optional<FontLocation>> answers;
  std::string key = name + '\n' + (allow_substitute ? "1" : "0");
  for (const auto& d : font_dirs) key += '\n' + d;
  {
    std::lock_guard lock(mu);
    if (auto it = answers.find(key); it != answers.end()) return it->second;
  }
  auto loc = find_font_uncached(name, font_dirs, allow_substitute);
  std::lock_guard lock(mu);
  return answers.emplace(key, std::move(loc)).first->second;
}

std::vector<std::string> installed_families() {
  std::lock_guard lock(fc_mutex());
  FcInit();
  std::set<std::string> names;
  Pattern pat(FcPatternCreate());
  std::unique_ptr<FcObjectSet, decltype(&FcObjectSetDestroy)> os(
      FcObjectSetBuild(FC_FAMILY, nullptr), FcObjectSetDestroy);
  std::unique_ptr<FcFontSet, decltype(&FcFontSetDestroy)> fonts(
      FcFontList(nullptr, pat.get(), os.get()), FcFontSetDestroy);
  for (int i = 0; fonts && i < fonts->nfont; ++i) {
    FcChar8* fam = nullptr;
    for (int k = 0; FcPatternGetString(fonts->fonts[i], FC_FAMILY, k, &fam) == FcResultMatch; ++k)
      names.insert(reinterpret_cast<const char*>(fam));
  }
  return {names.begin(), names.end()};
}

std::vector<std::string> fontconfig_dirs() {
  std::lock_guard lock(fc_mutex());
  FcInit();
  std::vector<std::string> out;
  FcStrList* list = FcConfigGetFontDirs(nullptr);
  while (FcChar8* d = FcStrListNext(list)) out.push_back(reinterpret_cast<char*>(d));
  FcStrListDone(list);
  return out;
}

}  // namespace wz
