// typeset/page/broadsheet_emit: a planned broadsheet issue drawn onto pages.
// Consumes: the plan (broadsheet_plan.h), the articles' material and the geometry.
// Produces: glyph runs, rules, tip boxes and pictures on the pages, in reading order (block
// after block, each its headline group, the pictures spanning columns, then its columns
// left to right), and a LineRecord per line: body lines on the baseline grid, headline
// lines with the block's first column and the block's width as their measure.
#pragma once
#include <vector>

#include "model/pages.h"
#include "typeset/page/broadsheet_plan.h"
#include "typeset/page/typeset.h"

namespace wz::typeset {

class SheetWriter {
 public:
  SheetWriter(pages::Document& doc, std::vector<LineRecord>& records, const Geometry& g)
      : doc_(doc), rec_(records), g_(g) {}

  // A block spanning the type area at grid row `row` of a page (the issue opening).
  void span(int page, const SpanBlock& b, int row);
  // One article block; `first_row` is the page's first row under the opening (rules
  // separate a block only from blocks above it).
  void block(int page, const Placed& p, const Material& m, int first_row);

  double block_width(int k) const { return typeset::block_width(g_, k); }

 private:
  void line(int page, const SetLine& l, double x, double baseline, int column,
            const std::string& kind);
  void rule(int page, double x0, double y0, double x1, double y1, double width);
  void frames(int page, const Placed& p, const Material& m);
  // A picture across columns of the block, its caption and credit (one of p.fill.figures).
  void figure(int page, const Placed& p, const Material& m, const FigureBox& box);
  // The frame around grid rows row0..row1 of a column (or columns) at x, w wide.
  pages::Box frame_rect(int row0, int row1, double x, double w) const;

  pages::Document& doc_;
  std::vector<LineRecord>& rec_;
  const Geometry& g_;
};

}  // namespace wz::typeset
