// typeset/page/blocks: an article's content made into grid material.
// Consumes: model::Article, its layout and the fonts. Produces: the headline group as a
// block spanning the columns (a whole number of grid rows), and the column material:
// one Row per grid line (body lines, bylines, section heads, reading-tip box lines,
// captions, credits), each already set at the column measure.
#pragma once
#include <string>
#include <vector>

#include "model/document.h"
#include "model/layout.h"
#include "typeset/page/geometry.h"
#include "typeset/page/setter.h"
#include "typeset/page/typeset.h"

namespace wz::typeset {

// Faces of one layout's roles, resolved once.
struct RoleFaces {
  int body = 0, headline = 0, kai = 0, folio = 0;
  int of(model::FontRole r) const;
};
RoleFaces resolve_faces(const model::Layout& L, FontLibrary& fonts);

// What a Row of column material is. The column rules (column_rules.h) read Blank and
// Paragraph; PageBreak and IssueOpening are the vertical flow's; the rest name the line
// in `dump --pages` (to_string).
enum class RowKind {
  Paragraph,
  Byline,
  SectionHead,
  TipLabel,
  Tip,
  Caption,
  Credit,
  Photo,  // a photo item's frame: empty rows boxed like a tip, kept with the caption
  EditorNote,
  Continuation,
  Blank,
  Head,          // a headline group set inside a column (one tall row)
  PageBreak,     // vertical flow: start a new page unless the page is empty
  IssueOpening,  // vertical flow: the issue's title and date, a rule down the tier after
};
const char* to_string(RowKind k);

// One unit of column material: normally one grid row holding one line; a headline
// group set inside a column is one Row `height` grid rows tall holding several lines.
struct Row {
  SetLine line;  // empty runs = a blank row
  RowKind kind = RowKind::Blank;
  double x = 0;                 // offset inside the column
  bool keep_with_next = false;  // never the last row of a column (section heads, tip label)
  int frame = -1;               // reading-tip frame id: consecutive rows with one id get a box
  int height = 1;               // grid rows occupied
  std::vector<std::pair<SetLine, double>> block;  // height > 1: lines and baseline offsets
                                                  // from the top of the first row
  std::vector<std::string> block_kinds;
  int anchor = -1;    // article number whose start this row is (TOC, bookmarks)
  bool rule = false;  // a separator: hairline across the column in this blank row
  // A picture's frame rows (kind Photo): the file, its alt text, its height / width.
  std::string picture, alt;
  double aspect = 0;
};

// A photo frame (a picture, or a box for a photo without a file) is at least this many
// grid rows tall: the rows blocks.cpp gives it, and what the flow may shorten it to.
constexpr int kPhotoMinRows = 2;

// What a frame's rows (consecutive rows of one frame id) become in the rectangle the flow
// gives them: the picture, as wide as the rectangle (narrower and centred when the
// rectangle is too short), at its top — vertical: as tall as the rectangle, at its right,
// where the column span starts — or, for a reading tip or a photo item without a file, a
// box. Pictures are entered in doc.images once per file.
pages::Item frame_item(pages::Document& doc, const Row& first, const pages::Box& rect,
                       bool vertical = false);

// Lines spanning the type area, each with its baseline offset from the block's top.
struct SpanBlock {
  std::vector<std::pair<SetLine, double>> lines;
  std::vector<std::string> kinds;
  int rows = 0;           // grid rows occupied
  double rule_after = 0;  // draw a rule of this width under the block (0 = none)
};

// Put a set line on a page at (x, baseline) and record it for `dump --pages`.
void emit_line(pages::Document& doc, std::vector<LineRecord>& records, int page, const SetLine& l,
               double x, double baseline, int column, const std::string& kind);

struct Context {
  const model::Layout& layout;
  const Geometry& geo;
  const RoleFaces& faces;
  FontLibrary& fonts;
  ShapeOptions shape;
  int next_frame = 0;
};

SpanBlock make_head(const model::Article& a, Context& cx, double width);
// The headline group as one tall column Row (layouts whose headlines do not span).
Row head_row(const model::Article& a, Context& cx);
// Lines more (or fewer) than its best breaking for each of an article's blocks (by index;
// body paragraphs only; missing: 0): the page make-up runs an article long to fill a page.
using Looseness = std::vector<int>;
std::vector<Row> make_rows(const model::Article& a, Context& cx, const Looseness& loose = {});
// Display lines (cover, issue opening): one paragraph of one style across a width.
std::vector<SetLine> set_display(const std::string& text, model::Style style, double width,
                                 Context& cx);
// A display paragraph (head, 小标题): broken at phrases and words, never inside a word
// where a smaller size (down to the next style's) avoids it (lang/phrases.h).
std::vector<SetLine> set_display_runs(const std::vector<StyledRun>& runs,
                                      const model::TextStyle& st, double measure, Context& cx);
// A body paragraph (BlockKind::Paragraph) from byte `from` of its text on (0: all of it,
// the first line indented; else no indent and its first line is not the paragraph's
// first), its first lines at `first_measures` (a paragraph running on under a picture),
// the rest at the column measure. SetLine::begin counts from the paragraph's start.
std::vector<SetLine> set_body(const model::Block& b, Context& cx, std::uint32_t from,
                              std::vector<double> first_measures, int looseness = 0);
// One paragraph of one explicit style across a width.
std::vector<SetLine> set_text(const std::string& text, const model::TextStyle& st, double width,
                              Context& cx);
// Append lines to a span block, each advancing by its style's leading.
void add_span_lines(SpanBlock& b, std::vector<SetLine> lines, const model::TextStyle& st,
                    const std::string& kind, double& y);
void finish_span(SpanBlock& b, double y, const Geometry& g);

}  // namespace wz::typeset
