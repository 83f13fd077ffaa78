// model/toml_pos: where a TOML value stands, for the errors of the manifest and layout
// readers. Consumes: a toml++ node (or none) and the dotted key it is the value of.
// Produces: a SourcePos with the file, the value's line and column, and the key.
#pragma once
#include <toml++/toml.h>

#include <string>

#include "base/error.h"

namespace wz::model {

inline SourcePos toml_pos(const std::string& file, const toml::node* n, const std::string& key) {
  SourcePos p{file};
  if (n) {
    p.line = static_cast<int>(n->source().begin.line);
    p.column = static_cast<int>(n->source().begin.column);
  }
  p.key = key;
  return p;
}

}  // namespace wz::model
