// typeset/page/flow: flows grid material through the columns of pages.
// Consumes: span blocks (issue openings; headline groups in layouts whose headlines span)
// and rows (column material). Produces: pages of the Document with every line on the
// baseline grid, LineRecords, and where each article starts.
// Two ways of filling, chosen by the layout:
//  - continuous columns (add + finish): rows run down column 1, then column 2, page after
//    page; headline groups sit in the column; at the end of an issue the last page's
//    columns are balanced (only the last column short, clreq §2.4.2);
//  - bands (place_span + place_rows): a spanning headline opens a band, the text under it
//    fills the columns, balanced when it ends on the page, which "turns back" the text
//    above the next spanning headline (jlreq §4.1.11).
// Either way: a headline keeps at least kKeepLines of its text; a keep_with_next row never
// ends a column; no blank row starts a column.
#pragma once
#include <map>
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
  // A block across the type area at the current band; keep_rows of what follows must fit.
  Anchor place_span(const SpanBlock& b, int keep_rows);
  // Bands: flow rows through the columns under the current band.
  Anchor place_rows(const std::vector<Row>& rows);
  void separator(int rows, bool rule);

  // Continuous columns: queue a row; pages are emitted as they fill.
  void add(Row r);
  // End of the continuous material (end of an issue): emit the last page, balanced.
  void finish(bool balance);

  const std::map<int, Anchor>& anchors() const { return anchors_; }
  bool at_top() const { return row_ == 0 && pending_.empty(); }

  static constexpr int kKeepLines = 2;  // a headline keeps ≥ 2 lines of its text (typography.md)

 private:
  struct Slot {
    int column = 0, row = 0;
  };
  // Where rows go in columns of `height` rows from `top`; false if they overflow the page.
  bool assign(const std::vector<Row>& rows, int height, std::vector<Slot>& out) const;
  void emit_pending(int height);
  bool balanced(const std::vector<Slot>& slots) const;
  int split_for(const std::vector<Row>& rows, size_t from, int cap) const;
  void emit_row(const Row& r, int column, int grid_row);
  void emit_frames(const std::vector<Row>& rows, const std::vector<Slot>& slots);
  void add_item(pages::Item it) { doc_.pages[page_].items.push_back(std::move(it)); }

  pages::Document& doc_;
  std::vector<LineRecord>& rec_;
  const Geometry& g_;
  int page_ = -1;
  int row_ = 0;               // first free grid row of the current band
  std::vector<Row> pending_;  // continuous mode: rows of the current page
  std::map<int, Anchor> anchors_;
};

}  // namespace wz::typeset
