/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-calendar-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-calendar-row.h"
#include "ct-calendar-view-private.h"
#include "ct-conflict.h"
#include "ct-day-name.h"
#include "ct-occurrence.h"


G_DEFINE_FINAL_TYPE (CtCalendarView, ct_calendar_view, GTK_TYPE_WIDGET)

enum {
  ITEM_ACTIVATED,
  ITEM_MOVED,
  ADD_EVENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *const month_names[] = {
  /* Translators: month name in the calendar's title ("Tháng 1") */
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
  N_("July"), N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
};

static char *
problem_key (const char  *uuid,
             const GDate *date)
{
  return g_strdup_printf ("%s %u", uuid, g_date_get_julian (date));
}

static gboolean
date_in_period (CtCalendarView *self,
                const GDate    *date,
                GDate          *period_first)
{
  GDate first, last;

  if (self->programme == NULL)
    return FALSE;
  ct_programme_get_period_range (self->programme, &first, &last);
  if (period_first != NULL)
    *period_first = first;
  return g_date_compare (date, &first) >= 0 && g_date_compare (date, &last) <= 0;
}

static void
collect_problems (CtCalendarView *self,
                  const GDate    *last)
{
  g_autoptr(GPtrArray) conflicts = NULL;

  g_hash_table_remove_all (self->problems);
  if (self->programme == NULL)
    return;
  conflicts = ct_programme_check_conflicts (self->programme, self->holidays, &self->grid_first,
                                            last);
  for (guint i = 0; i < conflicts->len; i++)
    {
      CtConflict *c = g_ptr_array_index (conflicts, i);
      CtItem *items[2] = { c->item, c->other };

      for (guint k = 0; k < G_N_ELEMENTS (items) && items[k] != NULL; k++)
        {
          char *key = problem_key (items[k]->uuid, &c->date);
          const char *old = g_hash_table_lookup (self->problems, key);

          g_hash_table_replace (self->problems, key,
                                old ? g_strconcat (old, "\n", c->message, NULL)
                                    : g_strdup (c->message));
        }
    }
}

/* "Tuần n" for a row that meets the period: its ISO week, the number the Week page and a
 * weekly programme give the same days (28/12/2026 – 03/01/2027 is week 53 of 2026). */
static void
update_week_label (CtCalendarView *self,
                   guint           row,
                   const GDate    *monday)
{
  GDate sunday = *monday, period_first, period_last;
  g_autofree char *text = NULL;

  g_date_add_days (&sunday, 6);
  if (self->programme != NULL)
    {
      ct_programme_get_period_range (self->programme, &period_first, &period_last);
      if (g_date_compare (&sunday, &period_first) >= 0 &&
          g_date_compare (monday, &period_last) <= 0)
        /* Translators: label of a calendar row, %u is the ISO week number ("Tuần 39") */
        text = g_strdup_printf (_("Week %u"), g_date_get_iso8601_week_of_year (monday));
    }
  gtk_label_set_text (GTK_LABEL (self->week_labels[row]), text ? text : "");
}

static void
fill_cells (CtCalendarView *self)
{
  GDate d = self->grid_first;

  for (guint i = 0; i < N_CELLS; i++, g_date_add_days (&d, 1))
    {
      CtCalendarDayFlags flags = 0;
      CtDayInfo info;

      ct_holidays_lookup (self->holidays, &d, &info);
      if (!date_in_period (self, &d, NULL))
        flags |= CT_CALENDAR_DAY_OUTSIDE_PERIOD;
      if (g_date_get_month (&d) != g_date_get_month (&self->shown))
        flags |= CT_CALENDAR_DAY_OTHER_MONTH;
      if (g_date_valid (&self->today) && g_date_compare (&d, &self->today) == 0)
        flags |= CT_CALENDAR_DAY_TODAY;
      if (g_date_compare (&d, &self->selected) == 0)
        flags |= CT_CALENDAR_DAY_SELECTED;
      ct_calendar_day_set_date (self->cells[i], &d, flags, &info);
      ct_calendar_day_set_selected (self->cells[i], (flags & CT_CALENDAR_DAY_SELECTED) != 0);
      ct_calendar_day_clear_chips (self->cells[i]);
      if (i % 7 == 0)
        update_week_label (self, i / 7, &d);
    }
}

static void
fill_chips (CtCalendarView *self)
{
  guint first = g_date_get_julian (&self->grid_first);

  for (guint i = 0; i < self->occurrences->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (self->occurrences, i);
      g_autofree char *key = problem_key (o->item->uuid, &o->date);
      guint cell = g_date_get_julian (&o->date) - first;

      if (cell < N_CELLS)
        ct_calendar_day_add_chip (self->cells[cell], o, g_hash_table_lookup (self->problems, key));
    }
}

/* Shows five rows when the month fits, six otherwise. */
static void
update_row_visibility (CtCalendarView *self)
{
  guint days = g_date_get_days_in_month (g_date_get_month (&self->shown),
                                         g_date_get_year (&self->shown));
  guint offset = g_date_get_weekday (&self->shown) - 1;
  guint rows = (offset + days + 6) / 7;

  for (guint row = 0; row < N_ROWS; row++)
    {
      gtk_widget_set_visible (self->week_labels[row], row < rows);
      for (guint col = 0; col < 7; col++)
        gtk_widget_set_visible (GTK_WIDGET (self->cells[row * 7 + col]), row < rows);
    }
}

static void
update_title (CtCalendarView *self)
{
  g_autofree char *title = NULL;

  /* Translators: calendar title, %1$s is a month name and %2$d a year ("Tháng 9 năm 2023") */
  title = g_strdup_printf (_("%1$s %2$d"),
                           _(month_names[g_date_get_month (&self->shown) - 1]),
                           g_date_get_year (&self->shown));
  gtk_label_set_text (self->month_label, title);
}

static void
update_day_pane (CtCalendarView *self)
{
  g_autofree char *title = ct_day_name_format (&self->selected);
  GtkWidget *child;
  CtDayInfo info;
  guint n = 0;

  gtk_label_set_text (self->day_title, title);
  ct_holidays_lookup (self->holidays, &self->selected, &info);
  if ((info.kind == CT_DAY_KIND_HOLIDAY || info.kind == CT_DAY_KIND_DAY_OFF) && info.name)
    gtk_label_set_text (self->day_subtitle, info.name);
  else if (info.kind == CT_DAY_KIND_WORKING_DAY)
    gtk_label_set_text (self->day_subtitle, _("Working Saturday"));
  else
    gtk_label_set_text (self->day_subtitle, "");
  gtk_widget_set_visible (GTK_WIDGET (self->day_subtitle),
                          *gtk_label_get_text (self->day_subtitle) != '\0');

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->day_list))) != NULL)
    gtk_list_box_remove (self->day_list, child);
  for (guint i = 0; i < self->occurrences->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (self->occurrences, i);
      g_autofree char *key = NULL;

      if (g_date_compare (&o->date, &self->selected) != 0)
        continue;
      key = problem_key (o->item->uuid, &o->date);
      gtk_list_box_append (self->day_list,
                           ct_calendar_row_new (o, g_hash_table_lookup (self->problems, key),
                                                G_CALLBACK (ct_calendar_view_change_date_clicked_cb),
                                                self));
      n++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->day_list), n > 0);
}

/* Re-reads the programme and redraws the month shown. */
static void
rebuild (CtCalendarView *self)
{
  GDate last;

  self->grid_first = self->shown;
  g_date_subtract_days (&self->grid_first, g_date_get_weekday (&self->shown) - 1);
  last = self->grid_first;
  g_date_add_days (&last, N_CELLS - 1);
  g_ptr_array_set_size (self->occurrences, 0);
  if (self->programme != NULL)
    {
      g_autoptr(GPtrArray) found = ct_programme_expand_occurrences (self->programme,
                                                                    &self->grid_first, &last);
      g_ptr_array_extend_and_steal (self->occurrences, g_steal_pointer (&found));
    }
  collect_problems (self, &last);
  update_title (self);
  fill_cells (self);
  fill_chips (self);
  update_row_visibility (self);
  update_day_pane (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.add-event",
                                 self->programme != NULL);
}

static void
set_shown (CtCalendarView *self,
           int             year,
           int             month)
{
  g_date_clear (&self->shown, 1);
  g_date_set_dmy (&self->shown, 1, month, year);
}



static void
day_selected_cb (CtCalendarDay  *day,
                 CtCalendarView *self)
{
  ct_calendar_view_select_date (self, ct_calendar_day_get_date (day));
}

static void
day_add_requested_cb (CtCalendarDay  *day,
                      GtkWidget      *button,
                      CtCalendarView *self)
{
  ct_calendar_view_begin_add_event_from (self, ct_calendar_day_get_date (day), button);
}

static void
chip_activated_cb (CtCalendarDay  *day,
                   const char     *uuid,
                   CtCalendarView *self)
{
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, uuid);
}

static void
chip_dropped_cb (CtCalendarDay  *day,
                 const char     *uuid,
                 GDate          *from,
                 CtCalendarView *self)
{
  ct_calendar_view_emit_move (self, uuid, from, ct_calendar_day_get_date (day));
}

static void
row_activated_cb (CtCalendarView *self,
                  GtkListBoxRow  *row)
{
  if (CT_IS_CALENDAR_ROW (row))
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0,
                   ct_calendar_row_get_item_uuid (CT_CALENDAR_ROW (row)));
}








static void
day_activated_cb (CtCalendarDay  *day,
                  CtCalendarView *self)
{
  ct_calendar_view_show_day_pane (self);
}







static void
build_grid (CtCalendarView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  for (GDateWeekday wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
    {
      GtkWidget *label = gtk_label_new (ct_day_name_weekday_short (wd));

      gtk_widget_add_css_class (label, "weekday-header");
      gtk_grid_attach (self->grid, label, wd, 0, 1, 1);
    }
  for (guint row = 0; row < N_ROWS; row++)
    {
      self->week_labels[row] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->week_labels[row], "week-label");
      gtk_label_set_xalign (GTK_LABEL (self->week_labels[row]), 0);
      gtk_widget_set_valign (self->week_labels[row], GTK_ALIGN_START);
      gtk_widget_set_margin_top (self->week_labels[row], 6);
      gtk_grid_attach (self->grid, self->week_labels[row], 0, row + 1, 1, 1);
      for (guint col = 0; col < 7; col++)
        {
          GtkWidget *cell = ct_calendar_day_new ();

          self->cells[row * 7 + col] = CT_CALENDAR_DAY (cell);
          g_signal_connect (cell, "selected", G_CALLBACK (day_selected_cb), self);
          g_signal_connect (cell, "activated", G_CALLBACK (day_activated_cb), self);
          g_signal_connect (cell, "add-requested", G_CALLBACK (day_add_requested_cb), self);
          g_signal_connect (cell, "chip-activated", G_CALLBACK (chip_activated_cb), self);
          g_signal_connect (cell, "chip-dropped", G_CALLBACK (chip_dropped_cb), self);
          gtk_grid_attach (self->grid, cell, col + 1, row + 1, 1, 1);
        }
    }
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (ct_calendar_view_grid_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->grid), keys);
}

static void set_today_from_clock (CtCalendarView *self);

static gboolean
midnight_cb (gpointer data)
{
  CtCalendarView *self = data;

  self->midnight_id = 0;
  set_today_from_clock (self);
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* Today is the local date; a view left open overnight moves its highlight at midnight. */
static void
set_today_from_clock (CtCalendarView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint seconds_left = 24 * 3600 - (g_date_time_get_hour (now) * 3600 +
                                    g_date_time_get_minute (now) * 60 +
                                    g_date_time_get_second (now));

  g_date_clear (&self->today, 1);
  g_date_set_dmy (&self->today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  g_clear_handle_id (&self->midnight_id, g_source_remove);
  self->midnight_id = g_timeout_add_seconds (seconds_left + 1, midnight_cb, self);
}

static void
load_css (void)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, RESOURCE_PATH "/ui/ct-calendar-view.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&loaded, 1);
    }
}

static void
ct_calendar_view_dispose (GObject *object)
{
  CtCalendarView *self = CT_CALENDAR_VIEW (object);

  g_clear_handle_id (&self->midnight_id, g_source_remove);
  g_clear_weak_pointer (&self->add_origin);
  g_clear_pointer (&self->add_popover, gtk_widget_unparent);
  g_clear_pointer (&self->move_popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), CT_TYPE_CALENDAR_VIEW);
  g_clear_pointer (&self->programme, ct_programme_unref);
  g_clear_object (&self->holidays);
  G_OBJECT_CLASS (ct_calendar_view_parent_class)->dispose (object);
}

static void
ct_calendar_view_finalize (GObject *object)
{
  CtCalendarView *self = CT_CALENDAR_VIEW (object);

  g_ptr_array_unref (self->occurrences);
  g_hash_table_unref (self->problems);
  g_free (self->move_uuid);
  G_OBJECT_CLASS (ct_calendar_view_parent_class)->finalize (object);
}

static void
ct_calendar_view_class_init (CtCalendarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_calendar_view_dispose;
  object_class->finalize = ct_calendar_view_finalize;

  /**
   * CtCalendarView::item-activated:
   * @uuid: the item to open in the editor
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * CtCalendarView::item-moved:
   * @uuid: the event to reschedule
   * @start: its new first day; a multi-day event keeps its length
   */
  signals[ITEM_MOVED] =
    g_signal_new ("item-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_DATE);
  /**
   * CtCalendarView::add-event:
   * @date: the day of the new event
   * @section: index of the section to add it to; the number of sections for a new
   *   section of its own
   * @title: its title, trimmed, not empty
   */
  signals[ADD_EVENT] =
    g_signal_new ("add-event", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 3, G_TYPE_DATE, G_TYPE_UINT, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ct-calendar-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CtCalendarView, root_box);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarView, day_flap);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarView, month_label);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarView, grid);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarView, day_title);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarView, day_subtitle);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarView, day_list);
  gtk_widget_class_bind_template_child (widget_class, CtCalendarView, day_add_button);

  ct_calendar_view_class_init_actions (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "calendar-view");
}

static void
ct_calendar_view_init (CtCalendarView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  load_css ();
  self->occurrences = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_occurrence_free);
  self->problems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->holidays = g_object_ref (ct_holidays_get_default ());
  set_today_from_clock (self);
  self->selected = self->today;
  set_shown (self, g_date_get_year (&self->today), g_date_get_month (&self->today));
  build_grid (self);
  ct_calendar_view_build_popovers (self);
  g_signal_connect_swapped (self->day_list, "row-activated", G_CALLBACK (row_activated_cb),
                            self);
  rebuild (self);
}

/**
 * ct_calendar_view_new:
 *
 * Returns: (transfer floating): a new calendar view showing the current month and no
 *   programme
 */
GtkWidget *
ct_calendar_view_new (void)
{
  return g_object_new (CT_TYPE_CALENDAR_VIEW, NULL);
}

/**
 * ct_calendar_view_set_programme:
 * @self: a calendar view
 * @programme: (nullable): the programme to show; the view keeps a reference and reads it
 *   again on ct_calendar_view_refresh()
 *
 * Shows @programme. A different programme brings the view to its period: today when
 * today is in it, else the period's first day. The same programme again, or another
 * object for the same stored programme and period (after undo), only refreshes.
 */
void
ct_calendar_view_set_programme (CtCalendarView *self,
                                CtProgramme    *programme)
{
  gboolean same_document;
  GDate first, last;

  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));

  if (programme == self->programme)
    {
      rebuild (self);
      return;
    }
  if (programme == NULL)
    {
      g_clear_pointer (&self->programme, ct_programme_unref);
      rebuild (self);
      return;
    }
  /* Undo and redo hand over a new object for the same document: stay where the user is. */
  same_document = self->programme != NULL && programme->id != 0 &&
                  programme->id == self->programme->id &&
                  programme->period_kind == self->programme->period_kind &&
                  programme->period_year == self->programme->period_year &&
                  programme->period_index == self->programme->period_index;
  g_clear_pointer (&self->programme, ct_programme_unref);
  self->programme = ct_programme_ref (programme);
  if (same_document)
    {
      rebuild (self);
      return;
    }
  ct_programme_get_period_range (programme, &first, &last);
  if (g_date_valid (&self->today) && g_date_compare (&self->today, &first) >= 0 &&
      g_date_compare (&self->today, &last) <= 0)
    first = self->today;
  self->selected = first;
  set_shown (self, g_date_get_year (&first), g_date_get_month (&first));
  rebuild (self);
}

/**
 * ct_calendar_view_get_programme:
 * @self: a calendar view
 *
 * Returns: (transfer none) (nullable): the programme shown
 */
CtProgramme *
ct_calendar_view_get_programme (CtCalendarView *self)
{
  g_return_val_if_fail (CT_IS_CALENDAR_VIEW (self), NULL);
  return self->programme;
}

/**
 * ct_calendar_view_refresh:
 * @self: a calendar view
 *
 * Reads the programme again after it was changed in place; the month shown and the
 * selected day stay.
 */
void
ct_calendar_view_refresh (CtCalendarView *self)
{
  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));
  rebuild (self);
}

/**
 * ct_calendar_view_set_holidays:
 * @self: a calendar view
 * @holidays: the holiday calendar to mark days with (default: ct_holidays_get_default())
 */
void
ct_calendar_view_set_holidays (CtCalendarView *self,
                               CtHolidays     *holidays)
{
  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (CT_IS_HOLIDAYS (holidays));

  if (g_set_object (&self->holidays, holidays))
    rebuild (self);
}

/**
 * ct_calendar_view_set_today:
 * @self: a calendar view
 * @today: the day to highlight as today
 *
 * Overrides the local date, which the view follows by itself (also across midnight);
 * for tests.
 */
void
ct_calendar_view_set_today (CtCalendarView *self,
                            const GDate    *today)
{
  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  self->today = *today;
  rebuild (self);
}

/**
 * ct_calendar_view_show_month:
 * @self: a calendar view
 * @year: the year
 * @month: the month, 1–12
 *
 * Shows a month and selects the same day of it as the day selected before (its last day
 * when it is shorter: 31/1 gives 28/2), as ct_calendar_view_select_date() does. The day
 * list only ever shows a day of the month shown, and the keyboard focus stays on it.
 */
void
ct_calendar_view_show_month (CtCalendarView *self,
                             int             year,
                             int             month)
{
  GDate d;

  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (g_date_valid_dmy (1, month, year));

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, MIN (g_date_get_day (&self->selected),
                           g_date_get_days_in_month (month, year)), month, year);
  ct_calendar_view_select_date (self, &d);
}

/**
 * ct_calendar_view_get_shown_month:
 * @self: a calendar view
 * @year: (out) (optional): the year shown
 * @month: (out) (optional): the month shown, 1–12
 */
void
ct_calendar_view_get_shown_month (CtCalendarView *self,
                                  int            *year,
                                  int            *month)
{
  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));

  if (year != NULL)
    *year = g_date_get_year (&self->shown);
  if (month != NULL)
    *month = g_date_get_month (&self->shown);
}

/**
 * ct_calendar_view_select_date:
 * @self: a calendar view
 * @date: a valid date
 *
 * Selects @date, shows its month and moves the keyboard focus to it when the focus was
 * in the grid.
 */
void
ct_calendar_view_select_date (CtCalendarView *self,
                              const GDate    *date)
{
  GtkRoot *root;
  GtkWidget *focus;
  CtCalendarDay *day;

  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (g_date_get_month (date) != g_date_get_month (&self->shown) ||
      g_date_get_year (date) != g_date_get_year (&self->shown))
    {
      self->selected = *date;
      set_shown (self, g_date_get_year (date), g_date_get_month (date));
      rebuild (self);
    }
  else
    {
      /* Same month: only the highlight and the day list change, so that arrow keys stay
       * quick whatever the month holds. */
      day = ct_calendar_view_get_day (self, &self->selected);
      if (day != NULL)
        ct_calendar_day_set_selected (day, FALSE);
      self->selected = *date;
      ct_calendar_day_set_selected (ct_calendar_view_get_day (self, date), TRUE);
      update_day_pane (self);
    }
  day = ct_calendar_view_get_day (self, date);
  if (day != NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->grid)))
    gtk_widget_grab_focus (GTK_WIDGET (day));
}

/**
 * ct_calendar_view_get_selected_date:
 * @self: a calendar view
 * @date: (out caller-allocates): the selected day
 */
void
ct_calendar_view_get_selected_date (CtCalendarView *self,
                                    GDate          *date)
{
  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (date != NULL);

  *date = self->selected;
}

/**
 * ct_calendar_view_get_day: (skip)
 * @self: a calendar view
 * @date: a date
 *
 * Returns: (transfer none) (nullable): the cell showing @date, %NULL when it is not in
 *   the grid
 */
CtCalendarDay *
ct_calendar_view_get_day (CtCalendarView *self,
                          const GDate    *date)
{
  int index;

  g_return_val_if_fail (CT_IS_CALENDAR_VIEW (self), NULL);

  index = (int) g_date_get_julian (date) - (int) g_date_get_julian (&self->grid_first);
  if (index < 0 || index >= N_CELLS)
    return NULL;
  return self->cells[index];
}
