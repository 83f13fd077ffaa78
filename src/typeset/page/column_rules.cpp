#include "typeset/page/column_rules.h"

#include <algorithm>

namespace wz::typeset {

bool is_widow(const Row& r) {
  return r.kind == RowKind::Paragraph && r.line.last && !r.line.first;
}

int keep_need(const std::vector<Row>& rows, size_t i, int keep_lines) {
  int need = rows[i].height;
  for (size_t k = i; rows[k].keep_with_next && k + 1 < rows.size();) {
    ++k;
    // A blank row under a kept row (the space over a tip box) carries the chain on: a
    // headline is kept with text, not with the space under it.
    while (k + 1 < rows.size() && rows[k].kind == RowKind::Blank) need += rows[k++].height;
    if (rows[k].keep_with_next) {
      need += rows[k].height;
      continue;
    }
    size_t j = k;
    for (size_t n = 0; j < rows.size() && n < static_cast<size_t>(keep_lines); ++j) {
      need += rows[j].height;
      if (rows[j].kind != RowKind::Blank) ++n;
    }
    // A paragraph's last line after them comes too: the widow rule would otherwise move
    // the line before it on and leave one line under the head.
    if (j < rows.size() && is_widow(rows[j])) need += rows[j].height;
    break;
  }
  return need;
}

bool space_above_head_vanishes(const std::vector<Row>& rows, size_t i, int r, int cap) {
  if (rows[i].kind != RowKind::Blank || rows[i].rule || r == 0 || i + 1 >= rows.size() ||
      rows[i + 1].kind != RowKind::SectionHead)
    return false;
  const int head = keep_need(rows, i + 1);
  return r + rows[i].height + head > cap && r + head <= cap;
}

ColumnStep column_step(const std::vector<Row>& rows, size_t i, int r, int cap, bool page_foot) {
  const Row& row = rows[i];
  const bool blank = row.kind == RowKind::Blank;
  if (blank && r == 0) return {false, true};
  if (blank && page_foot && space_above_head_vanishes(rows, i, r, cap)) return {false, true};
  int need = keep_need(rows, i);
  // The row would end the column and leave the paragraph's last line alone on the next.
  if (i + 1 < rows.size() && is_widow(rows[i + 1]) && r + row.height == cap) need += 1;
  if (r > 0 && r + std::min(need, cap) > cap) return {true, blank};
  return {false, false};
}

bool starts_picture(const std::vector<Row>& rows, size_t i) {
  return rows[i].kind == RowKind::Photo && !rows[i].picture.empty() &&
         (i == 0 || rows[i - 1].frame != rows[i].frame);
}

size_t figure_end(const std::vector<Row>& rows, size_t i) {
  size_t j = i;
  while (j < rows.size() && rows[j].frame == rows[i].frame) ++j;
  size_t end = j;
  for (; j < rows.size(); ++j) {
    const RowKind k = rows[j].kind;
    if (k != RowKind::Caption && k != RowKind::Credit && k != RowKind::Blank) break;
    if (k != RowKind::Blank) end = j + 1;
  }
  return end;
}

namespace {

// The state of a pour: the column being filled and its first free row.
class Pourer {
 public:
  Pourer(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps, int first_row,
         bool page_foot, size_t to)
      : rows_(rows),
        caps_(caps),
        from_(from),
        to_(std::min(to, rows.size())),
        page_foot_(page_foot),
        r_(first_row) {
    out_.slots.assign(rows.size() - from, {});
    out_.end = to_;
    if (!caps_.empty() && r_ >= caps_[0]) ++c_, r_ = 0;  // the first column is full
    skip_full();
  }

  Poured run(bool float_past_end) {
    const int k = static_cast<int>(caps_.size());
    for (size_t i = from_; i < to_; ++i) {
      if (c_ >= k) {
        if (rows_[i].kind != RowKind::Blank && out_.end == to_) out_.end = i;
        continue;
      }
      if (!held_ && starts_picture(rows_, i) && r_ > 0 &&
          column_step(rows_, i, r_, caps_[c_], page_foot_).new_column &&
          (c_ + 1 < k || float_past_end)) {
        held_ = true, h0_ = i, h1_ = figure_end(rows_, i);  // the rows after it fill the column
        i = h1_ - 1;
        continue;
      }
      ColumnStep step = column_step(rows_, i, r_, caps_[c_], page_foot_);
      while (step.new_column && c_ < k) {
        next_column();
        step = c_ < k ? column_step(rows_, i, r_, caps_[c_], page_foot_) : ColumnStep{};
      }
      if (c_ >= k) {
        if (rows_[i].kind != RowKind::Blank && out_.end == to_) out_.end = i;
        continue;
      }
      if (!step.skip) place(i);
    }
    if (held_ && c_ < k) next_column();  // nothing left to fill the column: it heads the next
    if (held_) out_.floated = h0_, out_.floated_end = h1_;
    return std::move(out_);
  }

 private:
  void place(size_t i) {
    out_.slots[i - from_] = {c_, r_};
    r_ += rows_[i].height;
  }
  // The next column, headed by a held picture.
  void next_column() {
    ++c_, r_ = 0;
    skip_full();
    if (!held_ || c_ >= static_cast<int>(caps_.size())) return;
    for (size_t i = h0_; i < h1_; ++i)
      if (!(rows_[i].kind == RowKind::Blank && r_ == 0)) place(i);
    held_ = false;
  }

  // Columns with no room at all (a broadsheet figure fills them) take nothing.
  void skip_full() {
    while (c_ < static_cast<int>(caps_.size()) && caps_[c_] <= 0) ++c_;
  }

  const std::vector<Row>& rows_;
  const std::vector<int>& caps_;
  size_t from_, to_;
  bool page_foot_;
  Poured out_;
  int c_ = 0, r_ = 0;
  bool held_ = false;
  size_t h0_ = 0, h1_ = 0;
};

}  // namespace

Poured pour(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps,
            bool float_past_end, int first_row, bool page_foot, size_t to) {
  return Pourer(rows, from, caps, first_row, page_foot, to).run(float_past_end);
}

}  // namespace wz::typeset
