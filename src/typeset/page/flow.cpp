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

void Flow::emit_line(const SetLine& l, double x, double baseline, int column,
                     const std::string& kind) {
  for (const auto& run : l.runs) {
    pages::Item it;
    it.kind = pages::Item::Kind::Run;
    it.run = run;
    it.run.x = x + l.dx + run.x;
    it.run.y = baseline + run.y;
    doc_.pages[page_].items.push_back(std::move(it));
  }
  if (l.runs.empty()) return;
  LineRecord r;
  r.page = page_, r.column = column, r.kind = kind;
  r.x = x + l.dx, r.baseline = baseline, r.width = l.width, r.measure = l.measure;
  r.shrunk = l.shrunk, r.stretched = l.stretched;
  r.first = l.first, r.last = l.last, r.overfull = l.overfull;
  r.text = l.text;
  rec_.push_back(std::move(r));
}

void Flow::emit_row(const Row& r, int column, int grid_row) {
  emit_line(r.line, g_.column_x(column) + r.x, g_.baseline(grid_row), column, r.kind);
}

// Reading-tip frames: one box around consecutive rows of a frame in a column.
void Flow::emit_frames(const std::vector<Row>& rows, size_t from, size_t to, int column, int row0) {
  for (size_t i = from; i < to;) {
    if (rows[i].frame < 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < to && rows[j].frame == rows[i].frame) ++j;
    pages::Item it;
    it.kind = pages::Item::Kind::Box;
    double top = g_.baseline(row0 + static_cast<int>(i - from)) - g_.em * Geometry::kAscentEm;
    double bottom = g_.baseline(row0 + static_cast<int>(j - from) - 1) + g_.em * 0.12;
    double pad = (g_.pitch - g_.em) / 2;  // half the leading around the text
    it.box = {g_.column_x(column), top - pad, g_.column_w, bottom - top + 2 * pad, 0.6};
    doc_.pages[page_].items.push_back(it);
    i = j;
  }
}

Anchor Flow::place_span(const SpanBlock& b, int keep_rows) {
  if (page_ < 0 || row_ + b.rows + keep_rows > g_.rows) new_page();
  Anchor at{page_, g_.area_y + row_ * g_.pitch};
  double top = g_.area_y + row_ * g_.pitch;
  for (size_t i = 0; i < b.lines.size(); ++i)
    emit_line(b.lines[i].first, g_.area_x, top + b.lines[i].second, -1, b.kinds[i]);
  row_ += b.rows;
  if (b.rule_after > 0) {
    pages::Item it;
    it.kind = pages::Item::Kind::Rule;
    double y = g_.area_y + row_ * g_.pitch - g_.pitch / 2;
    it.rule = {g_.area_x, y, g_.area_x + g_.area_w, y, b.rule_after};
    doc_.pages[page_].items.push_back(it);
  }
  return at;
}

// How many rows of rows[from..] go into a column of `cap` rows: never end a column on a
// keep_with_next row, never leave a paragraph's last line alone at the next column's top.
int Flow::split_for(const std::vector<Row>& rows, size_t from, int cap) const {
  int n = std::min<int>(cap, static_cast<int>(rows.size() - from));
  if (from + n >= rows.size()) return n;
  int k = n;
  while (k > 1 && rows[from + k - 1].keep_with_next) --k;
  const Row& next = rows[from + k];
  if (k > 2 && next.line.last && !next.line.first && next.kind == "paragraph") --k;
  while (k > 1 && rows[from + k - 1].kind == "blank") --k;
  return k;
}

Anchor Flow::place_rows(const std::vector<Row>& rows) {
  if (page_ < 0) new_page();
  Anchor at{page_, g_.area_y + row_ * g_.pitch};
  size_t i = 0;
  while (i < rows.size()) {
    if (row_ >= g_.rows) new_page();
    while (i < rows.size() && rows[i].kind == "blank" && row_ == 0) ++i;  // no blank at top
    int cap = g_.rows - row_;
    size_t left = rows.size() - i;
    bool ends_here = left <= static_cast<size_t>(cap * g_.columns);
    // Balanced: ceil(left / columns) rows per column; otherwise fill each column.
    int per = ends_here ? static_cast<int>((left + g_.columns - 1) / g_.columns) : cap;
    int used = 0;
    for (int c = 0; c < g_.columns && i < rows.size(); ++c) {
      int n = split_for(rows, i, per);
      for (int k = 0; k < n; ++k) emit_row(rows[i + k], c, row_ + k);
      emit_frames(rows, i, i + n, c, row_);
      used = std::max(used, n);
      i += n;
    }
    if (i < rows.size() && ends_here) {
      // Splitting rules cost a row somewhere: the rest continues on the next page band.
      row_ += used;
      if (row_ < g_.rows) continue;
    }
    if (i < rows.size()) {
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
    pages::Item it;
    it.kind = pages::Item::Kind::Rule;
    double prev_bottom = g_.area_y + (row_ - 1) * g_.pitch + g_.em;
    double next_top = g_.area_y + (row_ + rows) * g_.pitch;
    double y = (prev_bottom + next_top) / 2;
    it.rule = {g_.area_x, y, g_.area_x + g_.area_w, y, 0.4};
    doc_.pages[page_].items.push_back(it);
  }
  row_ = std::min(g_.rows, row_ + rows);
}

}  // namespace wz::typeset
