#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Lists the occurrences of every VEVENT of an .ics file, read with Debian's python3-icalendar
# (rules expanded with dateutil), one line each, sorted:
#   UID  SUMMARY  START  END  STATUS  CATEGORIES  LOCATION  DESCRIPTION(JSON)
# START/END: "YYYY-MM-DD" for dates, "YYYY-MM-DDTHH:MM:SSZ" (UTC) for date-times.
# tests/ics-events.cjs prints the same with Mozilla's ical.js.
import datetime
import json
import sys

from dateutil.rrule import rrulestr
from icalendar import Calendar

UTC = datetime.timezone.utc


def fmt(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return value.strftime('%Y-%m-%dT%H:%M:%S') + 'L'
        return value.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')
    return value.strftime('%Y-%m-%d')


def exdates(event):
    found = set()
    prop = event.get('EXDATE')
    if prop is None:
        return found
    for item in prop if isinstance(prop, list) else [prop]:
        for d in item.dts:
            found.add(d.dt)
    return found


def starts(event, start):
    if 'RRULE' not in event:
        return [start]
    is_date = not isinstance(start, datetime.datetime)
    first = datetime.datetime.combine(start, datetime.time()) if is_date else start
    rule = rrulestr(event['RRULE'].to_ical().decode(), dtstart=first)
    skip = exdates(event)
    out = []
    for s in rule:
        value = s.date() if is_date else s
        if value not in skip:
            out.append(value)
    return out


def main():
    with open(sys.argv[1], 'rb') as f:
        calendar = Calendar.from_ical(f.read())
    lines = []
    for event in calendar.walk('VEVENT'):
        start = event.decoded('DTSTART')
        end = event.decoded('DTEND') if 'DTEND' in event else start
        # python3-icalendar 4.0.3 splits a CATEGORIES value at escaped commas too
        # (collective/icalendar#127, fixed upstream in 2025): values are joined back with
        # "," as ical.js's listing does, which is exact for Congtac's one category.
        cats = event.get('CATEGORIES')
        cats = ','.join(str(c) for c in cats.cats) if cats is not None else ''
        for s in starts(event, start):
            lines.append('\t'.join([
                str(event['UID']), str(event['SUMMARY']), fmt(s), fmt(s + (end - start)),
                str(event.get('STATUS', '')), cats, str(event.get('LOCATION', '')),
                json.dumps(str(event.get('DESCRIPTION', '')), ensure_ascii=False)]))
    sys.stdout.write(''.join(line + '\n' for line in sorted(lines)))


main()
