# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by build-aux/run and build-aux/test: installs the Debian 12 packages the build
# needs when one is missing, generates the locales and configures the build directory.

PACKAGES="build-essential meson ninja-build pkg-config libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libical-dev libglib2.0-dev-bin libgtk-4-bin gettext xvfb xauth imagemagick
  fonts-liberation2 desktop-file-utils appstream poppler-utils libpoppler-glib-dev
  locales tzdata python3-icalendar"

ct_install_packages () {
  local missing=""
  for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing="$missing $p"
  done
  if [ -n "$missing" ]; then
    echo "Installing:$missing"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
  fi
  if ! locale -a 2>/dev/null | grep -qi '^vi_VN.utf8$' ||
     ! locale -a 2>/dev/null | grep -qi '^en_US.utf8$'; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo sed -i -E 's/^# (vi_VN UTF-8|en_US.UTF-8 UTF-8)$/\1/' /etc/locale.gen
    $sudo locale-gen
  fi
}

ct_configure () {
  local builddir="$1"; shift
  if [ -f "$builddir/build.ninja" ]; then
    meson configure "$builddir" "$@" >/dev/null
  else
    meson setup "$builddir" "$@"
  fi
}
