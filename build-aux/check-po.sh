#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks every translation of po/LINGUAS with `msgfmt -c --statistics`: the file must be
# valid and fully translated (no untranslated and no fuzzy messages).
# Usage: check-po.sh [SOURCE_ROOT]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  if ! stats=$(LC_ALL=C msgfmt -c --statistics -o /dev/null "po/$lang.po" 2>&1); then
    echo "not ok: po/$lang.po: $stats"
    status=1
  elif grep -qE 'untranslated|fuzzy' <<<"$stats"; then
    echo "not ok: po/$lang.po is incomplete: $stats"
    status=1
  else
    echo "ok: po/$lang.po: $stats"
  fi
done
exit $status
