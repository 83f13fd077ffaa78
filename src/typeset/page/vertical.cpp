// 竖排: an issue in vertical lines, as a Chinese vertical book sets it (clreq §3.2.3,
// typography.md "Vertical text"). The lines run top to bottom and follow one another
// right to left; pages progress right to left. Each article opens with its headline
// group as vertical display lines at its right (the kicker, the headline, the
// subheadline, each a line of its own, as in a vertical book or a vertical newspaper page
// before 1956), then its text; a hairline in a blank line separates articles.
#include <cmath>

#include "typeset/page/issue.h"
#include "typeset/page/tags.h"
#include "typeset/page/vertical_flow.h"

namespace wz::typeset {
namespace {

Row page_break() {
  Row r;
  r.kind = RowKind::PageBreak;
  return r;
}

// The issue's opening (title, date) as display lines with a rule down the tier after them.
Row opening_row(const model::Issue& is, Context& cx) {
  SpanBlock b = issue_opening(is, cx);
  Row r;
  r.kind = RowKind::IssueOpening;
  r.height = b.rows;
  r.keep_with_next = true;
  r.rule = b.rule_after > 0;
  r.block = std::move(b.lines);
  r.block_kinds = std::move(b.kinds);
  return r;
}

// A line set under a picture, in one of its rows `skip` cells down the line: a block line
// whose centre is the row's (vertical_flow.cpp emit_row puts a block line's em box where
// its baseline offset says).
void put_under(Row& r, SetLine l, const std::string& kind, double skip, const Geometry& g) {
  const double size = l.size > 0 ? l.size : g.em;
  r.x = skip;
  r.block.push_back({std::move(l), g.em / 2 + Geometry::kAscentEm * size - size / 2});
  r.block_kinds.push_back(kind);
}

// Cells down the line that a picture spanning `lines` lines leaves empty over what is set
// under it (its height and the gap under it), and the characters left under it.
struct UnderSpace {
  int skip = 0, chars = 0;
  bool usable() const { return chars >= kMinCaptionChars; }
};
UnderSpace under_space(const Row& first, int lines, const Geometry& g) {
  const int chars = static_cast<int>(std::lround(g.column_w / g.em));
  const int skip = picture_cells(lines, g.pitch, first.aspect, g.em, chars) + kPictureGapCells;
  return {skip, chars - skip};
}

bool under_picture(RowKind k) {
  return k == RowKind::Caption || k == RowKind::Credit || k == RowKind::Blank;
}

// Rows [first, end) of a picture's caption and credit, set again at the `chars` its lines
// leave under it (from the article's blocks [b0, b1): the picture's and theirs), blank
// rows at either end dropped; empty when they need more than `lines` lines.
std::vector<Row> short_captions(const model::Article& a, int b0, int b1, int chars, int lines,
                                Context& cx) {
  model::Article sub;
  sub.blocks.assign(a.blocks.begin() + b0, a.blocks.begin() + b1);
  Geometry g = cx.geo;
  g.column_w = chars * g.em;
  Context sc{cx.layout, g, cx.faces, cx.fonts, cx.shape};
  std::vector<Row> out;
  for (Row& r : make_rows(sub, sc)) {
    if (!under_picture(r.kind) || (out.empty() && r.kind == RowKind::Blank)) continue;
    r.line.tag.block += b0;
    out.push_back(std::move(r));
  }
  while (!out.empty() && out.back().kind == RowKind::Blank) out.pop_back();
  if (static_cast<int>(out.size()) > lines) out.clear();
  return out;
}

// Issue 10: a picture stands at the top of the lines it spans (vertical_flow.h
// picture_cells); its caption and credit go under it in those lines, a line of theirs in
// each, starting a gap cell under its foot on the grid's cells, instead of after it.
void captions_under_pictures(const model::Article& a, std::vector<Row>& rows, Context& cx) {
  const Geometry& g = cx.geo;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].kind != RowKind::Photo || rows[i].picture.empty()) continue;
    size_t j = i;
    while (j < rows.size() && rows[j].kind == RowKind::Photo && rows[j].frame == rows[i].frame) ++j;
    size_t e = j;
    while (e < rows.size() && under_picture(rows[e].kind)) ++e;
    while (e > j && rows[e - 1].kind == RowKind::Blank) --e;
    const int lines = static_cast<int>(j - i);
    const UnderSpace under = under_space(rows[i], lines, g);
    if (e == j || !under.usable()) {
      i = j - 1;
      continue;
    }
    const std::vector<Row> caps = short_captions(
        a, rows[i].line.tag.block, rows[e - 1].line.tag.block + 1, under.chars, lines, cx);
    if (caps.empty()) {
      i = j - 1;
      continue;
    }
    for (size_t m = 0; m < caps.size(); ++m) {
      if (caps[m].line.runs.empty()) continue;  // a blank line between caption and credit
      put_under(rows[i + m], caps[m].line, to_string(caps[m].kind), under.skip * g.em, g);
    }
    rows[j - 1].keep_with_next = false;  // nothing of the picture's follows it
    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(j),
               rows.begin() + static_cast<std::ptrdiff_t>(e));
    i = j - 1;
  }
}

bool body_of(const Row& r, int article) {
  return r.kind == RowKind::Paragraph && r.line.tag.article == article;
}

// The rows of set lines that go on after a picture's lines (the article's tag kept).
void push_body(std::vector<Row>& out, std::vector<SetLine>& lines, size_t from,
               const pages::Tag& tag) {
  for (size_t k = from; k < lines.size(); ++k) {
    Row r;
    r.kind = RowKind::Paragraph;
    r.line = std::move(lines[k]);
    r.line.tag = tag;
    out.push_back(std::move(r));
  }
}

// Issue 10: the article's paragraphs after a picture run on in the lines under it (under
// its caption and credit and the space after them), each line at the measure the picture
// leaves and starting where its caption does, on the grid's cells; the paragraph under
// way when the picture's lines end goes on after them at the full measure. A paragraph
// that the picture's floating cut (vertical_flow.h pour) runs on from the line it had
// reached. Only body paragraphs run under a picture: a section head, a byline or another
// article leaves the rest of its lines empty.
void run_under(const model::Issue& is, Context& cx, std::vector<Row>& picture,
               std::vector<Row>& after, bool tier_ends) {
  const Geometry& g = cx.geo;
  const int lines = static_cast<int>(picture.size());
  const UnderSpace under = under_space(picture.front(), lines, g);
  const int article = picture.front().line.tag.article;
  if (!under.usable() || article < 0) return;
  int row = 0;  // the first line under the picture not taken by its caption and credit
  for (int k = 0; k < lines; ++k)
    if (!picture[k].block.empty()) row = k + 1;
  size_t a = 0;  // the space after them
  while (a < after.size() && after[a].kind == RowKind::Blank && !after[a].rule) ++a;
  if (a == after.size() || !body_of(after[a], article) || row + static_cast<int>(a) >= lines)
    return;
  row += static_cast<int>(a);
  std::vector<Row> rest;  // what follows the picture's lines
  const model::Article& art = is.articles[static_cast<size_t>(article)];
  size_t k = a;
  while (row < lines && k < after.size() && body_of(after[k], article)) {
    const pages::Tag tag = after[k].line.tag;
    size_t q = k;
    while (q < after.size() && body_of(after[q], article) && after[q].line.tag.block == tag.block)
      ++q;
    const std::uint32_t from = after[k].line.first ? 0 : after[k].line.begin;
    const auto& block = art.blocks[static_cast<size_t>(tag.block)];
    const size_t room = static_cast<size_t>(lines - row);
    std::vector<double> short_lines(room, under.chars * g.em);
    std::vector<SetLine> set = set_body(block, cx, from, short_lines);
    // Its last line alone at the top of the next tier (typography.md): one line fewer
    // keeps it under the picture, else one more takes a line along.
    if (tier_ends && set.size() == room + 1)
      for (int loose : {-1, 1}) {
        std::vector<SetLine> other = set_body(block, cx, from, short_lines, loose);
        if (other.size() != room + 1) {
          set = std::move(other);
          break;
        }
      }
    const size_t under_n = std::min(room, set.size());
    for (size_t m = 0; m < under_n; ++m) {
      set[m].tag = tag;
      put_under(picture[static_cast<size_t>(row) + m], std::move(set[m]), "paragraph",
                under.skip * g.em, g);
    }
    row += static_cast<int>(under_n);
    push_body(rest, set, under_n, tag);
    k = q;
  }
  if (k == a) return;  // nothing ran under it
  for (; k < after.size(); ++k) rest.push_back(std::move(after[k]));
  after = std::move(rest);
}

// An article's rows: the headline group (one tall row), then the column material.
void article_rows(const model::Article& a, int n, Context& cx, std::vector<Row>& out) {
  Row head = head_row(a, cx);
  head.anchor = n;
  std::vector<Row> rows = make_rows(a, cx);
  captions_under_pictures(a, rows, cx);
  if (head.block.empty() && !rows.empty()) rows.front().anchor = n;
  tag_article(head, n), tag_article(rows, n);
  if (!head.block.empty()) out.push_back(std::move(head));
  for (auto& r : rows) out.push_back(std::move(r));
}

}  // namespace

void set_issue_vertical(const model::Issue& is, Context& cx, pages::Document& doc,
                        std::vector<LineRecord>& lines, TocIssue& toc) {
  const VGeometry vg = make_vgeometry(cx.layout);
  const Geometry bg = blocks_geometry(vg);
  Context vcx{cx.layout, bg, cx.faces, cx.fonts, cx.shape};  // shape.vertical is set
  std::vector<Row> rows{page_break(), opening_row(is, vcx)};
  for (size_t n = 0; n < is.articles.size(); ++n) {
    if (n > 0 && cx.layout.article_start == model::ArticleStart::NewPage) {
      rows.push_back(page_break());
    } else if (n > 0) {
      Row gap;
      gap.kind = RowKind::Blank;
      gap.rule = true;
      rows.push_back(std::move(gap));
    }
    article_rows(is.articles[n], static_cast<int>(n), vcx, rows);
  }
  VFlow flow(doc, lines, vg, [&](std::vector<Row>& picture, std::vector<Row>& after, bool ends) {
    run_under(is, vcx, picture, after, ends);
  });
  toc.page = static_cast<int>(doc.pages.size());
  toc.y = vg.area_y;
  flow.place(rows);
  add_toc_articles(is, flow.anchors(), cx.layout.labels.untitled, toc);
}

}  // namespace wz::typeset
