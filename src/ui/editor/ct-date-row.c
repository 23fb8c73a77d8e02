/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-date-row.h"
#include "ct-format.h"

struct _CtDateRow
{
  AdwActionRow parent_instance;

  GDate date;
  GtkMenuButton *button;
  GtkCalendar *calendar;
  GtkWidget *clear_button;
  GDate suggestion;    /* the day the calendar shows while no date is set */
  gboolean updating;
  gboolean clearable;
};

G_DEFINE_FINAL_TYPE (CtDateRow, ct_date_row, ADW_TYPE_ACTION_ROW)

enum {
  DATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_CLEARABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (CtDateRow *self)
{
  g_autofree char *text = NULL;

  if (g_date_valid (&self->date))
    {
      g_autofree char *day = ct_format_date_short (&self->date);
      text = g_strdup_printf ("%s (%s)", day,
                              ct_format_weekday (g_date_get_weekday (&self->date)));
    }
  else
    text = g_strdup (_("Not set"));
  gtk_menu_button_set_label (self->button, text);
  gtk_widget_set_visible (self->clear_button, g_date_valid (&self->date) && self->clearable);
}

static void
day_selected_cb (CtDateRow *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);

  if (self->updating || ct_date_row_calendar_is_moving (self->calendar))
    return;
  g_date_clear (&self->date, 1);
  g_date_set_dmy (&self->date, g_date_time_get_day_of_month (picked),
                  g_date_time_get_month (picked), g_date_time_get_year (picked));
  update_label (self);
  gtk_menu_button_popdown (self->button);
  g_signal_emit (self, signals[DATE_CHANGED], 0);
}

/* GtkCalendar reports a day only when the selection changes. With no date set, the
 * calendar shows the suggested day selected, and clicking that very day must still
 * choose it: a press on a day cell is checked once the calendar has handled it. */
static gboolean
pressed_idle_cb (gpointer data)
{
  CtDateRow *self = data;

  if (!g_date_valid (&self->date))
    day_selected_cb (self);
  return G_SOURCE_REMOVE;
}

static void
calendar_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     CtDateRow       *self)
{
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (g_date_valid (&self->date) || target == NULL ||
      !gtk_widget_has_css_class (target, "day-number"))
    return;
  g_idle_add_full (G_PRIORITY_DEFAULT, pressed_idle_cb, g_object_ref (self), g_object_unref);
}

/* Shows @day selected in the calendar, without taking it as the row's date. */
static void
select_in_calendar (CtDateRow   *self,
                    const GDate *day)
{
  g_autoptr(GDateTime) dt = NULL;

  if (!g_date_valid (day))
    return;
  dt = g_date_time_new_local (g_date_get_year (day), g_date_get_month (day),
                              g_date_get_day (day), 0, 0, 0);
  self->updating = TRUE;
  gtk_calendar_select_day (self->calendar, dt);
  self->updating = FALSE;
}

static void
show_suggestion (CtDateRow *self)
{
  select_in_calendar (self, &self->suggestion);
}

static void
clear_clicked_cb (CtDateRow *self)
{
  g_date_clear (&self->date, 1);
  show_suggestion (self);
  update_label (self);
  g_signal_emit (self, signals[DATE_CHANGED], 0);
}

typedef struct
{
  void (*pick) (gpointer data);
  gpointer data;
} EnterPick;

/* Days moved by the arrow keys from the day shown selected (GtkCalendar starts its own
 * keyboard focus in the top-left cell, whatever the day shown). */
static int
arrow_days (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left: return -1;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: return 1;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: return -7;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: return 7;
    default: return 0;
    }
}

static gboolean
calendar_key_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 EnterPick             *enter)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_event_controller_get_widget (
                                          GTK_EVENT_CONTROLLER (controller)));
  int days = arrow_days (keyval);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK))
    return FALSE;
  if (days != 0)
    {
      g_autoptr(GDateTime) shown = gtk_calendar_get_date (calendar);
      g_autoptr(GDateTime) to = g_date_time_add_days (shown, days);

      g_object_set_data (G_OBJECT (calendar), "ct-date-row-moving", GINT_TO_POINTER (TRUE));
      gtk_calendar_select_day (calendar, to);
      g_object_set_data (G_OBJECT (calendar), "ct-date-row-moving", NULL);
      return TRUE;
    }
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter &&
      keyval != GDK_KEY_space && keyval != GDK_KEY_KP_Space)
    return FALSE;
  enter->pick (enter->data);
  return TRUE;
}

/**
 * ct_date_row_calendar_is_moving:
 * @calendar: a calendar given to ct_date_row_take_enter()
 *
 * Returns: %TRUE while an arrow key moves the day shown, which picks nothing
 */
gboolean
ct_date_row_calendar_is_moving (GtkCalendar *calendar)
{
  return g_object_get_data (G_OBJECT (calendar), "ct-date-row-moving") != NULL;
}

/**
 * ct_date_row_take_enter:
 * @calendar: a calendar in a picker
 * @pick: called for Enter or Space, to take the day shown selected
 * @data: for @pick
 *
 * The arrow keys move the selected day from the one shown, and Enter picks it, as a
 * clerk expects; #GtkCalendar::day-selected handlers ignore the moves
 * (ct_date_row_calendar_is_moving()).
 */
void
ct_date_row_take_enter (GtkCalendar *calendar,
                        void       (*pick) (gpointer data),
                        gpointer     data)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  EnterPick *enter = g_new0 (EnterPick, 1);

  enter->pick = pick;
  enter->data = data;
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_data (keys, "key-pressed", G_CALLBACK (calendar_key_cb), enter,
                         (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_widget_add_controller (GTK_WIDGET (calendar), keys);
}

static void
enter_pick (gpointer data)
{
  day_selected_cb (data);
}

static void
ct_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CtDateRow *self = CT_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_CLEARABLE:
      g_value_set_boolean (value, self->clearable);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CtDateRow *self = CT_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_CLEARABLE:
      ct_date_row_set_clearable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_date_row_class_init (CtDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ct_date_row_get_property;
  object_class->set_property = ct_date_row_set_property;

  /**
   * CtDateRow:clearable:
   *
   * Whether the date may be removed: a clear button shows beside a set date.
   */
  properties[PROP_CLEARABLE] =
    g_param_spec_boolean ("clearable", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CtDateRow::date-changed:
   *
   * The user picked or cleared the date.
   */
  signals[DATE_CHANGED] = g_signal_new ("date-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);
}

static void
ct_date_row_init (CtDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkGesture *press = gtk_gesture_click_new ();

  g_date_clear (&self->date, 1);
  g_date_clear (&self->suggestion, 1);
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect (press, "pressed", G_CALLBACK (calendar_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (press));
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_valign (self->clear_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->clear_button, "flat");
  gtk_widget_set_tooltip_text (self->clear_button, _("Clear Date"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->clear_button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  ct_date_row_take_enter (self->calendar, enter_pick, self);
  g_signal_connect_swapped (self->clear_button, "clicked", G_CALLBACK (clear_clicked_cb), self);
  update_label (self);
}

/**
 * ct_date_row_new:
 * @title: the row's label, also the accessible name of its button
 * @clearable: whether the date may be removed (a clear button is shown)
 *
 * A row with a date picker: a button showing "26/9/2023 (thứ Ba)" that opens a calendar.
 *
 * Returns: (transfer floating): a new row without a date
 */
GtkWidget *
ct_date_row_new (const char *title,
                 gboolean    clearable)
{
  CtDateRow *self = g_object_new (CT_TYPE_DATE_ROW, "title", title, "clearable", clearable,
                                  NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  update_label (self);
  return GTK_WIDGET (self);
}

/**
 * ct_date_row_set_date:
 * @self: a row
 * @date: (nullable): the date to show; %NULL or invalid for none
 *
 * Shows @date without emitting #CtDateRow::date-changed.
 */
void
ct_date_row_set_date (CtDateRow   *self,
                      const GDate *date)
{
  g_return_if_fail (CT_IS_DATE_ROW (self));

  g_date_clear (&self->date, 1);
  if (date != NULL && g_date_valid (date))
    {
      self->date = *date;
      select_in_calendar (self, date);
    }
  else
    show_suggestion (self);
  update_label (self);
}

/**
 * ct_date_row_set_suggestion:
 * @self: a row
 * @day: (nullable): the day the calendar opens on while no date is set, e.g. the first
 *   day of the programme's period; %NULL for today
 *
 * Clicking the suggested day in the calendar chooses it like any other day.
 */
void
ct_date_row_set_suggestion (CtDateRow   *self,
                            const GDate *day)
{
  g_return_if_fail (CT_IS_DATE_ROW (self));

  g_date_clear (&self->suggestion, 1);
  if (day != NULL && g_date_valid (day))
    self->suggestion = *day;
  if (!g_date_valid (&self->date))
    show_suggestion (self);
}

/**
 * ct_date_row_get_date:
 * @self: a row
 * @date: (out caller-allocates): the date, invalid when none is set
 */
void
ct_date_row_get_date (CtDateRow *self,
                      GDate     *date)
{
  g_return_if_fail (CT_IS_DATE_ROW (self));
  *date = self->date;
}

/**
 * ct_date_row_set_clearable:
 * @self: a row
 * @clearable: whether the date may be removed
 */
void
ct_date_row_set_clearable (CtDateRow *self,
                           gboolean   clearable)
{
  g_return_if_fail (CT_IS_DATE_ROW (self));

  clearable = !!clearable;
  if (self->clearable == clearable)
    return;
  self->clearable = clearable;
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLEARABLE]);
}

/**
 * ct_date_row_get_clearable:
 * @self: a row
 *
 * Returns: whether the date may be removed
 */
gboolean
ct_date_row_get_clearable (CtDateRow *self)
{
  g_return_val_if_fail (CT_IS_DATE_ROW (self), FALSE);
  return self->clearable;
}
