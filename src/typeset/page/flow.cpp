#include "typeset/page/flow.h"

#include <algorithm>

namespace wz::typeset {

Flow::Flow(pages::Document& doc, std::vector<LineRecord>& records, const Geometry& g)
    : doc_(doc), rec_(records), g_(g) {}

void Flow::new_page() {
  pages::Page p;
  p.width = g_.page_w;
  p.height = g_.page_h;
  doc_.pages.push_back(std::move(p));
  page_ = static_cast<int>(doc_.pages.size()) - 1;
  row_ = 0;
}

void Flow::emit_row(const Row& r, int column, int grid_row) {
  double x = g_.column_x(column) + r.x;
  double top = g_.area_y + grid_row * g_.pitch;
  if (r.anchor >= 0) anchors_[r.anchor] = {page_, top};
  if (r.rule) {
    pages::Item it;
    it.kind = pages::Item::Kind::Rule;
    double y = top + g_.pitch / 2 - (g_.pitch - g_.em) / 2;
    it.rule = {x + g_.column_w * 0.3, y, x + g_.column_w * 0.7, y, 0.4};
    add_item(it);
  }
  for (size_t i = 0; i < r.block.size(); ++i)
    emit_line(doc_, rec_, page_, r.block[i].first, x, top + r.block[i].second, column,
              r.block_kinds[i]);
  emit_line(doc_, rec_, page_, r.line, x, g_.baseline(grid_row), column, r.kind);
}

// Reading-tip frames: one box around the consecutive rows of a frame in one column.
void Flow::emit_frames(const std::vector<Row>& rows, const std::vector<Slot>& slots) {
  for (size_t i = 0; i < rows.size();) {
    if (rows[i].frame < 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < rows.size() && rows[j].frame == rows[i].frame && slots[j].column == slots[i].column)
      ++j;
    double top = g_.baseline(slots[i].row) - g_.em * Geometry::kAscentEm;
    double bottom = g_.baseline(slots[j - 1].row) + g_.em * 0.12;
    double pad = (g_.pitch - g_.em) / 2;  // half the leading around the text
    pages::Item it;
    it.kind = pages::Item::Kind::Box;
    it.box = {g_.column_x(slots[i].column), top - pad, g_.column_w, bottom - top + 2 * pad, 0.6};
    add_item(it);
    i = j;
  }
}

Anchor Flow::place_span(const SpanBlock& b, int keep_rows) {
  if (page_ < 0 || row_ + b.rows + keep_rows > g_.rows) new_page();
  double top = g_.area_y + row_ * g_.pitch;
  for (size_t i = 0; i < b.lines.size(); ++i)
    emit_line(doc_, rec_, page_, b.lines[i].first, g_.area_x, top + b.lines[i].second, -1,
              b.kinds[i]);
  row_ += b.rows;
  if (b.rule_after > 0) {
    pages::Item it;
    it.kind = pages::Item::Kind::Rule;
    double y = g_.area_y + row_ * g_.pitch - g_.pitch / 2;
    it.rule = {g_.area_x, y, g_.area_x + g_.area_w, y, b.rule_after};
    add_item(it);
  }
  return {page_, top};
}

// Greedy fill of columns `height` rows tall under the band: a row that does not fit goes
// to the next column; a keep_with_next row takes the rows it keeps with along; a
// paragraph's last line is never alone at the top of a column; blank rows vanish at a
// column top.
bool Flow::assign(const std::vector<Row>& rows, int height, std::vector<Slot>& out) const {
  out.assign(rows.size(), Slot{-1, -1});
  int c = 0, r = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    if (row.kind == "blank" && r == 0) continue;
    int need = keep_need(rows, i, kKeepLines);
    if (i + 1 < rows.size() && is_widow(rows[i + 1]) && r + row.height == height) need += 1;
    if (r > 0 && r + std::min(need, height) > height) ++c, r = 0;
    if (row.kind == "blank" && r == 0) continue;
    if (c >= g_.columns) return false;
    out[i] = {c, row_ + r};
    r += row.height;
  }
  return true;
}

void Flow::emit_pending(int height) {
  std::vector<Slot> slots;
  assign(pending_, height, slots);
  for (size_t i = 0; i < pending_.size(); ++i)
    if (slots[i].column >= 0) emit_row(pending_[i], slots[i].column, slots[i].row);
  emit_frames(pending_, slots);
  pending_.clear();
}

void Flow::add(Row r) {
  if (page_ < 0) new_page();
  pending_.push_back(std::move(r));
  std::vector<Slot> slots;
  if (assign(pending_, g_.rows - row_, slots)) return;
  // The page is full: everything from the first unplaced row on moves to the next page.
  size_t cut = pending_.size();
  for (size_t i = 0; i < slots.size(); ++i)
    if (slots[i].column < 0 && pending_[i].kind != "blank") {
      cut = i;
      break;
    }
  std::vector<Row> carry(std::make_move_iterator(pending_.begin() + cut),
                         std::make_move_iterator(pending_.end()));
  pending_.resize(cut);
  emit_pending(g_.rows - row_);
  new_page();
  for (auto& c : carry) add(std::move(c));
}

// Balanced columns are as tall as each other, only the last one short (clreq §2.4.2).
bool Flow::balanced(const std::vector<Slot>& slots) const {
  std::vector<int> depth(g_.columns, 0);
  for (size_t i = 0; i < slots.size(); ++i)
    if (slots[i].column >= 0)
      depth[slots[i].column] =
          std::max(depth[slots[i].column], slots[i].row - row_ + pending_[i].height);
  for (int c = 1; c < g_.columns; ++c)
    if (depth[c] > depth[c - 1]) return false;
  return true;
}

void Flow::finish(bool balance) {
  if (pending_.empty()) return;
  int avail = g_.rows - row_, height = avail;
  if (balance) {
    int total = 0;
    for (const auto& r : pending_) total += r.height;
    std::vector<Slot> slots;
    for (height = std::max(1, (total + g_.columns - 1) / g_.columns); height < avail; ++height)
      if (assign(pending_, height, slots) && balanced(slots)) break;
  }
  int used = 0;
  std::vector<Slot> slots;
  assign(pending_, height, slots);
  for (size_t i = 0; i < slots.size(); ++i)
    if (slots[i].column >= 0) used = std::max(used, slots[i].row - row_ + pending_[i].height);
  emit_pending(height);
  row_ += used;
}

// Bands: how many rows of rows[from..] go into a column of `cap` rows.
int Flow::split_for(const std::vector<Row>& rows, size_t from, int cap) const {
  int n = std::min<int>(cap, static_cast<int>(rows.size() - from));
  if (from + n >= rows.size()) return n;
  int k = n;
  while (k > 1 && rows[from + k - 1].keep_with_next) --k;
  if (k > 2 && is_widow(rows[from + k])) --k;
  while (k > 1 && rows[from + k - 1].kind == "blank") --k;
  return k;
}

Anchor Flow::place_rows(const std::vector<Row>& rows) {
  if (page_ < 0) new_page();
  Anchor at{page_, g_.area_y + row_ * g_.pitch};
  size_t i = 0;
  while (i < rows.size()) {
    if (row_ >= g_.rows) new_page();
    int cap = g_.rows - row_;
    size_t left = rows.size() - i;
    bool ends_here = left <= static_cast<size_t>(cap * g_.columns);
    int per = ends_here ? static_cast<int>((left + g_.columns - 1) / g_.columns) : cap;
    int used = 0;
    std::vector<Row> band;
    std::vector<Slot> slots;
    for (int c = 0; c < g_.columns && i < rows.size(); ++c) {
      while (i < rows.size() && rows[i].kind == "blank") ++i;  // no blank at a column top
      int n = split_for(rows, i, per);
      for (int k = 0; k < n; ++k) {
        band.push_back(rows[i + k]);
        slots.push_back({c, row_ + k});
        emit_row(rows[i + k], c, row_ + k);
      }
      used = std::max(used, n);
      i += n;
    }
    emit_frames(band, slots);
    if (i < rows.size() && (!ends_here || row_ + used >= g_.rows)) {
      new_page();
    } else {
      row_ += used;
    }
  }
  return at;
}

void Flow::separator(int rows, bool rule) {
  if (page_ < 0 || row_ == 0) return;
  if (rule && row_ + rows <= g_.rows) {
    double prev_bottom = g_.area_y + (row_ - 1) * g_.pitch + g_.em;
    double next_top = g_.area_y + (row_ + rows) * g_.pitch;
    double y = (prev_bottom + next_top) / 2;
    pages::Item it;
    it.kind = pages::Item::Kind::Rule;
    it.rule = {g_.area_x, y, g_.area_x + g_.area_w, y, 0.4};
    add_item(it);
  }
  row_ = std::min(g_.rows, row_ + rows);
}

}  // namespace wz::typeset
