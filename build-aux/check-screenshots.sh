#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every screenshot the metainfo names is a PNG of this repository (data/screenshots/), so
# that software centres show the interface as it is. Usage: check-screenshots.sh [SOURCE_ROOT]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
prefix=https://raw.githubusercontent.com/congtac/congtac/main/
status=0
urls=$(grep -oE '<image[^>]*>[^<]+</image>' data/io.github.congtac.Congtac.metainfo.xml.in |
  sed -E 's/<[^>]+>//g')
[ -n "$urls" ] || { echo "not ok: the metainfo has no screenshot"; exit 1; }
for url in $urls; do
  path=${url#"$prefix"}
  if [ "$path" = "$url" ]; then
    echo "not ok: $url is not a file of the repository ($prefix…)"; status=1
  elif [ ! -f "$path" ] ||
       [ "$(head -c 8 "$path" | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
    echo "not ok: $path is not a PNG in the repository"; status=1
  else
    echo "ok: $path"
  fi
done
exit $status
