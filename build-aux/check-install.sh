#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a temporary DESTDIR and checks that the programs, the desktop file,
# the metainfo, the icons, the GSettings schema and the translations are where the desktop
# looks for them. Usage: check-install.sh BUILDDIR BINDIR DATADIR LOCALEDIR (absolute paths)
set -euo pipefail
builddir=$1 bindir=$2 datadir=$3 localedir=$4 moduledir=$5
app_id=io.github.congtac.Congtac

destdir=$(mktemp -d "${TMPDIR:-/tmp}/congtac-install-XXXXXX")
trap 'rm -rf "$destdir"' EXIT

meson install -C "$builddir" --destdir "$destdir" --no-rebuild --quiet >/dev/null

status=0
check () {
  if [ -e "$destdir$1" ]; then echo "ok: $1"; else echo "not ok: $1 is not installed"; status=1; fi
}
check "$bindir/congtac"
check "$bindir/congtac-cli"
check "$datadir/applications/$app_id.desktop"
check "$datadir/metainfo/$app_id.metainfo.xml"
check "$datadir/icons/hicolor/scalable/apps/$app_id.svg"
check "$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
check "$datadir/glib-2.0/schemas/$app_id.gschema.xml"
check "$localedir/vi/LC_MESSAGES/congtac.mo"
check "$moduledir/libcongtac-pdf.so"
check "$moduledir/libcongtac-zip.so"
[ $status -eq 0 ] || exit 1

# The installed files are the merged, translated ones.
if grep -qxF 'Name[vi]=Chương trình công tác' "$destdir$datadir/applications/$app_id.desktop"; then
  echo "ok: the desktop file has its Vietnamese name"
else
  echo "not ok: the installed desktop file has no Name[vi]"; status=1
fi
catalogue=$(msgunfmt "$destdir$localedir/vi/LC_MESSAGES/congtac.mo")
if grep -qF 'msgstr "Xuất lịch"' <<<"$catalogue"; then
  echo "ok: congtac.mo holds the Vietnamese catalogue"
else
  echo "not ok: congtac.mo lacks the Vietnamese catalogue"; status=1
fi
if glib-compile-schemas --strict --dry-run "$destdir$datadir/glib-2.0/schemas"; then
  echo "ok: the installed schema compiles"
else
  echo "not ok: the installed schema does not compile"; status=1
fi
exit $status
