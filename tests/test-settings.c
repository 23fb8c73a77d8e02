/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-settings.h"
#include "test-util.h"

/* Runs with GSETTINGS_BACKEND=memory and GSETTINGS_SCHEMA_DIR = the build's data folder. */

static void
test_settings_defaults_without_schema (void)
{
  int start, end;
  g_autofree char *font = ct_settings_dup_print_font (NULL);

  /* Office hours of the ICS issue: sáng 07:30–11:30, chiều 13:30–17:00, tối 19:00–21:00. */
  ct_settings_get_day_part_range (NULL, CT_DAY_PART_MORNING, &start, &end);
  g_assert_cmpint (start, ==, 450);
  g_assert_cmpint (end, ==, 690);
  ct_settings_get_day_part_range (NULL, CT_DAY_PART_AFTERNOON, &start, &end);
  g_assert_cmpint (start, ==, 810);
  g_assert_cmpint (end, ==, 1020);
  ct_settings_get_day_part_range (NULL, CT_DAY_PART_EVENING, &start, &end);
  g_assert_cmpint (start, ==, 1140);
  g_assert_cmpint (end, ==, 1260);
  ct_settings_get_day_part_range (NULL, CT_DAY_PART_ALL_DAY, &start, &end);
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 1440);
  g_assert_cmpstr (font, ==, "Liberation Serif");
  g_assert_cmpint (ct_settings_get_document_style (NULL), ==, CT_DOCUMENT_STYLE_PARTY);
}

static void
test_settings_schema_defaults_agree (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  int start, end;

  g_assert_nonnull (settings);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpint (g_settings_get_int64 (settings, "last-programme"), ==, 0);
  for (CtDayPart part = CT_DAY_PART_MORNING; part <= CT_DAY_PART_EVENING; part++)
    {
      int default_start, default_end;

      ct_settings_get_day_part_range (NULL, part, &default_start, &default_end);
      ct_settings_get_day_part_range (settings, part, &start, &end);
      g_assert_cmpint (start, ==, default_start);
      g_assert_cmpint (end, ==, default_end);
    }
  g_assert_cmpint (ct_settings_get_document_style (settings), ==, CT_DOCUMENT_STYLE_PARTY);
}

static void
test_settings_changes (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) past_midnight = g_variant_ref_sink (g_variant_new_int32 (1440));
  g_autoptr(GVariant) last_minute = g_variant_ref_sink (g_variant_new_int32 (1439));
  g_autofree char *font = NULL;
  int start, end;

  g_assert_nonnull (settings);
  g_assert_true (g_settings_set_int (settings, "afternoon-start", 14 * 60));
  g_assert_true (g_settings_set_int (settings, "afternoon-end", 17 * 60 + 30));
  ct_settings_get_day_part_range (settings, CT_DAY_PART_AFTERNOON, &start, &end);
  g_assert_cmpint (start, ==, 840);
  g_assert_cmpint (end, ==, 1050);

  /* An end before the start is not a range: the defaults stand in. */
  g_assert_true (g_settings_set_int (settings, "afternoon-end", 13 * 60));
  ct_settings_get_day_part_range (settings, CT_DAY_PART_AFTERNOON, &start, &end);
  g_assert_cmpint (start, ==, 810);
  g_assert_cmpint (end, ==, 1020);

  /* The schema's ranges refuse a minute past the day. */
  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "morning-start");
  g_assert_false (g_settings_schema_key_range_check (key, past_midnight));
  g_assert_true (g_settings_schema_key_range_check (key, last_minute));

  g_assert_true (g_settings_set_string (settings, "print-font", "  "));
  font = ct_settings_dup_print_font (settings);
  g_assert_cmpstr (font, ==, "Liberation Serif");
  g_clear_pointer (&font, g_free);
  g_assert_true (g_settings_set_string (settings, "print-font", "Times New Roman"));
  font = ct_settings_dup_print_font (settings);
  g_assert_cmpstr (font, ==, "Times New Roman");

  g_assert_true (g_settings_set_string (settings, "default-document-style", "state"));
  g_assert_cmpint (ct_settings_get_document_style (settings), ==, CT_DOCUMENT_STYLE_STATE);
  g_settings_reset (settings, "default-document-style");
  g_assert_cmpint (ct_settings_get_document_style (settings), ==, CT_DOCUMENT_STYLE_PARTY);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/settings/defaults-without-schema", test_settings_defaults_without_schema);
  g_test_add_func ("/settings/schema-defaults-agree", test_settings_schema_defaults_agree);
  g_test_add_func ("/settings/changes", test_settings_changes);
  return g_test_run ();
}
