// ingest/json: minimal JSON text output for `wenzhai segment --format json`.
// Consumes strings; produces JSON string literals with RFC 8259 escaping.
#pragma once
#include <string>
#include <string_view>

namespace wz::ingest {

// "…" with ", \, control characters escaped; other UTF-8 passes through unchanged.
std::string json_string(std::string_view s);

}  // namespace wz::ingest
