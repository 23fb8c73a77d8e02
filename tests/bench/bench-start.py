#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up and memory of Congtac and of gnome-text-editor, for build-aux/bench.

Run inside one Xvfb display. Each run: drop the page cache when allowed (cold start),
note CLOCK_MONOTONIC, launch the app, read the first-frame time it prints (Congtac:
CONGTAC_REPORT_FIRST_FRAME=1; gnome-text-editor: the LD_PRELOAD probe, same clock and
same frame-clock event), wait for it to settle, read its peak RSS (VmHWM) and stop it.
Prints one JSON object per line like bench-run."""

import json
import os
import re
import signal
import subprocess
import sys
import time

SETTLE_SECONDS = 2.0
TIMEOUT_SECONDS = 120.0


def drop_caches():
    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as f:
            f.write("3\n")
        return True
    except OSError:
        return False


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def run_once(argv, env, stream, pattern, second=None):
    cold = drop_caches()
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    source = proc.stdout if stream == "stdout" else proc.stderr
    other = proc.stderr if stream == "stdout" else proc.stdout
    first_ms = None
    deadline = start + TIMEOUT_SECONDS
    os.set_blocking(source.fileno(), False)
    os.set_blocking(other.fileno(), False)
    buffer = b""
    while first_ms is None and time.monotonic() < deadline and proc.poll() is None:
        for fd in (source.fileno(), other.fileno()):
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                chunk = b""
            if fd == source.fileno():
                buffer += chunk
        match = re.search(pattern.encode() + rb": (\d+)", buffer)
        if match:
            first_ms = (int(match.group(1)) / 1e6 - start) * 1000.0
        time.sleep(0.002)
    second_ms = None
    while (second is not None and first_ms is not None and second_ms is None and
           time.monotonic() < deadline and proc.poll() is None):
        try:
            buffer += os.read(source.fileno(), 65536)
        except BlockingIOError:
            pass
        match = re.search(second.encode() + rb": (\d+)", buffer)
        if match:
            second_ms = (int(match.group(1)) / 1e6 - start) * 1000.0
        time.sleep(0.002)
    rss = None
    if first_ms is not None:
        time.sleep(SETTLE_SECONDS)
        rss = peak_rss_mb(proc.pid)
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return first_ms, second_ms, rss, cold


def measure(name, argv, env, stream, pattern, runs, note, second=None):
    """second: the name of a later frame the program reports (Congtac: the first frame that
    shows the programme opened at start-up), measured as start-NAME-programme."""
    starts, seconds, rsses, cold = [], [], [], True
    for _ in range(runs):
        first_ms, second_ms, rss, was_cold = run_once(argv, env, stream, pattern, second)
        cold = cold and was_cold
        if first_ms is None or (second is not None and second_ms is None):
            print(json.dumps({"name": name, "runs_ms": [], "note": note +
                              f"; no first frame within {TIMEOUT_SECONDS:.0f} s"}), flush=True)
            return
        starts.append(round(first_ms, 1))
        if second is not None:
            seconds.append(round(second_ms, 1))
        rsses.append(round(rss, 1))
    state = "cold (page cache dropped)" if cold else "warm (page cache could not be dropped)"
    print(json.dumps({"name": "start-" + name, "runs_ms": starts, "note": f"{note}; {state}"}),
          flush=True)
    if second is not None:
        print(json.dumps({"name": "start-" + name + "-programme", "runs_ms": seconds,
                          "note": f"{note}, to the first frame showing the opened programme; "
                                  f"{state}"}), flush=True)
    print(json.dumps({"name": "rss-" + name, "runs_mb": rsses,
                      "note": f"{note}; peak RSS (VmHWM) {SETTLE_SECONDS:.0f} s after the "
                              "first frame"}), flush=True)


def main():
    builddir, archive_db, seed_db, seed_txt, runs = sys.argv[1:6]
    runs = int(runs)
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=os.path.join(builddir, "data"),
               GSETTINGS_BACKEND="memory", GTK_A11Y="none", NO_AT_BRIDGE="1",
               CONGTAC_REPORT_FIRST_FRAME="1")
    congtac = os.path.join(builddir, "src", "congtac")
    probe = os.path.join(builddir, "tests", "bench", "libfirst-frame-preload.so")

    measure("congtac-seed", [congtac, "--db", seed_db], env, "stdout",
            "congtac-first-frame-us", runs, "congtac on a database holding the seed",
            "congtac-programme-frame-us")
    measure("congtac-archive", [congtac, "--db", archive_db], env, "stdout",
            "congtac-first-frame-us", runs, "congtac on the 2 400-programme archive",
            "congtac-programme-frame-us")
    gte_env = dict(env, LD_PRELOAD=probe)
    gte_env.pop("CONGTAC_REPORT_FIRST_FRAME")
    measure("gnome-text-editor", ["gnome-text-editor", "--standalone", "--ignore-session",
                                  seed_txt],
            gte_env, "stderr", "first-frame-us", runs,
            "gnome-text-editor (Debian) opening the seed text")
    # A bare libadwaita window (a header bar over an empty page), drawn as Congtac draws:
    # the reference its start-up time and memory are held to (1.10×).
    bare = os.path.join(builddir, "tests", "bench", "bench-bare-window")
    bare_env = dict(gte_env)
    if not any(name.startswith("renderD") for name in
               (os.listdir("/dev/dri") if os.path.isdir("/dev/dri") else [])):
        bare_env.update(GDK_DEBUG="gl-disable", GSK_RENDERER="cairo")
    measure("bare-window", [bare], bare_env, "stderr", "first-frame-us", runs,
            "a bare libadwaita window, drawn with the renderer Congtac picks")
    # The same with the renderer Congtac picks on a machine without a GPU render node
    # (src/ui/ct-graphics.c): the reference for the app's own start-up work.
    measure("gnome-text-editor-cairo", ["gnome-text-editor", "--standalone",
                                        "--ignore-session", seed_txt],
            dict(gte_env, GDK_DEBUG="gl-disable", GSK_RENDERER="cairo"), "stderr",
            "first-frame-us", runs,
            "gnome-text-editor (Debian) opening the seed text, drawn with Cairo")


if __name__ == "__main__":
    main()
