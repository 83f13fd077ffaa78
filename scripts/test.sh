#!/usr/bin/env bash
# Set up (if needed), build, and run the whole test suite through CTest.
# Tests that need ../shared (seeds, gold, judge tools) skip visibly when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cd build
ctest --output-on-failure -j"$(nproc)" "$@"
