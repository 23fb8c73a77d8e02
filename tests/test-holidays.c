/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <unistd.h>

#include "ct-holidays.h"
#include "test-util.h"

/* Expected values from shared/spec/holidays.md §2 and §5. */

static void
assert_day (CtHolidays *h,
            const char *date,
            CtDayKind   kind,
            gboolean    tentative,
            const char *name)
{
  GDate d = ct_test_iso (date);
  CtDayInfo info;

  g_test_message ("%s", date);
  ct_holidays_lookup (h, &d, &info);
  g_assert_cmpint (info.kind, ==, kind);
  g_assert_cmpint (info.tentative, ==, tentative);
  g_assert_cmpstr (info.name, ==, name);
}

typedef struct
{
  const char *date;
  CtDayKind kind;
  gboolean tentative;
  const char *name;
} DayCase;

typedef struct
{
  const DayCase *days;
  gsize n_days;
} DayTable;

#define DAY_TABLE(days) (&(const DayTable) { (days), G_N_ELEMENTS (days) })

/* Each day of the table @data as the built-in data gives it. */
static void
test_days (gconstpointer data)
{
  const DayTable *table = data;
  g_autoptr(CtHolidays) h = ct_holidays_new ();

  for (gsize i = 0; i < table->n_days; i++)
    assert_day (h, table->days[i].date, table->days[i].kind, table->days[i].tentative,
                table->days[i].name);
}

/* Weekdays off and Saturdays worked of @year, as "MM-DD" lists joined by " ". */
static void
collect_year (CtHolidays *h,
              int         year,
              char      **weekdays_off,
              char      **saturdays_worked)
{
  GString *off = g_string_new (NULL), *worked = g_string_new (NULL);
  GDate d, end;

  g_date_clear (&d, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&d, 1, 1, year);
  g_date_set_dmy (&end, 31, 12, year);
  for (; g_date_compare (&d, &end) <= 0; g_date_add_days (&d, 1))
    {
      GDateWeekday wd = g_date_get_weekday (&d);
      gboolean working = ct_holidays_is_working_day (h, &d);
      GString *list = NULL;

      if (wd <= G_DATE_FRIDAY && !working)
        list = off;
      else if (wd == G_DATE_SATURDAY && working)
        list = worked;
      if (list != NULL)
        g_string_append_printf (list, "%s%02d-%02d", list->len ? " " : "",
                                g_date_get_month (&d), g_date_get_day (&d));
    }
  *weekdays_off = g_string_free (off, FALSE);
  *saturdays_worked = g_string_free (worked, FALSE);
}

static void
test_decided_years (void)
{
  const struct { int year; const char *off, *worked; } years[] = {
    { 2023, "01-02 01-20 01-23 01-24 01-25 01-26 05-01 05-02 05-03 09-01 09-04", "" },
    { 2024, "01-01 02-08 02-09 02-12 02-13 02-14 04-18 04-29 04-30 05-01 09-02 09-03",
      "05-04" },
    { 2025, "01-01 01-27 01-28 01-29 01-30 01-31 04-07 04-30 05-01 05-02 09-01 09-02",
      "04-26" },
    { 2026, "01-01 01-02 02-16 02-17 02-18 02-19 02-20 04-27 04-30 05-01 08-31 09-01 09-02 "
      "11-24", "01-10 08-22" },
  };
  g_autoptr(CtHolidays) h = ct_holidays_new ();

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_autofree char *off = NULL, *worked = NULL;

      collect_year (h, years[i].year, &off, &worked);
      g_assert_cmpstr (off, ==, years[i].off);
      g_assert_cmpstr (worked, ==, years[i].worked);
    }
}

static void
test_september_2023 (void)
{
  g_autoptr(CtHolidays) h = ct_holidays_new ();
  GDate monday = ct_test_iso ("2023-09-04");

  assert_day (h, "2023-09-01", CT_DAY_KIND_HOLIDAY, FALSE, "National Day");
  assert_day (h, "2023-09-02", CT_DAY_KIND_HOLIDAY, FALSE, "National Day");
  assert_day (h, "2023-09-03", CT_DAY_KIND_DAY_OFF, FALSE, "National Day");
  /* Monday 4/9/2023: nghỉ bù for 2/9 on a Saturday. */
  assert_day (h, "2023-09-04", CT_DAY_KIND_DAY_OFF, FALSE, "National Day");
  g_assert_false (ct_holidays_is_working_day (h, &monday));
  assert_day (h, "2023-09-05", CT_DAY_KIND_WEEKDAY, FALSE, NULL);
  assert_day (h, "2023-09-09", CT_DAY_KIND_WEEKEND, FALSE, NULL);
  g_assert_nonnull (strstr (ct_holidays_get_decision (h, 2023), "8056/VPCP-KGVX"));
  g_assert_null (ct_holidays_get_decision (h, 2027));
}

static const DayCase named_days[] = {
  { "2022-12-31", CT_DAY_KIND_DAY_OFF, FALSE, "New Year's Day" },
  { "2023-01-01", CT_DAY_KIND_HOLIDAY, FALSE, "New Year's Day" },
  { "2023-01-22", CT_DAY_KIND_HOLIDAY, FALSE, "Lunar New Year" },
  { "2023-04-29", CT_DAY_KIND_HOLIDAY, FALSE, "Hung Kings' Commemoration Day" },
  { "2023-04-30", CT_DAY_KIND_HOLIDAY, FALSE, "Reunification Day" },
  { "2023-05-02", CT_DAY_KIND_DAY_OFF, FALSE,
    "Hung Kings' Commemoration Day, Reunification Day, International Labour Day" },
  { "2024-09-03", CT_DAY_KIND_HOLIDAY, FALSE, "National Day" },
  { "2024-04-29", CT_DAY_KIND_DAY_OFF, FALSE, "Reunification Day, International Labour Day" },
  { "2026-11-24", CT_DAY_KIND_HOLIDAY, FALSE, "Vietnam Culture Day" },
};

static void
test_lam_bu (void)
{
  g_autoptr(CtHolidays) h = ct_holidays_new ();
  GDate saturday = ct_test_iso ("2024-05-04"), next = ct_test_iso ("2024-05-11");

  /* A làm bù Saturday is a normal working day (§5.4). */
  assert_day (h, "2024-05-04", CT_DAY_KIND_WORKING_DAY, FALSE, NULL);
  g_assert_true (ct_holidays_is_working_day (h, &saturday));
  g_assert_false (ct_holidays_is_working_day (h, &next));
  assert_day (h, "2025-04-26", CT_DAY_KIND_WORKING_DAY, FALSE, NULL);
  assert_day (h, "2026-01-10", CT_DAY_KIND_WORKING_DAY, FALSE, NULL);
}

static const DayCase statutory_2027[] = {
  /* No decision for 2027 (§2, "not decided"): the statutory baseline, tentative. */
  { "2027-01-01", CT_DAY_KIND_HOLIDAY, TRUE, "New Year's Day" },
  { "2027-02-05", CT_DAY_KIND_HOLIDAY, TRUE, "Lunar New Year" },
  { "2027-02-06", CT_DAY_KIND_HOLIDAY, TRUE, "Lunar New Year" },
  /* Never invent the five Tết days. */
  { "2027-02-08", CT_DAY_KIND_WEEKDAY, TRUE, NULL },
  { "2027-04-16", CT_DAY_KIND_HOLIDAY, TRUE, "Hung Kings' Commemoration Day" },
  { "2027-04-30", CT_DAY_KIND_HOLIDAY, TRUE, "Reunification Day" },
  { "2027-05-01", CT_DAY_KIND_HOLIDAY, TRUE, "International Labour Day" },
  /* 1/5 is a Saturday: nghỉ bù on Monday 3/5 (Điều 111(3)). */
  { "2027-05-03", CT_DAY_KIND_DAY_OFF, TRUE, "International Labour Day" },
  { "2027-09-02", CT_DAY_KIND_HOLIDAY, TRUE, "National Day" },
  { "2027-11-24", CT_DAY_KIND_HOLIDAY, TRUE, "Vietnam Culture Day" },
  /* Tết 2030 by the Vietnamese calendar (China: 3/2). */
  { "2030-02-02", CT_DAY_KIND_HOLIDAY, TRUE, "Lunar New Year" },
  { "2030-02-03", CT_DAY_KIND_WEEKEND, TRUE, NULL },
};

static const DayCase statutory_chain[] = {
  /* 2022 is not in the data: 1/1 Sat → Mon 3/1; Giỗ Tổ Sun 10/4 → Mon 11/4; 30/4 Sat and
   * 1/5 Sun → Mon 2/5 and Tue 3/5, as the year really went. */
  { "2022-01-03", CT_DAY_KIND_DAY_OFF, TRUE, "New Year's Day" },
  { "2022-04-10", CT_DAY_KIND_HOLIDAY, TRUE, "Hung Kings' Commemoration Day" },
  { "2022-04-11", CT_DAY_KIND_DAY_OFF, TRUE, "Hung Kings' Commemoration Day" },
  { "2022-05-02", CT_DAY_KIND_DAY_OFF, TRUE, "Reunification Day" },
  { "2022-05-03", CT_DAY_KIND_DAY_OFF, TRUE, "International Labour Day" },
  { "2022-05-04", CT_DAY_KIND_WEEKDAY, TRUE, NULL },
  /* 31/12/2022 belongs to the 2023 decision and stays as decided. */
  { "2022-12-31", CT_DAY_KIND_DAY_OFF, FALSE, "New Year's Day" },
};

static void
test_user_override (void)
{
  g_autoptr(CtHolidays) h = ct_holidays_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *text =
    "# A correction\n"
    "[2027]\n"
    "decision=Thông báo thử nghiệm\n"
    "days-off=2027-02-04..2027-02-10 tet;2027-11-24 culture-day\n"
    "saturdays-worked=2027-02-20\n"
    "[2023]\n"
    "days-off=2023-09-01..2023-09-03 national-day\n";
  int fd = g_file_open_tmp ("holidays-XXXXXX.ini", &path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  close (fd);
  g_assert_true (ct_holidays_load_file (h, path, &error));
  g_assert_no_error (error);
  g_unlink (path);

  assert_day (h, "2027-02-08", CT_DAY_KIND_HOLIDAY, FALSE, "Lunar New Year");
  assert_day (h, "2027-02-20", CT_DAY_KIND_WORKING_DAY, FALSE, NULL);
  /* A decided year has only its listed days. */
  assert_day (h, "2027-01-01", CT_DAY_KIND_WEEKDAY, FALSE, NULL);
  assert_day (h, "2023-09-04", CT_DAY_KIND_WEEKDAY, FALSE, NULL);
  assert_day (h, "2024-05-04", CT_DAY_KIND_WORKING_DAY, FALSE, NULL);
  g_assert_cmpstr (ct_holidays_get_decision (h, 2027), ==, "Thông báo thử nghiệm");
}

static void
test_invalid (void)
{
  g_autoptr(CtHolidays) h = ct_holidays_new ();
  const char *bad[] = {
    "[2023]\ndays-off=2023-13-01 national-day\n",
    "[2023]\ndays-off=2023-09-01..2023-09-04\n",
    "[2023]\ndays-off=2023-09-04..2023-09-01 national-day\n",
    "[2023]\nsaturdays-worked=4/5/2024\n",
    "[năm 2023]\ndays-off=2023-09-01 national-day\n",
    "not a key file\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ct_holidays_load_data (h, bad[i], -1, "holidays.ini", &error));
      g_assert_error (error, CT_HOLIDAYS_ERROR, CT_HOLIDAYS_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "holidays.ini"));
    }
  /* Nothing was lost. */
  assert_day (h, "2023-09-04", CT_DAY_KIND_DAY_OFF, FALSE, "National Day");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/holidays/decided-years", test_decided_years);
  g_test_add_func ("/holidays/september-2023", test_september_2023);
  g_test_add_data_func ("/holidays/named-days", DAY_TABLE (named_days), test_days);
  g_test_add_func ("/holidays/lam-bu", test_lam_bu);
  g_test_add_data_func ("/holidays/statutory-2027", DAY_TABLE (statutory_2027), test_days);
  g_test_add_data_func ("/holidays/statutory-chain", DAY_TABLE (statutory_chain), test_days);
  g_test_add_func ("/holidays/user-override", test_user_override);
  g_test_add_func ("/holidays/invalid", test_invalid);
  return g_test_run ();
}
