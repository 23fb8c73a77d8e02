/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-export.h"
#include "ct-holidays.h"
#include "ct-store.h"
#include "ct-week.h"
#include "fixture-programme.h"
#include "test-util.h"

/* "congtac-cli export-week 2023-W39 FILE": the week from the stored programmes that cover
 * it, as the extension says; a malformed week, an unknown extension, a week nobody
 * planned and the database as target are refused, and nothing is written. */

static char *tmpdir;

/* The month of September 2023 and a programme of week 39 adding a meeting on the 27th. */
static GPtrArray *
september_week (void)
{
  GPtrArray *programmes = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_programme_unref);
  CtProgramme *extra = fixture_programme_week_39_2023 ();
  CtSection *added = g_ptr_array_index (extra->sections, 0);

  ((CtItem *) g_ptr_array_index (added->items, 0))->chair = g_strdup ("Bí thư Huyện ủy");
  g_ptr_array_add (programmes, fixture_programme_september_2023 ());
  g_ptr_array_add (programmes, extra);
  return programmes;
}

/* A database holding @programmes (the week's own saved first) and a programme of
 * November whose events are still dated in September: its period does not cover the
 * week, so none of them may be listed. */
static char *
make_database (const char *name,
               GPtrArray  *programmes)
{
  char *db = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (db, &error);
  g_autoptr(CtProgramme) november = fixture_programme_september_2023 ();

  g_assert_no_error (error);
  ct_programme_set_period (november, CT_PERIOD_KIND_MONTH, 2023, 11);
  for (guint i = programmes->len; i > 0; i--)
    g_assert_true (ct_store_save_programme (store, g_ptr_array_index (programmes, i - 1),
                                            &error));
  g_assert_true (ct_store_save_programme (store, november, &error));
  g_assert_no_error (error);
  return db;
}

/* The .txt file is the digest per leader of the same week, as ct_week_dup_digest() has
 * it. */
static void
test_text (void)
{
  g_autoptr(GPtrArray) programmes = september_week ();
  g_autofree char *db = make_database ("text.db", programmes);
  g_autofree char *path = g_build_filename (tmpdir, "week.TXT", NULL);
  g_autofree char *out = NULL, *err = NULL, *written = NULL, *expected = NULL;
  g_autoptr(CtWeek) week = ct_week_new (2023, 39, programmes, ct_holidays_get_default ());
  const char *args[] = { "--db", db, "export-week", "2023-W39", path, NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  expected = ct_week_dup_digest (week);
  g_assert_cmpstr (written, ==, expected);
  g_assert_cmpstr (written, ==,
                   "LỊCH CÔNG TÁC TUẦN\n"
                   "(Tuần 39, từ ngày 25/9/2023 đến ngày 01/10/2023)\n"
                   "\n"
                   "Bí thư Huyện ủy:\n"
                   "- Thứ Tư 27/9: 14 giờ 00, Làm việc với Đoàn kiểm tra của Tỉnh ủy (bổ sung).\n"
                   "\n"
                   "Các nội dung khác:\n"
                   "- Thứ Hai 25/9: chiều, Giao ban Thường trực Huyện ủy.\n"
                   "- Thứ Ba 26/9: dự kiến Hội nghị Ban Thường vụ Huyện ủy.\n"
                   "- Thứ Năm 28/9: dự kiến Hội nghị Ban Chấp hành Đảng bộ huyện.\n"
                   "- Thứ Sáu 29/9: dự kiến Hội nghị thông tin thường kỳ.\n");
}

static void
test_pdf (void)
{
  g_autoptr(GPtrArray) programmes = september_week ();
  g_autofree char *db = make_database ("pdf.db", programmes);
  g_autofree char *path = g_build_filename (tmpdir, "week.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL, *written = NULL;
  const char *args[] = { "--db", db, "export-week", "2023-W39", path, NULL };
  gsize length;

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  g_assert_cmpuint (length, >, 5);
  g_assert_cmpint (memcmp (written, "%PDF-", 5), ==, 0);
}

/* The web page is the writer's, headed by the month's programme; the calendar file holds
 * the week's events under the month's UIDs. */
static void
test_html_and_calendar (void)
{
  g_autoptr(GPtrArray) programmes = september_week ();
  g_autofree char *db = make_database ("web.db", programmes);
  g_autofree char *html = g_build_filename (tmpdir, "week.html", NULL);
  g_autofree char *ics = g_build_filename (tmpdir, "week.ics", NULL);
  g_autofree char *out = NULL, *err = NULL, *written = NULL, *expected = NULL;
  g_autoptr(CtWeek) week = ct_week_new (2023, 39, programmes, ct_holidays_get_default ());
  const char *to_html[] = { "--db", db, "export-week", "2023-W39", html, NULL };
  const char *to_ics[] = { "--db", db, "export-week", "2023-W39", ics, NULL };
  CtSection *conferences = g_ptr_array_index (((CtProgramme *) g_ptr_array_index (programmes,
                                                                                  0))->sections,
                                              3);
  g_autofree char *uid = g_strdup_printf ("UID:%s@", ((CtItem *) g_ptr_array_index (
                                                        conferences->items, 0))->uuid);

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, to_html, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (html, &written, NULL, NULL));
  expected = ct_export_week_html (week, g_ptr_array_index (programmes, 0), FALSE);
  g_assert_cmpstr (written, ==, expected);
  g_clear_pointer (&written, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, to_ics, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (ics, &written, NULL, NULL));
  g_assert_true (g_str_has_prefix (written, "BEGIN:VCALENDAR\r\n"));
  /* 26 September: "Hội nghị Ban Thường vụ Huyện ủy", the month's own UID. */
  g_assert_nonnull (strstr (written, uid));
  g_assert_nonnull (strstr (written, "SUMMARY:Làm việc với Đoàn kiểm tra của Tỉnh ủy"));
  g_assert_null (strstr (written, "Hội nghị thông tin chuyên đề"));
}

/* Programmes of two bodies in one week: written, with a warning naming both. */
static void
test_mixed_bodies (void)
{
  g_autoptr(GPtrArray) programmes = september_week ();
  g_autofree char *db = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "mixed.txt", NULL);
  g_autofree char *out = NULL, *err = NULL;
  CtProgramme *extra = g_ptr_array_index (programmes, 1);
  const char *args[] = { "--db", NULL, "export-week", "2023-W39", path, NULL };

  extra->issuing_body = g_strdup ("ỦY BAN NHÂN DÂN\nHUYỆN SÔNG MÂY");
  db = make_database ("mixed.db", programmes);
  args[1] = db;
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "congtac-cli: warning: The week’s programmes come from different "
                            "issuing bodies, “HUYỆN ỦY SÔNG MÂY” and “ỦY BAN NHÂN DÂN\\nHUYỆN "
                            "SÔNG MÂY”: their entries are listed in one schedule, under the "
                            "first one’s name.\n");
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* Runs export-week and expects exit status 1, @message on stderr and no file. */
static void
assert_refused (const char *db,
                const char *week,
                const char *file,
                const char *message)
{
  g_autofree char *path = g_build_filename (tmpdir, file, NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = g_strdup_printf ("congtac-cli: %s\n", message);
  const char *args[] = { "--db", db, "export-week", week, path, NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_refused (void)
{
  g_autoptr(GPtrArray) programmes = september_week ();
  g_autofree char *db = make_database ("refused.db", programmes);
  g_autofree char *docx = NULL;

  assert_refused (db, "2023-W54", "a.pdf",
                  "The year 2023 has no week 54: its weeks are numbered 1 to 52.");
  assert_refused (db, "2026-W54", "a.pdf",
                  "The year 2026 has no week 54: its weeks are numbered 1 to 53.");
  assert_refused (db, "2023-W00", "a.pdf",
                  "The year 2023 has no week 0: its weeks are numbered 1 to 52.");
  assert_refused (db, "2023-39", "a.pdf",
                  "“2023-39” is not a week: write the year and the ISO week number as in "
                  "2023-W39.");
  assert_refused (db, "2023-w39", "a.txt",
                  "“2023-w39” is not a week: write the year and the ISO week number as in "
                  "2023-W39.");
  assert_refused (db, "2023-W9", "a.txt",
                  "“2023-W9” is not a week: write the year and the ISO week number as in "
                  "2023-W39.");
  assert_refused (db, "2023-W39 ", "a.txt",
                  "“2023-W39 ” is not a week: write the year and the ISO week number as in "
                  "2023-W39.");
  assert_refused (db, "1899-W10", "a.txt",
                  "“1899-W10” is not a week of a programme: the year must be from 1900 to "
                  "9999.");
  docx = g_build_filename (tmpdir, "a.docx", NULL);
  {
    g_autofree char *message = g_strdup_printf ("Cannot tell the format of “%s”: write the week "
                                                "to a .pdf or .html file (the table), a .txt file "
                                                "(the digest per leader) or an .ics file (a "
                                                "calendar). Nothing was written.", docx);

    assert_refused (db, "2023-W39", "a.docx", message);
  }
  assert_refused (db, "2023-W10", "a.txt",
                  "No programme covers week 10 of 2023: create or import the programme of its "
                  "month first. Nothing was written.");
}

/* The database is never the target, whatever its name. */
static void
test_database_target (void)
{
  g_autoptr(GPtrArray) programmes = september_week ();
  g_autofree char *db = make_database ("store.txt", programmes);
  g_autofree char *before = NULL, *after = NULL, *out = NULL, *err = NULL;
  g_autofree char *expected = g_strdup_printf ("congtac-cli: “%s” is the programme database or "
                                               "one of its files; an export must not replace "
                                               "it. Choose another file name; nothing was "
                                               "written.\n", db);
  const char *args[] = { "--db", db, "export-week", "2023-W39", db, NULL };
  gsize n_before, n_after;

  g_assert_true (g_file_get_contents (db, &before, &n_before, NULL));
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, expected);
  g_assert_true (g_file_get_contents (db, &after, &n_after, NULL));
  g_assert_cmpmem (before, n_before, after, n_after);
}

int
main (int    argc,
      char **argv)
{
  int status;

  ct_test_init (&argc, &argv);
  tmpdir = g_dir_make_tmp ("ct-cli-week-XXXXXX", NULL);
  g_test_add_func ("/cli-week/text", test_text);
  g_test_add_func ("/cli-week/pdf", test_pdf);
  g_test_add_func ("/cli-week/html-and-calendar", test_html_and_calendar);
  g_test_add_func ("/cli-week/mixed-bodies", test_mixed_bodies);
  g_test_add_func ("/cli-week/refused", test_refused);
  g_test_add_func ("/cli-week/database-target", test_database_target);
  status = g_test_run ();
  ct_test_remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
