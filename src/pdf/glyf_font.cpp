#include "pdf/glyf_font.h"

#include "base/hb_ptr.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>

#include "base/error.h"

namespace wz::pdf {
namespace {

constexpr int kMaxQuadPieces = 32;  // a Noto CJK cubic needs 1–3; this only stops runaways
// Max of |t(1−t)(1−2t)|/2 on [0,1]: the distance between a cubic and the quadratic with
// control (3(p1+p2) − (p0+p3))/4 is this times |p3 − 3p2 + 3p1 − p0|.
constexpr double kMidpointErrorFactor = 0.048112522432468816;  // √3/36

struct Pt {
  int x = 0, y = 0;
  bool on = true;
  bool operator==(const Pt&) const = default;
};
using Contour = std::vector<Pt>;

struct Outline {
  std::vector<Contour> contours;
  QuadPoint cur;
  void add(double x, double y, bool on) {
    contours.back().push_back(
        {static_cast<int>(std::lround(x)), static_cast<int>(std::lround(y)), on});
  }
};

Outline& outline(void* data) {
  return *static_cast<Outline*>(data);
}

void move_to(hb_draw_funcs_t*, void* d, hb_draw_state_t*, float x, float y, void*) {
  outline(d).contours.emplace_back();
  outline(d).add(x, y, true);
}
void line_to(hb_draw_funcs_t*, void* d, hb_draw_state_t*, float x, float y, void*) {
  outline(d).add(x, y, true);
}
void quad_to(hb_draw_funcs_t*, void* d, hb_draw_state_t*, float cx, float cy, float x, float y,
             void*) {
  outline(d).add(cx, cy, false);
  outline(d).add(x, y, true);
}
void cubic_to(hb_draw_funcs_t*, void* d, hb_draw_state_t* st, float c1x, float c1y, float c2x,
              float c2y, float x, float y, void*) {
  std::vector<QuadPoint> q =
      cubic_to_quads({st->current_x, st->current_y}, {c1x, c1y}, {c2x, c2y}, {x, y});
  for (size_t i = 0; i < q.size(); ++i) outline(d).add(q[i].x, q[i].y, i % 2 == 1);
}

}  // namespace

std::vector<QuadPoint> cubic_to_quads(QuadPoint p0, QuadPoint p1, QuadPoint p2, QuadPoint p3,
                                      double tolerance) {
  const double dx = p3.x - 3 * p2.x + 3 * p1.x - p0.x, dy = p3.y - 3 * p2.y + 3 * p1.y - p0.y;
  const double err1 = kMidpointErrorFactor * std::hypot(dx, dy);  // error with one piece
  int n = err1 <= tolerance ? 1 : static_cast<int>(std::ceil(std::cbrt(err1 / tolerance)));
  n = std::clamp(n, 1, kMaxQuadPieces);
  auto at = [&](double t) {  // point and derivative of the cubic
    const double u = 1 - t;
    QuadPoint p{u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
                u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y};
    QuadPoint v{3 * (u * u * (p1.x - p0.x) + 2 * u * t * (p2.x - p1.x) + t * t * (p3.x - p2.x)),
                3 * (u * u * (p1.y - p0.y) + 2 * u * t * (p2.y - p1.y) + t * t * (p3.y - p2.y))};
    return std::pair{p, v};
  };
  std::vector<QuadPoint> out;
  for (int i = 0; i < n; ++i) {
    const double a = double(i) / n, b = double(i + 1) / n, h = (b - a) / 3;
    auto [q0, v0] = at(a);
    auto [q3, v3] = at(b);
    if (i == 0) q0 = p0;
    if (i == n - 1) q3 = p3;
    const QuadPoint q1{q0.x + h * v0.x, q0.y + h * v0.y}, q2{q3.x - h * v3.x, q3.y - h * v3.y};
    out.push_back(
        {(3 * (q1.x + q2.x) - (q0.x + q3.x)) / 4, (3 * (q1.y + q2.y) - (q0.y + q3.y)) / 4});
    out.push_back(q3);
  }
  return out;
}

namespace {

// Big-endian output.
struct Bytes {
  std::string s;
  void u8(unsigned v) { s += static_cast<char>(v & 0xFF); }
  void u16(unsigned v) { u8(v >> 8), u8(v); }
  void u32(std::uint32_t v) { u16(v >> 16), u16(v); }
  void pad4() {
    while (s.size() % 4) s += '\0';
  }
};

void put16(std::string& s, size_t off, int v) {
  s[off] = static_cast<char>((v >> 8) & 0xFF);
  s[off + 1] = static_cast<char>(v & 0xFF);
}

std::string table_bytes(hb_face_t* face, hb_tag_t tag) {
  hb_blob_t* b = hb_face_reference_table(face, tag);
  unsigned n = 0;
  const char* d = hb_blob_get_data(b, &n);
  std::string out(d ? d : "", n);
  hb_blob_destroy(b);
  return out;
}

struct Box {
  int x0 = INT_MAX, y0 = INT_MAX, x1 = INT_MIN, y1 = INT_MIN;
  bool empty() const { return x0 > x1; }
  void add(const Pt& p) {
    x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
  }
};

// Closes and cleans a contour; an on-curve point halfway between two controls is implied
// in TrueType, so it is dropped. The first point stays (on-curve).
Contour truetype_contour(Contour c) {
  if (c.size() > 1 && c.back() == c.front()) c.pop_back();  // the closing line's end
  Contour out;
  for (const Pt& p : c)
    if (out.empty() || !(p.on && out.back().on && p == out.back())) out.push_back(p);
  Contour lean;
  for (size_t i = 0; i < out.size(); ++i) {
    const Pt& p = out[i];
    const Pt& a = out[(i + out.size() - 1) % out.size()];
    const Pt& b = out[(i + 1) % out.size()];
    bool implied = i > 0 && p.on && !a.on && !b.on && 2 * p.x == a.x + b.x && 2 * p.y == a.y + b.y;
    if (!implied) lean.push_back(p);
  }
  return lean;
}

// TrueType runs outer contours clockwise (counters the other way). CFF fonts differ (Type 1
// says counter-clockwise; Noto CJK's CFF runs clockwise), so the glyph's net signed area
// decides: counter-clockwise overall → reverse every contour, keeping its first point.
void orient_clockwise(std::vector<Contour>& contours) {
  double area2 = 0;
  for (const Contour& c : contours)
    for (size_t i = 0; i < c.size(); ++i) {
      const Pt& a = c[i];
      const Pt& b = c[(i + 1) % c.size()];
      area2 += static_cast<double>(a.x) * b.y - static_cast<double>(b.x) * a.y;
    }
  if (area2 <= 0) return;
  for (Contour& c : contours) std::reverse(c.begin() + 1, c.end());
}

// One glyf entry (empty when the glyph has no outline).
std::string encode_glyph(const std::vector<Contour>& contours, Box& box) {
  size_t points = 0;
  for (const Contour& c : contours) {
    for (const Pt& p : c) box.add(p);
    points += c.size();
  }
  if (points == 0) return {};
  if (box.x0 < -32768 || box.y0 < -32768 || box.x1 > 32767 || box.y1 > 32767)
    throw Error("glyph outline exceeds the TrueType coordinate range");
  Bytes g, xs, ys;
  g.u16(static_cast<unsigned>(contours.size()));
  for (int v : {box.x0, box.y0, box.x1, box.y1}) g.u16(static_cast<unsigned>(v));
  size_t end = 0;
  for (const Contour& c : contours) g.u16(static_cast<unsigned>((end += c.size()) - 1));
  g.u16(0);  // no instructions
  std::vector<unsigned> flags;
  int px = 0, py = 0;
  auto coord = [](int d, unsigned short_bit, unsigned same_bit, Bytes& out) -> unsigned {
    if (d == 0) return same_bit;
    if (std::abs(d) < 256)
      return out.u8(static_cast<unsigned>(std::abs(d))), short_bit | (d > 0 ? same_bit : 0);
    out.u16(static_cast<unsigned>(d));
    return 0;
  };
  for (const Contour& c : contours)
    for (const Pt& p : c) {
      unsigned f = p.on ? 0x01 : 0x00;
      f |= coord(p.x - px, 0x02, 0x10, xs);
      f |= coord(p.y - py, 0x04, 0x20, ys);
      flags.push_back(f);
      px = p.x, py = p.y;
    }
  for (size_t i = 0; i < flags.size();) {  // run-length: flag | 8, repeat count
    size_t j = i + 1;
    while (j < flags.size() && flags[j] == flags[i] && j - i - 1 < 255) ++j;
    size_t repeat = j - i - 1;
    if (repeat >= 2) {
      g.u8(flags[i] | 0x08), g.u8(static_cast<unsigned>(repeat));
    } else {
      for (size_t k = i; k < j; ++k) g.u8(flags[i]);
    }
    i = j;
  }
  return g.s + xs.s + ys.s;
}

std::uint32_t checksum(const std::string& t) {
  std::uint32_t sum = 0;
  for (size_t i = 0; i < t.size(); i += 4) {
    std::uint32_t v = 0;
    for (size_t k = 0; k < 4; ++k)
      v = v << 8 | (i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u);
    sum += v;
  }
  return sum;
}

// The sfnt container: table directory (tags sorted), 4-byte aligned tables, and head's
// checkSumAdjustment.
std::string sfnt(std::vector<std::pair<std::string, std::string>> tables) {
  std::sort(tables.begin(), tables.end());
  const unsigned n = static_cast<unsigned>(tables.size());
  unsigned pow2 = 1, log2 = 0;
  while (pow2 * 2 <= n) pow2 *= 2, ++log2;
  Bytes dir;
  dir.u32(0x00010000), dir.u16(n), dir.u16(pow2 * 16), dir.u16(log2), dir.u16(n * 16 - pow2 * 16);
  std::uint32_t offset = 12 + 16 * n;
  Bytes body;
  size_t head_at = 0;
  for (auto& [tag, data] : tables) {
    dir.s += tag;
    dir.u32(checksum(data)), dir.u32(offset), dir.u32(static_cast<std::uint32_t>(data.size()));
    if (tag == "head") head_at = 12 + 16 * n + body.s.size();
    body.s += data;
    body.pad4();
    offset = static_cast<std::uint32_t>(12 + 16 * n + body.s.size());
  }
  std::string font = dir.s + body.s;
  const std::uint32_t adjust = 0xB1B0AFBAu - checksum(font);
  for (int k = 0; k < 4; ++k) font[head_at + 8 + k] = static_cast<char>(adjust >> (24 - 8 * k));
  return font;
}

hb_draw_funcs_t* draw_funcs() {
  static HbDrawFuncs funcs([] {
    hb_draw_funcs_t* f = hb_draw_funcs_create();
    hb_draw_funcs_set_move_to_func(f, move_to, nullptr, nullptr);
    hb_draw_funcs_set_line_to_func(f, line_to, nullptr, nullptr);
    hb_draw_funcs_set_quadratic_to_func(f, quad_to, nullptr, nullptr);
    hb_draw_funcs_set_cubic_to_func(f, cubic_to, nullptr, nullptr);
    hb_draw_funcs_make_immutable(f);
    return f;
  }());
  return funcs.get();
}

}  // namespace

std::string build_glyf_font(hb_face_t* face, hb_font_t* font,
                            const std::vector<std::uint32_t>& gids) {
  if (gids.empty() || gids.size() > 65535) throw Error("glyf font: bad glyph count");
  const unsigned n = static_cast<unsigned>(gids.size());
  std::string head = table_bytes(face, HB_TAG('h', 'e', 'a', 'd'));
  std::string hhea = table_bytes(face, HB_TAG('h', 'h', 'e', 'a'));
  if (head.size() < 54 || hhea.size() < 36) throw Error("font has no head/hhea table");
  head.resize(54), hhea.resize(36);
  std::string vhea = table_bytes(face, HB_TAG('v', 'h', 'e', 'a'));
  if (vhea.size() < 36) {  // synthesised: half an em either side of the centre line
    const int half = static_cast<int>(hb_face_get_upem(face) / 2);
    vhea.assign(36, '\0');
    put16(vhea, 0, 1), put16(vhea, 2, 0x1000), put16(vhea, 4, half), put16(vhea, 6, -half);
    put16(vhea, 18, 1);  // caretSlopeRun: a horizontal caret
  }
  vhea.resize(36);

  Bytes glyf, loca, hmtx, vmtx;
  Box all;
  unsigned max_points = 0, max_contours = 0, adv_max = 0, vadv_max = 0;
  int min_lsb = INT_MAX, min_rsb = INT_MAX, x_extent = INT_MIN;
  int min_tsb = INT_MAX, min_bsb = INT_MAX, y_extent = INT_MIN;
  for (std::uint32_t gid : gids) {
    Outline o;
    hb_font_get_glyph_shape(font, gid, draw_funcs(), &o);
    std::vector<Contour> contours;
    unsigned points = 0;
    for (Contour& c : o.contours) {
      Contour t = truetype_contour(std::move(c));
      if (t.size() < 2) continue;
      points += static_cast<unsigned>(t.size());
      contours.push_back(std::move(t));
    }
    orient_clockwise(contours);
    Box box;
    loca.u32(static_cast<std::uint32_t>(glyf.s.size()));
    glyf.s += encode_glyph(contours, box);
    glyf.pad4();
    max_points = std::max(max_points, points);
    max_contours = std::max(max_contours, static_cast<unsigned>(contours.size()));

    const int adv = static_cast<int>(std::lround(hb_font_get_glyph_h_advance(font, gid)));
    const int vadv = static_cast<int>(std::lround(-hb_font_get_glyph_v_advance(font, gid)));
    hb_position_t ox = 0, oy = 0;
    hb_font_get_glyph_v_origin(font, gid, &ox, &oy);
    const int lsb = box.empty() ? 0 : box.x0, tsb = box.empty() ? 0 : oy - box.y1;
    hmtx.u16(static_cast<unsigned>(std::max(adv, 0))), hmtx.u16(static_cast<unsigned>(lsb));
    vmtx.u16(static_cast<unsigned>(std::max(vadv, 0))), vmtx.u16(static_cast<unsigned>(tsb));
    adv_max = std::max(adv_max, static_cast<unsigned>(std::max(adv, 0)));
    vadv_max = std::max(vadv_max, static_cast<unsigned>(std::max(vadv, 0)));
    if (!box.empty()) {
      all.add({box.x0, box.y0}), all.add({box.x1, box.y1});
      min_lsb = std::min(min_lsb, lsb), min_rsb = std::min(min_rsb, adv - box.x1);
      x_extent = std::max(x_extent, box.x1);
      min_tsb = std::min(min_tsb, tsb), min_bsb = std::min(min_bsb, vadv - tsb - (box.y1 - box.y0));
      y_extent = std::max(y_extent, tsb + box.y1 - box.y0);
    }
  }
  loca.u32(static_cast<std::uint32_t>(glyf.s.size()));
  if (all.empty())
    all = Box{0, 0, 0, 0}, min_lsb = min_rsb = x_extent = 0, min_tsb = min_bsb = y_extent = 0;

  for (int k = 8; k < 12; ++k) head[k] = 0;  // checkSumAdjustment, set by sfnt()
  put16(head, 36, all.x0), put16(head, 38, all.y0), put16(head, 40, all.x1),
      put16(head, 42, all.y1);
  put16(head, 50, 1), put16(head, 52, 0);  // long loca, glyf format 0
  put16(hhea, 10, static_cast<int>(adv_max)), put16(hhea, 12, min_lsb), put16(hhea, 14, min_rsb);
  put16(hhea, 16, x_extent), put16(hhea, 34, static_cast<int>(n));
  put16(vhea, 8, static_cast<int>(vadv_max)), put16(vhea, 10, min_tsb), put16(vhea, 12, min_bsb);
  put16(vhea, 14, y_extent), put16(vhea, 34, static_cast<int>(n));

  Bytes maxp;  // version 1.0: no instructions, two zones
  maxp.u32(0x00010000), maxp.u16(n), maxp.u16(max_points), maxp.u16(max_contours);
  maxp.u16(0), maxp.u16(0), maxp.u16(2);
  for (int k = 0; k < 9; ++k) maxp.u16(0);
  std::string post = table_bytes(face, HB_TAG('p', 'o', 's', 't'));
  post.resize(32, '\0');
  post[0] = 0, post[1] = 3, post[2] = 0, post[3] = 0;  // version 3: no glyph names

  std::vector<std::pair<std::string, std::string>> tables = {
      {"head", head},   {"hhea", hhea}, {"hmtx", hmtx.s}, {"maxp", maxp.s}, {"loca", loca.s},
      {"glyf", glyf.s}, {"post", post}, {"vhea", vhea},   {"vmtx", vmtx.s}};
  std::string os2 = table_bytes(face, HB_TAG('O', 'S', '/', '2'));
  if (!os2.empty()) tables.emplace_back("OS/2", os2);
  return sfnt(std::move(tables));
}

}  // namespace wz::pdf
