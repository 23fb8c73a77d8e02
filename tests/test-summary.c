/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-roll-forward.h"
#include "fixture-programme.h"
#include "ct-summary.h"
#include "test-util.h"

static void
test_event_summary (void)
{
  GDate d = ct_test_dmy (26, 9, 2023);
  g_autoptr(CtItem) event = ct_item_new_event ("Hội nghị Ban Thường vụ Huyện ủy", &d);
  g_autofree char *summary = NULL;
  g_autofree char *timed = NULL;
  g_autofree char *undated = NULL;

  event->tentative = TRUE;
  for (guint i = 1; i <= 9; i++)
    ct_item_add_agenda_item (event, "Nội dung", NULL);
  summary = ct_item_dup_summary (event);
  g_assert_cmpstr (summary, ==,
                   "26/9/2023 (thứ Ba) · Dự kiến · Hội nghị Ban Thường vụ Huyện ủy · 9 nội dung");

  event->tentative = FALSE;
  event->start_minute = 14 * 60;
  event->day_part = CT_DAY_PART_AFTERNOON;
  g_ptr_array_set_size (event->agenda, 0);
  event->start_date = ct_test_dmy (8, 9, 2023);
  timed = ct_item_dup_summary (event);
  g_assert_cmpstr (timed, ==,
                   "08/9/2023 (thứ Sáu), 14 giờ 00, chiều · Hội nghị Ban Thường vụ Huyện ủy");

  g_date_clear (&event->start_date, 1);
  undated = ct_item_dup_summary (event);
  g_assert_cmpstr (undated, ==, "chưa có ngày · Hội nghị Ban Thường vụ Huyện ủy");
}

static void
test_other_summaries (void)
{
  g_autoptr(CtItem) task = ct_item_new_task ("Tiếp tục tuyên truyền   kết quả thực hiện "
                                             "Nghị quyết Đại hội Đảng bộ huyện Sông Mây lần "
                                             "thứ XXV trong toàn thể cán bộ, đảng viên.");
  g_autoptr(CtItem) weekly = ct_item_new (CT_ITEM_RECURRING);
  g_autoptr(CtSection) section = ct_section_new ("Hội nghị Ban Chấp hành");
  g_autofree char *task_text = ct_item_dup_summary (task);
  g_autofree char *weekly_text = NULL;
  g_autofree char *heading = ct_section_dup_heading (section, 3);

  g_assert_cmpint (g_utf8_strlen (task_text, -1), ==, CT_SUMMARY_TASK_CHARS);
  g_assert_true (g_str_has_prefix (task_text, "Tiếp tục tuyên truyền kết quả thực hiện"));
  g_assert_true (g_str_has_suffix (task_text, "…"));

  weekly->title = g_strdup ("Giao ban Thường trực Huyện ủy");
  weekly->weekdays = CT_WEEKDAY_MONDAY;
  weekly->day_part = CT_DAY_PART_AFTERNOON;
  weekly_text = ct_item_dup_summary (weekly);
  g_assert_cmpstr (weekly_text, ==, "chiều thứ Hai hằng tuần · Giao ban Thường trực Huyện ủy");
  g_assert_cmpstr (heading, ==, "IV. Hội nghị Ban Chấp hành");
}

static void
assert_rolled (int d, int m, int y, int months, int ed, int em, int ey)
{
  GDate from = ct_test_dmy (d, m, y), to;

  ct_date_roll_forward (&from, months, &to);
  g_assert_cmpint (g_date_get_day (&to), ==, ed);
  g_assert_cmpint (g_date_get_month (&to), ==, em);
  g_assert_cmpint (g_date_get_year (&to), ==, ey);
  g_assert_cmpint (g_date_get_weekday (&to), ==, g_date_get_weekday (&from));
}

static void
test_roll_dates (void)
{
  /* 2nd Monday of September 2023 → 2nd Monday of October 2023. */
  assert_rolled (11, 9, 2023, 1, 9, 10, 2023);
  /* 4th Tuesday (26/9) → 4th Tuesday of October (24/10). */
  assert_rolled (26, 9, 2023, 1, 24, 10, 2023);
  /* 5th Friday of September (29/9) → October has four: the last one, 27/10. */
  assert_rolled (29, 9, 2023, 1, 27, 10, 2023);
  /* Across a year, and by a quarter: 2nd Monday of December → of March 2024 (11/3). */
  assert_rolled (11, 12, 2023, 1, 8, 1, 2024);
  assert_rolled (11, 12, 2023, 3, 11, 3, 2024);
}

static void
test_roll_programme (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtProgramme) next = NULL;
  GDate d = ct_test_dmy (11, 9, 2023), exception = ct_test_dmy (4, 9, 2023);
  CtSection *s;
  CtItem *event, *weekly, *rolled;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2023, 9);
  p->id = 4;
  p->number = 123;
  p->issue_date = ct_test_dmy (31, 8, 2023);
  p->status = CT_PROGRAMME_STATUS_ISSUED;
  p->subtitle = g_strdup ("công tác tháng 9 năm 2023 (bổ sung)");
  p->signer_name = g_strdup ("Lê Thị Hoa");
  s = ct_programme_add_section (p, "Hội nghị");
  event = ct_item_new_event ("Hội nghị hai ngày", &d);
  event->end_date = ct_test_dmy (12, 9, 2023);
  ct_section_add_item (s, event);
  weekly = ct_item_new (CT_ITEM_RECURRING);
  weekly->weekdays = CT_WEEKDAY_MONDAY;
  weekly->start_date = ct_test_dmy (1, 9, 2023);
  ct_item_add_exception (weekly, &exception);
  ct_section_add_item (s, weekly);

  next = ct_programme_roll_forward (p);
  g_assert_cmpint (next->period_year, ==, 2023);
  g_assert_cmpint (next->period_index, ==, 10);
  g_assert_cmpint (next->id, ==, 0);
  g_assert_cmpuint (next->number, ==, 0);
  g_assert_false (g_date_valid (&next->issue_date));
  g_assert_null (next->subtitle);
  g_assert_cmpint (next->status, ==, CT_PROGRAMME_STATUS_DRAFT);
  g_assert_cmpstr (next->signer_name, ==, "Lê Thị Hoa");

  rolled = g_ptr_array_index (((CtSection *) g_ptr_array_index (next->sections, 0))->items, 0);
  g_assert_cmpstr (rolled->uuid, !=, event->uuid);
  g_assert_cmpint (g_date_get_day (&rolled->start_date), ==, 9);
  g_assert_cmpint (g_date_get_month (&rolled->start_date), ==, 10);
  g_assert_cmpint (g_date_get_day (&rolled->end_date), ==, 10);
  rolled = g_ptr_array_index (((CtSection *) g_ptr_array_index (next->sections, 0))->items, 1);
  g_assert_cmpuint (rolled->weekdays, ==, CT_WEEKDAY_MONDAY);
  g_assert_false (g_date_valid (&rolled->start_date));
  g_assert_cmpuint (rolled->exceptions->len, ==, 0);
  /* The previous programme is untouched. */
  g_assert_cmpint (g_date_get_day (&event->start_date), ==, 11);
  g_assert_cmpuint (weekly->exceptions->len, ==, 1);
}

/* The editor's list names an event of vague timing by its wording, and a monthly rule
 * by its days. */
static void
test_vague_and_monthly_summaries (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autofree char *vague = NULL, *day = NULL, *weekday = NULL;

  vague = ct_item_dup_summary (g_ptr_array_index (((CtSection *) p->sections->pdata[0])->items,
                                                  1));
  g_assert_cmpstr (vague, ==, "tuần 3 · Kiểm tra tiến độ xây dựng trường học xã Bến Đò");
  day = ct_item_dup_summary (g_ptr_array_index (((CtSection *) p->sections->pdata[1])->items,
                                                0));
  g_assert_cmpstr (day, ==, "sáng ngày 05 hằng tháng · Tiếp công dân định kỳ của Chủ tịch "
                            "UBND huyện");
  weekday = ct_item_dup_summary (g_ptr_array_index (((CtSection *) p->sections->pdata[1])->items,
                                                    1));
  g_assert_cmpstr (weekday, ==, "chiều thứ Hai tuần đầu tiên hằng tháng · Giao ban lãnh đạo "
                                "UBND huyện");
}

static CtItem *
item_at (CtProgramme *p,
         guint        section,
         guint        index)
{
  return g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, section))->items,
                            index);
}

static void
assert_dmy (const GDate *date,
            int          day,
            int          month,
            int          year)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_day (date), ==, day);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_year (date), ==, year);
}

/* March 2025 to April 2025: the meeting of Friday 14/3 (2nd Friday) goes to Friday 11/4;
 * the window 17–21/3 of "tuần 3" and the due date 25/3 keep their days (17–21/4, 25/4);
 * the wording, the monthly rules and the authority lines are kept. */
static void
test_roll_state_programme (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) next = NULL;

  /* Text typed for this programme that is no value yet stays with it. */
  ct_programme_set_unread_text (p, "number", "12a");
  next = ct_programme_roll_forward (p);
  g_assert_cmpuint (g_hash_table_size (next->unread_texts), ==, 0);
  g_assert_cmpstr (ct_programme_get_unread_text (p, "number"), ==, "12a");
  g_assert_cmpint (next->period_index, ==, 4);
  assert_dmy (&item_at (next, 0, 0)->start_date, 11, 4, 2025);
  g_assert_cmpstr (item_at (next, 0, 1)->vague_when, ==, "tuần 3");
  assert_dmy (&item_at (next, 0, 1)->start_date, 17, 4, 2025);
  assert_dmy (&item_at (next, 0, 1)->end_date, 21, 4, 2025);
  g_assert_false (g_date_valid (&item_at (next, 0, 2)->start_date));
  g_assert_cmpint (item_at (next, 1, 0)->month_day, ==, 5);
  g_assert_cmpint (item_at (next, 1, 1)->recurrence, ==, CT_RECURRENCE_MONTHLY_WEEKDAY);
  assert_dmy (&item_at (next, 2, 0)->end_date, 25, 4, 2025);
  g_assert_cmpuint (next->signer_authorities->len, ==, 2);
}

/* A week programme is followed by the next ISO week; week 53 of 2026 by week 1 of 2027;
 * dated items move by seven days. */
static void
test_roll_week (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) next = NULL;
  g_autoptr(CtProgramme) after_53 = NULL;

  ct_programme_set_period (p, CT_PERIOD_KIND_WEEK, 2025, 11);
  next = ct_programme_roll_forward (p);
  g_assert_cmpint (next->period_kind, ==, CT_PERIOD_KIND_WEEK);
  g_assert_cmpint (next->period_index, ==, 12);
  assert_dmy (&item_at (next, 0, 0)->start_date, 21, 3, 2025);
  assert_dmy (&item_at (next, 2, 0)->end_date, 1, 4, 2025);

  ct_programme_set_period (p, CT_PERIOD_KIND_WEEK, 2026, 53);
  after_53 = ct_programme_roll_forward (p);
  g_assert_cmpint (after_53->period_year, ==, 2027);
  g_assert_cmpint (after_53->period_index, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/summary/event", test_event_summary);
  g_test_add_func ("/summary/task-weekly-section", test_other_summaries);
  g_test_add_func ("/summary/vague-and-monthly", test_vague_and_monthly_summaries);
  g_test_add_func ("/roll-forward/dates", test_roll_dates);
  g_test_add_func ("/roll-forward/programme", test_roll_programme);
  g_test_add_func ("/roll-forward/state-programme", test_roll_state_programme);
  g_test_add_func ("/roll-forward/week", test_roll_week);
  return g_test_run ();
}
