/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-date-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-date-row.h"
#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-when-text.h"

/* The day is typed ("15/12", "thứ Ba 15/12/2026") or picked in the calendar. Text that is
 * no day stays as typed, in error, and is kept (ct_date_row_get_unread_text()) while the
 * date keeps its last value. */
struct _CtDateRow
{
  AdwEntryRow parent_instance;

  GDate date;
  GtkMenuButton *button;
  GtkCalendar *calendar;
  GtkWidget *clear_button;
  GtkWidget *weekday;
  GDate suggestion;    /* the day the calendar shows while no date is set */
  GDate snapshot;      /* the date when the row got the focus or was last given one */
  char *unread;        /* text typed that is no day, or NULL */
  gboolean updating;   /* the calendar is given a day: not a pick */
  gboolean showing;    /* the text is given the date: not typed */
  gboolean clearable;
  gboolean commit_on_activate;
};

G_DEFINE_FINAL_TYPE (CtDateRow, ct_date_row, ADW_TYPE_ENTRY_ROW)

enum {
  DATE_CHANGED,
  UNREAD_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_CLEARABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_label        (CtDateRow   *self);
static void set_unread          (CtDateRow   *self,
                                const char  *text);
static void select_in_calendar (CtDateRow   *self,
                                const GDate *day);

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
  set_unread (self, NULL);
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
show_weekday (CtDateRow   *self,
              const GDate *day)
{
  gtk_label_set_text (GTK_LABEL (self->weekday), day != NULL && g_date_valid (day)
                      ? ct_format_weekday (g_date_get_weekday (day)) : "");
}

/* Shows the date as text ("15/12/2026"), with its weekday beside it. */
static void
update_label (CtDateRow *self)
{
  g_autofree char *text = g_date_valid (&self->date) ? ct_format_date_short (&self->date)
                                                     : g_strdup ("");

  self->showing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->showing = FALSE;
  show_weekday (self, &self->date);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  gtk_widget_set_visible (self->clear_button, g_date_valid (&self->date) && self->clearable);
}

static void
set_unread (CtDateRow  *self,
            const char *text)
{
  if (g_strcmp0 (self->unread, text) == 0)
    return;
  g_free (self->unread);
  self->unread = g_strdup (text);
  g_signal_emit (self, signals[UNREAD_CHANGED], 0);
}

/* The year a day typed without one is read in: that of the date or the suggested day. */
static int
reading_year (CtDateRow *self)
{
  g_autoptr(GDateTime) now = NULL;

  if (g_date_valid (&self->date))
    return g_date_get_year (&self->date);
  if (g_date_valid (&self->suggestion))
    return g_date_get_year (&self->suggestion);
  now = g_date_time_new_now_local ();
  return g_date_time_get_year (now);
}

/* Whether @text is one day (in @day), or nothing (@day cleared): no time, no run of days. */
static gboolean
read_day (CtDateRow  *self,
          const char *text,
          GDate      *day)
{
  CtWhenText when;
  gboolean ok;

  g_date_clear (day, 1);
  ct_when_text_parse (text, reading_year (self), &when);
  ok = when.kind == CT_WHEN_TEXT_EMPTY ||
       (when.kind == CT_WHEN_TEXT_DATE && !g_date_valid (&when.last) &&
        when.day_part == CT_DAY_PART_NONE && when.start_minute == CT_NO_TIME);
  if (ok && when.kind == CT_WHEN_TEXT_DATE)
    *day = when.first;
  ct_when_text_clear (&when);
  return ok;
}

/* Takes @day as the date, as a pick would. */
static void
take_day (CtDateRow   *self,
          const GDate *day)
{
  if (ct_date_equal (day, &self->date))
    return;
  self->date = *day;
  if (g_date_valid (day))
    select_in_calendar (self, day);
  gtk_widget_set_visible (self->clear_button, g_date_valid (&self->date) && self->clearable);
  g_signal_emit (self, signals[DATE_CHANGED], 0);
}

static void
text_changed_cb (CtDateRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  GDate day;

  if (self->showing)
    return;
  if (read_day (self, text, &day) && (g_date_valid (&day) || self->clearable ||
                                      self->commit_on_activate))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      show_weekday (self, &day);
      set_unread (self, NULL);
      if (!self->commit_on_activate)
        take_day (self, &day);
      return;
    }
  /* "15/12/2026 7" passed through "15/12/2026" and "" on its way: neither stays. */
  if (!self->commit_on_activate)
    take_day (self, &self->snapshot);
  gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  show_weekday (self, NULL);
  set_unread (self, text);
}

static void
focus_enter_cb (CtDateRow *self)
{
  self->snapshot = self->date;
}

/* A row that adds a day at a time (ct_date_row_set_commit_on_activate()) takes it on
 * Enter, not while "15/1" is on its way to "15/12". */
static void
activated_cb (CtDateRow *self)
{
  GDate day;

  if (!self->commit_on_activate ||
      !read_day (self, gtk_editable_get_text (GTK_EDITABLE (self)), &day) ||
      !g_date_valid (&day))
    return;
  g_date_clear (&self->date, 1);
  take_day (self, &day);
}

static void
clear_clicked_cb (CtDateRow *self)
{
  g_date_clear (&self->date, 1);
  show_suggestion (self);
  update_label (self);
  set_unread (self, NULL);
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
ct_date_row_finalize (GObject *object)
{
  g_free (CT_DATE_ROW (object)->unread);
  G_OBJECT_CLASS (ct_date_row_parent_class)->finalize (object);
}

static void
ct_date_row_class_init (CtDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ct_date_row_finalize;
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

  /**
   * CtDateRow::unread-changed:
   *
   * The text typed became, or stopped being, text that is no day
   * (ct_date_row_get_unread_text()).
   */
  signals[UNREAD_CHANGED] = g_signal_new ("unread-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
}

static void
ct_date_row_init (CtDateRow *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkGesture *press = gtk_gesture_click_new ();
  GtkEventController *focus;

  g_date_clear (&self->date, 1);
  g_date_clear (&self->snapshot, 1);
  g_date_clear (&self->suggestion, 1);
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect (press, "pressed", G_CALLBACK (calendar_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (press));
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->button, popover);
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Pick a Day"));
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  self->clear_button = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_valign (self->clear_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->clear_button, "flat");
  gtk_widget_set_tooltip_text (self->clear_button, _("Clear Date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->clear_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Clear Date"), -1);
  self->weekday = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->weekday, "dim-label");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->weekday);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->button));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), self->clear_button);
  g_signal_connect (self, "changed", G_CALLBACK (text_changed_cb), NULL);
  g_signal_connect (self, "entry-activated", G_CALLBACK (activated_cb), NULL);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
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
 * A row where a day is typed ("26/9/2023", "thứ Ba 26/9"), its weekday shown beside it,
 * or picked in a calendar that a button opens.
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
  self->snapshot = self->date;
  g_clear_pointer (&self->unread, g_free);
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

/**
 * ct_date_row_get_unread_text:
 * @self: a row
 *
 * Returns: (nullable): the text typed that is no day, while the row shows it
 */
const char *
ct_date_row_get_unread_text (CtDateRow *self)
{
  g_return_val_if_fail (CT_IS_DATE_ROW (self), NULL);
  return self->unread;
}

/**
 * ct_date_row_show_unread_text:
 * @self: a row
 * @text: text typed earlier that is no day
 *
 * Shows @text in error, as when it was typed, without emitting
 * #CtDateRow::unread-changed; the date stays.
 */
void
ct_date_row_show_unread_text (CtDateRow  *self,
                              const char *text)
{
  g_return_if_fail (CT_IS_DATE_ROW (self));
  g_return_if_fail (text != NULL);

  g_free (self->unread);
  self->unread = g_strdup (text);
  self->showing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->showing = FALSE;
  show_weekday (self, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "error");
}

/**
 * ct_date_row_set_commit_on_activate:
 * @self: a row
 * @commit: whether a typed day is taken on Enter only
 *
 * For a row that adds a day each time (an exception date): "15/1", on its way to
 * "15/12", must not be added. Other rows take a day as soon as it is typed.
 */
void
ct_date_row_set_commit_on_activate (CtDateRow *self,
                                    gboolean   commit)
{
  g_return_if_fail (CT_IS_DATE_ROW (self));
  self->commit_on_activate = commit;
}

