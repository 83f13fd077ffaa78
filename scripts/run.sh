#!/usr/bin/env bash
# Set up (if needed), build, and compile the bundled sample digest into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build/wenzhai build samples/digest.toml -o output
