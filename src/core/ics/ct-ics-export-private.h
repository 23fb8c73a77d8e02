/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libical/ical.h>

#include "ct-ics-export.h"

G_BEGIN_DECLS

/* Shared by ct-ics-build.c, ct-ics-export.c and ct-ics-export-week.c. */

/*
 * CtIcsExportContext:
 * @programme: the programme of the items being written
 * @options: what to export
 * @unit_key: (nullable): @options->unit folded (ct_text_fold())
 * @stamp: DTSTAMP, UTC
 * @modified: LAST-MODIFIED, UTC: when @programme was last saved
 */
typedef struct
{
  const CtProgramme *programme;
  const CtIcsExportOptions *options;
  char *unit_key;
  struct icaltimetype stamp;
  struct icaltimetype modified;
} CtIcsExportContext;

struct icaltimetype ct_ics_utc_time (gint64 seconds);

icalcomponent *ct_ics_build_calendar (const char               *name);
icalcomponent *ct_ics_build_event    (const CtIcsExportContext *ctx,
                                      const CtSection          *section,
                                      const CtItem             *item);
icalcomponent *ct_ics_build_instance (const CtIcsExportContext *ctx,
                                      const CtSection          *section,
                                      const CtItem             *item,
                                      const GDate              *date);
gboolean       ct_ics_check_years    (const CtIcsExportContext *ctx,
                                      const CtSection          *section,
                                      const CtItem             *item,
                                      GError                  **error);
gboolean       ct_ics_item_chosen    (const CtIcsExportContext *ctx,
                                      const CtItem             *item);
gboolean       ct_ics_item_exported  (const CtIcsExportContext *ctx,
                                      const CtItem             *item);

G_END_DECLS
