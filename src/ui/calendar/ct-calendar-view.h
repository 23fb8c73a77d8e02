/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-holidays.h"
#include "ct-programme.h"

G_BEGIN_DECLS

/*
 * CtCalendarView: a programme's month on a calendar. A month grid (Monday first, rows
 * of the period labelled with their ISO week, "Tuần 35"…, days outside the period dimmed) with
 * the events as chips (day part or time and a shortened title; tentative ones dashed and
 * italic; weekly rules on each of their days; conflicts outlined), today highlighted,
 * holidays and days off marked and làm bù Saturdays shown as working days; beside it the
 * selected day with its events and their agenda.
 *
 * The view never edits the programme: it reports what the user asks for through signals,
 * and whoever owns the programme applies the change and calls
 * ct_calendar_view_refresh():
 *   ::item-activated (const char *uuid)              open the item in the editor
 *                                                    (double-click or Enter)
 *   ::item-moved (const char *uuid, GDate *start)    reschedule an event to start on @start
 *                                                    (drag to a day, or "Change Date…")
 *   ::add-event (GDate *date, guint section, const char *title)
 *                                                    create an event on @date at the end of
 *                                                    the section of index @section ("+")
 *
 * Actions: calendar.previous-month (Page Up), calendar.next-month (Page Down), which
 * select the same day of the month before or after (its last day when shorter),
 * calendar.today, calendar.period (back to the period's first month), calendar.add-event
 * (on the selected day). Arrow keys move the selected day; Enter or a double click on a
 * day brings its list into view (an overlay when the window is narrow) and focuses it.
 */

#define CT_TYPE_CALENDAR_VIEW (ct_calendar_view_get_type ())
G_DECLARE_FINAL_TYPE (CtCalendarView, ct_calendar_view, CT, CALENDAR_VIEW, GtkWidget)

GtkWidget   *ct_calendar_view_new               (void);
void         ct_calendar_view_set_programme     (CtCalendarView *self,
                                                 CtProgramme    *programme);
CtProgramme *ct_calendar_view_get_programme     (CtCalendarView *self);
void         ct_calendar_view_refresh           (CtCalendarView *self);
void         ct_calendar_view_set_holidays      (CtCalendarView *self,
                                                 CtHolidays     *holidays);
void         ct_calendar_view_set_today         (CtCalendarView *self,
                                                 const GDate    *today);
void         ct_calendar_view_show_month        (CtCalendarView *self,
                                                 int             year,
                                                 int             month);
void         ct_calendar_view_get_shown_month   (CtCalendarView *self,
                                                 int            *year,
                                                 int            *month);
void         ct_calendar_view_select_date       (CtCalendarView *self,
                                                 const GDate    *date);
void         ct_calendar_view_get_selected_date (CtCalendarView *self,
                                                 GDate          *date);
void         ct_calendar_view_begin_add_event   (CtCalendarView *self,
                                                 const GDate    *date);

G_END_DECLS
