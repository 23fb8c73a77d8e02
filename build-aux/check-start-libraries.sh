#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the app does not load at start the libraries only rare actions use: they
# come with their module when first needed (ct_module_symbol()), and each module is built.
# Usage: check-start-libraries.sh APP MODULE…
set -euo pipefail
app=$1; shift
status=0
loaded=$(ldd "$app")
for library in libpoppler libpoppler-glib libnss3 liblcms2 libopenjp2 libzip libcrypto libbz2; do
  if grep -q "^[[:space:]]*$library\.so" <<<"$loaded"; then
    echo "not ok: $(basename "$app") loads $library at start"; status=1
  else
    echo "ok: $(basename "$app") does not load $library at start"
  fi
done
for module in "$@"; do
  if [ -f "$module" ] && ldd "$module" >/dev/null; then
    echo "ok: $(basename "$module") is built"
  else
    echo "not ok: $module is missing"; status=1
  fi
done
exit $status
