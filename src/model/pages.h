// model/pages: contract 2, positioned pages (with each item's place in the logical structure).
// Produced by typeset/page; read by pdf/ (which only serialises it) and by the
// `dump --pages` mode. Units are PostScript points; the origin is the TOP-LEFT corner of
// the page and y grows DOWNWARD (the PDF writer flips). Glyph ids are those of the face
// named by the run's font (the face index inside a TTC), i.e. what HarfBuzz returned when
// shaping with that face; for the Noto CJK CFF fonts this is also the CID.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace wz {
class PictureStore;  // base/picture_store.h
}

namespace wz::pages {

struct FontFace {
  std::string path;     // font file (TTF/OTF/TTC)
  int index = 0;        // face index inside the file
  std::string ps_name;  // PostScript name, for /BaseFont
  int upem = 1000;
  bool operator==(const FontFace&) const = default;
};

// A colour as the typesetter means it; the PDF writer writes it in the form the output
// profile allows (see Conformance). Black text and rules are Gray 0: K only on a press.
struct Color {
  enum class Kind {
    Gray,          // DeviceGray `level` (0 = black, 1 = white), in every profile
    Process,       // a colour: r g b on screen and in the archive, c m y k in print
    Registration,  // printer's marks: every plate at 100% (/Separation /All); gray 0 off-press
  };
  Kind kind = Kind::Gray;
  double level = 0;                   // Gray
  double r = 0, g = 0, b = 0;         // Process, screen and archive (sRGB)
  double c = 0, m = 0, y = 0, k = 0;  // Process, print (the output intent's CMYK)
  static Color gray(double level) { return {Kind::Gray, level}; }
  static Color white() { return gray(1); }
  static Color process(double r, double g, double b, double c, double m, double y, double k) {
    return {Kind::Process, 0, r, g, b, c, m, y, k};
  }
  static Color registration() { return {Kind::Registration}; }
  bool operator==(const Color&) const = default;
};

// A glyph and the source text of the cluster it starts (the ToUnicode key), kept compact
// (a page holds ~1,300 glyphs, a digest thousands of pages): most clusters are one code
// point, kept here; a longer one is kept in its run's `clusters` and `text` says which.
// Read and set the text through the run (GlyphRun::text, add, set_text).
struct Glyph {
  std::uint32_t gid = 0;
  // The cluster text: kNoText for the 2nd.. glyph of a cluster; a code point (< 0x110000);
  // or kCluster | i, the run's clusters[i]. (Beside gid: the record is 24 bytes.)
  std::uint32_t text = kNoText;
  double x = 0, y = 0;  // pen position of this glyph's origin, relative to the run origin
                        // (horizontal: baseline origin; vertical: top-centre of the cell)
  static constexpr std::uint32_t kNoText = 0xFFFFFFFF, kCluster = 0x80000000;
  bool has_text() const { return text != kNoText; }
};

// A run of glyphs from one face at one size, set in one direction.
struct GlyphRun {
  enum class Dir {
    Horizontal,  // Identity-H, advancing in +x
    Vertical,    // Identity-V, advancing down the column (vertical metrics)
    RotatedCW,   // horizontal glyphs turned 90° clockwise (Latin in vertical text)
  };
  int font = 0;  // index into Document::fonts
  double size = 10.5;
  Dir dir = Dir::Horizontal;
  double x = 0, y = 0;  // run origin on the page
  Color color;
  double stroke = 0;  // synthetic bold: also stroke the outlines with this line width
                      // (pt) in the fill colour (text render mode 2); 0 = fill only
  std::string lang;   // BCP 47 language of the run's text when it differs from the
                      // document's (Metadata::language): a Latin name, an English term;
                      // empty otherwise (model::Span::lang, carried through typeset)
  std::vector<Glyph> glyphs;
  std::vector<std::string> clusters;  // cluster texts that are not one code point

  // Appends a glyph starting a cluster of `text` (empty: continues the cluster).
  void add(std::uint32_t gid, double x, double y, std::string_view text);
  void set_text(Glyph& g, std::string_view text);
  std::string text(const Glyph& g) const;  // empty for the 2nd.. of a cluster
  void append_text(const Glyph& g, std::string& out) const;
  std::string text() const;  // every glyph's text in order
};

struct Rule {  // a straight line
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0, width = 0.5;
  Color color;
};

struct Box {                          // a rectangle, stroked and/or filled
  double x = 0, y = 0, w = 0, h = 0;  // top-left corner, size
  double line_width = 0.5;
  bool stroke = true, fill = false;
  Color stroke_color, fill_color = Color::white();
};

// A picture placed on the page: the file Document::images[image] scaled to fill the
// rectangle (the typesetter keeps the file's proportions). `alt` is its text for the
// logical structure (Figure /Alt).
struct Picture {
  int image = 0;                      // index into Document::images
  double x = 0, y = 0, w = 0, h = 0;  // top-left corner, size
  std::string alt;
  // Where the picture is cut off (top-left corner, size; clip_w 0 = nowhere): a picture
  // that runs into the bleed is grown to cover it and clipped to its grown frame.
  double clip_x = 0, clip_y = 0, clip_w = 0, clip_h = 0;
};

struct Link {  // a clickable area jumping to a page
  double x = 0, y = 0, w = 0, h = 0;
  int target_page = 0;  // 0-based page index
  double target_y = 0;  // top of the destination view, page coordinates
};

// What an item is in the document's logical structure (tagged PDF: pdf/structure).
// Items with one (issue, article, block, role) form one structure element, their text in
// the order the items come, pages in order: an article continued across columns and
// pages stays one element. Everything that is not content (running heads, folios, rules,
// frames, jump lines, a repeated head) is an Artifact, which is the default: a rule or box
// is always one; a run is one unless the typesetter says what it is.
struct Tag {
  enum class Role {
    Artifact,
    CoverTitle,   // the digest's title on the cover (H1 of the cover)
    CoverText,    // subtitle, issue list, editor, date on the cover (P)
    TocTitle,     // 目录 (H1 of the contents)
    TocEntry,     // a contents line's title (TOCI › Link)
    TocPage,      // a contents line's page number (same TOCI › Link as its title)
    IssueTitle,   // the issue's opening (H1 of its Sect)
    IssueDate,    // the date under it (P)
    Kicker,       // 引题
    Headline,     // 主题 (H2)
    Subheadline,  // 副题
    Byline,
    TipLabel,     // 阅读提示, the label the typesetter adds over a reading tip
    Tip,          // the reading tip's text
    SectionHead,  // 小标题 (H3)
    Paragraph,
    Caption,
    Credit,
    EditorNote,  // 编者按
    Figure,      // a picture (Figure with /Alt); its caption is the Caption after it
  };
  Role role = Role::Artifact;
  int issue = -1;    // 0-based issue; -1: front matter (cover, contents)
  int article = -1;  // 0-based article of the issue; -1: the issue's opening
  int block = -1;    // element number inside the article (the model block's index; -1 for
                     // the headline group) or the contents entry's number
  int link = -1;     // a contents entry: index in its Page::links of the link it labels
  bool operator==(const Tag&) const = default;
};

// Items are painted in order; text is emitted in this order too, so the typesetter
// emits runs in reading order (column by column) for text extraction. An item is one
// thing: a run, a rule, a box or a picture (the others are not held beside it).
struct Item {
  enum class Kind { Run, Rule, Box, Picture };  // in the order of Body's alternatives
  using Body = std::variant<GlyphRun, Rule, Box, Picture>;
  Body body;
  Tag tag;  // what the item is in the logical structure (default: an artifact)

  Item() = default;
  Item(GlyphRun r, Tag t = {}) : body(std::move(r)), tag(t) {}
  Item(Rule r, Tag t = {}) : body(r), tag(t) {}
  Item(Box b, Tag t = {}) : body(b), tag(t) {}
  Item(Picture p, Tag t = {}) : body(std::move(p)), tag(t) {}
  Kind kind() const { return static_cast<Kind>(body.index()); }
  // The item as what it is (std::bad_variant_access if it is something else).
  GlyphRun& run() { return std::get<GlyphRun>(body); }
  const GlyphRun& run() const { return std::get<GlyphRun>(body); }
  Rule& rule() { return std::get<Rule>(body); }
  const Rule& rule() const { return std::get<Rule>(body); }
  Box& box() { return std::get<Box>(body); }
  const Box& box() const { return std::get<Box>(body); }
  Picture& picture() { return std::get<Picture>(body); }
  const Picture& picture() const { return std::get<Picture>(body); }
};

// Coordinates are those of the finished (trimmed) page. For print the writer grows the
// MediaBox by bleed + slug on every side and writes TrimBox (the page) and BleedBox (the
// page + bleed); items may then lie outside the page: in the bleed (a background that runs
// off the edge) or in the slug (printer's marks, in registration colour).
struct Page {
  double width = 595.276, height = 841.89;  // A4, the trim size
  double bleed = 0, slug = 0;               // pt beyond the trim; 0 = MediaBox is the page
  std::vector<Item> items;
  std::vector<Link> links;
  std::string label;  // folio as printed ("i", "3"), for page labels
};

struct Bookmark {
  std::string title;
  int page = 0;
  double y = 0;
  std::vector<Bookmark> children;
  bool open = false;  // show children expanded
};

struct Metadata {
  std::string title, author, subject, keywords, language = "zh-CN", creator = "wenzhai";
  // The catalogue's (XMP only, keywords aside): each subject (keywords joins them), the
  // rights statement, other contributors' names, the series and the volume's place in it
  // (0 = none), the book numbers as normalised (13-digit ISBN, NNNN-NNNC ISSN).
  std::vector<std::string> subjects, contributors;
  std::string rights, series, isbn, issn;
  int series_number = 0;
  long long date = 0;          // seconds since the epoch (SOURCE_DATE_EPOCH honoured upstream)
  bool right_to_left = false;  // pages progress right to left (vertical layouts)
};

// What the file claims to be (pdf/conformance writes the output intent and XMP for it).
enum class Conformance {
  None,    // reading copy for the screen: RGB colours, no output intent
  PdfX4,   // for the printer: CMYK output intent, K-only black, TrimBox on every page
  PdfA2u,  // for the archive: sRGB output intent, XMP with pdfaid, fonts with ToUnicode
};

struct Document {
  Conformance conformance = Conformance::None;
  bool tagged = true;  // write the logical structure (tagged PDF); [options] tagged_pdf
  Metadata meta;
  std::vector<FontFace> fonts;
  std::vector<Page> pages;
  std::vector<Bookmark> outline;  // top level: issues
  // Picture files (paths, each once: a picture placed twice is written once).
  std::vector<std::string> images;
  // Pictures with more pixels than this at their placed size are shrunk ([options]).
  int image_max_dpi = 300;
  // The build's picture files read and decoded once (base/picture_store.h), shared with the
  // check and the EPUB; none: the PDF writer reads them itself. Not owned.
  PictureStore* pictures = nullptr;
};

}  // namespace wz::pages
