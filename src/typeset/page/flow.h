// typeset/page/flow: flows grid material through the columns of pages.
// Consumes: span blocks (headline groups, issue openings) and rows (column material).
// Produces: pages of the Document with every line on the baseline grid, and LineRecords.
// Rules: a spanning block at the top of the free band; text under it fills the columns,
// balanced when it ends on the page (only the last column short, clreq §2.4.2), which
// also "turns back" the text above a headline that follows (jlreq §4.1.11); a headline
// keeps at least kKeepLines of its text on its page; a row marked keep_with_next never
// ends a column; a paragraph's last line is not left alone at the top of a column.
#pragma once
#include <vector>

#include "model/pages.h"
#include "typeset/page/blocks.h"
#include "typeset/page/typeset.h"

namespace wz::typeset {

struct Anchor {
  int page = 0;
  double y = 0;
};

class Flow {
 public:
  Flow(pages::Document& doc, std::vector<LineRecord>& records, const Geometry& g);

  void new_page();
  // Place a spanning block; keep_rows: rows of following column material that must fit
  // on the same page. Returns where the block starts.
  Anchor place_span(const SpanBlock& b, int keep_rows);
  // Flow rows through the columns from the current band, onto new pages as needed.
  Anchor place_rows(const std::vector<Row>& rows);
  // Leave a gap (rows) between articles, with a hairline rule in it when there is room.
  void separator(int rows, bool rule);
  int page() const { return page_; }
  int free_rows() const { return g_.rows - row_; }
  bool at_top() const { return row_ == 0; }

  static constexpr int kKeepLines = 2;  // a headline keeps ≥ 2 lines of its text (typography.md)

 private:
  int split_for(const std::vector<Row>& rows, size_t from, int cap) const;
  void emit_row(const Row& r, int column, int grid_row);
  void emit_line(const SetLine& l, double x, double baseline, int column, const std::string& kind);
  void emit_frames(const std::vector<Row>& rows, size_t from, size_t to, int column, int row0);

  pages::Document& doc_;
  std::vector<LineRecord>& rec_;
  const Geometry& g_;
  int page_ = -1;
  int row_ = 0;
};

}  // namespace wz::typeset
