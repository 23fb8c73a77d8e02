/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-occurrence.h"

G_BEGIN_DECLS

/* A row of the calendar's day list: one occurrence with its time, title, "tentative"
 * badge, place, chair, agenda and conflicts. The row's object data "ct-uuid" holds the
 * item's UUID. For an event the row has a "Change Date…" button, connected to
 * @change_date (a "clicked" handler receiving @user_data); its object data "ct-uuid" is
 * set too. */
GtkWidget *ct_calendar_row_new (const CtOccurrence *occurrence,
                                const char         *problems,
                                GCallback           change_date,
                                gpointer            user_data);

G_END_DECLS
