#include "model/manifest.h"

#include <toml++/toml.h>
#include <unicode/uloc.h>

#include <cctype>
#include <filesystem>
#include <set>

#include "base/file.h"
#include "base/suggest.h"
#include "model/identifiers.h"
#include "model/layout.h"
#include "model/toml_guard.h"
#include "model/toml_pos.h"

namespace wz::model {
namespace {

namespace fs = std::filesystem;

// [options] image_max_dpi: below 72 a picture is coarser than the screen shows it; above
// 2400 no press or printer resolves more (and nothing is shrunk in practice).
constexpr int kMinImageDpi = 72, kMaxImageDpi = 2400;

struct Reader {
  std::string file;
  const InputPolicy* policy = nullptr;

  [[noreturn]] void fail(const toml::node* n, const std::string& key, const std::string& msg) {
    throw Error(toml_pos(file, n, key), (key.empty() ? "" : "'" + key + "': ") + msg);
  }

  // An unknown key is named where it stands (its own line and column, not its value's).
  void only(const toml::table& t, const std::string& where, const std::set<std::string>& keys) {
    for (auto&& [k, v] : t) {
      if (keys.count(std::string(k.str()))) continue;
      std::string list;
      for (auto& a : keys) list += (list.empty() ? "" : ", ") + a;
      SourcePos pos = toml_pos(file, &v, where + std::string(k.str()));
      pos.line = static_cast<int>(k.source().begin.line);
      pos.column = static_cast<int>(k.source().begin.column);
      throw Error(pos, "'" + pos.key + "': unknown key" +
                           did_you_mean(k.str(), {keys.begin(), keys.end()}) +
                           " (allowed: " + list + ")");
    }
  }

  std::string str(const toml::table& t, const std::string& where, const char* key, bool required,
                  const toml::node* parent) {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) fail(parent, where + key, "required key is missing");
      return "";
    }
    if (auto d = n->value_exact<toml::date>()) {  // date = 2024-02-10 (bare TOML date)
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", int(d->year), int(d->month), int(d->day));
      return buf;
    }
    auto s = n->value_exact<std::string>();
    if (!s) fail(n, where + key, "expected a string");
    if (required && s->empty()) fail(n, where + key, "must not be empty");
    return *s;
  }

  // An optional encoding name (an ICU converter name, checked by ingest) and where it is.
  std::string encoding(const toml::table& t, const std::string& where, SourcePos& pos) {
    const toml::node* n = t.get("encoding");
    if (!n) return "";
    auto s = n->value_exact<std::string>();
    if (!s) fail(n, where + "encoding", "expected a string, an encoding name such as \"GB18030\"");
    pos = SourcePos{file, static_cast<int>(n->source().begin.line)};
    return *s;
  }

  // An input file the manifest names, relative to its directory, checked (base/confine.h).
  std::string input(const toml::node* n, const std::string& key, const std::string& name,
                    const fs::path& dir) {
    fs::path p = fs::path(name).is_absolute() ? fs::path(name) : dir / name;
    std::string path = p.lexically_normal().string();
    if (std::string why = input_refused(path, *policy); !why.empty())
      fail(n, key, path + ": " + why);
    return path;
  }

  bool flag(const toml::table& t, const std::string& where, const char* key, bool def) {
    const toml::node* n = t.get(key);
    if (!n) return def;
    auto b = n->value_exact<bool>();
    if (!b) fail(n, where + key, "expected true or false");
    return *b;
  }
};

// A well-formed BCP 47 tag, as ICU parses it: every byte consumed, ASCII letters, digits
// and hyphens only (it goes into xml:lang and dc:language).
bool is_language_tag(const std::string& tag) {
  if (tag.empty() || tag.size() > 64) return false;
  for (unsigned char ch : tag)
    if (!std::isalnum(ch) && ch != '-') return false;
  UErrorCode st = U_ZERO_ERROR;
  char buf[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  uloc_forLanguageTag(tag.c_str(), buf, sizeof buf, &parsed, &st);
  return U_SUCCESS(st) && parsed == static_cast<int32_t>(tag.size());
}

// subject = "工会" or ["工会", "劳动保障"]: one or more non-empty strings.
std::vector<std::string> read_subjects(Reader& r, const toml::table& t) {
  const toml::node* n = t.get("subject");
  if (!n) return {};
  if (auto s = n->value_exact<std::string>()) {
    if (s->empty()) r.fail(n, "digest.subject", "must not be empty");
    return {*s};
  }
  const toml::array* arr = n->as_array();
  if (!arr) r.fail(n, "digest.subject", "expected a string or a list of strings");
  std::vector<std::string> out;
  for (const toml::node& e : *arr) {
    auto s = e.value_exact<std::string>();
    if (!s || s->empty()) r.fail(&e, "digest.subject", "expected a non-empty string");
    out.push_back(*s);
  }
  return out;
}

// contributors = [{ name = "李华", role = "photographer" }, …]
std::vector<Contributor> read_contributors(Reader& r, const toml::table& t) {
  const toml::node* n = t.get("contributors");
  if (!n) return {};
  const toml::array* arr = n->as_array();
  if (!arr)
    r.fail(n, "digest.contributors",
           "expected a list such as [{ name = \"李华\", role = \"editor\" }]");
  std::vector<Contributor> out;
  for (size_t i = 0; i < arr->size(); ++i) {
    const toml::node& e = (*arr)[i];
    std::string where = "digest.contributors[" + std::to_string(i + 1) + "].";
    if (!e.is_table())
      r.fail(&e, "digest.contributors", "each entry must be a table { name, role }");
    const toml::table& c = *e.as_table();
    r.only(c, where, {"name", "role"});
    Contributor k;
    k.name = r.str(c, where, "name", true, &e);
    std::string role = r.str(c, where, "role", true, &e);
    if (!parse_contributor_role(role, k.role))
      r.fail(c.get("role"), where + "role",
             "'" + role + "' is not one of: " + kContributorRoleNames);
    out.push_back(std::move(k));
  }
  return out;
}

// An ISBN or ISSN, checked and normalised (model/identifiers.h).
std::string read_book_number(Reader& r, const toml::table& t, const char* key,
                             std::string (*normalize)(const std::string&, std::string&)) {
  std::string text = r.str(t, "digest.", key, false, nullptr);
  if (text.empty()) return "";
  std::string why;
  std::string out = normalize(text, why);
  if (out.empty()) r.fail(t.get(key), std::string("digest.") + key, "'" + text + "': " + why);
  return out;
}

// The catalogue metadata: rights, description, subjects, series, book numbers, contributors.
void read_metadata(Reader& r, const toml::table& t, Digest& d, const toml::node* n) {
  d.rights = r.str(t, "digest.", "rights", false, n);
  d.description = r.str(t, "digest.", "description", false, n);
  d.subjects = read_subjects(r, t);
  d.series = r.str(t, "digest.", "series", false, n);
  if (const toml::node* num = t.get("series_number")) {
    auto v = num->value_exact<int64_t>();
    if (!v || *v < 1 || *v > 1000000)
      r.fail(num, "digest.series_number", "expected a whole number from 1 (the volume's place)");
    if (d.series.empty())
      r.fail(num, "digest.series_number", "needs digest.series (the series it numbers)");
    d.series_number = static_cast<int>(*v);
  }
  d.isbn = read_book_number(r, t, "isbn", normalize_isbn);
  d.issn = read_book_number(r, t, "issn", normalize_issn);
  d.contributors = read_contributors(r, t);
}

void read_digest(Reader& r, const toml::table& root, Digest& d, const fs::path& dir) {
  const toml::node* n = root.get("digest");
  if (!n) r.fail(nullptr, "digest", "the [digest] table is missing (it needs at least title)");
  if (!n->is_table()) r.fail(n, "digest", "expected a table [digest]");
  const toml::table& t = *n->as_table();
  r.only(t, "digest.",
         {"title", "subtitle", "editor", "publisher", "date", "identifier", "language", "cover",
          "rights", "description", "subject", "series", "series_number", "isbn", "issn",
          "contributors"});
  d.title = r.str(t, "digest.", "title", true, n);
  d.subtitle = r.str(t, "digest.", "subtitle", false, n);
  d.editor = r.str(t, "digest.", "editor", false, n);
  d.publisher = r.str(t, "digest.", "publisher", false, n);
  d.date = r.str(t, "digest.", "date", false, n);
  d.identifier = r.str(t, "digest.", "identifier", false, n);
  std::string lang = r.str(t, "digest.", "language", false, n);
  if (!lang.empty() && !is_language_tag(lang))
    r.fail(t.get("language"), "digest.language",
           "'" + lang + "' is not a BCP 47 language tag (e.g. zh-CN, zh-Hans, zh-Hant-TW, en)");
  if (!lang.empty())
    d.language = lang;
  else if (traditional(d.options.variant))  // a Traditional edition is tagged as such
    d.language = to_string(d.options.variant);
  std::string cover = r.str(t, "digest.", "cover", false, n);
  if (!cover.empty()) d.options.cover_image = r.input(t.get("cover"), "digest.cover", cover, dir);
  read_metadata(r, t, d, n);
}

// [frontmatter]: the page size the cover and contents take, checked as a layout's
// [page] size is (one list of sizes, model/layout).
void read_frontmatter(Reader& r, const toml::table& root, Digest& d) {
  const toml::node* n = root.get("frontmatter");
  if (!n) return;
  if (!n->is_table()) r.fail(n, "frontmatter", "expected a table [frontmatter]");
  const toml::table& t = *n->as_table();
  r.only(t, "frontmatter.", {"size"});
  std::string size = r.str(t, "frontmatter.", "size", false, n);
  if (size.empty()) return;
  try {
    parse_layout("[page]\nsize = \"" + size + "\"\n", "[frontmatter]");
  } catch (const Error& e) {  // the layout reader's message names the sizes it knows
    std::string what = e.what();
    size_t at = what.find("is not a known size");
    r.fail(t.get("size"), "frontmatter.size",
           "'" + size + "' " + (at == std::string::npos ? what : what.substr(at)));
  }
  d.front_size = size;
}

// [options] roots: more directories (relative to the manifest) inputs may come from.
void read_roots(Reader& r, const toml::table& t, Digest& d, const fs::path& dir) {
  const toml::node* n = t.get("roots");
  if (!n) return;
  const toml::array* arr = n->as_array();
  if (!arr) r.fail(n, "options.roots", "expected a list of directories, e.g. [\"../pages\"]");
  for (const toml::node& e : *arr) {
    auto s = e.value_exact<std::string>();
    if (!s || s->empty()) r.fail(&e, "options.roots", "expected a directory name");
    fs::path p = fs::path(*s).is_absolute() ? fs::path(*s) : dir / *s;
    std::error_code ec;
    if (!fs::is_directory(p, ec)) r.fail(&e, "options.roots", "not a directory: " + p.string());
    d.options.inputs.roots.push_back(p.lexically_normal().string());
  }
}

// variant = "zh-HK": the edition's script (model::Variant); `def` when not given.
Variant read_variant(Reader& r, const toml::table& t, const std::string& where, Variant def) {
  std::string v = r.str(t, where, "variant", false, nullptr);
  if (v.empty()) return def;
  Variant out = def;
  if (!parse_variant(v, out))
    r.fail(t.get("variant"), where + "variant", "'" + v + "' is not one of: " + kVariantNames);
  return out;
}

// image_max_dpi = 300: the most pixels per inch a picture keeps in the PDF.
void read_image_max_dpi(Reader& r, const toml::table& t, Digest& d) {
  const toml::node* n = t.get("image_max_dpi");
  if (!n) return;
  auto v = n->value_exact<int64_t>();
  if (!v || *v < kMinImageDpi || *v > kMaxImageDpi)
    r.fail(n, "options.image_max_dpi",
           "expected a whole number of dots per inch from " + std::to_string(kMinImageDpi) +
               " to " + std::to_string(kMaxImageDpi));
  d.options.image_max_dpi = static_cast<int>(*v);
}

void read_options(Reader& r, const toml::table& root, Digest& d, const fs::path& dir) {
  const toml::node* n = root.get("options");
  if (!n) return;
  if (!n->is_table()) r.fail(n, "options", "expected a table [options]");
  const toml::table& t = *n->as_table();
  r.only(t, "options.",
         {"normalize_punctuation", "embed_fonts", "punctuation", "encoding", "roots", "profile",
          "tagged_pdf", "toc_depth", "variant", "image_max_dpi"});
  d.options.variant = read_variant(r, t, "options.", d.options.variant);
  read_roots(r, t, d, dir);
  std::string profile = r.str(t, "options.", "profile", false, n);
  if (!profile.empty() && !parse_output_profile(profile, d.options.profile))
    r.fail(t.get("profile"), "options.profile",
           "'" + profile + "' is not one of: " + kOutputProfileNames);
  std::string depth = r.str(t, "options.", "toc_depth", false, n);
  if (!depth.empty() && !parse_toc_depth(depth, d.options.toc_depth))
    r.fail(t.get("toc_depth"), "options.toc_depth",
           "'" + depth + "' is not one of: " + kTocDepthNames);
  read_image_max_dpi(r, t, d);
  d.options.encoding = r.encoding(t, "options.", d.options.encoding_pos);
  d.options.normalize_punctuation =
      r.flag(t, "options.", "normalize_punctuation", d.options.normalize_punctuation);
  d.options.embed_fonts_in_epub = r.flag(t, "options.", "embed_fonts", true);
  d.options.tagged_pdf = r.flag(t, "options.", "tagged_pdf", true);
  std::string p = r.str(t, "options.", "punctuation", false, n);
  d.options.punct_style_given = !p.empty();
  if (p.empty() || p == "quanjiao")
    d.options.punct_style = PunctStyle::Quanjiao;
  else if (p == "kaiming")
    d.options.punct_style = PunctStyle::Kaiming;
  else if (p == "banjiao")
    d.options.punct_style = PunctStyle::Banjiao;
  else if (p == "plain")
    d.options.punct_style = PunctStyle::Plain;
  else
    r.fail(t.get("punctuation"), "options.punctuation",
           "'" + p + "' is not one of: quanjiao | kaiming | banjiao | plain");
}

// images = { "图为…" = "p3.jpg" }: a picture for the caption starting with the key (the
// value may be { file = "p3.jpg", alt = "…" }).
void read_images(Reader& r, const toml::table& t, const std::string& where, const fs::path& dir,
                 Issue& is) {
  const toml::node* n = t.get("images");
  if (!n) return;
  const toml::table* m = n->as_table();
  if (!m) r.fail(n, where + "images", "expected a table { \"caption start\" = \"file.jpg\", … }");
  for (const auto& [key, v] : *m) {
    const toml::node* file = v.is_table() ? v.as_table()->get("file") : &v;
    auto f = file ? file->value_exact<std::string>() : std::nullopt;
    if (!f)
      r.fail(&v, where + "images", "expected a file name or { file = \"p3.jpg\", alt = \"…\" }");
    std::string alt;
    if (v.is_table()) {
      r.only(*v.as_table(), where + "images.", {"file", "alt"});
      alt = r.str(*v.as_table(), where + "images.", "alt", false, &v);
    }
    if (key.str().empty()) r.fail(&v, where + "images", "the caption start is empty");
    SourcePos pos{r.file, static_cast<int>(v.source().begin.line)};
    is.images.push_back({std::string(key.str()), r.input(&v, where + "images", *f, dir), alt, pos});
  }
}

Issue read_issue(Reader& r, const toml::node& n, size_t i, const fs::path& dir, Variant edition) {
  std::string where = "issues[" + std::to_string(i + 1) + "].";
  if (!n.is_table()) r.fail(&n, "issues", "each [[issues]] entry must be a table");
  const toml::table& t = *n.as_table();
  r.only(t, where, {"title", "date", "sources", "layout", "encoding", "variant", "images"});
  Issue is;
  is.pos = SourcePos{r.file, static_cast<int>(n.source().begin.line)};
  is.layout_pos = t.get("layout") ? toml_pos(r.file, t.get("layout"), where + "layout") : is.pos;
  is.title = r.str(t, where, "title", true, &n);
  is.date = r.str(t, where, "date", false, &n);
  std::string layout = r.str(t, where, "layout", false, &n);
  if (!layout.empty()) is.layout = layout;
  is.encoding = r.encoding(t, where, is.encoding_pos);
  is.variant = read_variant(r, t, where, edition);
  const toml::node* s = t.get("sources");
  if (!s) r.fail(&n, where + "sources", "required key is missing (a list of page files)");
  const toml::array* arr = s->as_array();
  if (!arr) r.fail(s, where + "sources", "expected a list of file names, e.g. [\"page1.txt\"]");
  if (arr->empty()) r.fail(s, where + "sources", "the list is empty");
  for (const toml::node& e : *arr) {
    auto f = e.value_exact<std::string>();
    if (!f) r.fail(&e, where + "sources", "expected a string (a file name)");
    is.sources.push_back(r.input(&e, where + "sources", *f, dir));
  }
  read_images(r, t, where, dir, is);
  return is;
}

}  // namespace

Digest parse_manifest(const std::string& text, const std::string& path,
                      const ManifestOptions& options) {
  Reader r{path};
  toml::table root;
  guard_toml(text, path);
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    SourcePos pos{path, static_cast<int>(e.source().begin.line)};
    pos.column = static_cast<int>(e.source().begin.column);
    throw Error(pos, std::string("invalid TOML: ") + std::string(e.description()));
  }
  r.only(root, "", {"digest", "options", "issues", "frontmatter"});
  fs::path dir = fs::path(path).parent_path();
  Digest d;
  d.manifest_path = path;
  d.options.inputs.allow_outside = options.allow_outside;
  d.options.inputs.roots.push_back(dir.empty() ? "." : dir.string());
  r.policy = &d.options.inputs;
  read_options(r, root, d, dir);  // first: its roots decide which inputs may be read
  read_digest(r, root, d, dir);
  read_frontmatter(r, root, d);
  const toml::node* n = root.get("issues");
  if (!n) r.fail(nullptr, "issues", "no [[issues]] given: a digest needs at least one issue");
  const toml::array* arr = n->as_array();
  if (!arr) r.fail(n, "issues", "expected [[issues]] tables");
  for (size_t i = 0; i < arr->size(); ++i)
    d.issues.push_back(read_issue(r, (*arr)[i], i, dir, d.options.variant));
  return d;
}

Digest load_manifest(const std::string& path, const ManifestOptions& options) {
  return parse_manifest(read_file(path), path, options);
}

}  // namespace wz::model
