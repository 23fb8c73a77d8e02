#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Goes through the app in Vietnamese with Tab as a screen reader user does, reading each
focus change through AT-SPI, and fails on any control whose name is empty, a widget type
("GtkImage"), carries a mnemonic underscore, says its label twice, or is in English.

Usage: test-atspi-names.py CONGTAC SCHEMA_DIR LOCALE_DIR

It starts its own session bus, the accessibility bus (at-spi-bus-launcher) and the
registry (at-spi2-registryd), then the app on a new database in a temporary home, and
stops each of them by its process id. Gone through: the main window on each of its pages
(Alt+1…4), the New Programme and calendar export dialogs (Ctrl+N, Ctrl+E) and the
preferences (the application's action). A Tab press that moves the focus without telling
the screen reader fails too. Exit status 77
(skipped) when the display, python3-pyatspi or the AT-SPI programs are missing."""

import os
import re
import sys

from atspi_session import SKIP, AtspiSession, missing_program, pump, wait_for

# Names a control must not have in the Vietnamese interface: English left over from GTK or
# from an untranslated string.
ENGLISH_WORDS = {
    "Add", "Back", "Cancel", "Clear", "Close", "Delete", "Edit", "Export", "Help", "Import",
    "Maximize", "Menu", "Minimize", "More", "New", "Next", "Open", "Previous", "Print",
    "Redo", "Remove", "Restore", "Save", "Search", "Settings", "Today", "Undo",
}

# Controls of the programme form (src/ui/editor/) still to be named there, each by page,
# role, name and the named group around it, so that exactly these are reported as known
# and nothing else is let through. Remove an entry once its control is named.
KNOWN_FORM_CONTROLS = {
    # The two rows of the "Văn bản" group that open a popover (GtkListBoxRow, no name).
    ("Soạn thảo", "list item", "", "Văn bản"),
    # The calendar button of the "Ngày ban hành" date row (icon only).
    ("Soạn thảo", "push button", "GtkImage", "Ngày ban hành"),
    # The scrolled window around the whole form.
    ("Soạn thảo", "scroll pane", "", ""),
}

# How long to wait for the app to show something before giving up (a wait, not a timing
# under test).
PATIENCE = 60


def fail_reason(name):
    """Why @name is not a good accessible name, or None."""
    if not name.strip():
        return "no name"
    if re.fullmatch(r"(Gtk|Adw|Ct)[A-Za-z]+", name):
        return "named after its widget type"
    if "_" in name:
        return "mnemonic underscore"
    words = name.split()
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return "label said twice"
    english = ENGLISH_WORDS.intersection(re.findall(r"[A-Za-z]+", name))
    if english:
        return "English: " + ", ".join(sorted(english))
    return None


class Session(AtspiSession):
    """The private session bus, the accessibility bus and its registry, and the app."""

    def __init__(self, congtac, schema_dir, locale_dir):
        super().__init__("congtac-atspi-", PATIENCE)
        self.congtac = congtac
        self.schema_dir = schema_dir
        self.locale_dir = locale_dir
        self.app = None

    def start_app(self):
        self.env.update(LANGUAGE="vi", LANG="vi_VN.UTF-8", GSETTINGS_BACKEND="memory",
                        GSETTINGS_SCHEMA_DIR=self.schema_dir,
                        CONGTAC_LOCALEDIR=self.locale_dir, GDK_BACKEND="x11",
                        GSK_RENDERER="cairo")
        # The default database of the temporary home: the first run opens its sample.
        self.app = self.start([self.congtac])


class Walker:
    """Finds the app in the AT-SPI tree and goes through its controls with Tab, reading
    what each focus change tells a screen reader."""

    def __init__(self, pyatspi, pid):
        self.pyatspi = pyatspi
        self.pid = pid
        self.checked = 0
        self.unreported = {}
        self.failures = {}
        self.known = {}
        self.focused = []
        pyatspi.Registry.registerEventListener(self.on_focus, "object:state-changed:focused")

    def on_focus(self, event):
        if event.detail1 == 1:
            self.focused.append(event.source)

    def app(self):
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            try:
                if child is not None and child.get_process_id() == self.pid:
                    return child
            except Exception:
                continue
        return None

    def windows(self):
        app = self.app()
        if app is None:
            return []
        windows = []
        for i in range(app.childCount):
            window = app.getChildAtIndex(i)
            if window is not None and window.getState().contains(self.pyatspi.STATE_VISIBLE):
                windows.append(window)
        return windows

    def tab_through(self, where, limit=400):
        """Presses Tab until the focus comes back where it started; the focus changes
        seen are checked."""
        first = None
        for _ in range(limit):
            self.focused.clear()
            press(0xff09)
            if not self.focused:
                # Tab moved the focus somewhere the screen reader was not told of.
                self.unreported[where] = self.unreported.get(where, 0) + 1
                continue
            source = self.focused[-1]
            try:
                role, name = source.getRoleName(), source.name or ""
                parent = source.parent
                key = (role, name, source.getIndexInParent(),
                       parent.getRoleName() if parent else "")
            except Exception:
                continue
            if key == first:
                return
            first = first or key
            self.checked += 1
            reason = fail_reason(name)
            if reason is not None:
                found = (where, role, name, reason, self.context(source))
                table = self.known if found[:3] + found[4:] in KNOWN_FORM_CONTROLS \
                    else self.failures
                table[found] = table.get(found, 0) + 1

    def context(self, accessible):
        """The name of the closest ancestor that has a good one, to tell where a control
        is."""
        for _ in range(8):
            accessible = accessible.parent
            if accessible is None:
                break
            name = accessible.name or ""
            if fail_reason(name) is None:
                return name
        return ""


def press(keysym, modifier=None):
    """A key as the keyboard sends it, through the registry (XTest on X11); @modifier is
    the key code of Control or Alt held meanwhile."""
    from gi.repository import Atspi
    if modifier:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    if modifier:
        Atspi.generate_keyboard_event(modifier, None, Atspi.KeySynthType.RELEASE)
    pump(0.25)


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no X display")
        return SKIP
    program = missing_program()
    if program is not None:
        print("1..0 # SKIP %s is missing" % program)
        return SKIP
    session = Session(*sys.argv[1:])
    try:
        session.start_buses()
        try:
            import gi
            gi.require_version("Atspi", "2.0")
            import pyatspi
        except (ImportError, ValueError) as e:
            print("1..0 # SKIP python3-pyatspi is missing: %s" % e)
            return SKIP
        session.start_app()
        walker = Walker(pyatspi, session.app.pid)
        main_window = wait_for("the main window", lambda: walker.windows() and
                               walker.windows()[0], PATIENCE)
        # Focus follows the pointer on a display without a window manager.
        from gi.repository import Atspi
        extents = main_window.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        Atspi.generate_mouse_event(extents.x + extents.width // 2,
                                   extents.y + extents.height // 2, "abs")
        pump(1)

        # Key codes of Alt and Control in the X server's keymap.
        ALT, CONTROL = 64, 37
        pages = [("Soạn thảo", 0x31), ("Lịch", 0x32), ("Xem trước", 0x33), ("Tuần", 0x34)]
        for page, key in pages:
            press(key, ALT)
            before = walker.checked
            walker.tab_through(page)
            print("# %s: %d controls" % (page, walker.checked - before))

        def dialog(where, open_it):
            count = len(walker.windows())
            open_it()
            wait_for(where, lambda: len(walker.windows()) > count, PATIENCE)
            pump(0.5)
            before = walker.checked
            walker.tab_through(where)
            print("# %s: %d controls" % (where, walker.checked - before))
            press(0xff1b)
            wait_for("the end of " + where, lambda: len(walker.windows()) == count,
                     PATIENCE)

        from gi.repository import Gio
        actions = Gio.DBusActionGroup.get(session.session_bus, "io.github.congtac.Congtac",
                                          "/io/github/congtac/Congtac")
        dialog("Tạo chương trình mới", lambda: press(0x6e, CONTROL))
        dialog("Xuất lịch", lambda: press(0x65, CONTROL))
        dialog("Tùy chọn", lambda: actions.activate_action("preferences", None))
    finally:
        session.stop()

    print("%d focus changes, %d badly named"
          % (walker.checked, sum(walker.failures.values())))
    for where, count in sorted(walker.unreported.items()):
        print("FAIL %s: %d Tab presses moved the focus unannounced" % (where, count))
    for (where, role, name, reason, inside), count in sorted(walker.failures.items()):
        print("FAIL %s: %s %r (%s) in %r ×%d" % (where, role, name, reason, inside, count))
    for (where, role, name, reason, inside), count in sorted(walker.known.items()):
        print("KNOWN %s: %s %r (%s) in %r ×%d" % (where, role, name, reason, inside, count))
    return 1 if walker.failures or walker.unreported else 0


if __name__ == "__main__":
    sys.exit(main())
