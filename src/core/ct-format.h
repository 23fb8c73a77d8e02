/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/* Document wording rules. Every function returns Vietnamese text whatever the UI
 * language: it is the document's content, not the interface. */

char       *ct_format_roman          (guint              number);
char       *ct_format_date_full      (const GDate       *date);
char       *ct_format_date_short     (const GDate       *date);
const char *ct_format_weekday        (GDateWeekday       weekday);
char       *ct_format_place_date     (const char        *place_name,
                                      const GDate       *date);
char       *ct_format_subtitle       (CtPeriodKind       kind,
                                      int                year,
                                      int                index);
char       *ct_programme_dup_subtitle (const CtProgramme *programme);

G_END_DECLS
