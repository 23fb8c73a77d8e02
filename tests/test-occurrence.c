/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-conflict.h"
#include "ct-occurrence.h"
#include "fixture-programme.h"
#include "test-util.h"

/* The occurrences of the item titled @title, as "d/m" strings joined by ",". */
static char *
days_of (GPtrArray  *occurrences,
         const char *title)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < occurrences->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (occurrences, i);

      if (g_strcmp0 (o->item->title, title) != 0)
        continue;
      g_string_append_printf (s, "%s%u/%u", s->len ? "," : "",
                              g_date_get_day (&o->date), g_date_get_month (&o->date));
    }
  return g_string_free (s, FALSE);
}

static void
test_weekly_briefing (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GPtrArray) all = ct_programme_expand_occurrences (p, NULL, NULL);
  g_autofree char *mondays = days_of (all, "Giao ban Thường trực Huyện ủy");
  guint n = 0;

  /* "chiều thứ Hai hằng tuần" over the period September 2023. */
  g_assert_cmpstr (mondays, ==, "4/9,11/9,18/9,25/9");
  for (guint i = 0; i < all->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (all, i);

      if (o->item->kind != CT_ITEM_RECURRING)
        continue;
      g_assert_cmpuint (o->index, ==, n++);
      g_assert_cmpuint (o->count, ==, 4);
      g_assert_cmpint (o->day_part, ==, CT_DAY_PART_AFTERNOON);
      g_assert_cmpstr (o->section->title, ==, "Giao ban Thường trực Huyện ủy");
    }
  /* 5 conferences + 4 briefings; the task gives nothing. */
  g_assert_cmpuint (all->len, ==, 9);
}

static void
test_sorted (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GPtrArray) all = ct_programme_expand_occurrences (p, NULL, NULL);
  const guint expected[] = { 4, 8, 11, 18, 20, 25, 26, 28, 29 };
  CtOccurrence *first;

  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < all->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (all, i);
      g_assert_cmpuint (g_date_get_day (&o->date), ==, expected[i]);
    }
  first = g_ptr_array_index (all, 1);
  g_assert_cmpstr (first->item->title, ==, "Hội nghị thông tin chuyên đề cho cán bộ chủ chốt");
  g_assert_true (first->tentative);
  g_assert_cmpuint (first->count, ==, 1);
}

static void
test_window (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  GDate from = ct_test_dmy (11, 9, 2023), to = ct_test_dmy (24, 9, 2023);
  g_autoptr(GPtrArray) some = ct_programme_expand_occurrences (p, &from, &to);
  g_autofree char *mondays = days_of (some, "Giao ban Thường trực Huyện ủy");
  CtOccurrence *o;

  g_assert_cmpstr (mondays, ==, "11/9,18/9");
  g_assert_cmpuint (some->len, ==, 3);
  /* The index names the same day whatever the window. */
  o = g_ptr_array_index (some, 0);
  g_assert_cmpuint (o->index, ==, 1);
  g_assert_cmpuint (o->count, ==, 4);
}

static void
test_multi_day (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  CtSection *s = ct_programme_add_section (p, "Lớp bồi dưỡng");
  GDate start = ct_test_dmy (10, 10, 2023), from = ct_test_dmy (11, 10, 2023);
  CtItem *item = ct_item_new_event ("Lớp bồi dưỡng cấp ủy viên cơ sở", &start);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) tail = NULL;
  g_autofree char *days = NULL;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2023, 10);
  item->end_date = ct_test_dmy (12, 10, 2023);
  item->day_part = CT_DAY_PART_ALL_DAY;
  ct_section_add_item (s, item);

  all = ct_programme_expand_occurrences (p, NULL, NULL);
  days = days_of (all, "Lớp bồi dưỡng cấp ủy viên cơ sở");
  g_assert_cmpstr (days, ==, "10/10,11/10,12/10");
  for (guint i = 0; i < all->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (all, i);
      g_assert_cmpuint (o->index, ==, i);
      g_assert_cmpuint (o->count, ==, 3);
      g_assert_true (o->item == item);
    }

  tail = ct_programme_expand_occurrences (p, &from, NULL);
  g_assert_cmpuint (tail->len, ==, 2);
  g_assert_cmpuint (((CtOccurrence *) g_ptr_array_index (tail, 0))->index, ==, 1);

  /* An end date before the start is a single day, not an empty event. */
  item->end_date = ct_test_dmy (1, 10, 2023);
  g_clear_pointer (&all, g_ptr_array_unref);
  all = ct_programme_expand_occurrences (p, NULL, NULL);
  g_assert_cmpuint (all->len, ==, 1);
}

static void
test_exception (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  CtItem *briefing = NULL;
  GDate holiday = ct_test_dmy (4, 9, 2023);
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *mondays = NULL;

  for (guint i = 0; i < p->sections->len && briefing == NULL; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);
      CtItem *item = g_ptr_array_index (s->items, 0);

      if (item->kind == CT_ITEM_RECURRING)
        briefing = item;
    }
  g_assert_nonnull (briefing);
  ct_item_add_exception (briefing, &holiday);

  all = ct_programme_expand_occurrences (p, NULL, NULL);
  mondays = days_of (all, "Giao ban Thường trực Huyện ủy");
  g_assert_cmpstr (mondays, ==, "11/9,18/9,25/9");
  g_assert_cmpuint (all->len, ==, 8);
  for (guint i = 0, n = 0; i < all->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (all, i);

      if (o->item != briefing)
        continue;
      g_assert_cmpuint (o->index, ==, n++);
      g_assert_cmpuint (o->count, ==, 3);
    }
}

static void
test_recurring_range (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  CtSection *s = ct_programme_add_section (p, "Giao ban");
  CtItem *item = ct_item_new (CT_ITEM_RECURRING);
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *days = NULL;
  GDate first, last;

  /* A quarter programme; the rule runs from 1 November and sits on Tue and Fri. */
  ct_programme_set_period (p, CT_PERIOD_KIND_QUARTER, 2023, 4);
  item->title = g_strdup ("Giao ban khối Dân vận");
  item->weekdays = CT_WEEKDAY_TUESDAY | CT_WEEKDAY_FRIDAY;
  item->start_date = ct_test_dmy (1, 11, 2023);
  item->end_date = ct_test_dmy (14, 11, 2023);
  ct_section_add_item (s, item);

  all = ct_programme_expand_occurrences (p, NULL, NULL);
  days = days_of (all, "Giao ban khối Dân vận");
  g_assert_cmpstr (days, ==, "3/11,7/11,10/11,14/11");

  /* Without its own end date the rule runs to the end of the period. */
  g_date_clear (&item->end_date, 1);
  g_assert_true (ct_item_get_date_range (item, p, &first, &last));
  g_assert_cmpuint (g_date_get_day (&last), ==, 31);
  g_assert_cmpuint (g_date_get_month (&last), ==, 12);
  g_clear_pointer (&all, g_ptr_array_unref);
  all = ct_programme_expand_occurrences (p, NULL, NULL);
  /* Tuesdays and Fridays from 1/11 to 31/12/2023: 4 + 4 in November, 4 + 5 in December. */
  g_assert_cmpuint (all->len, ==, 17);

  /* No weekdays: no days. */
  item->weekdays = 0;
  g_clear_pointer (&all, g_ptr_array_unref);
  all = ct_programme_expand_occurrences (p, NULL, NULL);
  g_assert_cmpuint (all->len, ==, 0);
}

static void
test_undated (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  CtSection *s = ct_programme_add_section (p, "Hội nghị");
  g_autoptr(GPtrArray) all = NULL;
  GDate first, last;

  ct_section_add_item (s, ct_item_new_event ("Hội nghị chưa định ngày", NULL));
  ct_section_add_item (s, ct_item_new_task ("Một nhiệm vụ."));
  all = ct_programme_expand_occurrences (p, NULL, NULL);
  g_assert_cmpuint (all->len, ==, 0);
  g_assert_false (ct_item_get_date_range (g_ptr_array_index (s->items, 0), p, &first, &last));
  g_assert_false (g_date_valid (&first));
}

static void
test_copy (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(GPtrArray) all = ct_programme_expand_occurrences (p, NULL, NULL);
  g_autoptr(CtOccurrence) copy = ct_occurrence_copy (g_ptr_array_index (all, 0));

  g_clear_pointer (&all, g_ptr_array_unref);
  g_clear_pointer (&p, ct_programme_unref);
  /* The copy keeps the item alive on its own. */
  g_assert_cmpstr (copy->item->title, ==, "Giao ban Thường trực Huyện ủy");
  g_assert_cmpuint (g_date_get_day (&copy->date), ==, 4);
}

static void
test_reschedule (void)
{
  GDate start = ct_test_dmy (10, 10, 2023), later = ct_test_dmy (16, 10, 2023);
  GDate earlier = ct_test_dmy (2, 10, 2023);
  g_autoptr(CtItem) event = ct_item_new_event ("Lớp bồi dưỡng cấp ủy viên cơ sở", &start);
  g_autoptr(CtItem) rule = ct_item_new (CT_ITEM_RECURRING);
  g_autoptr(CtItem) task = ct_item_new_task ("Một nhiệm vụ.");

  event->end_date = ct_test_dmy (12, 10, 2023);
  g_assert_true (ct_item_reschedule (event, &later));
  g_assert_cmpuint (g_date_get_day (&event->start_date), ==, 16);
  g_assert_cmpuint (g_date_get_day (&event->end_date), ==, 18);
  g_assert_true (ct_item_reschedule (event, &earlier));
  g_assert_cmpuint (g_date_get_day (&event->start_date), ==, 2);
  g_assert_cmpuint (g_date_get_day (&event->end_date), ==, 4);
  g_assert_false (ct_item_reschedule (event, &earlier));
  rule->weekdays = CT_WEEKDAY_MONDAY;
  g_assert_false (ct_item_reschedule (rule, &later));
  g_assert_false (ct_item_reschedule (task, &later));
}

static void
test_seed (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_seed ();
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *briefings = NULL;
  GString *days;

  if (p == NULL)
    return;
  all = ct_programme_expand_occurrences (p, NULL, NULL);
  briefings = days_of (all, "Giao ban Thường trực Huyện ủy");
  /* "Giao ban Thường trực Huyện ủy chiều thứ 2 hằng tuần" in September 2023. */
  g_assert_cmpstr (briefings, ==, "4/9,11/9,18/9,25/9");
  days = g_string_new (NULL);
  for (guint i = 0; i < all->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (all, i);
      g_string_append_printf (days, "%s%u%s", days->len ? "," : "", g_date_get_day (&o->date),
                              o->tentative ? "?" : "");
    }
  /* Sections II–VI: 08/9, 26/9, 28/9 and 29/9 are "Dự kiến", 20/9 is fixed. */
  g_assert_cmpstr (days->str, ==, "4,8?,11,18,20,25,26?,28?,29?");
  g_string_free (days, TRUE);
}

/* A monthly rule over @first–@last of 2025 in a programme of its own. */
static CtProgramme *
monthly_programme (CtRecurrence recurrence,
                   int          month_day,
                   guint        weekdays,
                   int          month_week,
                   int          first_month,
                   int          last_month)
{
  CtProgramme *p = ct_programme_new ();
  CtSection *s = ct_programme_add_section (p, "Lịch định kỳ");
  CtItem *item = ct_item_new (CT_ITEM_RECURRING);

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2025, 3);
  item->title = g_strdup ("Họp định kỳ");
  item->recurrence = recurrence;
  item->month_day = month_day;
  item->weekdays = weekdays;
  item->month_week = month_week;
  item->start_date = ct_test_dmy (1, first_month, 2025);
  item->end_date = ct_test_dmy (g_date_get_days_in_month (last_month, 2025), last_month, 2025);
  ct_section_add_item (s, item);
  return p;
}

static char *
monthly_days (CtRecurrence recurrence,
              int          month_day,
              guint        weekdays,
              int          month_week,
              int          first_month,
              int          last_month)
{
  g_autoptr(CtProgramme) p = monthly_programme (recurrence, month_day, weekdays, month_week,
                                                first_month, last_month);
  g_autoptr(GPtrArray) all = ct_programme_expand_occurrences (p, NULL, NULL);

  return days_of (all, "Họp định kỳ");
}

static void
test_monthly_state (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  g_autoptr(GPtrArray) all = ct_programme_expand_occurrences (p, NULL, NULL);
  GString *days = g_string_new (NULL);

  /* Day 5 = Wednesday 5 March, the first Monday = 3 March, the meeting on 14 March; the
   * visit "tuần 3" and the meeting "thông báo sau" are on no day, the tasks neither. */
  for (guint i = 0; i < all->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (all, i);
      g_string_append_printf (days, "%s%u/%u %s", days->len ? "; " : "",
                              g_date_get_day (&o->date), g_date_get_month (&o->date),
                              o->item->title);
    }
  g_assert_cmpstr (days->str, ==,
                   "3/3 Giao ban lãnh đạo UBND huyện; "
                   "5/3 Tiếp công dân định kỳ của Chủ tịch UBND huyện; "
                   "14/3 Phiên họp thường kỳ Ủy ban nhân dân huyện tháng 3");
  g_assert_cmpuint (g_date_get_weekday (&((CtOccurrence *) g_ptr_array_index (all, 1))->date),
                    ==, G_DATE_WEDNESDAY);
  g_string_free (days, TRUE);
}

static void
test_monthly_day (void)
{
  g_autofree char *day31 = monthly_days (CT_RECURRENCE_MONTHLY_DAY, 31, 0, 0, 2, 4);
  g_autofree char *day5 = monthly_days (CT_RECURRENCE_MONTHLY_DAY, 5, 0, 0, 2, 4);
  g_autofree char *day29 = monthly_days (CT_RECURRENCE_MONTHLY_DAY, 29, 0, 0, 1, 3);

  /* February and April have no 31st: no occurrence there, none moved to the 28th. */
  g_assert_cmpstr (day31, ==, "31/3");
  g_assert_cmpstr (day5, ==, "5/2,5/3,5/4");
  /* 2025 is not a leap year. */
  g_assert_cmpstr (day29, ==, "29/1,29/3");
}

static void
test_monthly_weekday (void)
{
  g_autofree char *last_friday = monthly_days (CT_RECURRENCE_MONTHLY_WEEKDAY, 0,
                                               CT_WEEKDAY_FRIDAY, -1, 1, 4);
  g_autofree char *first_monday = monthly_days (CT_RECURRENCE_MONTHLY_WEEKDAY, 0,
                                                CT_WEEKDAY_MONDAY, 1, 2, 4);
  g_autofree char *fifth_monday = monthly_days (CT_RECURRENCE_MONTHLY_WEEKDAY, 0,
                                                CT_WEEKDAY_MONDAY, 5, 1, 6);
  g_autofree char *third_thursday = monthly_days (CT_RECURRENCE_MONTHLY_WEEKDAY, 0,
                                                  CT_WEEKDAY_THURSDAY, 3, 3, 3);

  g_assert_cmpstr (last_friday, ==, "31/1,28/2,28/3,25/4");
  g_assert_cmpstr (first_monday, ==, "3/2,3/3,7/4");
  /* Only March and June 2025 have a fifth Monday. */
  g_assert_cmpstr (fifth_monday, ==, "31/3,30/6");
  g_assert_cmpstr (third_thursday, ==, "20/3");
}

static void
test_monthly_exception (void)
{
  g_autoptr(CtProgramme) p = monthly_programme (CT_RECURRENCE_MONTHLY_DAY, 5, 0, 0, 2, 4);
  CtSection *s = g_ptr_array_index (p->sections, 0);
  CtItem *item = g_ptr_array_index (s->items, 0);
  GDate day = ct_test_dmy (5, 3, 2025), from = ct_test_dmy (1, 4, 2025);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) april = NULL;
  g_autofree char *days = NULL;
  CtOccurrence *o;

  ct_item_add_exception (item, &day);
  all = ct_programme_expand_occurrences (p, NULL, NULL);
  days = days_of (all, "Họp định kỳ");
  g_assert_cmpstr (days, ==, "5/2,5/4");
  /* The index counts from the range start, whatever window is asked for. */
  april = ct_programme_expand_occurrences (p, &from, NULL);
  g_assert_cmpuint (april->len, ==, 1);
  o = g_ptr_array_index (april, 0);
  g_assert_cmpuint (o->index, ==, 1);
  g_assert_cmpuint (o->count, ==, 2);
  /* A rule is moved by editing it. */
  g_assert_false (ct_item_reschedule (item, &from));
}

static void
test_vague (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_state_2025 ();
  CtItem *visit = fixture_find_titled (p, "Kiểm tra tiến độ xây dựng trường học xã Bến Đò",
                                       NULL);
  CtItem *later = fixture_find_titled (p, "Làm việc với Đoàn kiểm tra của tỉnh", NULL);
  GDate day = ct_test_dmy (18, 3, 2025), first, last;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(GPtrArray) all = NULL;

  g_assert_false (ct_item_get_date_range (visit, p, &first, &last));
  g_assert_true (ct_item_get_window (visit, &first, &last));
  g_assert_cmpuint (g_date_get_day (&first), ==, 17);
  g_assert_cmpuint (g_date_get_day (&last), ==, 21);
  g_assert_false (ct_item_get_window (later, &first, &last));
  g_assert_false (g_date_valid (&first));
  g_assert_false (ct_item_reschedule (visit, &day));
  g_assert_cmpuint (g_date_get_day (&visit->start_date), ==, 17);

  /* An exact meeting on 18 March and the visit's window over the weekend: neither a
   * same-time nor a weekend conflict, since the visit is on no day in particular. */
  visit->end_date = ct_test_dmy (23, 3, 2025);
  ct_section_add_item (g_ptr_array_index (p->sections, 0),
                       ct_item_new_event ("Hội nghị sơ kết quý I", &day));
  all = ct_programme_expand_occurrences (p, NULL, NULL);
  g_assert_cmpuint (all->len, ==, 4);
  conflicts = ct_programme_check_conflicts (p, NULL, NULL, NULL);
  g_assert_cmpuint (conflicts->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/occurrence/weekly-briefing", test_weekly_briefing);
  g_test_add_func ("/occurrence/sorted", test_sorted);
  g_test_add_func ("/occurrence/window", test_window);
  g_test_add_func ("/occurrence/multi-day", test_multi_day);
  g_test_add_func ("/occurrence/exception", test_exception);
  g_test_add_func ("/occurrence/recurring-range", test_recurring_range);
  g_test_add_func ("/occurrence/undated", test_undated);
  g_test_add_func ("/occurrence/copy", test_copy);
  g_test_add_func ("/occurrence/reschedule", test_reschedule);
  g_test_add_func ("/occurrence/seed", test_seed);
  g_test_add_func ("/occurrence/monthly-state", test_monthly_state);
  g_test_add_func ("/occurrence/monthly-day", test_monthly_day);
  g_test_add_func ("/occurrence/monthly-weekday", test_monthly_weekday);
  g_test_add_func ("/occurrence/monthly-exception", test_monthly_exception);
  g_test_add_func ("/occurrence/vague", test_vague);
  return g_test_run ();
}
