// lang/roles: role words of bylines and credits, with the outlet named before them.
#include <gtest/gtest.h>

#include "lang/roles.h"

using namespace wz::lang;

TEST(Roles, KnownOutletsAndGrades) {
  EXPECT_EQ(role_len(U"本报记者 周舟", 0), 4u);
  EXPECT_EQ(role_len(U"新华社特约记者", 0), 7u);
  EXPECT_EQ(role_len(U"文/宋一苇", 0), 2u);
}

// Any paper, site or station is named by the word its name ends in, but only a role word
// after the name makes it an outlet.
TEST(Roles, AnyOutletBeforeARoleWord) {
  EXPECT_EQ(role_len(U"经济日报记者 刘畅", 0), 6u);
  EXPECT_EQ(role_len(U"江城晚报见习记者", 0), 8u);
  EXPECT_EQ(role_len(U"青溪广播电视台记者", 0), 9u);
  EXPECT_EQ(role_len(U"经济日报 刘畅", 0), 0u);
  EXPECT_EQ(role_len(U"经济日报社长", 0), 0u);
  // A name before 本报 is no outlet (钱 晓 本报记者 周 舟 with its spaces squeezed out).
  EXPECT_EQ(role_len(U"晓本报记者", 0), 0u);
  EXPECT_EQ(role_len(U"晓本报记者", 1), 4u);
}

TEST(Roles, ACountyMediaCentreSignsItsStaffAsAPaperDoes) {
  EXPECT_EQ(role_len(U"融媒记者 李 航 摄", 0), 4u);  // 融媒体中心: 融媒记者 as 本报记者
  EXPECT_EQ(role_len(U"融媒通讯员", 0), 5u);
  EXPECT_EQ(role_len(U"融合发展", 0), 0u);  // no role after it
}

// A paper's reporter for all its outlets: 全媒体记者, 融媒体记者, after any paper's name.
TEST(Roles, AReporterForAllOutlets) {
  EXPECT_EQ(role_len(U"临江日报全媒体记者 周蕾", 0), 9u);
  EXPECT_EQ(role_len(U"本报融媒体记者 林然", 0), 7u);
}
