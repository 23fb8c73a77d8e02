#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns build-aux/bench's measurements (JSON lines) into a table and a JSON file."""

import json
import os
import statistics
import sys

# name: (label, target in the unit of the runs, or a name whose median halves to the target)
ROWS = [
    ("start-congtac-archive", "cold start to first frame, archive (ms)", "half:start-gnome-text-editor"),
    ("start-congtac-seed", "cold start to first frame, seed db (ms)", "half:start-gnome-text-editor"),
    ("start-congtac-seed/bare", "start, seed db ÷ bare window", 1.10),
    ("start-congtac-seed-programme", "cold start to the opened programme drawn, seed db (ms)",
     None),
    ("start-congtac-seed-programme/bare", "start to the programme drawn ÷ bare window", None),
    ("start-congtac-archive-programme", "cold start to the opened programme drawn, archive (ms)",
     None),
    ("rss-congtac-seed/bare", "peak RSS, seed db ÷ bare window", 1.10),
    ("start-bare-window", "bare libadwaita window start (ms)", None),
    ("start-gnome-text-editor", "gnome-text-editor start, seed text (ms)", None),
    ("start-gnome-text-editor-cairo", "gnome-text-editor start, drawn with Cairo (ms)", None),
    ("open", "open one programme (ms)", 20.0),
    ("save", "one field edit saved, to commit (ms)", 2.0),
    ("search", "diacritic-insensitive search, 2 400 programmes (ms)", 10.0),
    ("search@720", "the same search, 720 programmes (ms)", None),
    ("list-all", "list all programmes (ms)", None),
    ("list-all@720", "list all, 720 programmes (ms)", None),
    ("open@720", "open one programme, 720 programmes (ms)", None),
    ("save@720", "save, 720 programmes (ms)", None),
    ("pdf-seed", "PDF of the seed (ms)", 100.0),
    ("pdf-200-pages", "PDF of a 200-page programme (ms)", None),
    ("ics-export-10000", "ICS export, 10 000 events (ms)", 300.0),
    ("ics-import-10000", "ICS import, 10 000 events (ms)", 300.0),
    ("publish_ms", "publish 60 events to a local Radicale (ms)", 2000.0),
    ("republish_ms", "re-publish them unchanged (ms)", 200.0),
    ("editor_open_ms", "editor: a 60-event programme to its form drawn (ms)", 50.0),
    ("editor_complete_ms", "editor: the same, with its sections and closing part (ms)", None),
    ("editor_undo_ms", "editor: undo of a typed field to the next frame (ms)", 16.0),
    ("rss-congtac-seed", "peak RSS, congtac with the seed (MB)", "same:rss-gnome-text-editor"),
    ("rss-congtac-archive", "peak RSS, congtac with the archive (MB)", None),
    ("rss-bare-window", "peak RSS, bare libadwaita window (MB)", None),
    ("rss-gnome-text-editor", "peak RSS, gnome-text-editor with the seed (MB)", None),
    ("rss-gnome-text-editor-cairo", "peak RSS, gnome-text-editor drawn with Cairo (MB)", None),
]


def main():
    lines_path, json_path = sys.argv[1:3]
    results = {}
    with open(lines_path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                entry = json.loads(line)
                runs = entry.get("runs_ms", entry.get("runs_mb", []))
                entry["runs"] = runs
                if runs:
                    entry["median"] = statistics.median(runs)
                    entry["max"] = max(runs)
                results[entry["name"]] = entry

    # Ratios to the bare window, the reference of the start rows.
    for name in ("start-congtac-seed", "start-congtac-seed-programme", "rss-congtac-seed"):
        ref = results.get(name.split("-")[0] + "-bare-window", {}).get("median")
        if ref and results.get(name, {}).get("median") is not None:
            ratio = results[name]["median"] / ref
            results[name + "/bare"] = {"name": name + "/bare", "runs": [ratio],
                                       "median": ratio, "max": ratio,
                                       "note": "median over the bare window's median"}

    def target_of(spec):
        if spec is None or isinstance(spec, float):
            return spec
        kind, other = spec.split(":")
        ref = results.get(other, {}).get("median")
        if ref is None:
            return None
        return ref / 2 if kind == "half" else ref

    print(f"{'measure':52} {'median':>10} {'max':>10} {'target':>10}  met")
    for name, label, spec in ROWS:
        entry = results.get(name)
        if entry is None:
            continue
        target = target_of(spec)
        entry["target"] = target
        if "median" not in entry:
            print(f"{label:52} {'—':>10} {'—':>10} {'':>10}  {entry.get('note', '')}")
            continue
        met = "" if target is None else ("yes" if entry["median"] <= target else "NO")
        entry["met"] = met
        target_text = "" if target is None else f"{target:.1f}"
        print(f"{label:52} {entry['median']:10.1f} {entry['max']:10.1f} {target_text:>10}  {met}")
    print()
    for name, label, spec in ROWS:
        if name in results and results[name].get("note"):
            print(f"  {name}: {results[name]['note']}")
    # A partial run (BENCH_ONLY) keeps the rows of the last full one.
    if os.environ.get("BENCH_ONLY") and os.path.exists(json_path):
        with open(json_path) as f:
            results = {**json.load(f).get("results", {}), **results}
    with open(json_path, "w") as f:
        json.dump({"machine": {"cpus": os.cpu_count(),
                               "load_average": os.getloadavg()},
                   "results": results}, f, indent=2, ensure_ascii=False)
    print(f"\nWritten {json_path}")


if __name__ == "__main__":
    main()
