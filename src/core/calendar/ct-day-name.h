/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Day names for the interface (translated), as opposed to ct_format_weekday(), which
 * gives the document's Vietnamese wording whatever the interface language. */

const char *ct_day_name_weekday       (GDateWeekday  weekday);
const char *ct_day_name_weekday_short (GDateWeekday  weekday);
char       *ct_day_name_format        (const GDate  *date);

G_END_DECLS
