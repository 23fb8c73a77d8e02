#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Types Vietnamese into the running app with a real input method, as a clerk does: ibus
with the Unikey engine in Telex mode, keys sent by xdotool to the X server.

Usage: check-ime.py CONGTAC CONGTAC_CLI SCHEMA_DIR LOCALE_DIR

It starts its own session bus, accessibility bus and registry (to find the fields by
their names and where they are), then ibus-daemon with Unikey (Telex set in a
settings file of a temporary home), then the app on a new database, whose sample
programme it edits: a section heading (with an autosave while the last word is still
composed), an agenda item's text (multi-line), its preparing unit through the
suggestions, the sidebar search, and undo/redo right after a composed word. The app is
quit with Ctrl+Q and the database read back with congtac-cli; the search text is read
through the clipboard (xclip). Prints TAP; exit status 1
on a failure, 77 (skipped) when the display or a program is missing."""

import json
import os
import subprocess
import sys
import time
import unicodedata

import atspi_session
from atspi_session import SKIP, AtspiSession, missing_program, pump

# How long to wait for the app to show or save something (a wait, not a timing under
# test).
PATIENCE = 30
# Milliseconds between two keys: a quick typist.
KEY_DELAY = "60"


def wait_for(what, check):
    return atspi_session.wait_for(what, check, PATIENCE)


class Session(AtspiSession):
    """The buses, ibus-daemon and the app, in a temporary home."""

    def __init__(self, congtac, cli, schema_dir, locale_dir):
        super().__init__("congtac-ime-", PATIENCE,
                         unset=("GSETTINGS_SCHEMA_DIR", "IBUS_ADDRESS", "GTK_IM_MODULE"))
        # Unikey reads its options through GSettings: Telex, Unicode, the Debian defaults
        # written out so that a changed default does not change what is typed.
        settings = os.path.join(self.env["XDG_CONFIG_HOME"], "glib-2.0", "settings")
        os.makedirs(settings)
        with open(os.path.join(settings, "keyfile"), "w") as keyfile:
            keyfile.write("[org/freedesktop/ibus/engine/unikey]\n"
                          "input-method='telex'\noutput-charset='unicode'\n"
                          "modern-style=false\nmacro-enabled=false\n")
        self.db = os.path.join(self.home, "congtac.db")
        self.congtac, self.cli = congtac, cli
        self.schema_dir, self.locale_dir = schema_dir, locale_dir
        self.app = None

    def start_ibus(self):
        env = dict(self.env, GSETTINGS_BACKEND="keyfile")
        self.start(["ibus-daemon", "--panel=disable", "--xim", "--replace"], env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def engine_set():
            # "ibus engine NAME" fails on Xvfb after setting the engine, when it applies
            # the engine's keyboard layout: what counts is the engine then in use.
            subprocess.run(["ibus", "engine", "Unikey"], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            out = subprocess.run(["ibus", "engine"], env=env, capture_output=True, text=True)
            return out.stdout.strip()
        return wait_for("ibus-daemon and its Unikey engine", engine_set)

    def start_app(self):
        env = dict(self.env, LANGUAGE="vi", LANG="vi_VN.UTF-8", GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=self.schema_dir, CONGTAC_LOCALEDIR=self.locale_dir,
                   GDK_BACKEND="x11", GSK_RENDERER="cairo", GTK_IM_MODULE="ibus")
        self.app = self.start([self.congtac, "--db", self.db], env=env, stdout=sys.stderr)

    def cli_json(self):
        """The sample programme as the database holds it (JSON export)."""
        env = dict(self.env, LANGUAGE="C", LANG="C.UTF-8")
        listing = subprocess.run([self.cli, "--db", self.db, "list"], env=env,
                                 capture_output=True, text=True, check=True).stdout
        ident = listing.split()[0]
        out = os.path.join(self.home, "out.json")
        subprocess.run([self.cli, "--db", self.db, "export", ident, out], env=env,
                       capture_output=True, check=True)
        with open(out, encoding="utf-8") as f:
            return json.load(f)


class App:
    """The app as AT-SPI shows it; keys and clicks through xdotool (XTest)."""

    def __init__(self, pyatspi, pid):
        self.pyatspi = pyatspi
        self.pid = pid

    def root(self):
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            try:
                if child is not None and child.get_process_id() == self.pid:
                    return child
            except Exception:
                continue
        return None

    def find(self, name, roles):
        """The first control named @name with one of @roles that has a size, depth
        first (GTK 4.8 tells no control is showing)."""
        stack = [self.root()]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            try:
                if (node.name or "") == name and node.getRoleName() in roles:
                    box = node.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
                    if box.width > 0 and box.height > 0:
                        return node
                stack.extend(reversed([node.getChildAtIndex(i)
                                       for i in range(node.childCount)]))
            except Exception:
                continue
        return None

    def names(self, roles):
        """The names of the controls with one of @roles."""
        names, stack = [], [self.root()]
        while stack:
            node = stack.pop()
            try:
                if node.getRoleName() in roles:
                    names.append(node.name or "")
                stack.extend(node.getChildAtIndex(i) for i in range(node.childCount))
            except Exception:
                continue
        return names

    def click(self, accessible):
        box = accessible.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
        xdotool("mousemove", str(box.x + min(box.width // 2, 40)),
                str(box.y + box.height // 2), "click", "1")
        pump(0.5)


def xdotool(*args):
    subprocess.run(["xdotool"] + list(args), check=True)


def key(*keys):
    xdotool("key", "--delay", KEY_DELAY, *keys)
    pump(0.3)


def type_telex(keys):
    xdotool("type", "--delay", KEY_DELAY, keys)
    pump(0.3)


class Tap:
    def __init__(self):
        self.count = 0
        self.failed = 0

    def check(self, description, got, expected):
        self.count += 1
        if got == expected and unicodedata.is_normalized("NFC", got or ""):
            print("ok %d - %s" % (self.count, description), flush=True)
            return
        self.failed += 1
        print("not ok %d - %s" % (self.count, description), flush=True)
        print("#   got:      %r\n#   expected: %r" % (got, expected), flush=True)


def extents(app, accessible):
    return accessible.queryComponent().getExtents(app.pyatspi.DESKTOP_COORDS)


def point_at(app, accessible):
    """Moves the pointer to the middle of @accessible."""
    box = extents(app, accessible)
    xdotool("mousemove", str(box.x + box.width // 2), str(box.y + box.height // 2))


def scroll_pane(accessible):
    """The scrolled view @accessible is in, or None."""
    node = accessible.parent
    while node is not None:
        if node.getRoleName() == "scroll pane":
            return node
        node = node.parent
    return None


def reveal(app, accessible):
    """Scrolls the view @accessible is in (mouse wheel over it) until @accessible is
    inside it."""
    pane = scroll_pane(accessible)
    if pane is None:
        return
    for _ in range(60):
        view, box = extents(app, pane), extents(app, accessible)
        if box.y < view.y:
            button = "4"
        elif box.y + box.height > view.y + view.height:
            button = "5"
        else:
            return
        point_at(app, pane)
        xdotool("click", button)
        pump(0.2)
    raise RuntimeError("could not scroll to %r" % accessible.name)


def find_shown(app, name, roles, what=None):
    """Waits for the control named @name and brings it into view."""
    try:
        found = wait_for(what or name, lambda: app.find(name, roles))
    except RuntimeError:
        # What there is instead, to see what changed in the form.
        for seen in app.names(roles):
            print("# seen: %r" % seen)
        raise
    reveal(app, found)
    return found


def settled(get, expected):
    """What @get returns once it is @expected, or what it last returned when it did not
    come to that within PATIENCE seconds (saves are made a moment after an edit)."""
    deadline = time.monotonic() + PATIENCE
    while True:
        value = get()
        if value == expected or time.monotonic() > deadline:
            return value
        pump(0.3)


def section(data, index):
    return data["sections"][index]


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        return 2
    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no X display")
        return SKIP
    program = missing_program(("ibus-daemon", "ibus", "xdotool",
                               "/usr/libexec/ibus-engine-unikey", "xclip"))
    if program is not None:
        print("1..0 # SKIP %s is missing (build-aux/check-ime installs it)" % program)
        return SKIP
    session = Session(*sys.argv[1:])
    tap = Tap()
    print("1..10", flush=True)
    try:
        session.start_buses()
        import gi
        gi.require_version("Atspi", "2.0")
        import pyatspi
        print("# ibus engine: %s" % session.start_ibus(), flush=True)
        session.start_app()
        app = App(pyatspi, session.app.pid)
        window = wait_for("the main window",
                          lambda: app.find("Chương trình công tác", ["frame"]))
        # Focus follows the pointer on a display without a window manager.
        point_at(app, window)
        pump(1)
        before = session.cli_json()
        TEXTS = ["text"]

        # A section heading, with an autosave while its last word is composed.
        row = find_shown(app, "II. Hội nghị Ban Thường vụ Huyện ủy", ["list item"])
        app.click(row)
        heading = wait_for("the heading of section II",
                           lambda: app.find("Tiêu đề phần", TEXTS))
        reveal(app, heading)
        app.click(heading)
        key("ctrl+a")
        type_telex("Hooji nghij Ban Thuwowngf vu")
        def title():
            return section(session.cli_json(), 1)["title"]
        tap.check("autosave while a word is composed saves the text before it, not the "
                  "composed word", settled(title, "Hội nghị Ban Thường "), "Hội nghị Ban Thường ")
        type_telex("j")
        key("Tab")
        tap.check("section heading typed in Telex", settled(title, "Hội nghị Ban Thường vụ"),
                  "Hội nghị Ban Thường vụ")

        # The conference's agenda: an item's text (multi-line field) and its unit.
        event = find_shown(app, "15/12/2026 (thứ Ba) · Dự kiến · Hội nghị Ban Thường vụ "
                           "Huyện ủy · 5 nội dung", ["list item"])
        app.click(event)
        agenda = before["sections"][1]["items"][0]["agenda"]

        def agenda_now(index, field):
            return session.cli_json()["sections"][1]["items"][0]["agenda"][index][field]
        text = find_shown(app, "Nội dung 1", TEXTS)
        app.click(text)
        key("ctrl+a")
        type_telex("Baos caos tinhf hinhf thuwcj hieenj")
        key("Tab")
        tap.check("agenda item typed in Telex", settled(lambda: agenda_now(0, "text"),
                                                        "Báo cáo tình hình thực hiện"),
                  "Báo cáo tình hình thực hiện")
        unit = find_shown(app, "Đơn vị chuẩn bị nội dung 1", TEXTS)
        app.click(unit)
        key("ctrl+a")
        # "Văn" still composed when Down comes: Down waits for Unikey to commit the word
        # and then reaches the suggestions of "Văn".
        type_telex("Vawn")
        key("Down", "Return")
        key("Tab")
        tap.check("unit taken from the suggestions of a word typed in Telex",
                  settled(lambda: agenda_now(0, "preparing_unit"), "Văn phòng Huyện ủy"),
                  "Văn phòng Huyện ủy")

        # Undo right after a composed word removes the word, then redo brings it back.
        second = find_shown(app, "Nội dung 2", TEXTS)
        app.click(second)
        key("ctrl+End")
        type_telex(" Nawm")
        key("ctrl+z")
        # Leaving the field ends any word left composed; after the autosave's longest
        # delay the database holds whatever the field then shows.
        key("Tab")
        pump(3)
        tap.check("undo with a word composed removes the whole word",
                  agenda_now(1, "text"), agenda[1]["text"])
        key("ctrl+shift+z")
        tap.check("redo brings the whole word back",
                  settled(lambda: agenda_now(1, "text"), agenda[1]["text"] + " Năm"),
                  agenda[1]["text"] + " Năm")

        # The sidebar search.
        key("ctrl+f")
        type_telex("Hooji nghij ")
        # GTK 4.8 gives the search field neither a name nor its text through AT-SPI: its
        # text is read back through the clipboard.
        key("ctrl+a", "ctrl+c")
        copied = subprocess.run(["xclip", "-o", "-selection", "clipboard"],
                                capture_output=True, text=True).stdout
        tap.check("search typed in Telex", copied, "Hội nghị ")
        # Enter with the last word composed searches for the text as shown, and the word
        # stays in the field.
        key("End")
        type_telex("Ban Thuwowngf vuj")
        key("Return")
        key("ctrl+f", "ctrl+a", "ctrl+c")
        copied = subprocess.run(["xclip", "-o", "-selection", "clipboard"],
                                capture_output=True, text=True).stdout
        tap.check("Enter in the search with a word composed", copied,
                  "Hội nghị Ban Thường vụ")

        key("ctrl+q")
        try:
            session.app.wait(PATIENCE)
        except subprocess.TimeoutExpired:
            pass
        tap.check("the app quits normally", session.app.returncode, 0)
        after = session.cli_json()
        stored = [after["sections"][1]["title"]]
        stored += [after["sections"][1]["items"][0]["agenda"][0][k]
                   for k in ("text", "preparing_unit")]
        stored.append(after["sections"][1]["items"][0]["agenda"][1]["text"])
        tap.check("the database holds what was typed, NFC", "|".join(stored),
                  "|".join(["Hội nghị Ban Thường vụ", "Báo cáo tình hình thực hiện",
                            "Văn phòng Huyện ủy", agenda[1]["text"] + " Năm"]))
    finally:
        pump(1)
        session.stop()
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
