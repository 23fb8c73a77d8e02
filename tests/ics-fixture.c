/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "fixture-programme.h"
#include "ics-fixture.h"

const char *const ics_long_titles[ICS_N_LONG_TITLES] = {
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

CtItem *
ics_find_titled (CtProgramme *p,
                 const char  *title)
{
  CtItem *item = fixture_find_titled (p, title, NULL);

  g_assert_nonnull (item);
  return item;
}

/* The shared September 2023 fixture (briefing every Monday afternoon) plus what a real
 * programme also has: times, a location and a title with "," ";" "\", an agenda with
 * preparing units and a chair, a multi-day event, a second weekly rule with an exception,
 * and long titles. */
CtProgramme *
ics_seed_shaped_programme (void)
{
  CtProgramme *p = fixture_programme_september_2023 ();
  CtSection *section;
  CtItem *item;
  GDate day;

  p->subtitle = g_strdup ("công tác tháng 9, năm 2023; bản \\ sửa đổi");
  item = ics_find_titled (p, "Hội nghị đối thoại của Bí thư Huyện ủy với Nhân dân xã Đồi Chè");
  item->start_minute = 14 * 60;
  item->end_minute = 16 * 60 + 30;
  item->location = g_strdup ("Hội trường B, tầng 3; lối vào \\ cổng phụ");
  item = ics_find_titled (p, "Hội nghị Ban Thường vụ Huyện ủy");
  item->day_part = CT_DAY_PART_MORNING;
  item->chair = g_strdup ("Thường trực Huyện ủy");
  ct_item_add_agenda_item (item, "Báo cáo sơ kết đề án phát triển vùng cây ăn quả.",
                           "Văn phòng Huyện uỷ");
  ct_item_add_agenda_item (item, "Xem xét, thi hành kỷ luật đảng viên vi phạm.",
                           "UBKT Huyện ủy");
  ct_item_add_paragraph (item, "Dòng một\nDòng hai");

  section = ct_programme_add_section (p, "Hội nghị, hội thảo chuyên đề; tập huấn");
  add_event (section, "Lớp bồi dưỡng nghiệp vụ công tác văn phòng cấp ủy", 13, 15);
  for (guint i = 0; i < ICS_N_LONG_TITLES; i++)
    add_event (section, ics_long_titles[i], 5 + i, 0)->tentative = i % 2;

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

char *
ics_export_text (const CtProgramme *p)
{
  g_autoptr(GError) error = NULL;
  CtIcsExportOptions options;
  char *text;

  ct_ics_export_options_init (&options);
  options.now = ICS_STAMP;
  text = ct_ics_export (p, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* Content lines with folding undone (RFC 5545 §3.1). */
GStrv
ics_unfolded_lines (const char *text)
{
  g_autoptr(GString) s = g_string_new (text);

  g_string_replace (s, "\r\n ", "", 0);
  g_assert_true (g_str_has_suffix (s->str, "\r\n"));
  g_string_truncate (s, s->len - 2);
  return g_strsplit (s->str, "\r\n", -1);
}

guint
ics_count_lines (const GStrv lines,
             const char *line)
{
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    n += strcmp (lines[i], line) == 0;
  return n;
}

guint
ics_count_prefixed (const GStrv lines,
                const char *prefix)
{
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    n += g_str_has_prefix (lines[i], prefix);
  return n;
}

/* Shapes the seed does not have: an all-day weekly rule with an exception, a start time
 * with no end, and a course on three mornings. */
CtProgramme *
ics_more_shapes_programme (void)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *section;
  CtItem *item;
  GDate day;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2023, 9);
  section = ct_programme_add_section (p, "Trực cơ quan, họp chi bộ và tập huấn");
  item = ct_item_new (CT_ITEM_RECURRING);
  item->title = g_strdup ("Trực cơ quan ngày thứ Bảy");
  item->weekdays = CT_WEEKDAY_SATURDAY;
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 16, G_DATE_SEPTEMBER, 2023);
  ct_item_add_exception (item, &day);
  ct_section_add_item (section, item);
  item = add_event (section, "Họp chi bộ cơ quan", 12, 0);
  item->start_minute = 14 * 60;
  item = add_event (section, "Tập huấn nghiệp vụ văn thư, lưu trữ", 13, 15);
  item->day_part = CT_DAY_PART_MORNING;
  return p;
}

CtStore *
ics_open_store (const char *dir,
                const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  CtStore *store = ct_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

/* Bytes every export must have (RFC 5545 §3.1): no BOM, CRLF after every line and only
 * there, lines of at most 75 octets of valid UTF-8, no libical zone prefix. */
void
ics_assert_rfc5545_bytes (const char *text)
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

/* The export without the lines that name the copy rather than the events. */
char *
ics_events_only (const char *text)
{
  g_auto(GStrv) lines = ics_unfolded_lines (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i]; i++)
    if (!g_str_has_prefix (lines[i], "UID:") && !g_str_has_prefix (lines[i], "X-WR-CALNAME:") &&
        !g_str_has_prefix (lines[i], "LAST-MODIFIED:") && !g_str_has_prefix (lines[i], "DTSTAMP:"))
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (out, FALSE);
}

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

/* tests/ics-events.py's listing of @path, read with Debian's python3-icalendar; %NULL with
 * @reason set when that is not installed. */
char *
ics_python_listing (const char  *path,
                    char       **reason)
{
  g_autofree char *script = g_build_filename (TEST_SOURCE_DIR, "ics-events.py", NULL);
  const char *argv[] = { "/usr/bin/python3", script, path, NULL };

  if (!g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ||
      !g_spawn_command_line_sync ("/usr/bin/python3 -c 'import icalendar, dateutil'", NULL,
                                  NULL, NULL, NULL))
    {
      *reason = g_strdup ("Debian's python3-icalendar is not installed (apt-get install "
                          "python3-icalendar)");
      return NULL;
    }
  return run_parser (argv);
}

/* The same listing read with Mozilla's ical.js from CT_ICALJS_DIR; %NULL with @reason set
 * when build-aux/test could not install it. */
char *
ics_icaljs_listing (const char  *path,
                    char       **reason)
{
  g_autofree char *script = g_build_filename (TEST_SOURCE_DIR, "ics-events.cjs", NULL);
  g_autofree char *node = g_find_program_in_path ("node");
  const char *dir = g_getenv ("CT_ICALJS_DIR");
  g_autofree char *package = NULL;

  if (dir != NULL)
    package = g_build_filename (dir, "node_modules", "ical.js", "package.json", NULL);
  if (node == NULL || package == NULL || !g_file_test (package, G_FILE_TEST_EXISTS))
    {
      *reason = g_strdup ("ical.js is not installed: build-aux/test installs it from the npm "
                          "registry into CT_ICALJS_DIR; it could not (offline?)");
      return NULL;
    }
  return run_parser ((const char *[]) { node, script, path, dir, NULL });
}

/* The "START END" lines a listing gives for the item with @uuid. */
char *
ics_occurrences_of (const char *listing,
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
