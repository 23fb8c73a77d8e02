/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-conflict.h"
#include "fixture-programme.h"
#include "test-util.h"

static CtItem *
add_event (CtProgramme *p,
           const char  *title,
           int          day,
           int          month,
           int          year)
{
  CtSection *section = g_ptr_array_index (p->sections, p->sections->len - 1);
  GDate date;
  CtItem *item;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  item = ct_item_new_event (title, &date);
  ct_section_add_item (section, item);
  return item;
}

static void
test_seed_month (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(CtHolidays) holidays = ct_holidays_new ();
  g_autoptr(GPtrArray) conflicts = ct_programme_check_conflicts (p, holidays, NULL, NULL);
  CtConflict *c;

  /* Monday 4/9/2023 was nghỉ bù for Quốc khánh: the weekly briefing falls on it. */
  g_assert_cmpuint (conflicts->len, ==, 1);
  c = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (c->kind, ==, CT_CONFLICT_DAY_OFF);
  g_assert_cmpuint (g_date_get_day (&c->date), ==, 4);
  g_assert_cmpstr (c->item->title, ==, "Giao ban Thường trực Huyện ủy");
  g_assert_null (c->other);
  g_assert_false (c->tentative);
  g_assert_cmpstr (c->message, ==,
                   "Monday 4/9/2023: “Giao ban Thường trực Huyện ủy” falls on a day off "
                   "(National Day).");
}

static void
test_same_time (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(CtHolidays) holidays = ct_holidays_new ();
  g_autoptr(GPtrArray) conflicts = NULL;
  GDate from, to;
  CtItem *morning, *afternoon, *same_day;
  CtConflict *c;

  g_date_clear (&from, 1);
  g_date_clear (&to, 1);
  g_date_set_dmy (&from, 5, 9, 2023);
  g_date_set_dmy (&to, 30, 9, 2023);
  /* Monday morning beside the afternoon briefing: no clash. */
  morning = add_event (p, "Hội nghị sơ kết khối Dân vận", 11, 9, 2023);
  morning->day_part = CT_DAY_PART_MORNING;
  /* 14:30 with no day part is the afternoon: clashes with the briefing. */
  afternoon = add_event (p, "Làm việc với Đảng ủy xã Đồi Chè", 18, 9, 2023);
  afternoon->start_minute = 14 * 60 + 30;
  /* No day part, no time: may clash with anything that day. */
  same_day = add_event (p, "Họp Ban Chỉ đạo chuyển đổi số", 26, 9, 2023);

  conflicts = ct_programme_check_conflicts (p, holidays, &from, &to);
  g_assert_cmpuint (conflicts->len, ==, 2);
  c = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (c->kind, ==, CT_CONFLICT_SAME_TIME);
  g_assert_cmpuint (g_date_get_day (&c->date), ==, 18);
  g_assert_true (c->item == afternoon || c->other == afternoon);
  c = g_ptr_array_index (conflicts, 1);
  g_assert_cmpint (c->kind, ==, CT_CONFLICT_SAME_TIME);
  g_assert_cmpuint (g_date_get_day (&c->date), ==, 26);
  g_assert_cmpstr (c->item->title, ==, "Hội nghị Ban Thường vụ Huyện ủy");
  g_assert_true (c->other == same_day);
  g_assert_cmpstr (c->message, ==,
                   "Tuesday 26/9/2023: “Hội nghị Ban Thường vụ Huyện ủy” and “Họp Ban Chỉ đạo "
                   "chuyển đổi số” take place at the same time.");
}

static void
test_weekend_and_lam_bu (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtHolidays) holidays = ct_holidays_new ();
  g_autoptr(GPtrArray) conflicts = NULL;
  CtConflict *c;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2024, 5);
  ct_programme_add_section (p, "Hội nghị");
  /* Saturday 4/5/2024 is a làm bù working day; Saturday 11/5 is not. */
  add_event (p, "Hội nghị giao ban khối Nội chính", 4, 5, 2024);
  add_event (p, "Hội nghị tập huấn nghiệp vụ văn phòng", 11, 5, 2024);
  conflicts = ct_programme_check_conflicts (p, holidays, NULL, NULL);
  g_assert_cmpuint (conflicts->len, ==, 1);
  c = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (c->kind, ==, CT_CONFLICT_WEEKEND);
  g_assert_cmpuint (g_date_get_day (&c->date), ==, 11);
  g_assert_cmpstr (c->message, ==,
                   "Saturday 11/5/2024: “Hội nghị tập huấn nghiệp vụ văn phòng” falls on a "
                   "weekend.");
}

static void
test_tentative_year (void)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtHolidays) holidays = ct_holidays_new ();
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(CtConflict) copy = NULL;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2027, 5);
  ct_programme_add_section (p, "Hội nghị");
  /* 3/5/2027: nghỉ bù for 1/5 on a Saturday, by the Labour Code alone. */
  add_event (p, "Hội nghị Ban Chấp hành mở rộng", 3, 5, 2027);
  conflicts = ct_programme_check_conflicts (p, holidays, NULL, NULL);
  g_assert_cmpuint (conflicts->len, ==, 1);
  copy = ct_conflict_copy (g_ptr_array_index (conflicts, 0));
  g_assert_cmpint (copy->kind, ==, CT_CONFLICT_DAY_OFF);
  g_assert_true (copy->tentative);
}

static void
test_overlap_rule (void)
{
  g_assert_true (ct_occurrences_overlap (CT_DAY_PART_MORNING, CT_NO_TIME,
                                         CT_DAY_PART_MORNING, CT_NO_TIME));
  g_assert_false (ct_occurrences_overlap (CT_DAY_PART_MORNING, CT_NO_TIME,
                                          CT_DAY_PART_AFTERNOON, CT_NO_TIME));
  g_assert_true (ct_occurrences_overlap (CT_DAY_PART_ALL_DAY, CT_NO_TIME,
                                         CT_DAY_PART_EVENING, CT_NO_TIME));
  g_assert_true (ct_occurrences_overlap (CT_DAY_PART_NONE, CT_NO_TIME,
                                         CT_DAY_PART_EVENING, CT_NO_TIME));
  g_assert_true (ct_occurrences_overlap (CT_DAY_PART_NONE, 8 * 60,
                                         CT_DAY_PART_MORNING, CT_NO_TIME));
  g_assert_false (ct_occurrences_overlap (CT_DAY_PART_NONE, 8 * 60,
                                          CT_DAY_PART_NONE, 19 * 60 + 30));
}

static void
test_seed (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_seed ();
  g_autoptr(CtHolidays) holidays = ct_holidays_new ();
  g_autoptr(GPtrArray) conflicts = NULL;
  CtConflict *c;

  if (p == NULL)
    return;
  conflicts = ct_programme_check_conflicts (p, holidays, NULL, NULL);
  /* The real programme's one problem: its Monday briefing on 4/9/2023, a day off. */
  g_assert_cmpuint (conflicts->len, ==, 1);
  c = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (c->kind, ==, CT_CONFLICT_DAY_OFF);
  g_assert_cmpstr (c->message, ==,
                   "Monday 4/9/2023: “Giao ban Thường trực Huyện ủy” falls on a day off "
                   "(National Day).");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/conflict/seed-month", test_seed_month);
  g_test_add_func ("/conflict/same-time", test_same_time);
  g_test_add_func ("/conflict/weekend-and-lam-bu", test_weekend_and_lam_bu);
  g_test_add_func ("/conflict/tentative-year", test_tentative_year);
  g_test_add_func ("/conflict/overlap-rule", test_overlap_rule);
  g_test_add_func ("/conflict/seed", test_seed);
  return g_test_run ();
}
