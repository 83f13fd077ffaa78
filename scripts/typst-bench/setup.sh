#!/usr/bin/env bash
# The Typst yardstick of issue 11: the five pages of tests/data/five-pages.toml as a Typst
# document (md2typ.py: the same text, A4, two columns, 10.5 pt Noto Serif CJK SC, headlines
# in Noto Sans CJK SC, kickers in Kai, a contents page), compiled by Typst 0.14 through the
# npm package @myriaddreamin/typst-ts-node-compiler 0.7.0, installed into DIR.
#   scripts/typst-bench/setup.sh DIR      (needs node and npm; build/wenzhai built)
# Then time the two whole processes alternately, e.g. with /usr/bin/time -v:
#   node DIR/compile.js        and   build/wenzhai build tests/data/five-pages.toml -o OUT -q
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir=${1:?usage: setup.sh DIR}
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || npm init -y >/dev/null
npm install @myriaddreamin/typst-ts-node-compiler@0.7.0 >/dev/null
cp "$here/compile.js" .
pages=()
while read -r p; do pages+=("$p"); done < <(sed -n 's/^  "\(pages\/dev\/[^"]*\)",*$/\1/p' "$root/tests/data/five-pages.toml")
(cd "$root/tests/data" && "$root/build/wenzhai" segment "${pages[@]}" -q) > five.md
python3 "$here/md2typ.py" five.md five.typ
node compile.js
echo "$dir/five.pdf"
