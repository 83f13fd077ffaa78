// The digest flow (flow.h) on rows without text: a full page of one column is filled to
// the foot by opening its blank rows (feathering); free_share tells how much is left.
#include "typeset/page/flow.h"

#include <gtest/gtest.h>

#include <map>
#include <utility>

namespace wz::typeset {
namespace {

Geometry one_column(int rows, int columns = 1) {
  Geometry g;
  g.page_w = 200, g.page_h = 200;
  g.em = 10, g.pitch = 10;
  g.area_x = 10, g.area_y = 20, g.area_w = 100, g.area_h = rows * 10;
  g.columns = columns, g.column_w = 100, g.rows = rows;
  return g;
}

void para(Flow& f, int n, int anchor = -1) {
  for (int i = 0; i < n; ++i) {
    Row r;
    r.kind = RowKind::Paragraph;
    r.line.first = i == 0, r.line.last = i == n - 1;
    if (i == 0) r.anchor = anchor;
    f.add(r);
  }
}
void blank(Flow& f) {
  Row r;
  r.kind = RowKind::Blank;
  f.add(r);
}
// A headline group in the column: one row two lines tall, kept with its text.
Row headline(int anchor) {
  Row head;
  head.kind = RowKind::Head;
  head.height = 2;
  head.keep_with_next = true;
  head.anchor = anchor;
  return head;
}
// A tip box: two rows kept together and with what follows.
void chain(Flow& f, int anchor) {
  for (int i = 0; i < 2; ++i) {
    Row r;
    r.kind = RowKind::Tip;
    r.keep_with_next = true;
    if (i == 0) r.anchor = anchor;
    f.add(r);
  }
}

TEST(Flow, FullPageOfOneColumnIsFeatheredToTheFoot) {
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  // Rows 0-1, blank 2, rows 3-4, blank 5, rows 6-7, blank 8; the tip box and two lines of
  // its text do not fit in row 9: the page ends 2 rows short with 2 blank rows to open (the
  // blank row under the last line opens nothing that is seen).
  para(f, 2, 0);
  blank(f);
  para(f, 2, 1);
  blank(f);
  para(f, 2, 2);
  blank(f);
  chain(f, 3);
  para(f, 3);
  f.finish(true);
  ASSERT_EQ(doc.pages.size(), 2u);
  const auto& a = f.anchors();
  EXPECT_DOUBLE_EQ(a.at(0).y, 20);                 // the top stays
  EXPECT_NEAR(a.at(1).y, 20 + 3 * 10 + 10, 1e-9);  // one blank above, opened by a line
  EXPECT_NEAR(a.at(2).y, 20 + 6 * 10 + 20, 1e-9);  // two: its last line ends at the foot
  EXPECT_EQ(a.at(3).page, 1);
  EXPECT_DOUBLE_EQ(a.at(3).y, 20);  // the issue's last page stays on the grid
}

TEST(Flow, APageBrokenBeforeAnArticleIsFeatheredToTheFoot) {
  // Large print: an article that will not start in what is left ([article]
  // new_page_below) goes to the next page; the page it leaves is full, not short.
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 2, 0);
  blank(f);
  para(f, 2, 1);
  blank(f);
  para(f, 2, 2);  // rows 0-7 used: 2 rows short, 2 blank rows to open
  f.break_page();
  para(f, 2, 3);
  f.finish(true);
  ASSERT_EQ(doc.pages.size(), 2u);
  const auto& a = f.anchors();
  EXPECT_DOUBLE_EQ(a.at(0).y, 20);
  EXPECT_NEAR(a.at(1).y, 20 + 3 * 10 + 10, 1e-9);  // one blank above it, opened by a line
  EXPECT_NEAR(a.at(2).y, 20 + 6 * 10 + 20, 1e-9);  // two: its last line ends at the foot
  EXPECT_EQ(a.at(3).page, 1);
  EXPECT_DOUBLE_EQ(a.at(3).y, 20);
}

TEST(Flow, FeatheringOpensTheSpaceAboveAHeadlineGroupToo) {
  // Sample, large print p10: 3 rows short with 2 blank rows; the headline group in the
  // column is a third place to open (at most a line each).
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 3, 0);
  blank(f);
  f.add(headline(1));
  para(f, 2, 2);  // rows 0-7 used: 2 rows short; a blank and a head to open
  f.break_page();
  para(f, 2, 3);
  f.finish(true);
  const auto& a = f.anchors();
  EXPECT_DOUBLE_EQ(a.at(0).y, 20);
  EXPECT_NEAR(a.at(1).y, 20 + 4 * 10 + 20, 1e-9);  // the blank above it and its own space
  EXPECT_NEAR(a.at(2).y, 20 + 6 * 10 + 20, 1e-9);  // its text follows; the last line at the foot
  EXPECT_EQ(a.at(3).page, 1);
}

TEST(Flow, APhotoItemThatWillNotFitFloatsToTheNextPageHead) {
  // Sample, large print p4: a photo item (frame, caption, credit) taller than what is left
  // left the page's foot empty; it is held, the next article fills the page, and the item
  // heads the next page, a separator row under it, before the rest of the text.
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 5, 0);  // rows 0-4
  std::vector<Row> item(5);
  for (auto& r : item) r.kind = RowKind::Photo, r.keep_with_next = true;
  item.back().kind = RowKind::Credit, item.back().keep_with_next = false;
  item.front().anchor = 1;
  Row gap;
  gap.kind = RowKind::Blank;
  gap.rule = true;
  std::vector<Row> with_gap{gap};
  with_gap.insert(with_gap.end(), item.begin(), item.end());
  EXPECT_FALSE(f.fits(with_gap));  // 1 + 5 rows, 5 left
  f.defer(item, gap);
  blank(f);
  para(f, 4, 2);  // rows 6-9: the next article fills the page
  para(f, 4, 3);  // the next page, under the item and its separator
  f.finish(true);
  ASSERT_EQ(doc.pages.size(), 2u);
  const auto& a = f.anchors();
  EXPECT_EQ(a.at(2).page, 0);
  EXPECT_DOUBLE_EQ(a.at(2).y, 20 + 6 * 10);
  EXPECT_EQ(a.at(1).page, 1);
  EXPECT_DOUBLE_EQ(a.at(1).y, 20);  // the item heads the next page
  EXPECT_EQ(a.at(3).page, 1);
  EXPECT_DOUBLE_EQ(a.at(3).y, 20 + 6 * 10);
}

TEST(Flow, APhotoItemHeldToTheIssuesEndIsSetThere) {
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 2, 0);
  std::vector<Row> item(2);
  for (auto& r : item) r.kind = RowKind::Photo;
  item.front().anchor = 1;
  Row gap;
  gap.kind = RowKind::Blank;
  f.defer(item, gap);
  para(f, 2, 2);
  f.finish(true);
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_DOUBLE_EQ(f.anchors().at(2).y, 20 + 2 * 10);
  EXPECT_DOUBLE_EQ(f.anchors().at(1).y, 20 + 5 * 10);  // after the text and a separator
}

TEST(Flow, WithFewerPlacesThanLinesShortEachOpensALine) {
  // Seeds, large print p9: 2 rows short with one blank row (above a section head) to open:
  // it opens by a line and the page ends a line short, not two.
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 3, 0);
  blank(f);
  para(f, 4, 1);  // rows 0-7 used: 2 rows short, one place
  f.break_page();
  para(f, 2, 2);
  f.finish(true);
  EXPECT_NEAR(f.anchors().at(1).y, 20 + 4 * 10 + 10, 1e-9);
  EXPECT_EQ(f.anchors().at(2).page, 1);
}

// A photo item: `frame` rows of a photo frame, a caption line and a credit line.
std::vector<Row> photo_item(int frame, int anchor) {
  std::vector<Row> item(frame + 2);
  for (int i = 0; i < frame; ++i)
    item[i].kind = RowKind::Photo, item[i].frame = 7, item[i].keep_with_next = true;
  item[frame].kind = RowKind::Caption, item[frame].keep_with_next = true;
  item[frame + 1].kind = RowKind::Credit;
  item.front().anchor = anchor;
  return item;
}

TEST(Flow, OneFloatedItemHeadsAPage) {
  // Seeds, book-a5 p22: two photo items in a row were both floated to one page head and
  // the second one's caption ran on to the page after, parting the text by a page of
  // pictures. One item heads each page; the text runs under it.
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 8, 0);
  Row gap;
  gap.kind = RowKind::Blank;
  gap.rule = true;
  f.defer(photo_item(3, 1), gap);
  f.defer(photo_item(3, 2), gap);
  para(f, 20, 3);  // rows 8-9, then the next pages
  f.finish(true);
  const auto& a = f.anchors();
  ASSERT_GE(doc.pages.size(), 3u);
  EXPECT_EQ(a.at(1).page, 1);
  EXPECT_DOUBLE_EQ(a.at(1).y, 20);
  EXPECT_EQ(a.at(2).page, 2);  // not under the first item on page 2
  EXPECT_DOUBLE_EQ(a.at(2).y, 20);
}

// A full page of `rows` rows, a photo item of 9 rows with its separator floated from it
// (a frame of `frame` rows, a caption of 7 - frame lines and a credit), then (with `head`)
// the next article's headline group, and `lines` lines of text: the pages made and the
// anchors (0 the first text, 1 the item, 2 the head, 3 the text after).
std::pair<size_t, std::map<int, Anchor>> item_over_text(int rows, bool head, int lines,
                                                        int frame = 6) {
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(rows);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, rows, 0);  // the first page full
  Row gap;
  gap.kind = RowKind::Blank;
  gap.rule = true;
  std::vector<Row> item = photo_item(frame, 1);
  item.insert(item.begin() + frame, static_cast<size_t>(6 - frame), item[frame]);
  f.defer(item, gap);
  if (head) f.add(headline(2));
  para(f, lines, 3);
  f.finish(true);
  return {doc.pages.size(), f.anchors()};
}

TEST(Flow, AFloatedItemWaitsWhileThePageItWouldHeadIsShortOfText) {
  // Seeds, book-a5 p8: a photo item floated to the next page's head, the next article's
  // opening under it and three lines of its text filled the page: a page under a third
  // text (kLeastTextShare). The page takes the opening and its text; the item heads the
  // page after, the text running on under it. (Its frame is at its smallest: it gives no
  // row to the text, AFloatedItemGivesFrameRowsToTheTextUnderIt.)
  auto [pages, a] = item_over_text(15, true, 19, 2);  // under the item: 4 lines, fewer than 5
  ASSERT_EQ(pages, 3u);
  EXPECT_EQ(a.at(2).page, 1);
  EXPECT_DOUBLE_EQ(a.at(2).y, 20);  // the opening heads the page
  EXPECT_EQ(a.at(3).page, 1);
  EXPECT_EQ(a.at(1).page, 2);  // the item heads the page after
  EXPECT_DOUBLE_EQ(a.at(1).y, 20);
}

// A full page of 15 rows, and a photo item floated from it that can give no row to text
// (a frame at its least, a caption of 6 lines: 10 rows with its separator).
struct ItemAtItsLeast {
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(15);
  Flow f{doc, rec, g};
  Row gap;
  ItemAtItsLeast() {
    f.new_page();
    para(f, 15, 0);
    std::vector<Row> item = photo_item(2, 1);
    item.insert(item.begin() + 2, 5, item[2]);
    gap.kind = RowKind::Blank;
    gap.rule = true;
    f.defer(item, gap);
  }
};

TEST(Flow, AFloatedItemGivesFrameRowsToTheTextUnderIt) {
  // Seeds, large print p38 (p36 before): a photo item whose frame can give rows heads the
  // page with more than a third of it text: its frame of 6 rows gives 2, and the 4 lines
  // under it become 6 (a third of 15 rows is 5).
  auto [pages, a] = item_over_text(15, true, 19);
  ASSERT_EQ(pages, 3u);
  EXPECT_EQ(a.at(1).page, 1);
  EXPECT_DOUBLE_EQ(a.at(1).y, 20);  // the item heads the page
  EXPECT_EQ(a.at(2).page, 1);
  EXPECT_DOUBLE_EQ(a.at(2).y, 20 + 7 * 10);  // under the item (7 rows with its separator)
  EXPECT_EQ(a.at(3).page, 1);
}

TEST(Flow, APageExactlyAThirdTextIsShortOfText) {
  // 5 lines under the item on a page of 15 rows: a third exactly, which makeup-audit
  // measures as under a third (seeds, large print: 8 lines of 24 read 0.333). The item
  // waits for the next page.
  ItemAtItsLeast t;
  para(t.f, 20, 3);
  t.f.finish(true);
  const auto& a = t.f.anchors();
  EXPECT_EQ(a.at(3).page, 1);
  EXPECT_DOUBLE_EQ(a.at(3).y, 20);  // the text heads the page
  EXPECT_EQ(a.at(1).page, 2);
}

TEST(Flow, APhotoItemThatWouldStarveItsPageFloatsOnWhileTextFillsIt) {
  // Seeds, large print p36: the end of an article (2 lines), then a photo item that fits,
  // then too few rows left for text: a page a third text at most. It floats on when the
  // articles after it hold rows enough to fill the page; not when they do not (the page
  // would be left short), nor when the page holds text enough with it.
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(12);  // a third: 4 rows
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 2, 0);
  std::vector<Row> item = photo_item(5, 1);  // 7 rows; with its separator, 2 rows left
  item.insert(item.begin(), Row{});
  EXPECT_TRUE(f.fits(item));
  EXPECT_TRUE(f.starves_page(item, 10));      // 2 lines + 2 rows of text <= 4
  EXPECT_FALSE(f.starves_page(item, 9));      // what comes does not fill the 10 rows free
  std::vector<Row> small = photo_item(3, 1);  // 5 rows: 2 lines + 4 rows of text > 4
  small.insert(small.begin(), Row{});
  EXPECT_FALSE(f.starves_page(small, 10));
  para(f, 3, 2);  // 5 lines: the item no longer fits, it floats by make_room's rule
  EXPECT_FALSE(f.starves_page(item, 10));
}

TEST(Flow, AFloatedItemHeadsAPageItsTextFillsAThirdOf) {
  // 7 lines under the item on a page of 16 rows (a third: 5.3): it heads the page.
  auto [pages, a] = item_over_text(16, false, 20);
  EXPECT_EQ(a.at(1).page, 1);
  EXPECT_DOUBLE_EQ(a.at(1).y, 20);
  EXPECT_EQ(a.at(3).page, 1);
  EXPECT_DOUBLE_EQ(a.at(3).y, 20 + 9 * 10);
}

TEST(Flow, AFloatedItemWaitsToMakeRoomForAnOpening) {
  // Sample, large print p5: a picture item floated to the page's head, the end of an
  // article (6 lines) under it, and the next article's opening did not fit: the page turned
  // short of text. The item waits for the next page and the opening runs on under the text.
  ItemAtItsLeast t;
  Flow& f = t.f;
  const Row& gap = t.gap;
  para(f, 2, 2);  // rows 10-11 of the next page
  std::vector<Row> opening{gap, headline(3), Row{}, Row{}};
  opening[2].kind = opening[3].kind = RowKind::Paragraph;
  EXPECT_FALSE(f.fits(opening));
  EXPECT_TRUE(f.make_room(opening));
  EXPECT_TRUE(f.fits(opening));
  for (const Row& r : opening) f.add(r);
  para(f, 12, 4);
  f.finish(true);
  const auto& a = f.anchors();
  EXPECT_EQ(a.at(2).page, 1);
  EXPECT_DOUBLE_EQ(a.at(2).y, 20);  // the text heads the page
  EXPECT_EQ(a.at(3).page, 1);
  EXPECT_EQ(a.at(1).page, 2);  // the item the next
}

TEST(Flow, APhotoFrameShortensToTakeTheNextArticlesOpening) {
  // Seeds, large print p36: a photo item, then 3 rows left; the next article's opening
  // (separator, head, two lines) needs 4. The frame gives a row (down to its smallest size)
  // and the opening starts at the foot instead of leaving a 3-row hole.
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  for (auto& r : photo_item(3, 0)) f.add(r);
  para(f, 2, 1);  // rows 0-6 used
  std::vector<Row> opening(4);
  opening[0].kind = RowKind::Blank, opening[0].rule = true;
  opening[1].kind = RowKind::Head, opening[1].keep_with_next = true, opening[1].anchor = 2;
  opening[2].kind = opening[3].kind = RowKind::Paragraph;
  opening[2].line.first = true;
  EXPECT_FALSE(f.fits(opening));
  EXPECT_TRUE(f.make_room(opening));
  for (auto& r : opening) f.add(r);
  f.finish(true);
  EXPECT_EQ(f.anchors().at(2).page, 0);
  EXPECT_DOUBLE_EQ(f.anchors().at(2).y, 20 + 7 * 10);  // the frame is 2 rows now
}

TEST(Flow, AOneRowHoleIsNotTightened) {
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  for (auto& r : photo_item(4, 0)) f.add(r);
  para(f, 3, 1);  // rows 0-8 used, one left
  std::vector<Row> two(2);
  two[0].kind = two[1].kind = RowKind::Paragraph;
  EXPECT_FALSE(f.make_room(two));
  f.finish(true);
  ASSERT_EQ(doc.pages.size(), 1u);
  EXPECT_DOUBLE_EQ(f.anchors().at(1).y, 20 + 6 * 10);  // the frame kept its 4 rows
}

TEST(Flow, RestoreDropsWhatWasSetSinceTheMark) {
  // The column make-up sets an article again another way (run long to fill a page): back
  // to the mark, the pages, anchors and rows set since are gone, and setting it again
  // gives what it gave.
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 3, 0);
  Flow::Mark m = f.mark();
  para(f, 15, 1);
  ASSERT_EQ(doc.pages.size(), 2u);
  ASSERT_EQ(f.anchors().count(1), 1u);
  f.restore(m);
  EXPECT_EQ(doc.pages.size(), 1u);
  EXPECT_EQ(f.anchors().count(1), 0u);
  EXPECT_EQ(f.free_rows(), 7);
  para(f, 15, 1);
  EXPECT_EQ(doc.pages.size(), 2u);
  EXPECT_EQ(f.anchors().at(1).page, 0);
  EXPECT_DOUBLE_EQ(f.anchors().at(1).y, 20 + 3 * 10);
}

// A flow on one-column pages of `rows` rows, its first page begun.
struct OnePage {
  explicit OnePage(int rows) : g(one_column(rows)), f(doc, rec, g) { f.new_page(); }
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g;
  Flow f;
};

// The issue's title block over the column: rows 0-1 of a page of 12.
SpanBlock issue_title() {
  SpanBlock b;
  b.rows = 2;
  return b;
}

TEST(Flow, OnAnIssuesOpeningPageTheWhiteSinksUnderTheTitle) {
  // Sample, book-a5 p18: the issue's title, one short article 3 rows short of the foot
  // with one blank row to open, and the next article's opening will not fit: the blank
  // opens by a line and the article sinks 2 rows under the title, its last line at the
  // foot. The sink counts as hole for the make-up's choices.
  OnePage p(12);
  Flow& f = p.f;
  f.place_span(issue_title(), 2);
  para(f, 2, 0);
  blank(f);
  para(f, 4, 1);  // rows 2-8 used: 3 rows short, one place
  f.break_page();
  para(f, 2, 2);
  f.finish(true);
  const auto& a = f.anchors();
  EXPECT_NEAR(a.at(0).y, 20 + 2 * 10 + 20, 1e-9);                // sunk 2 rows under the title
  EXPECT_NEAR(a.at(1).y, 20 + 2 * 10 + 20 + 3 * 10 + 10, 1e-9);  // and the blank opened
  EXPECT_EQ(a.at(2).page, 1);
  EXPECT_EQ(f.worst_hole(), 2);
}

TEST(Flow, TheSinkIsAQuarterOfThePageAtMost) {
  // 6 rows short on a page of 12 with nothing to open: the sink stops at 3 rows.
  OnePage p(12);
  Flow& f = p.f;
  f.place_span(issue_title(), 2);
  para(f, 4, 0);  // rows 2-5 used: 6 rows short
  f.break_page();
  para(f, 2, 1);
  f.finish(true);
  EXPECT_NEAR(f.anchors().at(0).y, 20 + 2 * 10 + 30, 1e-9);
  EXPECT_EQ(f.worst_hole(), 6);
}

TEST(Flow, FeatheringOpensTheSpaceAboveAPhotoToo) {
  // Sample, large print p15: text, a blank row, a photo item (frame, caption, credit), 3
  // rows short: the blank and the space above the photo frame open by a line each, one
  // row stays (tolerable).
  OnePage p(10);
  Flow& f = p.f;
  para(f, 2, 0);
  blank(f);
  for (Row& r : photo_item(2, 1)) f.add(r);  // rows 3-6: 3 rows short, 2 places
  f.break_page();
  para(f, 2, 2);
  f.finish(true);
  EXPECT_NEAR(f.anchors().at(1).y, 20 + 3 * 10 + 20, 1e-9);
  EXPECT_EQ(f.worst_hole(), 1);
}

TEST(Flow, WorstHoleCountsTheRowsAFullPageLeavesEmpty) {
  // 7 lines, then a tip box that must take the two lines of its text and the widow: the
  // page ends 3 rows short with no place to open (no blank row, no head above the last
  // line), so 3 rows stay empty.
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 7, 0);
  EXPECT_EQ(f.worst_hole(), 0);
  chain(f, 1);
  para(f, 3);
  f.finish(true);
  ASSERT_EQ(doc.pages.size(), 2u);
  EXPECT_EQ(f.worst_hole(), 3);
}

TEST(Flow, ColumnsSideBySideStayOnTheGrid) {
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10, 2);
  Flow f(doc, rec, g);
  f.new_page();
  // As above, column 1 ends 2 rows short with 3 blank rows, but column 2 stands beside it.
  para(f, 2);
  blank(f);
  para(f, 1);
  blank(f);
  para(f, 1);
  blank(f);
  para(f, 1, 1);  // row 7
  chain(f, 2);
  para(f, 30);
  f.finish(true);
  EXPECT_DOUBLE_EQ(f.anchors().at(1).y, 20 + 7 * 10);
}

TEST(Flow, FreeShareCountsTheCellsLeft) {
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(12);
  Flow f(doc, rec, g);
  EXPECT_DOUBLE_EQ(f.free_share(), 1);
  f.new_page();
  para(f, 9);
  EXPECT_DOUBLE_EQ(f.free_share(), 3.0 / 12);
}

TEST(Flow, APictureInTheTextThatWillNotFitFloatsToTheNextPageWhileTheTextFillsThisOne) {
  pages::Document doc;
  std::vector<LineRecord> rec;
  Geometry g = one_column(10);
  Flow f(doc, rec, g);
  f.new_page();
  para(f, 8, 0);                 // rows 0-7
  for (int i = 0; i < 3; ++i) {  // a picture of 3 rows and its caption: 2 rows are left
    Row r;
    r.kind = RowKind::Photo, r.keep_with_next = true;
    r.frame = 1, r.picture = "p.png", r.aspect = 0.3;
    f.add(r);
  }
  Row caption;
  caption.kind = RowKind::Caption;
  caption.line.first = caption.line.last = true;
  f.add(caption);
  para(f, 6, 1);  // 2 lines fill the page's foot, 4 follow the picture
  f.finish(true);
  ASSERT_EQ(doc.pages.size(), 2u);
  EXPECT_EQ(f.anchors().at(1).page, 0);
  EXPECT_DOUBLE_EQ(f.anchors().at(1).y, 20 + 8 * 10);  // no hole above the foot
  int on_first = 0, pictures = 0;
  for (const auto& it : doc.pages[1].items)
    if (it.kind() == pages::Item::Kind::Picture) {
      ++pictures;
      EXPECT_NEAR(it.picture().y, 20, 1e-9);  // it heads the next page
    }
  for (const auto& it : doc.pages[0].items) on_first += it.kind() == pages::Item::Kind::Picture;
  EXPECT_EQ(pictures, 1);
  EXPECT_EQ(on_first, 0);
}

}  // namespace
}  // namespace wz::typeset
