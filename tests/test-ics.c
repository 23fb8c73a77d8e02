/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-ics-export.h"
#include "ct-ics-import.h"
#include "ct-store.h"
#include "fixture-programme.h"

/* Fixed DTSTAMP: 2023-09-01 00:00:00 UTC. */
#define STAMP G_GINT64_CONSTANT (1693526400)

static char *tmpdir;

/* Titles of 40+ Vietnamese letters (fictional), long enough to be folded. */
static const char *const long_titles[] = {
  "Hội nghị tổng kết phong trào thi đua yêu nước và biểu dương điển hình tiên tiến ở "
  "các xã vùng cao",
  "Hội thảo khoa học về việc bảo tồn giống vải thiều cổ thụ và phát triển du lịch sinh "
  "thái ven hồ",
  "Tọa đàm trao đổi kinh nghiệm xây dựng huyện nông thôn mới kiểu mẫu gắn với chuyển đổi "
  "số ở thôn bản",
};

static CtItem *
add_event (CtSection  *section,
           const char *title,
           int         day,
           int         last_day)
{
  GDate date;
  CtItem *item;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, G_DATE_SEPTEMBER, 2023);
  item = ct_item_new_event (title, &date);
  if (last_day > 0)
    g_date_set_dmy (&item->end_date, last_day, G_DATE_SEPTEMBER, 2023);
  ct_section_add_item (section, item);
  return item;
}

static CtItem *
find_titled (CtProgramme *p,
             const char  *title)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);
          if (g_strcmp0 (item->title, title) == 0)
            return item;
        }
    }
  g_assert_not_reached ();
}

/* The shared September 2023 fixture (briefing every Monday afternoon) plus what a real
 * programme also has: times, a location and a title with "," ";" "\", an agenda with
 * preparing units and a chair, a multi-day event, a second weekly rule with an exception,
 * and long titles. */
static CtProgramme *
seed_shaped_programme (void)
{
  CtProgramme *p = fixture_programme_september_2023 ();
  CtSection *section;
  CtItem *item;
  GDate day;

  p->subtitle = g_strdup ("công tác tháng 9, năm 2023; bản \\ sửa đổi");
  item = find_titled (p, "Hội nghị đối thoại của Bí thư Huyện ủy với Nhân dân xã Đồi Chè");
  item->start_minute = 14 * 60;
  item->end_minute = 16 * 60 + 30;
  item->location = g_strdup ("Hội trường B, tầng 3; lối vào \\ cổng phụ");
  item = find_titled (p, "Hội nghị Ban Thường vụ Huyện ủy");
  item->day_part = CT_DAY_PART_MORNING;
  item->chair = g_strdup ("Thường trực Huyện ủy");
  ct_item_add_agenda_item (item, "Báo cáo sơ kết đề án phát triển vùng cây ăn quả.",
                           "Văn phòng Huyện uỷ");
  ct_item_add_agenda_item (item, "Xem xét, thi hành kỷ luật đảng viên vi phạm.",
                           "UBKT Huyện ủy");
  ct_item_add_paragraph (item, "Dòng một\nDòng hai");

  section = ct_programme_add_section (p, "Hội nghị, hội thảo chuyên đề; tập huấn");
  add_event (section, "Lớp bồi dưỡng nghiệp vụ công tác văn phòng cấp ủy", 13, 15);
  for (guint i = 0; i < G_N_ELEMENTS (long_titles); i++)
    add_event (section, long_titles[i], 5 + i, 0)->tentative = i % 2;

  section = ct_programme_add_section (p, "Giao ban Ủy ban nhân dân huyện");
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup (section->title);
  item->weekdays = CT_WEEKDAY_TUESDAY | CT_WEEKDAY_THURSDAY;
  item->day_part = CT_DAY_PART_MORNING;
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 14, G_DATE_SEPTEMBER, 2023);
  ct_item_add_exception (item, &day);
  ct_section_add_item (section, item);
  return p;
}

static char *
export_text (const CtProgramme *p)
{
  g_autoptr(GError) error = NULL;
  CtIcsExportOptions options;
  char *text;

  ct_ics_export_options_init (&options);
  options.now = STAMP;
  text = ct_ics_export (p, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* Content lines with folding undone (RFC 5545 §3.1). */
static GStrv
unfolded_lines (const char *text)
{
  g_autoptr(GString) s = g_string_new (text);

  g_string_replace (s, "\r\n ", "", 0);
  g_assert_true (g_str_has_suffix (s->str, "\r\n"));
  g_string_truncate (s, s->len - 2);
  return g_strsplit (s->str, "\r\n", -1);
}

static guint
count_lines (const GStrv lines,
             const char *line)
{
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    n += strcmp (lines[i], line) == 0;
  return n;
}

static guint
count_prefixed (const GStrv lines,
                const char *prefix)
{
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    n += g_str_has_prefix (lines[i], prefix);
  return n;
}

static void
assert_rfc5545_bytes (const char *text)
{
  gsize length = strlen (text);
  guint n_lines = 0;

  g_assert_false (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (text, "END:VCALENDAR\r\n"));
  g_assert_null (strstr (text, "freeassociation"));
  for (const char *line = text; line < text + length; n_lines++)
    {
      const char *crlf = strstr (line, "\r\n");
      gsize n;

      g_assert_nonnull (crlf);
      n = crlf - line;
      g_assert_cmpuint (n, <=, 75);
      g_assert_null (memchr (line, '\n', n));
      g_assert_null (memchr (line, '\r', n));
      g_assert_true (g_utf8_validate_len (line, n, NULL));
      line = crlf + 2;
    }
  g_assert_cmpuint (n_lines, >, 20);
}

static void
test_export_bytes (void)
{
  g_autoptr(CtProgramme) p = seed_shaped_programme ();
  g_autofree char *text = export_text (p);
  g_auto(GStrv) lines = unfolded_lines (text);
  guint inside_character = 0;

  assert_rfc5545_bytes (text);

  /* The titles are placed so that a cut at octet 75 would split a letter: the test means
   * something. */
  for (guint i = 0; i < G_N_ELEMENTS (long_titles); i++)
    {
      g_autofree char *summary = g_strconcat ("SUMMARY:", long_titles[i], NULL);

      g_assert_cmpuint (g_utf8_strlen (long_titles[i], -1), >=, 40);
      g_assert_cmpuint (((guchar) summary[75] & 0xC0), ==, 0x80);
      g_assert_cmpuint (count_lines (lines, summary), ==, 1);
    }
  for (guint i = 0; lines[i]; i++)
    if (strlen (lines[i]) > 75 && ((guchar) lines[i][75] & 0xC0) == 0x80)
      inside_character++;
  g_assert_cmpuint (inside_character, >=, G_N_ELEMENTS (long_titles));

  /* One VTIMEZONE, ours, used by every TZID. */
  g_assert_cmpuint (count_lines (lines, "BEGIN:VTIMEZONE"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "TZID:Asia/Ho_Chi_Minh"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "TZOFFSETFROM:+0700"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "TZOFFSETTO:+0700"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "TZNAME:ICT"), ==, 1);
  for (guint i = 0; lines[i]; i++)
    if (strstr (lines[i], "TZID=") != NULL)
      g_assert_nonnull (strstr (lines[i], ";TZID=Asia/Ho_Chi_Minh:"));

  /* "," ";" "\" and line breaks escaped exactly once, in TEXT, CATEGORIES and X- values. */
  g_assert_cmpuint (count_lines (lines, "LOCATION:Hội trường B\\, tầng 3\\; lối vào \\\\ "
                                        "cổng phụ"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "X-WR-CALNAME:HUYỆN ỦY SÔNG MÂY - Chương trình công "
                                        "tác tháng 9\\, năm 2023\\; bản \\\\ sửa đổi"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "CATEGORIES:Hội nghị\\, hội thảo chuyên đề\\; tập "
                                        "huấn"), ==, 4);
  g_assert_cmpuint (count_lines (lines, "DESCRIPTION:Chủ trì: Thường trực Huyện ủy\\n"
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
  g_autoptr(CtProgramme) p = seed_shaped_programme ();
  g_autofree char *text = export_text (p);
  g_auto(GStrv) lines = unfolded_lines (text);
  CtItem *briefing = find_titled (p, "Giao ban Thường trực Huyện ủy");
  g_autofree char *uid = g_strconcat ("UID:", briefing->uuid, "@congtac.github.io", NULL);
  const char *const header[] = {
    "BEGIN:VCALENDAR", "PRODID:-//Congtac//Congtac " PACKAGE_VERSION "//VI", "VERSION:2.0",
    "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
  };

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    g_assert_cmpstr (lines[i], ==, header[i]);
  g_assert_cmpuint (count_lines (lines, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "BEGIN:VEVENT"), ==, 11);
  g_assert_cmpuint (count_lines (lines, "DTSTAMP:20230901T000000Z"), ==, 11);
  g_assert_cmpuint (count_lines (lines, "SEQUENCE:0"), ==, 11);
  g_assert_cmpuint (count_lines (lines, uid), ==, 1);

  /* The briefing: one VEVENT, chiều = 13:30–17:00, UNTIL the last Monday in UTC. */
  g_assert_cmpuint (count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230904T133000"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230904T170000"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "RRULE:FREQ=WEEKLY;UNTIL=20230925T063000Z;BYDAY=MO"),
                    ==, 1);
  /* The Tuesday/Thursday rule: sáng = 07:30, EXDATE of DTSTART's type and time. */
  g_assert_cmpuint (count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230905T073000"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "RRULE:FREQ=WEEKLY;UNTIL=20230928T003000Z;BYDAY=TU,TH"),
                    ==, 1);
  g_assert_cmpuint (count_lines (lines, "EXDATE;TZID=Asia/Ho_Chi_Minh:20230914T073000"), ==, 1);
  g_assert_cmpuint (count_prefixed (lines, "EXDATE"), ==, 1);
  /* All-day events end the day after (exclusive); timed ones at their time. */
  g_assert_cmpuint (count_lines (lines, "DTSTART;VALUE=DATE:20230908"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTEND;VALUE=DATE:20230909"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTSTART;VALUE=DATE:20230913"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTEND;VALUE=DATE:20230916"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230920T140000"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230920T163000"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230926T073000"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230926T113000"), ==, 1);
  /* Dự kiến → TENTATIVE. */
  g_assert_cmpuint (count_lines (lines, "STATUS:TENTATIVE"), ==, 5);
  g_assert_cmpuint (count_lines (lines, "STATUS:CONFIRMED"), ==, 6);
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
  lines = unfolded_lines (text);
  g_assert_cmpuint (count_lines (lines, "DTSTART;TZID=Asia/Ho_Chi_Minh:20230904T140000"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "DTEND;TZID=Asia/Ho_Chi_Minh:20230904T163000"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "RRULE:FREQ=WEEKLY;UNTIL=20230925T070000Z;BYDAY=MO"),
                    ==, 1);
}

static void
test_export_filters (void)
{
  g_autoptr(CtProgramme) p = seed_shaped_programme ();
  g_autoptr(GError) error = NULL;
  CtIcsExportOptions options;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  ct_ics_export_options_init (&options);
  options.now = STAMP;
  options.section = 7; /* VIII: the long titles and the multi-day course */
  text = ct_ics_export (p, &options, &error);
  g_assert_no_error (error);
  lines = unfolded_lines (text);
  g_assert_cmpuint (count_lines (lines, "BEGIN:VEVENT"), ==, 4);
  g_assert_cmpuint (count_prefixed (lines, "X-WR-CALNAME:HUYỆN ỦY SÔNG MÂY - Chương trình "
                                           "công tác tháng 9\\, năm 2023\\; bản \\\\ sửa đổi - "
                                           "Hội nghị\\, hội thảo"), ==, 1);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&lines, g_strfreev);

  /* "văn phòng huyện ủy" folds like "Văn phòng Huyện uỷ": the BTV conference only. */
  options.section = -1;
  options.unit = "VĂN PHÒNG HUYỆN ỦY";
  text = ct_ics_export (p, &options, &error);
  g_assert_no_error (error);
  lines = unfolded_lines (text);
  g_assert_cmpuint (count_lines (lines, "BEGIN:VEVENT"), ==, 1);
  g_assert_cmpuint (count_lines (lines, "SUMMARY:Hội nghị Ban Thường vụ Huyện ủy"), ==, 1);
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
  g_autoptr(CtProgramme) p = seed_shaped_programme ();
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
  g_autoptr(CtProgramme) p = seed_shaped_programme ();
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
  options.now = STAMP;
  g_assert_true (ct_ics_export_to_file (p, &options, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  expected = export_text (p);
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

/* ---- independent parsers ---- */

static char *
run_parser (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[1], err);
  return out;
}

/* Both parsers read the same file, so that their listings compare line for line. */
static CtProgramme *parsed_programme;

static char *
write_seed_shaped_export (void)
{
  char *path = g_build_filename (tmpdir, "seed-shaped.ics", NULL);

  if (parsed_programme == NULL)
    {
      g_autofree char *text = NULL;

      parsed_programme = seed_shaped_programme ();
      text = export_text (parsed_programme);
      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  return path;
}

/* The occurrences a parser printed for one UID, as "START END" lines. */
static char *
occurrences_of (const char *listing,
                const char *uuid)
{
  g_auto(GStrv) lines = g_strsplit (listing, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (fields) == 8 && g_str_has_prefix (fields[0], uuid))
        g_string_append_printf (out, "%s %s\n", fields[2], fields[3]);
    }
  return g_string_free (out, FALSE);
}

static void
check_parser_listing (CtProgramme *p,
                      const char  *listing)
{
  g_auto(GStrv) all = g_strsplit (listing, "\n", -1);
  g_autofree char *briefing = occurrences_of (listing, find_titled (p, "Giao ban Thường trực "
                                                                       "Huyện ủy")->uuid);
  g_autofree char *ubnd = occurrences_of (listing, find_titled (p, "Giao ban Ủy ban nhân dân "
                                                                   "huyện")->uuid);
  g_autofree char *info = occurrences_of (listing, find_titled (p, "Hội nghị thông tin chuyên "
                                                                   "đề cho cán bộ chủ chốt")->uuid);
  g_autofree char *course = occurrences_of (listing, find_titled (p, "Lớp bồi dưỡng nghiệp vụ "
                                                                     "công tác văn phòng cấp "
                                                                     "ủy")->uuid);
  g_autofree char *dialogue = occurrences_of (listing, find_titled (p, "Hội nghị đối thoại của "
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
  g_autofree char *script = g_build_filename (TEST_SOURCE_DIR, "ics-events.py", NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ||
      !g_spawn_command_line_sync ("/usr/bin/python3 -c 'import icalendar, dateutil'", NULL,
                                  NULL, NULL, NULL))
    {
      g_test_skip ("Debian's python3-icalendar is not installed (apt-get install "
                   "python3-icalendar)");
      return;
    }
  python_listing = run_parser (argv);
  check_parser_listing (parsed_programme, python_listing);
}

static void
test_parser_icaljs (void)
{
  g_autofree char *path = NULL;
  g_autofree char *script = g_build_filename (TEST_SOURCE_DIR, "ics-events.cjs", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *node = g_find_program_in_path ("node");
  const char *dir = g_getenv ("CT_ICALJS_DIR");
  g_autofree char *package = NULL;

  if (dir != NULL)
    package = g_build_filename (dir, "node_modules", "ical.js", "package.json", NULL);
  if (node == NULL || package == NULL || !g_file_test (package, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("ical.js is not installed: build-aux/test installs it from the npm "
                   "registry into CT_ICALJS_DIR; it could not (offline?)");
      return;
    }
  path = write_seed_shaped_export ();
  listing = run_parser ((const char *[]) { node, script, path, dir, NULL });
  check_parser_listing (parsed_programme, listing);
  /* The same events as python3-icalendar read from the same file. */
  if (python_listing != NULL)
    g_assert_true (g_strcmp0 (listing, python_listing) == 0);
}

/* ---- stability ---- */

static CtStore *
open_store (const char *name)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;
  CtStore *store = ct_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

/* "UID SEQUENCE" of every VEVENT of @p's export, in order. */
static char *
uid_sequences (const CtProgramme *p)
{
  g_autofree char *text = export_text (p);
  g_auto(GStrv) lines = unfolded_lines (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "UID:") || g_str_has_prefix (lines[i], "SEQUENCE:"))
      g_string_append_printf (out, "%s%c", lines[i], lines[i][0] == 'U' ? ' ' : '\n');
  return g_string_free (out, FALSE);
}

static void
test_stability (void)
{
  g_autoptr(CtStore) store = open_store ("stable.db");
  g_autoptr(CtStore) other = open_store ("other.db");
  g_autoptr(CtProgramme) p = seed_shaped_programme ();
  g_autoptr(CtProgramme) q = seed_shaped_programme ();
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
  moved = find_titled (loaded, "Hội nghị Ban Chấp hành Đảng bộ huyện");
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

/* ---- import ---- */

/* The export with the lines that name the copy rather than the events left out. */
static char *
events_only (const char *text)
{
  g_auto(GStrv) lines = unfolded_lines (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    if (!g_str_has_prefix (lines[i], "UID:") && !g_str_has_prefix (lines[i], "X-WR-CALNAME:") &&
        !g_str_has_prefix (lines[i], "LAST-MODIFIED:") && !g_str_has_prefix (lines[i], "DTSTAMP:"))
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (out, FALSE);
}

static void
test_round_trip (void)
{
  g_autoptr(CtStore) store = open_store ("round-trip.db");
  g_autoptr(CtProgramme) p = seed_shaped_programme ();
  g_autoptr(CtProgramme) empty = ct_programme_new ();
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *again = NULL, *a = NULL, *b = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "round-trip.ics", NULL);
  CtIcsImportResult result;
  CtItem *btv;

  g_assert_true (ct_store_save_programme (store, p, &error));
  text = export_text (p);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  ct_programme_set_period (empty, CT_PERIOD_KIND_MONTH, 2023, 9);
  g_assert_true (ct_store_save_programme (store, empty, &error));

  g_assert_true (ct_ics_import_file (store, empty->id, NULL, path, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 11);
  g_assert_cmpuint (result.updated, ==, 0);
  loaded = ct_store_load_programme (store, empty->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ct_programme_count_items (loaded), ==, 11);
  g_assert_cmpuint (loaded->sections->len, ==, 8);

  /* The same events, down to agenda, units, chair and paragraphs. */
  btv = find_titled (loaded, "Hội nghị Ban Thường vụ Huyện ủy");
  g_assert_cmpuint (btv->agenda->len, ==, 4);
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (btv->agenda, 2))->preparing_unit, ==,
                   "Văn phòng Huyện ủy");
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (btv->agenda, 3))->preparing_unit, ==,
                   "UBKT Huyện ủy");
  g_assert_cmpstr (btv->chair, ==, "Thường trực Huyện ủy");
  g_assert_cmpuint (btv->day_part, ==, CT_DAY_PART_MORNING);
  g_assert_true (btv->tentative);
  again = export_text (loaded);
  a = events_only (text);
  b = events_only (again);
  g_assert_cmpstr (a, ==, b);

  /* Importing again finds every UID: nothing added, no SEQUENCE raised. */
  g_assert_true (ct_ics_import_file (store, empty->id, NULL, path, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 11);
  g_clear_pointer (&loaded, ct_programme_unref);
  loaded = ct_store_load_programme (store, empty->id, &error);
  g_assert_cmpuint (ct_programme_count_items (loaded), ==, 11);
  g_clear_pointer (&again, g_free);
  again = export_text (loaded);
  g_free (b);
  b = events_only (again);
  g_assert_cmpstr (a, ==, b);

  /* Into the programme it came from: its own items are updated, nothing added. */
  g_assert_true (ct_ics_import_file (store, p->id, NULL, path, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 11);
}

static CtProgramme *
import_text (const char *text,
             int         section,
             GError    **error)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  CtIcsImportOptions options;

  ct_ics_import_options_init (&options);
  options.section = section;
  if (!ct_ics_import (p, &options, text, -1, NULL, error))
    return NULL;
  return g_steal_pointer (&p);
}

#define CAL(body) "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" body \
                  "END:VCALENDAR\r\n"
#define EVENT(uid, summary, times) "BEGIN:VEVENT\r\nUID:" uid "\r\nSUMMARY:" summary "\r\n" \
                                   times "END:VEVENT\r\n"

static const char berlin[] =
  "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
  "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
  "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";

static void
assert_times (CtProgramme *p,
              const char  *title,
              int          day,
              CtDayPart    part,
              int          start,
              int          end)
{
  CtItem *item = find_titled (p, title);

  g_assert_cmpuint (g_date_get_day (&item->start_date), ==, day);
  g_assert_cmpuint (g_date_get_month (&item->start_date), ==, 9);
  g_assert_cmpint (item->day_part, ==, part);
  g_assert_cmpint (item->start_minute, ==, start);
  g_assert_cmpint (item->end_minute, ==, end);
}

static void
test_import_timezones (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = NULL;
  g_autofree char *text = NULL;

  text = g_strconcat ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n", berlin,
                      EVENT ("utc@test", "Họp UTC", "DTSTART:20230911T020000Z\r\n"
                                                     "DTEND:20230911T033000Z\r\n")
                      EVENT ("floating@test", "Họp giờ địa phương",
                             "DTSTART:20230912T080000\r\nDTEND:20230912T093000\r\n")
                      EVENT ("berlin@test", "Họp Berlin",
                             "DTSTART;TZID=W. Europe Standard Time:20230913T083000\r\n"
                             "DTEND;TZID=W. Europe Standard Time:20230913T120000\r\n")
                      EVENT ("ny@test", "Họp New York",
                             "DTSTART;TZID=America/New_York:20230914T203000\r\n"
                             "DURATION:PT4H\r\n")
                      EVENT ("late@test", "Họp muộn", "DTSTART:20230915T160000Z\r\n"
                                                      "DTEND:20230915T170000Z\r\n")
                      EVENT ("allday@test", "Cả ngày", "DTSTART;VALUE=DATE:20230916\r\n"
                                                       "DTEND;VALUE=DATE:20230919\r\n"),
                      "END:VCALENDAR\r\n", NULL);
  p = import_text (text, -1, &error);
  g_assert_no_error (error);
  /* 02:00Z = 09:00 in Vietnam. */
  assert_times (p, "Họp UTC", 11, CT_DAY_PART_NONE, 9 * 60, 10 * 60 + 30);
  assert_times (p, "Họp giờ địa phương", 12, CT_DAY_PART_NONE, 8 * 60, 9 * 60 + 30);
  /* 08:30 CEST (UTC+2) = 13:30 ICT, to 17:00: "chiều". */
  assert_times (p, "Họp Berlin", 13, CT_DAY_PART_AFTERNOON, CT_NO_TIME, CT_NO_TIME);
  /* 20:30 EDT (UTC-4) on the 14th = 07:30 ICT on the 15th, to 11:30: "sáng". */
  assert_times (p, "Họp New York", 15, CT_DAY_PART_MORNING, CT_NO_TIME, CT_NO_TIME);
  /* 16:00Z = 23:00, ends at midnight: the next day does not start. */
  assert_times (p, "Họp muộn", 15, CT_DAY_PART_NONE, 23 * 60, 23 * 60 + 59);
  g_assert_false (g_date_valid (&find_titled (p, "Họp muộn")->end_date));
  assert_times (p, "Cả ngày", 16, CT_DAY_PART_NONE, CT_NO_TIME, CT_NO_TIME);
  g_assert_cmpuint (g_date_get_day (&find_titled (p, "Cả ngày")->end_date), ==, 18);
  /* No CATEGORIES: one new section for them all. */
  g_assert_cmpstr (((CtSection *) g_ptr_array_index (p->sections, 7))->title, ==,
                   "Sự kiện từ tệp lịch");
  g_assert_cmpuint (p->sections->len, ==, 8);
}

static void
test_import_rules (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = NULL;
  CtItem *weekly, *moved;
  guint n_monthly = 0;
  const char *text = CAL (
    EVENT ("weekly@test", "Giao ban khối Dân vận",
           "DTSTART;TZID=Asia/Ho_Chi_Minh:20230906T073000\r\n"
           "DTEND;TZID=Asia/Ho_Chi_Minh:20230906T113000\r\n"
           "RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE\r\n"
           "EXDATE;TZID=Asia/Ho_Chi_Minh:20230913T073000\r\n"
           "CATEGORIES:Giao ban Thường trực Huyện ủy\r\n")
    "BEGIN:VEVENT\r\nUID:weekly@test\r\nSUMMARY:Giao ban khối Dân vận (dời)\r\n"
    "RECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:20230920T073000\r\n"
    "DTSTART;TZID=Asia/Ho_Chi_Minh:20230921T133000\r\n"
    "DTEND;TZID=Asia/Ho_Chi_Minh:20230921T170000\r\nEND:VEVENT\r\n"
    EVENT ("monthly@test", "Sinh hoạt chi bộ",
           "DTSTART;VALUE=DATE:20230803\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=3\r\n"));

  p = import_text (text, -1, &error);
  g_assert_no_error (error);
  weekly = find_titled (p, "Giao ban khối Dân vận");
  g_assert_cmpint (weekly->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpuint (weekly->weekdays, ==, CT_WEEKDAY_WEDNESDAY);
  g_assert_cmpint (weekly->day_part, ==, CT_DAY_PART_MORNING);
  g_assert_cmpuint (g_date_get_day (&weekly->start_date), ==, 6);
  g_assert_cmpuint (g_date_get_day (&weekly->end_date), ==, 27);
  /* The EXDATE and the moved instance's day. */
  g_assert_cmpuint (weekly->exceptions->len, ==, 2);
  g_assert_cmpuint (g_date_get_day (&g_array_index (weekly->exceptions, GDate, 0)), ==, 13);
  g_assert_cmpuint (g_date_get_day (&g_array_index (weekly->exceptions, GDate, 1)), ==, 20);
  /* Filed under the existing section named by CATEGORIES. */
  g_assert_cmpuint (((CtSection *) g_ptr_array_index (p->sections, 6))->items->len, ==, 2);
  moved = find_titled (p, "Giao ban khối Dân vận (dời)");
  assert_times (p, "Giao ban khối Dân vận (dời)", 21, CT_DAY_PART_AFTERNOON, CT_NO_TIME,
                CT_NO_TIME);
  g_assert_cmpint (moved->kind, ==, CT_ITEM_EVENT);
  /* A monthly rule cannot be a weekly one: its day inside September becomes an event. */
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);
      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);
          if (g_strcmp0 (item->title, "Sinh hoạt chi bộ") == 0)
            {
              n_monthly++;
              g_assert_cmpint (item->kind, ==, CT_ITEM_EVENT);
              g_assert_cmpuint (g_date_get_day (&item->start_date), ==, 3);
              g_assert_cmpuint (g_date_get_month (&item->start_date), ==, 9);
            }
        }
    }
  g_assert_cmpuint (n_monthly, ==, 1);
}

static void
test_import_section (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = NULL;
  const char *text = CAL (EVENT ("a@test", "Hội nghị A", "DTSTART;VALUE=DATE:20230907\r\n"
                                                       "CATEGORIES:Không có phần này\r\n"));

  p = import_text (text, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (p->sections->len, ==, 7);
  g_assert_cmpuint (((CtSection *) g_ptr_array_index (p->sections, 1))->items->len, ==, 2);
  g_assert_null (import_text (text, 7, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_SECTION);
}

static void
test_import_bad (void)
{
  static const struct { const char *text; int code; const char *message; } cases[] = {
    { "Chương trình công tác tháng 9\n", CT_ICS_ERROR_NOT_CALENDAR,
      "This is not a calendar file: it does not begin with BEGIN:VCALENDAR." },
    { "BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n", CT_ICS_ERROR_NOT_CALENDAR, NULL },
    { "BEGIN:VCALENDAR\r\n\xC3\x28\r\nEND:VCALENDAR\r\n", CT_ICS_ERROR_NOT_CALENDAR,
      "This is not a calendar file: it is not UTF-8 text." },
    { "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20230901\r\n",
      CT_ICS_ERROR_MALFORMED,
      "The calendar file is incomplete: a BEGIN has no matching END." },
    { CAL (EVENT ("x", "Họp", "DTSTART:2023-09-xx\r\n")), CT_ICS_ERROR_MALFORMED, NULL },
    { CAL (EVENT ("x", "Họp", "DTSTART:20230901\r\nbroken line\r\n")), CT_ICS_ERROR_MALFORMED,
      NULL },
    { CAL (EVENT ("x", "Họp", "DTEND:20230901T100000Z\r\n")), CT_ICS_ERROR_MALFORMED,
      "The event “Họp” has no start date." },
    { CAL (EVENT ("x", "Họp", "DTSTART;TZID=Nowhere/Atlantis:20230901T100000\r\n")),
      CT_ICS_ERROR_UNKNOWN_TIMEZONE,
      "The time zone “Nowhere/Atlantis” of the event “Họp” is neither defined in the file "
      "nor a known zone name." },
    { CAL (""), CT_ICS_ERROR_NO_EVENTS, "The calendar file holds no events." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
      g_autoptr(GError) error = NULL;
      guint n_items = ct_programme_count_items (p);
      guint n_sections = p->sections->len;

      g_assert_false (ct_ics_import (p, NULL, cases[i].text, -1, NULL, &error));
      g_assert_error (error, CT_ICS_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpuint (ct_programme_count_items (p), ==, n_items);
      g_assert_cmpuint (p->sections->len, ==, n_sections);
    }
}

/* A bad event after good ones: the stored programme is not touched. */
static void
test_import_file_atomic (void)
{
  g_autoptr(CtStore) store = open_store ("atomic.db");
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "half-bad.ics", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "no-such.ics", NULL);
  const char *text = CAL (EVENT ("good@test", "Họp tốt", "DTSTART;VALUE=DATE:20230907\r\n")
                          EVENT ("bad@test", "Họp hỏng",
                                 "DTSTART;TZID=Nowhere/Atlantis:20230908T100000\r\n"));

  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_false (ct_ics_import_file (store, p->id, NULL, path, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_UNKNOWN_TIMEZONE);
  g_clear_error (&error);
  loaded = ct_store_load_programme (store, p->id, &error);
  g_assert_cmpuint (ct_programme_count_items (loaded), ==, ct_programme_count_items (p));

  g_assert_false (ct_ics_import_file (store, p->id, NULL, missing, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_IO);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }
  g_clear_pointer (&dir, g_dir_close);
  g_rmdir (path);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("test-ics-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/ics/export/bytes", test_export_bytes);
  g_test_add_func ("/ics/export/structure", test_export_structure);
  g_test_add_func ("/ics/export/day-part-times", test_export_day_part_times);
  g_test_add_func ("/ics/export/filters", test_export_filters);
  g_test_add_func ("/ics/export/choices", test_export_choices);
  g_test_add_func ("/ics/export/file", test_export_file);
  g_test_add_func ("/ics/parsers/python-icalendar", test_parser_python);
  g_test_add_func ("/ics/parsers/ical.js", test_parser_icaljs);
  g_test_add_func ("/ics/stability", test_stability);
  g_test_add_func ("/ics/import/round-trip", test_round_trip);
  g_test_add_func ("/ics/import/timezones", test_import_timezones);
  g_test_add_func ("/ics/import/rules", test_import_rules);
  g_test_add_func ("/ics/import/section", test_import_section);
  g_test_add_func ("/ics/import/bad-input", test_import_bad);
  g_test_add_func ("/ics/import/file-atomic", test_import_file_atomic);
  status = g_test_run ();

  g_free (python_listing);
  g_clear_pointer (&parsed_programme, ct_programme_unref);
  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
