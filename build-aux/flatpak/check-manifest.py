#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest: valid JSON, the app id, the GNOME runtime, every library
meson.build asks for either in the runtime or built as a module before Congtac, and
Congtac's source pointing at this repository."""
import json
import os
import re
import sys

# What org.gnome.Platform (with the freedesktop base it builds on) provides.
RUNTIME = {"glib-2.0", "gio-2.0", "gobject-2.0", "gmodule-2.0", "gmodule-no-export-2.0",
           "sqlite3", "json-glib-1.0", "pangocairo", "cairo", "cairo-pdf", "fontconfig",
           "gtk4", "libadwaita-1", "libxml-2.0", "libsoup-3.0", "libsecret-1", "icu-i18n",
           "icu-uc", "zlib"}
# The libraries that are not in it: the manifest's module building each.
MODULES = {"libical": "libical", "libzip": "libzip", "poppler-glib": "poppler"}

path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    manifest = json.load(f)

errors = []
def expect(ok, message):
    if not ok:
        errors.append(message)

expect(manifest.get("id") == "io.github.congtac.Congtac", "id is not io.github.congtac.Congtac")
expect(manifest.get("runtime") == "org.gnome.Platform", "runtime is not org.gnome.Platform")
expect(manifest.get("sdk") == "org.gnome.Sdk", "sdk is not org.gnome.Sdk")
expect(manifest.get("command") == "congtac", "command is not congtac")
modules = [m.get("name") for m in manifest.get("modules", [])]
expect(modules[-1:] == ["congtac"], "the last module is not congtac")
root_meson = os.path.join(os.path.dirname(path), "..", "..", "meson.build")
with open(root_meson, encoding="utf-8") as f:
    wanted = re.findall(r"dependency\('([^']+)'", f.read())
expect(len(wanted) > 10, "no dependency() found in meson.build")
for name in wanted:
    if name in RUNTIME:
        continue
    expect(name in MODULES, f"{name} is neither in the runtime nor known to this check")
    module = MODULES.get(name)
    expect(module in modules[:-1], f"{name} is not built as a module ({module}) before congtac")
for module in manifest.get("modules", []):
    for source in module.get("sources", []):
        expect("type" in source, f"a source of {module.get('name')} has no type")
        if source.get("type") == "dir":
            root = os.path.join(os.path.dirname(path), source["path"])
            expect(os.path.isfile(os.path.join(root, "meson.build")),
                   f"{source['path']} is not the source tree")
        # What is downloaded is pinned: the same bytes at every build.
        if source.get("type") in ("archive", "file"):
            expect(len(source.get("sha256", "")) == 64,
                   f"{source.get('url')} has no sha256")
        if source.get("type") == "git":
            expect(len(source.get("commit", "")) == 40,
                   f"{source.get('url')} is not pinned to a commit")

for e in errors:
    print("not ok:", e)
if not errors:
    print("ok:", path)
sys.exit(1 if errors else 0)
