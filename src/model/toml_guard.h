// model/toml_guard: what toml++ 3.3.0 (Debian 12) must not be given.
// Consumes: the text of a manifest or layout file. Produces: nothing, or a wz::Error
// naming the file and line. toml++ reaches an assertion (in a build with assertions) or
// TOML_UNREACHABLE (in Release: undefined behaviour) on a table header whose first
// character is neither a bare-key character nor a quote ("[×", "[\0"), and TOML allows no
// NUL byte anywhere; both are refused here before toml++ sees the text, so that wenzhai
// does not depend on how the distribution built the header-only library.
#pragma once
#include <string>
#include <string_view>

namespace wz::model {

void guard_toml(std::string_view text, const std::string& file);

}  // namespace wz::model
