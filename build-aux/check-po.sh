#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks every translation of po/LINGUAS with `msgfmt -c --statistics`: the file must be
# valid and fully translated (no untranslated and no fuzzy messages). With --complete, the
# catalogue must also translate every string the sources listed in po/POTFILES.in hold
# today (a fresh xgettext run, as meson's glib preset makes it).
# Usage: check-po.sh [--complete] [SOURCE_ROOT]
set -euo pipefail
complete=0
if [ "${1:-}" = "--complete" ]; then complete=1; shift; fi
cd "${1:-$(dirname "$0")/..}"

status=0
pot=""
if [ $complete -eq 1 ]; then
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/congtac-po-XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  pot=$tmp/congtac.pot
  xgettext --package-name=congtac --from-code=UTF-8 --add-comments \
    -k_ -kN_ -kC_:1c,2 -kNC_:1c,2 -kg_dcgettext:2 -kg_dngettext:2,3 -kg_dpgettext2:2c,3 \
    --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
    --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
    --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
    --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
    --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
    --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
    --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
    --files-from=po/POTFILES.in -o "$pot" 2>/dev/null
fi

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
  if [ -n "$pot" ] && ! missing=$(LC_ALL=C msgcmp "po/$lang.po" "$pot" 2>&1); then
    echo "not ok: po/$lang.po lacks strings of the sources; run" \
      "\`ninja -C build congtac-update-po\` and translate them:"
    grep -oE ":[0-9]+: this message (is used but not defined|is untranslated|needs to be reviewed)" \
      <<<"$missing" | cut -d: -f2 |
      head -40 | while read -r line; do
        sed -n "$((line > 3 ? line - 3 : 1)),${line}p" "$pot" | grep -E '^msg(ctxt|id) ' |
          sed 's/^/  /'
      done
    status=1
  fi
done
exit $status
