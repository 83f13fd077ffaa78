#include "variant/variant.h"

#include <opencc.h>

#include <map>
#include <memory>
#include <mutex>

#include "base/error.h"
#include "base/fontfind.h"
#include "base/utf8.h"

namespace wz::variant {
namespace {

using model::Variant;

// OpenCC's handle (an opaque pointer; opencc_open answers (opencc_t)-1 on failure).
struct OpenccClose {
  void operator()(void* od) const { opencc_close(static_cast<opencc_t>(od)); }
};
using Converter = std::unique_ptr<void, OpenccClose>;

// The OpenCC profile (a config in libopencc's data, /usr/share/opencc) of each variant.
const char* profile(Variant v) {
  switch (v) {
    case Variant::Hant:
      return "s2t.json";
    case Variant::HK:
      return "s2hk.json";
    case Variant::TW:
      return "s2tw.json";
    case Variant::Hans:
      break;
  }
  return nullptr;
}

Converter open_converter(Variant v) {
  opencc_t od = opencc_open(profile(v));
  if (od == reinterpret_cast<opencc_t>(-1))
    throw Error(std::string("OpenCC cannot open its profile ") + profile(v) + " (" +
                opencc_error() + "): install the libopencc1.1 package's data");
  return Converter(od);
}

std::string convert_with(void* od, const std::string& text) {
  if (text.empty()) return text;
  char* out = opencc_convert_utf8(static_cast<opencc_t>(od), text.data(), text.size());
  if (!out) throw Error(std::string("OpenCC could not convert a text: ") + opencc_error());
  std::string s(out);
  opencc_convert_utf8_free(out);
  return s;
}

bool is_latin(char32_t c) {
  return c < 0x2000;  // Latin, Greek, Cyrillic letters and their punctuation
}

// Taiwan and Hong Kong quote with corner brackets: “” → 「」 and ‘’ → 『』 (Taiwan's
// 重訂標點符號手冊; OpenCC converts characters, not punctuation). A quote between
// Latin letters (the apostrophe of "Women’s") stays.
constexpr std::pair<char32_t, char32_t> kCornerQuotes[] = {
    {U'\u201C', U'\u300C'}, {U'\u201D', U'\u300D'}, {U'\u2018', U'\u300E'}, {U'\u2019', U'\u300F'}};

std::string corner_quotes(const std::string& text) {
  if (text.find("\u201C") == std::string::npos && text.find("\u2018") == std::string::npos &&
      text.find("\u2019") == std::string::npos && text.find("\u201D") == std::string::npos)
    return text;
  std::u32string t = utf8::decode(text);
  for (size_t i = 0; i < t.size(); ++i) {
    const bool latin_before = i > 0 && is_latin(t[i - 1]) && t[i - 1] != U' ';
    const bool latin_after = i + 1 < t.size() && is_latin(t[i + 1]) && t[i + 1] != U' ';
    if (latin_before && latin_after) continue;
    for (const auto& [from, to] : kCornerQuotes)
      if (t[i] == from) t[i] = to;
  }
  return utf8::encode(t);
}

// Every text of an issue a reader sees: title, headline groups, blocks' spans.
void convert_issue(model::Issue& is, void* od) {
  auto c = [od](std::string& s) { s = corner_quotes(convert_with(od, s)); };
  c(is.title);
  for (auto& a : is.articles) {
    c(a.genre), c(a.head.kicker), c(a.head.headline), c(a.head.subheadline);
    for (auto& b : a.blocks)
      for (auto& sp : b.text) c(sp.text);
  }
}

// The Traditional counterpart of a Simplified family: a Pan-CJK family's region suffix
// (Noto CJK: "… SC" → "… TC" or "… HK"), or the named Kai faces (Debian's
// fonts-arphic-gkai00mp has no Traditional face; fonts-arphic-ukai has TW and HK ones).
std::string traditional_family(const std::string& family, Variant v) {
  const bool hk = v == Variant::HK;
  if (family == "AR PL KaitiM GB" || family == "AR PL UKai CN")
    return hk ? "AR PL UKai HK" : "AR PL UKai TW";
  if (family.size() > 3 && family.compare(family.size() - 3, 3, " SC") == 0)
    return family.substr(0, family.size() - 3) + (hk ? " HK" : " TC");
  return family;
}

}  // namespace

std::string convert_text(const std::string& text, Variant v) {
  if (!model::traditional(v)) return text;
  Converter od = open_converter(v);
  return corner_quotes(convert_with(od.get(), text));
}

const model::Labels& labels_for(Variant v) {
  static std::mutex m;  // builds of a batch run in threads
  static std::map<Variant, model::Labels> made;
  std::lock_guard lock(m);
  if (auto it = made.find(v); it != made.end()) return it->second;
  model::Labels labels;
  if (model::traditional(v)) {
    Converter od = open_converter(v);
    for (std::string* s : labels.all()) *s = corner_quotes(convert_with(od.get(), *s));
  }
  return made.emplace(v, std::move(labels)).first->second;
}

void convert_digest(model::Digest& d) {
  std::map<Variant, Converter> open;  // one handle per profile the digest uses
  auto conv = [&](Variant v) -> void* {
    auto it = open.find(v);
    if (it == open.end()) it = open.emplace(v, open_converter(v)).first;
    return it->second.get();
  };
  try {
    if (model::traditional(d.options.variant)) {
      void* od = conv(d.options.variant);
      for (std::string* s :
           {&d.title, &d.subtitle, &d.editor, &d.publisher, &d.description, &d.rights, &d.series})
        *s = corner_quotes(convert_with(od, *s));
      for (auto& s : d.subjects) s = corner_quotes(convert_with(od, s));
      d.labels = labels_for(d.options.variant);
    }
    for (auto& is : d.issues)
      if (model::traditional(is.variant)) convert_issue(is, conv(is.variant));
  } catch (const Error& e) {
    throw Error(SourcePos{d.manifest_path}, e.what());
  }
}

std::string face_for(const std::string& family, Variant v,
                     const std::vector<std::string>& font_dirs) {
  if (!model::traditional(v)) return family;
  std::string want = traditional_family(family, v);
  if (want == family) return family;
  auto loc = find_font(want, font_dirs, false);
  return loc && loc->exact ? want : family;
}

void adapt_layout(model::Layout& L, Variant v, const std::vector<std::string>& font_dirs) {
  L.variant = v;
  L.labels = labels_for(v);
  for (auto& [role, family] : L.fonts) family = face_for(family, v, font_dirs);
}

}  // namespace wz::variant
