/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The preferences window writes GSettings (memory backend) as its rows change. */
#include <adwaita.h>
#include <locale.h>

#include "ct-preferences-window.h"
#include "ct-print.h"
#include "ct-renderer.h"
#include "ct-settings.h"
#include "test-util-widget.h"

static void
find_spins (GtkWidget *widget,
            GPtrArray *spins)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    g_ptr_array_add (spins, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_spins (child, spins);
}

static void
test_preferences_day_parts (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  CtPreferencesWindow *window;
  GtkSpinButton *morning_start, *evening_end;
  const char *const not_times[] = { "late", "7x", "7:30 sáng", "25:00", "7:60" };
  int start, end;

  g_assert_nonnull (settings);
  window = ct_preferences_window_new (settings);
  gtk_window_present (GTK_WINDOW (window));
  find_spins (GTK_WIDGET (window), spins);

  /* Morning, afternoon and evening, each a start and an end, shown as HH:MM. */
  g_assert_cmpuint (spins->len, ==, 6);
  morning_start = g_ptr_array_index (spins, 0);
  evening_end = g_ptr_array_index (spins, 5);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (morning_start), ==, 450);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (morning_start)), ==, "07:30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (evening_end)), ==, "21:00");

  /* Typed as the office writes it: "8h15" is 08:15. */
  gtk_editable_set_text (GTK_EDITABLE (morning_start), "8h15");
  gtk_spin_button_update (morning_start);
  g_assert_cmpint (g_settings_get_int (settings, "morning-start"), ==, 495);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (morning_start)), ==, "08:15");
  ct_settings_get_day_part_range (settings, CT_DAY_PART_MORNING, &start, &end);
  g_assert_cmpint (start, ==, 495);
  g_assert_cmpint (end, ==, 690);

  /* The same forms as the item editor: "8.30", "7 giờ 45". */
  gtk_editable_set_text (GTK_EDITABLE (morning_start), "8.30");
  gtk_spin_button_update (morning_start);
  g_assert_cmpint (g_settings_get_int (settings, "morning-start"), ==, 510);
  gtk_editable_set_text (GTK_EDITABLE (morning_start), "7 giờ 45");
  gtk_spin_button_update (morning_start);
  g_assert_cmpint (g_settings_get_int (settings, "morning-start"), ==, 465);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (morning_start)), ==, "07:45");

  /* The evening may end at midnight. */
  gtk_editable_set_text (GTK_EDITABLE (evening_end), "24:00");
  gtk_spin_button_update (evening_end);
  g_assert_cmpint (g_settings_get_int (settings, "evening-end"), ==, 1440);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (evening_end)), ==, "24:00");
  gtk_editable_set_text (GTK_EDITABLE (evening_end), "21:00");
  gtk_spin_button_update (evening_end);

  /* Text that is no time leaves the value as it was, even when it starts with one; the
   * text stays as typed, in error, with why in the row's subtitle. */
  for (guint i = 0; i < G_N_ELEMENTS (not_times); i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (evening_end), ADW_TYPE_ACTION_ROW);
      g_autofree char *message = g_strdup_printf ("“Evening”: the end time “%s” is not used "
                                                  "yet: a time is written as 8:30 or 14h, up "
                                                  "to 23:59", not_times[i]);

      gtk_editable_set_text (GTK_EDITABLE (evening_end), not_times[i]);
      gtk_spin_button_update (evening_end);
      g_assert_cmpint (g_settings_get_int (settings, "evening-end"), ==, 1260);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (evening_end)), ==, not_times[i]);
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (evening_end), "error"));
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, message);
    }
  gtk_editable_set_text (GTK_EDITABLE (evening_end), "21:30");
  gtk_spin_button_update (evening_end);
  g_assert_cmpint (g_settings_get_int (settings, "evening-end"), ==, 1290);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (evening_end), "error"));

  /* "24:00" ends a day part; it starts none. */
  gtk_editable_set_text (GTK_EDITABLE (morning_start), "24:00");
  gtk_spin_button_update (morning_start);
  g_assert_cmpint (g_settings_get_int (settings, "morning-start"), ==, 465);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (morning_start)), ==, "24:00");

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "morning-start");
  g_settings_reset (settings, "evening-end");
}

static void
test_preferences_style (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  CtPreferencesWindow *window = ct_preferences_window_new (settings);
  AdwComboRow *row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                   CT_TYPE_PREFERENCES_WINDOW,
                                                                   "style_row"));

  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  adw_combo_row_set_selected (row, 1);
  g_assert_cmpint (ct_settings_get_document_style (settings), ==, CT_DOCUMENT_STYLE_STATE);
  g_settings_set_string (settings, "default-document-style", "party");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_preferences_font (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  CtPreferencesWindow *window = ct_preferences_window_new (settings);
  GtkFontChooser *button = GTK_FONT_CHOOSER (gtk_widget_get_template_child (
                                               GTK_WIDGET (window), CT_TYPE_PREFERENCES_WINDOW,
                                               "font_button"));
  g_autofree char *shown = gtk_font_chooser_get_font (button);
  g_autofree char *family = NULL;

  /* The button shows the family in the settings; picking another one stores its name. */
  g_assert_true (g_str_has_prefix (shown, "Liberation Serif"));
  gtk_font_chooser_set_font (button, "DejaVu Serif 12");
  g_signal_emit_by_name (button, "font-set");
  family = ct_settings_dup_print_font (settings);
  g_assert_cmpstr (family, ==, "DejaVu Serif");

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "print-font");
}

/* The Preferences window says which font the documents are set in: Liberation Serif
 * standing in for Times New Roman, or the family the user chose. */
static void
test_preferences_document_font (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  g_autofree char *automatic = NULL, *chosen = NULL;

  g_settings_reset (settings, "print-font");
  automatic = ct_print_dup_font_description (settings);
  if (g_strcmp0 (ct_renderer_get_default_font (), "Times New Roman") == 0)
    g_assert_cmpstr (automatic, ==, "Times New Roman");
  else
    g_assert_cmpstr (automatic, ==,
                     "Liberation Serif (Times New Roman is not installed; same metrics)");
  g_settings_set_string (settings, "print-font", "DejaVu Serif");
  chosen = ct_print_dup_font_description (settings);
  g_assert_cmpstr (chosen, ==, "DejaVu Serif");
  g_settings_reset (settings, "print-font");
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The Office page writes the defaults of new programmes as they are typed. */
static void
test_preferences_office (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  g_auto(GStrv) recipients = NULL;
  g_autofree char *body = NULL;
  CtPreferencesWindow *window;
  GtkWidget *view, *place;

  g_assert_nonnull (settings);
  window = ct_preferences_window_new (settings);
  gtk_window_present (GTK_WINDOW (window));

  view = find_named (GTK_WIDGET (window), "office-issuing-body");
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "HUYỆN ỦY\nSÔNG MÂY", -1);
  body = g_settings_get_string (settings, "office-issuing-body");
  g_assert_cmpstr (body, ==, "HUYỆN ỦY\nSÔNG MÂY");

  view = find_named (GTK_WIDGET (window), "office-recipients");
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "Thường trực Tỉnh ủy (báo cáo)\nCác xã", -1);
  recipients = g_settings_get_strv (settings, "office-recipients");
  g_assert_cmpuint (g_strv_length (recipients), ==, 2);
  g_assert_cmpstr (recipients[0], ==, "Thường trực Tỉnh ủy (báo cáo)");
  g_assert_cmpstr (recipients[1], ==, "Các xã");

  place = find_named (GTK_WIDGET (window), "office-place-name");
  g_assert_true (ADW_IS_ENTRY_ROW (place));
  gtk_editable_set_text (GTK_EDITABLE (place), "Sông Mây");
  g_free (body);
  body = g_settings_get_string (settings, "office-place-name");
  g_assert_cmpstr (body, ==, "Sông Mây");

  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "office-issuing-body");
  g_settings_reset (settings, "office-recipients");
  g_settings_reset (settings, "office-place-name");
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/preferences/day-parts", test_preferences_day_parts);
  g_test_add_func ("/preferences/style", test_preferences_style);
  g_test_add_func ("/preferences/font", test_preferences_font);
  g_test_add_func ("/preferences/document-font", test_preferences_document_font);
  g_test_add_func ("/preferences/office", test_preferences_office);
  return g_test_run ();
}
