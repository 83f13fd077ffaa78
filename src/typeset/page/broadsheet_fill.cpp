#include "typeset/page/broadsheet_fill.h"

#include <algorithm>

#include "typeset/page/column_rules.h"

namespace wz::typeset {
namespace {

// How far above the shortest possible columns a balanced fill is searched for (rows).
constexpr int kBalanceSearchRows = 6;

// Columns of height h, except that the columns after the first `tall` are one row shorter.
std::vector<int> caps_of(int k, int h, int tall) {
  std::vector<int> caps(k, h);
  for (int c = tall; c < k; ++c) caps[c] = h - 1;
  return caps;
}

bool all_used(const ColumnFill& f) {
  return std::all_of(f.depth.begin(), f.depth.end(), [](int d) { return d > 0; });
}

}  // namespace

int Figures::top(int column) const {
  int t = 0;
  for (const FigureBox& b : boxes)
    if (column >= b.c0 && column < b.c0 + b.columns) t = std::max(t, b.top + b.rows + 1);
  return t;
}

int Figures::depth(int column) const {
  return std::max(0, top(column) - 1);
}

bool Figures::stands_for(size_t row) const {
  return std::any_of(boxes.begin(), boxes.end(),
                     [&](const FigureBox& b) { return row >= b.first && row < b.end; });
}

int Figures::added_cells(const std::vector<Row>& rows, int k) const {
  int n = 0;
  for (int c = 0; c < k; ++c) n += top(c);
  for (const FigureBox& b : boxes) n -= material_rows(rows, b.first) - material_rows(rows, b.end);
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

ColumnFill fill_columns(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps,
                        const Figures& figures) {
  // The rows the pictures do not stand for, poured into what their columns leave.
  std::vector<Row> rest;
  std::vector<size_t> index;  // rest[j] is rows[index[j]]
  for (size_t i = from; i < rows.size(); ++i)
    if (!figures.stands_for(i)) rest.push_back(rows[i]), index.push_back(i);
  std::vector<int> free = caps;
  for (size_t c = 0; c < free.size(); ++c) free[c] -= figures.top(static_cast<int>(c));
  Poured p = pour(rest, 0, free, false);
  ColumnFill f;
  f.from = from;
  f.end = p.end < rest.size() ? index[p.end] : rows.size();
  f.depth.assign(caps.size(), 0);
  f.slots.assign(rows.size() - from, {});
  f.figures = figures;
  for (size_t c = 0; c < caps.size(); ++c) f.depth[c] = figures.depth(static_cast<int>(c));
  for (size_t j = 0; j < rest.size(); ++j) {
    const Poured::Slot s = p.slots[j];
    if (s.column < 0) continue;
    const int row = s.row + figures.top(s.column);
    f.slots[index[j] - from] = {s.column, row};
    if (rest[j].kind != RowKind::Blank)
      f.depth[s.column] = std::max(f.depth[s.column], row + rest[j].height);
  }
  return f;
}

ColumnFill balance_columns(const std::vector<Row>& rows, size_t from, int k,
                           const Figures& figures) {
  // The pictures' cells in place of the rows they stand for.
  const int total = material_rows(rows, from) + figures.added_cells(rows, k);
  int lowest = 0;  // the deepest picture's foot and gap
  for (int c = 0; c < k; ++c) lowest = std::max(lowest, figures.top(c));
  if (total == 0) {  // a headline group without text: one empty column under it
    ColumnFill f = fill_columns(rows, from, std::vector<int>(1, 0));
    f.ok = k == 1;
    return f;
  }
  int lo = std::max({1, (total + k - 1) / k, lowest + 1});
  ColumnFill fallback;
  for (int h = lo; h <= lo + kBalanceSearchRows; ++h) {
    // Only the last column short first (clreq §2.4.2), then columns one line apart.
    int tall = std::clamp(total - k * (h - 1), 1, k);
    for (const auto& caps : {caps_of(k, h, k), caps_of(k, h, h > 1 ? tall : k)}) {
      ColumnFill f = fill_columns(rows, from, caps, figures);
      if (f.end != rows.size()) continue;
      if (all_used(f) && f.spread() <= kMaxSpread) {
        f.ok = true;
        return f;
      }
      if (fallback.depth.empty()) fallback = f;
    }
  }
  return fallback;
}

}  // namespace wz::typeset
