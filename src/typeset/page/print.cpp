#include "typeset/page/print.h"

#include <algorithm>

#include "typeset/page/geometry.h"

namespace wz::typeset {
namespace {

using pages::Color;
using pages::Item;

double mark_offset_mm(const model::PrintSetup& ps) {
  return std::max(ps.bleed, kMinMarkOffsetMm);
}

// Moves the edges of [lo, hi] that touch [0, extent] out by `bleed`.
void extend(double& lo, double& hi, double extent, double bleed) {
  if (lo <= kTouchesTrim) lo = std::min(lo, -bleed);
  if (hi >= extent - kTouchesTrim) hi = std::max(hi, extent + bleed);
}

// A picture touching the trim: its frame grown into the bleed on the sides it touches, the
// picture scaled (proportions kept) to cover the grown frame, centred on it and clipped to
// it; so a sliver is cut off the sides that do not touch.
void bleed_picture(pages::Picture& pic, double w, double h, double bleed) {
  const double ax = pic.x, bx = ax + pic.w, ay = pic.y, by = ay + pic.h;
  double x0 = ax, x1 = bx, y0 = ay, y1 = by;
  extend(x0, x1, w, bleed), extend(y0, y1, h, bleed);
  if (x0 == ax && x1 == bx && y0 == ay && y1 == by) return;  // touches no edge
  const double s = std::max((x1 - x0) / pic.w, (y1 - y0) / pic.h);
  const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  pic.w *= s, pic.h *= s;
  pic.x = cx - pic.w / 2, pic.y = cy - pic.h / 2;
  pic.clip_x = x0, pic.clip_y = y0, pic.clip_w = x1 - x0, pic.clip_h = y1 - y0;
}

void bleed_item(Item& it, double w, double h, double bleed) {
  if (it.kind() == Item::Kind::Box && it.box().fill) {
    pages::Box& b = it.box();
    double x0 = b.x, x1 = x0 + b.w, y0 = b.y, y1 = y0 + b.h;
    extend(x0, x1, w, bleed), extend(y0, y1, h, bleed);
    b.x = x0, b.y = y0, b.w = x1 - x0, b.h = y1 - y0;
  } else if (it.kind() == Item::Kind::Picture) {
    bleed_picture(it.picture(), w, h, bleed);
  } else if (it.kind() == Item::Kind::Rule) {
    pages::Rule& r = it.rule();
    if (r.y0 == r.y1) {  // horizontal: runs off the side it touches
      double& lo = r.x0 <= r.x1 ? r.x0 : r.x1;
      double& hi = r.x0 <= r.x1 ? r.x1 : r.x0;
      extend(lo, hi, w, bleed);
    } else if (r.x0 == r.x1) {
      double& lo = r.y0 <= r.y1 ? r.y0 : r.y1;
      double& hi = r.y0 <= r.y1 ? r.y1 : r.y0;
      extend(lo, hi, h, bleed);
    }
  }
}

Item mark_rule(double x0, double y0, double x1, double y1) {
  return Item{pages::Rule{x0, y0, x1, y1, kMarkLineWidth, Color::registration()}};
}

// Two marks at each corner, in line with the trim edges, `off` to `off + len` outside.
void crop_marks(pages::Page& p, double off, double len) {
  const double w = p.width, h = p.height;
  for (double x : {0.0, w})
    for (double y : {0.0, h}) {
      double sx = x == 0 ? -1 : 1, sy = y == 0 ? -1 : 1;
      p.items.push_back(mark_rule(x + sx * off, y, x + sx * (off + len), y));
      p.items.push_back(mark_rule(x, y + sy * off, x, y + sy * (off + len)));
    }
}

// A target (square and cross) centred `dist` outside the middle of each side.
void registration_marks(pages::Page& p, double dist) {
  const double r = kRegistrationMm * kPtPerMm / 2;
  const double cx[] = {p.width / 2, p.width / 2, -dist, p.width + dist};
  const double cy[] = {-dist, p.height + dist, p.height / 2, p.height / 2};
  for (int i = 0; i < 4; ++i) {
    p.items.push_back(Item{pages::Box{cx[i] - r / 2, cy[i] - r / 2, r, r, kMarkLineWidth, true,
                                      false, Color::registration(), Color::white()}});
    p.items.push_back(mark_rule(cx[i] - r, cy[i], cx[i] + r, cy[i]));
    p.items.push_back(mark_rule(cx[i], cy[i] - r, cx[i], cy[i] + r));
  }
}

}  // namespace

double marks_slug_mm(const model::PrintSetup& ps) {
  if (ps.marks == model::Marks::None) return 0;
  double need = mark_offset_mm(ps) + kCropMarkLengthMm - ps.bleed;
  if (ps.registration) need = std::max(need, mark_offset_mm(ps) + kRegistrationMm - ps.bleed);
  return std::max(ps.slug, need);
}

void prepare_for_print(pages::Page& p, const model::PrintSetup& ps) {
  p.bleed = ps.bleed * kPtPerMm;
  p.slug = marks_slug_mm(ps) * kPtPerMm;
  const Color rich =
      Color::process(0, 0, 0, kRichBlack[0], kRichBlack[1], kRichBlack[2], kRichBlack[3]);
  for (Item& it : p.items) {
    if (p.bleed > 0) bleed_item(it, p.width, p.height, p.bleed);
    if (it.kind() == Item::Kind::Run && ps.rich_black > 0 && it.run().size >= ps.rich_black &&
        it.run().color == Color::gray(0))
      it.run().color = rich;
  }
  if (ps.marks == model::Marks::None) return;
  const double off = mark_offset_mm(ps) * kPtPerMm;
  crop_marks(p, off, kCropMarkLengthMm * kPtPerMm);
  if (ps.registration) registration_marks(p, off + kRegistrationMm * kPtPerMm / 2);
}

pages::Conformance conformance_of(model::OutputProfile p) {
  switch (p) {
    case model::OutputProfile::Print:
      return pages::Conformance::PdfX4;
    case model::OutputProfile::Archive:
      return pages::Conformance::PdfA2u;
    case model::OutputProfile::Screen:
      break;
  }
  return pages::Conformance::None;
}

}  // namespace wz::typeset
