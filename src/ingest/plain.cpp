#include "ingest/ingest.h"

namespace wz::ingest {

std::string write_plain_text(const std::vector<model::Article>& articles) {
  std::string out;
  for (const auto& a : articles) {
    if (!out.empty()) out += "\n";
    for (const std::string* s : {&a.head.kicker, &a.head.headline, &a.head.subheadline})
      if (!s->empty()) out += *s + "\n";
    for (const auto& b : a.blocks) out += model::plain_text(b.text) + "\n";
  }
  return out;
}

}  // namespace wz::ingest
