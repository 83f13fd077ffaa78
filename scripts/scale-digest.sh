#!/usr/bin/env bash
# Write a scale digest: a manifest of N issues (digest-a4), each the three seed pages of
# ../shared/seeds, into DIR (default: a fresh temp directory), and print the manifest's
# path. An issue makes about 13.7 output pages: N=70 gives 957 pages, N=730 gives 9,966.
#   scripts/scale-digest.sh N [DIR]
# Measure with: /usr/bin/time -v build/wenzhai build "$(scripts/scale-digest.sh 730)" -o OUT -q
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n=${1:?usage: scale-digest.sh N [DIR]}
seeds="$(cd "$root/../shared/seeds" && pwd)"
dir=${2:-$(mktemp -d /tmp/wz-scale.XXXXXX)}
mkdir -p "$dir"
m="$dir/digest.toml"
{
  printf '[digest]\ntitle = "职工文摘"\nsubtitle = "规模测试"\ndate = "2024-02"\n\n'
  printf '[options]\nroots = ["%s"]\n' "$seeds"
  for ((i = 1; i <= n; i++)); do
    printf '\n[[issues]]\ntitle = "第%d期"\ndate = "2024-02-12"\nlayout = "digest-a4"\n' "$i"
    printf 'sources = ['
    sep=""
    for f in "$seeds"/*.txt; do printf '%s"%s"' "$sep" "$f"; sep=", "; done
    printf ']\n'
  done
} >"$m"
echo "$m"
