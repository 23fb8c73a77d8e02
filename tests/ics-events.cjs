// SPDX-License-Identifier: GPL-3.0-or-later
// Lists the occurrences of every VEVENT of an .ics file, read with Mozilla's ical.js (the
// parser in Thunderbird), in the format of tests/ics-events.py.
//   node ics-events.cjs FILE.ics ICALJS_DIR
'use strict';
const fs = require('fs');
const ICAL = require(require.resolve('ical.js', { paths: [process.argv[3]] }));

function fmt (t) {
  if (t.isDate)
    return t.toString();
  if (t.zone === ICAL.Timezone.localTimezone)
    return t.toString().replace(/^(.{19}).*$/, '$1') + 'L';
  return t.toJSDate ().toISOString ().replace (/\.\d{3}Z$/, 'Z');
}

const root = new ICAL.Component (ICAL.parse (fs.readFileSync (process.argv[2], 'utf8')));
for (const zone of root.getAllSubcomponents ('vtimezone'))
  ICAL.TimezoneService.register (zone);

const lines = [];
for (const vevent of root.getAllSubcomponents ('vevent')) {
  const event = new ICAL.Event (vevent);
  const duration = event.endDate.subtractDate (event.startDate);
  const starts = [];
  if (event.isRecurring ()) {
    const it = event.iterator ();
    for (let t = it.next (); t && starts.length < 1000; t = it.next ())
      starts.push (t);
  } else {
    starts.push (event.startDate);
  }
  const cats = vevent.getAllProperties ('categories')
    .flatMap ((p) => p.getValues ()).join (',');
  for (const start of starts) {
    const end = start.clone ();
    end.addDuration (duration);
    lines.push ([event.uid, event.summary, fmt (start), fmt (end),
                 vevent.getFirstPropertyValue ('status') || '', cats, event.location || '',
                 JSON.stringify (event.description || '')].join ('\t'));
  }
}
lines.sort ();
process.stdout.write (lines.map ((l) => l + '\n').join (''));
