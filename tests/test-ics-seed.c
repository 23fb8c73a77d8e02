/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-ics-export.h"
#include "ct-ics-import.h"
#include "ct-import-text.h"
#include "ics-fixture.h"
#include "test-util.h"

/* The real programme, read with the text importer and exported: the checks of test-ics on
 * real text. Its sentences stay in ../shared/seeds; only dates, times and counts are
 * asserted here, taken from the document (conferences on 8, 20, 26, 28 and 29 September
 * 2023, all but the 20th "Dự kiến"; the standing board's briefing "chiều thứ 2 hằng
 * tuần"). */

#define SEED_NAME "programme-2023-09-huyen-uy.txt"

static char *tmpdir;

static CtProgramme *
load_seed (void)
{
  const char *dir = g_getenv ("CT_SEEDS_DIR");
  g_autofree char *path = dir ? g_build_filename (dir, SEED_NAME, NULL) : NULL;
  g_autoptr(GError) error = NULL;
  CtProgramme *programme;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The real programme " SEED_NAME " is not in CT_SEEDS_DIR "
                   "(../shared/seeds)");
      return NULL;
    }
  programme = ct_import_text_file (path, NULL, &error);
  g_assert_no_error (error);
  return programme;
}

static CtItem *
find_recurring (CtProgramme *p)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);
      for (guint j = 0; j < s->items->len; j++)
        if (((CtItem *) g_ptr_array_index (s->items, j))->kind == CT_ITEM_RECURRING)
          return g_ptr_array_index (s->items, j);
    }
  g_assert_not_reached ();
}

static void
test_seed_export (void)
{
  g_autoptr(CtProgramme) p = load_seed ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *joined = NULL;
  static const char *const all_day[] = {
    "20230908", "20230909", "20230920", "20230921", "20230926", "20230927", "20230928",
    "20230929", "20230929", "20230930",
  };

  if (p == NULL)
    return;
  text = ics_export_text (p);
  ics_assert_rfc5545_bytes (text);
  lines = ics_unfolded_lines (text);
  g_assert_cmpuint (ics_count_lines (lines, "BEGIN:VEVENT"), ==, 6);
  g_assert_cmpuint (ics_count_lines (lines, "BEGIN:VTIMEZONE"), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (all_day); i += 2)
    {
      g_autofree char *start = g_strconcat ("DTSTART;VALUE=DATE:", all_day[i], NULL);
      g_autofree char *end = g_strconcat ("DTEND;VALUE=DATE:", all_day[i + 1], NULL);

      g_assert_cmpuint (ics_count_lines (lines, start), ==, 1);
      g_assert_cmpuint (ics_count_lines (lines, end), >=, 1);
    }
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230904T133000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "RRULE:FREQ=WEEKLY;UNTIL=20230925T063000Z;BYDAY=MO"),
                    ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "STATUS:TENTATIVE"), ==, 4);
  g_assert_cmpuint (ics_count_lines (lines, "STATUS:CONFIRMED"), ==, 2);
  /* The notes of the document come back in the descriptions. */
  joined = g_strjoinv ("\n", lines);
  g_assert_nonnull (strstr (joined, " chuẩn bị nội dung 1-3)\\n"));
  g_assert_nonnull (strstr (joined, " chuẩn bị nội dung 7-9)"));
}

static void
test_seed_parsers (void)
{
  g_autoptr(CtProgramme) p = load_seed ();
  g_autofree char *path = g_build_filename (tmpdir, "seed.ics", NULL);
  g_autofree char *text = NULL;
  g_autofree char *python = NULL, *icaljs = NULL, *reason = NULL;
  g_autofree char *briefing = NULL;
  g_auto(GStrv) all = NULL;

  if (p == NULL)
    return;
  text = ics_export_text (p);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  python = ics_python_listing (path, &reason);
  if (python == NULL)
    {
      g_test_skip (reason);
      return;
    }
  /* The Monday-afternoon briefing at 13:30 in Vietnam, 06:30Z, on these four days only. */
  briefing = ics_occurrences_of (python, find_recurring (p)->uuid);
  g_assert_cmpstr (briefing, ==, "2023-09-04T06:30:00Z 2023-09-04T10:00:00Z\n"
                                 "2023-09-11T06:30:00Z 2023-09-11T10:00:00Z\n"
                                 "2023-09-18T06:30:00Z 2023-09-18T10:00:00Z\n"
                                 "2023-09-25T06:30:00Z 2023-09-25T10:00:00Z\n");
  /* 5 conferences + 4 briefings, nothing else. */
  all = g_strsplit (python, "\n", -1);
  g_assert_cmpuint (g_strv_length (all), ==, 9 + 1);
  icaljs = ics_icaljs_listing (path, &reason);
  if (icaljs == NULL)
    {
      g_test_message ("%s", reason);
      return;
    }
  g_assert_true (g_strcmp0 (python, icaljs) == 0);
}

static void
test_seed_round_trip (void)
{
  g_autoptr(CtProgramme) p = load_seed ();
  g_autoptr(CtProgramme) empty = ct_programme_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *again = NULL, *a = NULL, *b = NULL;
  CtIcsImportResult result;

  if (p == NULL)
    return;
  text = ics_export_text (p);
  ct_programme_set_period (empty, CT_PERIOD_KIND_MONTH, 2023, 9);
  g_assert_true (ct_ics_import (empty, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 6);
  again = ics_export_text (empty);
  a = ics_events_only (text);
  b = ics_events_only (again);
  g_assert_cmpstr (a, ==, b);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

  g_test_add_func ("/ics/seed/export", test_seed_export);
  g_test_add_func ("/ics/seed/parsers", test_seed_parsers);
  g_test_add_func ("/ics/seed/round-trip", test_seed_round_trip);
  return ct_test_run_in_folder ("test-ics-seed-XXXXXX", &tmpdir);
}
