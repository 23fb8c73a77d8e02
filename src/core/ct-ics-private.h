/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

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
char *ct_ics_uid_from_uuid (const char    *uuid);
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
 *
 * One event read from a calendar file, before it is placed in a programme.
 */
typedef struct
{
  char *uid;
  char *instance;
  gboolean overrides;
  gboolean cancelled;
  char *category;
  CtItem *item;
} CtIcsEvent;

void     ct_ics_event_free (CtIcsEvent *event);
gboolean ct_ics_read_event (icalcomponent        *calendar,
                            icalcomponent        *vevent,
                            const CtDayPartTimes *times,
                            const GDate          *period_first,
                            const GDate          *period_last,
                            GPtrArray            *events,
                            GError              **error);
void     ct_ics_read_description (CtItem     *item,
                                  const char *description);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtIcsEvent, ct_ics_event_free)

G_END_DECLS
