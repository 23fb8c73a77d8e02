# SPDX-License-Identifier: GPL-3.0-or-later
"""A private desktop session for the scripts that read the running app through AT-SPI
(test-atspi-names.py, check-ime.py): a temporary home, its own session bus, the
accessibility bus (at-spi-bus-launcher) and its registry (at-spi2-registryd). Every
process started is stopped by its process id, and the home removed."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77

# The programs the session needs.
PROGRAMS = ("dbus-daemon", "/usr/libexec/at-spi-bus-launcher",
            "/usr/libexec/at-spi2-registryd")


def missing_program(programs=()):
    """The first of PROGRAMS and @programs not installed, or None."""
    for program in PROGRAMS + tuple(programs):
        if shutil.which(program) is None:
            return program
    return None


def pump(seconds):
    """Runs the main loop that delivers the AT-SPI replies and events for @seconds."""
    from gi.repository import GLib
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while True:
        while context.iteration(False):
            pass
        if time.monotonic() >= deadline:
            return
        time.sleep(0.02)


def wait_for(what, check, patience):
    """What @check returns once it is true; an error after @patience seconds (a wait for
    the app, not a timing under test)."""
    deadline = time.monotonic() + patience
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise RuntimeError("gave up waiting for " + what)
        pump(0.1)


class AtspiSession:
    """The buses and the processes started on them, in a temporary home. @unset names
    variables of the calling environment the session's programs must not see."""

    def __init__(self, prefix, patience, unset=()):
        self.processes = []
        self.patience = patience
        self.home = tempfile.mkdtemp(prefix=prefix)
        self.env = dict(os.environ)
        for name in ("NO_AT_BRIDGE", "GTK_A11Y", "AT_SPI_BUS_ADDRESS", "LC_ALL") + tuple(unset):
            self.env.pop(name, None)
        runtime = os.path.join(self.home, "run")
        os.mkdir(runtime, 0o700)
        self.env.update(HOME=self.home, XDG_RUNTIME_DIR=runtime,
                        XDG_DATA_HOME=os.path.join(self.home, "data"),
                        XDG_CONFIG_HOME=os.path.join(self.home, "config"),
                        XDG_CACHE_HOME=os.path.join(self.home, "cache"))
        self.session_bus = None

    def start(self, argv, env=None, **kwargs):
        process = subprocess.Popen(argv, env=env or self.env, **kwargs)
        self.processes.append(process)
        return process

    def start_buses(self):
        """The session bus, then the accessibility bus and its registry; this process
        talks to them too (pyatspi is imported only after)."""
        bus = self.start(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                          "--print-address=1"], stdout=subprocess.PIPE, text=True)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.env["DBUS_SESSION_BUS_ADDRESS"]
        # What they print goes to the error output: the standard output is the script's
        # (TAP for check-ime).
        self.start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                   stdout=sys.stderr)
        from gi.repository import Gio, GLib
        self.session_bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)

        def a11y_address():
            try:
                reply = self.session_bus.call_sync(
                    "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                    GLib.VariantType.new("(s)"), Gio.DBusCallFlags.NO_AUTO_START, 1000, None)
            except GLib.Error:
                return None
            return reply.unpack()[0]
        address = wait_for("the accessibility bus", a11y_address, self.patience)
        self.env["AT_SPI_BUS_ADDRESS"] = address
        os.environ["AT_SPI_BUS_ADDRESS"] = address
        self.start(["/usr/libexec/at-spi2-registryd"], stdout=sys.stderr)

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        shutil.rmtree(self.home, ignore_errors=True)
