#include "typeset/page/flow.h"

#include <algorithm>
#include <cmath>

namespace wz::typeset {
namespace {

// A picture may shrink to this share of its column-wide height (narrower, centred): a
// newspaper resizes a picture to fit the page.
constexpr double kMinPictureScale = 0.75;
// The space under an issue's title may deepen by this share of the page (a quarter: the
// first article then still starts in the page's upper half) to take the white its column
// would leave at the foot.
constexpr double kMaxSinkShare = 0.25;

}  // namespace

Flow::Flow(pages::Document& doc, std::vector<LineRecord>& records, const Geometry& g)
    : doc_(doc), rec_(records), g_(g) {}

void Flow::new_page() {
  pages::Page p;
  p.width = g_.page_w;
  p.height = g_.page_h;
  doc_.pages.push_back(std::move(p));
  page_ = static_cast<int>(doc_.pages.size()) - 1;
  row_ = 0;
  head_item_ = 0;
}

void Flow::emit_row(const Row& r, int column, int grid_row, double dy) {
  double x = g_.column_x(column) + r.x;
  double top = g_.area_y + grid_row * g_.pitch + dy;
  if (r.anchor >= 0) anchors_[r.anchor] = {page_, top};
  if (r.rule) {
    double y = top + g_.pitch / 2 - (g_.pitch - g_.em) / 2;
    add_item(pages::Item{pages::Rule{x + g_.column_w * 0.3, y, x + g_.column_w * 0.7, y, 0.4}});
  }
  for (size_t i = 0; i < r.block.size(); ++i)
    emit_line(doc_, rec_, page_, r.block[i].first, x, top + r.block[i].second, column,
              r.block_kinds[i]);
  emit_line(doc_, rec_, page_, r.line, x, g_.baseline(grid_row) + dy, column, to_string(r.kind));
}

// Frames: one box (a reading tip) or picture around the consecutive rows of a frame in one
// column.
void Flow::emit_frames(const std::vector<Row>& rows, const std::vector<Slot>& slots,
                       const std::vector<double>& dy) {
  for (size_t i = 0; i < rows.size();) {
    if (rows[i].frame < 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < rows.size() && rows[j].frame == rows[i].frame && slots[j].column == slots[i].column)
      ++j;
    double top = g_.baseline(slots[i].row) + dy[i] - g_.em * Geometry::kAscentEm;
    double bottom = g_.baseline(slots[j - 1].row) + dy[j - 1] + g_.em * 0.12;
    double pad = (g_.pitch - g_.em) / 2;  // half the leading around the text
    pages::Box rect{g_.column_x(slots[i].column), top - pad, g_.column_w, bottom - top + 2 * pad,
                    0.6};
    add_item(frame_item(doc_, rows[i], rect));
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
    double y = g_.area_y + row_ * g_.pitch - g_.pitch / 2;
    add_item(pages::Item{pages::Rule{g_.area_x, y, g_.area_x + g_.area_w, y, b.rule_after}});
  }
  return {page_, top};
}

// Columns `height` rows tall under the span blocks, filled by the column rules.
Poured Flow::pour_page(const std::vector<Row>& rows, int height, bool float_past_end) const {
  return pour(rows, 0, std::vector<int>(g_.columns, height), float_past_end, 0,
              height == g_.rows - row_);
}

bool Flow::assign(const std::vector<Row>& rows, int height, std::vector<Slot>& out) const {
  Poured p = pour_page(rows, height, false);
  out.assign(rows.size(), Slot{-1, -1});
  for (size_t i = 0; i < rows.size(); ++i)
    if (p.slots[i].column >= 0) out[i] = {p.slots[i].column, row_ + p.slots[i].row};
  return p.end == rows.size();
}

std::vector<Row> Flow::take_floated() {
  Poured p = pour_page(pending_, g_.rows - row_, true);
  if (p.floated_end == 0) return {};
  const auto b = pending_.begin() + static_cast<long>(p.floated),
             e = pending_.begin() + static_cast<long>(p.floated_end);
  std::vector<Row> out(std::make_move_iterator(b), std::make_move_iterator(e));
  pending_.erase(b, e);
  return out;
}

// A full page of one column whose text stops short of the foot (a keep moved the rest on)
// is filled to the foot by opening its blank rows (between articles, around section heads
// and tip boxes) and the space above each headline group in the column equally, each by
// at most one line: vertical justification, as a book page is made up; columns side by
// side stay on the grid instead.
std::vector<double> Flow::feathering(const std::vector<Slot>& slots, int height) {
  std::vector<double> dy(slots.size(), 0);
  if (g_.columns != 1) return dy;
  int depth = 0, stretches = 0;
  size_t last = 0;  // the page's last line: blank rows under it open nothing that is seen
  for (size_t i = 0; i < slots.size(); ++i)
    if (slots[i].column >= 0 && pending_[i].kind != RowKind::Blank) last = i;
  auto opens = [&](size_t i) {  // a blank row, or the space above a headline group or a photo
    const bool above = pending_[i].kind == RowKind::Head ||
                       (pending_[i].kind == RowKind::Photo &&
                        (i == 0 || pending_[i - 1].frame != pending_[i].frame));
    return i < last && (pending_[i].kind == RowKind::Blank || (above && slots[i].row > row_));
  };
  for (size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].column < 0) continue;
    stretches += opens(i);
    if (pending_[i].kind != RowKind::Blank)
      depth = std::max(depth, slots[i].row - row_ + pending_[i].height);
  }
  int short_by = height - depth;
  // On the page that opens an issue (its title block over the column), what the places
  // cannot open sinks the column under the title, up to kMaxSinkShare of the page: the
  // white stands under the issue title, as an opening page's sink does, not at the foot.
  const int sink =
      row_ > 0 ? std::clamp(short_by - stretches, 0, static_cast<int>(kMaxSinkShare * g_.rows)) : 0;
  short_by -= sink;
  // What stays empty at the foot after each place opens by at most a line (hole_rows), the
  // sink counted: the make-up's choices (columns.cpp fill_page) still prefer a page its text
  // fills to one that sinks.
  hole_ = std::max(hole_, std::max(0, short_by - stretches) + sink);
  if (sink == 0 && (short_by <= 0 || stretches == 0)) return dy;
  // Each place opens by at most a line: with fewer places than lines short, the page comes
  // as near the foot as that allows.
  double share = stretches == 0 || short_by <= 0
                     ? 0
                     : std::min(1.0, static_cast<double>(short_by) / stretches) * g_.pitch,
         at = sink * g_.pitch;
  for (size_t i = 0; i < slots.size(); ++i) {
    if (slots[i].column < 0) continue;
    bool blank = pending_[i].kind == RowKind::Blank;
    if (opens(i) && !blank) at += share;   // the head moves down, its space opened above it
    dy[i] = at + (blank ? share / 2 : 0);  // a rule in the blank row stays in its middle
    if (blank) at += share;
  }
  return dy;
}

void Flow::emit_pending(int height, bool page_full) {
  std::vector<Slot> slots;
  assign(pending_, height, slots);
  std::vector<double> dy =
      page_full ? feathering(slots, height) : std::vector<double>(slots.size(), 0);
  for (size_t i = 0; i < pending_.size(); ++i)
    if (slots[i].column >= 0) emit_row(pending_[i], slots[i].column, slots[i].row, dy[i]);
  emit_frames(pending_, slots, dy);
  pending_.clear();
  head_item_ = 0;
}

void Flow::add(Row r) {
  if (page_ < 0) new_page();
  pending_.push_back(std::move(r));
  // A picture floated past the page's last column waits while the rows after it fill it.
  Poured p = pour_page(pending_, g_.rows - row_, true);
  if (p.end == pending_.size()) return;
  // The page is full: the floated picture and everything from the first row that found no
  // room move to the next page, the picture first.
  std::vector<Row> carry, keep;
  if (p.floated_end > 0)
    carry.assign(std::make_move_iterator(pending_.begin() + static_cast<long>(p.floated)),
                 std::make_move_iterator(pending_.begin() + static_cast<long>(p.floated_end)));
  const size_t cut = p.end;
  for (size_t i = 0; i < pending_.size(); ++i) {
    if (p.floated_end > 0 && i >= p.floated && i < p.floated_end) continue;
    (i >= cut ? carry : keep).push_back(std::move(pending_[i]));
  }
  if (head_item_ > 0 && head_item_ <= keep.size() && text_short(keep)) {
    // The floated item gives frame rows to the text under it, or else waits for the next
    // page; this one takes the text after it.
    if (!shorten_head_item(keep)) send_head_item_on(keep);
    keep.insert(keep.end(), std::make_move_iterator(carry.begin()),
                std::make_move_iterator(carry.end()));
    pending_.clear();
    for (auto& r : keep) add(std::move(r));
    return;
  }
  pending_ = std::move(keep);
  emit_pending(g_.rows - row_, true);
  next_page();
  for (auto& c : carry) add(std::move(c));
}

void Flow::send_head_item_on(std::vector<Row>& rows) {
  const auto end = rows.begin() + static_cast<long>(head_item_);
  deferred_.insert(deferred_.begin(), std::vector<Row>(std::make_move_iterator(rows.begin()),
                                                       std::make_move_iterator(end)));
  rows.erase(rows.begin(), end);
  head_item_ = 0;
}

bool Flow::starves_page(const std::vector<Row>& rows, int rows_to_come) const {
  if (rows_to_come < free_rows()) return false;  // the item's page would be left short
  std::vector<Row> all = pending_;
  all.insert(all.end(), rows.begin(), rows.end());
  const int height = g_.rows - row_;
  Poured p = pour_page(all, height, false);
  if (page_ < 0 || g_.columns != 1 || p.end != all.size()) return false;
  int used = 0;
  for (size_t i = 0; i < all.size(); ++i)
    if (p.slots[i].column >= 0) used = std::max(used, p.slots[i].row + all[i].height);
  std::vector<Row> text(pending_);
  text.insert(text.end(), static_cast<size_t>(height - used), Row{});
  for (size_t i = pending_.size(); i < text.size(); ++i) text[i].kind = RowKind::Paragraph;
  return text_short(text);
}

bool Flow::text_short(const std::vector<Row>& rows) const {
  return too_little_text(std::count_if(rows.begin(), rows.end(),
                                       [](const Row& r) { return r.kind == RowKind::Paragraph; }));
}

bool Flow::too_little_text(long text) const {
  return static_cast<double>(text) <= kLeastTextShare * g_.rows;
}

bool Flow::shorten_head_item(std::vector<Row>& rows) {
  std::vector<Row> item(rows.begin(), rows.begin() + static_cast<long>(head_item_));
  long text = std::count_if(rows.begin(), rows.end(),
                            [](const Row& r) { return r.kind == RowKind::Paragraph; });
  for (size_t erased = 0; too_little_text(text); ++text)  // each row given takes a line
    if (!give_frame_row(item, erased)) return false;
  rows.erase(rows.begin(), rows.begin() + static_cast<long>(head_item_));
  rows.insert(rows.begin(), item.begin(), item.end());
  head_item_ = item.size();
  return true;
}

void Flow::next_page() {
  new_page();
  if (deferred_.empty()) return;
  std::vector<Row> held = std::move(deferred_.front());
  deferred_.erase(deferred_.begin());
  const size_t n = held.size();
  for (auto& r : held) add(std::move(r));
  if (pending_.size() == n) head_item_ = n;  // still on the page it heads
}

bool Flow::fits(const std::vector<Row>& rows) const {
  std::vector<Row> all = pending_;
  all.insert(all.end(), rows.begin(), rows.end());
  std::vector<Slot> slots;
  return page_ < 0 || assign(all, g_.rows - row_, slots);
}

void Flow::defer(std::vector<Row> rows, const Row& separator) {
  rows.push_back(separator);  // between the item and the text it interrupts
  deferred_.push_back(std::move(rows));
}

bool Flow::give_frame_row(std::vector<Row>& page, size_t& erased) const {
  for (size_t i = 0; i < page.size();) {
    if (page[i].kind != RowKind::Photo || page[i].frame < 0) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < page.size() && page[j].kind == RowKind::Photo && page[j].frame == page[i].frame) ++j;
    int least = kPhotoMinRows;
    if (!page[i].picture.empty())
      least = std::max(least, static_cast<int>(std::ceil(kMinPictureScale * g_.column_w *
                                                         page[i].aspect / g_.pitch)));
    if (static_cast<int>(j - i) > least && page[j - 1].anchor < 0) {
      erased = j - 1;
      page.erase(page.begin() + static_cast<long>(erased));
      return true;
    }
    i = j;
  }
  return false;
}

bool Flow::make_room(const std::vector<Row>& rows) {
  if (fits(rows)) return true;
  if (g_.columns != 1 || free_share() * g_.rows <= kTolerableHoleRows + 0.01) return false;
  std::vector<Row> page = pending_;
  std::vector<Slot> slots;
  size_t head = head_item_, erased = 0;
  while (give_frame_row(page, erased)) {
    head -= erased < head;  // a row of the floated item heading the page
    std::vector<Row> all = page;
    all.insert(all.end(), rows.begin(), rows.end());
    if (assign(all, g_.rows - row_, slots)) {
      pending_ = std::move(page);
      head_item_ = head;
      return true;
    }
  }
  return wait_head_item(rows);
}

bool Flow::wait_head_item(const std::vector<Row>& rows) {
  const bool text = std::any_of(rows.begin(), rows.end(),
                                [](const Row& r) { return r.kind == RowKind::Paragraph; });
  if (!text || head_item_ == 0 || head_item_ > pending_.size() || !text_short(pending_))
    return false;
  std::vector<Row> all(pending_.begin() + static_cast<long>(head_item_), pending_.end());
  all.insert(all.end(), rows.begin(), rows.end());
  std::vector<Slot> slots;
  if (!assign(all, g_.rows - row_, slots)) return false;
  send_head_item_on(pending_);
  return true;
}

void Flow::break_page() {
  std::vector<Row> floated = take_floated();
  if (!pending_.empty()) emit_pending(g_.rows - row_, true);
  next_page();
  for (auto& r : floated) add(std::move(r));
}

double Flow::free_share() const {
  if (page_ < 0) return 1;
  const int height = g_.rows - row_;
  // (A picture floated past the last column goes to the next page whatever comes.)
  Poured p = pour_page(pending_, height, true);
  if (p.end != pending_.size()) return 0;
  int c = 0, r = 0;  // the first free cell: after the row placed furthest on
  for (size_t i = 0; i < p.slots.size(); ++i) {
    const Poured::Slot& s = p.slots[i];
    if (s.column > c || (s.column == c && s.row + pending_[i].height > r))
      c = s.column, r = s.row + pending_[i].height;
  }
  int free = (g_.columns - c - 1) * height + (height - r);
  return static_cast<double>(free) / (g_.columns * g_.rows);
}

int Flow::free_rows() const {
  return static_cast<int>(std::lround(free_share() * g_.columns * g_.rows));
}

Flow::Mark Flow::mark() const {
  Mark m{page_,    row_,     doc_.pages.size(), 0,         rec_.size(), doc_.images.size(),
         pending_, anchors_, deferred_,         head_item_};
  if (page_ >= 0) m.items = doc_.pages[page_].items.size();
  return m;
}

void Flow::restore(const Mark& m) {
  doc_.pages.resize(m.pages);
  if (m.page >= 0) {
    auto& items = doc_.pages[m.page].items;
    items.erase(items.begin() + static_cast<long>(m.items), items.end());
  }
  rec_.erase(rec_.begin() + static_cast<long>(m.records), rec_.end());
  doc_.images.resize(m.images);
  page_ = m.page, row_ = m.row, hole_ = 0;
  pending_ = m.pending, anchors_ = m.anchors, deferred_ = m.deferred, head_item_ = m.head_item;
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
  std::vector<std::vector<Row>> held = std::move(deferred_);
  deferred_.clear();
  for (auto& item : held) {  // held to the end: set after a separator
    std::rotate(item.begin(), item.end() - 1, item.end());  // the separator goes first
    for (auto& r : item) add(std::move(r));
  }
  if (std::vector<Row> floated = take_floated(); !floated.empty()) {  // it heads a new page
    emit_pending(g_.rows - row_, true);
    next_page();
    for (auto& r : floated) add(std::move(r));
  }
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
  emit_pending(height, false);
  row_ += used;
}

}  // namespace wz::typeset
