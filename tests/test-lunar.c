/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <stdio.h>

#include "ct-lunar.h"
#include "test-util.h"

/* Vectors from shared/spec/holidays.md §3 (Vietnamese calendar, UTC+7). */

static void
assert_lunar (const char *gregorian,
              int         day,
              int         month,
              int         year,
              gboolean    leap)
{
  GDate d = ct_test_iso (gregorian), back;
  CtLunarDate l;

  g_test_message ("%s", gregorian);
  g_assert_true (ct_lunar_from_date (&d, &l));
  g_assert_cmpint (l.day, ==, day);
  g_assert_cmpint (l.month, ==, month);
  g_assert_cmpint (l.year, ==, year);
  g_assert_cmpint (l.leap, ==, leap);
  g_assert_true (ct_lunar_to_date (&l, &back));
  g_assert_cmpint (g_date_compare (&back, &d), ==, 0);
}

typedef struct
{
  const char *gregorian;
  int day;
  int month;
  int year;
  gboolean leap;
} LunarCase;

typedef struct
{
  const LunarCase *dates;
  gsize n_dates;
} LunarTable;

#define LUNAR_TABLE(dates) (&(const LunarTable) { (dates), G_N_ELEMENTS (dates) })

/* Each date of the table @data, to the lunar calendar and back. */
static void
test_lunar_dates (gconstpointer data)
{
  const LunarTable *table = data;

  for (gsize i = 0; i < table->n_dates; i++)
    assert_lunar (table->dates[i].gregorian, table->dates[i].day, table->dates[i].month,
                  table->dates[i].year, table->dates[i].leap);
}

static void
assert_solar (int         day,
              int         month,
              int         year,
              const char *expected)
{
  CtLunarDate l = { day, month, year, FALSE };
  GDate d, want = ct_test_iso (expected);

  g_test_message ("%d/%d/%d", day, month, year);
  g_assert_true (ct_lunar_to_date (&l, &d));
  g_assert_cmpint (g_date_compare (&d, &want), ==, 0);
}

static const LunarCase notice_vectors[] = {
  { "2023-01-20", 29, 12, 2022, FALSE },
  { "2024-02-08", 29, 12, 2023, FALSE },
  { "2025-01-25", 26, 12, 2024, FALSE },
  { "2026-02-14", 27, 12, 2025, FALSE },
  { "2026-02-16", 29, 12, 2025, FALSE },
  { "2026-02-22", 6, 1, 2026, FALSE },
};

static void
test_tet (void)
{
  const struct { int year; const char *tet, *eve, *hung_kings; } years[] = {
    { 2023, "2023-01-22", "2023-01-21", "2023-04-29" },
    { 2024, "2024-02-10", "2024-02-09", "2024-04-18" },
    { 2025, "2025-01-29", "2025-01-28", "2025-04-07" },
    { 2026, "2026-02-17", "2026-02-16", "2026-04-26" },
    { 2027, "2027-02-06", "2027-02-05", "2027-04-16" },
    { 2028, "2028-01-26", "2028-01-25", "2028-04-04" },
    { 2029, "2029-02-13", "2029-02-12", "2029-04-23" },
    /* Vietnam's Tết 2030 is a day before China's (2030-02-03): the new moon is at 23:08
     * in Hà Nội and 00:08 in Beijing. */
    { 2030, "2030-02-02", "2030-02-01", "2030-04-12" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      GDate eve = ct_test_iso (years[i].eve);
      CtLunarDate l;

      assert_solar (1, 1, years[i].year, years[i].tet);
      assert_solar (10, 3, years[i].year, years[i].hung_kings);
      /* Giao thừa: the last day (29 or 30) of tháng Chạp of the year before. */
      g_assert_true (ct_lunar_from_date (&eve, &l));
      g_assert_cmpint (l.month, ==, 12);
      g_assert_cmpint (l.year, ==, years[i].year - 1);
      g_assert_cmpint (l.day, >=, 29);
    }
}

static const LunarCase vietnam_not_china[] = {
  { "1985-01-21", 1, 1, 1985, FALSE },
  { "2007-02-17", 1, 1, 2007, FALSE },
  { "2030-02-02", 1, 1, 2030, FALSE },
  { "2030-02-01", 29, 12, 2029, FALSE },
  /* The North's Tết 1968, the first after UTC+7 was adopted (the South's: 30/1). */
  { "1968-01-29", 1, 1, 1968, FALSE },
};

static void
test_leap_months (void)
{
  CtLunarDate leap = { 1, 2, 2023, TRUE }, bogus = { 1, 3, 2023, TRUE };
  GDate d;

  g_assert_cmpint (ct_lunar_get_leap_month (2023), ==, 2);
  g_assert_cmpint (ct_lunar_get_leap_month (2024), ==, 0);
  g_assert_cmpint (ct_lunar_get_leap_month (2025), ==, 6);
  g_assert_cmpint (ct_lunar_get_leap_month (2026), ==, 0);
  g_assert_cmpint (ct_lunar_get_leap_month (2028), ==, 5);
  g_assert_cmpint (ct_lunar_get_leap_month (2031), ==, 3);

  /* Leap months start 2023-03-22, 2025-07-25, 2028-06-23, 2031-04-21. */
  assert_lunar ("2023-03-22", 1, 2, 2023, TRUE);
  assert_lunar ("2025-07-25", 1, 6, 2025, TRUE);
  assert_lunar ("2028-06-23", 1, 5, 2028, TRUE);
  assert_lunar ("2031-04-21", 1, 3, 2031, TRUE);
  g_assert_true (ct_lunar_to_date (&leap, &d));
  g_assert_false (ct_lunar_to_date (&bogus, &d));
  g_assert_false (g_date_valid (&d));
  /* Giỗ Tổ 2031 on the regular (first) 3rd month. */
  assert_solar (10, 3, 2031, "2031-04-01");
}

static void
test_invalid (void)
{
  CtLunarDate l;
  GDate d;
  CtLunarDate day30 = { 30, 12, 2024, FALSE };

  /* Tháng Chạp Giáp Thìn has 29 days: giao thừa 2025 is the 29th. */
  g_assert_false (ct_lunar_to_date (&day30, &d));
  d = ct_test_iso ("1899-12-31");
  g_assert_false (ct_lunar_from_date (&d, &l));
}

static void
test_round_trip (void)
{
  GDate d = ct_test_iso ("1950-01-01"), end = ct_test_iso ("2100-12-31");
  CtLunarDate start;
  int previous_day;

  g_assert_true (ct_lunar_from_date (&d, &start));
  previous_day = start.day - 1;
  /* Every day maps back to itself and lunar days count up by one or restart at 1. */
  for (; g_date_compare (&d, &end) <= 0; g_date_add_days (&d, 1))
    {
      CtLunarDate l;
      GDate back;

      g_assert_true (ct_lunar_from_date (&d, &l));
      g_assert_true (l.day == previous_day + 1 || (l.day == 1 && previous_day >= 29));
      previous_day = l.day;
      if (l.day == 1 || l.day == 15)
        {
          g_assert_true (ct_lunar_to_date (&l, &back));
          g_assert_cmpint (g_date_compare (&back, &d), ==, 0);
        }
    }
}

static void
test_year_name (void)
{
  const struct { int year; const char *name; } names[] = {
    { 2022, "Nhâm Dần" }, { 2023, "Quý Mão" }, { 2024, "Giáp Thìn" }, { 2025, "Ất Tỵ" },
    { 2026, "Bính Ngọ" }, { 2027, "Đinh Mùi" }, { 2030, "Canh Tuất" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = ct_lunar_format_year_name (names[i].year);
      g_assert_cmpstr (name, ==, names[i].name);
    }
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_data_func ("/lunar/notice-vectors", LUNAR_TABLE (notice_vectors), test_lunar_dates);
  g_test_add_func ("/lunar/tet-and-hung-kings", test_tet);
  g_test_add_data_func ("/lunar/vietnam-not-china", LUNAR_TABLE (vietnam_not_china),
                        test_lunar_dates);
  g_test_add_func ("/lunar/leap-months", test_leap_months);
  g_test_add_func ("/lunar/invalid", test_invalid);
  g_test_add_func ("/lunar/round-trip", test_round_trip);
  g_test_add_func ("/lunar/year-name", test_year_name);
  return g_test_run ();
}
