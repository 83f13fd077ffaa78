#include "ingest/report.h"

#include <cstdio>

namespace wz::ingest {

const char* to_string(Doubt::Kind k) {
  switch (k) {
    case Doubt::Kind::Role:
      return "role";
    case Doubt::Kind::Boundary:
      return "boundary";
    case Doubt::Kind::Join:
      return "join";
    case Doubt::Kind::Missing:
      return "missing";
    case Doubt::Kind::Fragment:
      return "fragment";
    case Doubt::Kind::Furniture:
      return "furniture";
  }
  return "?";
}

std::string margin_text(double margin) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", margin);
  return b;
}

}  // namespace wz::ingest
