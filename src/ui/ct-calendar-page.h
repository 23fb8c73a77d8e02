/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * The window's "Lịch" page: a CtCalendarView following the window's programme. It applies
 * what the view asks for to ct_window_get_programme() and calls
 * ct_window_programme_edited() (undo step and autosave): a new event at the end of the
 * chosen section, a rescheduled event. Opening an item shows it in the editor page
 * (ct_window_open_item()).
 */

#define CT_TYPE_CALENDAR_PAGE (ct_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (CtCalendarPage, ct_calendar_page, CT, CALENDAR_PAGE, GtkWidget)

GtkWidget *ct_calendar_page_get_view (CtCalendarPage *self);

G_END_DECLS
