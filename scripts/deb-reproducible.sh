#!/bin/sh
# Two `cpack -G DEB` runs of one build folder give the same .deb bytes: CPack's DEB
# generator sets every time in the package to SOURCE_DATE_EPOCH (the configured commit's
# time when the environment has none: cmake/cpack-options.cmake.in). The runs are a
# second apart, so a time taken from the clock would differ. Also checks every file in
# the package carries that time (dpkg-deb -c).
# Usage: scripts/deb-reproducible.sh BUILD_DIR. Exit 77 (CTest: skipped) without
# dpkg-deb or dpkg-shlibdeps (Debian's dpkg, dpkg-dev).
set -eu
build=$(cd "${1:?usage: deb-reproducible.sh BUILD_DIR}" && pwd)
for tool in dpkg-deb dpkg-shlibdeps cpack; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed (Debian's dpkg / dpkg-dev / cmake)"
    exit 77
  fi
done
# The time every entry must carry: the environment's, else the configured commit's, else
# (no git at configure time) a fixed one given here.
epoch=${SOURCE_DATE_EPOCH:-$(sed -n 's/.*set(ENV{SOURCE_DATE_EPOCH} "\([0-9]*\)").*/\1/p' \
  "$build/cpack-options.cmake" 2>/dev/null)}
if [ -z "$epoch" ]; then
  epoch=1700000000
  echo "no SOURCE_DATE_EPOCH and no commit time: using $epoch"
  export SOURCE_DATE_EPOCH="$epoch"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for n in 1 2; do
  [ "$n" = 2 ] && sleep 1.1
  if ! (cd "$build" && cpack -G DEB -B "$out/$n" >"$out/$n.log" 2>&1); then
    cat "$out/$n.log"
    exit 1
  fi
done
a=$(ls "$out"/1/*.deb) b=$(ls "$out"/2/*.deb)
if ! cmp "$a" "$b"; then
  echo "FAIL: two packages of one build differ"
  exit 1
fi
want=$(date -u -d "@$epoch" '+%Y-%m-%d %H:%M')
if TZ=UTC dpkg-deb -c "$a" | grep -v " $want " ; then
  echo "FAIL: the entries above do not carry SOURCE_DATE_EPOCH ($want UTC)"
  exit 1
fi
echo "ok: $(basename "$a") is the same bytes twice ($(sha256sum <"$a" | cut -c1-16)…), every file dated $want UTC"
