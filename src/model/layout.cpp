#include "model/layout.h"

#include <toml++/toml.h>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>

#include "base/file.h"
#include "base/suggest.h"
#include "model/toml_guard.h"
#include "model/toml_pos.h"

namespace wz::model {
namespace {

namespace fs = std::filesystem;

constexpr double kPtPerMm = 72.0 / 25.4;
// A column narrower than this many characters cannot keep clreq's line-start and line-end
// prohibitions with any latitude left for justification.
constexpr int kMinColumnChars = 6;
// A text area lower than this many body lines cannot hold a headline group and its text.
constexpr int kMinTextLines = 3;

// Built-in block styles; a layout overrides any field of any of them.
std::map<Style, TextStyle> default_styles() {
  using R = FontRole;
  std::map<Style, TextStyle> s;
  s[Style::IssueTitle] = {R::Headline, 22, 1.3, Align::Center, 1, 1, 0, true};
  s[Style::Kicker] = {R::Kai, 12, 1.4, Align::Center, 0.5, 0, 0, false};
  s[Style::Headline] = {R::Headline, 20, 1.25, Align::Center, 0, 0, 0, true};
  s[Style::Subheadline] = {R::Body, 12, 1.4, Align::Center, 0, 0, 0, false};
  s[Style::Byline] = {R::Kai, 10.5, 1.5, Align::Center, 0, 0.5, 0, false};
  s[Style::SectionHead] = {R::Headline, 10.5, 1.6, Align::Left, 0.5, 0, 0, true};
  s[Style::ReadingTip] = {R::Kai, 10.5, 1.6, Align::Justify, 0.5, 0.5, 2, false};
  s[Style::Caption] = {R::Kai, 10.5, 1.6, Align::Justify, 0, 0, 2, false};
  s[Style::Credit] = {R::Kai, 9, 1.6, Align::Right, 0, 0.5, 0, false};
  s[Style::RunningHead] = {R::Body, 8, 1.2, Align::Center, 0, 0, 0, false};
  s[Style::Folio] = {R::Folio, 9, 1.2, Align::Center, 0, 0, 0, false};
  // TOC entries a size apart from the body, as contents pages usually are.
  s[Style::Toc] = {R::Body, 11, 1.8, Align::Left, 0, 0, 0, false};
  return s;
}

struct Ctx {
  std::string file;
  std::map<std::string, const toml::node*> given;  // "page.width" -> its node, for cross-checks
  [[noreturn]] void fail(const toml::node* n, const std::string& key, const std::string& msg) {
    throw Error(toml_pos(file, n, key), "layout key '" + key + "': " + msg);
  }
  // An unknown key is named where it stands (its own line and column, not its value's).
  void check_keys(const toml::table& t, const std::string& prefix,
                  const std::set<std::string>& allowed) {
    for (auto&& [k, v] : t) {
      std::string key(k.str());
      if (!allowed.count(key)) {
        std::string list;
        for (auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        SourcePos pos = toml_pos(file, &v, prefix + key);
        pos.line = static_cast<int>(k.source().begin.line);
        pos.column = static_cast<int>(k.source().begin.column);
        throw Error(pos, "layout key '" + pos.key + "': unknown key" +
                             did_you_mean(key, {allowed.begin(), allowed.end()}) +
                             " (allowed here: " + list + ")");
      }
    }
  }
  double num(const toml::table& t, const std::string& prefix, const char* key, double def,
             double lo, double hi) {
    const toml::node* n = t.get(key);
    if (!n) return def;
    double v;
    if (auto i = n->value_exact<int64_t>()) {
      v = static_cast<double>(*i);
    } else if (auto d = n->value_exact<double>()) {
      v = *d;
    } else {
      fail(n, prefix + key, "expected a number");
    }
    given[prefix + key] = n;
    if (!std::isfinite(v)) fail(n, prefix + key, "expected a finite number, not nan or inf");
    if (!(v >= lo && v <= hi))
      fail(n, prefix + key,
           "value " + number(v) + " out of range [" + number(lo) + ", " + number(hi) + "]");
    return v;
  }
  // A count: an integer in TOML (2, not 2.0 or 2.5).
  int integer(const toml::table& t, const std::string& prefix, const char* key, int def, int lo,
              int hi) {
    const toml::node* n = t.get(key);
    if (!n) return def;
    if (!n->value_exact<int64_t>()) {
      if (n->is_floating_point())
        fail(n, prefix + key,
             "expected a whole number (e.g. 2), not " + number(*n->value<double>()));
      fail(n, prefix + key, "expected a whole number");
    }
    return static_cast<int>(num(t, prefix, key, def, lo, hi));
  }
  static std::string number(double v) {
    std::ostringstream o;
    o << v;
    return o.str();
  }
  std::string str(const toml::table& t, const std::string& prefix, const char* key,
                  const std::string& def, const std::vector<std::string>& allowed = {}) {
    const toml::node* n = t.get(key);
    if (!n) return def;
    auto s = n->value_exact<std::string>();
    if (!s) fail(n, prefix + key, "expected a string");
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), *s) == allowed.end()) {
      std::string list;
      for (auto& a : allowed) list += (list.empty() ? "" : " | ") + a;
      fail(n, prefix + key, "'" + *s + "' is not one of: " + list);
    }
    return *s;
  }
  // A string key that names one of `allowed`, returned as its enum value.
  template <class E>
  E choice(const toml::table& t, const std::string& prefix, const char* key, E def,
           const std::vector<std::pair<std::string, E>>& allowed) {
    if (!t.get(key)) return def;
    std::vector<std::string> names;
    for (const auto& [name, e] : allowed) names.push_back(name);
    std::string s = str(t, prefix, key, "", names);
    for (const auto& [name, e] : allowed)
      if (name == s) return e;
    return def;
  }
  bool boolean(const toml::table& t, const std::string& prefix, const char* key, bool def) {
    const toml::node* n = t.get(key);
    if (!n) return def;
    auto b = n->value_exact<bool>();
    if (!b) fail(n, prefix + key, "expected true or false");
    return *b;
  }
  const toml::table* table(const toml::table& t, const std::string& key) {
    const toml::node* n = t.get(key);
    if (!n) return nullptr;
    if (!n->is_table()) fail(n, key, "expected a table [" + key + "]");
    return n->as_table();
  }
};

// Page sizes by name, mm (ISO 216; 四开 per GB/T 788 newsprint practice).
bool named_size(const std::string& s, double& w, double& h) {
  static const std::map<std::string, std::pair<double, double>> sizes = {
      {"A3", {297, 420}},  {"A4", {210, 297}}, {"A5", {148, 210}},         {"B5", {176, 250}},
      {"16K", {185, 260}}, {"4K", {390, 543}}, {"tabloid", {279.4, 431.8}}};
  auto it = sizes.find(s);
  if (it == sizes.end()) return false;
  w = it->second.first, h = it->second.second;
  return true;
}

FontRole role_of(Ctx& c, const toml::node* n, const std::string& key, const std::string& v) {
  if (v == "body") return FontRole::Body;
  if (v == "headline") return FontRole::Headline;
  if (v == "kai") return FontRole::Kai;
  if (v == "folio") return FontRole::Folio;
  c.fail(n, key, "'" + v + "' is not a font role: body | headline | kai | folio");
}

void parse_page(Ctx& c, const toml::table& root, Layout& L) {
  const toml::table* t = c.table(root, "page");
  if (!t) return;
  c.check_keys(
      *t, "page.",
      {"size", "width", "height", "margin_top", "margin_bottom", "margin_inner", "margin_outer"});
  if (const toml::node* n = t->get("size")) {
    std::string s = c.str(*t, "page.", "size", "A4");
    if (!named_size(s, L.page_width, L.page_height))
      c.fail(n, "page.size",
             "'" + s + "' is not a known size: A3 | A4 | A5 | B5 | 16K | 4K | tabloid");
  }
  L.page_width = c.num(*t, "page.", "width", L.page_width, 50, 2000);
  L.page_height = c.num(*t, "page.", "height", L.page_height, 50, 2000);
  L.margin_top = c.num(*t, "page.", "margin_top", L.margin_top, 0, 200);
  L.margin_bottom = c.num(*t, "page.", "margin_bottom", L.margin_bottom, 0, 200);
  L.margin_inner = c.num(*t, "page.", "margin_inner", L.margin_inner, 0, 200);
  L.margin_outer = c.num(*t, "page.", "margin_outer", L.margin_outer, 0, 200);
}

void parse_grid(Ctx& c, const toml::table& root, Layout& L) {
  const toml::table* t = c.table(root, "grid");
  if (!t) return;
  c.check_keys(
      *t, "grid.",
      {"columns", "gutter", "body_size", "chars_per_line", "line_pitch", "indent", "direction"});
  L.columns = c.integer(*t, "grid.", "columns", L.columns, 1, 12);
  L.gutter = c.num(*t, "grid.", "gutter", L.gutter, 0, 10);
  // 六号 7.875 pt is the minimum body size (typography.md, clreq §2.3).
  L.body_size = c.num(*t, "grid.", "body_size", L.body_size, 7.875, 48);
  L.chars_per_line = c.integer(*t, "grid.", "chars_per_line", 0, 0, 200);
  L.line_pitch = c.num(*t, "grid.", "line_pitch", L.line_pitch, 1.0, 3.0);
  L.indent = c.num(*t, "grid.", "indent", L.indent, 0, 4);
  L.direction =
      c.choice(*t, "grid.", "direction", L.direction,
               {{"horizontal", Direction::Horizontal}, {"vertical", Direction::Vertical}});
}

void parse_typography(Ctx& c, const toml::table& root, Layout& L) {
  const toml::table* t = c.table(root, "typography");
  if (!t) return;
  c.check_keys(*t, "typography.", {"punctuation", "prohibition", "hanging"});
  std::string p = c.str(*t, "typography.", "punctuation", "quanjiao",
                        {"quanjiao", "kaiming", "banjiao", "plain"});
  L.punctuation = p == "kaiming"   ? PunctStyle::Kaiming
                  : p == "banjiao" ? PunctStyle::Banjiao
                  : p == "plain"   ? PunctStyle::Plain
                                   : PunctStyle::Quanjiao;
  L.prohibition = c.choice(
      *t, "typography.", "prohibition", L.prohibition,
      {{"basic", Prohibition::Basic}, {"gb", Prohibition::GB}, {"strict", Prohibition::Strict}});
  L.hanging = c.boolean(*t, "typography.", "hanging", false);
}

void parse_fonts(Ctx& c, const toml::table& root, Layout& L) {
  const toml::table* t = c.table(root, "fonts");
  if (!t) return;
  c.check_keys(*t, "fonts.", {"body", "headline", "kai", "folio"});
  for (auto [key, role] : {std::pair{"body", FontRole::Body},
                           {"headline", FontRole::Headline},
                           {"kai", FontRole::Kai},
                           {"folio", FontRole::Folio}}) {
    L.fonts[role] = c.str(*t, "fonts.", key, L.fonts[role]);
    if (const toml::node* n = t->get(key))
      L.font_pos[role] = toml_pos(c.file, n, std::string("fonts.") + key);
  }
}

// A style's `color = { rgb = "#rrggbb", cmyk = [c, m, y, k] }` (CMYK in percent): both
// forms, each checked, the error at the key's line.
InkColor parse_color(Ctx& c, const toml::node& n, const std::string& key) {
  const toml::table* t = n.as_table();
  if (!t) c.fail(&n, key, "expected { rgb = \"#rrggbb\", cmyk = [c, m, y, k] } (CMYK in percent)");
  c.check_keys(*t, key + ".", {"rgb", "cmyk"});
  const toml::node* rgb = t->get("rgb");
  const toml::node* cmyk = t->get("cmyk");
  if (!rgb || !cmyk)
    c.fail(&n, key,
           std::string("needs both rgb (screen, archive, EPUB) and cmyk (print); ") +
               (rgb ? "cmyk" : "rgb") + " is missing");
  InkColor ink;
  std::string hex = c.str(*t, key + ".", "rgb", "");
  auto hexval = [](char ch) {
    return ch >= '0' && ch <= '9'   ? ch - '0'
           : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
           : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                    : -1;
  };
  bool ok = hex.size() == 7 && hex[0] == '#';
  for (size_t i = 1; ok && i < 7; ++i) ok = hexval(hex[i]) >= 0;
  if (!ok) c.fail(rgb, key + ".rgb", "'" + hex + "' is not a colour written #rrggbb");
  double* rgb_out[3] = {&ink.r, &ink.g, &ink.b};
  for (int i = 0; i < 3; ++i)
    *rgb_out[i] = (hexval(hex[1 + 2 * i]) * 16 + hexval(hex[2 + 2 * i])) / 255.0;
  for (char& ch : hex) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  ink.rgb_hex = hex;
  const toml::array* a = cmyk->as_array();
  if (!a || a->size() != 4)
    c.fail(cmyk, key + ".cmyk", "expected four numbers [c, m, y, k], each 0 to 100 (percent)");
  double* cmyk_out[4] = {&ink.c, &ink.m, &ink.y, &ink.k};
  for (size_t i = 0; i < 4; ++i) {
    std::optional<double> v = (*a)[i].value<double>();
    if (!v || !std::isfinite(*v) || *v < 0 || *v > 100)
      c.fail(cmyk, key + ".cmyk", "expected four numbers [c, m, y, k], each 0 to 100 (percent)");
    *cmyk_out[i] = *v / 100;
  }
  return ink;
}

void parse_styles(Ctx& c, const toml::table& root, Layout& L) {
  const toml::table* t = c.table(root, "styles");
  if (!t) return;
  std::map<std::string, Style> by_name;
  for (auto& [style, v] : L.styles) by_name[to_string(style)] = style;
  std::set<std::string> names;
  for (auto& [name, style] : by_name) names.insert(name);
  c.check_keys(*t, "styles.", names);
  for (auto&& [k, v] : *t) {
    std::string name(k.str()), pre = "styles." + name + ".";
    if (!v.is_table()) c.fail(&v, "styles." + name, "expected a table");
    const toml::table& s = *v.as_table();
    c.check_keys(s, pre,
                 {"font", "size", "leading", "align", "space_before", "space_after", "indent",
                  "bold", "color"});
    TextStyle& st = L.styles[by_name.at(name)];
    if (const toml::node* n = s.get("font"))
      st.font = role_of(c, n, pre + "font", c.str(s, pre, "font", ""));
    st.size = c.num(s, pre, "size", st.size, 5, 120);
    st.leading = c.num(s, pre, "leading", st.leading, 1.0, 3.0);
    st.align = c.choice(s, pre, "align", st.align,
                        {{"left", Align::Left},
                         {"center", Align::Center},
                         {"right", Align::Right},
                         {"justify", Align::Justify}});
    st.space_before = c.num(s, pre, "space_before", st.space_before, 0, 20);
    st.space_after = c.num(s, pre, "space_after", st.space_after, 0, 20);
    st.indent = c.num(s, pre, "indent", st.indent, 0, 4);
    st.bold = c.boolean(s, pre, "bold", st.bold);
    if (const toml::node* n = s.get("color")) {
      // The running head and folio are page furniture the PDF sets in black (artifacts: no
      // role to colour them by) and the EPUB has none: a colour there would do nothing.
      if (Style k = by_name.at(name); k == Style::RunningHead || k == Style::Folio)
        c.fail(n, pre + "color", "the running head and folio are set in black; no colour here");
      st.color = parse_color(c, *n, pre + "color");
    }
  }
}

void parse_article(Ctx& c, const toml::table& root, Layout& L) {
  if (const toml::table* t = c.table(root, "article")) {
    c.check_keys(*t, "article.",
                 {"start", "makeup", "max_columns", "picture_columns", "new_page_below",
                  "head_space_after"});
    L.head_space_after = c.num(*t, "article.", "head_space_after", L.head_space_after, 0, 4);
    L.new_page_below = c.num(*t, "article.", "new_page_below", L.new_page_below, 0, 1);
    L.article_start = c.choice(*t, "article.", "start", L.article_start,
                               {{"continue", ArticleStart::Continue},
                                {"new-page", ArticleStart::NewPage},
                                {"rule", ArticleStart::Rule}});
    L.makeup = c.choice(*t, "article.", "makeup", L.makeup,
                        {{"columns", MakeUp::Columns}, {"broadsheet", MakeUp::Broadsheet}});
    if (L.vertical() && L.makeup == MakeUp::Broadsheet)
      c.fail(t->get("makeup"), "article.makeup",
             "'broadsheet' is horizontal: a vertical layout is made up in tiers (leave it out)");
    L.max_columns = c.integer(*t, "article.", "max_columns", L.max_columns, 0, 12);
    L.picture_columns = c.integer(*t, "article.", "picture_columns", L.picture_columns, 1, 12);
  }
  if (const toml::table* t = c.table(root, "running_head")) {
    c.check_keys(*t, "running_head.", {"enabled", "folio"});
    L.running_head = c.boolean(*t, "running_head.", "enabled", L.running_head);
    L.folio = c.boolean(*t, "running_head.", "folio", L.folio);
  }
}

void parse_print(Ctx& c, const toml::table& root, Layout& L) {
  const toml::table* t = c.table(root, "print");
  if (!t) return;
  c.check_keys(*t, "print.", {"bleed", "marks", "slug", "registration", "rich_black"});
  PrintSetup& p = L.print;
  p.bleed = c.num(*t, "print.", "bleed", p.bleed, 0, 20);
  p.marks =
      c.str(*t, "print.", "marks", "crop", {"crop", "none"}) == "none" ? Marks::None : Marks::Crop;
  p.slug = c.num(*t, "print.", "slug", p.slug, 0, 50);
  p.registration = c.boolean(*t, "print.", "registration", p.registration);
  p.rich_black = c.num(*t, "print.", "rich_black", p.rich_black, 0, 200);
}

// The first of `keys` the layout gave (its line goes into the error), else none.
const toml::node* first_given(const Ctx& c, std::initializer_list<const char*> keys) {
  for (const char* k : keys)
    if (auto it = c.given.find(k); it != c.given.end()) return it->second;
  return nullptr;
}

// What no single key shows: margins that leave no text area, and columns (tiers, in a
// vertical layout) too narrow for a line of text.
void check_geometry(Ctx& c, const Layout& L) {
  double text_w = L.page_width - L.margin_inner - L.margin_outer;  // mm
  double text_h = L.page_height - L.margin_top - L.margin_bottom;
  double em_mm = L.body_size / kPtPerMm;
  auto area = [&](double text, double page, const char* a, const char* b, const char* size_key,
                  const char* dim) {
    if (text >= kMinTextLines * L.line_pitch * em_mm) return;
    c.fail(first_given(c, {a, b, size_key, "page.size"}), a,
           std::string("the margins (") + Ctx::number(page - text) + " mm) leave " +
               Ctx::number(text) + " mm of a page " + Ctx::number(page) + " mm " + dim +
               ": not room for " + std::to_string(kMinTextLines) + " lines of body text");
  };
  area(text_w, L.page_width, "page.margin_inner", "page.margin_outer", "page.width", "wide");
  area(text_h, L.page_height, "page.margin_top", "page.margin_bottom", "page.height", "high");
  bool vertical = L.vertical();
  double measure = (vertical ? text_h : text_w) / em_mm;  // in ems of body text
  double per_column = (measure - (L.columns - 1) * L.gutter) / L.columns;
  if (per_column < kMinColumnChars)
    c.fail(first_given(c, {"grid.columns", "grid.gutter", "grid.body_size"}), "grid.columns",
           std::to_string(L.columns) + (vertical ? " tiers" : " columns") + " of " +
               Ctx::number(L.body_size) + " pt with gutters of " + Ctx::number(L.gutter) +
               " em leave " + Ctx::number(std::floor(per_column)) +
               " characters per line; at "
               "least " +
               std::to_string(kMinColumnChars) + " are needed");
}

}  // namespace

const char* to_string(FontRole r) {
  switch (r) {
    case FontRole::Body:
      return "body";
    case FontRole::Headline:
      return "headline";
    case FontRole::Kai:
      return "kai";
    case FontRole::Folio:
      return "folio";
  }
  return "?";
}

const char* to_string(Style s) {
  switch (s) {
    case Style::IssueTitle:
      return "issue_title";
    case Style::Kicker:
      return "kicker";
    case Style::Headline:
      return "headline";
    case Style::Subheadline:
      return "subheadline";
    case Style::Byline:
      return "byline";
    case Style::SectionHead:
      return "section_head";
    case Style::ReadingTip:
      return "reading_tip";
    case Style::Caption:
      return "caption";
    case Style::Credit:
      return "credit";
    case Style::RunningHead:
      return "running_head";
    case Style::Folio:
      return "folio";
    case Style::Toc:
      return "toc";
  }
  return "?";
}

const char* to_string(Align a) {
  switch (a) {
    case Align::Left:
      return "left";
    case Align::Center:
      return "center";
    case Align::Right:
      return "right";
    case Align::Justify:
      return "justify";
  }
  return "?";
}

SourcePos Layout::font_where(FontRole role) const {
  auto it = font_pos.find(role);
  if (it != font_pos.end()) return it->second;
  SourcePos p{file};
  p.key = std::string("fonts.") + to_string(role);
  return p;
}

const TextStyle& Layout::style(Style s) const {
  auto it = styles.find(s);
  if (it == styles.end())
    throw Error(std::string("internal: no layout style '") + to_string(s) + "'");
  return it->second;
}

Layout parse_layout(const std::string& text, const std::string& file) {
  Ctx c{file};
  toml::table root;
  guard_toml(text, file);
  try {
    root = toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    SourcePos pos{file, static_cast<int>(e.source().begin.line)};
    pos.column = static_cast<int>(e.source().begin.column);
    throw Error(pos, std::string("invalid TOML: ") + std::string(e.description()));
  }
  c.check_keys(root, "",
               {"name", "description", "page", "grid", "typography", "fonts", "styles", "article",
                "running_head", "print"});
  Layout L;
  L.file = file;
  L.styles = default_styles();
  L.name = c.str(root, "", "name", fs::path(file).stem().string());
  L.description = c.str(root, "", "description", "");
  parse_page(c, root, L);
  parse_grid(c, root, L);
  parse_typography(c, root, L);
  parse_fonts(c, root, L);
  parse_styles(c, root, L);
  parse_article(c, root, L);
  if (L.vertical()) L.makeup = MakeUp::Vertical;
  parse_print(c, root, L);
  check_geometry(c, L);
  return L;
}

std::map<std::string, std::string> list_layouts(const std::vector<std::string>& dirs) {
  std::map<std::string, std::string> out;
  for (const auto& d : dirs) {
    std::error_code ec;
    for (auto& e : fs::directory_iterator(d, ec)) {
      if (e.path().extension() == ".toml") out.emplace(e.path().stem().string(), e.path());
    }
  }
  return out;
}

std::string layout_file(const std::string& ref, const std::string& base_dir,
                        const std::vector<std::string>& dirs, const SourcePos& where) {
  if (ref.size() > 5 && ref.ends_with(".toml")) {
    fs::path p(ref);
    std::string file = (p.is_absolute() ? p : fs::path(base_dir) / p).string();
    if (!fs::exists(file)) throw Error(where, "layout file not found: " + file);
    return file;
  }
  auto all = list_layouts(dirs);
  auto it = all.find(ref);
  if (it == all.end()) {
    std::string names;
    for (auto& [n, f] : all) names += (names.empty() ? "" : ", ") + n;
    std::vector<std::string> known;
    for (auto& [n, f] : all) known.push_back(n);
    throw Error(where, "unknown layout '" + ref + "'" + did_you_mean(ref, known) +
                           " (installed: " + names + ")");
  }
  return it->second;
}

Layout load_layout(const std::string& ref, const std::string& base_dir,
                   const std::vector<std::string>& dirs, const SourcePos& where) {
  std::string file = layout_file(ref, base_dir, dirs, where);
  return parse_layout(read_file(file), file);
}

}  // namespace wz::model
