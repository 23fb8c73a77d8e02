#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the app does not load at start the libraries only rare actions use: they
# come with their module when first needed (ct_module_symbol()), and each module is built.
# Usage: check-start-libraries.sh APP CLI MODULE…
set -euo pipefail
status=0
for program in "$1" "$2"; do
  loaded=$(ldd "$program")
  for library in libpoppler libpoppler-glib libnss3 liblcms2 libopenjp2 libzip libcrypto \
                 libbz2 libsoup-3.0 libsecret-1 libgcrypt libgssapi_krb5 libnghttp2 libpsl; do
    if grep -q "^[[:space:]]*$library\.so" <<<"$loaded"; then
      echo "not ok: $(basename "$program") loads $library at start"; status=1
    else
      echo "ok: $(basename "$program") does not load $library at start"
    fi
  done
done
shift 2
for module in "$@"; do
  if [ -f "$module" ] && ldd "$module" >/dev/null; then
    echo "ok: $(basename "$module") is built"
  else
    echo "not ok: $module is missing"; status=1
  fi
done
exit $status
