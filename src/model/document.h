// model/document: contract 1, the document model.
// Produced by ingest (from raw page text or structured Markdown source) and by the
// manifest reader; read by typeset (to lay out pages) and by epub (directly, never
// through pages). Digest -> Issue -> Article -> Block -> Span. Every block remembers
// where it came from, for error messages.
#pragma once
#include <string>
#include <vector>

#include "base/confine.h"
#include "base/error.h"
#include "model/labels.h"

namespace wz::model {

// A run of inline text with one style. Text is NFC UTF-8, already normalised by ingest
// (stray spaces removed, punctuation converted); writers must not change it.
struct Span {
  enum class Style { Plain, Strong, Emphasis, Byline };  // Byline: inline 本报讯（记者…）
  std::string text;
  Style style = Style::Plain;
  std::string lang;  // BCP 47 when it differs from the digest's language, else empty

  bool operator==(const Span&) const = default;
};
using Inline = std::vector<Span>;

// Concatenated text of spans.
std::string plain_text(const Inline& spans);

// An explicit line break inside a display line (a head the editor broke by hand: `<br>` in
// the structured source): U+2028 LINE SEPARATOR. Writers break there; one-line uses (the
// contents, bookmarks, the EPUB's nav) read the line without it.
inline constexpr std::string_view kLineBreak = "\u2028";
std::string one_line(std::string_view display);

// A date as a Chinese reader writes it (running heads, cover, contents): an ISO 8601
// date "2024-06-30" → "2024年6月30日", "2024-06" → "2024年6月", "2024" → "2024年"; a TOML
// date too. Any other text (a date already in words, "春季号") is returned unchanged.
std::string chinese_date(std::string_view date);

enum class BlockKind {
  Byline,        // separate line: 本报记者 X 本报通讯员 Y
  ReadingTip,    // 阅读提示 box body (label not included)
  Paragraph,     // body paragraph (may open with a Byline span)
  SectionHead,   // 小标题
  Caption,       // photo caption
  Credit,        // photo credit: "X 摄"
  Continuation,  // kept page furniture such as 下转第X版 (normally dropped by ingest)
  EditorNote,    // 编者按: the editor's note over an article, its label included
  Image,         // a photo or picture (Block::image); its caption and credit are the
                 // Caption/Credit blocks right after it
};
const char* to_string(BlockKind k);

// A picture's file and alt text (BlockKind::Image). The file is a resolved path, checked
// when the digest is loaded (base/image.h); alt "" = the source gave none (writers then use
// the caption, with a warning naming the source line).
struct Picture {
  std::string file;
  std::string alt;
  bool operator==(const Picture&) const = default;
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  Inline text;  // empty for an Image
  SourcePos pos;
  Picture image;  // BlockKind::Image only
};

// The alt text of an Image block: its own, else the caption right after it, else "".
std::string alt_text(const std::vector<Block>& blocks, size_t image);

// 引题 / 主题 / 副题. Any may be empty; a single-line headline is `headline` only.
struct HeadlineGroup {
  std::string kicker;
  std::string headline;
  std::string subheadline;
  SourcePos pos;
};

struct Article {
  std::string kind = "news";  // news | feature | photo | commentary | brief | ...
  std::string genre;          // genre label such as 新闻特写 when the page had one
  HeadlineGroup head;
  std::vector<Block> blocks;
  SourcePos pos;
};

// The script and regional conventions of an edition ([options] variant, [[issues]]
// variant): the text as written (Simplified, zh-Hans), or converted with OpenCC to
// Traditional characters (zh-Hant, OpenCC s2t), the Hong Kong standard (zh-HK, s2hk) or
// Taiwan's (zh-TW, s2tw). A Traditional edition is tagged so, set in the TC (HK) faces of
// its fonts where installed, with ，。、；：！？ centred in the em (clreq §3.1.2).
enum class Variant { Hans, Hant, HK, TW };
const char* to_string(Variant v);  // the BCP 47 tag: "zh-Hans", "zh-Hant", "zh-HK", "zh-TW"
bool parse_variant(const std::string& name, Variant& out);
inline constexpr const char* kVariantNames = "zh-Hans | zh-Hant | zh-HK | zh-TW";
inline bool traditional(Variant v) {
  return v != Variant::Hans;
}

struct Issue {
  std::string title;                 // required
  std::string date;                  // free text, ISO 8601 preferred
  std::string layout = "digest-a4";  // a name from layouts/ or a path to a .toml
  SourcePos layout_pos;              // its `layout =` key (the issue's table when not given)
  std::vector<std::string> sources;  // resolved paths, in order
  // [[issues]] images = { "图为…" = "p3.jpg" }: pictures for raw pages, each placed before
  // the first caption that starts with its key (ingest/pictures.h).
  struct SidecarImage {
    std::string caption_start, file;  // file resolved
    std::string alt;                  // "" = none given (the caption is used)
    SourcePos pos;
  };
  std::vector<SidecarImage> images;
  std::string encoding;              // of the raw pages; "" = the digest's (options.encoding)
  SourcePos encoding_pos;            // where the manifest gives it
  Variant variant = Variant::Hans;   // the manifest's reader sets the digest's when not given
  std::vector<Article> articles;
  SourcePos pos;  // the [[issues]] table in the manifest
};

// Punctuation house styles, typography.md "Punctuation widths and positions".
enum class PunctStyle { Quanjiao, Kaiming, Banjiao, Plain };

// What the PDF is for ([options] profile, `build --profile`): the reading copy (RGB, no
// output intent), the printer's file (PDF/X-4, trim and bleed, crop marks) or the
// archive's (PDF/A-2u).
enum class OutputProfile { Screen, Print, Archive };
const char* to_string(OutputProfile p);
// "screen" | "print" | "archive" → the profile; false for any other name.
bool parse_output_profile(const std::string& name, OutputProfile& out);
inline constexpr const char* kOutputProfileNames = "screen | print | archive";

// How deep the contents page, the PDF's bookmarks and the EPUB's nav go ([options]
// toc_depth): the issues only, their articles (the default), or also each article's
// section heads (小标题).
enum class TocDepth { Issue, Article, Section };
const char* to_string(TocDepth t);
// "issue" | "article" | "section" → the depth; false for any other name.
bool parse_toc_depth(const std::string& name, TocDepth& out);
inline constexpr const char* kTocDepthNames = "issue | article | section";

// What a contributor did ([[digest.contributors]] role); the EPUB writes the MARC relator
// code (marc_relator), the PDF's XMP lists the names.
enum class ContributorRole { Author, Editor, Photographer, Illustrator, Translator, Designer };
const char* to_string(ContributorRole r);
const char* marc_relator(ContributorRole r);  // "aut", "edt", "pht", "ill", "trl", "dsr"
bool parse_contributor_role(const std::string& name, ContributorRole& out);
inline constexpr const char* kContributorRoleNames =
    "author | editor | photographer | illustrator | translator | designer";

struct Contributor {
  std::string name;
  ContributorRole role = ContributorRole::Author;
};

struct Options {
  OutputProfile profile = OutputProfile::Screen;
  bool normalize_punctuation = true;  // ASCII "…" -> “…” etc. (typography.md)
  bool embed_fonts_in_epub = true;
  bool tagged_pdf = true;  // the PDF carries its logical structure (tagged PDF)
  PunctStyle punct_style = PunctStyle::Quanjiao;
  TocDepth toc_depth = TocDepth::Article;
  // Pictures above it at their placed size are shrunk for the PDF ([options] image_max_dpi).
  int image_max_dpi = 300;
  Variant variant = Variant::Hans;  // the edition's; an issue may have its own
  bool punct_style_given = false;   // the manifest named a style: it overrides the layouts'
  std::string cover_image;          // path, resolved; empty = none
  std::string encoding;             // of the raw pages (an ICU converter name); "" = detect
  SourcePos encoding_pos;           // where the manifest gives it
  // Where inputs may come from: the manifest's directory and [options] roots (base/confine.h).
  InputPolicy inputs;
};

struct Digest {
  std::string title;  // required
  std::string subtitle, editor, publisher, date, identifier;
  std::string language = "zh-CN";
  std::string rights;                     // dc:rights, PDF XMP dc:rights
  std::string description;                // dc:description, PDF Subject ("" = the subtitle)
  std::vector<std::string> subjects;      // dc:subject each, PDF Keywords joined
  std::string series;                     // the series this volume belongs to
  int series_number = 0;                  // its place in the series (0 = not given)
  std::string isbn, issn;                 // normalised (model/identifiers.h); "" = none
  std::vector<Contributor> contributors;  // besides the editor
  // [frontmatter] size: the page size of the cover and contents (a layout size name, A4,
  // A5, …); "" = the size most of the issues' layouts have (A4 when it is among them).
  std::string front_size;
  Labels labels;  // the words wenzhai adds to the front matter and nav, in the edition's variant
  Options options;
  std::vector<Issue> issues;
  std::string manifest_path;  // the manifest file this digest came from
};

}  // namespace wz::model
