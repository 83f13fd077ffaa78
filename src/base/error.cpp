#include "base/error.h"

namespace wz {

std::string SourcePos::str() const {
  std::string s = file;
  if (line > 0) {
    s += ":" + std::to_string(line);
    if (column > 0) s += ":" + std::to_string(column);
  } else if (byte >= 0) {
    s += ": byte " + std::to_string(byte);
  }
  return s;
}

}  // namespace wz
