#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes schema-N.db and the outputs test-migration expects of it, with a congtac-cli built
# from an earlier commit (kept as they were made; run again only to add a database):
#   schema 3: ab38942, the last commit before programmes carried a revision
#   schema 4: dd710bd, the last commit before the model of schema 5
#   git worktree add /tmp/old4 dd710bd && meson setup /tmp/old4/build /tmp/old4 &&
#   ninja -C /tmp/old4/build src/congtac-cli
#   tests/data/migration/make-databases.sh /tmp/old4/build/src/congtac-cli 4
# The database holds the sample every new database gets, every text fixture that CLI
# imports, two calendar files put into one of them, and (schema 4, which has "import")
# the programme files *.json of this folder.
set -eu
cli=$1
schema=$2
here=$(cd "$(dirname "$0")" && pwd)
tests=$(cd "$here/../.." && pwd)
out=$here/schema-$schema
db=$here/schema-$schema.db

# As the tests run congtac-cli: English, UTC, settings in memory, the build's schemas.
export LC_ALL=C.UTF-8 LANGUAGE=C TZ=UTC GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="${GSETTINGS_SCHEMA_DIR:-$(dirname "$(dirname "$cli")")/data}"
rm -rf "$out" "$db"
mkdir -p "$out"

for text in "$tests"/data/programme-wrapped.txt "$tests"/fuzz/corpus/import-text/*.txt; do
  "$cli" --db="$db" import-text "$text" >/dev/null 2>&1 ||
    echo "not imported (refused by that version): ${text#"$tests"/}"
done
# Calendar files into the first imported programme (id 2; 1 is the sample).
for ics in weekly-exdate-instance all-day; do
  "$cli" --db="$db" import-ics 2 "$tests/fuzz/corpus/ics-import/$ics.ics" >/dev/null 2>&1
done
if [ "$schema" -ge 4 ]; then
  for json in "$here"/*.json; do
    "$cli" --db="$db" import "$json" >/dev/null
  done
fi

"$cli" --db="$db" list >"$out/list.txt"
cut -f1 "$out/list.txt" | while read -r id; do
  "$cli" --db="$db" show "$id" >"$out/show-$id.txt"
done
