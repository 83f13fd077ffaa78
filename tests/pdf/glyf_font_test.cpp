// pdf/glyf_font: cubic → quadratic conversion stays within its tolerance, and the TrueType
// program built from Noto Serif CJK's CFF outlines has the same shapes and metrics
// (checked by reading it back with HarfBuzz).
#include "pdf/glyf_font.h"

#include <gtest/gtest.h>
#include <hb.h>

#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pdf_test_util.h"

using namespace wz;
using wz::pdf::QuadPoint;

namespace {

QuadPoint cubic_at(QuadPoint p0, QuadPoint p1, QuadPoint p2, QuadPoint p3, double t) {
  const double u = 1 - t;
  return {u * u * u * p0.x + 3 * u * u * t * p1.x + 3 * u * t * t * p2.x + t * t * t * p3.x,
          u * u * u * p0.y + 3 * u * u * t * p1.y + 3 * u * t * t * p2.y + t * t * t * p3.y};
}

QuadPoint quad_at(QuadPoint a, QuadPoint c, QuadPoint b, double t) {
  const double u = 1 - t;
  return {u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y};
}

// Largest distance from the cubic to the spline, both sampled densely.
double max_gap(QuadPoint p0, QuadPoint p1, QuadPoint p2, QuadPoint p3,
               const std::vector<QuadPoint>& q) {
  std::vector<QuadPoint> spline;
  QuadPoint from = p0;
  for (size_t i = 0; i + 1 < q.size(); i += 2) {
    for (int k = 0; k <= 400; ++k) spline.push_back(quad_at(from, q[i], q[i + 1], k / 400.0));
    from = q[i + 1];
  }
  double worst = 0;
  for (int k = 0; k <= 400; ++k) {
    QuadPoint c = cubic_at(p0, p1, p2, p3, k / 400.0);
    double best = 1e9;
    for (const QuadPoint& s : spline) best = std::min(best, std::hypot(c.x - s.x, c.y - s.y));
    worst = std::max(worst, best);
  }
  return worst;
}

TEST(PdfGlyfFont, CubicToQuadsStaysWithinTolerance) {
  struct Case {
    QuadPoint p0, p1, p2, p3;
  };
  const Case cases[] = {
      {{0, 0}, {0, 552}, {448, 1000}, {1000, 1000}},     // a quarter circle, em-sized
      {{0, 0}, {300, 400}, {600, -400}, {900, 0}},       // S-curve (inflection)
      {{100, 100}, {110, 120}, {118, 135}, {120, 140}},  // short, nearly straight
  };
  for (const Case& c : cases) {
    std::vector<QuadPoint> q = pdf::cubic_to_quads(c.p0, c.p1, c.p2, c.p3);
    ASSERT_GE(q.size(), 2u);
    ASSERT_EQ(q.size() % 2, 0u);
    EXPECT_DOUBLE_EQ(q.back().x, c.p3.x);
    EXPECT_DOUBLE_EQ(q.back().y, c.p3.y);
    EXPECT_LE(max_gap(c.p0, c.p1, c.p2, c.p3, q), pdf::kQuadTolerance + 0.01);
  }
  // A cubic that is really a quadratic (control 300,600 raised) is exactly one piece.
  std::vector<QuadPoint> q = pdf::cubic_to_quads({0, 0}, {200, 400}, {400, 400}, {600, 0});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_NEAR(q[0].x, 300, 1e-9);
  EXPECT_NEAR(q[0].y, 600, 1e-9);
}

struct BlobDel {
  void operator()(hb_blob_t* b) const { hb_blob_destroy(b); }
};
struct FaceDel {
  void operator()(hb_face_t* f) const { hb_face_destroy(f); }
};
struct FontDel {
  void operator()(hb_font_t* f) const { hb_font_destroy(f); }
};
struct FuncsDel {
  void operator()(hb_draw_funcs_t* f) const { hb_draw_funcs_destroy(f); }
};

// An outline flattened to points (curves sampled every ~0.5 unit or closer), plus its
// signed area (positive: counter-clockwise; TrueType wants clockwise outer contours).
struct Flat {
  std::vector<QuadPoint> pts;
  double area = 0;
  int contours = 0;
  QuadPoint start;
  void to(QuadPoint from, QuadPoint p) {
    pts.push_back(p);
    area += (from.x * p.y - p.x * from.y) / 2;
  }
};

void sample(Flat& f, hb_draw_state_t* st, int n, auto at) {
  QuadPoint prev{st->current_x, st->current_y};
  for (int k = 1; k <= n; ++k) {
    QuadPoint p = at(double(k) / n);
    f.to(prev, p);
    prev = p;
  }
}

std::unique_ptr<hb_draw_funcs_t, FuncsDel> flat_funcs() {
  hb_draw_funcs_t* fs = hb_draw_funcs_create();
  hb_draw_funcs_set_move_to_func(
      fs,
      [](hb_draw_funcs_t*, void* d, hb_draw_state_t*, float x, float y, void*) {
        auto& f = *static_cast<Flat*>(d);
        f.pts.push_back({x, y}), ++f.contours;
      },
      nullptr, nullptr);
  hb_draw_funcs_set_line_to_func(
      fs,
      [](hb_draw_funcs_t*, void* d, hb_draw_state_t* st, float x, float y, void*) {
        sample(*static_cast<Flat*>(d), st, 2000, [&](double t) {
          return QuadPoint{st->current_x + t * (x - st->current_x),
                           st->current_y + t * (y - st->current_y)};
        });
      },
      nullptr, nullptr);
  hb_draw_funcs_set_quadratic_to_func(
      fs,
      [](hb_draw_funcs_t*, void* d, hb_draw_state_t* st, float cx, float cy, float x, float y,
         void*) {
        QuadPoint a{st->current_x, st->current_y};
        sample(*static_cast<Flat*>(d), st, 2000, [&](double t) {
          return quad_at(a, {cx, cy}, {x, y}, t);
        });
      },
      nullptr, nullptr);
  hb_draw_funcs_set_cubic_to_func(
      fs,
      [](hb_draw_funcs_t*, void* d, hb_draw_state_t* st, float c1x, float c1y, float c2x, float c2y,
         float x, float y, void*) {
        QuadPoint a{st->current_x, st->current_y};
        sample(*static_cast<Flat*>(d), st, 2000, [&](double t) {
          return cubic_at(a, {c1x, c1y}, {c2x, c2y}, {x, y}, t);
        });
      },
      nullptr, nullptr);
  return std::unique_ptr<hb_draw_funcs_t, FuncsDel>(fs);
}

Flat flatten(hb_font_t* font, hb_codepoint_t gid) {
  auto fs = flat_funcs();
  Flat f;
  hb_font_get_glyph_shape(font, gid, fs.get(), &f);
  return f;
}

// Largest distance from a point of `a` to the nearest point of `b` (grid of 4-unit cells).
double outline_gap(const Flat& a, const Flat& b) {
  std::map<std::pair<int, int>, std::vector<QuadPoint>> grid;
  for (const QuadPoint& p : b.pts)
    grid[{static_cast<int>(std::floor(p.x / 4)), static_cast<int>(std::floor(p.y / 4))}].push_back(
        p);
  double worst = 0;
  for (const QuadPoint& p : a.pts) {
    const int gx = static_cast<int>(std::floor(p.x / 4)),
              gy = static_cast<int>(std::floor(p.y / 4));
    double best = 1e9;
    for (int dx = -1; dx <= 1; ++dx)
      for (int dy = -1; dy <= 1; ++dy) {
        auto it = grid.find({gx + dx, gy + dy});
        if (it == grid.end()) continue;
        for (const QuadPoint& q : it->second)
          best = std::min(best, std::hypot(p.x - q.x, p.y - q.y));
      }
    worst = std::max(worst, best);
  }
  return worst;
}

TEST(PdfGlyfFont, NotoOutlinesAndMetricsSurviveTheConversion) {
  auto song = pdf::test::find_face("Noto Serif CJK SC");
  if (!song) GTEST_SKIP() << "Noto Serif CJK SC not installed";
  std::unique_ptr<hb_blob_t, BlobDel> blob(hb_blob_create_from_file_or_fail(song->path.c_str()));
  ASSERT_TRUE(blob);
  std::unique_ptr<hb_face_t, FaceDel> face(hb_face_create(blob.get(), song->index));
  std::unique_ptr<hb_font_t, FontDel> font(hb_font_create(face.get()));
  // .notdef, then 永 〇 ， and the vertical 2-em dash (CID 65028, advance 2000).
  std::vector<std::uint32_t> gids{0};
  for (hb_codepoint_t u : {0x6C38u, 0x3007u, 0xFF0Cu}) {
    hb_codepoint_t g = 0;
    ASSERT_TRUE(hb_font_get_nominal_glyph(font.get(), u, &g));
    gids.push_back(g);
  }
  gids.push_back(65028);

  std::string sfnt = pdf::build_glyf_font(face.get(), font.get(), gids);
  std::unique_ptr<hb_blob_t, BlobDel> out(hb_blob_create(
      sfnt.data(), static_cast<unsigned>(sfnt.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  std::unique_ptr<hb_face_t, FaceDel> tt(hb_face_create(out.get(), 0));
  std::unique_ptr<hb_font_t, FontDel> ttf(hb_font_create(tt.get()));
  ASSERT_EQ(hb_face_get_glyph_count(tt.get()), gids.size());
  EXPECT_EQ(hb_face_get_upem(tt.get()), 1000u);
  for (unsigned i = 1; i < gids.size(); ++i) {
    SCOPED_TRACE("gid " + std::to_string(gids[i]));
    EXPECT_EQ(hb_font_get_glyph_h_advance(ttf.get(), i),
              hb_font_get_glyph_h_advance(font.get(), gids[i]));
    EXPECT_EQ(hb_font_get_glyph_v_advance(ttf.get(), i),
              hb_font_get_glyph_v_advance(font.get(), gids[i]));
    Flat cff = flatten(font.get(), gids[i]), glyf = flatten(ttf.get(), i);
    EXPECT_EQ(glyf.contours, cff.contours);
    EXPECT_LT(glyf.area, 0) << "TrueType outer contours run clockwise";
    EXPECT_NEAR(std::abs(glyf.area), std::abs(cff.area), 0.002 * std::abs(cff.area));
    // Tolerance + rounding to integers + sampling.
    EXPECT_LT(outline_gap(cff, glyf), pdf::kQuadTolerance + 0.75);
    EXPECT_LT(outline_gap(glyf, cff), pdf::kQuadTolerance + 0.75);
  }
  EXPECT_EQ(hb_font_get_glyph_v_advance(ttf.get(), 4), -2000);  // the 2-em dash, from vmtx
}

}  // namespace
