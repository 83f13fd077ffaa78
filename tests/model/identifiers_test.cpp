// ISBN and ISSN check digits and their normalised forms (model/identifiers.h).
#include "model/identifiers.h"

#include <gtest/gtest.h>

namespace wz::model {
namespace {

TEST(Identifiers, IsbnThirteenAndTenNormalise) {
  std::string why;
  EXPECT_EQ(normalize_isbn("978-0-306-40615-7", why), "9780306406157");
  EXPECT_EQ(normalize_isbn("0-306-40615-2", why), "9780306406157");  // ISBN-10 → 13
  EXPECT_EQ(normalize_isbn("0 8044 2957 X", why), "9780804429573");  // X check digit
}

TEST(Identifiers, IsbnWrongCheckDigitSaysTheRightOne) {
  std::string why;
  EXPECT_EQ(normalize_isbn("978-0-306-40615-8", why), "");
  EXPECT_NE(why.find("should be 7"), std::string::npos) << why;
  EXPECT_EQ(normalize_isbn("978-0-306", why), "");
  EXPECT_NE(why.find("10 or 13"), std::string::npos) << why;
  EXPECT_EQ(normalize_isbn("97803X6406157", why), "");  // X only as the last character
}

TEST(Identifiers, IssnCheckDigit) {
  std::string why;
  EXPECT_EQ(normalize_issn("0317-8471", why), "0317-8471");
  EXPECT_EQ(normalize_issn("2049 3630", why), "2049-3630");
  EXPECT_EQ(normalize_issn("0000-006X", why), "0000-006X");
  EXPECT_EQ(normalize_issn("0317-8472", why), "");
  EXPECT_NE(why.find("should be 1"), std::string::npos) << why;
}

}  // namespace
}  // namespace wz::model
