/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "window-wait.h"
#include "ct-calendar-page.h"
#include "ct-calendar-view-private.h"
#include "ct-check.h"
#include "ct-programme-editor.h"
#include "ct-window.h"
#include "fixture-programme.h"
#include "test-util-widget.h"

/* Through the window: "+" on 12/9 and a drag from 26/9 to 27/9 end up in the database. */
static void
test_edits_reach_the_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-calendar-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "c.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(CtProgramme) programme = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) saved = NULL;
  g_autoptr(GtkApplication) app = NULL;
  GDate day = ct_test_dmy (12, 9, 2023);
  GtkEditable *title;
  GtkButton *add;
  CtCalendarView *view;
  GtkWidget *editor;
  GDate view_day;
  int month;
  CtWindow *window;
  CtItem *item;
  guint section;
  g_autofree char *payload = NULL;

  g_assert_no_error (error);
  g_assert_true (ct_store_save_programme (store, programme, &error));
  g_assert_no_error (error);
  app = ct_test_application_new ("io.github.congtac.CongtacCalendarTest");
  window = ct_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ct_test_open_programme (window, programme->id, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "calendar"));
  view = CT_CALENDAR_VIEW (ct_calendar_page_get_view (CT_CALENDAR_PAGE (
           ct_window_ensure_page (window, "calendar"))));
  g_assert_true (ct_calendar_view_get_programme (view) == ct_window_get_programme (window));

  ct_calendar_view_select_date (view, &day);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "calendar.add-event", NULL));
  ct_calendar_view_get_add_popover (view, &title, NULL, &add);
  gtk_editable_set_text (title, "Hội nghị sơ kết khối Dân vận");
  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpuint (ct_calendar_day_get_n_chips (ct_calendar_view_get_day (view, &day)), ==, 1);

  day = ct_test_dmy (26, 9, 2023);
  payload = g_strdup_printf ("%s\t2023-09-26", ct_calendar_day_chip_get_uuid (
                               ct_calendar_day_get_chip (ct_calendar_view_get_day (view, &day), 0)));
  day = ct_test_dmy (27, 9, 2023);
  ct_test_drop (GTK_WIDGET (ct_calendar_view_get_day (view, &day)), payload, 5.0, 5.0);
  g_assert_cmpuint (ct_calendar_day_get_n_chips (ct_calendar_view_get_day (view, &day)), ==, 1);

  g_assert_true (ct_window_flush (window, &error));
  g_assert_no_error (error);
  saved = ct_store_load_programme (store, programme->id, &error);
  g_assert_no_error (error);
  item = fixture_find_titled (saved, "Hội nghị sơ kết khối Dân vận", &section);
  g_assert_nonnull (item);
  g_assert_cmpint (item->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpuint (g_date_get_day (&item->start_date), ==, 12);
  g_assert_cmpuint (g_date_get_month (&item->start_date), ==, 9);
  /* Every section holding an event is a conference's own: a new section, headed by it. */
  g_assert_cmpuint (section, ==, 7);
  g_assert_cmpstr (((CtSection *) g_ptr_array_index (saved->sections, 7))->title, ==,
                   "Hội nghị sơ kết khối Dân vận");
  item = fixture_find_titled (saved, "Hội nghị Ban Thường vụ Huyện ủy", &section);
  g_assert_cmpuint (g_date_get_day (&item->start_date), ==, 27);
  g_assert_cmpuint (item->agenda->len, ==, 2);

  /* Undo brings the conference back to 26/9; the view stays on September. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  view_day = ct_test_dmy (26, 9, 2023);
  g_assert_cmpuint (ct_calendar_day_get_n_chips (ct_calendar_view_get_day (view, &view_day)), ==,
                    1);
  view_day = ct_test_dmy (27, 9, 2023);
  g_assert_cmpuint (ct_calendar_day_get_n_chips (ct_calendar_view_get_day (view, &view_day)), ==,
                    0);
  ct_calendar_view_get_shown_month (view, NULL, &month);
  g_assert_cmpint (month, ==, 9);

  /* Opening an item from the calendar goes to the editor page. */
  g_signal_emit_by_name (view, "item-activated", item->uuid);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (
                     gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                    "view_stack"))), ==, "editor");
  editor = adw_bin_get_child (ADW_BIN (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                      CT_TYPE_WINDOW,
                                                                      "editor_bin")));
  g_assert_nonnull (ct_programme_editor_get_item_editor (CT_PROGRAMME_EDITOR (editor)));

  ct_test_close_window (window, &store, dir);
}

/* "+" on @day with @title into the section at @section (or the one proposed, when -1);
 * returns the one proposed. */
static guint
quick_add (CtCalendarView *view,
           int             day,
           const char     *title,
           int             section)
{
  GDate date = ct_test_dmy (day, 9, 2023);
  GtkEditable *entry;
  GtkDropDown *sections;
  GtkButton *add;
  guint proposed;

  ct_calendar_view_select_date (view, &date);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "calendar.add-event", NULL));
  ct_calendar_view_get_add_popover (view, &entry, &sections, &add);
  proposed = gtk_drop_down_get_selected (sections);
  gtk_editable_set_text (entry, title);
  if (section >= 0)
    gtk_drop_down_set_selected (sections, section);
  g_signal_emit_by_name (add, "clicked");
  return proposed;
}

static const char *
title_at (CtProgramme *p,
          guint        section,
          guint        item)
{
  CtSection *s = g_ptr_array_index (p->sections, section);

  g_assert_cmpuint (item, <, s->items->len);
  return ((CtItem *) g_ptr_array_index (s->items, item))->title;
}

/* The calendar's "+" never slips an event into a conference's agenda: it proposes a
 * section listing events, or a new one, and keeps a section's events in date order. */
static void
test_quick_add_sections (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-calendar-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "q.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(CtProgramme) programme = fixture_programme_september_2023 ();
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GPtrArray) issues = NULL;
  GtkStringObject *choice;
  GtkDropDown *sections;
  CtCalendarView *view;
  CtWindow *window;
  CtProgramme *p;

  g_assert_true (ct_store_save_programme (store, programme, &error));
  app = ct_test_application_new ("io.github.congtac.CongtacQuickAddTest");
  window = ct_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ct_test_open_programme (window, programme->id, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "calendar"));
  view = CT_CALENDAR_VIEW (ct_calendar_page_get_view (CT_CALENDAR_PAGE (
           ct_window_ensure_page (window, "calendar"))));
  p = ct_window_get_programme (window);

  /* Sections are listed with their numerals, then "New section", proposed here. */
  g_assert_cmpuint (quick_add (view, 12, "Hội nghị tập huấn công tác văn thư", -1), ==, 7);
  ct_calendar_view_get_add_popover (view, NULL, &sections, NULL);
  choice = g_list_model_get_item (gtk_drop_down_get_model (sections), 3);
  g_assert_cmpstr (gtk_string_object_get_string (choice), ==, "IV. Hội nghị Ban Thường vụ Huyện ủy");
  g_object_unref (choice);
  choice = g_list_model_get_item (gtk_drop_down_get_model (sections), 7);
  g_assert_cmpstr (gtk_string_object_get_string (choice), ==, "New section");
  g_object_unref (choice);
  gtk_popover_popdown (ct_calendar_view_get_add_popover (view, NULL, NULL, NULL));
  g_assert_cmpuint (p->sections->len, ==, 8);
  g_assert_cmpstr (((CtSection *) g_ptr_array_index (p->sections, 7))->title, ==,
                   "Hội nghị tập huấn công tác văn thư");

  /* An earlier event put into that section goes first, the section keeping date order. */
  g_assert_cmpuint (quick_add (view, 5, "Họp Ban Chỉ đạo chuyển đổi số", 7), ==, 8);
  g_assert_cmpstr (title_at (p, 7, 0), ==, "Họp Ban Chỉ đạo chuyển đổi số");
  g_assert_cmpstr (title_at (p, 7, 1), ==, "Hội nghị tập huấn công tác văn thư");

  /* Now a section listing events: proposed for the next one, which goes last. */
  g_assert_cmpuint (quick_add (view, 21, "Hội nghị sơ kết khối Dân vận", -1), ==, 7);
  g_assert_cmpuint (p->sections->len, ==, 8);
  g_assert_cmpstr (title_at (p, 7, 2), ==, "Hội nghị sơ kết khối Dân vận");

  /* Into the conference of 26/9 on purpose: before it, not under its agenda. */
  quick_add (view, 14, "Làm việc với Đảng ủy xã Đồi Chè", 3);
  g_assert_cmpstr (title_at (p, 3, 0), ==, "Làm việc với Đảng ủy xã Đồi Chè");
  g_assert_cmpstr (title_at (p, 3, 1), ==, "Hội nghị Ban Thường vụ Huyện ủy");
  g_assert_cmpuint (((CtItem *) g_ptr_array_index (
                       ((CtSection *) g_ptr_array_index (p->sections, 3))->items, 1))->agenda->len,
                    ==, 2);
  issues = ct_programme_check (p, NULL);
  for (guint i = 0; i < issues->len; i++)
    g_assert_cmpint (((CtCheckIssue *) g_ptr_array_index (issues, i))->kind, !=,
                     CT_CHECK_EVENT_OUT_OF_ORDER);

  ct_test_close_window (window, &store, dir);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/calendar-page/edits-reach-the-database", test_edits_reach_the_database);
  g_test_add_func ("/calendar-page/quick-add-sections", test_quick_add_sections);
  return g_test_run ();
}
