// Test helpers for the ingest stage: model comparison without positions, page fixtures.
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace wz::ingest::test {

inline std::vector<model::Article> page(const std::string& text, Options opt = {}) {
  return read_raw_page(text, "test.txt", opt);
}

inline std::string body(const model::Article& a, size_t i) {
  size_t n = 0;
  for (const auto& b : a.blocks) {
    if (b.kind != model::BlockKind::Paragraph) continue;
    if (n++ == i) return model::plain_text(b.text);
  }
  return "<none>";
}

inline std::vector<model::BlockKind> kinds(const model::Article& a) {
  std::vector<model::BlockKind> k;
  for (const auto& b : a.blocks) k.push_back(b.kind);
  return k;
}

// Articles equal in every field except source positions (spans included).
inline void expect_same(const std::vector<model::Article>& x,
                        const std::vector<model::Article>& y) {
  ASSERT_EQ(x.size(), y.size());
  for (size_t i = 0; i < x.size(); ++i) {
    SCOPED_TRACE("article " + std::to_string(i) + " " + x[i].head.headline);
    EXPECT_EQ(x[i].kind, y[i].kind);
    EXPECT_EQ(x[i].genre, y[i].genre);
    EXPECT_EQ(x[i].head.kicker, y[i].head.kicker);
    EXPECT_EQ(x[i].head.headline, y[i].head.headline);
    EXPECT_EQ(x[i].head.subheadline, y[i].head.subheadline);
    ASSERT_EQ(x[i].blocks.size(), y[i].blocks.size());
    for (size_t k = 0; k < x[i].blocks.size(); ++k) {
      EXPECT_EQ(x[i].blocks[k].kind, y[i].blocks[k].kind) << "block " << k;
      EXPECT_EQ(x[i].blocks[k].text, y[i].blocks[k].text) << "block " << k;
    }
  }
}

}  // namespace wz::ingest::test
