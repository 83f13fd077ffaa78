// typeset/page/vertical_flow: the vertical (竖排) page and how grid material flows on it.
// Consumes: a vertical layout, and rows of column material (blocks.h Rows whose lines
// were set with vertical shaping: vertical_setter.h coordinates). Produces: pages of the
// Document whose lines run top to bottom, the lines right to left at the line pitch (the
// grid), the tiers (段, the layout's `columns`) top to bottom; LineRecords (x = column
// centre, baseline = where the line starts down the column, width = its length); and
// where each article starts.
// A tier ends where column_rules.h, the rule set every make-up shares, says a column
// ends (pour: a picture that does not fit in what is left of a tier heads the next one
// while the text after it fills the tier); a reading tip's rows get one frame per tier. A
// picture stands at the top of its tier, at the right of its lines (blocks.h frame_item),
// as many whole cells tall as its width asks (picture_cells): its caption and credit
// stand under it in its lines, on the grid's cells (vertical.cpp), and the text after it
// runs on there (UnderPicture) before what is left is poured again from its last line.
#pragma once
#include <functional>
#include <map>
#include <vector>

#include "model/layout.h"
#include "model/pages.h"
#include "typeset/page/blocks.h"
#include "typeset/page/column_rules.h"
#include "typeset/page/flow.h"
#include "typeset/page/typeset.h"

namespace wz::typeset {

struct VGeometry {
  double page_w = 0, page_h = 0;
  double em = 10.5, pitch = 0, indent = 0;  // pt
  int chars = 0;                            // characters per line (per tier)
  double measure = 0;                       // line length down the column: chars × em
  int tiers = 1;                            // 段: bands of lines stacked down the page
  double tier_gap = 0;                      // between tiers, pt
  int lines = 0;                            // lines per tier, right to left
  double area_x = 0, area_y = 0, area_w = 0, area_h = 0;  // type area, top-left origin

  // Centre of line k (0 = rightmost) and the top of tier t.
  double centre(int k) const { return area_x + area_w - em / 2 - k * pitch; }
  double tier_top(int t) const { return area_y + t * (measure + tier_gap); }
};

// Issue 10 ("Vertical issues place images at the top of the column span"): a picture
// spanning `lines` lines at `pitch` across stands at the top of its tier as tall as that
// width at its `aspect` (height / width) asks, the height rounded up to whole cells (ems)
// down the line so that what stands under it keeps the grid; at most the tier's `chars`.
int picture_cells(int lines, double pitch, double aspect, double em, int chars);
// Empty cells between a picture's foot and its caption under it.
constexpr int kPictureGapCells = 1;
// A caption, and the text after it, go under a picture only when its lines leave at least
// this many characters (the narrowest tier a layout may have); else they follow it.
constexpr int kMinCaptionChars = 6;

// The vertical grid of a layout: whole characters down each line (as many as fit, or
// [grid] chars_per_line), whole lines across, the area centred in the margins.
VGeometry make_vgeometry(const model::Layout& L);
// The Geometry the block builders (blocks.h) set material with: a column is one line.
Geometry blocks_geometry(const VGeometry& v);

// What the flow asks of the material as it sets a picture (vertical.cpp run_under): the
// text after it runs on in the lines under it. `picture`: the picture's rows (its frame,
// the first of them on the line it stands on); `after`: the rows that follow it in
// reading order (what filled the tier before a floated picture is not among them), changed
// in place; `tier_ends`: the picture's lines are the tier's last.
using UnderPicture =
    std::function<void(std::vector<Row>& picture, std::vector<Row>& after, bool tier_ends)>;

class VFlow {
 public:
  VFlow(pages::Document& doc, std::vector<LineRecord>& records, const VGeometry& g,
        UnderPicture under = {});

  // Flow the rows from the current position; a PageBreak row starts a new page
  // unless the page is still empty.
  void place(const std::vector<Row>& rows);
  const std::map<int, Anchor>& anchors() const { return anchors_; }

 private:
  void place_run(std::vector<Row> run);
  // Emit the placed rows of `run` in reading order up to the first picture (with `under_`);
  // its index, or run.size() when none was met.
  size_t emit_until_picture(const std::vector<Row>& run, const Poured& p,
                            std::vector<bool>& emitted);
  void new_page();
  void next_tier();
  void emit_row(const Row& r);
  void emit_line(const SetLine& l, double centre, double top, const std::string& kind);
  void rule(double x, double y0, double y1, double width);
  void frame_row(const Row& r);
  void close_frame();

  pages::Document& doc_;
  std::vector<LineRecord>& rec_;
  const VGeometry& g_;
  UnderPicture under_;
  int page_ = -1, tier_ = 0, line_ = 0;  // the next free slot
  std::map<int, Anchor> anchors_;
  int frame_ = -1;  // the open reading-tip frame
  double frame_right_ = 0, frame_left_ = 0;
  const Row* frame_first_ = nullptr;  // its first row (a picture's file)
};

}  // namespace wz::typeset
