#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the layering (see HACKING.md): a core file may include the headers of its own
# layer and of the layers it may use, never of another; and in src/ui only the window's
# files and the application call the window. Prints each breach; exits 1 when there is one.
# Usage: check-layers.sh [SOURCE_ROOT]
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

layers=(base model calendar document render export import ics json store publish session)
# The layers each may include besides its own; render, export, import, ics and json stand side by side
# on document, and the store needs none of them. Keep in step with src/meson.build.
declare -A allowed=(
  [base]=""
  [model]="base"
  [calendar]="base model"
  [document]="base model calendar"
  [render]="base model calendar document"
  [export]="base model calendar document"
  [import]="base model calendar document"
  [ics]="base model calendar document"
  [json]="base model calendar document"
  [store]="base model calendar document"
  [publish]="base model calendar document ics store"
  [session]="base model calendar document render import ics store publish"
)

declare -A layer_of
for layer in "${layers[@]}"; do
  for header in src/core/"$layer"/*.h; do
    layer_of[$(basename "$header")]=$layer
  done
  # The GTypes of a layer's enums, generated at build time (src/core/LAYER/meson.build).
  layer_of[ct-$layer-enum-types.h]=$layer
done
layer_of[ct-enum-types.h]=base

status=0
checked=0
for layer in "${layers[@]}"; do
  for file in src/core/"$layer"/*.[ch]; do
    while IFS= read -r header; do
      checked=$((checked + 1))
      target=${layer_of[$header]:-}
      if [ -z "$target" ]; then
        case "$header" in
          config.h|ct-core-resources.h) continue ;;
        esac
        echo "not ok: $file includes $header, which is not a core header"
        status=1
      elif [ "$target" != "$layer" ] && [[ " ${allowed[$layer]} " != *" $target "* ]]; then
        echo "not ok: $file ($layer) includes $header of the layer $target"
        status=1
      fi
    done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file")
  done
done
# Dialogs and pages answer through signals and _finish: only the window's own files and
# the application that creates it talk to the window.
for file in src/ui/*/*.c; do
  case "$(basename "$file")" in
    ct-window*.c|ct-application*.c) continue ;;
  esac
  if grep -n 'ct_window_[a-z_]* *(' "$file" >/dev/null; then
    echo "not ok: $file calls the window: $(grep -o 'ct_window_[a-z_]*' "$file" | sort -u | tr '\n' ' ')"
    status=1
  fi
done
echo "checked $checked includes in ${#layers[@]} layers"
exit $status
