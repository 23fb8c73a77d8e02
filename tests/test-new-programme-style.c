/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An empty new programme takes the document style chosen in the preferences. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-format.h"
#include "ct-new-programme-dialog.h"
#include "ct-window.h"
#include "ct-settings.h"
#include "test-util-widget.h"

static void
test_new_programme_style (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-new-style-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "n.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GSettings) settings = ct_settings_new ();
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(CtProgramme) party = NULL;
  g_autoptr(CtProgramme) state = NULL;
  CtWindow *window;
  GtkWidget *dialog;

  g_assert_no_error (error);
  g_assert_nonnull (settings);
  app = ct_test_application_new ("io.github.congtac.CongtacStyleTest");
  window = ct_window_new (app, store);
  dialog = ct_new_programme_dialog_new (GTK_WINDOW (window), store);

  /* No previous month in an empty database: the programme starts empty. */
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2027, 3, FALSE);
  party = ct_new_programme_dialog_create (CT_NEW_PROGRAMME_DIALOG (dialog), &error);
  g_assert_no_error (error);
  g_assert_cmpint (party->style, ==, CT_DOCUMENT_STYLE_PARTY);
  g_assert_cmpint (party->period_kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (party->period_year, ==, 2027);
  g_assert_cmpint (party->period_index, ==, 3);

  g_settings_set_string (settings, "default-document-style", "state");
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2027, 4, FALSE);
  state = ct_new_programme_dialog_create (CT_NEW_PROGRAMME_DIALOG (dialog), &error);
  g_assert_no_error (error);
  g_assert_cmpint (state->style, ==, CT_DOCUMENT_STYLE_STATE);

  g_settings_reset (settings, "default-document-style");
  gtk_window_destroy (GTK_WINDOW (dialog));
  ct_test_close_window (window, &store, dir);
}

/* The warning the dialog gives when the period chosen already has a programme. */
static GtkLabel *
find_warning (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "warning"))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_warning (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A week programme ("phát sinh" items of one week) is made from the same dialog. */
static void
test_new_programme_week (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-new-week-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(CtProgramme) week = NULL;
  g_autoptr(CtProgramme) saved = NULL;
  g_autoptr(CtProgramme) month = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *expected = NULL;
  CtNewProgrammeDialog *dialog;
  GtkSpinButton *number, *year;
  GtkLabel *dates;
  CtWindow *window;

  g_assert_no_error (error);
  app = ct_test_application_new ("io.github.congtac.CongtacNewWeekTest");
  window = ct_window_new (app, store);
  dialog = CT_NEW_PROGRAMME_DIALOG (ct_new_programme_dialog_new (GTK_WINDOW (window), store));
  number = ct_new_programme_dialog_get_week_button (dialog);
  year = ct_new_programme_dialog_get_year_button (dialog);
  dates = ct_new_programme_dialog_get_dates_label (dialog);

  /* A month is the default; the week number is not offered for it. */
  ct_new_programme_dialog_set_period (dialog, 2023, 9, FALSE);
  g_assert_cmpuint (gtk_drop_down_get_selected (ct_new_programme_dialog_get_kind_list (dialog)),
                    ==, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (number)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dates)));

  /* Week keeps the time: September 2023 becomes the week of 1 September. */
  gtk_drop_down_set_selected (ct_new_programme_dialog_get_kind_list (dialog), 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (number)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dates)));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (number), ==, 35);
  g_assert_cmpstr (gtk_label_get_text (dates), ==, "From 28/8/2023 to 03/9/2023");

  /* Week 53 exists in 2020, not in 2023. */
  gtk_spin_button_set_value (year, 2020);
  gtk_spin_button_set_value (number, 53);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (number), ==, 53);
  gtk_spin_button_set_value (year, 2023);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (number), ==, 52);

  gtk_spin_button_set_value (number, 39);
  g_assert_cmpstr (gtk_label_get_text (dates), ==, "From 25/9/2023 to 01/10/2023");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_warning (GTK_WIDGET (dialog)))));
  week = ct_new_programme_dialog_create (dialog, &error);
  g_assert_no_error (error);
  saved = ct_store_load_programme (store, week->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (saved->period_kind, ==, CT_PERIOD_KIND_WEEK);
  g_assert_cmpint (saved->period_year, ==, 2023);
  g_assert_cmpint (saved->period_index, ==, 39);
  subtitle = ct_programme_dup_subtitle (saved);
  expected = ct_format_subtitle (CT_PERIOD_KIND_WEEK, 2023, 39);
  g_assert_cmpstr (subtitle, ==, expected);
  g_assert_cmpstr (subtitle, ==, "công tác tuần 39 (từ ngày 25/9/2023 đến ngày 01/10/2023)");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A new dialog knows the week now has a programme, and still makes months. */
  dialog = CT_NEW_PROGRAMME_DIALOG (ct_new_programme_dialog_new (GTK_WINDOW (window), store));
  g_assert_cmpuint (gtk_drop_down_get_selected (ct_new_programme_dialog_get_kind_list (dialog)),
                    ==, 0);
  gtk_drop_down_set_selected (ct_new_programme_dialog_get_kind_list (dialog), 1);
  gtk_spin_button_set_value (ct_new_programme_dialog_get_year_button (dialog), 2023);
  gtk_spin_button_set_value (ct_new_programme_dialog_get_week_button (dialog), 39);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (find_warning (GTK_WIDGET (dialog)))));
  g_assert_cmpstr (gtk_label_get_text (find_warning (GTK_WIDGET (dialog))), ==,
                   "The database already holds a programme for this week.");
  gtk_spin_button_set_value (ct_new_programme_dialog_get_week_button (dialog), 40);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_warning (GTK_WIDGET (dialog)))));
  /* Week 39 of 2023 has no month programme, even though September holds it. */
  ct_new_programme_dialog_set_period (dialog, 2023, 9, FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (find_warning (GTK_WIDGET (dialog)))));
  month = ct_new_programme_dialog_create (dialog, &error);
  g_assert_no_error (error);
  g_assert_cmpint (month->period_kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (month->period_year, ==, 2023);
  g_assert_cmpint (month->period_index, ==, 9);

  gtk_window_destroy (GTK_WINDOW (dialog));
  ct_test_close_window (window, &store, dir);
}

static void
created_cb (CtNewProgrammeDialog *dialog,
            gint64                id,
            gint64               *out)
{
  *out = id;
}

static gboolean
id_set (gpointer data)
{
  return *(gint64 *) data > 0;
}

/* Enter in the year creates the programme of the year typed, as the "Create" button. */
static void
test_new_programme_enter_in_year (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-new-enter-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "e.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(CtProgramme) saved = NULL;
  GtkSpinButton *year;
  GtkWidget *dialog;
  GtkEditable *text;
  CtWindow *window;
  gint64 id = 0;

  g_assert_no_error (error);
  app = ct_test_application_new ("io.github.congtac.CongtacNewEnterTest");
  window = ct_window_new (app, store);
  dialog = ct_new_programme_dialog_new (GTK_WINDOW (window), store);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect (dialog, "created", G_CALLBACK (created_cb), &id);
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2023, 10, FALSE);
  gtk_window_present (GTK_WINDOW (dialog));
  ct_test_wait_mapped (dialog);

  year = ct_new_programme_dialog_get_year_button (CT_NEW_PROGRAMME_DIALOG (dialog));
  text = gtk_editable_get_delegate (GTK_EDITABLE (year));
  gtk_widget_grab_focus (GTK_WIDGET (text));
  gtk_editable_set_text (text, "2024");
  g_signal_emit_by_name (text, "activate");
  /* The button shows itself pressed for a moment, then clicks. */
  g_assert_true (ct_test_wait_until (id_set, &id, 10));
  saved = ct_store_load_programme (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (saved->period_kind, ==, CT_PERIOD_KIND_MONTH);
  g_assert_cmpint (saved->period_year, ==, 2024);
  g_assert_cmpint (saved->period_index, ==, 10);

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  ct_test_close_window (window, &store, dir);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/new-programme/style", test_new_programme_style);
  g_test_add_func ("/new-programme/week", test_new_programme_week);
  g_test_add_func ("/new-programme/enter-in-year", test_new_programme_enter_in_year);
  return g_test_run ();
}
