// The type area sits on a character grid: whole characters per column, whole grid lines.
#include <gtest/gtest.h>

#include <cmath>

#include "base/file.h"
#include "model/layout.h"
#include "typeset/page/geometry.h"

using namespace wz;

TEST(Geometry, DigestA4IsOnTheCharacterGrid) {
  std::string f = std::string(WZ_SOURCE_DIR) + "/layouts/digest-a4.toml";
  auto L = model::parse_layout(read_file(f), f);
  auto g = typeset::make_geometry(L);
  EXPECT_NEAR(g.page_w, 595.28, 0.01);
  EXPECT_NEAR(g.page_h, 841.89, 0.01);
  EXPECT_DOUBLE_EQ(g.column_w, 22 * 10.5);           // 22 characters of 五号
  EXPECT_DOUBLE_EQ(g.gutter, 2 * 10.5);
  EXPECT_DOUBLE_EQ(g.area_w, 2 * 22 * 10.5 + 21);
  EXPECT_DOUBLE_EQ(g.pitch, 10.5 * 1.7);
  // The type area fits inside the margins and is centred in them.
  EXPECT_GE(g.area_x, L.margin_inner * typeset::kPtPerMm - 1e-9);
  EXPECT_LE(g.area_y + g.area_h, g.page_h - L.margin_bottom * typeset::kPtPerMm + 1e-9);
  // Rows are whole grid lines: baselines are pitch apart.
  EXPECT_NEAR(g.baseline(3) - g.baseline(2), g.pitch, 1e-9);
  EXPECT_GT(g.rows, 35);
}

TEST(Geometry, CharsPerLineClampedToWhatFits) {
  auto L = model::parse_layout("[grid]\ncolumns = 1\nchars_per_line = 200\n", "x.toml");
  auto g = typeset::make_geometry(L);
  double avail = (L.page_width - L.margin_inner - L.margin_outer) * typeset::kPtPerMm;
  EXPECT_LE(g.column_w, avail);
  EXPECT_DOUBLE_EQ(std::fmod(g.column_w, L.body_size), 0.0);
}
