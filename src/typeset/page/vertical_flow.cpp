#include "typeset/page/vertical_flow.h"

#include "typeset/page/tags.h"

#include <algorithm>
#include <cmath>

namespace wz::typeset {
namespace {

constexpr double kSeparatorFrom = 0.3, kSeparatorTo = 0.7;  // hairline between articles
constexpr double kHairline = 0.4, kOpeningRule = 1.2, kFrameLine = 0.6;  // pt

}  // namespace

int picture_cells(int lines, double pitch, double aspect, double em, int chars) {
  const double tall = lines * pitch * aspect;
  return std::clamp(static_cast<int>(std::ceil(tall / em - 1e-6)), 1, std::max(1, chars));
}

VGeometry make_vgeometry(const model::Layout& L) {
  VGeometry g;
  g.page_w = L.page_width * kPtPerMm;
  g.page_h = L.page_height * kPtPerMm;
  g.em = L.body_size;
  g.pitch = L.body_size * L.line_pitch;
  g.indent = L.indent * g.em;
  g.tiers = std::max(1, L.columns);
  g.tier_gap = L.gutter * g.em;
  double avail_w = g.page_w - (L.margin_inner + L.margin_outer) * kPtPerMm;
  double avail_h = g.page_h - (L.margin_top + L.margin_bottom) * kPtPerMm;
  g.chars = whole_chars(avail_h, g.tiers, g.tier_gap, g.em, L.chars_per_line);
  g.measure = g.chars * g.em;
  g.area_h = g.tiers * g.measure + (g.tiers - 1) * g.tier_gap;
  g.lines = whole_lines(avail_w, g.em, g.pitch);  // lines across, right to left
  g.area_w = (g.lines - 1) * g.pitch + g.em;
  g.area_x = L.margin_inner * kPtPerMm + (avail_w - g.area_w) / 2;
  g.area_y = L.margin_top * kPtPerMm + (avail_h - g.area_h) / 2;
  return g;
}

Geometry blocks_geometry(const VGeometry& v) {
  Geometry g;
  g.page_w = v.page_w, g.page_h = v.page_h;
  g.em = v.em, g.pitch = v.pitch, g.indent = v.indent;
  g.area_x = v.area_x, g.area_y = v.area_y;
  g.area_w = v.measure;  // display lines (the issue opening) run down one tier
  g.area_h = v.area_h;
  g.columns = v.tiers;
  g.column_w = v.measure;  // a "column" of the block builders is one vertical line
  g.gutter = v.tier_gap;
  g.rows = v.lines;
  return g;
}

VFlow::VFlow(pages::Document& doc, std::vector<LineRecord>& records, const VGeometry& g,
             UnderPicture under)
    : doc_(doc), rec_(records), g_(g), under_(std::move(under)) {}

void VFlow::new_page() {
  close_frame();
  pages::Page p;
  p.width = g_.page_w;
  p.height = g_.page_h;
  doc_.pages.push_back(std::move(p));
  page_ = static_cast<int>(doc_.pages.size()) - 1;
  tier_ = 0, line_ = 0;
}

void VFlow::next_tier() {
  close_frame();
  line_ = 0;
  if (++tier_ >= g_.tiers) new_page();
}

void VFlow::place(const std::vector<Row>& rows) {
  for (size_t i = 0; i < rows.size();) {
    if (rows[i].kind == RowKind::PageBreak) {
      if (page_ < 0 || tier_ > 0 || line_ > 0) new_page();
      ++i;
      continue;
    }
    size_t end = i;
    while (end < rows.size() && rows[end].kind != RowKind::PageBreak) ++end;
    place_run(std::vector<Row>(rows.begin() + static_cast<std::ptrdiff_t>(i),
                               rows.begin() + static_cast<std::ptrdiff_t>(end)));
    i = end;
  }
  close_frame();
}

// Rows between page breaks, poured into tiers from the next free one by the shared column
// rules (column_rules.h pour): a picture that does not fit in what is left of a tier heads
// the next tier while the text after it fills this one. At each picture the text that
// follows it may run on under it (under_), and what follows is poured again from the line
// after the picture.
void VFlow::place_run(std::vector<Row> run) {
  if (page_ < 0) new_page();
  if (line_ > 0) next_tier();  // a run starts at a tier's head (it follows a page break)
  while (!run.empty()) {
    // Enough tiers for every row to have one of its own.
    const Poured p = pour(run, 0, std::vector<int>(run.size() + 1, g_.lines), false, line_);
    std::vector<bool> emitted(run.size(), false);
    const size_t pic = emit_until_picture(run, p, emitted);
    if (pic == run.size()) break;
    close_frame();  // a tip's frame before the picture ends there
    size_t end = pic;
    while (end < run.size() && run[end].frame == run[pic].frame) ++end;
    std::vector<Row> picture(
        std::make_move_iterator(run.begin() + static_cast<std::ptrdiff_t>(pic)),
        std::make_move_iterator(run.begin() + static_cast<std::ptrdiff_t>(end)));
    std::vector<Row> after;
    for (size_t k = end; k < run.size(); ++k)
      if (!emitted[k]) after.push_back(std::move(run[k]));
    int lines = 0;
    for (const Row& r : picture) lines += r.height;
    under_(picture, after, line_ + lines >= g_.lines);
    for (const Row& r : picture) {
      emit_row(r);
      line_ += r.height;
    }
    close_frame();  // its first row lives in `picture`
    run = std::move(after);
  }
  close_frame();  // its first row lives in `run`
}

size_t VFlow::emit_until_picture(const std::vector<Row>& run, const Poured& p,
                                 std::vector<bool>& emitted) {
  std::vector<size_t> order;
  for (size_t k = 0; k < run.size(); ++k)
    if (p.slots[k].column >= 0) order.push_back(k);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return p.slots[a].column < p.slots[b].column;  // rows in a tier keep their order
  });
  int column = 0;
  for (size_t k : order) {
    for (; column < p.slots[k].column; ++column) next_tier();
    line_ = p.slots[k].row;
    if (under_ && starts_picture(run, k)) return k;
    emit_row(run[k]);
    emitted[k] = true;
    line_ += run[k].height;
  }
  return run.size();
}

void VFlow::emit_row(const Row& r) {
  const double top = g_.tier_top(tier_), right = g_.centre(line_) + g_.em / 2;
  if (r.anchor >= 0) anchors_[r.anchor] = {page_, g_.area_y};
  if (r.frame >= 0)
    frame_row(r);
  else
    close_frame();
  for (size_t i = 0; i < r.block.size(); ++i) {
    const auto& [line, base] = r.block[i];
    double size = line.size > 0 ? line.size : g_.em;
    // The block builders give baselines down from the block's top; across the column that
    // is leftward from its right edge, to the line's em box, whose centre is the axis.
    double centre = right - (base - Geometry::kAscentEm * size + size / 2);
    emit_line(line, centre, top + r.x, r.block_kinds[i]);
  }
  emit_line(r.line, g_.centre(line_), top + r.x, to_string(r.kind));
  if (r.rule && r.kind == RowKind::IssueOpening)  // under the opening: a rule down the whole tier
    rule(g_.centre(line_ + r.height - 1), top, top + g_.measure, kOpeningRule);
  else if (r.rule)
    rule(g_.centre(line_), top + g_.measure * kSeparatorFrom, top + g_.measure * kSeparatorTo,
         kHairline);
}

void VFlow::emit_line(const SetLine& l, double centre, double top, const std::string& kind) {
  for (const auto& run : l.runs) {
    pages::Item it{run};
    it.run().x = centre + run.x;
    it.run().y = top + l.dx + run.y;
    it.tag = l.tag;
    it.tag.role = role_of_kind(kind);
    doc_.pages[page_].items.push_back(std::move(it));
  }
  if (l.runs.empty()) return;
  LineRecord r;
  r.page = page_, r.column = tier_, r.kind = kind;
  r.x = centre, r.baseline = top + l.dx, r.width = l.width, r.measure = l.measure;
  r.shrunk = l.shrunk, r.stretched = l.stretched;
  r.first = l.first, r.last = l.last, r.overfull = l.overfull;
  r.text = l.text;
  rec_.push_back(std::move(r));
}

void VFlow::rule(double x, double y0, double y1, double width) {
  doc_.pages[page_].items.push_back(pages::Item{pages::Rule{x, y0, x, y1, width, {}}});
}

// A reading tip's frame: one box around its consecutive lines in a tier, half the leading
// outside the first and last line, along the whole tier.
void VFlow::frame_row(const Row& r) {
  double pad = (g_.pitch - g_.em) / 2;
  if (r.frame != frame_) {
    close_frame();
    frame_ = r.frame;
    frame_first_ = &r;
    frame_right_ = g_.centre(line_) + g_.em / 2 + pad;
  }
  frame_left_ = g_.centre(line_ + r.height - 1) - g_.em / 2 - pad;
}

void VFlow::close_frame() {
  if (frame_ < 0) return;
  frame_ = -1;
  double top = g_.tier_top(tier_), across = frame_right_ - frame_left_, down = g_.measure;
  if (!frame_first_->picture.empty()) {  // whole cells at the top of its lines
    const int lines = static_cast<int>(std::lround(across / g_.pitch));
    down = picture_cells(lines, g_.pitch, frame_first_->aspect, g_.em, g_.chars) * g_.em;
  }
  pages::Box rect{frame_left_, top, across, down, kFrameLine};
  doc_.pages[page_].items.push_back(frame_item(doc_, *frame_first_, rect, true));
}

}  // namespace wz::typeset
