/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-day-part-times.h"
#include "ct-ics.h"
#include "ct-store.h"

G_BEGIN_DECLS

/**
 * CtIcsImportOptions:
 * @section: 0-based index of the section that receives new events, or -1 to file each
 *   new event under the section named by its CATEGORIES (created when missing)
 * @times: the clock times of the day parts: an event whose times are exactly a day
 *   part's becomes "sáng", "chiều" or "tối"
 *
 * Where and how to import. Set the defaults with ct_ics_import_options_init().
 */
typedef struct
{
  int section;
  CtDayPartTimes times;
} CtIcsImportOptions;

/**
 * CtIcsImportResult:
 * @added: events added as new items
 * @updated: existing items changed by an event with their UID
 * @unchanged: existing items an event with their UID left as they were (an export
 *   imported back)
 * @skipped: cancelled events left out
 * @outside_period: of the events imported (added, updated or unchanged), those with a
 *   day outside the
 *   programme's period (ct_programme_event_outside_period()): most likely the wrong file
 *   or the wrong programme; the pre-signing check lists them too
 */
typedef struct
{
  guint added;
  guint updated;
  guint unchanged;
  guint skipped;
  guint outside_period;
} CtIcsImportResult;

void     ct_ics_import_options_init (CtIcsImportOptions       *options);
gboolean ct_ics_import              (CtProgramme              *programme,
                                     const CtIcsImportOptions *options,
                                     const char               *data,
                                     gssize                    length,
                                     CtIcsImportResult        *result,
                                     GError                  **error);
gboolean ct_ics_import_file         (CtStore                  *store,
                                     gint64                    programme_id,
                                     const CtIcsImportOptions *options,
                                     const char               *path,
                                     CtIcsImportResult        *result,
                                     GError                  **error);

G_END_DECLS
