#include "cli/cli.h"

#include <iostream>

namespace wz::cli {
int run(int argc, char** argv) {
  std::cerr << "wenzhai: not yet\n";
  return 1;
}
}  // namespace wz::cli
