# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by build-aux/run and build-aux/test: installs the Debian 12 packages the build
# needs when one is missing, generates the locales and configures the build directory.

PACKAGES="build-essential meson ninja-build pkg-config libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libical-dev libglib2.0-dev-bin libgtk-4-bin gettext xvfb xauth imagemagick
  fonts-liberation2 desktop-file-utils appstream poppler-utils libpoppler-glib-dev
  locales tzdata python3-icalendar dbus-daemon libjson-glib-dev libzip-dev libxml2-dev
  libsoup-3.0-dev libsecret-1-dev libicu-dev"

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

# Mozilla's ical.js (the parser in Thunderbird) for the calendar-file tests, from the npm
# registry into a cache outside the source tree; offline, its test is skipped.
ICALJS_VERSION=2.2.1
ct_install_icaljs () {
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/congtac/icaljs-$ICALJS_VERSION"
  if [ ! -f "$dir/node_modules/ical.js/package.json" ] && command -v npm >/dev/null; then
    mkdir -p "$dir"
    timeout 120 npm install --prefix "$dir" --no-audit --no-fund --loglevel=error \
      "ical.js@$ICALJS_VERSION" >/dev/null 2>&1 ||
      echo "ical.js could not be installed from the npm registry: its test will be skipped."
  fi
  export CT_ICALJS_DIR="$dir"
}
