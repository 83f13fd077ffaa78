#include "ingest/ingest.h"
namespace wz::ingest {
std::string write_structured(const std::vector<model::Article>&) {
  return "";
}
}  // namespace wz::ingest
