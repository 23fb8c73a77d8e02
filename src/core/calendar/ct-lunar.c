/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-lunar"

#include <math.h>

#include "ct-lunar.h"

/*
 * The Vietnamese lunisolar calendar after Hồ Ngọc Đức, "Thuật toán tính âm lịch"
 * (shared/spec/holidays.md §4): a month starts on the local day (UTC+7) holding the new
 * moon; the month holding the winter solstice is month 11; a year with 13 new moons
 * between two month-11 starts repeats the first month after month 11 with no major
 * solar term (trung khí) as its leap month. Day numbers are Julian Day Numbers (JDN).
 */

/* Mean synodic month, days, and the JD of the new moon of 1900-01-01 used as k = 0. */
#define SYNODIC_MONTH 29.530588853
#define NEW_MOON_EPOCH 2415021.076998695

/* GDate counts days from 0001-01-01 = 1 (proleptic Gregorian), JDN 1721426. */
#define GDATE_TO_JDN 1721425

static const char *const stems[] = {
  "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
};
static const char *const branches[] = {
  "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi",
};

static int
jdn_from_dmy (int day,
              int month,
              int year)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return (int) g_date_get_julian (&d) + GDATE_TO_JDN;
}

/* Instant (JD, UT) of the k-th new moon after 1900-01-01: Meeus' short series. */
static double
new_moon (int k)
{
  const double dr = G_PI / 180;
  double t = k / 1236.85, t2 = t * t, t3 = t2 * t;
  double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  double c1, delta_t;

  jd1 += 0.00033 * sin ((166.56 + 132.87 * t - 0.009173 * t2) * dr);
  c1 = (0.1734 - 0.000393 * t) * sin (m * dr) + 0.0021 * sin (2 * dr * m);
  c1 += -0.4068 * sin (mpr * dr) + 0.0161 * sin (dr * 2 * mpr);
  c1 += -0.0004 * sin (dr * 3 * mpr);
  c1 += 0.0104 * sin (dr * 2 * f) - 0.0051 * sin (dr * (m + mpr));
  c1 += -0.0074 * sin (dr * (m - mpr)) + 0.0004 * sin (dr * (2 * f + m));
  c1 += -0.0004 * sin (dr * (2 * f - m)) - 0.0006 * sin (dr * (2 * f + mpr));
  c1 += 0.0010 * sin (dr * (2 * f - mpr)) + 0.0005 * sin (dr * (2 * mpr + m));
  if (t < -11)
    delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
  else
    delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - delta_t;
}

/* The Sun's apparent longitude at instant @jd (UT), radians in [0, 2π). */
static double
sun_longitude (double jd)
{
  const double dr = G_PI / 180;
  double t = (jd - 2451545.0) / 36525, t2 = t * t;
  double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin (dr * m);
  double l;

  dl += (0.019993 - 0.000101 * t) * sin (dr * 2 * m) + 0.000290 * sin (dr * 3 * m);
  l = (l0 + dl) * dr;
  return l - 2 * G_PI * floor (l / (2 * G_PI));
}

/* JDN of the local day holding the k-th new moon. */
static int
new_moon_day (int k)
{
  return (int) floor (new_moon (k) + 0.5 + CT_LUNAR_TIME_ZONE / 24);
}

/* Which 30° sector (0–11) the Sun is in at the start of local day @jdn. */
static int
sun_sector (int jdn)
{
  return (int) floor (sun_longitude (jdn - 0.5 - CT_LUNAR_TIME_ZONE / 24) / G_PI * 6);
}

/* JDN of the first day of month 11 (the one holding the winter solstice) of @year. */
static int
month_11_start (int year)
{
  int off = jdn_from_dmy (31, 12, year) - 2415021;
  int k = (int) floor (off / SYNODIC_MONTH);
  int nm = new_moon_day (k);

  if (sun_sector (nm) >= 9)
    nm = new_moon_day (k - 1);
  return nm;
}

/* In a 13-month year starting at month 11 @a11: how many months after it the leap month
 * comes, i.e. the first month whose start sees no change of sector (no trung khí). */
static int
leap_month_offset (int a11)
{
  int k = (int) floor ((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  int i = 1;
  int arc = sun_sector (new_moon_day (k + i));
  int last;

  do
    {
      last = arc;
      i++;
      arc = sun_sector (new_moon_day (k + i));
    }
  while (arc != last && i < 14);
  return i - 1;
}

static gboolean
year_in_range (int year)
{
  return year >= CT_LUNAR_FIRST_YEAR && year <= CT_LUNAR_LAST_YEAR;
}

/**
 * ct_lunar_from_date:
 * @date: a valid Gregorian date, years %CT_LUNAR_FIRST_YEAR–%CT_LUNAR_LAST_YEAR
 * @lunar: (out caller-allocates): the Vietnamese lunar date
 *
 * Converts a Gregorian date to the Vietnamese lunar calendar computed at UTC+7
 * (Hồ Ngọc Đức's algorithm; shared/spec/holidays.md §4). E.g. 2023-01-20 is
 * 29/12 of the year starting 2022 (Nhâm Dần), 2030-02-02 is 1/1/2030 (China: 2030-02-03).
 *
 * Returns: %FALSE when @date is outside the supported years
 */
gboolean
ct_lunar_from_date (const GDate *date,
                    CtLunarDate *lunar)
{
  int year, jdn, k, month_start, a11, b11, diff;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);
  g_return_val_if_fail (lunar != NULL, FALSE);

  year = g_date_get_year (date);
  if (!year_in_range (year))
    return FALSE;
  jdn = (int) g_date_get_julian (date) + GDATE_TO_JDN;
  /* The mean-month estimate of k can be one off near a month's start: settle it on the
   * last new-moon day not after @date. */
  k = (int) floor ((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
  while (new_moon_day (k) > jdn)
    k--;
  while (new_moon_day (k + 1) <= jdn)
    k++;
  month_start = new_moon_day (k);
  a11 = b11 = month_11_start (year);
  if (a11 >= month_start)
    {
      lunar->year = year;
      a11 = month_11_start (year - 1);
    }
  else
    {
      lunar->year = year + 1;
      b11 = month_11_start (year + 1);
    }
  lunar->day = jdn - month_start + 1;
  diff = (month_start - a11) / 29;
  lunar->leap = FALSE;
  lunar->month = diff + 11;
  if (b11 - a11 > 365)
    {
      int leap_diff = leap_month_offset (a11);

      if (diff >= leap_diff)
        {
          lunar->month = diff + 10;
          lunar->leap = diff == leap_diff;
        }
    }
  if (lunar->month > 12)
    lunar->month -= 12;
  if (lunar->month >= 11 && diff < 4)
    lunar->year -= 1;
  return TRUE;
}

/**
 * ct_lunar_to_date:
 * @lunar: a Vietnamese lunar date; @lunar->year %CT_LUNAR_FIRST_YEAR–%CT_LUNAR_LAST_YEAR
 * @date: (out caller-allocates): the Gregorian date, cleared on failure
 *
 * Converts a Vietnamese lunar date (UTC+7) to the Gregorian calendar, e.g. 10/3 (Giỗ Tổ
 * Hùng Vương) of 2024 to 2024-04-18.
 *
 * Returns: %FALSE when no such day exists: a leap flag on a month that is not the year's
 *   leap month, day 30 of a 29-day month, or a year outside the supported range
 */
gboolean
ct_lunar_to_date (const CtLunarDate *lunar,
                  GDate             *date)
{
  int a11, b11, k, off, jdn;
  CtLunarDate back;

  g_return_val_if_fail (lunar != NULL && date != NULL, FALSE);

  g_date_clear (date, 1);
  if (!year_in_range (lunar->year) || lunar->month < 1 || lunar->month > 12 ||
      lunar->day < 1 || lunar->day > 30)
    return FALSE;
  a11 = month_11_start (lunar->month < 11 ? lunar->year - 1 : lunar->year);
  b11 = month_11_start (lunar->month < 11 ? lunar->year : lunar->year + 1);
  k = (int) floor (0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  off = lunar->month - 11;
  if (off < 0)
    off += 12;
  if (b11 - a11 > 365)
    {
      int leap_off = leap_month_offset (a11);
      int leap_month = leap_off - 2;

      if (leap_month <= 0)
        leap_month += 12;
      if (lunar->leap && lunar->month != leap_month)
        return FALSE;
      if (lunar->leap || off >= leap_off)
        off += 1;
    }
  else if (lunar->leap)
    return FALSE;
  jdn = new_moon_day (k + off) + lunar->day - 1;
  g_date_set_julian (date, jdn - GDATE_TO_JDN);
  /* Day 30 of a 29-day month lands on day 1 of the next month. */
  if (!ct_lunar_from_date (date, &back) || back.day != lunar->day)
    {
      g_date_clear (date, 1);
      return FALSE;
    }
  return TRUE;
}

/**
 * ct_lunar_get_leap_month:
 * @year: a lunar year (the Gregorian year its Tết falls in)
 *
 * Returns: the number (1–12) of the month repeated as leap month in lunar year @year,
 *   e.g. 2 for 2023 and 6 for 2025; 0 when the year has none or is out of range
 */
int
ct_lunar_get_leap_month (int year)
{
  CtLunarDate lunar = { 1, 1, year, FALSE };
  GDate d;

  if (!ct_lunar_to_date (&lunar, &d))
    return 0;
  /* Walk month starts through the year: at most 13 of them. */
  for (int i = 0; i < 13; i++)
    {
      CtLunarDate l;

      if (!ct_lunar_from_date (&d, &l) || l.year != year)
        return 0;
      if (l.leap)
        return l.month;
      g_date_add_days (&d, 30 - l.day + 1);
      if (ct_lunar_from_date (&d, &l) && l.day != 1)
        g_date_subtract_days (&d, l.day - 1);
    }
  return 0;
}

/**
 * ct_lunar_format_year_name:
 * @year: a lunar year
 *
 * Returns: (transfer full): the year's sexagenary name (can chi) in Vietnamese, e.g.
 *   "Quý Mão" for 2023, "Canh Tuất" for 2030
 */
char *
ct_lunar_format_year_name (int year)
{
  int stem = ((year + 6) % 10 + 10) % 10;
  int branch = ((year + 8) % 12 + 12) % 12;

  return g_strdup_printf ("%s %s", stems[stem], branches[branch]);
}
