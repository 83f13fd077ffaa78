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

ColumnStep column_step(const std::vector<Row>& rows, size_t i, int r, int cap) {
  const Row& row = rows[i];
  const bool blank = row.kind == RowKind::Blank;
  if (blank && r == 0) return {false, true};
  int need = keep_need(rows, i);
  // The row would end the column and leave the paragraph's last line alone on the next.
  if (i + 1 < rows.size() && is_widow(rows[i + 1]) && r + row.height == cap) need += 1;
  if (r > 0 && r + std::min(need, cap) > cap) return {true, blank};
  return {false, false};
}

}  // namespace wz::typeset
