// model/layout: a layout file (layouts/*.toml), chosen per issue in the manifest.
// Consumes: TOML text (toml++). Produces: Layout, the page geometry, grid, fonts per role
// and block styles that typeset/page lays out with and epub turns into CSS.
// Every key is checked: an unknown key, a wrong type or a value out of range is a
// wz::Error naming the file, the line, the key and what is allowed.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace wz::model {

// Font roles (typography.md): 宋 body, 黑/标宋 headline, 楷 kicker/caption/tip, folio.
enum class FontRole { Body, Headline, Kai, Folio };
const char* to_string(FontRole r);

// The layout's string settings, parsed once into these (the names are the file's words).
enum class Direction { Horizontal, Vertical };        // [grid] direction
enum class Align { Left, Center, Right, Justify };    // [styles.*] align
const char* to_string(Align a);                       // "left" … (also the CSS keyword)
enum class Prohibition { Basic, GB, Strict };         // [typography] prohibition, clreq §3.1.4
enum class ArticleStart { Continue, NewPage, Rule };  // [article] start
// How an issue's articles are made up into pages (typeset/page/issue.h): [article] makeup
// "columns" (headline groups in the column, one continuous flow) or "broadsheet" (articles
// as blocks, each headline over its columns); a vertical direction is its own make-up.
enum class MakeUp { Columns, Broadsheet, Vertical };

// The layout's text styles ([styles.*]), parsed once from the file's names (to_string
// gives the name: "issue_title", "kicker", … "toc").
enum class Style {
  IssueTitle,
  Kicker,
  Headline,
  Subheadline,
  Byline,
  SectionHead,
  ReadingTip,
  Caption,
  Credit,
  RunningHead,
  Folio,
  Toc,
};
const char* to_string(Style s);

// A colour a layout gives a style (`color = { rgb = "#b22222", cmyk = [0, 90, 80, 20] }`):
// both forms, since they go to different files. sRGB for the screen and archive PDFs and the
// EPUB, CMYK (percent as 0..1, in the print output intent's space) for the printer's file;
// the two are the designer's pair, not converted one from the other.
struct InkColor {
  double r = 0, g = 0, b = 0;         // 0..1
  double c = 0, m = 0, y = 0, k = 0;  // 0..1
  std::string rgb_hex;                // "#rrggbb", as given (lower case): the EPUB's CSS
  bool operator==(const InkColor&) const = default;
};

struct TextStyle {
  FontRole font = FontRole::Body;
  double size = 10.5;    // pt
  double leading = 1.4;  // line pitch as a multiple of size (display lines)
  Align align = Align::Left;
  double space_before = 0;  // in body lines (grid lines)
  double space_after = 0;   // in body lines
  double indent = 0;        // first-line indent, em of this style's size
  bool bold = false;        // synthetic emphasis (stroke) when the face has no bold
  // None: black (DeviceGray 0 in the PDF; the EPUB's text colour).
  std::optional<InkColor> color;
};

// [print]: trim, bleed and marks of the printer's file (used by the print profile only;
// the screen and archive files are the trimmed page).
enum class Marks { Crop, None };
struct PrintSetup {
  double bleed = 3;           // mm beyond the trim that backgrounds run into (BleedBox)
  Marks marks = Marks::Crop;  // crop: MediaBox = bleed + slug around the trim, marks in it;
                              // none: MediaBox = BleedBox (the printer adds the marks)
  double slug = 6;            // mm beyond the bleed, with marks (grown to what they need)
  bool registration = false;  // registration targets at the middle of each side (with marks)
  double rich_black = 0;      // pt: display type at or above this size in rich black; 0 = never
};

struct Layout {
  std::string name, description, file;

  // [page]
  double page_width = 210, page_height = 297;                                        // mm
  double margin_top = 20, margin_bottom = 20, margin_inner = 18, margin_outer = 18;  // mm

  // [grid]
  int columns = 2;
  double gutter = 2;        // em of body size
  double body_size = 10.5;  // pt (五号)
  int chars_per_line = 0;   // per column; 0 = as many as fit
  double line_pitch = 1.6;  // multiple of body size
  double indent = 2;        // first-line indent, em
  Direction direction = Direction::Horizontal;

  // [typography]
  PunctStyle punctuation = PunctStyle::Quanjiao;
  Prohibition prohibition = Prohibition::GB;
  bool hanging = false;
  // Not a layout key: the edition's variant the issue is set in (variant::adapt_layout
  // sets it with the TC faces): the shaping language and where marks sit in the em.
  Variant variant = Variant::Hans;
  // Not a layout key either: the words the issue's pages add (reading tip, jump lines), in
  // its variant (variant::adapt_layout converts them).
  Labels labels;

  // [fonts] family name (fontconfig) or a file in fonts/ per role
  std::map<FontRole, std::string> fonts = {{FontRole::Body, "Noto Serif CJK SC"},
                                           {FontRole::Headline, "Noto Sans CJK SC"},
                                           {FontRole::Kai, "AR PL KaitiM GB"},
                                           {FontRole::Folio, "Noto Serif CJK SC"}};
  std::map<FontRole, SourcePos> font_pos;  // where [fonts] names a role's font (when it does)
  // Where a role's font is named, for an error about it: its key, else the layout file.
  SourcePos font_where(FontRole role) const;

  // [styles.*] kicker headline subheadline byline section_head reading_tip caption credit
  //            issue_title running_head folio toc
  std::map<Style, TextStyle> styles;  // every Style present (the built-in defaults)

  // [article]
  ArticleStart article_start = ArticleStart::Continue;
  double head_space_after = 0;      // columns make-up: grid lines kept free under a headline
                                    // group in the column, at least (large print: 1)
  double new_page_below = 0;        // columns make-up: an article that would start with less than
                                    // this share of the page left starts a new page (0 = never)
  MakeUp makeup = MakeUp::Columns;  // never a silent broadsheet: the layout names it
  int max_columns = 0;              // broadsheet: widest block of an article that ends on its page
                                    // (columns; 0 = all)
  int picture_columns = 1;          // broadsheet: columns an article's first picture spans in its
                                    // block (at most the block's; 1 = column wide)

  // [running_head]
  bool running_head = true;
  bool folio = true;

  // [print]
  PrintSetup print;

  const TextStyle& style(Style s) const;
  bool vertical() const { return direction == Direction::Vertical; }
};

// Parse one layout file; `name` is what the manifest called it.
Layout parse_layout(const std::string& toml_text, const std::string& file);

// Resolve a manifest's layout reference: a path ending in .toml (relative to base_dir),
// or a name looked up in the layout directories (project layouts/). Throws wz::Error
// listing the installed names when not found.
Layout load_layout(const std::string& ref, const std::string& base_dir,
                   const std::vector<std::string>& layout_dirs, const SourcePos& where);
// The file a layout reference names (load_layout reads it; `watch` watches it).
std::string layout_file(const std::string& ref, const std::string& base_dir,
                        const std::vector<std::string>& layout_dirs, const SourcePos& where);

// Installed layouts: name -> file, from the layout directories.
std::map<std::string, std::string> list_layouts(const std::vector<std::string>& layout_dirs);

}  // namespace wz::model
