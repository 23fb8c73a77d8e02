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

/* The section a new event goes to by default: the last one listing events, as "Các hội
 * nghị, sự kiện" does. A conference's own section (its heading is the event, whose agenda
 * follows) is not one: an event added there would read as part of that conference. With
 * none, a new section, the position after the last section. */
static guint
default_section (CtProgramme *programme)
{
  for (guint i = programme->sections->len; i > 0; i--)
    {
      CtSection *s = g_ptr_array_index (programme->sections, i - 1);

      if (ct_section_get_heading_event (s) != NULL)
        continue;
      for (guint j = 0; j < s->items->len; j++)
        if (((CtItem *) g_ptr_array_index (s->items, j))->kind == CT_ITEM_EVENT)
          return i - 1;
    }
  return programme->sections->len;
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
  self->add_button = gtk_button_new_with_mnemonic (_("_Add"));
  gtk_widget_add_css_class (self->add_button, "suggested-action");
  gtk_widget_set_halign (self->add_button, GTK_ALIGN_END);
  g_signal_connect_swapped (self->add_button, "clicked", G_CALLBACK (add_confirmed_cb), self);

  gtk_box_append (GTK_BOX (box), self->add_heading);
  gtk_box_append (GTK_BOX (box), labelled (_("_Title"), self->add_title));
  gtk_box_append (GTK_BOX (box), self->add_title);
  gtk_box_append (GTK_BOX (box), labelled (_("_Section"), self->add_section));
  gtk_box_append (GTK_BOX (box), self->add_section);
  gtk_box_append (GTK_BOX (box), self->add_button);
  gtk_popover_set_child (GTK_POPOVER (self->add_popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (self->add_popover), self->add_button);
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

/**
 * ct_calendar_view_begin_add_event:
 * @self: a calendar view
 * @date: the day of the new event
 *
 * Asks for the new event's title and section in a popover by the day: by default the last
 * section listing events, or else "New section" (the last choice, index = number of
 * sections). Confirming emits #CtCalendarView::add-event. Does nothing without a
 * programme.
 */
void
ct_calendar_view_begin_add_event (CtCalendarView *self,
                                  const GDate    *date)
{
  g_autoptr(GtkStringList) sections = gtk_string_list_new (NULL);
  g_autofree char *day = NULL, *heading = NULL;
  CtCalendarDay *cell;

  g_return_if_fail (CT_IS_CALENDAR_VIEW (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (self->programme == NULL)
    return;
  self->add_date = *date;
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
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->add_section), G_LIST_MODEL (sections));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->add_section),
                              default_section (self->programme));
  gtk_editable_set_text (GTK_EDITABLE (self->add_title), "");
  cell = ct_calendar_view_get_day (self, date);
  point_popover_at (self, self->add_popover, cell ? GTK_WIDGET (cell) : NULL);
  gtk_popover_popup (GTK_POPOVER (self->add_popover));
  gtk_widget_grab_focus (self->add_title);
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
