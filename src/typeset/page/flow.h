// typeset/page/flow: flows grid material through the columns of pages (the digest
// make-up, issue.h set_issue_columns).
// Consumes: a span block (the issue opening) and rows (column material, headline groups
// in the column). Produces: pages of the Document with every line on the baseline grid,
// LineRecords, and where each article starts.
// Continuous columns (add + finish): rows run down column 1, then column 2, page after
// page; at the end of an issue the last page's columns are balanced (only the last column
// short, clreq §2.4.2). Where a column ends is decided by column_rules.h, the rule set
// every make-up shares.
#pragma once
#include <map>
#include <vector>

#include "model/pages.h"
#include "typeset/page/blocks.h"
#include "typeset/page/column_rules.h"
#include "typeset/page/typeset.h"

namespace wz::typeset {

// A hole of this many rows at a page's foot is no fault (one row of a page of 24 or more is
// under makeup-audit's 5% of its area): a page is tightened or filled only above it.
constexpr int kTolerableHoleRows = 1;
// A page that is not an issue's last holds body text over more than this share of its rows
// (issue 9: no page but an issue's last under a third full; makeup-audit short_pages): a
// photo item does not head, or stand on, a page its text would fill less.
constexpr double kLeastTextShare = 1.0 / 3;

struct Anchor {
  int page = 0;
  double y = 0;
};

class Flow {
 public:
  Flow(pages::Document& doc, std::vector<LineRecord>& records, const Geometry& g);

  void new_page();
  // A block across the type area at the top of the free rows; keep_rows of what follows
  // must fit under it.
  Anchor place_span(const SpanBlock& b, int keep_rows);

  // Continuous columns: queue a row; pages are emitted as they fill.
  void add(Row r);
  // End of the continuous material (end of an issue): emit the last page, balanced.
  void finish(bool balance);
  // End the page before the next article, which will not start in what is left of it
  // ([article] new_page_below): the page is filled to the foot as a full page is
  // (feathering), then a new page begins.
  void break_page();

  // Make room for `rows` (an article's opening: its headline group and first lines) under
  // what is queued on a one-column page that would otherwise end more than a line short:
  // a picture or photo frame on the page gives rows down to its smallest size, as a
  // newspaper resizes a picture rather than leave a hole at the page's foot. True when the
  // rows fit (the page's frames shortened if they had to be, or a floated item heading a
  // page short of text sent on to the next: kLeastTextShare).
  bool make_room(const std::vector<Row>& rows);

  // A floated item heading a page whose text is under kLeastTextShare waits for the next
  // page when `rows` (text: an article's opening, not another item) then fit under the
  // text; true when it waits (make_room's last resort, and asked before a page turns).
  bool wait_head_item(const std::vector<Row>& rows);

  // Whether `rows` (a photo item with its separator) would starve the page: they fit under
  // what is queued, but the page, its rows under them filled with text, would hold text
  // over kLeastTextShare of its rows at most, while the `rows_to_come` (the articles of text
  // after the item) fill what the page has free without it. The item then floats to the
  // next page's head (defer) and the text fills this page (issue 9: no page but an issue's
  // last under a third full).
  bool starves_page(const std::vector<Row>& rows, int rows_to_come) const;

  // A photo item (an article of a picture or photo frame, its caption and credit) that
  // will not fit on the page: whether `rows` would fit under what is queued.
  bool fits(const std::vector<Row>& rows) const;
  // Float it: the text that follows fills the page, and the item heads the next page
  // (the separator under it), as a newspaper moves a picture rather than leave a hole. Items
  // still held at the end of the issue (finish, break_page) are set there. A page the item
  // would head with text under a third of it (kLeastTextShare: an article's opening under
  // it, or its text ending there) takes text only, and the item waits for the next page.
  void defer(std::vector<Row> rows, const Row& separator);

  // The share of the page's grid cells (rows × columns) still free after the rows added.
  double free_share() const;
  // The grid cells still free (on a one-column page: the rows free at its foot).
  int free_rows() const;

  // Where the make-up stands (pages emitted, the page's rows, held items): taken before an
  // article is set, so that the article can be set again another way (run long to fill
  // the page it ends on, columns.cpp) after restore() drops everything set since.
  struct Mark {
    int page = -1, row = 0;
    size_t pages = 0, items = 0, records = 0, images = 0;
    std::vector<Row> pending;
    std::map<int, Anchor> anchors;
    std::vector<std::vector<Row>> deferred;
    size_t head_item = 0;
  };
  Mark mark() const;
  void restore(const Mark& m);
  // The most rows a full one-column page was left empty at its foot (after feathering), over
  // the pages ended since the last restore() (or since the start).
  int worst_hole() const { return hole_; }
  const std::map<int, Anchor>& anchors() const { return anchors_; }

 private:
  struct Slot {
    int column = 0, row = 0;
  };
  // The column rules' pour into the page's columns of `height` rows under the span blocks.
  Poured pour_page(const std::vector<Row>& rows, int height, bool float_past_end) const;
  // Where rows go in columns of `height` rows from `top`; false if they overflow the page.
  bool assign(const std::vector<Row>& rows, int height, std::vector<Slot>& out) const;
  // A picture of the pending rows that floats past the page's last column, taken out.
  std::vector<Row> take_floated();
  // Emit the pending rows in columns `height` rows tall; page_full: the page is not the
  // issue's last, its column is filled to the foot (feathering).
  void emit_pending(int height, bool page_full);
  std::vector<double> feathering(const std::vector<Slot>& slots, int height);
  bool balanced(const std::vector<Slot>& slots) const;
  void emit_row(const Row& r, int column, int grid_row, double dy);
  void emit_frames(const std::vector<Row>& rows, const std::vector<Slot>& slots,
                   const std::vector<double>& dy);
  void add_item(pages::Item it) { doc_.pages[page_].items.push_back(std::move(it)); }
  // Start a new page and set the first deferred item at its head (one a page: a page of
  // floated pictures would part the text from its next line by a page).
  void next_page();
  // Whether the full page `rows` holds body text over kLeastTextShare of the page's rows
  // at most (a page exactly a third full reads under a third in makeup-audit's measure).
  bool text_short(const std::vector<Row>& rows) const;
  bool too_little_text(long text_rows) const;
  // The floated item heading the full page `rows`, whose text is short (text_short), gives
  // rows of its frame (down to its smallest size: give_frame_row) until the lines they
  // free make the text more than kLeastTextShare; false, `rows` unchanged, if it cannot.
  bool shorten_head_item(std::vector<Row>& rows);
  // The floated item heading the page (the first head_item_ of `rows`) goes to the front of
  // the deferred items: it heads the next page.
  void send_head_item_on(std::vector<Row>& rows);

  // A row a photo frame of `page` can give (make_room), removed (its index in `erased`);
  // false if none can.
  bool give_frame_row(std::vector<Row>& page, size_t& erased) const;

  pages::Document& doc_;
  std::vector<LineRecord>& rec_;
  const Geometry& g_;
  int page_ = -1;
  int row_ = 0;               // first free grid row under the span blocks of the page
  std::vector<Row> pending_;  // continuous mode: rows of the current page
  std::map<int, Anchor> anchors_;
  std::vector<std::vector<Row>> deferred_;  // floated photo items, each ending in its separator
  size_t head_item_ = 0;  // rows of the floated item heading the page's pending rows (0: none)
  int hole_ = 0;          // worst_hole()
};

}  // namespace wz::typeset
