/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-calendar-day.h"
#include "ct-calendar-view.h"

G_BEGIN_DECLS

#define N_ROWS 6
#define N_CELLS (N_ROWS * 7)

struct _CtCalendarView
{
  GtkWidget parent_instance;

  CtProgramme *programme;
  CtHolidays *holidays;
  GDate shown;      /* first day of the month shown */
  GDate grid_first; /* the Monday starting the first row */
  GDate selected;
  GDate today;
  guint midnight_id;
  GPtrArray *occurrences; /* CtOccurrence of the grid's 42 days */
  GHashTable *problems;   /* "uuid julian" → conflict messages */

  GtkWidget *root_box;
  GtkWidget *day_flap;
  GtkLabel *month_label;
  GtkGrid *grid;
  GtkLabel *day_title;
  GtkLabel *day_subtitle;
  GtkListBox *day_list;
  GtkWidget *day_add_button;
  CtCalendarDay *cells[N_CELLS];
  GtkWidget *week_labels[N_ROWS];

  GtkWidget *add_popover;
  GtkWidget *add_heading;
  GtkWidget *add_title;
  GtkWidget *add_section;
  GtkWidget *add_hint;
  GtkWidget *add_button;
  GtkWidget *add_origin; /* weak: the day or "+" the popover was opened from */
  guint add_proposed;
  GDate add_date;

  GtkWidget *move_popover;
  GtkWidget *move_calendar;
  char *move_uuid;
  GDate move_from;
};

/* ct-calendar-view-edit.c: the "+" and "Change Date…" popovers. */
void           ct_calendar_view_build_popovers (CtCalendarView *self);
void           ct_calendar_view_emit_move      (CtCalendarView *self,
                                                const char     *uuid,
                                                const GDate    *from,
                                                const GDate    *to);
void           ct_calendar_view_begin_add_event_from (CtCalendarView *self,
                                                      const GDate    *date,
                                                      GtkWidget      *origin);
void           ct_calendar_view_change_date_clicked_cb (GtkButton      *button,
                                                        CtCalendarView *self);

/* ct-calendar-view-actions.c: keyboard and actions. */
void           ct_calendar_view_class_init_actions (GtkWidgetClass *widget_class);
gboolean       ct_calendar_view_grid_key_pressed_cb (GtkEventControllerKey *controller,
                                                     guint                  keyval,
                                                     guint                  keycode,
                                                     GdkModifierType        state,
                                                     CtCalendarView        *self);
void           ct_calendar_view_show_day_pane  (CtCalendarView *self);

/* For tests: the parts a user reaches with the mouse or the keyboard. */
CtCalendarDay *ct_calendar_view_get_day        (CtCalendarView *self,
                                                const GDate    *date);
GtkWidget     *ct_calendar_view_get_week_label (CtCalendarView *self,
                                                guint           row);
GtkListBox    *ct_calendar_view_get_day_list   (CtCalendarView *self);
GtkPopover    *ct_calendar_view_get_add_popover (CtCalendarView *self,
                                                 GtkEditable   **title,
                                                 GtkDropDown   **section,
                                                 GtkButton     **add_button);
GtkLabel      *ct_calendar_view_get_add_hint   (CtCalendarView *self);

G_END_DECLS
