/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "ct-store.h"
#include "test-util.h"

static char *tmpdir;

static char *
db_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
test_list_sample (void)
{
  g_autofree char *db = db_path ("list.db");
  g_autofree char *out = NULL, *err = NULL;
  const char *args[] = { "--db", db, "list", NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, "1\t58\tHUYỆN ỦY SÔNG MÂY\tcông tác tháng 12 năm 2026\tdraft\n");
}

/* A mistyped --db folder is refused: no folder, no database, no sample appear. */
static void
test_missing_folder (void)
{
  g_autofree char *folder = db_path ("no-such-folder");
  g_autofree char *db = g_build_filename (folder, "x.db", NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = g_strdup_printf ("congtac-cli: The folder “%s” does not exist.\n",
                                               folder);
  const char *args[] = { "--db", db, "list", NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, expected);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* A programme whose header is unfinished is exported, with a warning for each gap. */
static void
test_export_pdf_unfinished (void)
{
  g_autofree char *db = db_path ("unfinished.db");
  g_autofree char *pdf = db_path ("unfinished.pdf");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtStore) store = ct_store_open (db, &error);

  g_assert_no_error (error);
  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2027, 1);
  ct_programme_add_section (p, "Nhiệm vụ trọng tâm");
  ct_programme_add_signer_authority (p, CT_SIGNING_AUTHORITY_ON_BEHALF, "");
  g_assert_true (ct_store_save_programme (store, p, &error));
  id = g_strdup_printf ("%" G_GINT64_FORMAT, p->id);
  {
    const char *args[] = { "--db", db, "export-pdf", id, pdf, NULL };

    g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  }
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (err, ==,
                   "congtac-cli: warning: The document has no issuing body\n"
                   "congtac-cli: warning: The document has no number\n"
                   "congtac-cli: warning: The date line has no place name\n"
                   "congtac-cli: warning: The document has no issue date\n"
                   "congtac-cli: warning: The document has no recipients\n"
                   "congtac-cli: warning: The signer’s title or name is missing\n"
                   "congtac-cli: warning: The authority line “T/M” has only its code; write "
                   "after it the body or the title it signs for.\n");
}

static void
test_show (void)
{
  g_autofree char *db = db_path ("show.db");
  g_autofree char *out = NULL, *err = NULL;
  const char *show[] = { "--db", db, "show", "1", NULL };
  const char *missing[] = { "--db", db, "show", "9", NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, show, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_prefix (out, "ĐẢNG BỘ TỈNH ĐỒNG XANH\nHUYỆN ỦY SÔNG MÂY\n*\n"));
  g_assert_nonnull (strstr (out, "\nCHƯƠNG TRÌNH\ncông tác tháng 12 năm 2026\n-----\n"));
  g_assert_nonnull (strstr (out, "\nNơi nhận:\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, missing, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "congtac-cli: There is no programme with the id 9.\n");
}

/* A line the importer cannot place is printed with its number, and not saved. */
static void
test_import_unread_line (void)
{
  g_autofree char *db = db_path ("unread.db");
  g_autofree char *text = db_path ("plan.txt");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;
  const char *import[] = { "--db", db, "import", text, NULL };

  g_assert_true (g_file_set_contents (text,
                                      "CHƯƠNG TRÌNH\ncông tác năm 2026\n-----\n"
                                      "I. CÔNG TÁC TUYÊN TRUYỀN\n"
                                      "1. Tuyên truyền kỷ niệm các ngày lễ lớn.\n"
                                      "Thời gian: thường xuyên.\n"
                                      "Thời gian: quý II.\n", -1, NULL));
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, import, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "2\n");
  expected = g_strdup_printf ("%s:7: not understood, not saved: Thời gian: quý II.\n", text);
  g_assert_nonnull (strstr (err, expected));
}

static void
test_import_text (void)
{
  g_autofree char *db = db_path ("import.db");
  g_autofree char *fixture = g_build_filename (TEST_SOURCE_DIR, "data", "programme-wrapped.txt",
                                               NULL);
  g_autofree char *bad = db_path ("binary.txt");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;
  const char *import[] = { "--db", db, "import-text", fixture, NULL };
  const char *import_bad[] = { "--db", db, "import-text", bad, NULL };
  const char *show[] = { "--db", db, "show", "2", NULL };
  const char *list[] = { "--db", db, "list", NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, import, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "2\n");
  expected = g_strdup_printf ("%1$s:89: warning: 26/10/2023 is a “thứ Năm”, not a “thứ Tư” as "
                              "written; the weekday is computed from the date.\n"
                              "%1$s:99: warning: Agenda item numbered 5 where 4 was "
                              "expected: it is printed as 4. Check that no item is missing or "
                              "repeated.\n"
                              "%1$s:101: warning: The preparation note names items 3, 5 as "
                              "written; the agenda is printed numbered from its positions, so "
                              "these items are printed as 3, 4 and the note as prepared by Ban "
                              "Tuyên giáo Huyện ủy for 3, 4. Check the note.\n"
                              "%1$s:103: warning: The date 02/11/2023 is outside the "
                              "programme's period.\n", fixture);
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, show, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "\nIV. Hội nghị Ban Chấp hành Đảng bộ huyện: Ngày 26/10/2023 "
                                 "(thứ Năm).\n"));
  g_assert_nonnull (strstr (out, "\n(Ban Tuyên giáo Huyện ủy chuẩn bị nội dung 3,4)\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Refused input creates nothing. */
  g_assert_true (g_file_set_contents (bad, "I. M\x01\x02\x03", 7, NULL));
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, import_bad, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "congtac-cli: This is not a text file (it holds binary data). "
                            "Nothing was imported.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, list, &out, &err), ==, 0);
  /* The sample and the imported programme, nothing more. */
  g_assert_nonnull (strstr (out, "2\t15\tHUYỆN ỦY BẾN ĐÁ\tcông tác tháng 10 năm 2023\tdraft\n"));
  g_assert_true (strchr (strchr (out, '\n') + 1, '\n') == out + strlen (out) - 1);
}

/* Runs congtac-cli with @args, which must exit with @exit_code; returns its stdout and
 * stores its stderr in @err. */
static char *
run_cli (const char *const  *args,
         int                 exit_code,
         char              **err)
{
  char *out = NULL;

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, err), ==, exit_code);
  return out;
}

/* The lines of the calendar file @path without those that hold the time of writing
 * (DTSTAMP). */
static char *
calendar_without_stamps (const char *path)
{
  g_autofree char *text = ct_test_contents_of (path, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "DTSTAMP:"))
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (out, FALSE);
}

/* "export ID FILE" writes the format of FILE's extension, as the command of that format
 * does; another extension is refused before anything is written. */
static void
test_export_by_extension (void)
{
  g_autofree char *db = db_path ("export-formats.db");
  g_autofree char *json = db_path ("sample.json"), *json_upper = db_path ("SAMPLE.JSON");
  g_autofree char *pdf = db_path ("sample.pdf"), *pdf_ref = db_path ("sample-ref.pdf");
  g_autofree char *ics = db_path ("sample.ics"), *ics_ref = db_path ("sample-ref.ics");
  g_autofree char *txt = db_path ("sample.txt"), *docx = db_path ("sample.docx");
  g_autofree char *rtf = db_path ("sample.rtf");
  g_autofree char *bare = db_path ("sample");
  g_autofree char *err = NULL, *err_ref = NULL, *out = NULL, *shown = NULL;
  g_autofree char *a = NULL, *b = NULL, *expected = NULL;
  const char *export_json[] = { "--db", db, "export", "1", json, NULL };
  const char *export_json_upper[] = { "--db", db, "export", "1", json_upper, NULL };
  const char *export_pdf[] = { "--db", db, "export", "1", pdf, NULL };
  const char *export_pdf_ref[] = { "--db", db, "export-pdf", "1", pdf_ref, NULL };
  const char *export_ics[] = { "--db", db, "export", "1", ics, NULL };
  const char *export_ics_ref[] = { "--db", db, "export-ics", "1", ics_ref, NULL };
  const char *export_txt[] = { "--db", db, "export", "1", txt, NULL };
  const char *show[] = { "--db", db, "show", "1", NULL };
  const char *export_docx[] = { "--db", db, "export", "1", docx, NULL };
  const char *export_rtf[] = { "--db", db, "export", "1", rtf, NULL };
  const char *export_bare[] = { "--db", db, "export", "1", bare, NULL };
  const char *export_missing[] = { "--db", db, "export", "9", txt, NULL };

  g_free (run_cli (export_json, 0, &err));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  g_free (run_cli (export_json_upper, 0, &err));
  a = ct_test_contents_of (json, NULL);
  b = ct_test_contents_of (json_upper, NULL);
  g_assert_true (g_str_has_prefix (a, "{\n  \"format\" : \"congtac-programme\",\n"));
  g_assert_cmpstr (b, ==, a);
  g_clear_pointer (&a, g_free);
  g_clear_pointer (&b, g_free);
  g_clear_pointer (&err, g_free);

  /* The PDF: the same warnings as export-pdf, a PDF file. */
  g_free (run_cli (export_pdf, 0, &err));
  g_free (run_cli (export_pdf_ref, 0, &err_ref));
  g_assert_cmpstr (err, ==, err_ref);
  a = ct_test_contents_of (pdf, NULL);
  g_assert_true (g_str_has_prefix (a, "%PDF-"));
  g_clear_pointer (&a, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&err_ref, g_free);

  /* The calendar file: the same events as export-ics writes. */
  g_free (run_cli (export_ics, 0, &err));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  g_free (run_cli (export_ics_ref, 0, &err));
  a = ct_test_contents_of (ics, NULL);
  b = ct_test_contents_of (ics_ref, NULL);
  g_assert_true (g_str_has_prefix (a, "BEGIN:VCALENDAR\r\n"));
  g_free (g_steal_pointer (&a));
  a = calendar_without_stamps (ics);
  g_free (g_steal_pointer (&b));
  b = calendar_without_stamps (ics_ref);
  g_assert_cmpstr (a, ==, b);
  g_clear_pointer (&a, g_free);
  g_clear_pointer (&b, g_free);
  g_clear_pointer (&err, g_free);

  /* The text: what "show" prints, byte for byte. */
  g_free (run_cli (export_txt, 0, &err));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);
  shown = run_cli (show, 0, &err);
  a = ct_test_contents_of (txt, NULL);
  g_assert_cmpstr (a, ==, shown);
  g_clear_pointer (&err, g_free);

  /* Word: a zip package; what it holds is tested in test-export-docx. */
  g_clear_pointer (&a, g_free);
  g_free (run_cli (export_docx, 0, &err));
  g_assert_cmpstr (err, ==, "");
  a = ct_test_contents_of (docx, NULL);
  g_assert_true (g_str_has_prefix (a, "PK\x03\x04"));
  g_clear_pointer (&a, g_free);
  g_clear_pointer (&err, g_free);

  out = run_cli (export_rtf, 1, &err);
  g_assert_cmpstr (out, ==, "");
  expected = g_strdup_printf ("congtac-cli: Cannot tell the format of “%s”: use .json, .pdf, "
                              ".docx, .odt, .html, .ics or .txt. Nothing was written.\n", rtf);
  g_assert_cmpstr (err, ==, expected);
  g_assert_false (g_file_test (rtf, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);
  out = run_cli (export_bare, 1, &err);
  expected = g_strdup_printf ("congtac-cli: Cannot tell the format of “%s”: use .json, .pdf, "
                              ".docx, .odt, .html, .ics or .txt. Nothing was written.\n", bare);
  g_assert_cmpstr (err, ==, expected);
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_cli (export_missing, 1, &err);
  g_assert_cmpstr (err, ==, "congtac-cli: There is no programme with the id 9.\n");
}

#define CALENDAR "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fictional//EN\r\n" \
                 "BEGIN:VEVENT\r\nUID:tap-huan-2026@example.invalid\r\n" \
                 "DTSTAMP:20261120T010000Z\r\nDTSTART;VALUE=DATE:20261215\r\n" \
                 "SUMMARY:Tập huấn nghiệp vụ văn thư\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

#define UNKNOWN_IMPORT "congtac-cli: Cannot tell the format of “%s”: use a programme file " \
                       "(.json), a programme's text (.txt) or a calendar file (.ics). " \
                       "Nothing was imported.\n"

/* "import FILE" tells a programme file, a programme's text and a calendar file apart by
 * their content, else by the extension; "import ID FILE.ics" adds a calendar's events. */
static void
test_import_by_content (void)
{
  g_autofree char *db = db_path ("import-formats.db");
  g_autofree char *json = db_path ("one.json"), *json_as_data = db_path ("one.data");
  g_autofree char *wrapped = g_build_filename (TEST_SOURCE_DIR, "data", "programme-wrapped.txt",
                                               NULL);
  g_autofree char *text_bare = db_path ("programme");
  g_autofree char *ics = db_path ("events.ics"), *ics_as_txt = db_path ("events.txt");
  g_autofree char *pdf = db_path ("one.pdf"), *notes = db_path ("notes");
  g_autofree char *out = NULL, *err = NULL, *expected = NULL, *contents = NULL;
  g_autofree char *shown = NULL, *shown_ref = NULL, *listing = NULL;
  gsize length;
  const char *export_json[] = { "--db", db, "export", "1", json, NULL };
  const char *import_json[] = { "--db", db, "import", json, NULL };
  const char *import_data[] = { "--db", db, "import", json_as_data, NULL };
  const char *import_text[] = { "--db", db, "import", wrapped, NULL };
  const char *import_text_ref[] = { "--db", db, "import-text", wrapped, NULL };
  const char *import_bare[] = { "--db", db, "import", text_bare, NULL };
  g_autofree char *docx = g_build_filename (TEST_SOURCE_DIR, "data", "documents",
                                            "programme-state.docx", NULL);
  const char *import_docx[] = { "--db", db, "import", docx, NULL };
  const char *show_4[] = { "--db", db, "show", "4", NULL };
  const char *show_5[] = { "--db", db, "show", "5", NULL };
  const char *import_ics[] = { "--db", db, "import", "1", ics_as_txt, NULL };
  const char *import_ics_again[] = { "--db", db, "import", "1", ics, NULL };
  const char *import_ics_no_id[] = { "--db", db, "import", ics, NULL };
  const char *import_json_id[] = { "--db", db, "import", "1", json, NULL };
  const char *import_pdf[] = { "--db", db, "import", pdf, NULL };
  const char *import_notes[] = { "--db", db, "import", notes, NULL };
  const char *list[] = { "--db", db, "list", NULL };

  g_free (run_cli (export_json, 0, &err));
  g_clear_pointer (&err, g_free);
  out = run_cli (import_json, 0, &err);
  g_assert_cmpstr (out, ==, "2\n");
  g_assert_true (g_str_has_prefix (err, "congtac-cli: warning: Some items of this file are "
                                   "already in the database;"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  contents = ct_test_contents_of (json, &length);
  g_assert_true (g_file_set_contents (json_as_data, contents, length, NULL));
  out = run_cli (import_data, 0, &err);
  g_assert_cmpstr (out, ==, "3\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A programme's text: as import-text, its warnings and the same programme. */
  out = run_cli (import_text, 0, &err);
  g_assert_cmpstr (out, ==, "4\n");
  expected = g_strdup_printf ("%1$s:89: warning: 26/10/2023 is a “thứ Năm”, not a “thứ Tư” as "
                              "written; the weekday is computed from the date.\n"
                              "%1$s:99: warning: Agenda item numbered 5 where 4 was "
                              "expected: it is printed as 4. Check that no item is missing or "
                              "repeated.\n"
                              "%1$s:101: warning: The preparation note names items 3, 5 as "
                              "written; the agenda is printed numbered from its positions, so "
                              "these items are printed as 3, 4 and the note as prepared by Ban "
                              "Tuyên giáo Huyện ủy for 3, 4. Check the note.\n"
                              "%1$s:103: warning: The date 02/11/2023 is outside the "
                              "programme's period.\n", wrapped);
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_cli (import_text_ref, 0, &err);
  g_assert_cmpstr (out, ==, "5\n");
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  shown = run_cli (show_4, 0, &err);
  g_clear_pointer (&err, g_free);
  shown_ref = run_cli (show_5, 0, &err);
  g_assert_cmpstr (shown, ==, shown_ref);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&contents, g_free);
  /* Without an extension, the title "CHƯƠNG TRÌNH" tells a programme's text. */
  contents = ct_test_contents_of (wrapped, &length);
  g_assert_true (g_file_set_contents (text_bare, contents, length, NULL));
  out = run_cli (import_bare, 0, &err);
  g_assert_cmpstr (out, ==, "6\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* A Word document, told by its content. */
  out = run_cli (import_docx, 0, &err);
  g_assert_cmpstr (out, ==, "7\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A calendar file, even named .txt, goes into the programme of the id given. */
  g_assert_true (g_file_set_contents (ics_as_txt, CALENDAR, -1, NULL));
  g_assert_true (g_file_set_contents (ics, CALENDAR, -1, NULL));
  out = run_cli (import_ics, 0, &err);
  g_assert_cmpstr (out, ==, "Imported 1 new event, updated 0, 0 unchanged, left out 0 "
                   "cancelled.\n");
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_cli (import_ics_again, 0, &err);
  g_assert_cmpstr (out, ==, "Imported 0 new events, updated 0, 1 unchanged, left out 0 "
                   "cancelled.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);
  listing = run_cli (list, 0, &err);
  g_clear_pointer (&err, g_free);

  /* Refused: nothing is saved. */
  out = run_cli (import_ics_no_id, 1, &err);
  g_assert_cmpstr (out, ==, "");
  expected = g_strdup_printf ("congtac-cli: “%s” is a calendar file: its events go into a "
                              "programme that exists. Give the programme's id: import ID FILE. "
                              "Nothing was imported.\n", ics);
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);
  out = run_cli (import_json_id, 1, &err);
  expected = g_strdup_printf ("congtac-cli: “%s” is a whole programme, not a calendar file: "
                              "import it as a new programme with import FILE, without an id. "
                              "Nothing was imported.\n", json);
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);
  /* A PDF's content is read by the importer, which refuses a damaged one. */
  g_assert_true (g_file_set_contents (pdf, "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", -1, NULL));
  out = run_cli (import_pdf, 1, &err);
  g_assert_cmpstr (err, ==, "congtac-cli: The file looks like a PDF but is damaged and cannot "
                   "be read. Open it in the program that made it and save it again, then "
                   "import that. Nothing was imported.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);
  g_assert_true (g_file_set_contents (notes, "Họp chi bộ thứ Hai.\n", -1, NULL));
  out = run_cli (import_notes, 1, &err);
  expected = g_strdup_printf (UNKNOWN_IMPORT, notes);
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = run_cli (list, 0, &err);
  g_assert_cmpstr (out, ==, listing);
}

/* The unknown-format messages in Vietnamese. */
static void
test_format_vietnamese (void)
{
  g_autofree char *db = db_path ("formats-vi.db");
  g_autofree char *rtf = db_path ("a.rtf");
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;
  g_auto(GStrv) envp = NULL;
  const char *export_rtf[] = { "--db", db, "export", "1", rtf, NULL };

  if (!ct_test_have_locale ("vi_VN.UTF-8"))
    {
      g_test_skip ("Locale vi_VN.UTF-8 is not generated (build-aux/test generates it)");
      return;
    }
  envp = ct_test_cli_environ ("vi");
  g_assert_cmpint (ct_test_run_cli (NULL, envp, export_rtf, &out, &err), ==, 1);
  expected = g_strdup_printf ("congtac-cli: Không xác định được định dạng của “%s”: hãy dùng "
                              ".json, .pdf, .docx, .odt, .html, .ics hoặc .txt. Chưa ghi gì.\n",
                              rtf);
  g_assert_cmpstr (err, ==, expected);
}

static void
test_delete (void)
{
  g_autofree char *db = db_path ("delete.db");
  g_autofree char *out = NULL, *err = NULL;
  const char *list[] = { "--db", db, "list", NULL };
  const char *del[] = { "delete", "1", "--db", db, NULL };
  const char *again[] = { "--db", db, "delete", "1", NULL };
  const char *bad[] = { "--db", db, "delete", "abc", NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, list, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, del, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, again, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "congtac-cli: There is no programme with the id 1.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, bad, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "“abc” is not a programme id"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* The emptied database stays empty: the sample comes only with a new file. */
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, list, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
}

static void
test_usage (void)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *none[] = { NULL };
  const char *unknown[] = { "frobnicate", NULL };
  const char *extra[] = { "list", "extra", NULL };
  const char *help[] = { "--help", NULL };
  const char *command_help[] = { "delete", "--help", NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, none, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "No command given."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, unknown, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "Unknown command “frobnicate”."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, extra, &out, &err), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, help, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "delete"));
  g_assert_nonnull (strstr (out, "--db=PATH"));
  g_assert_nonnull (strstr (out, "\n  export       ID FILE        Write a programme in the format "
                                 "of FILE's extension: .json (the whole programme), .pdf, "
                                 ".docx, .odt, .html (the document to edit), .ics or .txt (as "
                                 "show prints it)\n"));
  g_assert_nonnull (strstr (out, "\n  import       [ID] FILE      Import a programme file (.json), "
                                 "text or an office file (.docx, .odt, .pdf, .doc) and print "
                                 "its id; with ID, add a calendar file's events (.ics) to "
                                 "it\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, command_help, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "delete ID"));
}

static void
test_corrupt (void)
{
  g_autofree char *db = db_path ("corrupt.db");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;
  const char *args[] = { "--db", db, "list", NULL };

  g_assert_true (g_file_set_contents (db, "garbage garbage garbage", -1, NULL));
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 1);
  expected = g_strdup_printf ("congtac-cli: The file “%s” is not a Congtac database or is "
                              "damaged. It was left unchanged.\n", db);
  g_assert_cmpstr (err, ==, expected);
}

/* Runs "list" on @db, which must fail with the "damaged" message and leave the file
 * byte for byte as it was. */
static void
assert_refused_unchanged (const char *db,
                          const char *expected_message)
{
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = g_strdup_printf ("congtac-cli: %s\n", expected_message);
  gsize before_len, after_len;
  const char *args[] = { "--db", db, "list", NULL };

  g_assert_true (g_file_get_contents (db, &before, &before_len, NULL));
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, expected);
  g_assert_true (g_file_get_contents (db, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
}

static char *
damaged_message (const char *db)
{
  return g_strdup_printf ("The file “%s” is not a Congtac database or is damaged. It was left "
                          "unchanged.", db);
}

/* A database cut short (a copy interrupted, a full disk): every cut from inside the
 * header to past the first pages is refused. */
static void
test_corrupt_truncated (void)
{
  g_autofree char *good = db_path ("good.db");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *contents = NULL;
  gsize len;
  const char *args[] = { "--db", good, "list", NULL };
  const gsize cuts[] = { 16, 50, 99, 100, 1000, 4096, 5000, 8192, 12000 };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (good, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 12000);
  for (guint i = 0; i < G_N_ELEMENTS (cuts); i++)
    {
      g_autofree char *name = g_strdup_printf ("truncated-%" G_GSIZE_FORMAT ".db", cuts[i]);
      g_autofree char *db = db_path (name);
      g_autofree char *message = damaged_message (db);

      g_assert_true (g_file_set_contents (db, contents, cuts[i], NULL));
      assert_refused_unchanged (db, message);
    }
}

/* A file of random bytes, and a database whose first page was overwritten. */
static void
test_corrupt_random (void)
{
  g_autofree char *random_db = db_path ("random.db");
  g_autofree char *damaged_db = db_path ("damaged.db");
  g_autofree char *random_message = damaged_message (random_db);
  g_autofree char *damaged_message_text = damaged_message (damaged_db);
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *contents = NULL;
  guint8 bytes[65536];
  gsize len;
  const char *args[] = { "--db", damaged_db, "list", NULL };

  for (gsize i = 0; i < sizeof bytes; i++)
    bytes[i] = g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (random_db, (char *) bytes, sizeof bytes, NULL));
  assert_refused_unchanged (random_db, random_message);

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (damaged_db, &contents, &len, NULL));
  memcpy (contents + 16, bytes, 84); /* page size, versions, counters, schema format */
  g_assert_true (g_file_set_contents (damaged_db, contents, len, NULL));
  assert_refused_unchanged (damaged_db, damaged_message_text);
}

static void
test_too_new (void)
{
  g_autofree char *db = db_path ("too-new.db");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *message = NULL;
  sqlite3 *handle = NULL;
  const char *args[] = { "--db", db, "list", NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpint (sqlite3_open (db, &handle), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (handle, "PRAGMA user_version = 999", NULL, NULL, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_close (handle), ==, SQLITE_OK);
  message = g_strdup_printf ("The database “%s” was made by a newer version of Congtac (format "
                             "999; this version reads up to %d). Update Congtac to open it.",
                             db, CT_STORE_SCHEMA_VERSION);
  assert_refused_unchanged (db, message);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "C", TRUE);
  ct_test_init (&argc, &argv);
  g_test_add_func ("/cli/list-sample", test_list_sample);
  g_test_add_func ("/cli/missing-folder", test_missing_folder);
  g_test_add_func ("/cli/export-pdf-unfinished", test_export_pdf_unfinished);
  g_test_add_func ("/cli/show", test_show);
  g_test_add_func ("/cli/import-text", test_import_text);
  g_test_add_func ("/cli/import-unread-line", test_import_unread_line);
  g_test_add_func ("/cli/export-by-extension", test_export_by_extension);
  g_test_add_func ("/cli/import-by-content", test_import_by_content);
  g_test_add_func ("/cli/format-vietnamese", test_format_vietnamese);
  g_test_add_func ("/cli/delete", test_delete);
  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/corrupt", test_corrupt);
  g_test_add_func ("/cli/corrupt-truncated", test_corrupt_truncated);
  g_test_add_func ("/cli/corrupt-random", test_corrupt_random);
  g_test_add_func ("/cli/too-new", test_too_new);
  return ct_test_run_in_folder ("congtac-cli-XXXXXX", &tmpdir);
}
