/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Vietnam's civil time zone, UTC+7 (meridian 105°E), used for the lunar calendar since
 * 1967-08-08. It is what makes Vietnamese and Chinese (UTC+8) dates differ, e.g. Tết 2030. */
#define CT_LUNAR_TIME_ZONE 7.0

/* Years the converter answers for: the series it uses are fitted to this era. */
#define CT_LUNAR_FIRST_YEAR 1900
#define CT_LUNAR_LAST_YEAR  2199

/**
 * CtLunarDate:
 * @day: day of the lunar month, 1–30
 * @month: lunar month, 1–12 (1 = tháng Giêng, 12 = tháng Chạp)
 * @year: the Gregorian year in which the lunar year starts (Tết of that year)
 * @leap: the month is the leap month (tháng nhuận) that repeats @month
 *
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 */
typedef struct
{
  int day;
  int month;
  int year;
  gboolean leap;
} CtLunarDate;

gboolean ct_lunar_from_date       (const GDate       *date,
                                   CtLunarDate       *lunar);
gboolean ct_lunar_to_date         (const CtLunarDate *lunar,
                                   GDate             *date);
int      ct_lunar_get_leap_month  (int                year);
char    *ct_lunar_format_year_name (int                year);

G_END_DECLS
