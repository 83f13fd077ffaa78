// base/suggest: the nearest word within a typo's distance, or none.
#include "base/suggest.h"

#include <gtest/gtest.h>

namespace {

TEST(Suggest, EditDistanceIgnoresAsciiCase) {
  EXPECT_EQ(wz::edit_distance("build", "build"), 0u);
  EXPECT_EQ(wz::edit_distance("biuld", "build"), 2u);
  EXPECT_EQ(wz::edit_distance("Noto serif cjk sc", "Noto Serif CJK SC"), 0u);
  EXPECT_EQ(wz::edit_distance("", "abc"), 3u);
}

TEST(Suggest, NearestWithinATyposDistance) {
  const std::vector<std::string> keys = {"title", "subtitle", "editor", "publisher", "date"};
  EXPECT_EQ(wz::nearest("editr", keys), "editor");
  EXPECT_EQ(wz::nearest("titel", keys), "title");
  EXPECT_EQ(wz::nearest("frobnicate", keys), "");
  EXPECT_EQ(wz::nearest("x", {"a"}), "");  // one letter for another is no typo
  EXPECT_EQ(wz::nearest("Noto Serif CJK", {"Noto Sans CJK SC", "Noto Serif CJK SC"}),
            "Noto Serif CJK SC");
  EXPECT_EQ(wz::did_you_mean("digest-a5", {"book-a5", "digest-a4"}),
            "; did you mean 'digest-a4'?");
  EXPECT_EQ(wz::did_you_mean("zzz", {"build"}), "");
}

}  // namespace
