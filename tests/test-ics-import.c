/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-ics-export.h"
#include "ct-ics-import-file.h"
#include "ct-ics-private.h"
#include "ct-store.h"
#include "fixture-programme.h"
#include "ics-fixture.h"
#include "test-util.h"

static char *tmpdir;

/* ---- import ---- */

static void
test_round_trip (void)
{
  g_autoptr(CtStore) store = ics_open_store (tmpdir, "round-trip.db");
  g_autoptr(CtProgramme) p = ics_seed_shaped_programme ();
  g_autoptr(CtProgramme) empty = ct_programme_new ();
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *again = NULL, *a = NULL, *b = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "round-trip.ics", NULL);
  CtIcsImportResult result;
  CtItem *btv;

  g_assert_true (ct_store_save_programme (store, p, &error));
  text = ics_export_text (p);
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
  btv = ics_find_titled (loaded, "Hội nghị Ban Thường vụ Huyện ủy");
  g_assert_cmpuint (btv->agenda->len, ==, 4);
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (btv->agenda, 2))->preparing_unit, ==,
                   "Văn phòng Huyện ủy");
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (btv->agenda, 3))->preparing_unit, ==,
                   "UBKT Huyện ủy");
  g_assert_cmpstr (btv->chair, ==, "Thường trực Huyện ủy");
  g_assert_cmpuint (btv->day_part, ==, CT_DAY_PART_MORNING);
  g_assert_true (btv->tentative);
  again = ics_export_text (loaded);
  a = ics_events_only (text);
  b = ics_events_only (again);
  g_assert_cmpstr (a, ==, b);

  /* Importing again finds every UID: nothing added, nothing changed, no SEQUENCE raised. */
  g_assert_true (ct_ics_import_file (store, empty->id, NULL, path, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 11);
  g_clear_pointer (&loaded, ct_programme_unref);
  loaded = ct_store_load_programme (store, empty->id, &error);
  g_assert_cmpuint (ct_programme_count_items (loaded), ==, 11);
  g_clear_pointer (&again, g_free);
  again = ics_export_text (loaded);
  g_free (b);
  b = ics_events_only (again);
  g_assert_cmpstr (a, ==, b);

  /* Into the programme it came from: its own items are found, nothing added, nothing
   * changed, not even the paragraph with a line break inside, which a calendar file
   * cannot tell from two paragraphs. */
  g_assert_true (ct_ics_import_file (store, p->id, NULL, path, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 11);
}

/* The shapes the seed lacks come back as they were: the all-day rule with its exception,
 * the start time, the three mornings as one event. */
static void
test_round_trip_more_shapes (void)
{
  g_autoptr(CtProgramme) p = ics_more_shapes_programme ();
  g_autoptr(CtProgramme) q = ct_programme_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ics_export_text (p);
  g_autofree char *again = NULL;
  CtItem *rule, *meeting, *course;

  ct_programme_set_period (q, CT_PERIOD_KIND_MONTH, 2023, 9);
  g_assert_true (ct_ics_import (q, NULL, text, -1, NULL, &error));
  g_assert_no_error (error);
  rule = ics_find_titled (q, "Trực cơ quan ngày thứ Bảy");
  g_assert_cmpint (rule->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpuint (rule->weekdays, ==, CT_WEEKDAY_SATURDAY);
  g_assert_cmpint (rule->day_part, ==, CT_DAY_PART_NONE);
  g_assert_cmpuint (rule->exceptions->len, ==, 1);
  g_assert_cmpuint (g_date_get_day (&g_array_index (rule->exceptions, GDate, 0)), ==, 16);
  meeting = ics_find_titled (q, "Họp chi bộ cơ quan");
  g_assert_cmpint (meeting->start_minute, ==, 14 * 60);
  course = ics_find_titled (q, "Tập huấn nghiệp vụ văn thư, lưu trữ");
  g_assert_cmpint (course->kind, ==, CT_ITEM_EVENT);
  g_assert_cmpint (course->day_part, ==, CT_DAY_PART_MORNING);
  g_assert_cmpuint (g_date_get_day (&course->start_date), ==, 13);
  g_assert_cmpuint (g_date_get_day (&course->end_date), ==, 15);
  again = ics_export_text (q);
  {
    g_autofree char *a = ics_events_only (text);
    g_autofree char *b = ics_events_only (again);
    g_assert_cmpstr (a, ==, b);
  }
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
  CtItem *item = ics_find_titled (p, title);

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
  g_assert_false (g_date_valid (&ics_find_titled (p, "Họp muộn")->end_date));
  assert_times (p, "Cả ngày", 16, CT_DAY_PART_NONE, CT_NO_TIME, CT_NO_TIME);
  g_assert_cmpuint (g_date_get_day (&ics_find_titled (p, "Cả ngày")->end_date), ==, 18);
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
  g_autoptr(GString) days = g_string_new (NULL);
  CtItem *weekly, *moved, *monthly;
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
           "DTSTART;VALUE=DATE:20230803\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=3\r\n")
    EVENT ("twice@test", "Họp tổ công tác",
           "DTSTART;VALUE=DATE:20230803\r\nRRULE:FREQ=MONTHLY;BYMONTHDAY=3,17\r\n"));

  p = import_text (text, -1, &error);
  g_assert_no_error (error);
  weekly = ics_find_titled (p, "Giao ban khối Dân vận");
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
  moved = ics_find_titled (p, "Giao ban khối Dân vận (dời)");
  assert_times (p, "Giao ban khối Dân vận (dời)", 21, CT_DAY_PART_AFTERNOON, CT_NO_TIME,
                CT_NO_TIME);
  g_assert_cmpint (moved->kind, ==, CT_ITEM_EVENT);
  /* A monthly rule on one day of the month stays a rule, from its first day on. */
  monthly = ics_find_titled (p, "Sinh hoạt chi bộ");
  g_assert_cmpint (monthly->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpint (monthly->recurrence, ==, CT_RECURRENCE_MONTHLY_DAY);
  g_assert_cmpint (monthly->month_day, ==, 3);
  g_assert_cmpuint (g_date_get_day (&monthly->start_date), ==, 3);
  g_assert_cmpuint (g_date_get_month (&monthly->start_date), ==, 8);
  g_assert_false (g_date_valid (&monthly->end_date));
  /* Another monthly form (two days a month) still gives its days inside September as
   * events. */
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);
      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);
          if (g_strcmp0 (item->title, "Họp tổ công tác") == 0)
            {
              g_assert_cmpint (item->kind, ==, CT_ITEM_EVENT);
              g_assert_cmpuint (g_date_get_month (&item->start_date), ==, 9);
              g_string_append_printf (days, "%s%u", days->len ? "," : "",
                                      g_date_get_day (&item->start_date));
            }
        }
    }
  g_assert_cmpstr (days->str, ==, "3,17");
}

/* The State programme of March 2025: the monthly rules come back as the same rules, the
 * meeting with every attribute, the visit "tuần 3" as vague over its window. */
static void
test_round_trip_state (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) q = ct_programme_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ics_export_text (p);
  g_autofree char *again = NULL, *a = NULL, *b = NULL;
  CtIcsImportResult result;
  CtItem *day5, *monday, *meeting, *visit;

  ct_programme_set_period (q, CT_PERIOD_KIND_MONTH, 2025, 3);
  g_assert_true (ct_ics_import (q, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 4);
  day5 = ics_find_titled (q, "Tiếp công dân định kỳ của Chủ tịch UBND huyện");
  g_assert_cmpint (day5->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpint (day5->recurrence, ==, CT_RECURRENCE_MONTHLY_DAY);
  g_assert_cmpint (day5->month_day, ==, 5);
  g_assert_cmpint (day5->day_part, ==, CT_DAY_PART_MORNING);
  g_assert_cmpstr (day5->location, ==, "Trụ sở Tiếp công dân huyện");
  monday = ics_find_titled (q, "Giao ban lãnh đạo UBND huyện");
  g_assert_cmpint (monday->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpint (monday->recurrence, ==, CT_RECURRENCE_MONTHLY_WEEKDAY);
  g_assert_cmpuint (monday->weekdays, ==, CT_WEEKDAY_MONDAY);
  g_assert_cmpint (monday->month_week, ==, 1);
  g_assert_cmpint (monday->day_part, ==, CT_DAY_PART_AFTERNOON);

  meeting = ics_find_titled (q, "Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3");
  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    g_assert_cmpstr (ct_item_get_text_field (meeting, &ct_item_text_fields[i]), ==,
                     ct_item_get_text_field (ics_find_titled (p, "Phiên họp thường kỳ Ủy ban "
                                                                 "nhân dân huyện tháng 3"),
                                             &ct_item_text_fields[i]));
  g_assert_cmpstr (meeting->participants, ==, "Thành viên UBND huyện; Trưởng các phòng, ban");
  g_assert_cmpstr (meeting->note, ==, "Giấy mời riêng");
  g_assert_cmpuint (meeting->paragraphs->len, ==, 0);
  g_assert_cmpuint (meeting->agenda->len, ==, 2);

  visit = ics_find_titled (q, "Kiểm tra tiến độ xây dựng trường học xã Bến Đò");
  g_assert_cmpstr (visit->vague_when, ==, "tuần 3");
  g_assert_false (visit->tentative);
  g_assert_cmpuint (g_date_get_day (&visit->start_date), ==, 17);
  g_assert_cmpuint (g_date_get_day (&visit->end_date), ==, 21);
  g_assert_cmpstr (visit->chair, ==, "Phó Chủ tịch UBND huyện Lê Thị Hạnh");
  g_assert_cmpuint (visit->paragraphs->len, ==, 0);

  again = ics_export_text (q);
  a = ics_events_only (text);
  b = ics_events_only (again);
  g_assert_cmpstr (a, ==, b);
  /* Importing it again changes nothing. */
  g_assert_true (ct_ics_import (q, NULL, text, -1, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 4);
}

/* "Thời gian: …" first in the DESCRIPTION of an event of another form (at set times, or
 * confirmed) is not vague timing: the line stays, as its first paragraph. */
static void
test_import_not_vague (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = NULL;
  CtItem *timed, *confirmed;
  const char *text = CAL (
    EVENT ("timed@test", "Họp giao ban khối",
           "DTSTART;TZID=Asia/Ho_Chi_Minh:20230912T080000\r\n"
           "DTEND;TZID=Asia/Ho_Chi_Minh:20230912T100000\r\n"
           "STATUS:TENTATIVE\r\nTRANSP:TRANSPARENT\r\n"
           "DESCRIPTION:Thời gian: 8 giờ\\nChủ trì: Trưởng khối\r\n")
    EVENT ("confirmed@test", "Kiểm tra cơ sở",
           "DTSTART;VALUE=DATE:20230918\r\nDTEND;VALUE=DATE:20230923\r\n"
           "STATUS:CONFIRMED\r\nDESCRIPTION:Thời gian: tuần 4\r\n"));

  p = import_text (text, -1, &error);
  g_assert_no_error (error);
  timed = ics_find_titled (p, "Họp giao ban khối");
  g_assert_null (timed->vague_when);
  g_assert_true (timed->tentative);
  g_assert_cmpuint (timed->paragraphs->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (timed->paragraphs, 0), ==, "Thời gian: 8 giờ");
  g_assert_cmpstr (timed->chair, ==, "Trưởng khối");
  confirmed = ics_find_titled (p, "Kiểm tra cơ sở");
  g_assert_null (confirmed->vague_when);
  g_assert_cmpstr (g_ptr_array_index (confirmed->paragraphs, 0), ==, "Thời gian: tuần 4");
  g_assert_cmpuint (g_date_get_day (&confirmed->end_date), ==, 22);
}

/* STATUS:CANCELLED: a cancelled event is left out; a cancelled instance only takes its
 * day off the rule. */
static void
test_import_cancelled (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  CtIcsImportResult result;
  CtItem *rule;
  guint n_items = ct_programme_count_items (p);
  const char *text = CAL (
    EVENT ("rule@test", "Giao ban khối Nội chính",
           "DTSTART;VALUE=DATE:20230905\r\nRRULE:FREQ=WEEKLY;UNTIL=20230926;BYDAY=TU\r\n")
    "BEGIN:VEVENT\r\nUID:rule@test\r\nSUMMARY:Giao ban khối Nội chính\r\n"
    "RECURRENCE-ID;VALUE=DATE:20230919\r\nDTSTART;VALUE=DATE:20230919\r\n"
    "STATUS:CANCELLED\r\nEND:VEVENT\r\n"
    EVENT ("off@test", "Hội nghị đã hoãn", "DTSTART;VALUE=DATE:20230915\r\n"
                                          "STATUS:CANCELLED\r\n"));

  g_assert_true (ct_ics_import (p, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 1);
  g_assert_cmpuint (result.skipped, ==, 2);
  g_assert_cmpuint (ct_programme_count_items (p), ==, n_items + 1);
  rule = ics_find_titled (p, "Giao ban khối Nội chính");
  g_assert_cmpuint (rule->exceptions->len, ==, 1);
  g_assert_cmpuint (g_date_get_day (&g_array_index (rule->exceptions, GDate, 0)), ==, 19);
  g_assert_cmpuint (g_date_get_day (&rule->end_date), ==, 26);
}

/* Imported events get name-based UUIDs: a database keeps them, so they must stay the
 * same from one version to the next for a re-import to find its items. */
static void
test_import_derived_uuids (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  const char *text = CAL (
    EVENT ("hoi-nghi@example.org", "Hội nghị A", "DTSTART;VALUE=DATE:20230907\r\n")
    EVENT ("thang@example.org", "Giao ban tháng",
           "DTSTART;VALUE=DATE:20230905\r\nRRULE:FREQ=MONTHLY;COUNT=3\r\n"));

  p->id = 42;
  g_assert_true (ct_ics_import (p, NULL, text, -1, NULL, &error));
  g_assert_no_error (error);
  /* SHA-1 of "congtac-ics\n42\n<UID>\n<instance>", RFC 4122 version 5. */
  g_assert_cmpstr (ics_find_titled (p, "Hội nghị A")->uuid, ==,
                   "73d8289d-8ad1-5a87-a48f-4fb803a93b2f");
  g_assert_cmpstr (ics_find_titled (p, "Giao ban tháng")->uuid, ==,
                   "dc535c48-a38f-5680-862a-a80d6d518f75");
}

static gboolean
outside (CtProgramme *p,
         const char  *title)
{
  return ct_programme_event_outside_period (p, ics_find_titled (p, title));
}

/* A preparing note with empty parts ("1,,2-", a trailing comma) still names its agenda
 * items; found by the ics-import fuzzer. */
static void
test_note_with_empty_parts (void)
{
  g_autoptr(CtItem) item = ct_item_new_event ("Hội nghị", NULL);

  ct_ics_read_description (item, "1. Báo cáo A\n2. Báo cáo B\n3. Báo cáo C\n"
                                 "(UBND huyện chuẩn bị nội dung 1,,3-)\n"
                                 "(Văn phòng chuẩn bị nội dung 2,)");
  g_assert_cmpuint (item->agenda->len, ==, 3);
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (item->agenda, 0))->preparing_unit, ==,
                   "UBND huyện");
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (item->agenda, 1))->preparing_unit, ==,
                   "Văn phòng");
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (item->agenda, 2))->preparing_unit, ==,
                   "UBND huyện");
}

/* Events outside the programme's period are imported, and counted so that the user can be
 * asked whether it is the right file; the pre-signing check lists the same events. */
static void
test_import_outside_period (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  CtIcsImportResult result;
  const char *text = CAL (
    EVENT ("inside@test", "Hội nghị trong tháng", "DTSTART;VALUE=DATE:20230930\r\n")
    EVENT ("before@test", "Hội nghị tháng trước", "DTSTART;VALUE=DATE:20230831\r\n")
    EVENT ("across@test", "Tập huấn qua tháng sau",
           "DTSTART;VALUE=DATE:20230929\r\nDTEND;VALUE=DATE:20231003\r\n")
    EVENT ("rule@test", "Giao ban tuần",
           "DTSTART;VALUE=DATE:20230904\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"));

  g_assert_true (ct_ics_import (p, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 4);
  g_assert_cmpuint (result.outside_period, ==, 2);
  g_assert_false (outside (p, "Hội nghị trong tháng"));
  g_assert_true (outside (p, "Hội nghị tháng trước"));
  g_assert_true (outside (p, "Tập huấn qua tháng sau"));
  g_assert_false (outside (p, "Giao ban tuần"));

  /* Imported again, the same events are found unchanged and counted again. */
  g_assert_true (ct_ics_import (p, NULL, text, -1, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 4);
  g_assert_cmpuint (result.outside_period, ==, 2);
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
    { CAL (EVENT ("x", "Họp", "DTSTART:2023-09-xx\r\n")), CT_ICS_ERROR_MALFORMED,
      "The calendar file has a line that is not written as calendar files require, so nothing "
      "was imported. Check that the file was saved by a calendar program and is not damaged. "
      "(Technical detail: Can't parse as DATE-TIME value in DTSTART property. Removing entire "
      "property: 2023-09-xx)" },
    { CAL (EVENT ("x", "Họp", "DTSTART:20230901\r\nbroken line\r\n")), CT_ICS_ERROR_MALFORMED,
      NULL },
    { CAL (EVENT ("x", "Họp", "DTEND:20230901T100000Z\r\n")), CT_ICS_ERROR_MALFORMED,
      "The event “Họp” has no start date." },
    /* The one event in an unknown zone is left out: nothing is left to import. */
    { CAL (EVENT ("x", "Họp", "DTSTART;TZID=Nowhere/Atlantis:20230901T100000\r\n")),
      CT_ICS_ERROR_NO_EVENTS,
      "No event of the calendar file could be imported: The time zone “Nowhere/Atlantis” "
      "of the event “Họp” is neither defined in the file nor a known zone name, so its time "
      "cannot be known; it was left out." },
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

static void
test_import_too_large (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  gsize length = CT_ICS_MAX_BYTES + 1;
  g_autofree char *data = g_malloc (length);

  memset (data, ' ', length);
  memcpy (data, "BEGIN:VCALENDAR\r\n", strlen ("BEGIN:VCALENDAR\r\n"));
  g_assert_false (ct_ics_import (p, NULL, data, length, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "The calendar file is larger than 20 MB; nothing was "
                                       "imported.");
}

/* A bad event after good ones: the stored programme is not touched. */
static void
test_import_file_atomic (void)
{
  g_autoptr(CtStore) store = ics_open_store (tmpdir, "atomic.db");
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "half-bad.ics", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "no-such.ics", NULL);
  const char *text = CAL (EVENT ("good@test", "Họp tốt", "DTSTART;VALUE=DATE:20230907\r\n")
                          EVENT ("bad@test", "Họp hỏng", "DTEND:20230908T100000Z\r\n"));

  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_false (ct_ics_import_file (store, p->id, NULL, path, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_MALFORMED);
  g_clear_error (&error);
  loaded = ct_store_load_programme (store, p->id, &error);
  g_assert_cmpuint (ct_programme_count_items (loaded), ==, ct_programme_count_items (p));

  g_assert_false (ct_ics_import_file (store, p->id, NULL, missing, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_IO);
}

/* ---- bounds and warnings ---- */

static void
assert_warnings (const CtIcsImportResult *result,
                 const char *const       *expected)
{
  guint n = g_strv_length ((GStrv) expected);

  if (n == 0)
    {
      g_assert_null (result->warnings);
      return;
    }
  g_assert_nonnull (result->warnings);
  for (guint i = 0; i < MIN (n, result->warnings->len); i++)
    g_assert_cmpstr (g_ptr_array_index (result->warnings, i), ==, expected[i]);
  g_assert_cmpuint (result->warnings->len, ==, n);
}

/* FREQ=SECONDLY on the 31st of February once made the import spin without end, and a
 * monthly rule that never matches made libical search up to the year 2582. */
static void
test_import_never_matching_rule (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ct_test_read_data ("ics-never-matching-rule.ics");
  g_auto(CtIcsImportResult) result = { 0 };
  const char *const warnings[] = {
    "The event “Kiểm tra kho ngày 31 tháng Hai” repeats every hour, minute or second; a "
    "programme keeps events by the day, so it was left out.",
    "The repeating event “Họp giao ban tháng” has no day in the programme’s period; it was "
    "left out.",
    NULL,
  };

  g_assert_true (ct_ics_import (p, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 1);
  assert_warnings (&result, warnings);
  g_assert_cmpuint (fixture_count_titled (p, "Hội nghị sơ kết quý III"), ==, 1);
  g_assert_cmpuint (fixture_count_titled (p, "Kiểm tra kho ngày 31 tháng Hai"), ==, 0);
}

/* A file of one yearly rule whose day is in March, imported into September. */
static void
test_import_yearly_outside (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ct_test_read_data ("ics-yearly-outside.ics");
  guint n_items = ct_programme_count_items (p);

  g_assert_false (ct_ics_import (p, NULL, text, -1, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS);
  g_assert_cmpstr (error->message, ==, "The calendar file’s one repeating event, “Kỷ niệm ngày "
                   "thành lập huyện”, has no day in the programme’s period; nothing was "
                   "imported.");
  g_assert_cmpuint (ct_programme_count_items (p), ==, n_items);
}

/* A VTIMEZONE changing every second from 1601: libical expanded it up to the event's
 * year, change by change, without end. */
static void
test_import_zone_every_second (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ct_test_read_data ("ics-zone-every-second.ics");
  g_autoptr(GString) many = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n");
  g_auto(CtIcsImportResult) result = { 0 };
  guint n_items = ct_programme_count_items (p);

  g_assert_false (ct_ics_import (p, NULL, text, -1, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_MALFORMED);
  g_assert_cmpstr (error->message, ==, "The time zone “Giờ Đảo Xa” of the event “Họp trực "
                   "tuyến với đảo” changes its clock more often than once a year, which no "
                   "real time zone does; the file cannot be read.");
  g_assert_cmpuint (ct_programme_count_items (p), ==, n_items);

  /* A thousand such zones that no event uses are dropped unread. */
  g_clear_error (&error);
  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (many, "BEGIN:VTIMEZONE\r\nTZID:Zone %u\r\nBEGIN:STANDARD\r\n"
                            "DTSTART:16010101T000000\r\nTZOFFSETFROM:+0100\r\n"
                            "TZOFFSETTO:+0100\r\nRRULE:FREQ=SECONDLY\r\nEND:STANDARD\r\n"
                            "END:VTIMEZONE\r\n", i);
  g_string_append (many, EVENT ("z@test", "Họp có múi giờ",
                                "DTSTART;TZID=Asia/Ho_Chi_Minh:20230912T080000\r\n")
                         "END:VCALENDAR\r\n");
  g_assert_true (ct_ics_import (p, NULL, many->str, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 1);
  g_assert_null (result.warnings);
}

/* Years outside 1900–2200 are left out by name; no year is made up; an UNTIL of 9999
 * means no end. */
static void
test_import_odd_years (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ct_test_read_data ("ics-odd-years.ics");
  g_auto(CtIcsImportResult) result = { 0 };
  guint n_items = ct_programme_count_items (p);
  CtItem *rule, *kept;
  const char *const warnings[] = {
    "The event “Lễ kỷ niệm năm 1899” is dated in the year 1899; only the years 1900 to "
    "2200 are read, so it was left out.",
    "The event “Hạn chót năm 9999” is dated in the year 9999; only the years 1900 to 2200 "
    "are read, so it was left out.",
    "The event “Họp đến năm 2201” is dated in the year 2201; only the years 1900 to 2200 "
    "are read, so it was left out.",
    NULL,
  };

  g_assert_true (ct_ics_import (p, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 2);
  assert_warnings (&result, warnings);
  g_assert_cmpuint (ct_programme_count_items (p), ==, n_items + 2);
  rule = ics_find_titled (p, "Giao ban thứ Hai");
  g_assert_cmpint (rule->kind, ==, CT_ITEM_RECURRING);
  g_assert_cmpuint (g_date_get_day (&rule->start_date), ==, 4);
  g_assert_false (g_date_valid (&rule->end_date));
  g_assert_cmpuint (rule->exceptions->len, ==, 0);
  kept = ics_find_titled (p, "Họp đúng hạn");
  g_assert_cmpuint (g_date_get_year (&kept->start_date), ==, 2023);
  g_assert_cmpuint (fixture_count_titled (p, "Hạn chót năm 9999"), ==, 0);
  g_assert_cmpuint (fixture_count_titled (p, "Lễ kỷ niệm năm 1899"), ==, 0);

  /* Only left-out events: the error says why. */
  g_clear_error (&error);
  g_assert_false (ct_ics_import (p, NULL, CAL (EVENT ("y@test", "Hội thảo năm 0",
                                                      "DTSTART:00000912T080000\r\n")),
                                 -1, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS);
  g_assert_cmpstr (error->message, ==, "No event of the calendar file could be imported: The "
                   "event “Hội thảo năm 0” is dated in the year 0; only the years 1900 to 2200 "
                   "are read, so it was left out.");
}

/* An end before the start was dropped unseen; a huge DURATION overflowed into one. */
static void
test_import_end_before_start (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = ct_test_read_data ("ics-end-before-start.ics");
  g_auto(CtIcsImportResult) result = { 0 };
  g_auto(CtIcsImportResult) long_one = { 0 };
  CtItem *item;
  const char *const warnings[] = {
    "The event “Họp Ban chỉ đạo” ends before it starts; it was imported with its start only.",
    "The event “Tập huấn cán bộ” ends before it starts; it was imported with its start only.",
    NULL,
  };
  const char *const none[] = { NULL };

  g_assert_true (ct_ics_import (p, NULL, text, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 3);
  assert_warnings (&result, warnings);
  item = ics_find_titled (p, "Họp Ban chỉ đạo");
  g_assert_cmpint (item->start_minute, ==, 14 * 60);
  g_assert_cmpint (item->end_minute, ==, CT_NO_TIME);
  item = ics_find_titled (p, "Tập huấn cán bộ");
  g_assert_cmpuint (g_date_get_day (&item->start_date), ==, 20);
  g_assert_false (g_date_valid (&item->end_date));

  g_assert_true (ct_ics_import (p, NULL, CAL (EVENT ("long@test", "Đợt thi đua dài",
                                                     "DTSTART;VALUE=DATE:20230901\r\n"
                                                     "DURATION:P99999999D\r\n")),
                                -1, &long_one, &error));
  g_assert_no_error (error);
  assert_warnings (&long_one, none);
  item = ics_find_titled (p, "Đợt thi đua dài");
  g_assert_cmpuint (g_date_get_julian (&item->end_date) - g_date_get_julian (&item->start_date),
                    ==, 365);
}

/* 10 000 events each inside the one before once came in as one event, unsaid. */
static void
test_import_nested_events (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n");
  g_auto(CtIcsImportResult) result = { 0 };
  const char *const warnings[] = {
    "9999 events are written inside other events, which calendar files do not allow; they "
    "were left out.",
    NULL,
  };

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "BEGIN:VEVENT\r\nUID:n%u@test\r\nSUMMARY:Lồng %u\r\n"
                            "DTSTART;VALUE=DATE:20230911\r\n", i, i);
  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "END:VEVENT\r\n");
  g_string_append (text, "END:VCALENDAR\r\n");
  g_assert_true (ct_ics_import (p, NULL, text->str, -1, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 1);
  assert_warnings (&result, warnings);
}

/* More entries than CT_ICS_MAX_COMPONENTS: refused before libical builds them. */
static void
test_import_too_many_entries (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n");
  guint n_items = ct_programme_count_items (p);

  for (guint i = 0; i < CT_ICS_MAX_COMPONENTS; i++)
    g_string_append_printf (text, "BEGIN:VEVENT\r\nUID:e%u@test\r\nSUMMARY:Việc %u\r\n"
                            "DTSTART;VALUE=DATE:20230912\r\nEND:VEVENT\r\n", i, i);
  g_string_append (text, "END:VCALENDAR\r\n");
  g_assert_false (ct_ics_import (p, NULL, text->str, -1, NULL, &error));
  g_assert_error (error, CT_ICS_ERROR, CT_ICS_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "The calendar file holds more than 20000 entries "
                   "(events, time zones, reminders); nothing was imported. Export a shorter "
                   "span of time.");
  g_assert_cmpuint (ct_programme_count_items (p), ==, n_items);
}

/* Many warnings: the first ones in full, then how many more. */
static void
test_import_many_warnings (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n");
  g_auto(CtIcsImportResult) result = { 0 };

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (text, "BEGIN:VEVENT\r\nUID:h%u@test\r\nSUMMARY:Trực %u\r\n"
                            "DTSTART:20230912T080000\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\n",
                            i, i);
  g_string_append (text, EVENT ("ok@test", "Họp", "DTSTART;VALUE=DATE:20230912\r\n")
                         "END:VCALENDAR\r\n");
  g_assert_true (ct_ics_import (p, NULL, text->str, -1, &result, &error));
  g_assert_cmpuint (result.added, ==, 1);
  g_assert_cmpuint (result.warnings->len, ==, 51);
  g_assert_cmpstr (g_ptr_array_index (result.warnings, 50), ==, "… and 10 more warnings.");
}

static void
record_progress (guint    done,
                 guint    total,
                 gpointer data)
{
  g_string_append_printf (data, "%u/%u ", done, total);
}

/* Progress is told as events are read; a cancelled import changes nothing. */
static void
test_import_progress_cancel (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GString) text = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//EN\r\n");
  g_autoptr(GString) progress = g_string_new (NULL);
  guint n_items = ct_programme_count_items (p);
  CtIcsImportOptions options;

  for (guint i = 0; i < 130; i++)
    g_string_append_printf (text, "BEGIN:VEVENT\r\nUID:c%u@test\r\nSUMMARY:Việc %u\r\n"
                            "DTSTART;VALUE=DATE:20230912\r\nEND:VEVENT\r\n", i, i);
  g_string_append (text, "END:VCALENDAR\r\n");
  ct_ics_import_options_init (&options);
  options.progress = record_progress;
  options.progress_data = progress;
  options.cancellable = cancellable;
  g_assert_true (ct_ics_import (p, &options, text->str, -1, NULL, &error));
  g_assert_cmpstr (progress->str, ==, "64/130 128/130 130/130 ");
  g_assert_cmpuint (ct_programme_count_items (p), ==, n_items + 130);

  g_cancellable_cancel (cancellable);
  g_assert_false (ct_ics_import (p, &options, text->str, -1, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (ct_programme_count_items (p), ==, n_items + 130);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

  g_test_add_func ("/ics/import/round-trip", test_round_trip);
  g_test_add_func ("/ics/import/round-trip-more-shapes", test_round_trip_more_shapes);
  g_test_add_func ("/ics/import/round-trip-state", test_round_trip_state);
  g_test_add_func ("/ics/import/not-vague", test_import_not_vague);
  g_test_add_func ("/ics/import/timezones", test_import_timezones);
  g_test_add_func ("/ics/import/rules", test_import_rules);
  g_test_add_func ("/ics/import/cancelled", test_import_cancelled);
  g_test_add_func ("/ics/import/derived-uuids", test_import_derived_uuids);
  g_test_add_func ("/ics/import/section", test_import_section);
  g_test_add_func ("/ics/import/outside-period", test_import_outside_period);
  g_test_add_func ("/ics/import/note-with-empty-parts", test_note_with_empty_parts);
  g_test_add_func ("/ics/import/bad-input", test_import_bad);
  g_test_add_func ("/ics/import/too-large", test_import_too_large);
  g_test_add_func ("/ics/import/file-atomic", test_import_file_atomic);
  g_test_add_func ("/ics/import/never-matching-rule", test_import_never_matching_rule);
  g_test_add_func ("/ics/import/yearly-outside", test_import_yearly_outside);
  g_test_add_func ("/ics/import/zone-every-second", test_import_zone_every_second);
  g_test_add_func ("/ics/import/odd-years", test_import_odd_years);
  g_test_add_func ("/ics/import/end-before-start", test_import_end_before_start);
  g_test_add_func ("/ics/import/nested-events", test_import_nested_events);
  g_test_add_func ("/ics/import/too-many-entries", test_import_too_many_entries);
  g_test_add_func ("/ics/import/many-warnings", test_import_many_warnings);
  g_test_add_func ("/ics/import/progress-cancel", test_import_progress_cancel);
  return ct_test_run_in_folder ("test-ics-import-XXXXXX", &tmpdir);
}
