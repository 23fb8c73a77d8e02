/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-holidays.h"
#include "ct-occurrence.h"

G_BEGIN_DECLS

/*
 * One day of the calendar grid: day number, lunar date, holiday mark, a "+" button and
 * the day's chips. Internal to CtCalendarView, which listens to its signals:
 *   ::selected ()                          the day was clicked
 *   ::activated ()                         the day was double-clicked
 *   ::add-requested (GtkWidget *button)    "+" was pressed
 *   ::chip-activated (const char *uuid)    a chip was double-clicked or got Enter
 *   ::chip-dropped (const char *uuid, GDate *from_day)   a chip was dropped here
 */

#define CT_TYPE_CALENDAR_DAY (ct_calendar_day_get_type ())
G_DECLARE_FINAL_TYPE (CtCalendarDay, ct_calendar_day, CT, CALENDAR_DAY, GtkWidget)

/**
 * CtCalendarDayFlags:
 * @CT_CALENDAR_DAY_OUTSIDE_PERIOD: the day is not in the programme's period (dimmed)
 * @CT_CALENDAR_DAY_OTHER_MONTH: the day belongs to the month before or after the one shown
 * @CT_CALENDAR_DAY_TODAY: the day is today
 * @CT_CALENDAR_DAY_SELECTED: the day is the selected one
 */
typedef enum {
  CT_CALENDAR_DAY_OUTSIDE_PERIOD = 1 << 0,
  CT_CALENDAR_DAY_OTHER_MONTH    = 1 << 1,
  CT_CALENDAR_DAY_TODAY          = 1 << 2,
  CT_CALENDAR_DAY_SELECTED       = 1 << 3,
} CtCalendarDayFlags;

GtkWidget   *ct_calendar_day_new          (void);
void         ct_calendar_day_set_date     (CtCalendarDay      *self,
                                           const GDate        *date,
                                           CtCalendarDayFlags  flags,
                                           const CtDayInfo    *info);
const GDate *ct_calendar_day_get_date     (CtCalendarDay      *self);
void         ct_calendar_day_set_selected (CtCalendarDay      *self,
                                           gboolean            selected);
void         ct_calendar_day_clear_chips  (CtCalendarDay      *self);
void         ct_calendar_day_add_chip     (CtCalendarDay      *self,
                                           const CtOccurrence *occurrence,
                                           const char         *problems);
guint        ct_calendar_day_get_n_chips  (CtCalendarDay      *self);
GtkWidget   *ct_calendar_day_get_chip     (CtCalendarDay      *self,
                                           guint               index);
const char  *ct_calendar_day_chip_get_uuid (GtkWidget         *chip);
const char  *ct_calendar_day_chip_get_label (GtkWidget        *chip);
char        *ct_calendar_chip_label       (const CtOccurrence *occurrence);
const char  *ct_calendar_day_part_label   (CtDayPart           day_part);

G_END_DECLS
