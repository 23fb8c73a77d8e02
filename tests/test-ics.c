/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-ics-export.h"
#include "ct-ics-import.h"
#include "ct-occurrence.h"
#include "ct-store.h"
#include "fixture-programme.h"
#include "ics-fixture.h"
#include "test-util.h"

static char *tmpdir;

static void
test_export_bytes (void)
{
  g_autoptr(CtProgramme) p = ics_seed_shaped_programme ();
  g_autofree char *text = ics_export_text (p);
  g_auto(GStrv) lines = ics_unfolded_lines (text);
  guint inside_character = 0;

  ics_assert_rfc5545_bytes (text);

  /* The titles are placed so that a cut at octet 75 would split a letter: the test means
   * something. */
  for (guint i = 0; i < G_N_ELEMENTS (ics_long_titles); i++)
    {
      g_autofree char *summary = g_strconcat ("SUMMARY:", ics_long_titles[i], NULL);

      g_assert_cmpuint (g_utf8_strlen (ics_long_titles[i], -1), >=, 40);
      g_assert_cmpuint (((guchar) summary[75] & 0xC0), ==, 0x80);
      g_assert_cmpuint (ics_count_lines (lines, summary), ==, 1);
    }
  for (guint i = 0; lines[i]; i++)
    if (strlen (lines[i]) > 75 && ((guchar) lines[i][75] & 0xC0) == 0x80)
      inside_character++;
  g_assert_cmpuint (inside_character, >=, G_N_ELEMENTS (ics_long_titles));

  /* One VTIMEZONE, ours, used by every TZID. */
  g_assert_cmpuint (ics_count_lines (lines, "BEGIN:VTIMEZONE"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "TZID:Asia/Ho_Chi_Minh"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "TZOFFSETFROM:+0700"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "TZOFFSETTO:+0700"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "TZNAME:ICT"), ==, 1);
  for (guint i = 0; lines[i]; i++)
    if (strstr (lines[i], "TZID=") != NULL)
      g_assert_nonnull (strstr (lines[i], ";TZID=Asia/Ho_Chi_Minh:"));

  /* "," ";" "\" and line breaks escaped exactly once, in TEXT, CATEGORIES and X- values. */
  g_assert_cmpuint (ics_count_lines (lines, "LOCATION:Hội trường B\\, tầng 3\\; lối vào \\\\ "
                                        "cổng phụ"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "X-WR-CALNAME:HUYỆN ỦY SÔNG MÂY - Chương trình công "
                                        "tác tháng 9\\, năm 2023\\; bản \\\\ sửa đổi"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "CATEGORIES:Hội nghị\\, hội thảo chuyên đề\\; tập "
                                        "huấn"), ==, 4);
  g_assert_cmpuint (ics_count_lines (lines, "DESCRIPTION:Chủ trì: Thường trực Huyện ủy\\n"
                                        "1. Báo cáo tình hình kinh tế - xã hội tháng 9.\\n"
                                        "(UBND huyện chuẩn bị)\\n"
                                        "2. Báo cáo công tác xây dựng Đảng quý III.\\n"
                                        "3. Báo cáo sơ kết đề án phát triển vùng cây ăn "
                                        "quả.\\n"
                                        "(Văn phòng Huyện ủy chuẩn bị nội dung 2\\,3)\\n"
                                        "4. Xem xét\\, thi hành kỷ luật đảng viên vi phạm.\\n"
                                        "(UBKT Huyện ủy chuẩn bị)\\n\\n"
                                        "Dòng một\\nDòng hai"), ==, 1);
}

static void
test_export_structure (void)
{
  g_autoptr(CtProgramme) p = ics_seed_shaped_programme ();
  g_autofree char *text = ics_export_text (p);
  g_auto(GStrv) lines = ics_unfolded_lines (text);
  CtItem *briefing = ics_find_titled (p, "Giao ban Thường trực Huyện ủy");
  g_autofree char *uid = g_strconcat ("UID:", briefing->uuid, "@congtac.github.io", NULL);
  const char *const header[] = {
    "BEGIN:VCALENDAR", "PRODID:-//Congtac//Congtac " PACKAGE_VERSION "//VI", "VERSION:2.0",
    "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
  };

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    g_assert_cmpstr (lines[i], ==, header[i]);
  g_assert_cmpuint (ics_count_lines (lines, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "BEGIN:VEVENT"), ==, 11);
  g_assert_cmpuint (ics_count_lines (lines, "DTSTAMP:20230901T000000Z"), ==, 11);
  g_assert_cmpuint (ics_count_lines (lines, "SEQUENCE:0"), ==, 11);
  g_assert_cmpuint (ics_count_lines (lines, uid), ==, 1);

  /* The briefing: one VEVENT, chiều = 13:30–17:00, UNTIL the last Monday in UTC. */
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230904T133000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230904T170000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "RRULE:FREQ=WEEKLY;UNTIL=20230925T063000Z;BYDAY=MO"),
                    ==, 1);
  /* The Tuesday/Thursday rule: sáng = 07:30, EXDATE of DTSTART's type and time. */
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230905T073000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "RRULE:FREQ=WEEKLY;UNTIL=20230928T003000Z;BYDAY=TU,TH"),
                    ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "EXDATE;TZID=Asia/Ho_Chi_Minh:20230914T073000"), ==, 1);
  g_assert_cmpuint (ics_count_prefixed (lines, "EXDATE"), ==, 1);
  /* All-day events end the day after (exclusive); timed ones at their time. */
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;VALUE=DATE:20230908"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;VALUE=DATE:20230909"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;VALUE=DATE:20230913"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;VALUE=DATE:20230916"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230920T140000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230920T163000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230926T073000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230926T113000"), ==, 1);
  /* Dự kiến → TENTATIVE. */
  g_assert_cmpuint (ics_count_lines (lines, "STATUS:TENTATIVE"), ==, 5);
  g_assert_cmpuint (ics_count_lines (lines, "STATUS:CONFIRMED"), ==, 6);
}

static void
test_export_more_shapes (void)
{
  g_autoptr(CtProgramme) p = ics_more_shapes_programme ();
  g_autofree char *text = ics_export_text (p);
  g_auto(GStrv) lines = ics_unfolded_lines (text);

  ics_assert_rfc5545_bytes (text);
  /* An all-day rule: DATE values throughout (RFC 5545 §3.3.10: UNTIL of DTSTART's type). */
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;VALUE=DATE:20230902"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;VALUE=DATE:20230903"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "RRULE:FREQ=WEEKLY;UNTIL=20230930;BYDAY=SA"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "EXDATE;VALUE=DATE:20230916"), ==, 1);
  /* 14:00 with no end ends with the afternoon, 17:00. */
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230912T140000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230912T170000"), ==, 1);
  /* Three mornings: 07:30–11:30 each day, not one block over three days. */
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230913T073000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230913T113000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "RRULE:FREQ=DAILY;UNTIL=20230915T003000Z"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "CATEGORIES:Trực cơ quan\\, họp chi bộ và tập huấn"),
                    ==, 3);
}

static void
test_export_day_part_times (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  CtIcsExportOptions options;

  ct_ics_export_options_init (&options);
  options.times.afternoon = (CtTimeRange) { 14 * 60, 16 * 60 + 30 };
  text = ct_ics_export (p, &options, &error);
  g_assert_no_error (error);
  lines = ics_unfolded_lines (text);
  g_assert_cmpuint (ics_count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230904T140000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230904T163000"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "RRULE:FREQ=WEEKLY;UNTIL=20230925T070000Z;BYDAY=MO"),
                    ==, 1);
}

static void
test_export_filters (void)
{
  g_autoptr(CtProgramme) p = ics_seed_shaped_programme ();
  g_autoptr(GError) error = NULL;
  CtIcsExportOptions options;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  ct_ics_export_options_init (&options);
  options.now = ICS_STAMP;
  options.section = 7; /* VIII: the long titles and the multi-day course */
  text = ct_ics_export (p, &options, &error);
  g_assert_no_error (error);
  lines = ics_unfolded_lines (text);
  g_assert_cmpuint (ics_count_lines (lines, "BEGIN:VEVENT"), ==, 4);
  g_assert_cmpuint (ics_count_prefixed (lines, "X-WR-CALNAME:HUYỆN ỦY SÔNG MÂY - Chương trình "
                                           "công tác tháng 9\\, năm 2023\\; bản \\\\ sửa đổi - "
                                           "Hội nghị\\, hội thảo"), ==, 1);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&lines, g_strfreev);

  /* "văn phòng huyện ủy" folds like "Văn phòng Huyện uỷ": the BTV conference only. */
  options.section = -1;
  options.unit = "VĂN PHÒNG HUYỆN ỦY";
  text = ct_ics_export (p, &options, &error);
  g_assert_no_error (error);
  lines = ics_unfolded_lines (text);
  g_assert_cmpuint (ics_count_lines (lines, "BEGIN:VEVENT"), ==, 1);
  g_assert_cmpuint (ics_count_lines (lines, "SUMMARY:Hội nghị Ban Thường vụ Huyện ủy"), ==, 1);
  g_clear_pointer (&text, g_free);

  options.unit = "Phòng Tài nguyên và Môi trường";
  text = ct_ics_export (p, &options, &error);
  g_assert_null (text);
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS);
  g_assert_cmpstr (error->message, ==, "No dated event has an agenda item prepared by "
                                       "“Phòng Tài nguyên và Môi trường”.");
  g_clear_error (&error);

  options.unit = NULL;
  options.section = 9;
  text = ct_ics_export (p, &options, &error);
  g_assert_null (text);
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_SECTION);
  g_assert_cmpstr (error->message, ==, "There is no section 10: the programme has 9 sections.");
}

static void
test_export_choices (void)
{
  g_autoptr(CtProgramme) p = ics_seed_shaped_programme ();
  g_autoptr(GPtrArray) units = ct_ics_list_preparing_units (p);

  /* "Văn phòng Huyện uỷ" is the same unit as "Văn phòng Huyện ủy", met first. */
  g_assert_cmpuint (units->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (units, 0), ==, "UBND huyện");
  g_assert_cmpstr (g_ptr_array_index (units, 1), ==, "Văn phòng Huyện ủy");
  g_assert_cmpstr (g_ptr_array_index (units, 2), ==, "UBKT Huyện ủy");
  g_assert_false (ct_ics_section_has_events (p, 0)); /* tasks only */
  for (guint i = 1; i < p->sections->len; i++)
    g_assert_true (ct_ics_section_has_events (p, i));
}

static void
test_export_file (void)
{
  g_autoptr(CtProgramme) p = ics_seed_shaped_programme ();
  g_autofree char *path = g_build_filename (tmpdir, "file.ics", NULL);
  g_autofree char *bad = g_build_filename (tmpdir, "missing", "file.ics", NULL);
  g_autofree char *content = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  CtIcsExportOptions options;
  GDir *dir;
  const char *name;

  g_assert_true (g_file_set_contents (path, "old content", -1, NULL));
  ct_ics_export_options_init (&options);
  options.now = ICS_STAMP;
  g_assert_true (ct_ics_export_to_file (p, &options, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  expected = ics_export_text (p);
  g_assert_cmpstr (content, ==, expected);

  g_assert_false (ct_ics_export_to_file (p, &options, bad, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "Cannot write the calendar file"));

  /* The temporary file is gone after the rename. */
  dir = g_dir_open (tmpdir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, "file.ics."));
  g_dir_close (dir);
}

/* An event on 31/12/9999 once gave DTSTART:00000000T000000: the export is refused by the
 * event's name, and a file already there is left as it was. */
static void
test_export_year_range (void)
{
  g_autoptr(CtProgramme) p = ics_more_shapes_programme ();
  g_autofree char *path = g_build_filename (tmpdir, "year-range.ics", NULL);
  g_autofree char *content = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;
  CtItem *item;

  g_date_set_dmy (&day, 31, 12, 9999);
  item = ct_item_new_event ("Hạn nộp báo cáo cuối cùng", &day);
  item->start_minute = 8 * 60;
  ct_section_add_item (g_ptr_array_index (p->sections, 0), item);
  g_assert_true (g_file_set_contents (path, "old content", -1, NULL));
  g_assert_false (ct_ics_export_to_file (p, NULL, path, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_DATE_RANGE);
  g_assert_cmpstr (error->message, ==, "The event “Hạn nộp báo cáo cuối cùng” is dated "
                   "31/12/9999; a calendar file is written only for the years 1900 to 2200. "
                   "Correct the date, then export again.");
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  g_assert_cmpstr (content, ==, "old content");

  /* All day, and a year before 1900. */
  g_clear_error (&error);
  item->start_minute = CT_NO_TIME;
  g_date_set_dmy (&item->start_date, 2, 9, 1899);
  g_assert_null (ct_ics_export (p, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_DATE_RANGE);
  g_assert_true (strstr (error->message, "02/09/1899") != NULL);

  /* Within the years, it is written. */
  g_clear_error (&error);
  g_date_set_dmy (&item->start_date, 31, 12, 2200);
  g_clear_pointer (&content, g_free);
  content = ct_ics_export (p, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (content, "DTSTART;VALUE=DATE:22001231\r\n"
                                     "DTEND;VALUE=DATE:22010101\r\n"));
}

/* ---- independent parsers ---- */

/* Both parsers read the same file, so that their listings compare line for line. */
static CtProgramme *parsed_programme;

static char *
write_seed_shaped_export (void)
{
  char *path = g_build_filename (tmpdir, "seed-shaped.ics", NULL);

  if (parsed_programme == NULL)
    {
      g_autofree char *text = NULL;

      parsed_programme = ics_seed_shaped_programme ();
      text = ics_export_text (parsed_programme);
      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  return path;
}

static void
check_parser_listing (CtProgramme *p,
                      const char  *listing)
{
  g_auto(GStrv) all = g_strsplit (listing, "\n", -1);
  g_autofree char *briefing = ics_occurrences_of (listing, ics_find_titled (p, "Giao ban Thường trực "
                                                                       "Huyện ủy")->uuid);
  g_autofree char *ubnd = ics_occurrences_of (listing, ics_find_titled (p, "Giao ban Ủy ban nhân dân "
                                                                   "huyện")->uuid);
  g_autofree char *info = ics_occurrences_of (listing, ics_find_titled (p, "Hội nghị thông tin chuyên "
                                                                   "đề cho cán bộ chủ chốt")->uuid);
  g_autofree char *course = ics_occurrences_of (listing, ics_find_titled (p, "Lớp bồi dưỡng nghiệp vụ "
                                                                     "công tác văn phòng cấp "
                                                                     "ủy")->uuid);
  g_autofree char *dialogue = ics_occurrences_of (listing, ics_find_titled (p, "Hội nghị đối thoại của "
                                                                       "Bí thư Huyện ủy với "
                                                                       "Nhân dân xã Đồi "
                                                                       "Chè")->uuid);

  g_assert_cmpstr (briefing, ==, "2023-09-04T06:30:00Z 2023-09-04T10:00:00Z\n"
                                 "2023-09-11T06:30:00Z 2023-09-11T10:00:00Z\n"
                                 "2023-09-18T06:30:00Z 2023-09-18T10:00:00Z\n"
                                 "2023-09-25T06:30:00Z 2023-09-25T10:00:00Z\n");
  g_assert_cmpstr (ubnd, ==, "2023-09-05T00:30:00Z 2023-09-05T04:30:00Z\n"
                             "2023-09-07T00:30:00Z 2023-09-07T04:30:00Z\n"
                             "2023-09-12T00:30:00Z 2023-09-12T04:30:00Z\n"
                             "2023-09-19T00:30:00Z 2023-09-19T04:30:00Z\n"
                             "2023-09-21T00:30:00Z 2023-09-21T04:30:00Z\n"
                             "2023-09-26T00:30:00Z 2023-09-26T04:30:00Z\n"
                             "2023-09-28T00:30:00Z 2023-09-28T04:30:00Z\n");
  g_assert_cmpstr (info, ==, "2023-09-08 2023-09-09\n");
  g_assert_cmpstr (course, ==, "2023-09-13 2023-09-16\n");
  g_assert_cmpstr (dialogue, ==, "2023-09-20T07:00:00Z 2023-09-20T09:30:00Z\n");
  g_assert_nonnull (strstr (listing, "\tHội trường B, tầng 3; lối vào \\ cổng phụ\t"));
  g_assert_nonnull (strstr (listing, "\tHội nghị, hội thảo chuyên đề; tập huấn\t"));
  g_assert_nonnull (strstr (listing, "\\n(Văn phòng Huyện ủy chuẩn bị nội dung 2,3)\\n"));
  /* 5 single events + 4 long titles and the course + 4 + 7 rule occurrences. */
  g_assert_cmpuint (g_strv_length (all) - 1, ==, 20);
}

static char *python_listing;

static void
test_parser_python (void)
{
  g_autofree char *path = write_seed_shaped_export ();
  g_autofree char *reason = NULL;

  python_listing = ics_python_listing (path, &reason);
  if (python_listing == NULL)
    {
      g_test_skip (reason);
      return;
    }
  check_parser_listing (parsed_programme, python_listing);
}

static void
test_parser_icaljs (void)
{
  g_autofree char *path = write_seed_shaped_export ();
  g_autofree char *reason = NULL;
  g_autofree char *listing = ics_icaljs_listing (path, &reason);

  if (listing == NULL)
    {
      g_test_skip (reason);
      return;
    }
  check_parser_listing (parsed_programme, listing);
  /* The same events as python3-icalendar read from the same file. */
  if (python_listing != NULL)
    g_assert_true (g_strcmp0 (listing, python_listing) == 0);
}

/* ---- stability ---- */


/* "UID SEQUENCE" of every VEVENT of @p's export, in order. */
static char *
uid_sequences (const CtProgramme *p)
{
  g_autofree char *text = ics_export_text (p);
  g_auto(GStrv) lines = ics_unfolded_lines (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "UID:") || g_str_has_prefix (lines[i], "SEQUENCE:"))
      g_string_append_printf (out, "%s%c", lines[i], lines[i][0] == 'U' ? ' ' : '\n');
  return g_string_free (out, FALSE);
}

static void
test_stability (void)
{
  g_autoptr(CtStore) store = ics_open_store (tmpdir, "stable.db");
  g_autoptr(CtStore) other = ics_open_store (tmpdir, "other.db");
  g_autoptr(CtProgramme) p = ics_seed_shaped_programme ();
  g_autoptr(CtProgramme) q = ics_seed_shaped_programme ();
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *second = NULL, *third = NULL, *elsewhere = NULL;
  g_autofree char *expected = NULL;
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;
  CtItem *moved;

  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_no_error (error);
  loaded = ct_store_load_programme (store, p->id, &error);
  g_assert_no_error (error);
  first = uid_sequences (loaded);
  g_clear_pointer (&loaded, ct_programme_unref);
  loaded = ct_store_load_programme (store, p->id, &error);
  second = uid_sequences (loaded);
  g_assert_cmpstr (first, ==, second);

  /* Move one meeting: only its SEQUENCE goes up. */
  moved = ics_find_titled (loaded, "Hội nghị Ban Chấp hành Đảng bộ huyện");
  g_date_set_dmy (&moved->start_date, 27, G_DATE_SEPTEMBER, 2023);
  g_assert_true (ct_store_save_programme (store, loaded, &error));
  third = uid_sequences (loaded);
  expected = g_strdup (first);
  {
    g_autofree char *old = g_strdup_printf ("UID:%s@congtac.github.io SEQUENCE:0", moved->uuid);
    g_autofree char *new = g_strdup_printf ("UID:%s@congtac.github.io SEQUENCE:1", moved->uuid);
    g_autoptr(GString) s = g_string_new (expected);

    g_assert_cmpuint (g_string_replace (s, old, new, 0), ==, 1);
    g_free (expected);
    expected = g_strdup (s->str);
  }
  g_assert_cmpstr (third, ==, expected);

  /* Another database never shares a UID. */
  g_assert_true (ct_store_save_programme (other, q, &error));
  elsewhere = uid_sequences (q);
  a = g_strsplit_set (first, " \n", -1);
  b = g_strsplit_set (elsewhere, " \n", -1);
  for (guint i = 0; a[i]; i++)
    if (g_str_has_prefix (a[i], "UID:"))
      g_assert_false (g_strv_contains ((const char *const *) b, a[i]));
}

/* ---- what the model holds since the State form: monthly rules, attributes, vague
 * timing ---- */

/* The unfolded lines of the VEVENT of @p's export whose SUMMARY is @title, "\n"-joined,
 * without the lines that change from one export to the next. */
static char *
event_lines (const char *text,
             const char *title)
{
  g_auto(GStrv) lines = ics_unfolded_lines (text);
  g_autofree char *summary = g_strconcat ("SUMMARY:", title, NULL);
  GString *out = g_string_new (NULL);
  gboolean inside = FALSE;
  gsize begin = 0;

  for (guint i = 0; lines[i]; i++)
    {
      if (strcmp (lines[i], "BEGIN:VEVENT") == 0)
        {
          begin = out->len;
          inside = TRUE;
        }
      else if (strcmp (lines[i], "END:VEVENT") == 0)
        {
          inside = FALSE;
          if (strstr (out->str + begin, summary) == NULL)
            g_string_truncate (out, begin);
        }
      else if (inside && !g_str_has_prefix (lines[i], "UID:") &&
               !g_str_has_prefix (lines[i], "DTSTAMP:") &&
               !g_str_has_prefix (lines[i], "LAST-MODIFIED:"))
        g_string_append_printf (out, "%s\n", lines[i]);
    }
  return g_string_free (out, FALSE);
}

static void
test_export_state (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autofree char *text = ics_export_text (p);
  g_auto(GStrv) lines = ics_unfolded_lines (text);
  g_autofree char *meeting = event_lines (text, "Phiên họp thường kỳ Ủy ban nhân dân huyện "
                                                "tháng 3");
  g_autofree char *day5 = event_lines (text, "Tiếp công dân định kỳ của Chủ tịch UBND huyện");
  g_autofree char *monday = event_lines (text, "Giao ban lãnh đạo UBND huyện");
  g_autofree char *visit = event_lines (text, "Kiểm tra tiến độ xây dựng trường học xã Bến Đò");
  g_autoptr(GPtrArray) left_out = ct_ics_export_list_left_out (p, NULL);

  /* Every attribute but the location as a labelled line, in print order, before the
   * agenda. */
  g_assert_cmpstr (meeting, ==,
                   "SEQUENCE:0\n"
                   "DTSTART;TZID=Asia/Ho_Chi_Minh:20250314T073000\n"
                   "DTEND;TZID=Asia/Ho_Chi_Minh:20250314T113000\n"
                   "X-CONGTAC-NO-END:TRUE\n"
                   "SUMMARY:Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3\n"
                   "DESCRIPTION:Chủ trì: Chủ tịch UBND huyện\\n"
                   "Lãnh đạo dự: Các Phó Chủ tịch UBND huyện\\n"
                   "Thành phần: Thành viên UBND huyện\\; Trưởng các phòng\\, ban\\n"
                   "Cơ quan chuẩn bị: Văn phòng HĐND và UBND huyện\\n"
                   "Phối hợp: Phòng Tài chính - Kế hoạch\\n"
                   "LĐVP: Đ/c Chánh Văn phòng\\n"
                   "Ghi chú: Giấy mời riêng\\n"
                   "1. Báo cáo tình hình kinh tế - xã hội quý I.\\n"
                   "(Phòng Tài chính - Kế hoạch chuẩn bị)\\n"
                   "2. Dự thảo kế hoạch phòng\\, chống hạn mặn.\\n"
                   "(Phòng Nông nghiệp và Môi trường chuẩn bị)\n"
                   "LOCATION:Phòng họp số 1\\, UBND huyện\n"
                   "STATUS:CONFIRMED\n"
                   "CATEGORIES:Các cuộc họp\\, hội nghị\n");
  /* Day 5 of March 2025 is a Wednesday; the rule ends with the period. */
  g_assert_cmpstr (day5, ==,
                   "SEQUENCE:0\n"
                   "DTSTART;TZID=Asia/Ho_Chi_Minh:20250305T073000\n"
                   "DTEND;TZID=Asia/Ho_Chi_Minh:20250305T113000\n"
                   "RRULE:FREQ=MONTHLY;UNTIL=20250305T003000Z;BYMONTHDAY=5\n"
                   "SUMMARY:Tiếp công dân định kỳ của Chủ tịch UBND huyện\n"
                   "LOCATION:Trụ sở Tiếp công dân huyện\n"
                   "STATUS:CONFIRMED\n"
                   "CATEGORIES:Lịch định kỳ\n");
  /* The first Monday of March 2025 is the 3rd. */
  g_assert_cmpstr (monday, ==,
                   "SEQUENCE:0\n"
                   "DTSTART;TZID=Asia/Ho_Chi_Minh:20250303T133000\n"
                   "DTEND;TZID=Asia/Ho_Chi_Minh:20250303T170000\n"
                   "RRULE:FREQ=MONTHLY;UNTIL=20250303T063000Z;BYDAY=1MO\n"
                   "SUMMARY:Giao ban lãnh đạo UBND huyện\n"
                   "STATUS:CONFIRMED\n"
                   "CATEGORIES:Lịch định kỳ\n");
  /* "tuần 3": all day over 17–21 March, not fixed, not keeping the week busy, its wording
   * first. */
  g_assert_cmpstr (visit, ==,
                   "SEQUENCE:0\n"
                   "DTSTART;VALUE=DATE:20250317\n"
                   "DTEND;VALUE=DATE:20250322\n"
                   "TRANSP:TRANSPARENT\n"
                   "SUMMARY:Kiểm tra tiến độ xây dựng trường học xã Bến Đò\n"
                   "DESCRIPTION:Thời gian: tuần 3\\n"
                   "Chủ trì: Phó Chủ tịch UBND huyện Lê Thị Hạnh\n"
                   "STATUS:TENTATIVE\n"
                   "CATEGORIES:Các cuộc họp\\, hội nghị\n");
  /* The meeting, the visit and the two rules; the meeting without a window and the tasks
   * are not exported. */
  g_assert_cmpuint (ics_count_lines (lines, "BEGIN:VEVENT"), ==, 4);
  g_assert_null (strstr (text, "Đoàn kiểm tra của tỉnh"));
  g_assert_null (strstr (text, "chuyển đổi số"));
  g_assert_null (strstr (text, "hồ sơ đất đai"));
  g_assert_cmpuint (left_out->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (left_out, 0), ==,
                   "“Làm việc với Đoàn kiểm tra của tỉnh” is not in the calendar file: its "
                   "time is “thời gian cụ thể thông báo sau”, with no dates. Give the days it "
                   "is expected in to export it.");
}

/* The report follows the export's choice: the rules' section alone leaves nothing out. */
static void
test_export_left_out_filter (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) unit = NULL;
  CtIcsExportOptions options;

  ct_ics_export_options_init (&options);
  options.section = 1;
  none = ct_ics_export_list_left_out (p, &options);
  g_assert_cmpuint (none->len, ==, 0);
  /* No agenda item of the vague meeting is prepared by the unit. */
  options.section = -1;
  options.unit = "Phòng Tài chính - Kế hoạch";
  unit = ct_ics_export_list_left_out (p, &options);
  g_assert_cmpuint (unit->len, ==, 0);
}

/* Monthly rules over the first half of 2025, read by python3-icalendar (dateutil) and by
 * ical.js: the same days as the calendar view gives. */
static CtItem *
add_monthly (CtSection   *section,
             const char  *title,
             CtRecurrence recurrence,
             int          month_day,
             guint        weekday,
             int          month_week,
             int          first_month,
             int          last_month)
{
  CtItem *item = ct_item_new (CT_ITEM_RECURRING);

  item->title = g_strdup (title);
  item->recurrence = recurrence;
  item->month_day = month_day;
  item->weekdays = weekday;
  item->month_week = month_week;
  item->start_date = ct_test_dmy (1, first_month, 2025);
  item->end_date = ct_test_dmy (g_date_get_days_in_month (last_month, 2025), last_month, 2025);
  ct_section_add_item (section, item);
  return item;
}

static CtProgramme *
monthly_programme (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *section = ct_programme_add_section (p, "Lịch định kỳ");
  CtItem *item;
  GDate day = ct_test_dmy (3, 3, 2025);

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2025, 3);
  add_monthly (section, "Kiểm tra cuối tháng", CT_RECURRENCE_MONTHLY_DAY, 31, 0, 0, 1, 6);
  item = add_monthly (section, "Sơ kết công tác tháng", CT_RECURRENCE_MONTHLY_WEEKDAY, 0,
                      CT_WEEKDAY_FRIDAY, -1, 1, 4);
  item->day_part = CT_DAY_PART_AFTERNOON;
  item = add_monthly (section, "Chào cờ đầu tháng", CT_RECURRENCE_MONTHLY_WEEKDAY, 0,
                      CT_WEEKDAY_MONDAY, 1, 2, 4);
  ct_item_add_exception (item, &day);
  item = add_monthly (section, "Tiếp công dân ngày 05", CT_RECURRENCE_MONTHLY_DAY, 5, 0, 0,
                      2, 4);
  item->day_part = CT_DAY_PART_MORNING;
  return p;
}

/* The "START END" lines of each monthly rule in @listing, then the same from the
 * calendar view's occurrences. */
static void
check_monthly_listing (CtProgramme *p,
                       const char  *listing)
{
  static const struct
  {
    const char *title;
    const char *days;
  } expected[] = {
    /* February, April and June have no 31st. */
    { "Kiểm tra cuối tháng", "2025-01-31 2025-02-01\n2025-03-31 2025-04-01\n"
                            "2025-05-31 2025-06-01\n" },
    /* The last Friday, 13:30–17:00 in Vietnam. */
    { "Sơ kết công tác tháng", "2025-01-31T06:30:00Z 2025-01-31T10:00:00Z\n"
                              "2025-02-28T06:30:00Z 2025-02-28T10:00:00Z\n"
                              "2025-03-28T06:30:00Z 2025-03-28T10:00:00Z\n"
                              "2025-04-25T06:30:00Z 2025-04-25T10:00:00Z\n" },
    /* The first Monday, 3 March taken out. */
    { "Chào cờ đầu tháng", "2025-02-03 2025-02-04\n2025-04-07 2025-04-08\n" },
    { "Tiếp công dân ngày 05", "2025-02-05T00:30:00Z 2025-02-05T04:30:00Z\n"
                              "2025-03-05T00:30:00Z 2025-03-05T04:30:00Z\n"
                              "2025-04-05T00:30:00Z 2025-04-05T04:30:00Z\n" },
  };
  g_autoptr(GPtrArray) all = ct_programme_expand_occurrences (p, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      CtItem *item = ics_find_titled (p, expected[i].title);
      g_autofree char *days = ics_occurrences_of (listing, item->uuid);
      GString *own = g_string_new (NULL);

      g_assert_cmpstr (days, ==, expected[i].days);
      for (guint j = 0; j < all->len; j++)
        {
          CtOccurrence *o = g_ptr_array_index (all, j);
          if (o->item == item)
            g_string_append_printf (own, "%04u-%02u-%02u\n", g_date_get_year (&o->date),
                                    g_date_get_month (&o->date), g_date_get_day (&o->date));
        }
      /* Same days as Congtac's own calendar. */
      {
        g_auto(GStrv) lines = g_strsplit (days, "\n", -1);
        GString *listed = g_string_new (NULL);

        for (guint j = 0; lines[j] && *lines[j]; j++)
          g_string_append_printf (listed, "%.10s\n", lines[j]);
        g_assert_cmpstr (listed->str, ==, own->str);
        g_string_free (listed, TRUE);
      }
      g_string_free (own, TRUE);
    }
}

static char *
write_monthly_export (CtProgramme **p)
{
  char *path = g_build_filename (tmpdir, "monthly.ics", NULL);
  g_autofree char *text = NULL;

  *p = monthly_programme ();
  text = ics_export_text (*p);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
test_parsers_monthly (void)
{
  g_autoptr(CtProgramme) p = NULL;
  g_autofree char *path = write_monthly_export (&p);
  g_autofree char *reason = NULL;
  g_autofree char *python = ics_python_listing (path, &reason);
  g_autofree char *icaljs = NULL;

  if (python != NULL)
    check_monthly_listing (p, python);
  g_clear_pointer (&reason, g_free);
  icaljs = ics_icaljs_listing (path, &reason);
  if (icaljs != NULL)
    check_monthly_listing (p, icaljs);
  if (python != NULL && icaljs != NULL)
    g_assert_cmpstr (python, ==, icaljs);
  if (python == NULL || icaljs == NULL)
    g_test_skip (reason);
}

int
main (int    argc,
      char **argv)
{
  int status;

  ct_test_init (&argc, &argv);

  g_test_add_func ("/ics/export/bytes", test_export_bytes);
  g_test_add_func ("/ics/export/structure", test_export_structure);
  g_test_add_func ("/ics/export/more-shapes", test_export_more_shapes);
  g_test_add_func ("/ics/export/day-part-times", test_export_day_part_times);
  g_test_add_func ("/ics/export/filters", test_export_filters);
  g_test_add_func ("/ics/export/choices", test_export_choices);
  g_test_add_func ("/ics/export/file", test_export_file);
  g_test_add_func ("/ics/export/year-range", test_export_year_range);
  g_test_add_func ("/ics/parsers/python-icalendar", test_parser_python);
  g_test_add_func ("/ics/parsers/ical.js", test_parser_icaljs);
  g_test_add_func ("/ics/stability", test_stability);
  g_test_add_func ("/ics/export/state", test_export_state);
  g_test_add_func ("/ics/export/left-out-filter", test_export_left_out_filter);
  g_test_add_func ("/ics/parsers/monthly", test_parsers_monthly);
  status = ct_test_run_in_folder ("test-ics-XXXXXX", &tmpdir);

  g_free (python_listing);
  g_clear_pointer (&parsed_programme, ct_programme_unref);
  return status;
}
