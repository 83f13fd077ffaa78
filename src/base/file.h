// base/file: reading inputs (outputs are written by base/output.h, included here).
// Consumes: paths. Produces: file contents (read_file): a regular file's bytes, or an
// error naming the file and the real cause (missing, a directory, not a regular file).
#pragma once
#include <string>
#include <string_view>

#include "base/output.h"

namespace wz {

// Whole file as bytes; throws wz::Error naming the path when it cannot be read.
std::string read_file(const std::string& path);

// SOURCE_DATE_EPOCH when set and valid, otherwise `fallback`.
long long source_date_epoch(long long fallback);

}  // namespace wz
