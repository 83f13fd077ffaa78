#include <gtest/gtest.h>
#include "ingest/ingest.h"
TEST(Smoke, One) { EXPECT_NO_THROW(wz::ingest::read_raw_page("标题\n\n正文。", "x", {})); }
