/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-ics-export.h"

G_BEGIN_DECLS

/**
 * CtIcsEventFile:
 * @uid: the event's UID, as in the programme's calendar file
 * @title: the event's title (or its section's), for messages
 * @sequence: its SEQUENCE
 * @text: one VCALENDAR holding the VTIMEZONE and the event
 * @hash: SHA-256 (hex) of @text without DTSTAMP and LAST-MODIFIED, which change at every
 *   save of the programme: equal hashes mean the event itself did not change
 *
 * One event of a programme as a calendar object of its own (RFC 4791 §4.1), for a
 * calendar server that keeps each event as a resource.
 */
typedef struct
{
  char *uid;
  char *title;
  guint sequence;
  char *text;
  char *hash;
} CtIcsEventFile;

void       ct_ics_event_file_free (CtIcsEventFile           *file);
GPtrArray *ct_ics_export_events   (const CtProgramme        *programme,
                                   const CtIcsExportOptions *options,
                                   GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtIcsEventFile, ct_ics_event_file_free)

G_END_DECLS
