#include "pdf/deflate.h"

#include <zlib.h>

#include "base/error.h"

namespace wz::pdf {

std::string deflate_bytes(std::string_view in, int level) {
  uLongf cap = compressBound(static_cast<uLong>(in.size()));
  std::string out(cap, '\0');
  int rc =
      compress2(reinterpret_cast<Bytef*>(out.data()), &cap,
                reinterpret_cast<const Bytef*>(in.data()), static_cast<uLong>(in.size()), level);
  if (rc != Z_OK) throw Error("zlib compress2 failed (" + std::to_string(rc) + ")");
  out.resize(cap);
  return out;
}

}  // namespace wz::pdf
