/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ct-ics-enum-types.h"

G_BEGIN_DECLS

/**
 * CT_ICS_ERROR:
 *
 * Error domain of the calendar-file (RFC 5545 .ics) export and import. Messages are
 * translated and meant to be shown as they are.
 */
#define CT_ICS_ERROR (ct_ics_error_quark ())

/**
 * CtIcsError:
 * @CT_ICS_ERROR_NOT_CALENDAR: the input is not an iCalendar file (no VCALENDAR)
 * @CT_ICS_ERROR_MALFORMED: the input is an iCalendar file with lines or values that
 *   cannot be read
 * @CT_ICS_ERROR_UNKNOWN_TIMEZONE: a time refers to a TZID the file does not define and
 *   that is not a known zone name
 * @CT_ICS_ERROR_NO_EVENTS: nothing to export with the filter given, or no VEVENT to import
 * @CT_ICS_ERROR_NO_SECTION: the section number is not one of the programme's sections
 * @CT_ICS_ERROR_IO: the file cannot be read or written
 * @CT_ICS_ERROR_TOO_LARGE: the input is larger than %CT_ICS_MAX_BYTES, holds more than
 *   %CT_ICS_MAX_COMPONENTS entries or repeats its events too often to read
 * @CT_ICS_ERROR_DATE_RANGE: an event to export is dated outside the years
 *   %CT_ICS_MIN_YEAR to %CT_ICS_MAX_YEAR
 */
typedef enum {
  CT_ICS_ERROR_NOT_CALENDAR,
  CT_ICS_ERROR_MALFORMED,
  CT_ICS_ERROR_UNKNOWN_TIMEZONE,
  CT_ICS_ERROR_NO_EVENTS,
  CT_ICS_ERROR_NO_SECTION,
  CT_ICS_ERROR_IO,
  CT_ICS_ERROR_TOO_LARGE,
  CT_ICS_ERROR_DATE_RANGE,
} CtIcsError;

/* Largest calendar file read, in bytes: a year of a busy office's events is well under
 * 1 MB; anything far larger is not what the user meant to import. */
#define CT_ICS_MAX_BYTES (20 * 1024 * 1024)

/* Most entries (BEGIN: lines: events, time zones, alarms…) read from one file: a busy
 * office's year is a few thousand; more is a file meant for something else, and each entry
 * costs memory before it can be looked at. */
#define CT_ICS_MAX_COMPONENTS 20000

/* The years an imported or exported date may have: a work programme is about this
 * century; a year far outside is a typing slip or a "never" marker, not a date to keep. */
#define CT_ICS_MIN_YEAR 1900
#define CT_ICS_MAX_YEAR 2200

/* The zone of every exported time: Vietnam, UTC+7 without daylight saving since 1975. */
#define CT_ICS_TZID "Asia/Ho_Chi_Minh"

GQuark ct_ics_error_quark (void);

G_END_DECLS
