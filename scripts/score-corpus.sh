#!/usr/bin/env bash
# Score ingest's segmentation on the page corpus with the shared scorer.
#   scripts/score-corpus.sh [dev|sealed|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|blind23|blind24|seeds|all] [-v]
# For each page: wenzhai segment --format json PAGE | score-segmentation GOLD; prints a
# line per page (F1, headline, byline, body) and the mean and minimum F1.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-dev}
verbose=${2:-}
scorer=../shared/tools/score-segmentation
[ -x "$scorer" ] || { echo "score-corpus: $scorer not found (../shared beside the project)"; exit 2; }
pages=()
case "$which" in
  dev|sealed|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|blind18|blind19|blind20|blind21|blind22|blind23|blind24) pages=(tests/data/pages/$which/*.txt) ;;
  seeds) pages=(../shared/seeds/*.txt) ;;
  all) pages=(../shared/seeds/*.txt tests/data/pages/{dev,sealed,blind,blind2,blind3,blind4,blind5,blind6,blind7,blind8,blind9,blind10,blind11,blind12,blind13,blind14,blind15,blind16,blind17,blind18,blind19,blind20,blind21,blind22,blind23,blind24}/*.txt) ;;
  *) pages=("$which") ;;
esac
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
sum=0; n=0; min=1
for p in "${pages[@]}"; do
  gold=${p%.txt}.json
  [ -f "$gold" ] || gold=../shared/gold/$(basename "${p%.txt}").json
  [ -f "$gold" ] || continue
  build/wenzhai segment --format json "$p" > "$tmp" 2>/dev/null
  out=$(python3 "$scorer" --min-f1 0 $verbose "$gold" "$tmp")
  f1=$(awk '/^F1/{print $2}' <<<"$out")
  hl=$(grep -o 'headline [0-9]*/[0-9]*  byline [0-9]*/[0-9]*  body [0-9]*/[0-9]*' <<<"$out")
  printf '%-34s F1 %s  %s\n' "$(basename "$p")" "$f1" "$hl"
  [ -n "$verbose" ] && { grep -v '^F1\|^gold\|^precision\|^headline' <<<"$out" | sed 's/^/    /' || true; }
  read -r sum min < <(awk -v s="$sum" -v m="$min" -v f="$f1" 'BEGIN{print s+f, (f<m?f:m)}')
  n=$((n+1))
done
[ "$n" -gt 0 ] || { echo "score-corpus: no page with a gold file"; exit 1; }
awk -v s="$sum" -v m="$min" -v n="$n" 'BEGIN{printf "%d pages: mean F1 %.3f, min %.3f\n", n, s/n, m}'
