#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# congtac-cli export-ics / import-ics on the first-run sample, as a user would run them.
# TAP output. Needs CT_CLI (set by tests/meson.build).
set -u

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cli="$CT_CLI"
n=0
failed=0

ok () {
  n=$((n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=1; fi
}

uids () {
  tr -d '\r' < "$1" | grep -E '^(UID|SEQUENCE):' | paste -sd' '
}

"$cli" --db "$dir/a.db" export-ics 1 "$dir/a.ics" 2> "$dir/err"
ok $? "export-ics writes the sample's calendar"

# Byte level: no BOM, CRLF after every line including the last, lines of at most 75 octets.
head -c 3 "$dir/a.ics" | od -An -tx1 | grep -q 'ef bb bf'
ok $((! $?)) "no byte order mark"
[ "$(tail -c 2 "$dir/a.ics" | od -An -tx1 | tr -d ' ')" = "0d0a" ]
ok $? "the last line ends with CRLF"
[ "$(tr -cd '\n' < "$dir/a.ics" | wc -c)" = "$(grep -c "$(printf '\r')\$" "$dir/a.ics")" ]
ok $? "every line ends with CRLF"
[ "$(tr -d '\r' < "$dir/a.ics" | LC_ALL=C awk 'length($0) > 75' | wc -l)" -eq 0 ]
ok $? "no line is longer than 75 octets"
[ "$(grep -c '^BEGIN:VEVENT' "$dir/a.ics")" -eq 3 ]
ok $? "three events: two conferences and the weekly briefing"
grep -q "^RRULE:FREQ=WEEKLY;UNTIL=20261228T063000Z;BYDAY=MO$(printf '\r')\$" "$dir/a.ics"
ok $? "the briefing's rule ends on its last Monday, in UTC"

if /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
  count=$(/usr/bin/python3 -c 'import sys, icalendar
print(len(icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read()).walk("VEVENT")))' \
          "$dir/a.ics")
  [ "$count" = 3 ]
  ok $? "python3-icalendar reads the three events"
else
  n=$((n + 1)); echo "ok $n # SKIP python3-icalendar is not installed"
fi

before=$(uids "$dir/a.ics")
out=$("$cli" --db "$dir/a.db" import-ics 1 "$dir/a.ics")
[ "$out" = "Imported 0 new events, updated 0, 3 unchanged, left out 0 cancelled." ]
ok $? "importing the export into its programme updates, adds nothing"
"$cli" --db "$dir/a.db" export-ics 1 "$dir/a2.ics"
[ "$(uids "$dir/a2.ics")" = "$before" ]
ok $? "after the re-import, the same UIDs and SEQUENCEs"

"$cli" --db "$dir/a.db" export-ics 1 "$dir/u.ics" --unit "van phong huyen uy" &&
  [ "$(grep -c '^BEGIN:VEVENT' "$dir/u.ics")" -eq 1 ]
ok $? "--unit keeps the one conference the unit prepares for"
"$cli" --db "$dir/a.db" export-ics 1 "$dir/s.ics" --section 4 &&
  [ "$(grep -c '^BEGIN:VEVENT' "$dir/s.ics")" -eq 1 ] && grep -q '^RRULE:' "$dir/s.ics"
ok $? "--section 4 exports the briefing only"

err=$("$cli" --db "$dir/a.db" export-ics 1 "$dir/x.ics" --section 9 2>&1)
[ $? -eq 1 ] && [ "$err" = "congtac-cli: There is no section 9: the programme has 4 sections." ] &&
  [ ! -e "$dir/x.ics" ]
ok $? "a missing section is refused and no file is written"

printf 'Chương trình công tác\n' > "$dir/not.ics"
"$cli" --db "$dir/a.db" show 1 > "$dir/show-before"
err=$("$cli" --db "$dir/a.db" import-ics 1 "$dir/not.ics" 2>&1)
[ $? -eq 1 ] &&
  [ "$err" = "congtac-cli: This is not a calendar file: it does not begin with BEGIN:VCALENDAR." ]
ok $? "a file that is not a calendar is refused"
"$cli" --db "$dir/a.db" show 1 > "$dir/show-after"
cmp -s "$dir/show-before" "$dir/show-after"
ok $? "and the programme is unchanged"

# An event of November in the December programme is imported, with a warning.
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:nov@test\r\nSUMMARY:Hội nghị tháng trước\r\nDTSTART;VALUE=DATE:20261125\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > "$dir/nov.ics"
out=$("$cli" --db "$dir/a.db" import-ics 1 "$dir/nov.ics" 2> "$dir/err")
[ "$out" = "Imported 1 new event, updated 0, 0 unchanged, left out 0 cancelled." ] &&
  [ "$(cat "$dir/err")" = "congtac-cli: warning: 1 event is outside the programme’s period." ]
ok $? "an event outside the programme's period is imported with a warning"

# A rule every second on the 31st of February once made import-ics spin without end.
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:giay@test\r\nSUMMARY:Điểm danh từng giây\r\nDTSTART:20261201T080000\r\nRRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=31\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:dec@test\r\nSUMMARY:Hội nghị tháng này\r\nDTSTART;VALUE=DATE:20261215\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > "$dir/sec.ics"
out=$("$cli" --db "$dir/a.db" import-ics 1 "$dir/sec.ics" 2> "$dir/err")
[ $? -eq 0 ] && [ "$out" = "Imported 1 new event, updated 0, 0 unchanged, left out 0 cancelled." ] &&
  [ "$(cat "$dir/err")" = "congtac-cli: warning: The event “Điểm danh từng giây” repeats every hour, minute or second; a programme keeps events by the day, so it was left out." ]
ok $? "a rule finer than daily is left out with a warning naming it"

# A copy of an event from before its last change (a lower SEQUENCE) changes nothing, and
# is said.
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\nUID:doi@test\r\nSUMMARY:Hội nghị đã dời\r\nSEQUENCE:2\r\nDTSTART;VALUE=DATE:20261218\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' > "$dir/new.ics"
sed -e 's/SEQUENCE:2/SEQUENCE:1/' -e 's/20261218/20261216/' "$dir/new.ics" > "$dir/old.ics"
"$cli" --db "$dir/a.db" import-ics 1 "$dir/new.ics" > /dev/null &&
  "$cli" --db "$dir/a.db" show 1 > "$dir/show-before"
out=$("$cli" --db "$dir/a.db" import-ics 1 "$dir/old.ics" 2> "$dir/err")
[ $? -eq 0 ] && [ "$out" = "Imported 0 new events, updated 0, 0 unchanged, left out 0 cancelled." ] &&
  [ "$(cat "$dir/err")" = "congtac-cli: warning: 1 event is older than the programme’s; not applied." ]
ok $? "an older copy of an event is not applied, with a warning"
"$cli" --db "$dir/a.db" show 1 > "$dir/show-after"
cmp -s "$dir/show-before" "$dir/show-after" && grep -q "18" "$dir/show-after"
ok $? "and the programme keeps the newer day"

"$cli" --db "$dir/b.db" export-ics 1 "$dir/b.ics"
shared=$(tr -d '\r' < "$dir/a.ics" | grep '^UID:' | grep -cxFf - "$dir/b.ics")
[ "$shared" -eq 0 ] && [ "$(tr -d '\r' < "$dir/b.ics" | grep -c '^UID:')" -eq 3 ]
ok $? "two databases share no UID"

echo "1..$n"
exit $failed
