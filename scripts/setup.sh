#!/usr/bin/env bash
# Install every dependency (Debian 12 packages, by name) and build wenzhai in Release.
# Idempotent: skips apt when all packages are present, and reuses build/.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake g++ make pkg-config dpkg-dev pandoc
  libharfbuzz-dev libfreetype-dev libfontconfig-dev libicu-dev
  libpodofo-dev libssl-dev libxml2-dev libzip-dev zlib1g-dev libdeflate-dev libtomlplusplus-dev libcli11-dev libmd4c-dev libfriso-dev friso-dict python3-jieba libboost-dev libopencc-dev
  libjpeg-dev libpng-dev libgif-dev libtiff-dev libpixman-1-dev
  libgtest-dev googletest
  fonts-noto-cjk fonts-arphic-gkai00mp fonts-arphic-ukai
  icc-profiles-free libgs-common
  qpdf poppler-utils mupdf-tools ghostscript epubcheck default-jre-headless python3 unzip
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
echo "setup: built build/wenzhai"
