#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a CalDAV calendar back with python3-caldav, a client that is not Congtac's.

Usage: caldav-events.py URL USER FIRST LAST (password in CT_CALDAV_PASSWORD)
Prints one line per occurrence between the days FIRST and LAST (YYYY-MM-DD), sorted:
"UID<TAB>YYYY-MM-DD<TAB>SUMMARY", the day in Vietnam's time (UTC+7)."""

import datetime
import os
import sys

import caldav

VIETNAM = datetime.timezone(datetime.timedelta(hours=7))


def day_of(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(VIETNAM)
        return value.date()
    return value


def main():
    url, user, first, last = sys.argv[1:5]
    client = caldav.DAVClient(url, username=user, password=os.environ["CT_CALDAV_PASSWORD"])
    calendar = caldav.Calendar(client=client, url=url)
    start = datetime.datetime.fromisoformat(first)
    end = datetime.datetime.fromisoformat(last) + datetime.timedelta(days=1)
    lines = []
    for event in calendar.date_search(start=start, end=end, expand=True):
        for component in event.icalendar_instance.walk("VEVENT"):
            day = day_of(component.decoded("DTSTART"))
            lines.append(f"{component['UID']}\t{day.isoformat()}\t{component['SUMMARY']}")
    for line in sorted(lines):
        print(line)


main()
