/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ct-calendar-row.h"
#include "ct-calendar-view-private.h"
#include "fixture-programme.h"
#include "test-util-widget.h"

typedef struct
{
  GtkWidget *window;
  CtCalendarView *view;
  CtProgramme *programme;
  char *activated;
  char *moved_uuid;
  GDate moved_to;
} Fixture;

static CtCalendarDay *
day_cell (Fixture *f,
          int      day,
          int      month,
          int      year)
{
  GDate d = ct_test_dmy (day, month, year);
  CtCalendarDay *cell = ct_calendar_view_get_day (f->view, &d);

  g_assert_nonnull (cell);
  return cell;
}

/* The days of @month carrying chips, as "d,d,…". */
static char *
days_with_chips (Fixture *f,
                 int      month,
                 int      year)
{
  GString *s = g_string_new (NULL);

  for (guint day = 1; day <= g_date_get_days_in_month (month, year); day++)
    if (ct_calendar_day_get_n_chips (day_cell (f, day, month, year)) > 0)
      g_string_append_printf (s, "%s%u", s->len ? "," : "", day);
  return g_string_free (s, FALSE);
}

static void
item_activated_cb (CtCalendarView *view,
                   const char     *uuid,
                   Fixture        *f)
{
  g_free (f->activated);
  f->activated = g_strdup (uuid);
}

/* What the window does: reschedule, then let the view read the programme again. */
static void
item_moved_cb (CtCalendarView *view,
               const char     *uuid,
               GDate          *start,
               Fixture        *f)
{
  CtItem *item = ct_programme_find_item (f->programme, uuid, NULL);

  g_free (f->moved_uuid);
  f->moved_uuid = g_strdup (uuid);
  f->moved_to = *start;
  item->start_date = *start;
  ct_calendar_view_refresh (view);
}

static void
add_event_cb (CtCalendarView *view,
              GDate          *date,
              guint           section,
              const char     *title,
              Fixture        *f)
{
  /* The last choice is a new section (the page heads it with the event). */
  if (section == f->programme->sections->len)
    ct_programme_add_section (f->programme, title);
  ct_section_add_item (g_ptr_array_index (f->programme->sections, section),
                       ct_item_new_event (title, date));
  ct_calendar_view_refresh (view);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CtHolidays) holidays = ct_holidays_new ();
  GDate today = ct_test_dmy (19, 9, 2023);

  f->programme = fixture_programme_september_2023 ();
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  f->view = CT_CALENDAR_VIEW (ct_calendar_view_new ());
  ct_calendar_view_set_holidays (f->view, holidays);
  ct_calendar_view_set_today (f->view, &today);
  ct_calendar_view_set_programme (f->view, f->programme);
  g_signal_connect (f->view, "item-activated", G_CALLBACK (item_activated_cb), f);
  g_signal_connect (f->view, "item-moved", G_CALLBACK (item_moved_cb), f);
  g_signal_connect (f->view, "add-event", G_CALLBACK (add_event_cb), f);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  gtk_window_present (GTK_WINDOW (f->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (f->view)))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_pointer (&f->programme, ct_programme_unref);
  g_free (f->activated);
  g_free (f->moved_uuid);
}

static void
test_september (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *days = days_with_chips (f, 9, 2023);
  GtkWidget *chip;
  int year, month;

  ct_calendar_view_get_shown_month (f->view, &year, &month);
  g_assert_cmpint (year, ==, 2023);
  g_assert_cmpint (month, ==, 9);
  /* The five conferences and the four Monday briefings. */
  g_assert_cmpstr (days, ==, "4,8,11,18,20,25,26,28,29");

  chip = ct_calendar_day_get_chip (day_cell (f, 26, 9, 2023), 0);
  g_assert_cmpstr (ct_calendar_day_chip_get_label (chip), ==,
                   "Tuesday 26/9/2023, Hội nghị Ban Thường vụ Huyện ủy, tentative");
  g_assert_true (gtk_widget_has_css_class (chip, "tentative"));
  chip = ct_calendar_day_get_chip (day_cell (f, 20, 9, 2023), 0);
  g_assert_false (gtk_widget_has_css_class (chip, "tentative"));
  g_assert_cmpstr (ct_calendar_day_chip_get_label (chip), ==,
                   "Wednesday 20/9/2023, Hội nghị đối thoại của Bí thư Huyện ủy với Nhân dân "
                   "xã Đồi Chè");
  /* The briefing on Monday 4/9, nghỉ bù for Quốc khánh: marked and flagged. */
  chip = ct_calendar_day_get_chip (day_cell (f, 4, 9, 2023), 0);
  g_assert_cmpstr (ct_calendar_day_chip_get_label (chip), ==,
                   "Monday 4/9/2023, Afternoon, Giao ban Thường trực Huyện ủy");
  g_assert_true (gtk_widget_has_css_class (chip, "recurring"));
  g_assert_true (gtk_widget_has_css_class (chip, "conflict"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 4, 9, 2023)), "day-off"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 2, 9, 2023)), "holiday"));
  g_assert_false (gtk_widget_has_css_class (ct_calendar_day_get_chip (day_cell (f, 11, 9, 2023),
                                                                      0), "conflict"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 19, 9, 2023)), "today"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 31, 8, 2023)),
                                           "outside-period"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 1, 9, 2023)),
                                            "outside-period"));

  /* Rows are labelled with their ISO week: 28/8–3/9 is "Week 35", 25/9–1/10 "Week 39",
   * no sixth row. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_calendar_view_get_week_label (f->view, 0))),
                   ==, "Week 35");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_calendar_view_get_week_label (f->view, 4))),
                   ==, "Week 39");
  g_assert_false (gtk_widget_get_visible (ct_calendar_view_get_week_label (f->view, 5)));
}

static void
test_month_navigation (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *october = NULL, *september = NULL;
  GDate selected, before, october_19 = ct_test_dmy (19, 10, 2023);
  int year, month;

  ct_calendar_view_get_selected_date (f->view, &before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.next-month", NULL));
  ct_calendar_view_get_shown_month (f->view, &year, &month);
  g_assert_cmpint (month, ==, 10);
  october = days_with_chips (f, 10, 2023);
  g_assert_cmpstr (october, ==, "");
  /* The first row of October holds 25–30/9, with their chips; October is outside. */
  g_assert_cmpuint (ct_calendar_day_get_n_chips (day_cell (f, 26, 9, 2023)), ==, 1);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 26, 9, 2023)),
                                           "other-month"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 2, 10, 2023)),
                                           "outside-period"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_calendar_view_get_week_label (f->view, 1))),
                   ==, "");
  /* Changing month selects the same day of the new month: 19/9 gives 19/10. */
  g_assert_cmpuint (g_date_get_day (&before), ==, 19);
  ct_calendar_view_get_selected_date (f->view, &selected);
  g_assert_cmpint (g_date_compare (&selected, &october_19), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.previous-month",
                                             NULL));
  ct_calendar_view_get_selected_date (f->view, &selected);
  g_assert_cmpint (g_date_compare (&selected, &before), ==, 0);
  september = days_with_chips (f, 9, 2023);
  g_assert_cmpstr (september, ==, "4,8,11,18,20,25,26,28,29");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 4, 9, 2023)), "day-off"));
}

static GtkEventController *
find_key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        return c;
    }
  return NULL;
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  GtkEventController *keys = find_key_controller (widget);
  gboolean handled = FALSE;

  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, 0, &handled);
  return handled;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *grid = gtk_widget_get_parent (GTK_WIDGET (day_cell (f, 26, 9, 2023)));
  GtkListBox *list = ct_calendar_view_get_day_list (f->view);
  GDate d = ct_test_dmy (26, 9, 2023), selected;
  GtkListBoxRow *row;
  int month;

  ct_calendar_view_select_date (f->view, &d);
  g_assert_true (press_key (grid, GDK_KEY_Right));
  g_assert_true (press_key (grid, GDK_KEY_Right));
  ct_calendar_view_get_selected_date (f->view, &selected);
  g_assert_cmpuint (g_date_get_day (&selected), ==, 28);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 28, 9, 2023)), "selected"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 26, 9, 2023)),
                                            "selected"));
  /* The day list shows the selected day's event. */
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (list, 1));
  /* Down a week leaves September: the month follows the selection. */
  g_assert_true (press_key (grid, GDK_KEY_Down));
  ct_calendar_view_get_selected_date (f->view, &selected);
  ct_calendar_view_get_shown_month (f->view, NULL, &month);
  g_assert_cmpuint (g_date_get_day (&selected), ==, 5);
  g_assert_cmpint (month, ==, 10);
  g_assert_true (press_key (grid, GDK_KEY_Up));
  g_assert_true (press_key (grid, GDK_KEY_Left));
  ct_calendar_view_get_selected_date (f->view, &selected);
  g_assert_cmpuint (g_date_get_day (&selected), ==, 27);
  ct_calendar_view_get_shown_month (f->view, NULL, &month);
  g_assert_cmpint (month, ==, 9);
  g_assert_false (press_key (grid, GDK_KEY_a));

  /* Enter on a day goes to its list of events. */
  gtk_widget_grab_focus (GTK_WIDGET (day_cell (f, 27, 9, 2023)));
  d = ct_test_dmy (26, 9, 2023);
  ct_calendar_view_select_date (f->view, &d);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (day_cell (f, 26, 9, 2023))));
  g_assert_true (press_key (grid, GDK_KEY_Return));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))));
}

/* Tab moves the focus off the selected day: Enter, the arrows and "Add Event…" act on the
 * day that has the focus. */
static void
test_keyboard_focused_day (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *grid = gtk_widget_get_parent (GTK_WIDGET (day_cell (f, 26, 9, 2023)));
  GtkListBox *list = ct_calendar_view_get_day_list (f->view);
  GDate d = ct_test_dmy (1, 9, 2023), selected;
  GtkEditable *title;
  GtkDropDown *section;
  GtkButton *add;
  CtCalendarDay *cell;
  CtItem *item;

  ct_calendar_view_select_date (f->view, &d);
  gtk_widget_grab_focus (GTK_WIDGET (day_cell (f, 13, 9, 2023)));
  g_assert_true (press_key (grid, GDK_KEY_Return));
  ct_calendar_view_get_selected_date (f->view, &selected);
  g_assert_cmpuint (g_date_get_day (&selected), ==, 13);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 13, 9, 2023)), "selected"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 1, 9, 2023)), "selected"));
  /* 13/9 has no event: the focus is on the day list's "Add Event…". */
  g_assert_null (gtk_list_box_get_row_at_index (list, 0));

  /* Its "Add Event…" adds on 13/9. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.add-event", NULL));
  ct_calendar_view_get_add_popover (f->view, &title, &section, &add);
  gtk_editable_set_text (title, "Họp giao ban khối Nội chính");
  g_signal_emit_by_name (add, "clicked");
  cell = day_cell (f, 13, 9, 2023);
  g_assert_cmpuint (ct_calendar_day_get_n_chips (cell), ==, 1);
  g_assert_cmpuint (ct_calendar_day_get_n_chips (day_cell (f, 1, 9, 2023)), ==, 0);
  item = ct_programme_find_item (f->programme,
                                 ct_calendar_day_chip_get_uuid (ct_calendar_day_get_chip (cell, 0)),
                                 NULL);
  g_assert_cmpstr (item->title, ==, "Họp giao ban khối Nội chính");
  g_assert_cmpuint (g_date_get_day (&item->start_date), ==, 13);

  /* The arrows start from the focused day, not the selected one. */
  ct_calendar_view_select_date (f->view, &d);
  gtk_widget_grab_focus (GTK_WIDGET (day_cell (f, 20, 9, 2023)));
  g_assert_true (press_key (grid, GDK_KEY_Right));
  ct_calendar_view_get_selected_date (f->view, &selected);
  g_assert_cmpuint (g_date_get_day (&selected), ==, 21);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (day_cell (f, 21, 9, 2023))));
}

static void
test_activate (Fixture       *f,
               gconstpointer  data)
{
  GDate d = ct_test_dmy (26, 9, 2023);
  GtkWidget *chip = ct_calendar_day_get_chip (day_cell (f, 26, 9, 2023), 0);
  g_autofree char *uuid = g_strdup (ct_calendar_day_chip_get_uuid (chip));
  GtkListBox *list = ct_calendar_view_get_day_list (f->view);

  /* Enter on a chip opens its item. */
  g_assert_true (press_key (chip, GDK_KEY_Return));
  g_assert_cmpstr (f->activated, ==, uuid);
  g_clear_pointer (&f->activated, g_free);
  /* So does activating its row in the day list. */
  ct_calendar_view_select_date (f->view, &d);
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (f->activated, ==, uuid);
}

static void
test_add_event (Fixture       *f,
                gconstpointer  data)
{
  GDate d = ct_test_dmy (12, 9, 2023);
  GtkEditable *title;
  GtkDropDown *section;
  GtkButton *add;
  GtkPopover *popover;
  CtCalendarDay *cell;
  CtItem *item;

  ct_calendar_view_select_date (f->view, &d);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.add-event", NULL));
  popover = ct_calendar_view_get_add_popover (f->view, &title, &section, &add);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  /* Each section holding an event is a conference's own: "New section" is proposed. */
  g_assert_cmpuint (gtk_drop_down_get_selected (section), ==, 7);

  /* A blank title adds nothing. */
  gtk_editable_set_text (title, "   ");
  g_signal_emit_by_name (add, "clicked");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (title), "error"));
  g_assert_cmpuint (ct_calendar_day_get_n_chips (day_cell (f, 12, 9, 2023)), ==, 0);

  gtk_editable_set_text (title, "Hội nghị sơ kết khối Dân vận");
  gtk_drop_down_set_selected (section, 2);
  g_signal_emit_by_name (add, "clicked");
  cell = day_cell (f, 12, 9, 2023);
  g_assert_cmpuint (ct_calendar_day_get_n_chips (cell), ==, 1);
  item = ct_programme_find_item (f->programme,
                                 ct_calendar_day_chip_get_uuid (ct_calendar_day_get_chip (cell, 0)),
                                 NULL);
  g_assert_nonnull (item);
  g_assert_cmpstr (item->title, ==, "Hội nghị sơ kết khối Dân vận");
  g_assert_true (g_ptr_array_index (((CtSection *) g_ptr_array_index (f->programme->sections,
                                                                      2))->items, 1) == item);
}

/* A conference's own section: headed by an event of the section's title, with an agenda. */
static CtSection *
add_conference (CtProgramme *p,
                const char  *title,
                int          day)
{
  GDate d = ct_test_dmy (day, 9, 2023);
  CtSection *s = ct_programme_add_section (p, title);
  CtItem *event = ct_item_new_event (title, &d);

  ct_item_add_agenda_item (event, "Thông qua báo cáo sơ kết chín tháng", "Văn phòng");
  ct_item_add_agenda_item (event, "Cho ý kiến về đề án nhân sự", "Ban Tổ chức");
  ct_section_add_item (s, event);
  return s;
}

static void
add_dated_event (CtSection  *s,
                 const char *title,
                 int         day)
{
  GDate d = ct_test_dmy (day, 9, 2023);

  ct_section_add_item (s, ct_item_new_event (title, &d));
}

/* Opens "+" on 12/9/2023 in @p; returns the title of the choice proposed. */
static char *
proposed_section (Fixture     *f,
                  CtProgramme *p,
                  guint       *index)
{
  GDate d = ct_test_dmy (12, 9, 2023);
  GtkDropDown *section;
  GtkStringObject *choice;
  char *title;

  ct_calendar_view_set_programme (f->view, p);
  ct_calendar_view_begin_add_event (f->view, &d);
  ct_calendar_view_get_add_popover (f->view, NULL, &section, NULL);
  *index = gtk_drop_down_get_selected (section);
  choice = gtk_drop_down_get_selected_item (section);
  title = g_strdup (gtk_string_object_get_string (choice));
  gtk_popover_popdown (ct_calendar_view_get_add_popover (f->view, NULL, NULL, NULL));
  return title;
}

/* "+" proposes the section where standalone dated events already are; with none, a new
 * section, and it says so. Never by default a conference's own section, whether headed by
 * its event or holding only one event with its agenda. */
static void
test_add_event_proposed_section (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(CtProgramme) empty = ct_programme_new ();
  g_autoptr(CtProgramme) conference_only = ct_programme_new ();
  g_autoptr(CtProgramme) both = ct_programme_new ();
  g_autofree char *title = NULL;
  GDate d = ct_test_dmy (28, 9, 2023);
  GtkDropDown *section;
  CtSection *s;
  CtItem *item;
  guint index;

  ct_programme_set_period (empty, CT_PERIOD_KIND_MONTH, 2023, 9);
  title = proposed_section (f, empty, &index);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpstr (title, ==, "New section");
  g_assert_cmpstr (gtk_label_get_text (ct_calendar_view_get_add_hint (f->view)), ==,
                   "The event gets a section of its own, headed by its title.");

  ct_programme_set_period (conference_only, CT_PERIOD_KIND_MONTH, 2023, 9);
  add_conference (conference_only, "Hội nghị Ban Chấp hành Đảng bộ huyện", 26);
  title = (g_free (title), proposed_section (f, conference_only, &index));
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpstr (title, ==, "New section");

  /* Tasks, a section of dated events, a conference headed by its event, and a section
   * titled otherwise holding one conference with its agenda: the dated events' section. */
  ct_programme_set_period (both, CT_PERIOD_KIND_MONTH, 2023, 9);
  s = ct_programme_add_section (both, "Lãnh đạo, chỉ đạo các nhiệm vụ trọng tâm");
  ct_section_add_item (s, ct_item_new_task ("Chỉ đạo tổng kết công tác dân vận năm 2023."));
  s = ct_programme_add_section (both, "Các hội nghị, sự kiện");
  add_dated_event (s, "Hội nghị giao ban khối Dân vận", 7);
  add_dated_event (s, "Làm việc với Đảng ủy xã Đồi Chè", 20);
  add_conference (both, "Hội nghị Ban Thường vụ Huyện ủy", 26);
  s = ct_programme_add_section (both, "Hội nghị chuyên đề");
  item = ct_item_new_event ("Hội nghị quán triệt chuyên đề chuyển đổi số", &d);
  ct_item_add_agenda_item (item, "Quán triệt nội dung chuyên đề", "Ban Tuyên giáo");
  ct_section_add_item (s, item);
  title = (g_free (title), proposed_section (f, both, &index));
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpstr (title, ==, "II. Các hội nghị, sự kiện");
  g_assert_cmpstr (gtk_label_get_text (ct_calendar_view_get_add_hint (f->view)), ==,
                   "Proposed: the section that already lists events with a date.");

  /* A conference's own section chosen by hand: a warning, not a silent choice. */
  ct_calendar_view_begin_add_event (f->view, &d);
  ct_calendar_view_get_add_popover (f->view, NULL, &section, NULL);
  gtk_drop_down_set_selected (section, 2);
  g_assert_cmpstr (gtk_label_get_text (ct_calendar_view_get_add_hint (f->view)), ==,
                   "This section is one conference with its agenda: an event added to it is "
                   "printed as part of that conference.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (ct_calendar_view_get_add_hint (f->view)),
                                           "warning"));
  gtk_popover_popdown (ct_calendar_view_get_add_popover (f->view, NULL, NULL, NULL));
  ct_calendar_view_set_programme (f->view, f->programme);
}

static gboolean
is_add_button (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "add-button");
}

static GtkWidget *
focus_of (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

/* However the "+" popover closes (Escape, "Add", a click elsewhere), the focus goes back
 * to the day or the "+" it was opened from: the next Enter opens it again for that day. */
static void
test_add_event_focus_returns (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *cell = GTK_WIDGET (day_cell (f, 13, 9, 2023));
  GtkWidget *cell_add = ct_test_find_widget (cell, is_add_button, NULL);
  GtkEditable *title;
  GtkButton *add;
  GtkPopover *popover = ct_calendar_view_get_add_popover (f->view, &title, NULL, &add);

  /* From the day, by its action; closed by Escape. */
  gtk_widget_grab_focus (cell);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.add-event", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (focus_of (f) == gtk_widget_get_first_child (GTK_WIDGET (title)) ||
                 focus_of (f) == GTK_WIDGET (title));
  g_assert_true (ct_test_press_key (focus_of (f), GDK_KEY_Escape, 0));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (focus_of (f) == cell);

  /* From the day's "+", closed by adding: back on that "+". */
  g_assert_nonnull (cell_add);
  gtk_widget_grab_focus (cell_add);
  g_signal_emit_by_name (cell_add, "clicked");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_editable_set_text (title, "Họp giao ban khối Nội chính");
  g_signal_emit_by_name (add, "clicked");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpuint (ct_calendar_day_get_n_chips (CT_CALENDAR_DAY (cell)), ==, 1);
  g_assert_true (focus_of (f) == cell_add);

  /* From the day panel's "+", closed from outside (a click elsewhere): back on it. */
  gtk_widget_grab_focus (f->view->day_add_button);
  g_signal_emit_by_name (f->view->day_add_button, "clicked");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  gtk_popover_popdown (popover);
  g_assert_true (focus_of (f) == f->view->day_add_button);
}

static void
test_drag_to_reschedule (Fixture       *f,
                         gconstpointer  data)
{
  CtCalendarDay *target = day_cell (f, 27, 9, 2023);
  GtkWidget *chip = ct_calendar_day_get_chip (day_cell (f, 26, 9, 2023), 0);
  g_autofree char *uuid = g_strdup (ct_calendar_day_chip_get_uuid (chip));
  g_autofree char *payload = g_strdup_printf ("%s\t2023-09-26", uuid);

  ct_test_drop (GTK_WIDGET (target), payload, 10.0, 10.0);
  g_assert_cmpstr (f->moved_uuid, ==, uuid);
  g_assert_cmpuint (g_date_get_day (&f->moved_to), ==, 27);
  g_assert_cmpuint (ct_calendar_day_get_n_chips (day_cell (f, 26, 9, 2023)), ==, 0);
  g_assert_cmpuint (ct_calendar_day_get_n_chips (day_cell (f, 27, 9, 2023)), ==, 1);
}

/* 28/12/2026 – 03/01/2027 is ISO week 53 of 2026 (1/1/2026 is a Thursday): the row says
 * so in January's programme, as in December's, and as the Week page does. */
static void
test_iso_week_53 (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CtProgramme) january = ct_programme_new ();
  g_autoptr(CtProgramme) december = ct_programme_new ();

  ct_programme_set_period (january, CT_PERIOD_KIND_MONTH, 2027, 1);
  ct_calendar_view_set_programme (f->view, january);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_calendar_view_get_week_label (f->view, 0))),
                   ==, "Week 53");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_calendar_view_get_week_label (f->view, 1))),
                   ==, "Week 1");

  ct_programme_set_period (december, CT_PERIOD_KIND_MONTH, 2026, 12);
  ct_calendar_view_set_programme (f->view, december);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_calendar_view_get_week_label (f->view, 0))),
                   ==, "Week 49");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_calendar_view_get_week_label (f->view, 4))),
                   ==, "Week 53");
  ct_calendar_view_set_programme (f->view, f->programme);
}

static void
test_lam_bu (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CtProgramme) may = ct_programme_new ();

  ct_programme_set_period (may, CT_PERIOD_KIND_MONTH, 2024, 5);
  ct_calendar_view_set_programme (f->view, may);
  /* Saturday 4/5/2024 was worked in exchange for Monday 29/4. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 4, 5, 2024)),
                                           "working-saturday"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 4, 5, 2024)), "weekend"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 11, 5, 2024)), "weekend"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 29, 4, 2024)), "day-off"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (day_cell (f, 1, 5, 2024)), "holiday"));
}

static gboolean
show_seed (Fixture *f)
{
  g_autoptr(CtProgramme) seed = fixture_programme_seed ();

  if (seed == NULL)
    return FALSE;
  g_clear_pointer (&f->programme, ct_programme_unref);
  f->programme = ct_programme_ref (seed);
  ct_calendar_view_set_programme (f->view, seed);
  return TRUE;
}

static void
test_seed (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *september = NULL, *again = NULL, *october = NULL;
  GtkWidget *chip;

  if (!show_seed (f))
    return;
  september = days_with_chips (f, 9, 2023);
  g_assert_cmpstr (september, ==, "4,8,11,18,20,25,26,28,29");
  chip = ct_calendar_day_get_chip (day_cell (f, 26, 9, 2023), 0);
  g_assert_cmpstr (ct_calendar_day_chip_get_label (chip), ==,
                   "Tuesday 26/9/2023, Hội nghị Ban Thường vụ Huyện ủy, tentative");
  g_assert_true (gtk_widget_has_css_class (chip, "tentative"));
  g_assert_true (gtk_widget_has_css_class (
    ct_calendar_day_get_chip (day_cell (f, 4, 9, 2023), 0), "conflict"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.next-month", NULL));
  october = days_with_chips (f, 10, 2023);
  g_assert_cmpstr (october, ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "calendar.previous-month",
                                             NULL));
  again = days_with_chips (f, 9, 2023);
  g_assert_cmpstr (again, ==, september);
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

/* A day's row shows everything the item says of who and where, and the sub-points under
 * their agenda item; a monthly rule is said to be monthly. */
static GtkWidget *
find_toggle (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The calendar of a window @width wide, laid out. */
static CtCalendarView *
view_at_width (GtkWidget   **window,
               CtProgramme  *programme,
               int           width)
{
  CtCalendarView *view = CT_CALENDAR_VIEW (ct_calendar_view_new ());
  GDate today = ct_test_dmy (19, 9, 2023);

  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), width, 700);
  ct_calendar_view_set_today (view, &today);
  ct_calendar_view_set_programme (view, programme);
  gtk_window_set_child (GTK_WINDOW (*window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (*window));
  while (gtk_widget_get_width (GTK_WIDGET (view)) != width)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return view;
}

/* The bounds of @widget in @view's coordinates. */
static graphene_rect_t
bounds_in (GtkWidget      *widget,
           CtCalendarView *view)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (view), &bounds));
  return bounds;
}

/* The day panel sits beside the month when there is room for both (the calendar page of a
 * 1366 px window: 1065 px), shrinking the grid; only a narrower page folds it over the
 * month, below the header, whose toggle stays in sight. */
static void
test_day_panel_room (void)
{
  g_autoptr(CtProgramme) programme = fixture_programme_september_2023 ();
  GtkWidget *window;
  CtCalendarView *view = view_at_width (&window, programme, 1065);
  GtkWidget *panel = adw_flap_get_flap (ADW_FLAP (view->day_flap));
  GDate d = ct_test_dmy (24, 9, 2023);
  GtkWidget *sunday;
  graphene_rect_t panel_bounds, sunday_bounds, toggle_bounds;
  GtkWidget *toggle = find_toggle (GTK_WIDGET (view));

  sunday = GTK_WIDGET (ct_calendar_view_get_day (view, &d));
  g_assert_false (adw_flap_get_folded (ADW_FLAP (view->day_flap)));
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (view->day_flap)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  panel_bounds = bounds_in (panel, view);
  sunday_bounds = bounds_in (sunday, view);
  g_assert_cmpfloat (sunday_bounds.origin.x + sunday_bounds.size.width, <=, panel_bounds.origin.x);
  g_assert_cmpfloat (panel_bounds.origin.x + panel_bounds.size.width, ==, 1065);
  gtk_window_destroy (GTK_WINDOW (window));

  view = view_at_width (&window, programme, 640);
  panel = adw_flap_get_flap (ADW_FLAP (view->day_flap));
  toggle = find_toggle (GTK_WIDGET (view));
  g_assert_true (adw_flap_get_folded (ADW_FLAP (view->day_flap)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_assert_true (adw_flap_get_reveal_flap (ADW_FLAP (view->day_flap)));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  panel_bounds = bounds_in (panel, view);
  toggle_bounds = bounds_in (toggle, view);
  g_assert_cmpfloat (toggle_bounds.origin.y + toggle_bounds.size.height, <=,
                     panel_bounds.origin.y);
  /* The same toggle folds it away again. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  g_assert_false (adw_flap_get_reveal_flap (ADW_FLAP (view->day_flap)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_holiday_name (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "holiday-name");
}

/* The titles of the items the day panel lists, one a line. */
static char *
day_panel_titles (CtCalendarView *view)
{
  GString *s = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (view->day_list, i)) != NULL; i++)
    {
      CtItem *item = ct_programme_find_item (view->programme,
                                             ct_calendar_row_get_item_uuid (CT_CALENDAR_ROW (row)),
                                             NULL);

      g_string_append_printf (s, "%s%s", s->len ? "\n" : "", item->title);
    }
  return g_string_free (s, FALSE);
}

/* The day panel after a change of month names the day it lists, and that day is the
 * selected one with the keyboard focus: the same day of the new month (its last day when
 * shorter), never the day left behind in the month before. */
static void
assert_day_panel (CtCalendarView *view,
                  int             day,
                  int             month,
                  const char     *heading,
                  const char     *titles)
{
  GDate d = ct_test_dmy (day, month, 2027), selected;
  g_autofree char *listed = day_panel_titles (view);
  CtCalendarDay *cell = ct_calendar_view_get_day (view, &d);
  int shown;

  g_assert_cmpstr (gtk_label_get_text (view->day_title), ==, heading);
  g_assert_cmpstr (listed, ==, titles);
  ct_calendar_view_get_shown_month (view, NULL, &shown);
  g_assert_cmpint (shown, ==, month);
  ct_calendar_view_get_selected_date (view, &selected);
  g_assert_cmpint (g_date_compare (&selected, &d), ==, 0);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "selected"));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (cell)));
}

static void
test_day_panel_month_change (void)
{
  g_autoptr(CtProgramme) programme = ct_programme_new ();
  GDate jan12 = ct_test_dmy (12, 1, 2027), feb12 = ct_test_dmy (12, 2, 2027);
  GDate first = ct_test_dmy (28, 12, 2026), jan31 = ct_test_dmy (31, 1, 2027);
  GDate jan20 = ct_test_dmy (20, 1, 2027);
  CtSection *section;
  CtCalendarView *view;
  GtkWidget *window, *grid;

  ct_programme_set_period (programme, CT_PERIOD_KIND_MONTH, 2027, 1);
  section = ct_programme_add_section (programme, "Các hội nghị, sự kiện");
  ct_section_add_item (section, ct_item_new_event ("Hội nghị tổng kết công tác văn thư, lưu trữ "
                                                   "năm 2026", &jan12));
  ct_section_add_item (section, ct_item_new_event ("Họp Ban Chỉ đạo chuyển đổi số huyện",
                                                   &jan12));
  ct_section_add_item (section, ct_item_new_event ("Gặp mặt cán bộ hưu trí đầu xuân", &feb12));
  view = view_at_width (&window, programme, 1240);
  grid = gtk_widget_get_parent (GTK_WIDGET (ct_calendar_view_get_day (view, &first)));

  /* From the grid's first day, Down, Down, Right: 12/1 and its two events. */
  gtk_widget_grab_focus (GTK_WIDGET (ct_calendar_view_get_day (view, &first)));
  g_assert_true (press_key (grid, GDK_KEY_Down));
  g_assert_true (press_key (grid, GDK_KEY_Down));
  g_assert_true (press_key (grid, GDK_KEY_Right));
  assert_day_panel (view, 12, 1, "Tuesday 12/1/2027",
                    "Hội nghị tổng kết công tác văn thư, lưu trữ năm 2026\n"
                    "Họp Ban Chỉ đạo chuyển đổi số huyện");

  /* Page Down: 12/2 with its own event, the focus on it (not on 16/2, the cell 12/1 was in). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "calendar.next-month", NULL));
  assert_day_panel (view, 12, 2, "Friday 12/2/2027", "Gặp mặt cán bộ hưu trí đầu xuân");

  /* Page Up: back on 12/1, both its events listed again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "calendar.previous-month",
                                             NULL));
  assert_day_panel (view, 12, 1, "Tuesday 12/1/2027",
                    "Hội nghị tổng kết công tác văn thư, lưu trữ năm 2026\n"
                    "Họp Ban Chỉ đạo chuyển đổi số huyện");

  /* Tab to 20/1 without selecting it, then Page Down: from the focused day, 20/2. */
  gtk_widget_grab_focus (GTK_WIDGET (ct_calendar_view_get_day (view, &jan20)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "calendar.next-month", NULL));
  assert_day_panel (view, 20, 2, "Saturday 20/2/2027", "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "calendar.previous-month",
                                             NULL));
  assert_day_panel (view, 20, 1, "Wednesday 20/1/2027", "");

  /* 31/1 has no day in February: its last day is selected. */
  ct_calendar_view_select_date (view, &jan31);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "calendar.next-month", NULL));
  assert_day_panel (view, 28, 2, "Sunday 28/2/2027", "");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The holiday name of @day/@month/@year in a window @width wide, which must be shown
 * whole, on more lines when it needs them. */
static void
assert_holiday_whole (int         width,
                      int         day,
                      int         month,
                      int         year,
                      const char *name)
{
  g_autoptr(CtProgramme) programme = ct_programme_new ();
  GDate d = ct_test_dmy (day, month, year);
  GtkWidget *window, *label;
  CtCalendarView *view;
  PangoLayout *layout;

  ct_programme_set_period (programme, CT_PERIOD_KIND_MONTH, year, month);
  view = view_at_width (&window, programme, width);
  label = ct_test_find_widget (GTK_WIDGET (ct_calendar_view_get_day (view, &d)),
                               is_holiday_name, NULL);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, name);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (label), ==, name);
  layout = gtk_label_get_layout (GTK_LABEL (label));
  g_assert_false (pango_layout_is_ellipsized (layout));
  if (width < 1000)
    g_assert_cmpint (pango_layout_get_line_count (layout), >, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Holiday names are never cut ("Lunar New Ye…"): Tết 2027 and 30/4–1/5/2027, wide and
 * narrow. */
static void
test_holiday_names_whole (void)
{
  const int widths[] = { 1240, 700 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      assert_holiday_whole (widths[i], 6, 2, 2027, "Lunar New Year (tentative)");
      assert_holiday_whole (widths[i], 30, 4, 2027, "Reunification Day (tentative)");
      assert_holiday_whole (widths[i], 1, 5, 2027, "International Labour Day (tentative)");
    }
}

static void
test_row_details (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GString) text = g_string_new (NULL);
  CtSection *section = g_ptr_array_index (p->sections, 0);
  CtOccurrence o = { g_ptr_array_index (section->items, 0), section,
                     ct_test_dmy (14, 3, 2025), 0, 1, CT_DAY_PART_MORNING, 450, CT_NO_TIME,
                     FALSE, 0 };
  GtkWidget *row = g_object_ref_sink (ct_calendar_row_new (&o, NULL, NULL, NULL));

  collect_labels (row, text);
  g_assert_nonnull (strstr (text->str, "Chair: Chủ tịch UBND huyện\n"
                                       "Leaders attending: Các Phó Chủ tịch UBND huyện\n"
                                       "Participants: Thành viên UBND huyện; Trưởng các phòng, "
                                       "ban\n"
                                       "Place: Phòng họp số 1, UBND huyện\n"
                                       "Prepared by: Văn phòng HĐND và UBND huyện\n"
                                       "Together with: Phòng Tài chính - Kế hoạch\n"
                                       "Office leader: Đ/c Chánh Văn phòng\n"
                                       "Note: Giấy mời riêng\n"));
  g_assert_nonnull (strstr (text->str, "1. Báo cáo tình hình kinh tế - xã hội quý I. (Phòng "
                                       "Tài chính - Kế hoạch)\n"
                                       "    a) Kết quả thu ngân sách.\n"
                                       "    b) Tiến độ giải ngân vốn đầu tư công.\n"));
  g_object_unref (row);

  section = g_ptr_array_index (p->sections, 1);
  o.item = g_ptr_array_index (section->items, 0);
  o.section = section;
  o.date = ct_test_dmy (5, 3, 2025);
  row = g_object_ref_sink (ct_calendar_row_new (&o, NULL, NULL, NULL));
  g_string_truncate (text, 0);
  collect_labels (row, text);
  g_assert_nonnull (strstr (text->str, "Monthly"));
  g_assert_null (strstr (text->str, "Weekly"));
  g_object_unref (row);
}

/* The chip's accessible label in the Vietnamese interface. */
static void
test_seed_vietnamese (void)
{
  g_autoptr(CtProgramme) seed = fixture_programme_seed ();
  g_autoptr(CtHolidays) holidays = NULL;
  GtkWidget *window, *chip;
  CtCalendarView *view;
  GDate d;

  if (seed == NULL)
    return;
  g_setenv ("LANGUAGE", "vi", TRUE);
  if (setlocale (LC_ALL, "vi_VN.UTF-8") == NULL)
    {
      g_test_skip ("The vi_VN.UTF-8 locale is not generated");
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "C.UTF-8");
      return;
    }
  holidays = ct_holidays_new ();
  window = gtk_window_new ();
  view = CT_CALENDAR_VIEW (ct_calendar_view_new ());
  ct_calendar_view_set_holidays (view, holidays);
  ct_calendar_view_set_programme (view, seed);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  d = ct_test_dmy (26, 9, 2023);
  chip = ct_calendar_day_get_chip (ct_calendar_view_get_day (view, &d), 0);
  g_assert_cmpstr (ct_calendar_day_chip_get_label (chip), ==,
                   "Thứ Ba, 26/9/2023, Hội nghị Ban Thường vụ Huyện ủy, dự kiến");
  d = ct_test_dmy (4, 9, 2023);
  chip = ct_calendar_day_get_chip (ct_calendar_view_get_day (view, &d), 0);
  g_assert_cmpstr (ct_calendar_day_chip_get_label (chip), ==,
                   "Thứ Hai, 4/9/2023, Chiều, Giao ban Thường trực Huyện ủy");
  gtk_window_destroy (GTK_WINDOW (window));
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

/* A day of a multi-day event, in Vietnamese: a count of days, never "ngày 2/3", which a
 * clerk reads as the 2nd of March. */
static void
test_multi_day_vietnamese (void)
{
  g_autoptr(CtItem) item = ct_item_new_event ("Hội nghị tập huấn nghiệp vụ văn thư", NULL);
  CtOccurrence occurrence = {
    .item = item, .date = ct_test_dmy (11, 3, 2025), .index = 1, .count = 3,
    .day_part = CT_DAY_PART_NONE, .start_minute = CT_NO_TIME, .end_minute = CT_NO_TIME,
  };
  g_autofree char *label = NULL;

  g_setenv ("LANGUAGE", "vi", TRUE);
  if (setlocale (LC_ALL, "vi_VN.UTF-8") == NULL)
    {
      g_test_skip ("The vi_VN.UTF-8 locale is not generated");
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "C.UTF-8");
      return;
    }
  label = ct_calendar_chip_label (&occurrence);
  g_assert_cmpstr (label, ==, "Thứ Ba, 11/3/2025, Hội nghị tập huấn nghiệp vụ văn thư, "
                              "ngày thứ 2 trong 3 ngày");
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
  label = (g_free (label), ct_calendar_chip_label (&occurrence));
  g_assert_cmpstr (label, ==, "Tuesday 11/3/2025, Hội nghị tập huấn nghiệp vụ văn thư, "
                              "day 2 of 3");
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  bindtextdomain (GETTEXT_PACKAGE, CT_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
#define ADD(path, func) \
  g_test_add ("/calendar-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("september", test_september);
  ADD ("month-navigation", test_month_navigation);
  ADD ("keyboard", test_keyboard);
  ADD ("keyboard-focused-day", test_keyboard_focused_day);
  ADD ("activate", test_activate);
  ADD ("add-event", test_add_event);
  ADD ("add-event-proposed-section", test_add_event_proposed_section);
  ADD ("add-event-focus-returns", test_add_event_focus_returns);
  ADD ("drag-to-reschedule", test_drag_to_reschedule);
  ADD ("iso-week-53", test_iso_week_53);
  ADD ("lam-bu", test_lam_bu);
  ADD ("seed", test_seed);
  g_test_add_func ("/calendar-view/seed-vietnamese", test_seed_vietnamese);
  g_test_add_func ("/calendar-view/multi-day-vietnamese", test_multi_day_vietnamese);
  g_test_add_func ("/calendar-view/row-details", test_row_details);
  g_test_add_func ("/calendar-view/day-panel-room", test_day_panel_room);
  g_test_add_func ("/calendar-view/holiday-names-whole", test_holiday_names_whole);
  g_test_add_func ("/calendar-view/day-panel-month-change", test_day_panel_month_change);
#undef ADD
  return g_test_run ();
}
