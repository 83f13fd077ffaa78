// The one column rule set (column_rules.h), on rows without text: what every make-up
// (digest flow, broadsheet blocks, vertical tiers) decides at a column's foot.
#include "typeset/page/column_rules.h"

#include <gtest/gtest.h>

namespace wz::typeset {
namespace {

Row row(RowKind k, bool first = false, bool last = false, bool keep = false) {
  Row r;
  r.kind = k;
  r.line.first = first, r.line.last = last;
  r.keep_with_next = keep;
  return r;
}

// A paragraph of n lines.
void para(std::vector<Row>& rows, int n) {
  for (int i = 0; i < n; ++i) rows.push_back(row(RowKind::Paragraph, i == 0, i == n - 1));
}

TEST(ColumnRules, BlankRowVanishesAtColumnTop) {
  std::vector<Row> rows{row(RowKind::Blank)};
  para(rows, 3);
  ColumnStep s = column_step(rows, 0, 0, 10);
  EXPECT_TRUE(s.skip);
  EXPECT_FALSE(s.new_column);
  s = column_step(rows, 0, 4, 10);  // inside a column it is set
  EXPECT_FALSE(s.skip);
}

TEST(ColumnRules, BlankRowAtTheFootIsDroppedWithTheBreak) {
  std::vector<Row> rows;
  para(rows, 2);
  rows.push_back(row(RowKind::Blank));
  rows.push_back(row(RowKind::SectionHead, true, true, true));
  para(rows, 4);
  // The section head keeps kKeepLines of its text: at row 9 of 10 it goes to the next column.
  ColumnStep s = column_step(rows, 3, 9, 10);
  EXPECT_TRUE(s.new_column);
  EXPECT_FALSE(s.skip);
  EXPECT_EQ(keep_need(rows, 3), 1 + kKeepLines);
}

TEST(ColumnRules, TheSpaceAboveASectionHeadVanishesAtAPagesFoot) {
  // Seeds, large print p38: 7 rows set of 10, then a blank row, a section head and its
  // text: with the blank the head and its two lines need 4 rows, 3 are left. At the page's
  // foot the blank vanishes and the head ends the page with two lines; in a column balanced
  // shorter (no page foot) and for a separator's rule row it stays.
  std::vector<Row> rows;
  para(rows, 7);
  rows.push_back(row(RowKind::Blank));
  rows.push_back(row(RowKind::SectionHead, true, true, true));
  para(rows, 4);
  EXPECT_TRUE(space_above_head_vanishes(rows, 7, 7, 10));
  EXPECT_TRUE(column_step(rows, 7, 7, 10, true).skip);
  EXPECT_FALSE(column_step(rows, 7, 7, 10, false).skip);
  EXPECT_FALSE(space_above_head_vanishes(rows, 7, 6, 10));  // it fits with its space
  EXPECT_FALSE(space_above_head_vanishes(rows, 7, 8, 10));  // nor without: it goes on
  Poured p = pour(rows, 0, {10, 10}, false, 0, true);
  EXPECT_EQ(p.slots[7].column, -1);  // the blank is not set
  EXPECT_EQ(p.slots[8].column, 0);
  EXPECT_EQ(p.slots[8].row, 7);
  rows[7].rule = true;  // between articles: the separator stays
  EXPECT_FALSE(space_above_head_vanishes(rows, 7, 7, 10));
}

TEST(ColumnRules, NoWidowAtColumnTop) {
  std::vector<Row> rows;
  para(rows, 4);
  // Row 2 (third line) would end the column and leave the last line alone: it moves on.
  ColumnStep s = column_step(rows, 2, 9, 10);
  EXPECT_TRUE(s.new_column);
  EXPECT_TRUE(is_widow(rows[3]));
  EXPECT_FALSE(is_widow(rows[0]));
  // With room for both, it stays.
  EXPECT_FALSE(column_step(rows, 2, 8, 10).new_column);
}

TEST(ColumnRules, KeepChainTakesItsTextAlong) {
  std::vector<Row> rows{row(RowKind::TipLabel, true, true, true),
                        row(RowKind::Tip, true, false, true),
                        row(RowKind::Tip, false, true, false)};
  para(rows, 5);
  // The label, the chained tip line, then kKeepLines rows from the chain's last row on.
  EXPECT_EQ(keep_need(rows, 0), 2 + kKeepLines);
  EXPECT_TRUE(column_step(rows, 0, 7, 10).new_column);
  EXPECT_FALSE(column_step(rows, 0, 6, 10).new_column);
  // A chain taller than the column never loops: at a column top it is placed.
  EXPECT_FALSE(column_step(rows, 0, 0, 3).new_column);
}

// A headline group over a blank row and a tip box: kept with the box and its text, never
// left at a column foot over the blank row.
TEST(ColumnRules, BlankRowsDoNotEndAKeepChain) {
  std::vector<Row> rows{row(RowKind::Head, true, true, true), row(RowKind::Blank),
                        row(RowKind::TipLabel, true, true, true), row(RowKind::Tip, true, true),
                        row(RowKind::Blank)};
  para(rows, 4);
  // Head, blank, label, then kKeepLines rows of text: the tip line and (past the blank) one
  // paragraph line.
  EXPECT_EQ(keep_need(rows, 0), 3 + 3);
  EXPECT_TRUE(column_step(rows, 0, 5, 10).new_column);
  EXPECT_FALSE(column_step(rows, 0, 4, 10).new_column);
}

// Sample, large print p10: a head with a three-line paragraph fitted at the foot with two
// lines' room; the widow rule then moved the second line on and left one line under the
// head. The paragraph's last line belongs to what the head keeps.
TEST(ColumnRules, AKeepChainTakesTheLastLineTheWidowRuleWouldStrand) {
  std::vector<Row> rows{row(RowKind::Head, true, true, true)};
  para(rows, 3);
  EXPECT_EQ(keep_need(rows, 0), 1 + 3);
  EXPECT_TRUE(column_step(rows, 0, 7, 10).new_column);  // 3 rows left: the head moves on
  EXPECT_FALSE(column_step(rows, 0, 6, 10).new_column);
}

TEST(ColumnRules, RowKindNamesAreTheDumpNames) {
  EXPECT_STREQ(to_string(RowKind::SectionHead), "section-head");
  EXPECT_STREQ(to_string(RowKind::Paragraph), "paragraph");
  EXPECT_STREQ(to_string(RowKind::IssueOpening), "issue-opening");
}

// A picture's frame of `n` rows (frame id 7) and a caption line under it.
void figure(std::vector<Row>& rows, int n) {
  for (int i = 0; i < n; ++i) {
    Row r = row(RowKind::Photo, false, false, true);
    r.frame = 7, r.picture = "p.png", r.aspect = 0.5;
    rows.push_back(r);
  }
  rows.push_back(row(RowKind::Caption, true, true));
}

TEST(ColumnRules, APictureThatDoesNotFitFloatsToTheNextColumnWhileTheTextFillsThisOne) {
  std::vector<Row> rows;
  para(rows, 8);    // rows 0-7 of column 0
  figure(rows, 3);  // 3 + 1 rows: 2 left
  para(rows, 6);    // 2 lines fill column 0, 4 go under the picture
  Poured p = pour(rows, 0, {10, 10}, false);
  EXPECT_EQ(p.end, rows.size());
  EXPECT_EQ(p.floated_end, 0u);
  EXPECT_EQ(figure_end(rows, 8), 12u);
  for (size_t i = 8; i < 12; ++i) {  // the picture and its caption head column 1
    EXPECT_EQ(p.slots[i].column, 1);
    EXPECT_EQ(p.slots[i].row, static_cast<int>(i) - 8);
  }
  EXPECT_EQ(p.slots[12].column, 0);
  EXPECT_EQ(p.slots[12].row, 8);
  EXPECT_EQ(p.slots[13].row, 9);  // no hole at the foot
  EXPECT_EQ(p.slots[14].column, 1);
  EXPECT_EQ(p.slots[14].row, 4);
}

TEST(ColumnRules, APictureFloatsPastTheLastColumnOnlyWhenAllowed) {
  std::vector<Row> rows;
  para(rows, 8);
  figure(rows, 3);
  para(rows, 6);
  Poured held = pour(rows, 0, {10}, false);  // the broadsheet's block: it moves whole
  EXPECT_EQ(held.end, 8u);
  EXPECT_EQ(held.floated_end, 0u);
  Poured floated = pour(rows, 0, {10}, true);  // the digest flow: it goes to the next page
  EXPECT_EQ(floated.floated, 8u);
  EXPECT_EQ(floated.floated_end, 12u);
  EXPECT_EQ(floated.slots[8].column, -1);
  EXPECT_EQ(floated.slots[13].row, 9);
  EXPECT_EQ(floated.end, 14u);  // the rest of the text waits for the next page too
}

// The vertical flow pours what follows a picture from the line after it: the first column
// is already filled to first_row, so a blank row there is set (not at a column top) and
// the rows after it fill the column from there.
TEST(ColumnRules, APourFromARowInsideTheFirstColumn) {
  std::vector<Row> rows{row(RowKind::Blank)};
  para(rows, 4);
  Poured p = pour(rows, 0, {10, 10}, false, 7);
  EXPECT_EQ(p.slots[0].column, 0);
  EXPECT_EQ(p.slots[0].row, 7);  // set: row 7 is no column top
  EXPECT_EQ(p.slots[1].row, 8);
  EXPECT_EQ(p.slots[2].row, 9);
  EXPECT_EQ(p.slots[3].column, 1);  // the last two lines together: no widow
  EXPECT_EQ(p.slots[4].column, 1);
  Poured full = pour(rows, 0, {10, 10}, false, 10);  // a full first column takes nothing
  EXPECT_EQ(full.slots[0].column, -1);               // a blank at the next column's top
  EXPECT_EQ(full.slots[1].column, 1);
  EXPECT_EQ(full.slots[1].row, 0);
}

}  // namespace
}  // namespace wz::typeset
