/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <libxml/HTMLparser.h>
#include <string.h>
#include <unistd.h>

#include "ct-export.h"
#include "ct-holidays.h"
#include "ct-ics-export.h"
#include "ct-ics.h"
#include "fixture-programme.h"
#include "ics-fixture.h"
#include "test-util.h"

/* The weekly schedule written as HTML (a page, and a fragment for a portal's editor) and
 * as a calendar file whose events keep the UIDs of the month's. */

#define ADDED_TITLE "Làm việc với Đoàn kiểm tra của Tỉnh ủy"
/* A title a web page must not take for markup. */
#define MARKUP_TITLE "Họp \"Tổ công tác\" <script>alert('x')</script> & rà soát"

static const char *const column_names[] = {
  "Thứ/Ngày", "Buổi/Giờ", "Nội dung", "Chủ trì (lãnh đạo dự)", "Thành phần", "Địa điểm",
  "Đơn vị chuẩn bị",
};

/* The September 2023 programme and a programme of week 39 with two items the month does
 * not have: on Wednesday 27 at 14:00, and on Monday 25 at 8:00 a meeting whose title and
 * cells hold markup characters and line breaks. */
static CtProgramme *
week_programme (void)
{
  CtProgramme *extra = ct_programme_new ();
  CtSection *section;
  GDate date;
  CtItem *item;

  ct_programme_set_period (extra, CT_PERIOD_KIND_WEEK, 2023, 39);
  section = ct_programme_add_section (extra, "Phát sinh");
  g_date_set_dmy (&date, 27, G_DATE_SEPTEMBER, 2023);
  item = ct_item_new_event (ADDED_TITLE, &date);
  item->day_part = CT_DAY_PART_AFTERNOON;
  item->start_minute = 14 * 60;
  ct_section_add_item (section, item);

  g_date_set_dmy (&date, 25, G_DATE_SEPTEMBER, 2023);
  item = ct_item_new_event (MARKUP_TITLE, &date);
  item->day_part = CT_DAY_PART_MORNING;
  item->start_minute = 8 * 60;
  item->chair = g_strdup ("Phó Bí thư Thường trực");
  item->participants = g_strdup ("Tổ công tác & các phòng");
  item->location = g_strdup ("Phòng họp số 2\nTầng 3");
  ct_section_add_item (section, item);
  return extra;
}

static CtWeek *
week_39 (CtProgramme **month,
         CtProgramme **extra)
{
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();

  *month = fixture_programme_september_2023 ();
  *extra = week_programme ();
  g_ptr_array_add (programmes, *month);
  g_ptr_array_add (programmes, *extra);
  return ct_week_new (2023, 39, programmes, ct_holidays_get_default ());
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_test_message ("“%s” is not in:\n%s", part, text);
  g_assert_nonnull (strstr (text, part));
}

/* The page: its head, the heading lines, the columns, the day cell spanning its rows,
 * the mark of an added item, the text escaped; no script and nothing to fetch. */
static void
test_page (void)
{
  g_autoptr(CtProgramme) month = NULL, extra = NULL;
  g_autoptr(CtWeek) week = week_39 (&month, &extra);
  g_autofree char *html = ct_export_week_html (week, month, FALSE);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n"
                                         "<meta charset=\"utf-8\">\n"));
  assert_contains (html, "<title>HUYỆN ỦY SÔNG MÂY - Lịch công tác tuần 39, từ ngày "
                         "25/9/2023 đến ngày 01/10/2023</title>");
  assert_contains (html, "<style>\n@page { size: A4 landscape;");
  assert_contains (html, "<p class=\"issuer\">HUYỆN ỦY SÔNG MÂY</p>\n"
                         "<p class=\"title\">LỊCH CÔNG TÁC TUẦN</p>\n"
                         "<p class=\"heading\">(Tuần 39, từ ngày 25/9/2023 đến ngày "
                         "01/10/2023)</p>\n<table class=\"schedule\">");
  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    {
      g_autofree char *th = g_strdup_printf ("%%\">%s</th>", column_names[i]);

      assert_contains (html, th);
    }
  assert_contains (html, "<tr class=\"entry\" valign=\"top\"><td class=\"day\" rowspan=\"2\">"
                         "Thứ Hai<br>25/9/2023</td>"
                         "<td class=\"when\">8 giờ 00</td>");
  assert_contains (html, "<td class=\"day\" rowspan=\"1\">Thứ Tư<br>27/9/2023</td>"
                         "<td class=\"when\">14 giờ 00</td>"
                         "<td class=\"cell\">" ADDED_TITLE "<br>(bổ sung)</td>");
  assert_contains (html, "<td class=\"cell\">Họp &quot;Tổ công tác&quot; "
                         "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; rà soát<br>"
                         "(bổ sung)</td>");
  assert_contains (html, "<td class=\"cell\">Tổ công tác &amp; các phòng</td>"
                         "<td class=\"cell\">Phòng họp số 2<br>Tầng 3</td>");
  /* Saturday and Sunday hold nothing and are not listed. */
  g_assert_null (strstr (html, "Thứ Bảy"));
  g_assert_null (strstr (html, "Chủ nhật"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "href="));
  g_assert_null (strstr (html, "url("));
  g_assert_null (strstr (html, "@import"));
  g_assert_true (g_str_has_suffix (html, "</table>\n</body>\n</html>\n"));
}

/* The fragment: the heading lines and the table alone, every element but <br> styled
 * inline, no class and no <style>. */
static void
test_fragment (void)
{
  g_autoptr(CtProgramme) month = NULL, extra = NULL;
  g_autoptr(CtWeek) week = week_39 (&month, &extra);
  g_autofree char *html = ct_export_week_html (week, month, TRUE);
  guint n_tags = 0;

  g_assert_true (g_str_has_prefix (html, "<p style=\"margin:0;text-align:center;"
                                         "font-weight:bold;"));
  assert_contains (html, ">HUYỆN ỦY SÔNG MÂY</p>\n");
  assert_contains (html, ">LỊCH CÔNG TÁC TUẦN</p>\n");
  assert_contains (html, ">(Tuần 39, từ ngày 25/9/2023 đến ngày 01/10/2023)</p>\n<table ");
  assert_contains (html, " rowspan=\"2\">Thứ Hai<br>25/9/2023</td>");
  assert_contains (html, "<th style=\"border:1px solid #000;padding:4pt;text-align:center;"
                         "vertical-align:middle;font-weight:bold;width:12%\" width=\"12%\">"
                         "Thứ/Ngày</th>");
  assert_contains (html, "&lt;script&gt;");
  g_assert_null (strstr (html, "<style"));
  g_assert_null (strstr (html, "class="));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<html"));
  g_assert_null (strstr (html, "<body"));
  g_assert_true (g_str_has_suffix (html, "</tr>\n</table>\n"));
  for (const char *p = strchr (html, '<'); p != NULL; p = strchr (p + 1, '<'))
    {
      const char *end = strchr (p, '>');

      g_assert_nonnull (end);
      if (p[1] == '/' || g_str_has_prefix (p, "<br>"))
        continue;
      n_tags++;
      if (g_strstr_len (p, end - p, " style=\"") == NULL)
        g_error ("not styled inline: %.*s", (int) (end - p + 1), p);
    }
  /* 3 lines, the table, 7 rows (head and 6 entries), 7 heads, 5 day cells, 36 cells. */
  g_assert_cmpuint (n_tags, ==, 3 + 1 + 7 + 7 + 5 + 36);
}

/* A day off without entries is one row saying so; a working day without entries keeps
 * its empty cells. Week 36 of 2025: 1 and 2 September are days off (Quốc khánh). */
static void
test_day_off (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autofree char *html = NULL, *off = NULL, *free_day = NULL;
  GDate date;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2025, 9);
  g_date_set_dmy (&date, 3, G_DATE_SEPTEMBER, 2025);
  ct_section_add_item (ct_programme_add_section (p, "Hội nghị"),
                       ct_item_new_event ("Hội nghị sơ kết", &date));
  g_ptr_array_add (programmes, p);
  week = ct_week_new (2025, 36, programmes, ct_holidays_get_default ());
  g_assert_cmpint (week->days[1].info.kind, ==, CT_DAY_KIND_HOLIDAY);
  html = ct_export_week_html (week, NULL, FALSE);
  /* 2 September: in Vietnamese whatever the interface's language (C here). */
  off = g_strdup ("<td class=\"off\" colspan=\"6\">Nghỉ Quốc khánh</td></tr>\n");
  assert_contains (html, off);
  free_day = g_strdup_printf ("rowspan=\"1\">Thứ Năm<br>04/9/2025</td>"
                              "<td class=\"when\"></td>%s</tr>\n",
                              "<td class=\"cell\"></td><td class=\"cell\"></td>"
                              "<td class=\"cell\"></td><td class=\"cell\"></td>"
                              "<td class=\"cell\"></td>");
  assert_contains (html, free_day);
  /* Without a programme to head it, the page starts with the title. */
  g_assert_null (strstr (html, "class=\"issuer\""));
  assert_contains (html, "<title>Lịch công tác tuần 36, từ ngày 01/9/2025");
}

static int html_errors;

static void
count_error (void       *data,
             xmlErrorPtr error)
{
  g_test_message ("libxml2: line %d: %s", error->line, error->message);
  html_errors++;
}

/* The visible words of the table's cells, in document order. */
static void
collect_words (xmlNode   *node,
               gboolean   in_cell,
               GPtrArray *words)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      gboolean cell = in_cell || (n->type == XML_ELEMENT_NODE &&
                                  (xmlStrcmp (n->name, BAD_CAST "td") == 0 ||
                                   xmlStrcmp (n->name, BAD_CAST "th") == 0));

      if (n->type == XML_TEXT_NODE && in_cell)
        {
          g_auto(GStrv) parts = g_strsplit_set ((const char *) n->content, " \n\t", -1);

          for (guint i = 0; parts[i] != NULL; i++)
            if (*parts[i] != '\0')
              g_ptr_array_add (words, g_strdup (parts[i]));
        }
      collect_words (n->children, cell, words);
    }
}

static void
add_words (GPtrArray  *words,
           const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text ? text : "", " \n", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
}

/* The words of the cells as the ct_week_*() functions word them. */
static GPtrArray *
expected_words (const CtWeek *week)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    add_words (words, column_names[i]);
  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *label = ct_week_day_dup_label (&week->days[d]);

      if (!ct_week_day_is_shown (week, d))
        continue;
      add_words (words, label);
      for (guint i = 0; i < week->days[d].entries->len; i++)
        {
          const CtWeekEntry *entry = g_ptr_array_index (week->days[d].entries, i);
          char *cells[] = { ct_week_entry_dup_when (entry), ct_week_entry_dup_content (entry),
                            ct_week_entry_dup_chair (entry),
                            g_strdup (entry->occurrence->item->participants),
                            g_strdup (entry->occurrence->item->location),
                            ct_week_entry_dup_preparing (entry) };

          for (guint k = 0; k < G_N_ELEMENTS (cells); k++)
            {
              add_words (words, cells[k]);
              g_free (cells[k]);
            }
        }
    }
  return words;
}

static void
assert_same_words (GPtrArray *got,
                   GPtrArray *expected)
{
  for (guint i = 0; i < MIN (got->len, expected->len); i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, g_ptr_array_index (expected, i));
  g_assert_cmpuint (got->len, ==, expected->len);
}

/* libxml2's HTML parser reads both forms without an error, and their cells say, word for
 * word, what the week's wording functions say. */
static void
test_parsed (void)
{
  g_autoptr(CtProgramme) month = NULL, extra = NULL;
  g_autoptr(CtWeek) week = week_39 (&month, &extra);
  g_autoptr(GPtrArray) expected = expected_words (week);

  g_assert_cmpuint (expected->len, >, 60);
  for (int fragment = 0; fragment <= 1; fragment++)
    {
      g_autofree char *html = ct_export_week_html (week, month, fragment);
      g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
      htmlDocPtr doc;

      html_errors = 0;
      xmlSetStructuredErrorFunc (NULL, count_error);
      doc = htmlReadMemory (html, strlen (html), "week.html", "UTF-8", HTML_PARSE_NONET);
      xmlSetStructuredErrorFunc (NULL, NULL);
      g_assert_nonnull (doc);
      g_assert_cmpint (html_errors, ==, 0);
      collect_words (xmlDocGetRootElement (doc), FALSE, words);
      xmlFreeDoc (doc);
      assert_same_words (words, expected);
    }
}

static const char *const conferences[] = {
  "Hội nghị Ban Thường vụ Huyện ủy", "Hội nghị Ban Chấp hành Đảng bộ huyện",
  "Hội nghị thông tin thường kỳ",
};

static char *
export_week_text (const CtWeek *week)
{
  g_autoptr(GError) error = NULL;
  CtIcsExportOptions options;
  char *text;

  ct_ics_export_options_init (&options);
  options.now = ICS_STAMP;
  text = ct_ics_export_week (week, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

/* The VEVENT of @text whose UID starts with @uuid, unfolded; NULL when there is none. */
static char *
event_of (const char *text,
          const char *uuid)
{
  g_auto(GStrv) lines = ics_unfolded_lines (text);
  g_autofree char *uid = g_strconcat ("UID:", uuid, "@", NULL);
  g_autoptr(GString) event = NULL;
  guint start = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_equal (lines[i], "BEGIN:VEVENT"))
        start = i;
      if (g_str_has_prefix (lines[i], uid))
        {
          event = g_string_new (NULL);
          for (guint k = start; !g_str_equal (lines[k], "END:VEVENT"); k++)
            g_string_append_printf (event, "%s\n", lines[k]);
          return g_string_free (g_steal_pointer (&event), FALSE);
        }
    }
  return NULL;
}

/* The value of the first line of @event starting with @prefix. */
static char *
value_of (const char *event,
          const char *prefix)
{
  const char *line = strstr (event, prefix);

  g_assert_nonnull (line);
  line += strlen (prefix);
  return g_strndup (line, strcspn (line, "\n"));
}

/* The week's conferences are the month's VEVENTs as they are; the Monday briefing is the
 * instance of 25 September of the month's rule; nothing of 8 or 20 September; the
 * week's own items are there. */
static void
test_ics_uids (void)
{
  g_autoptr(CtProgramme) month = NULL, extra = NULL;
  g_autoptr(CtWeek) week = week_39 (&month, &extra);
  g_autofree char *month_text = ics_export_text (month);
  g_autofree char *text = export_week_text (week);
  g_auto(GStrv) lines = ics_unfolded_lines (text);
  CtItem *briefing = ics_find_titled (month, "Giao ban Thường trực Huyện ủy");
  g_autofree char *rule = event_of (month_text, briefing->uuid);
  g_autofree char *instance = event_of (text, briefing->uuid);
  g_autofree char *rule_start = value_of (rule, "\nDTSTART;TZID=Asia/Ho_Chi_Minh:");
  g_autofree char *start = value_of (instance, "\nDTSTART;TZID=Asia/Ho_Chi_Minh:");
  g_autofree char *recurrence = value_of (instance, "\nRECURRENCE-ID;TZID=Asia/Ho_Chi_Minh:");
  g_autofree char *added = event_of (text, ics_find_titled (extra, ADDED_TITLE)->uuid);

  ics_assert_rfc5545_bytes (text);
  g_assert_cmpuint (ics_count_lines (lines, "BEGIN:VEVENT"), ==, 6);
  g_assert_cmpuint (ics_count_prefixed (lines, "RRULE"), ==, 0);
  g_assert_cmpuint (ics_count_lines (lines, "X-WR-CALNAME:HUYỆN ỦY SÔNG MÂY - Lịch công tác "
                                            "tuần 39\\, từ ngày 25/9/2023 đến ngày 01/10/2023"),
                    ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (conferences); i++)
    {
      const char *uuid = ics_find_titled (month, conferences[i])->uuid;
      g_autofree char *of_month = event_of (month_text, uuid);
      g_autofree char *of_week = event_of (text, uuid);

      g_assert_nonnull (of_month);
      g_assert_cmpstr (of_week, ==, of_month);
    }
  g_assert_null (strstr (text, ics_find_titled (month, "Hội nghị thông tin chuyên đề cho cán "
                                                       "bộ chủ chốt")->uuid));
  g_assert_null (strstr (text, ics_find_titled (month, "Hội nghị đối thoại của Bí thư Huyện "
                                                       "ủy với Nhân dân xã Đồi Chè")->uuid));
  g_assert_null (strstr (text, "20230908"));
  g_assert_null (strstr (text, "20230920"));
  /* The rule's day: same UID and SEQUENCE, the start the rule gives 25 September. */
  g_assert_true (g_str_has_prefix (rule_start, "20230904T"));
  g_assert_cmpstr (start + 8, ==, rule_start + 8);
  g_assert_true (g_str_has_prefix (start, "20230925T"));
  g_assert_cmpstr (recurrence, ==, start);
  assert_contains (instance, "\nSEQUENCE:0\n");
  g_assert_null (strstr (instance, "RRULE"));
  assert_contains (added, "\nDTSTART;TZID=Asia/Ho_Chi_Minh:20230927T140000\n");
  assert_contains (added, "\nSUMMARY:" ADDED_TITLE " (bổ sung)\n");
}

static char *
write_temporary (const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("week-XXXXXX.ics", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* The field @field of the listing's line (tests/ics-events.py) whose SUMMARY is @title. */
static char *
listed (const char *listing,
        const char *title,
        guint       field)
{
  g_auto(GStrv) lines = g_strsplit (listing, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      if (g_strv_length (fields) == 8 && g_str_equal (fields[1], title))
        return g_strdup (fields[field]);
    }
  return NULL;
}

/* What a reader lists of the week: six occurrences, each of the month's events one of
 * the month's occurrences as listed, the conferences under the month's UIDs. */
static void
check_listing (const char *week_listing,
               const char *month_listing)
{
  g_auto(GStrv) lines = g_strsplit (week_listing, "\n", -1);
  g_autofree char *added_start = listed (week_listing, ADDED_TITLE " (bổ sung)", 2);
  guint n_events = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 4);

      /* A LOCATION over two lines continues its event's line. */
      if (g_strv_length (fields) < 4 || strchr (fields[0], '@') == NULL)
        continue;
      n_events++;
      g_assert_true (g_str_has_prefix (fields[2], "2023-09-2"));
      g_assert_false (g_str_has_prefix (fields[2], "2023-09-20"));
      if (strstr (month_listing, fields[0]) != NULL)
        g_assert_nonnull (strstr (month_listing, lines[i]));
    }
  g_assert_cmpuint (n_events, ==, 6);
  for (guint i = 0; i < G_N_ELEMENTS (conferences); i++)
    {
      g_autofree char *uid = listed (week_listing, conferences[i], 0);
      g_autofree char *month_uid = listed (month_listing, conferences[i], 0);

      g_assert_nonnull (uid);
      g_assert_cmpstr (uid, ==, month_uid);
    }
  g_assert_cmpstr (added_start, ==, "2023-09-27T07:00:00Z");
  g_assert_nonnull (strstr (week_listing, "Giao ban Thường trực Huyện ủy\t2023-09-25T"));
}

/* python3-icalendar and ical.js read the week's file as the week's six occurrences. */
static void
test_ics_readers (void)
{
  g_autoptr(CtProgramme) month = NULL, extra = NULL;
  g_autoptr(CtWeek) week = week_39 (&month, &extra);
  g_autofree char *month_text = ics_export_text (month);
  g_autofree char *text = export_week_text (week);
  g_autofree char *month_path = write_temporary (month_text);
  g_autofree char *path = write_temporary (text);
  g_autofree char *reason = NULL, *js_reason = NULL;
  g_autofree char *listing = NULL, *month_listing = NULL;
  g_autofree char *js_listing = NULL, *js_month_listing = NULL;

  if ((listing = ics_python_listing (path, &reason)) != NULL)
    {
      month_listing = ics_python_listing (month_path, &reason);
      check_listing (listing, month_listing);
    }
  if ((js_listing = ics_icaljs_listing (path, &js_reason)) != NULL)
    {
      js_month_listing = ics_icaljs_listing (month_path, &js_reason);
      check_listing (js_listing, js_month_listing);
    }
  g_unlink (path);
  g_unlink (month_path);
  if (listing != NULL && js_listing != NULL)
    g_assert_cmpstr (js_listing, ==, listing);
  if (listing == NULL || js_listing == NULL)
    g_test_skip (listing == NULL ? reason : js_reason);
}

/* The week with a month's conference moved (Thursday 28 to Friday 29 at 8:00) and
 * another postponed: the web page prints the marks in the content cell; the calendar file
 * writes each under the month item's UID (one VEVENT each, SEQUENCE above the month's),
 * the mark at the end of its SUMMARY, the postponed one CANCELLED; the week items' own
 * UIDs are not in it. */
static void
test_marks (void)
{
  g_autoptr(CtProgramme) month = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) extra = fixture_programme_week_39_2023_marked (month);
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autofree char *html = NULL, *text = NULL, *moved = NULL, *postponed = NULL;
  g_auto(GStrv) lines = NULL;
  CtItem *moved_month = ics_find_titled (month, "Hội nghị Ban Chấp hành Đảng bộ huyện");
  CtItem *postponed_month = ics_find_titled (month, "Hội nghị thông tin thường kỳ");
  CtSection *linked = g_ptr_array_index (extra->sections, 1);
  g_autofree char *moved_uid = g_strconcat ("UID:", moved_month->uuid, "@", NULL);

  g_ptr_array_add (programmes, month);
  g_ptr_array_add (programmes, extra);
  week = ct_week_new (2023, 39, programmes, ct_holidays_get_default ());

  html = ct_export_week_html (week, month, FALSE);
  assert_contains (html, "<td class=\"day\" rowspan=\"2\">Thứ Sáu<br>29/9/2023</td>"
                         "<td class=\"when\"></td><td class=\"cell\">Dự kiến: Hội nghị thông "
                         "tin thường kỳ<br>(hoãn)</td>");
  assert_contains (html, "<td class=\"when\">8 giờ 00</td><td class=\"cell\">Hội nghị Ban "
                         "Chấp hành Đảng bộ huyện<br>(điều chỉnh)</td>");
  g_assert_null (strstr (html, "Thứ Năm<br>28/9/2023</td><td class=\"when\"></td>"
                               "<td class=\"cell\">Dự kiến"));

  text = export_week_text (week);
  ics_assert_rfc5545_bytes (text);
  lines = ics_unfolded_lines (text);
  g_assert_cmpuint (ics_count_prefixed (lines, moved_uid), ==, 1);
  moved = event_of (text, moved_month->uuid);
  assert_contains (moved, "\nSUMMARY:Hội nghị Ban Chấp hành Đảng bộ huyện (điều chỉnh)\n");
  assert_contains (moved, "\nDTSTART;TZID=Asia/Ho_Chi_Minh:20230929T080000\n");
  assert_contains (moved, "\nSEQUENCE:1\n");
  assert_contains (moved, "\nSTATUS:CONFIRMED\n");
  postponed = event_of (text, postponed_month->uuid);
  assert_contains (postponed, "\nSUMMARY:Hội nghị thông tin thường kỳ (hoãn)\n");
  assert_contains (postponed, "\nSTATUS:CANCELLED\n");
  assert_contains (postponed, "\nSEQUENCE:1\n");
  for (guint i = 0; i < linked->items->len; i++)
    g_assert_null (strstr (text, ((CtItem *) g_ptr_array_index (linked->items, i))->uuid));
}

/* A week with nothing to write says so. */
static void
test_ics_empty (void)
{
  g_autoptr(CtProgramme) month = fixture_programme_september_2023 ();
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_ptr_array_add (programmes, month);
  week = ct_week_new (2023, 2, programmes, NULL);
  text = ct_ics_export_week (week, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS);
  g_assert_cmpstr (error->message, ==,
                   "Week 2 of 2023 has no dated event or weekly briefing to export.");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/export-week/page", test_page);
  g_test_add_func ("/export-week/fragment", test_fragment);
  g_test_add_func ("/export-week/day-off", test_day_off);
  g_test_add_func ("/export-week/parsed", test_parsed);
  g_test_add_func ("/export-week/ics-uids", test_ics_uids);
  g_test_add_func ("/export-week/ics-readers", test_ics_readers);
  g_test_add_func ("/export-week/ics-empty", test_ics_empty);
  g_test_add_func ("/export-week/marks", test_marks);
  return g_test_run ();
}
