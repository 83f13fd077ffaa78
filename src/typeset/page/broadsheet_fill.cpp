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

ColumnFill fill_columns(const std::vector<Row>& rows, size_t from, const std::vector<int>& caps) {
  Poured p = pour(rows, from, caps, false);
  ColumnFill f;
  f.from = from;
  f.end = p.end;
  f.depth.assign(caps.size(), 0);
  f.slots.assign(rows.size() - from, {});
  for (size_t i = from; i < rows.size(); ++i) {
    const Poured::Slot s = p.slots[i - from];
    if (s.column < 0) continue;
    f.slots[i - from] = {s.column, s.row};
    if (rows[i].kind != RowKind::Blank)
      f.depth[s.column] = std::max(f.depth[s.column], s.row + rows[i].height);
  }
  return f;
}

ColumnFill balance_columns(const std::vector<Row>& rows, size_t from, int k) {
  int total = material_rows(rows, from);
  if (total == 0) {  // a headline group without text: one empty column under it
    ColumnFill f = fill_columns(rows, from, std::vector<int>(1, 0));
    f.ok = k == 1;
    return f;
  }
  int lo = std::max(1, (total + k - 1) / k);
  ColumnFill fallback;
  for (int h = lo; h <= lo + kBalanceSearchRows; ++h) {
    // Only the last column short first (clreq §2.4.2), then columns one line apart.
    int tall = std::clamp(total - k * (h - 1), 1, k);
    for (const auto& caps : {caps_of(k, h, k), caps_of(k, h, h > 1 ? tall : k)}) {
      ColumnFill f = fill_columns(rows, from, caps);
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
