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

/* A year that is no year stays as typed, says why, and creates nothing; typed right, it
 * creates its programme. */
static void
test_new_programme_year_kept (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-new-year-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "y.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(CtProgramme) created = NULL;
  CtNewProgrammeDialog *dialog;
  GtkSpinButton *year;
  GtkEditable *text;
  CtWindow *window;
  const char *typed[] = { "1a", "19", "" };

  g_assert_no_error (error);
  app = ct_test_application_new ("io.github.congtac.CongtacNewYearTest");
  window = ct_window_new (app, store);
  dialog = CT_NEW_PROGRAMME_DIALOG (ct_new_programme_dialog_new (GTK_WINDOW (window), store));
  ct_new_programme_dialog_set_period (dialog, 2027, 2, FALSE);
  gtk_window_present (GTK_WINDOW (dialog));
  ct_test_wait_mapped (GTK_WIDGET (dialog));
  year = ct_new_programme_dialog_get_year_button (dialog);
  text = gtk_editable_get_delegate (GTK_EDITABLE (year));

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autofree char *message = g_strdup_printf ("Year “%s” is not used yet: a year has four "
                                                  "digits, from 1900 to 9999", typed[i]);

      gtk_widget_grab_focus (GTK_WIDGET (text));
      gtk_editable_set_text (text, typed[i]);
      /* Leaving the field, as Tab does. */
      gtk_spin_button_update (year);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (year)), ==, typed[i]);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (year), "error"));
      g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog),
                                                               "create"));
      g_assert_null (ct_new_programme_dialog_create (dialog, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_cmpstr (error->message, ==, message);
      g_clear_error (&error);
    }
  summaries = ct_store_list_programmes (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (summaries->len, ==, 0);

  gtk_editable_set_text (text, "2028");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (year), "error"));
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "create"));
  created = ct_new_programme_dialog_create (dialog, &error);
  g_assert_no_error (error);
  g_assert_cmpint (created->period_year, ==, 2028);
  g_assert_cmpint (created->period_index, ==, 2);

  gtk_window_destroy (GTK_WINDOW (dialog));
  ct_test_close_window (window, &store, dir);
}

/* Saves an empty month programme of @year/@month with one section, as if made earlier. */
static void
save_month (CtStore *store,
            int      year,
            int      month)
{
  g_autoptr(CtProgramme) programme = ct_programme_new ();
  g_autoptr(GError) error = NULL;

  ct_programme_set_period (programme, CT_PERIOD_KIND_MONTH, year, month);
  programme->issuing_body = g_strdup ("BAN QUẢN LÝ RỪNG ĐỒI SIM");
  g_assert_true (ct_store_save_programme (store, programme, &error));
  g_assert_no_error (error);
}

/* The month after the open programme, not after the newest; the copy box says why it is
 * greyed and is ticked again when the month before has a programme. */
static void
test_new_programme_after_open (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-new-after-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(CtProgramme) open = ct_programme_new ();
  CtNewProgrammeDialog *dialog;
  GtkCheckButton *copy;
  GtkLabel *why;
  CtWindow *window;

  g_assert_no_error (error);
  save_month (store, 2023, 10);
  save_month (store, 2027, 1);
  app = ct_test_application_new ("io.github.congtac.CongtacNewAfterTest");
  window = ct_window_new (app, store);
  dialog = CT_NEW_PROGRAMME_DIALOG (ct_new_programme_dialog_new (GTK_WINDOW (window), store));
  copy = ct_new_programme_dialog_get_copy_button (dialog);
  why = ct_new_programme_dialog_get_no_previous_label (dialog);

  /* Alone, the dialog proposes the month after the newest: February 2027. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (ct_new_programme_dialog_get_year_button (dialog)),
                   ==, 2027);
  g_assert_true (gtk_check_button_get_active (copy));

  ct_programme_set_period (open, CT_PERIOD_KIND_MONTH, 2023, 10);
  ct_new_programme_dialog_propose_after (dialog, open);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (ct_new_programme_dialog_get_year_button (dialog)),
                   ==, 2023);
  g_assert_true (gtk_check_button_get_active (copy));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (copy)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (why)));

  /* March 2023: no February to copy, and the dialog says so. */
  gtk_spin_button_set_value (ct_new_programme_dialog_get_year_button (dialog), 2022);
  g_assert_false (gtk_check_button_get_active (copy));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (copy)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (why)));
  g_assert_cmpstr (gtk_label_get_text (why), ==,
                   "Nothing to copy: the database has no programme for month 10/2022. The new "
                   "programme starts with the office defaults of Preferences.");

  /* Back to 2023: October exists, the box is ticked again as it was left. */
  gtk_spin_button_set_value (ct_new_programme_dialog_get_year_button (dialog), 2023);
  g_assert_true (gtk_check_button_get_active (copy));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (why)));
  /* A box the clerk unticked stays unticked. */
  gtk_check_button_set_active (copy, FALSE);
  gtk_spin_button_set_value (ct_new_programme_dialog_get_year_button (dialog), 2022);
  gtk_spin_button_set_value (ct_new_programme_dialog_get_year_button (dialog), 2023);
  g_assert_false (gtk_check_button_get_active (copy));

  gtk_window_destroy (GTK_WINDOW (dialog));
  ct_test_close_window (window, &store, dir);
}

/* A programme made from scratch starts with the office defaults of the preferences; a
 * copied month keeps the header of the month it copies. */
static void
test_new_programme_office_defaults (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-new-office-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "o.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GSettings) settings = ct_settings_new ();
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(CtProgramme) fresh = NULL;
  g_autoptr(CtProgramme) copied = NULL;
  g_autofree char *authorities = NULL;
  const char *const lines[] = { "T/L BAN THƯỜNG VỤ", "", NULL };
  const char *const recipients[] = { "Thường trực Tỉnh ủy (báo cáo)", "  Các xã, thị trấn  ",
                                     "Lưu trữ (để biết)", NULL };
  CtNewProgrammeDialog *dialog;
  CtRecipient *recipient;
  CtSection *section;
  CtItem *item;
  CtWindow *window;

  g_assert_no_error (error);
  g_assert_nonnull (settings);
  g_settings_set_string (settings, "office-superior-body", "ĐẢNG BỘ TỈNH ĐỒI SIM");
  g_settings_set_string (settings, "office-issuing-body", "HUYỆN ỦY\nSÔNG MÂY\n");
  g_settings_set_string (settings, "office-place-name", "Sông Mây");
  g_settings_set_string (settings, "office-body-code", "HU");
  g_settings_set_strv (settings, "office-signer-authorities", lines);
  g_settings_set_string (settings, "office-signer-title", "CHÁNH VĂN PHÒNG");
  g_settings_set_string (settings, "office-signer-name", "Lê Văn Mẫu");
  g_settings_set_strv (settings, "office-recipients", recipients);
  g_settings_set_string (settings, "office-briefing-title", "Thường trực giao ban");
  g_settings_set_string (settings, "office-briefing-section", "Công tác thường xuyên");
  g_settings_set_int (settings, "office-briefing-weekday", 1);
  g_settings_set_int (settings, "office-briefing-day-part", CT_DAY_PART_AFTERNOON);
  save_month (store, 2023, 10);
  app = ct_test_application_new ("io.github.congtac.CongtacNewOfficeTest");
  window = ct_window_new (app, store);
  dialog = CT_NEW_PROGRAMME_DIALOG (ct_new_programme_dialog_new (GTK_WINDOW (window), store));

  ct_new_programme_dialog_set_period (dialog, 2024, 3, TRUE);
  fresh = ct_new_programme_dialog_create (dialog, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fresh->superior_body, ==, "ĐẢNG BỘ TỈNH ĐỒI SIM");
  g_assert_cmpstr (fresh->issuing_body, ==, "HUYỆN ỦY\nSÔNG MÂY");
  g_assert_cmpstr (fresh->place_name, ==, "Sông Mây");
  g_assert_cmpstr (fresh->body_code, ==, "HU");
  authorities = ct_programme_dup_signer_authorities (fresh);
  g_assert_cmpstr (authorities, ==, "T/L BAN THƯỜNG VỤ");
  g_assert_cmpstr (fresh->signer_title, ==, "CHÁNH VĂN PHÒNG");
  g_assert_cmpstr (fresh->signer_name, ==, "Lê Văn Mẫu");
  g_assert_cmpuint (fresh->recipients->len, ==, 3);
  recipient = g_ptr_array_index (fresh->recipients, 0);
  g_assert_cmpstr (recipient->text, ==, "Thường trực Tỉnh ủy");
  g_assert_cmpstr (recipient->purpose, ==, "báo cáo");
  recipient = g_ptr_array_index (fresh->recipients, 1);
  g_assert_cmpstr (recipient->text, ==, "Các xã, thị trấn");
  g_assert_null (recipient->purpose);
  recipient = g_ptr_array_index (fresh->recipients, 2);
  g_assert_cmpstr (recipient->text, ==, "Lưu trữ");
  g_assert_cmpstr (recipient->purpose, ==, "để biết");
  g_assert_cmpuint (fresh->sections->len, ==, 1);
  section = g_ptr_array_index (fresh->sections, 0);
  g_assert_cmpstr (section->title, ==, "Công tác thường xuyên");
  g_assert_cmpuint (section->items->len, ==, 1);
  item = g_ptr_array_index (section->items, 0);
  g_assert_cmpint (item->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpstr (item->title, ==, "Thường trực giao ban");
  g_assert_cmpint (item->recurrence, ==, CT_RECURRENCE_WEEKLY);
  g_assert_cmpuint (item->weekdays, ==, CT_WEEKDAY_MONDAY);
  g_assert_cmpint (item->day_part, ==, CT_DAY_PART_AFTERNOON);

  /* November copies October, whose header the office defaults do not touch. */
  ct_new_programme_dialog_set_period (dialog, 2023, 11, TRUE);
  copied = ct_new_programme_dialog_create (dialog, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (copied->issuing_body, ==, "BAN QUẢN LÝ RỪNG ĐỒI SIM");
  g_assert_null (copied->superior_body);
  g_assert_cmpuint (copied->recipients->len, ==, 0);
  g_assert_cmpuint (copied->sections->len, ==, 0);

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
  g_test_add_func ("/new-programme/year-kept", test_new_programme_year_kept);
  g_test_add_func ("/new-programme/after-open", test_new_programme_after_open);
  g_test_add_func ("/new-programme/office-defaults", test_new_programme_office_defaults);
  return g_test_run ();
}
