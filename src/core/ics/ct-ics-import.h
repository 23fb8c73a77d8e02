/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ct-day-part-times.h"
#include "ct-ics.h"
#include "ct-programme.h"

G_BEGIN_DECLS

/**
 * CtIcsImportOptions:
 * @section: 0-based index of the section that receives new events, or -1 to file each
 *   new event under the section named by its CATEGORIES (created when missing)
 * @times: the clock times of the day parts: an event whose times are exactly a day
 *   part's becomes "sáng", "chiều" or "tối"
 * @cancellable: (nullable): checked while the file is read; a cancelled import fails
 *   with %G_IO_ERROR_CANCELLED and changes nothing
 * @progress: (nullable): called now and then, from the thread that imports, with the
 *   number of entries read and their total
 * @progress_data: data for @progress
 *
 * Where and how to import. Set the defaults with ct_ics_import_options_init().
 */
typedef struct
{
  int section;
  CtDayPartTimes times;
  GCancellable *cancellable;
  void (*progress) (guint    done,
                    guint    total,
                    gpointer data);
  gpointer progress_data;
} CtIcsImportOptions;

/**
 * CtIcsImportResult:
 * @added: events added as new items
 * @updated: existing items changed by an event with their UID
 * @unchanged: existing items an event with their UID left as they were (an export
 *   imported back)
 * @skipped: cancelled events left out
 * @older: events of existing items not applied because the programme's item is newer:
 *   a lower SEQUENCE, or the same SEQUENCE with other content and a LAST-MODIFIED not
 *   after the programme's last save (an export taken before an edit)
 * @outside_period: of the events imported (added, updated or unchanged), those with a
 *   day outside the
 *   programme's period (ct_programme_event_outside_period()): most likely the wrong file
 *   or the wrong programme; the pre-signing check lists them too
 * @warnings: (nullable) (element-type utf8): what was left out or read differently from
 *   what the file says, one translated sentence each naming the event; %NULL when
 *   nothing is to be said. Free with ct_ics_import_result_clear().
 */
typedef struct
{
  guint added;
  guint updated;
  guint unchanged;
  guint skipped;
  guint older;
  guint outside_period;
  GPtrArray *warnings;
} CtIcsImportResult;

void     ct_ics_import_options_init (CtIcsImportOptions       *options);
void     ct_ics_import_result_clear (CtIcsImportResult        *result);
gboolean ct_ics_import              (CtProgramme              *programme,
                                     const CtIcsImportOptions *options,
                                     const char               *data,
                                     gssize                    length,
                                     CtIcsImportResult        *result,
                                     GError                  **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CtIcsImportResult, ct_ics_import_result_clear)

G_END_DECLS
