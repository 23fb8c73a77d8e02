/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-occurrence.h"

G_BEGIN_DECLS

/* A row of the calendar's day list: one occurrence with its time, title, "tentative"
 * badge, place, chair, agenda and conflicts; its "item-uuid" is the item's. For an event
 * the row has a "Change Date…" button, connected to @change_date (a "clicked" handler
 * receiving @user_data), whose row is its ancestor. */
#define CT_TYPE_CALENDAR_ROW (ct_calendar_row_get_type ())
G_DECLARE_FINAL_TYPE (CtCalendarRow, ct_calendar_row, CT, CALENDAR_ROW, GtkListBoxRow)

GtkWidget  *ct_calendar_row_new           (const CtOccurrence *occurrence,
                                           const char         *problems,
                                           GCallback           change_date,
                                           gpointer            user_data);
const char *ct_calendar_row_get_item_uuid (CtCalendarRow      *self);

G_END_DECLS
