#!/usr/bin/env bash
# Fuzz wenzhai's readers: build the libFuzzer targets of tests/fuzz with clang (ASan +
# UBSan, -DWZ_FUZZ=ON) in build-fuzz/ and run each for SECONDS (default 60) from its seed
# corpus in tests/fuzz/corpus/<target> (new inputs go to build-fuzz/corpus/<target>).
#   scripts/fuzz.sh [SECONDS] [TARGET...]   targets: raw_ingest markdown manifest layout
# Exits non-zero on a finding (the crashing input is saved as build-fuzz/crash-*).
# Skips, with a note, when clang++ or its libFuzzer runtime is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(raw_ingest markdown manifest layout)
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not installed: fuzzing skipped"
  exit 0
fi
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long){return 0;}' |
  clang++ -x c++ -fsanitize=fuzzer - -o /tmp/wz-fuzz-probe.$$ 2>/dev/null; then
  echo "fuzz: clang's libFuzzer runtime (libclang-rt-dev) not installed: fuzzing skipped"
  exit 0
fi
rm -f /tmp/wz-fuzz-probe.$$
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_ASM_COMPILER=clang -DWZ_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t"
  echo "fuzz: $t for ${secs}s"
  (cd build-fuzz && "./fuzz_$t" -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 \
    -print_final_stats=1 "corpus/$t" "../tests/fuzz/corpus/$t")
done
