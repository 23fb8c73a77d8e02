/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-week.h"

G_BEGIN_DECLS

/*
 * One day of the week page: its heading (weekday and date, a day off or a làm bù day
 * marked, today highlighted) over a boxed list of its entries, or "No events" when it
 * has none. A row shows the time cell, the content (title, agenda lines), chair,
 * location and preparing unit, with "Tentative" and "Added" badges; its accessible label
 * reads the day, the time and the title. Activating a row emits the list's
 * "row-activated"; ct_week_day_row_get_uuid() and ct_week_day_row_get_programme_id() tell
 * which item it is.
 */

GtkWidget  *ct_week_day_group_new           (const CtWeekDay *day,
                                             gboolean         today);
GtkListBox *ct_week_day_group_get_list      (GtkWidget       *group);
char       *ct_week_day_group_dup_outline   (GtkWidget       *group);
const char *ct_week_day_row_get_uuid        (GtkListBoxRow   *row);
gint64      ct_week_day_row_get_programme_id (GtkListBoxRow  *row);

G_END_DECLS
