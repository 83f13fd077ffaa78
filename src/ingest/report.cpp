#include "ingest/report.h"

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

}  // namespace wz::ingest
