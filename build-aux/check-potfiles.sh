#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when po/POTFILES.in misses a file with translatable strings, lists a file that does
# not exist, or is not sorted. Usage: check-potfiles.sh [SOURCE_ROOT]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

potfiles=po/POTFILES.in
status=0

listed=$(grep -v -e '^#' -e '^[[:space:]]*$' "$potfiles")

# xgettext decides, with the keywords and flags of meson's glib preset, so that comments and
# other identifiers ending in "_" never count.
xgettext_args=(--omit-header --from-code=UTF-8 -k_ -kN_ -kC_:1c,2 -kNC_:1c,2 -kQ_
  -kg_dcgettext:2 -kg_dngettext:2,3 -kngettext:1,2 -kg_dpgettext2:2c,3
  --flag=_:1:pass-c-format --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format
  --flag=NC_:2:pass-c-format --flag=g_dngettext:2:pass-c-format
  --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format
  --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format
  --flag=g_set_error:4:c-format --flag=g_prefix_error:2:c-format
  --flag=g_markup_printf_escaped:1:c-format --flag=g_print:1:c-format
  --flag=g_printerr:1:c-format --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format
  --flag=g_snprintf:3:c-format)

has_strings () {
  [ -n "$(xgettext "${xgettext_args[@]}" -o - "$1" 2>/dev/null)" ]
}

source_files=""
for f in $(find src data -name '*.c' -o -name '*.h' -o -name '*.ui' | LC_ALL=C sort); do
  has_strings "$f" && source_files="$source_files $f"
done
# Data files that always carry strings for translators.
data_files=$(find data -maxdepth 1 \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' \
  -o -name '*.gschema.xml' \) | LC_ALL=C sort)

for f in $source_files $data_files; do
  if ! grep -qxF "$f" <<<"$listed"; then
    echo "not ok: $f has translatable strings but is missing from $potfiles"
    status=1
  fi
done

while read -r f; do
  if [ ! -f "$f" ]; then
    echo "not ok: $potfiles lists $f, which does not exist"
    status=1
  fi
done <<<"$listed"

if [ "$(LC_ALL=C sort -u <<<"$listed")" != "$listed" ]; then
  echo "not ok: $potfiles is not sorted (LC_ALL=C sort) or has duplicates"
  status=1
fi

# A msgid that xgettext cannot read whole (e.g. a format built with G_GINT64_FORMAT) is never
# found at run time: the string would stay English whatever the translation says.
c_listed=$(grep -E '\.[ch]$' <<<"$listed" || true)
if [ -n "$c_listed" ]; then
  warnings=$(xgettext "${xgettext_args[@]}" -o /dev/null $c_listed 2>&1 |
    grep -i 'format string' || true)
  if [ -n "$warnings" ]; then
    echo "not ok: xgettext cannot extract some strings as written:"
    echo "$warnings"
    status=1
  fi
fi

[ $status -eq 0 ] && echo "ok: $potfiles lists every file with translatable strings"
exit $status
