/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <libical/ical.h>

#include "ct-day-part-times.h"
#include "ct-ics.h"
#include "ct-item.h"

G_BEGIN_DECLS

/* Shared by ct-ics-export.c, ct-ics-import.c and ct-ics-writer.c. */

/* Vietnam's offset from UTC, seconds. */
#define CT_ICS_UTC_OFFSET (7 * 3600)

char *ct_ics_escape_text   (const char    *text);
void  ct_ics_append_folded (GString       *out,
                            const char    *line);
char *ct_ics_serialize     (icalcomponent *root);
char *ct_ics_event_signature (icalcomponent *vevent);
char *ct_ics_uid_from_uuid (const char    *uuid);
char *ct_ics_item_uid      (const CtItem  *item);
char *ct_ics_uuid_from_uid (const char    *uid);
char *ct_ics_derive_uuid   (gint64         programme_id,
                            const char    *uid,
                            const char    *instance);

G_END_DECLS

G_BEGIN_DECLS

/*
 * CtIcsEvent:
 * @uid: the event's UID (one is made up from the summary and start when missing)
 * @instance: (nullable): which instance of @uid this is: the RECURRENCE-ID, or the day of
 *   an occurrence expanded from a rule Congtac cannot keep, as "YYYY-MM-DD"
 * @overrides: %TRUE when @instance comes from a RECURRENCE-ID: the master's rule loses that
 *   day (the item is the moved or changed instance)
 * @cancelled: STATUS:CANCELLED
 * @category: (nullable): the first CATEGORIES value
 * @item: the item read from the event, with a random UUID still
 * @signature: (nullable): ct_ics_event_signature() of an event with a UID Congtac made or
 *   kept (#CtItem.ics_uid), not expanded from a rule
 * @modified: the event's LAST-MODIFIED (or, without one, its DTSTAMP) in seconds since the
 *   Unix epoch, UTC; 0 when the file gives neither
 *
 * One event read from a calendar file, before it is placed in a programme.
 */
/*
 * CtIcsReader:
 * @times: the day-part times
 * @period_first: first day of the receiving programme's period
 * @period_last: last day of that period
 * @cancellable: (nullable): checked while rules are expanded
 * @warnings: (element-type utf8): translated sentences for the import result
 * @n_warnings: warnings met, kept or not (%CT_ICS_MAX_WARNINGS are kept)
 * @bad_zones: (element-type utf8 utf8): TZIDs of the file's VTIMEZONEs that were
 *   removed, because libical would expand their rules without end
 * @steps: recurrence steps taken so far, over all rules of the file
 * @n_without_days: expanded rules none of whose days falls in the period
 * @without_days: (nullable): the title of the first of them
 * @n_alarms: events with reminders (VALARM), which a programme does not keep
 * @zones: (element-type utf8 icaltimezone): zones made for TZIDs that are a Windows zone
 *   name or a fixed offset, owned, freed with the reader
 *
 * What reading one file's events shares from one event to the next.
 */
typedef struct
{
  const CtDayPartTimes *times;
  GDate period_first;
  GDate period_last;
  GCancellable *cancellable;
  GPtrArray *warnings;
  guint n_warnings;
  GHashTable *bad_zones;
  guint64 steps;
  guint n_without_days;
  char *without_days;
  guint n_alarms;
  GHashTable *zones;
} CtIcsReader;

/* Warnings kept in full; past it, one line says how many more there were. */
#define CT_ICS_MAX_WARNINGS 50

void ct_ics_reader_warn (CtIcsReader *reader,
                         const char  *format,
                         ...) G_GNUC_PRINTF (2, 3);

typedef struct
{
  char *uid;
  char *instance;
  gboolean overrides;
  gboolean cancelled;
  char *category;
  CtItem *item;
  char *signature;
  gint64 modified;
} CtIcsEvent;

void     ct_ics_event_free (CtIcsEvent *event);
gboolean ct_ics_read_event (CtIcsReader          *reader,
                            icalcomponent        *calendar,
                            icalcomponent        *vevent,
                            GPtrArray            *events,
                            GError              **error);
char    *ct_ics_build_description (const CtItem *item);
void     ct_ics_read_description (CtItem     *item,
                                  const char *description);
const char *ct_ics_field_label   (const CtItemTextField *field);

/* Marks an event whose item has a start time and no end: DTEND is then only the end the
 * day-part times give that start, which calendars need, and is not read back as the item's
 * end (nor, when it matches a day part, as "sáng"). */
#define CT_ICS_NO_END_PROPERTY "X-CONGTAC-NO-END"

/* The first line of a vague event's DESCRIPTION: "Thời gian: tuần 3". */
#define CT_ICS_VAGUE_LABEL "Thời gian: "

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtIcsEvent, ct_ics_event_free)

G_END_DECLS
