/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-calendar-view"

#include "config.h"

#include <adwaita.h>

#include "ct-calendar-view-private.h"

/* The calendar's keyboard and actions: arrows move the day, Enter shows its list, Page
 * Up/Down and the header's buttons change month. */

static void
move_selection (CtCalendarView *self,
                int             days)
{
  GDate d = self->selected;

  if (days < 0)
    g_date_subtract_days (&d, -days);
  else
    g_date_add_days (&d, days);
  ct_calendar_view_select_date (self, &d);
}

/* Brings the day list into view (it is an overlay when the window is narrow) and moves the
 * focus there, for Enter or a double click on a day. */
void
ct_calendar_view_show_day_pane (CtCalendarView *self)
{
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->day_list, 0);

  if (adw_flap_get_folded (ADW_FLAP (self->day_flap)))
    adw_flap_set_reveal_flap (ADW_FLAP (self->day_flap), TRUE);
  gtk_widget_grab_focus (first != NULL ? GTK_WIDGET (first) : self->day_add_button);
}

/* The day that has the keyboard focus (or one of its chips), %NULL when none has. */
static const GDate *
focused_day (CtCalendarView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *day = focus != NULL ? gtk_widget_get_ancestor (focus, CT_TYPE_CALENDAR_DAY) : NULL;
  const GDate *date = day != NULL ? ct_calendar_day_get_date (CT_CALENDAR_DAY (day)) : NULL;

  return date != NULL && g_date_valid (date) ? date : NULL;
}

/* Tab moves the focus between days without selecting them: the keys act on the day that
 * has the focus, so it becomes the selected one first. */
static void
select_focused_day (CtCalendarView *self)
{
  const GDate *date = focused_day (self);

  if (date != NULL && g_date_compare (date, &self->selected) != 0)
    ct_calendar_view_select_date (self, date);
}

gboolean
ct_calendar_view_grid_key_pressed_cb (GtkEventControllerKey *controller,
                                      guint                  keyval,
                                      guint                  keycode,
                                      GdkModifierType        state,
                                      CtCalendarView        *self)
{
  int days;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:   days = -1; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: days = 1; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:       days = -7; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:   days = 7; break;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      /* On a chip, Enter opens the item: the chip sees the key after the grid. */
      if (!CT_IS_CALENDAR_DAY (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)))))
        return FALSE;
      select_focused_day (self);
      ct_calendar_view_show_day_pane (self);
      return TRUE;
    default:
      return FALSE;
    }
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL && (days == 1 || days == -1))
    days = -days;
  select_focused_day (self);
  move_selection (self, days);
  return TRUE;
}

static void
month_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CtCalendarView *self = CT_CALENDAR_VIEW (widget);
  const GDate *focused = focused_day (self);
  GDate d = self->shown;

  /* Page Up/Down go from the focused day of the month shown, as the arrows do; a day of
   * the month before or after in the grid is no reason to go back to that month first. */
  if (focused != NULL && g_date_get_month (focused) == g_date_get_month (&self->shown) &&
      !g_str_equal (action_name, "calendar.today") &&
      !g_str_equal (action_name, "calendar.period"))
    select_focused_day (self);
  if (g_str_equal (action_name, "calendar.previous-month"))
    g_date_subtract_months (&d, 1);
  else if (g_str_equal (action_name, "calendar.next-month"))
    g_date_add_months (&d, 1);
  else if (g_str_equal (action_name, "calendar.today"))
    {
      if (g_date_valid (&self->today))
        ct_calendar_view_select_date (self, &self->today);
      return;
    }
  else if (self->programme != NULL)
    {
      GDate last;

      ct_programme_get_period_range (self->programme, &d, &last);
      ct_calendar_view_select_date (self, &d);
      return;
    }
  ct_calendar_view_show_month (self, g_date_get_year (&d), g_date_get_month (&d));
}

static void
add_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CtCalendarView *self = CT_CALENDAR_VIEW (widget);

  ct_calendar_view_begin_add_event (self, &self->selected);
}

void
ct_calendar_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "calendar.previous-month", NULL, month_action);
  gtk_widget_class_install_action (widget_class, "calendar.next-month", NULL, month_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, month_action);
  gtk_widget_class_install_action (widget_class, "calendar.period", NULL, month_action);
  gtk_widget_class_install_action (widget_class, "calendar.add-event", NULL, add_event_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0,
                                       "calendar.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0,
                                       "calendar.next-month", NULL);
}
