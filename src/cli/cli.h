// cli: the wenzhai command line (CLI11): build, segment, dump, layouts.
#pragma once

namespace wz::cli {
int run(int argc, char** argv);
}
