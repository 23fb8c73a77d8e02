/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-date-time"

#include "ct-date-time.h"

#include <string.h>

/* Every date and time of day the program reads goes through here, by hand rather than
 * through sscanf() or g_date_set_parse(): those skip spaces, take signs and trailing
 * text, and the latter follows the user's locale, so "08/09" would be read as August in
 * one and September in another. */

/* Reads 1 to @max_digits ASCII digits not followed by another digit. */
static gboolean
read_number (const char **p,
             int          max_digits,
             int         *value)
{
  int n = 0, v = 0;

  while (n < max_digits && g_ascii_isdigit ((*p)[n]))
    v = v * 10 + ((*p)[n++] - '0');
  if (n == 0 || g_ascii_isdigit ((*p)[n]))
    return FALSE;
  *p += n;
  *value = v;
  return TRUE;
}

static void
skip_spaces (const char **p)
{
  while (**p == ' ')
    (*p)++;
}

/* A letter of a word, ASCII or not: "8hsáng" is no time, "8h," is. */
static gboolean
is_word_char (char c)
{
  return g_ascii_isalpha (c) || (c & 0x80);
}

/* Eats @word ("giờ", "phút", "h") when no letter follows it. */
static gboolean
eat_word (const char **p,
          const char  *word)
{
  gsize n = strlen (word);

  if (strncmp (*p, word, n) != 0 || is_word_char ((*p)[n]))
    return FALSE;
  *p += n;
  return TRUE;
}

/**
 * ct_date_parse_iso:
 * @text: (nullable): a date as the program writes it, "YYYY-MM-DD"; the month and the
 *   day may have one digit ("2024-1-1"), as some hand-edited holiday files have them
 * @date: (out caller-allocates): the day, cleared (invalid) when @text is not one
 *
 * Any year a #GDate holds (0001–9999) is accepted: programmes of any year are stored
 * this way, and the text is not typed in the program.
 *
 * Returns: %TRUE when all of @text is a real day
 */
gboolean
ct_date_parse_iso (const char *text,
                   GDate      *date)
{
  const char *p = text;
  int year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || !read_number (&p, 4, &year) || p != text + 4 || *p++ != '-' ||
      !read_number (&p, 2, &month) || *p++ != '-' || !read_number (&p, 2, &day) ||
      *p != '\0' || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/**
 * ct_date_to_iso:
 * @date: (nullable): a day
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-DD", or %NULL when @date is not set
 */
char *
ct_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static gboolean
is_date_separator (char            c,
                   CtDateScanFlags flags)
{
  if (flags & CT_DATE_SCAN_SLASH_ONLY)
    return c == '/';
  return c == '/' || c == '-' || c == '.';
}

/**
 * ct_date_scan_dmy:
 * @text: text starting with a date as Vietnamese write it: "08/9/2023", "30/9", "10"
 * @flags: which separators are read
 * @day: (out): the day as written (not checked)
 * @month: (out): the month, or -1 when not written
 * @year: (out): the year (1 to 4 digits), or -1 when not written
 * @end: (out) (optional): just after the last number read
 *
 * Reads the numbers only; the caller decides what a missing month or year means and
 * checks the day with ct_date_year_in_range() and g_date_valid_dmy(). A separator that
 * no digit follows ends the date ("30/9/ " is "30/9"). The separator is the same
 * throughout: "10-12/10" is day 10, month 12.
 *
 * Returns: %FALSE when @text does not start with a day, or a number has too many digits
 */
gboolean
ct_date_scan_dmy (const char      *text,
                  CtDateScanFlags  flags,
                  int             *day,
                  int             *month,
                  int             *year,
                  const char     **end)
{
  const char *p = text;
  char separator;

  g_return_val_if_fail (text != NULL && day != NULL && month != NULL && year != NULL, FALSE);

  *month = *year = -1;
  if (!read_number (&p, 2, day))
    return FALSE;
  separator = *p;
  if (is_date_separator (separator, flags) && g_ascii_isdigit (p[1]))
    {
      p++;
      if (!read_number (&p, 2, month))
        return FALSE;
      if (*p == separator && g_ascii_isdigit (p[1]))
        {
          p++;
          if (!read_number (&p, 4, year))
            return FALSE;
        }
    }
  if (end != NULL)
    *end = p;
  return TRUE;
}

/**
 * ct_date_equal:
 * @a: a date, invalid for none
 * @b: another
 *
 * Returns: %TRUE when both are the same day, or both are none
 */
gboolean
ct_date_equal (const GDate *a,
               const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);
  return g_date_compare (a, b) == 0;
}

/**
 * ct_date_year_in_range:
 * @year: a year as written
 *
 * Returns: %TRUE for %CT_DATE_MIN_YEAR to %CT_DATE_MAX_YEAR
 */
gboolean
ct_date_year_in_range (int year)
{
  return year >= CT_DATE_MIN_YEAR && year <= CT_DATE_MAX_YEAR;
}

/**
 * ct_date_parse_dmy:
 * @text: (nullable): a whole date as typed: "26/9/2023", "26-09-2023", "26.9.2023", or
 *   "26/9" (the year is then @default_year); spaces around it are ignored
 * @default_year: the year of a date written without one
 * @date: (out caller-allocates): the day, cleared when @text is not one
 *
 * Returns: %TRUE for a real day of a year between %CT_DATE_MIN_YEAR and %CT_DATE_MAX_YEAR
 */
gboolean
ct_date_parse_dmy (const char *text,
                   int         default_year,
                   GDate      *date)
{
  g_autofree char *trimmed = NULL;
  const char *end;
  int day, month, year;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL)
    return FALSE;
  trimmed = g_strstrip (g_strdup (text));
  if (!ct_date_scan_dmy (trimmed, CT_DATE_SCAN_DEFAULT, &day, &month, &year, &end) ||
      *end != '\0' || month < 0)
    return FALSE;
  if (year < 0)
    year = default_year;
  if (!ct_date_year_in_range (year) || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* The mark between hours and minutes: ":" and "." as on a clock, "h", "g", "giờ" as
 * Vietnamese write them ("gio" is "giờ" folded or typed without marks). */
static gboolean
eat_time_separator (const char **p)
{
  if (**p == ':' || **p == '.')
    {
      (*p)++;
      return TRUE;
    }
  return eat_word (p, "giờ") || eat_word (p, "gio") || eat_word (p, "h") ||
         eat_word (p, "H") || eat_word (p, "g") || eat_word (p, "G");
}

/* "30", "30 phút", "30'" after the separator; none is 0. */
static gboolean
eat_minutes (const char **p,
             int         *minutes)
{
  const char *q = *p;

  *minutes = 0;
  skip_spaces (&q);
  if (!g_ascii_isdigit (*q))
    return TRUE;
  if (!read_number (&q, 2, minutes))
    return FALSE;
  *p = q;
  skip_spaces (&q);
  if (*q == '\'')
    *p = q + 1;
  else if (eat_word (&q, "phút") || eat_word (&q, "phut"))
    *p = q;
  return TRUE;
}

/**
 * ct_time_scan:
 * @text: text starting with a time of day: "7:30", "07.30", "7h30", "7h", "7g30",
 *   "7 giờ 30", "7 giờ 30 phút", "7:30'", or "7" unless @flags has %CT_TIME_NEED_UNIT
 * @flags: what else is or is not a time
 * @minute: (out): minutes after midnight
 * @end: (out) (optional): just after the time
 *
 * Returns: %TRUE when @text starts with a time of day, 0:00 to 23:59
 */
gboolean
ct_time_scan (const char  *text,
              CtTimeFlags  flags,
              int         *minute,
              const char **end)
{
  const char *p = text, *q;
  int hours, minutes = 0;

  g_return_val_if_fail (text != NULL && minute != NULL, FALSE);

  if (!read_number (&p, 2, &hours))
    return FALSE;
  q = p;
  skip_spaces (&q);
  if (eat_time_separator (&q))
    {
      p = q;
      if (!eat_minutes (&p, &minutes))
        return FALSE;
    }
  else if (flags & CT_TIME_NEED_UNIT)
    return FALSE;
  if (hours == 24 && minutes == 0 && (flags & CT_TIME_END_OF_DAY))
    *minute = CT_TIME_MINUTES_PER_DAY;
  else if (hours > 23 || minutes > 59)
    return FALSE;
  else
    *minute = hours * 60 + minutes;
  if (end != NULL)
    *end = p;
  return TRUE;
}

/**
 * ct_time_parse_full:
 * @text: (nullable): a whole time of day as typed (see ct_time_scan()); spaces around it
 *   are ignored
 * @flags: what else is or is not a time
 * @minute: (out): minutes after midnight, untouched when %FALSE is returned
 *
 * Returns: %TRUE when all of @text is a time of day
 */
gboolean
ct_time_parse_full (const char  *text,
                    CtTimeFlags  flags,
                    int         *minute)
{
  g_autofree char *trimmed = NULL;
  const char *end;
  int value;

  g_return_val_if_fail (minute != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  trimmed = g_strstrip (g_strdup (text));
  if (!ct_time_scan (trimmed, flags, &value, &end) || *end != '\0')
    return FALSE;
  *minute = value;
  return TRUE;
}

/**
 * ct_time_parse:
 * @text: (nullable): a whole time of day as typed: "7:30", "8.30", "7h", "7 giờ 30", "7"
 * @minute: (out): minutes after midnight, 0 to 1439
 *
 * Returns: %TRUE when all of @text is a time of day
 */
gboolean
ct_time_parse (const char *text,
               int        *minute)
{
  return ct_time_parse_full (text, CT_TIME_DEFAULT, minute);
}

/**
 * ct_time_format:
 * @minute: minutes after midnight, 0 to %CT_TIME_MINUTES_PER_DAY
 *
 * Returns: (transfer full): the time as a clock shows it, "08:30" (and "24:00")
 */
char *
ct_time_format (int minute)
{
  g_return_val_if_fail (minute >= 0 && minute <= CT_TIME_MINUTES_PER_DAY, NULL);

  return g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
}
