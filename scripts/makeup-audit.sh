#!/usr/bin/env bash
# Build the make-up audit's digests and run ../shared/tools/makeup-audit on each:
# the three seed pages (one issue a page) in digest-a4, book-a5, broadsheet and
# large-print, the three in one broadsheet issue (pages that are not an issue's last),
# the bundled sample (five layouts) and the sample with every issue in each of the four.
#   scripts/makeup-audit.sh [OUTDIR] [--examples]
# PDFs are left in OUTDIR (default: a fresh temp directory) as seeds-LAYOUT.pdf, sample.pdf,
# sample-LAYOUT.pdf.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out=${1:-$(mktemp -d /tmp/wz-makeup.XXXXXX)}
shift || true
mkdir -p "$out"
seeds="$(cd "$root/../shared/seeds" && pwd)"
audit="$root/../shared/tools/makeup-audit"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1700000000}
for layout in digest-a4 book-a5 broadsheet large-print; do
  m="$out/seeds-$layout.toml"
  {
    printf '[digest]\ntitle = "职工文摘"\nsubtitle = "工会新闻汇编"\ndate = "2024-02"\n\n'
    printf '[options]\nroots = ["%s"]\n' "$seeds"
    i=0
    for f in "$seeds"/*.txt; do
      i=$((i + 1))
      printf '\n[[issues]]\ntitle = "第%d期"\ndate = "2024-02-%02d"\nlayout = "%s"\n' \
        "$i" $((5 + 7 * i)) "$layout"
      printf 'sources = ["%s"]\n' "$f"
    done
  } >"$m"
  "$root/build/wenzhai" build "$m" -o "$out/seeds-$layout.d" --pdf-only -q 2>/dev/null
  mv "$out/seeds-$layout.d/seeds-$layout.pdf" "$out/seeds-$layout.pdf"
done
m="$out/seeds-one-broadsheet.toml"
{
  printf '[digest]\ntitle = "职工文摘"\ndate = "2024-02"\n\n[options]\nroots = ["%s"]\n' "$seeds"
  printf '\n[[issues]]\ntitle = "合刊"\ndate = "2024-02-12"\nlayout = "broadsheet"\nsources = ['
  sep=""
  for f in "$seeds"/*.txt; do printf '%s"%s"' "$sep" "$f"; sep=", "; done
  printf ']\n'
} >"$m"
"$root/build/wenzhai" build "$m" -o "$out/one.d" --pdf-only -q 2>/dev/null
mv "$out/one.d/seeds-one-broadsheet.pdf" "$out/seeds-one-broadsheet.pdf"
"$root/build/wenzhai" build "$root/samples/digest.toml" -o "$out/sample.d" --pdf-only -q 2>/dev/null
mv "$out/sample.d/digest.pdf" "$out/sample.pdf"
# The sample with every issue in one layout (paths made absolute: the manifest is in $out).
samples="$root/samples"
for layout in digest-a4 book-a5 broadsheet large-print; do
  m="$out/sample-$layout.toml"
  sed -e "s|^layout = .*|layout = \"$layout\"|" -e "s|\"pages/|\"$samples/pages/|g" \
    -e "s|\"photos/|\"$samples/photos/|g" "$samples/digest.toml" >"$m"
  printf '\n[options]\nroots = ["%s"]\n' "$samples" >>"$m"
  "$root/build/wenzhai" build "$m" -o "$out/sample-$layout.d" --pdf-only -q 2>/dev/null
  mv "$out/sample-$layout.d/sample-$layout.pdf" "$out/sample-$layout.pdf"
done
for p in seeds-digest-a4 seeds-book-a5 seeds-broadsheet seeds-large-print seeds-one-broadsheet \
  sample sample-digest-a4 sample-book-a5 sample-broadsheet sample-large-print; do
  echo "== $p ($out/$p.pdf)"
  "$audit" "$out/$p.pdf" "$@" || true
done
