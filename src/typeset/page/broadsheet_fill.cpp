#include "typeset/page/broadsheet_fill.h"

#include <algorithm>
#include <limits>
#include <optional>

#include "typeset/page/column_rules.h"

namespace wz::typeset {
namespace {

// How far above the shortest possible columns a balanced fill is searched for (rows).
constexpr int kBalanceSearchRows = 6;
// And further for each in-text picture: the stretches above and under it each end where
// the column rules let them, a line short at times (3: found on the sample pages with a
// picture every twelve paragraphs, whose balanced columns stood 7 rows over the first guess).
constexpr int kSearchRowsPerPicture = 3;

// Columns of height h, except that the columns after the first `tall` are one row shorter.
std::vector<int> caps_of(int k, int h, int tall) {
  std::vector<int> caps(k, h);
  for (int c = tall; c < k; ++c) caps[c] = h - 1;
  return caps;
}

bool all_used(const ColumnFill& f) {
  return std::all_of(f.depth.begin(), f.depth.end(), [](int d) { return d > 0; });
}

// The rows each picture over the column keeps from its text: the picture, the gap row
// under it, and the one above it when text stands there.
std::vector<std::pair<int, int>> blocked_rows(const Figures& f, int column) {
  std::vector<std::pair<int, int>> out;
  for (const FigureBox& b : f.boxes)
    if (b.covers(column)) out.push_back({std::max(0, b.top - kPictureGap), b.foot() + kPictureGap});
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<std::pair<int, int>> Figures::free_rows(int column, int cap) const {
  std::vector<std::pair<int, int>> out;
  int r = 0;
  for (auto [a, z] : blocked_rows(*this, column)) {
    if (std::min(a, cap) > r) out.push_back({r, std::min(a, cap)});
    r = std::max(r, z);
  }
  if (r < cap) out.push_back({r, cap});
  return out;
}

int Figures::depth(int column) const {
  int d = 0;
  for (const FigureBox& b : boxes)
    if (b.covers(column)) d = std::max(d, b.foot());
  return d;
}

bool Figures::stands_for(size_t row) const {
  return std::any_of(boxes.begin(), boxes.end(),
                     [&](const FigureBox& b) { return row >= b.first && row < b.end; });
}

int Figures::added_cells(const std::vector<Row>& rows, int k) const {
  int n = 0;
  for (int c = 0; c < k; ++c) {
    int r = 0;  // the blocked stretches of the column, merged
    for (auto [a, z] : blocked_rows(*this, c))
      n += std::max(0, z - std::max(a, r)), r = std::max(r, z);
  }
  for (const FigureBox& b : boxes) {
    n -= material_rows(rows, b.first) - material_rows(rows, b.end);
    if (b.in_text) n += kPictureGap * b.columns;  // the gap row over it, where it is placed
  }
  return n;
}

int ColumnFill::height() const {
  return depth.empty() ? 0 : *std::max_element(depth.begin(), depth.end());
}

int ColumnFill::spread() const {
  if (depth.empty()) return 0;
  auto [lo, hi] = std::minmax_element(depth.begin(), depth.end());
  return *hi - *lo;
}

int material_rows(const std::vector<Row>& rows, size_t from) {
  int n = 0;
  for (size_t i = from; i < rows.size(); ++i) n += rows[i].height;
  return n;
}

namespace {

// A fill in progress: the rows the pictures do not stand for poured column after column,
// each column's free stretches top to bottom; an in-text picture is placed when the pour
// reaches it (the rows before it placed), where it then stands.
class Filler {
 public:
  Filler(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps,
         const Figures& figures)
      : rows_(rows), caps_(caps), k_(static_cast<int>(caps.size())), from_(from) {
    for (size_t i = from; i < rows.size(); ++i)
      if (!figures.stands_for(i)) rest_.push_back(rows[i]), index_.push_back(i);
    for (const FigureBox& b : figures.boxes) (b.in_text ? pending_ : placed_.boxes).push_back(b);
    slots_.assign(rest_.size(), {});
  }

  // The fill; an in-text picture that finds no place is reported in `dropped` (its lifted
  // index) and the fill is to be made again without it.
  ColumnFill run(int& dropped) {
    size_t j = 0, next = 0;  // next rest row; next pending picture
    for (int c = 0; c < k_ && j < rest_.size(); ++c) {
      for (int r = 0;;) {
        auto stretch = stretch_from(c, r);
        if (!stretch) break;
        auto [a, z] = *stretch;
        const bool picture = next < pending_.size();
        const size_t m = picture ? marker(pending_[next]) : rest_.size();
        const Poured p = pour(rest_, j, {z - a}, false, 0, false, m);
        const size_t j0 = j;
        int used = a;  // under the stretch's last line
        for (size_t q = j; q < p.end; ++q) {
          const Poured::Slot s = p.slots[q - j];
          if (s.column < 0) continue;
          slots_[q] = {c, a + s.row};
          if (rest_[q].kind != RowKind::Blank) used = a + s.row + rest_[q].height;
        }
        j = p.end;
        if (j < m || !picture) {  // the stretch is full (or the rows are all placed)
          r = z;
          continue;
        }
        for (size_t q = j0; q < j; ++q)  // blank rows under the last line give way to it
          if (slots_[q].column == c && slots_[q].row >= used) slots_[q] = {};
        FigureBox b = pending_[next++];
        if (!place(b, c, a, used)) {
          dropped = b.lifted;
          return {};
        }
        const bool head = b.c0 == c && b.top == a;
        if (head && used > a) {  // too few lines above it: they go under it
          for (size_t q = j0; q < j; ++q) slots_[q] = {};
          j = j0;
        }
        // The column goes on under the picture, or under its line (the picture heads the
        // next column, or stands under a gap row).
        r = head ? a : used;
        placed_.boxes.push_back(b);
      }
    }
    // A picture not reached stays with the rows after it (a block that goes on).
    if (next < pending_.size()) j = std::min(j, marker(pending_[next]));
    return finish(j);
  }

 private:
  // The first free stretch of column c from row r on (none: the column is full).
  std::optional<std::pair<int, int>> stretch_from(int c, int r) const {
    for (auto [a, z] : placed_.free_rows(c, caps_[static_cast<size_t>(c)]))
      if (z > std::max(a, r)) return std::pair{std::max(a, r), z};
    return std::nullopt;
  }

  // The first rest row after picture b (the rows before it come before it).
  size_t marker(const FigureBox& b) const {
    return static_cast<size_t>(std::lower_bound(index_.begin(), index_.end(), b.first) -
                               index_.begin());
  }

  // Whether b fits at (c0, top): in the block, over the column feet with enough lines
  // left under it, clear of the pictures placed.
  bool fits(const FigureBox& b, int c0, int top) const {
    if (c0 + b.columns > k_) return false;
    for (int c = c0; c < c0 + b.columns; ++c) {
      const int under = caps_[static_cast<size_t>(c)] - (top + b.rows + kPictureGap);
      if (under < 0 || (under > 0 && under < kMinLinesAround)) return false;
      for (const FigureBox& o : placed_.boxes)
        if (o.covers(c) && top < o.foot() + kPictureGap && o.top < top + b.rows + kPictureGap)
          return false;
    }
    return true;
  }

  // Picture b, reached in stretch [a, ...) of column c whose lines end at `used`: under them
  // and a gap row (at the stretch's head when fewer than kMinLinesAround would stand above
  // it), else at the head of the next column.
  bool place(FigureBox& b, int c, int a, int used) {
    const int lines = used - a;
    const int top = lines == 0 ? a : lines < kMinLinesAround ? a : used + kPictureGap;
    if (fits(b, c, top)) {
      b.c0 = c, b.top = top;
      return true;
    }
    if (c + 1 < k_ && fits(b, c + 1, 0)) {
      b.c0 = c + 1, b.top = 0;
      return true;
    }
    return false;
  }

  ColumnFill finish(size_t j) const {
    ColumnFill f;
    f.from = from_;
    f.end = j < rest_.size() ? index_[j] : rows_.size();
    for (const FigureBox& b : pending_)  // its rows go on with the rows after it
      if (b.first < f.end && !std::any_of(placed_.boxes.begin(), placed_.boxes.end(),
                                          [&](const FigureBox& o) { return o.lifted == b.lifted; }))
        f.end = b.first;
    f.depth.assign(caps_.size(), 0);
    f.slots.assign(rows_.size() - from_, {});
    f.figures = placed_;
    for (int c = 0; c < k_; ++c) f.depth[static_cast<size_t>(c)] = placed_.depth(c);
    for (size_t q = 0; q < rest_.size(); ++q) {
      const ColumnFill::Slot s = slots_[q];
      if (s.column < 0 || (q >= j && j < rest_.size())) continue;
      f.slots[index_[q] - from_] = s;
      if (rest_[q].kind != RowKind::Blank)
        f.depth[static_cast<size_t>(s.column)] =
            std::max(f.depth[static_cast<size_t>(s.column)], s.row + rest_[q].height);
    }
    return f;
  }

  const std::vector<Row>& rows_;
  const std::vector<int>& caps_;
  const int k_;
  const size_t from_;
  std::vector<Row> rest_;
  std::vector<size_t> index_;  // rest_[q] is rows_[index_[q]]
  std::vector<ColumnFill::Slot> slots_;
  Figures placed_;                  // the pictures placed so far
  std::vector<FigureBox> pending_;  // in-text pictures, in the article's order
};

}  // namespace

ColumnFill fill_columns(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps,
                        const Figures& figures) {
  int dropped = -1;
  ColumnFill f = Filler(rows, from, caps, figures).run(dropped);
  if (dropped < 0) return f;
  // A picture that found no place under its line (it ends in the last column) heads the
  // block's last columns under the pictures there, or else stays in the text, column wide.
  Figures again;
  FigureBox moved;
  for (const FigureBox& b : figures.boxes)
    (b.lifted == dropped ? moved : again.boxes.emplace_back()) = b;
  const int k = static_cast<int>(caps.size());
  moved.in_text = false, moved.c0 = k - moved.columns, moved.top = 0;
  int cap = std::numeric_limits<int>::max();
  for (int c = moved.c0; c < k; ++c) {
    cap = std::min(cap, caps[static_cast<size_t>(c)]);
    for (const FigureBox& o : again.boxes)
      if (o.covers(c)) moved.top = std::max(moved.top, o.foot() + kPictureGap);
  }
  if (moved.c0 >= 0 && moved.foot() <= cap) again.boxes.push_back(moved);
  return fill_columns(rows, from, caps, again);
}

ColumnFill balance_columns(const std::vector<Row>& rows, size_t from, int k,
                           const Figures& figures) {
  // The pictures' cells in place of the rows they stand for.
  const int total = material_rows(rows, from) + figures.added_cells(rows, k);
  int lowest = 0;  // the deepest picture's foot (and a gap row under one opening the text)
  for (const FigureBox& b : figures.boxes)
    lowest = std::max(lowest, b.foot() + (b.in_text ? 0 : kPictureGap));
  if (total == 0) {  // a headline group without text: one empty column under it
    ColumnFill f = fill_columns(rows, from, std::vector<int>(1, 0));
    f.ok = k == 1;
    return f;
  }
  int lo = std::max({1, (total + k - 1) / k, lowest + 1});
  // Each in-text picture may cost a row more at the foot of the stretches round it.
  int search = kBalanceSearchRows;
  for (const FigureBox& b : figures.boxes) search += b.in_text ? kSearchRowsPerPicture : 0;
  ColumnFill fallback, fewer;  // fewer: balanced, but a picture left column wide in the text
  for (int h = lo; h <= lo + search; ++h) {
    // Only the last column short first (clreq §2.4.2), then columns one line apart: as
    // many tall ones as the rows ask for (where in-text pictures stand, which is known
    // only once they are placed: every count, the most first).
    std::vector<std::vector<int>> tries{caps_of(k, h, k)};
    if (search > kBalanceSearchRows)
      for (int tall = k - 1; h > 1 && tall >= 1; --tall) tries.push_back(caps_of(k, h, tall));
    else
      tries.push_back(caps_of(k, h, h > 1 ? std::clamp(total - k * (h - 1), 1, k) : k));
    for (const auto& caps : tries) {
      ColumnFill f = fill_columns(rows, from, caps, figures);
      if (f.end != rows.size()) continue;
      if (all_used(f) && f.spread() <= kMaxSpread) {
        f.ok = true;
        if (f.figures.boxes.size() == figures.boxes.size()) return f;
        if (fewer.depth.empty()) fewer = std::move(f);
        continue;
      }
      if (fallback.depth.empty()) fallback = f;
    }
  }
  return fewer.depth.empty() ? fallback : fewer;
}

}  // namespace wz::typeset
