/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-day-name"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-day-name.h"

static const char *const long_names[] = {
  NULL,
  /* Translators: weekday as a label starting a phrase ("Thứ Hai") */
  N_("Monday"),
  /* Translators: weekday as a label starting a phrase ("Thứ Ba") */
  N_("Tuesday"),
  /* Translators: weekday as a label starting a phrase ("Thứ Tư") */
  N_("Wednesday"),
  /* Translators: weekday as a label starting a phrase ("Thứ Năm") */
  N_("Thursday"),
  /* Translators: weekday as a label starting a phrase ("Thứ Sáu") */
  N_("Friday"),
  /* Translators: weekday as a label starting a phrase ("Thứ Bảy") */
  N_("Saturday"),
  /* Translators: weekday as a label starting a phrase ("Chủ nhật") */
  N_("Sunday"),
};

static const char *const short_names[] = {
  NULL,
  /* Translators: Monday in a calendar's column heading ("T2") */
  N_("Mon"),
  /* Translators: Tuesday in a calendar's column heading ("T3") */
  N_("Tue"),
  /* Translators: Wednesday in a calendar's column heading ("T4") */
  N_("Wed"),
  /* Translators: Thursday in a calendar's column heading ("T5") */
  N_("Thu"),
  /* Translators: Friday in a calendar's column heading ("T6") */
  N_("Fri"),
  /* Translators: Saturday in a calendar's column heading ("T7") */
  N_("Sat"),
  /* Translators: Sunday in a calendar's column heading ("CN") */
  N_("Sun"),
};

/**
 * ct_day_name_weekday:
 * @weekday: a valid weekday
 *
 * Returns: (transfer none): the translated weekday name, capitalised ("Thứ Ba" in
 *   Vietnamese)
 */
const char *
ct_day_name_weekday (GDateWeekday weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, "");
  return g_dgettext (GETTEXT_PACKAGE, long_names[weekday]);
}

/**
 * ct_day_name_weekday_short:
 * @weekday: a valid weekday
 *
 * Returns: (transfer none): the translated short weekday name for a column heading
 *   ("T3", "CN" in Vietnamese)
 */
const char *
ct_day_name_weekday_short (GDateWeekday weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, "");
  return g_dgettext (GETTEXT_PACKAGE, short_names[weekday]);
}

/**
 * ct_day_name_format:
 * @date: a valid date
 *
 * Returns: (transfer full): the weekday and the day-month-year date without leading zeros,
 *   "Tuesday 26/9/2023" ("Thứ Ba, 26/9/2023" in Vietnamese)
 */
char *
ct_day_name_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), g_strdup (""));

  /* Translators: %1$s is a weekday, %2$u/%3$u/%4$u day, month and year: "Thứ Ba, 26/9/2023" */
  return g_strdup_printf (_("%1$s %2$u/%3$u/%4$u"),
                          ct_day_name_weekday (g_date_get_weekday (date)),
                          g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}
