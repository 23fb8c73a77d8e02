#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every screenshot the metainfo names is a PNG of this repository (data/screenshots/) with
# the width and height the metainfo gives, so that software centres show the interface as
# it is. Usage: check-screenshots.sh [SOURCE_ROOT]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
prefix=https://raw.githubusercontent.com/congtac/congtac/main/
status=0
images=$(grep -oE '<image[^>]*>[^<]+</image>' data/io.github.congtac.Congtac.metainfo.xml.in)
[ -n "$images" ] || { echo "not ok: the metainfo has no screenshot"; exit 1; }
while read -r image; do
  url=$(sed -E 's/<[^>]+>//g' <<<"$image")
  width=$(sed -nE 's/.* width="([0-9]+)".*/\1/p' <<<"$image")
  height=$(sed -nE 's/.* height="([0-9]+)".*/\1/p' <<<"$image")
  path=${url#"$prefix"}
  if [ "$path" = "$url" ]; then
    echo "not ok: $url is not a file of the repository ($prefix…)"; status=1; continue
  fi
  if [ ! -f "$path" ] ||
     [ "$(head -c 8 "$path" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
    echo "not ok: $path is not a PNG in the repository"; status=1; continue
  fi
  # IHDR: width and height are big-endian 32-bit numbers at bytes 16 and 20.
  real_width=$((16#$(od -An -tx1 -j16 -N4 "$path" | tr -d ' \n')))
  real_height=$((16#$(od -An -tx1 -j20 -N4 "$path" | tr -d ' \n')))
  if [ "$real_width" != "$width" ] || [ "$real_height" != "$height" ]; then
    echo "not ok: $path is ${real_width}x$real_height, the metainfo says ${width}x$height"
    status=1; continue
  fi
  echo "ok: $path (${width}x$height)"
done <<<"$images"
exit $status
