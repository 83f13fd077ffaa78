// wenzhai entry point: everything is in cli/.
#include "cli/cli.h"

int main(int argc, char** argv) { return wz::cli::run(argc, argv); }
