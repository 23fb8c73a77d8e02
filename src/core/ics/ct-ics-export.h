/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-day-part-times.h"
#include "ct-ics.h"
#include "ct-programme.h"
#include "ct-week.h"

G_BEGIN_DECLS

/**
 * CtIcsExportOptions:
 * @section: 0-based index of the one section to export, or -1 for all
 * @unit: (nullable): export only the events with an agenda item prepared by this unit
 *   (matched with ct_text_fold(), so case, marks and "uỷ"/"ủy" do not matter)
 * @times: the clock times of the day parts
 * @now: DTSTAMP, seconds since the Unix epoch; 0 means the current time
 *
 * What to export. Set the defaults with ct_ics_export_options_init().
 */
typedef struct
{
  int section;
  const char *unit;
  CtDayPartTimes times;
  gint64 now;
} CtIcsExportOptions;

void     ct_ics_export_options_init (CtIcsExportOptions       *options);
char    *ct_ics_export              (const CtProgramme        *programme,
                                     const CtIcsExportOptions *options,
                                     GError                  **error);
char    *ct_ics_export_week         (const CtWeek             *week,
                                     const CtIcsExportOptions *options,
                                     GError                  **error);
gboolean ct_ics_export_to_file      (const CtProgramme        *programme,
                                     const CtIcsExportOptions *options,
                                     const char               *path,
                                     GError                  **error);
GPtrArray *ct_ics_export_list_left_out (const CtProgramme        *programme,
                                        const CtIcsExportOptions *options);
GPtrArray *ct_ics_list_preparing_units (const CtProgramme *programme);
gboolean ct_ics_section_has_events  (const CtProgramme        *programme,
                                     guint                     section);

G_END_DECLS
