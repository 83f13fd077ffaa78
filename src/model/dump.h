// model/dump: the document model as text, one line per element, for golden tests and
// for `wenzhai dump`. Stable and diff-friendly; source positions are optional so that a
// model built from a raw page and one built from its structured source compare equal.
#pragma once
#include <string>
#include <vector>

#include "model/document.h"

namespace wz::model {

struct DumpOptions {
  bool positions = false;  // append "@file:line" to each block
};

std::string dump(const Digest& d, const DumpOptions& opt = {});
std::string dump(const std::vector<Article>& articles, const DumpOptions& opt = {});

}  // namespace wz::model
