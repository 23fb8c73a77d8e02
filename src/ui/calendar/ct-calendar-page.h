/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-session.h"

G_BEGIN_DECLS

/*
 * The window's "Lịch" page: a CtCalendarView following the session's programme. It applies
 * what the view asks for to the programme and calls ct_session_edited() (undo step and
 * autosave): a new event at the end of the chosen section, a rescheduled event. What the
 * window shows it asks through signals: "toast" (a message) and "open-item" (an item's
 * UUID, to show in the editor page).
 */

#define CT_TYPE_CALENDAR_PAGE (ct_calendar_page_get_type ())
G_DECLARE_FINAL_TYPE (CtCalendarPage, ct_calendar_page, CT, CALENDAR_PAGE, GtkWidget)

GtkWidget *ct_calendar_page_get_view (CtCalendarPage *self);
void       ct_calendar_page_set_session (CtCalendarPage *self,
                                         CtSession      *session);

G_END_DECLS
