/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-calendar-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-calendar-row.h"
#include "ct-calendar-view-private.h"
#include "ct-day-name.h"
#include "ct-format.h"

/* What the view lets the user change: a new event on a day ("+") and another day for an
 * event ("Change Date…", the keyboard's way to do what dragging a chip does). */

void
ct_calendar_view_emit_move (CtCalendarView *self,
           const char     *uuid,
           const GDate    *from,
           const GDate    *to)
{
  CtItem *item;
  GDate start;
  int delta;

  if (self->programme == NULL || g_date_compare (from, to) == 0)
    return;
  item = ct_programme_find_item (self->programme, uuid, NULL);
  /* An item of vague timing has no chip to drag; its window is edited, never moved. */
  if (item == NULL || item->kind != CT_ITEM_EVENT || ct_item_is_vague (item) ||
      !g_date_valid (&item->start_date))
    return;
  /* A multi-day event keeps its length; dropping its second day on the 15th starts it on
   * the 14th. */
  delta = (int) g_date_get_julian (to) - (int) g_date_get_julian (from);
  start = item->start_date;
  if (delta < 0)
    g_date_subtract_days (&start, -delta);
  else
    g_date_add_days (&start, delta);
  g_signal_emit_by_name (self, "item-moved", uuid, &start);
}

static void
point_popover_at (CtCalendarView *self,
                  GtkWidget      *popover,
                  GtkWidget      *anchor)
{
  graphene_rect_t bounds;

  if (anchor != NULL && gtk_widget_compute_bounds (anchor, GTK_WIDGET (self), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
}

void
ct_calendar_view_change_date_clicked_cb (GtkButton      *button,
                                         CtCalendarView *self)
{
  g_autoptr(GDateTime) dt = NULL;

  g_free (self->move_uuid);
  self->move_uuid = g_strdup (ct_calendar_row_get_item_uuid (
    CT_CALENDAR_ROW (gtk_widget_get_ancestor (GTK_WIDGET (button), CT_TYPE_CALENDAR_ROW))));
  self->move_from = self->selected;
  dt = g_date_time_new_local (g_date_get_year (&self->selected),
                              g_date_get_month (&self->selected),
                              g_date_get_day (&self->selected), 12, 0, 0);
  gtk_calendar_select_day (GTK_CALENDAR (self->move_calendar), dt);
  point_popover_at (self, self->move_popover, GTK_WIDGET (button));
  gtk_popover_popup (GTK_POPOVER (self->move_popover));
}

/* The new day is read when "Move" is pressed, never on the calendar's own day-selected:
 * browsing its months must not move anything. */
static void
move_confirmed_cb (CtCalendarView *self)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (GTK_CALENDAR (self->move_calendar));
  g_autofree char *uuid = g_steal_pointer (&self->move_uuid);
  GDate to;

  gtk_popover_popdown (GTK_POPOVER (self->move_popover));
  if (uuid == NULL)
    return;
  g_date_clear (&to, 1);
  g_date_set_dmy (&to, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                  g_date_time_get_year (dt));
  ct_calendar_view_emit_move (self, uuid, &self->move_from, &to);
}

/* What the calendar's "+" makes: an event on one day, with no agenda. The sections that
 * already list such events are where a clerk expects the next one. */
static gboolean
is_standalone_dated_event (const CtItem *item)
{
  return item->kind == CT_ITEM_EVENT && !ct_item_is_vague (item) &&
         g_date_valid (&item->start_date) && item->agenda->len == 0;
}

/* The number of standalone dated events @section lists; 0 for a conference's own section
 * (headed by its event, whose agenda follows): an event added there would print as part of
 * that conference. */
static guint
count_standalone_events (const CtSection *section)
{
  guint n = 0;

  if (ct_section_get_heading_event (section) != NULL)
    return 0;
  for (guint j = 0; j < section->items->len; j++)
    if (is_standalone_dated_event (g_ptr_array_index (section->items, j)))
      n++;
  return n;
}

/* The section a new event goes to by default: the one listing the most standalone dated
 * events (the later one on a tie), as "Các hội nghị, sự kiện" does. With none, a new
 * section: the position after the last one. */
static guint
default_section (CtProgramme *programme)
{
  guint best = programme->sections->len, best_count = 0;

  for (guint i = 0; i < programme->sections->len; i++)
    {
      guint n = count_standalone_events (g_ptr_array_index (programme->sections, i));

      if (n > 0 && n >= best_count)
        {
          best = i;
          best_count = n;
        }
    }
  return best;
}

/* Says where the event goes and why, so that no choice is made silently; a conference's
 * own section chosen by hand gets a warning. */
static void
update_add_hint (CtCalendarView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->add_section));
  const char *hint = NULL;
  gboolean warning = FALSE;

  if (self->programme == NULL || selected == GTK_INVALID_LIST_POSITION)
    hint = "";
  else if (selected >= self->programme->sections->len)
    /* Translators: under the section list of the calendar's new event */
    hint = _("The event gets a section of its own, headed by its title.");
  else if (ct_section_get_heading_event (g_ptr_array_index (self->programme->sections,
                                                            selected)) != NULL)
    {
      /* Translators: under the section list of the calendar's new event */
      hint = _("This section is one conference with its agenda: an event added to it is "
               "printed as part of that conference.");
      warning = TRUE;
    }
  else if (selected == self->add_proposed)
    /* Translators: under the section list of the calendar's new event */
    hint = _("Proposed: the section that already lists events with a date.");
  else
    hint = "";
  gtk_label_set_text (GTK_LABEL (self->add_hint), hint);
  gtk_widget_set_visible (self->add_hint, *hint != '\0');
  if (warning)
    gtk_widget_add_css_class (self->add_hint, "warning");
  else
    gtk_widget_remove_css_class (self->add_hint, "warning");
}

/* Escape, "Add" and a click elsewhere all close the popover: the focus goes back to the
 * day or the "+" it was opened from, so that the next Enter acts on that day again and
 * never on a button outside the calendar. A click elsewhere then moves it where it lands. */
static void
add_closed_cb (CtCalendarView *self)
{
  GtkWidget *origin = self->add_origin;

  if (origin == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  if (!gtk_widget_get_mapped (origin))
    origin = GTK_WIDGET (ct_calendar_view_get_day (self, &self->add_date));
  if (origin != NULL)
    gtk_widget_grab_focus (origin);
}

static void
add_confirmed_cb (CtCalendarView *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (
                                         GTK_EDITABLE (self->add_title))));
  guint section = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->add_section));

  if (*title == '\0' || section == GTK_INVALID_LIST_POSITION)
    {
      gtk_widget_add_css_class (self->add_title, "error");
      gtk_widget_grab_focus (self->add_title);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (self->add_popover));
  g_signal_emit_by_name (self, "add-event", &self->add_date, section, title);
}

static void
add_title_changed_cb (CtCalendarView *self)
{
  gtk_widget_remove_css_class (self->add_title, "error");
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *mnemonic_widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic_widget);
  return label;
}

static void
build_add_popover (CtCalendarView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->add_popover = gtk_popover_new ();
  gtk_widget_set_parent (self->add_popover, GTK_WIDGET (self));
  self->add_heading = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->add_heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (self->add_heading), 0);
  self->add_title = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (self->add_title), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->add_title), 32);
  g_signal_connect_swapped (self->add_title, "changed", G_CALLBACK (add_title_changed_cb), self);
  self->add_section = gtk_drop_down_new_from_strings ((const char *const[]) { NULL });
  self->add_hint = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->add_hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->add_hint), 40);
  gtk_label_set_xalign (GTK_LABEL (self->add_hint), 0);
  gtk_widget_add_css_class (self->add_hint, "caption");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->add_section),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->add_hint, NULL,
                                  -1);
  g_signal_connect_swapped (self->add_section, "notify::selected",
                            G_CALLBACK (update_add_hint), self);
  self->add_button = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_add_css_class (self->add_button, "suggested-action");
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_END);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_confirmed_cb), self);

  gtk_box_append (GTK_BOX (box), self->add_heading);
  gtk_box_append (GTK_BOX (box), labelled (_("_Title"), self->add_title));
  gtk_box_append (GTK_BOX (box), self->add_title);
  gtk_box_append (GTK_BOX (box), labelled (_("_Section"), self->add_section));
  gtk_box_append (GTK_BOX (box), self->add_section);
  gtk_box_append (GTK_BOX (box), self->add_hint);
  gtk_box_append (GTK_BOX (box), self->add_button);
  gtk_popover_set_child (GTK_POPOVER (self->add_popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (self->add_popover), self->add_button);
  g_signal_connect_swapped (self->add_popover, "closed", G_CALLBACK (add_closed_cb), self);
}

static void
build_move_popover (CtCalendarView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Move"));

  self->move_popover = gtk_popover_new ();
  gtk_widget_set_parent (self->move_popover, GTK_WIDGET (self));
  self->move_calendar = gtk_calendar_new ();
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (move_confirmed_cb), self);
  gtk_box_append (GTK_BOX (box), labelled (_("Move to _day"), self->move_calendar));
  gtk_box_append (GTK_BOX (box), self->move_calendar);
  gtk_box_append (GTK_BOX (box), button);
  gtk_popover_set_child (GTK_POPOVER (self->move_popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (self->move_popover), button);
}

void
ct_calendar_view_build_popovers (CtCalendarView *self)
{
  build_add_popover (self);
  build_move_popover (self);
}

/* The widget the popover gives the focus back to: @origin, or else the one in the view
 * that has the focus (the day panel's "+", a day, a chip), or else the day itself. */
static GtkWidget *
find_origin (CtCalendarView *self,
             const GDate    *date,
             GtkWidget      *origin)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (origin != NULL)
    return origin;
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) &&
      !gtk_widget_is_ancestor (focus, self->add_popover) &&
      !gtk_widget_is_ancestor (focus, self->move_popover))
    return focus;
  return GTK_WIDGET (ct_calendar_view_get_day (self, date));
}

/**
 * ct_calendar_view_begin_add_event:
 * @self: a calendar view
 * @date: the day of the new event
 *
 * Asks for the new event's title and section in a popover by the day: by default the
 * section listing the most events of one day without agenda, never a conference's own,
 * or else "New section" (the last choice, index = number of sections). Confirming emits
 * #CtCalendarView::add-event. However it closes, the focus goes back to where it was in
 * the view, or to the day. Does nothing without a programme.
 */
void
ct_calendar_view_begin_add_event (CtCalendarView *self,
                                  const GDate    *date)
{
  ct_calendar_view_begin_add_event_from (self, date, NULL);
}

/* ct_calendar_view_begin_add_event() from @origin, which gets the focus back, or %NULL. */
void
ct_calendar_view_begin_add_event_from (CtCalendarView *self,
                                       const GDate    *date,
                                       GtkWidget      *origin)
{
  g_autoptr(GtkStringList) sections = gtk_string_list_new (NULL);
  g_autofree char *day = NULL, *heading = NULL;
  CtCalendarDay *cell;
  GtkWidget *anchor;

  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (self->programme == NULL)
    return;
  self->add_date = *date;
  g_set_weak_pointer (&self->add_origin, find_origin (self, date, origin));
  day = ct_day_name_format (date);
  /* Translators: heading of the popover adding an event, %s is a day ("Thứ Ba 26/9/2023") */
  heading = g_strdup_printf (_("New Event on %s"), day);
  gtk_label_set_text (GTK_LABEL (self->add_heading), heading);
  for (guint i = 0; i < self->programme->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (self->programme->sections, i);
      g_autofree char *numeral = ct_format_roman (i + 1);
      /* Translators: a section in the list of the calendar's new event: its numeral and
       * title, "II. Hội nghị Ban Thường vụ". */
      g_autofree char *name = g_strdup_printf (_("%1$s. %2$s"), numeral,
                                               s->title != NULL ? s->title : "");

      gtk_string_list_append (sections, name);
    }
  /* Translators: the last choice of the calendar's new event: a section of its own. */
  gtk_string_list_append (sections, _("New section"));
  self->add_proposed = default_section (self->programme);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->add_section), G_LIST_MODEL (sections));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->add_section), self->add_proposed);
  update_add_hint (self);
  gtk_editable_set_text (GTK_EDITABLE (self->add_title), "");
  /* From the day panel's "+", the popover points at it: at 700 px the panel covers the
   * grid's right-hand days. */
  cell = ct_calendar_view_get_day (self, date);
  anchor = self->add_origin == self->day_add_button ? self->day_add_button
                                                    : cell ? GTK_WIDGET (cell) : NULL;
  point_popover_at (self, self->add_popover, anchor);
  gtk_popover_popup (GTK_POPOVER (self->add_popover));
  gtk_widget_grab_focus (self->add_title);
}

/**
 * ct_calendar_view_get_add_hint: (skip)
 * @self: a calendar view
 *
 * Returns: (transfer none): the line under the add popover's section list saying where the
 *   event goes
 */
GtkLabel *
ct_calendar_view_get_add_hint (CtCalendarView *self)
{
  g_return_val_if_fail (CT_IS_CALENDAR_VIEW (self), NULL);
  return GTK_LABEL (self->add_hint);
}

/**
 * ct_calendar_view_get_add_popover: (skip)
 * @self: a calendar view
 * @title: (out) (optional) (transfer none): the title entry
 * @section: (out) (optional) (transfer none): the section drop-down
 * @add_button: (out) (optional) (transfer none): the button confirming
 *
 * Returns: (transfer none): the popover of ct_calendar_view_begin_add_event()
 */
GtkPopover *
ct_calendar_view_get_add_popover (CtCalendarView *self,
                                  GtkEditable   **title,
                                  GtkDropDown   **section,
                                  GtkButton     **add_button)
{
  g_return_val_if_fail (CT_IS_CALENDAR_VIEW (self), NULL);

  if (title != NULL)
    *title = GTK_EDITABLE (self->add_title);
  if (section != NULL)
    *section = GTK_DROP_DOWN (self->add_section);
  if (add_button != NULL)
    *add_button = GTK_BUTTON (self->add_button);
  return GTK_POPOVER (self->add_popover);
}

/**
 * ct_calendar_view_get_week_label: (skip)
 * @self: a calendar view
 * @row: 0-based row of the grid
 *
 * Returns: (transfer none): the row's week label
 */
GtkWidget *
ct_calendar_view_get_week_label (CtCalendarView *self,
                                 guint           row)
{
  g_return_val_if_fail (CT_IS_CALENDAR_VIEW (self) && row < N_ROWS, NULL);
  return self->week_labels[row];
}

/**
 * ct_calendar_view_get_day_list: (skip)
 * @self: a calendar view
 *
 * Returns: (transfer none): the list of the selected day's events
 */
GtkListBox *
ct_calendar_view_get_day_list (CtCalendarView *self)
{
  g_return_val_if_fail (CT_IS_CALENDAR_VIEW (self), NULL);
  return self->day_list;
}
