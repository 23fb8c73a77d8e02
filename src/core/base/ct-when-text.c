/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-when-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-text.h"
#include "ct-when-text.h"

/* The one "Thời gian" field of the editor: a clerk types the day as the printed
 * programme writes it ("thứ Ba 24/10", "chiều 24/10 14:00", "24-25/10") and the text is
 * read here, folded (no marks, lower case), word by word. */

/* Document words, not translated; index = GDateWeekday. */
static const char *const weekday_names[] = {
  NULL, "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật",
};

typedef struct
{
  const char *word;
  int value;
} Word;

static const Word weekday_words[] = {
  { "thu hai", 1 }, { "thu ba", 2 }, { "thu tu", 3 }, { "thu nam", 4 }, { "thu sau", 5 },
  { "thu bay", 6 }, { "chu nhat", 7 }, { "t2", 1 }, { "t3", 2 }, { "t4", 3 }, { "t5", 4 },
  { "t6", 5 }, { "t7", 6 }, { "cn", 7 },
};

static const Word day_part_words[] = {
  { "ca ngay", CT_DAY_PART_ALL_DAY }, { "sang", CT_DAY_PART_MORNING },
  { "chieu", CT_DAY_PART_AFTERNOON }, { "toi", CT_DAY_PART_EVENING },
};

/* Words that only join the others: "ngày 24/10", "vào lúc 14:00". */
static const char *const filler_words[] = { "ngay", "vao", "luc", "tu", "den", NULL };

static gboolean
eat (const char **p,
     const char  *word)
{
  gsize n = strlen (word);

  if (strncmp (*p, word, n) != 0 || g_ascii_isalnum ((*p)[n]))
    return FALSE;
  *p += n;
  return TRUE;
}

static int
eat_table (const char **p,
           const Word  *table,
           gsize        n)
{
  for (gsize i = 0; i < n; i++)
    if (eat (p, table[i].word))
      return table[i].value;
  return 0;
}

static gboolean
set_error (CtWhenText *when,
           char       *message)
{
  when->kind = CT_WHEN_TEXT_INVALID;
  g_free (when->error);
  when->error = message;
  return FALSE;
}

/* Checks a day as typed and makes it a date. */
static gboolean
make_date (CtWhenText *when,
           int         day,
           int         month,
           int         year,
           GDate      *date)
{
  if (month < 1 || month > 12)
    /* Translators: the month number a clerk typed, e.g. "tháng 13". */
    return set_error (when, g_strdup_printf (_("There is no month %d"), month));
  if (!ct_date_year_in_range (year))
    /* Translators: a year a clerk typed. */
    return set_error (when, g_strdup_printf (_("The year %d is not a year of a programme"), year));
  if (!g_date_valid_dmy (day, month, year))
    /* Translators: a day and a month a clerk typed, e.g. "31/02". */
    return set_error (when, g_strdup_printf (_("%02d/%02d does not exist"), day, month));
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* " – thứ Năm 17/12/2026" after a first day: the last of a run of days that may cross a
 * month ("30/11 – 2/12/2026"); FALSE, with @p untouched, when no last day follows. The
 * weekday typed before the last day is checked against it. */
static gboolean
read_last_date (const char **p,
                int         *weekday,
                int         *day,
                int         *month,
                int         *year)
{
  const char *q = *p;

  while (*q == ' ')
    q++;
  if (*q == '-')
    q++;
  else if (g_str_has_prefix (q, "–"))
    q += strlen ("–");
  else
    return FALSE;
  while (*q == ' ')
    q++;
  *weekday = eat_table (&q, weekday_words, G_N_ELEMENTS (weekday_words));
  while (*q == ' ' || *q == ',')
    q++;
  if (!ct_date_scan_dmy (q, CT_DATE_SCAN_SLASH_ONLY, day, month, year, &q) || *month < 0)
    return FALSE;
  *p = q;
  return TRUE;
}

static void check_weekday_of (CtWhenText  *when,
                              const GDate *date,
                              int          weekday);

/* "30/11 – 2/12/2026": a first day without its year takes the last day's, or, in
 * December before a day of January, the year before ("30/12 – 2/1/2027"). */
static void
make_run (CtWhenText *when,
          int         day,
          int         month,
          int         year,
          const char **p,
          int         default_year)
{
  int weekday, d2, m2, y2;

  if (!read_last_date (p, &weekday, &d2, &m2, &y2))
    return;
  if (y2 < 0)
    y2 = default_year;
  if (!make_date (when, d2, m2, y2, &when->last))
    return;
  if (year < 0)
    year = month == 12 && m2 == 1 ? y2 - 1 : y2;
  if (!make_date (when, day, month, year, &when->first))
    return;
  if (g_date_compare (&when->first, &when->last) >= 0)
    {
      set_error (when, g_strdup (_("The first day comes after the last")));
      return;
    }
  check_weekday_of (when, &when->last, weekday);
}

/* "24/10", "24/10/2023", "24-25/10", "24-25/10/2023", "30/11 – thứ Tư 2/12/2026". */
static gboolean
read_dates (const char **p,
            int          default_year,
            CtWhenText  *when)
{
  const char *q = *p;
  int first_day = -1, day, month, year, d2, m2, y2;

  if (ct_date_scan_dmy (q, CT_DATE_SCAN_SLASH_ONLY, &day, &month, &year, &q) && month < 0 &&
      (*q == '-' || g_str_has_prefix (q, "–")) &&
      ct_date_scan_dmy (q + (*q == '-' ? 1 : strlen ("–")), CT_DATE_SCAN_SLASH_ONLY,
                        &d2, &m2, &y2, NULL) && m2 > 0)
    {
      /* A run of days "24-25/10": the first day shares the month of the second. */
      first_day = day;
      q += *q == '-' ? 1 : strlen ("–");
      ct_date_scan_dmy (q, CT_DATE_SCAN_SLASH_ONLY, &day, &month, &year, &q);
    }
  else
    {
      q = *p;
      if (!ct_date_scan_dmy (q, CT_DATE_SCAN_DEFAULT, &day, &month, &year, &q) || month < 0)
        return FALSE;
      *p = q;
      when->kind = CT_WHEN_TEXT_DATE;
      make_run (when, day, month, year, p, default_year);
      if (g_date_valid (&when->last) || when->kind == CT_WHEN_TEXT_INVALID)
        return TRUE;
    }
  *p = q;
  if (year < 0)
    year = default_year;
  if (!make_date (when, day, month, year, first_day >= 0 ? &when->last : &when->first))
    return TRUE;
  if (first_day >= 0)
    {
      if (!make_date (when, first_day, month, year, &when->first))
        return TRUE;
      if (g_date_compare (&when->first, &when->last) >= 0)
        {
          /* Translators: what a clerk typed, e.g. "25-24/10". */
          set_error (when, g_strdup (_("The first day comes after the last")));
          return TRUE;
        }
    }
  when->kind = CT_WHEN_TEXT_DATE;
  return TRUE;
}

/* "14:00", "7h30", "7 giờ 30", and "7h30-11h". */
static gboolean
read_times (const char **p,
            CtWhenText  *when)
{
  const char *q = *p;
  int minute;

  if (!ct_time_scan (q, CT_TIME_NEED_UNIT, &minute, &q))
    return FALSE;
  when->start_minute = minute;
  if (*q == '-' && ct_time_scan (q + 1, CT_TIME_NEED_UNIT, &minute, &q))
    when->end_minute = minute;
  *p = q;
  return TRUE;
}

/* Reads a number of one or two digits; FALSE when there is none or it is longer. */
static gboolean
read_two_digits (const char **p,
                 int         *value)
{
  int n = 0;

  *value = 0;
  for (; g_ascii_isdigit (**p); (*p)++, n++)
    *value = *value * 10 + (**p - '0');
  return n >= 1 && n <= 2;
}

/* "12/1 25:70": the day is right, the time is not, and it is the time the clerk is told
 * about. Only text shaped like a time ("25:70", "25h", "7h75") is blamed. */
static void
blame_time (const char *p,
            CtWhenText *when)
{
  const char *q = p;
  int hours, minutes = 0;
  g_autofree char *typed = NULL;

  if (!read_two_digits (&q, &hours) || (*q != ':' && *q != 'h'))
    return;
  q++;
  if (g_ascii_isdigit (*q) && !read_two_digits (&q, &minutes))
    return;
  if (g_ascii_isalnum (*q) || (hours <= 23 && minutes <= 59))
    return;
  typed = g_strndup (p, q - p);
  /* Translators: a time of day a clerk typed that cannot be, e.g. "25:70". */
  set_error (when, g_strdup_printf (_("There is no time %s"), typed));
}

static gboolean
is_filler (const char **p)
{
  for (guint i = 0; filler_words[i] != NULL; i++)
    if (eat (p, filler_words[i]))
      return TRUE;
  return FALSE;
}

/* Reads the folded text; FALSE at the first thing that fits nothing. */
static gboolean
read_words (const char *p,
            int         default_year,
            CtWhenText *when,
            int        *weekday)
{
  gboolean any_date = FALSE;

  while (*p != '\0' && when->kind != CT_WHEN_TEXT_INVALID)
    {
      int value;

      if (*p == ' ' || *p == ',' || *p == '(' || *p == ')' || *p == '-')
        p++;
      else if ((value = eat_table (&p, weekday_words, G_N_ELEMENTS (weekday_words))) > 0)
        *weekday = value;
      else if ((value = eat_table (&p, day_part_words, G_N_ELEMENTS (day_part_words))) > 0)
        when->day_part = value;
      else if (is_filler (&p))
        ;
      else if (!any_date && read_dates (&p, default_year, when))
        any_date = TRUE;
      else if (!read_times (&p, when))
        {
          blame_time (p, when);
          return when->kind == CT_WHEN_TEXT_INVALID;
        }
    }
  return any_date || when->kind == CT_WHEN_TEXT_INVALID;
}

static void
check_weekday_of (CtWhenText  *when,
                  const GDate *date,
                  int          weekday)
{
  GDateWeekday real;
  g_autofree char *day = NULL;

  if (when->kind == CT_WHEN_TEXT_INVALID || weekday == 0)
    return;
  real = g_date_get_weekday (date);
  if ((int) real == weekday)
    return;
  day = g_strdup_printf ("%d/%d/%d", g_date_get_day (date), g_date_get_month (date),
                         g_date_get_year (date));
  /* Translators: "24/10/2023 is a thứ Ba, not a thứ Tư"; the weekdays are the
   * document's own words. */
  set_error (when, g_strdup_printf (_("%s is a %s, not a %s"), day, weekday_names[real],
                                    weekday_names[weekday]));
}

static void
check_weekday (CtWhenText *when,
               int         weekday)
{
  if (when->kind == CT_WHEN_TEXT_DATE)
    check_weekday_of (when, &when->first, weekday);
}

/* Wording without a day in it is kept as typed; wording with digits that look like a
 * day or a time but are none is a slip the clerk has to see. */
static gboolean
looks_like_date (const char *folded)
{
  for (const char *p = folded; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) && (p[1] == '/' || p[1] == ':' || p[1] == 'h'))
      return TRUE;
  return FALSE;
}

/**
 * ct_when_text_parse:
 * @text: (nullable): what was typed: "24/10", "24/10/2023", "thứ Ba 24/10", "24-25/10",
 *   "chiều 24/10", "24/10 7h30", "sáng 24/10 lúc 7 giờ 30", "14:00 24/10",
 *   "thứ Hai 30/10 – thứ Tư 1/11/2023", or wording
 *   with no day in it ("trong tháng", "tuần 2")
 * @default_year: the year of a day typed without one
 * @when: (out caller-allocates): what @text says; free with ct_when_text_clear()
 *
 * A weekday typed is checked against the date, never trusted over it.
 */
void
ct_when_text_parse (const char *text,
                    int         default_year,
                    CtWhenText *when)
{
  g_autofree char *folded = ct_text_fold (text);
  int weekday = 0;

  g_return_if_fail (when != NULL);

  *when = (CtWhenText) { CT_WHEN_TEXT_EMPTY, };
  g_date_clear (&when->first, 1);
  g_date_clear (&when->last, 1);
  when->start_minute = when->end_minute = CT_NO_TIME;
  if (*folded == '\0')
    return;
  if (read_words (folded, default_year, when, &weekday))
    {
      check_weekday (when, weekday);
      return;
    }
  if (when->kind == CT_WHEN_TEXT_EMPTY && when->start_minute != CT_NO_TIME)
    {
      set_error (when, g_strdup (_("Add the day before the time, e.g. 24/10 14:00")));
      return;
    }
  if (when->kind == CT_WHEN_TEXT_DATE || looks_like_date (folded))
    {
      g_autofree char *quoted = g_strdup (text);
      /* Translators: %s is what the clerk typed in the date field. */
      set_error (when, g_strdup_printf (_("“%s” is not a date such as 24/10 or chiều 24/10/2023 14:00"),
                                        g_strstrip (quoted)));
      return;
    }
  *when = (CtWhenText) { CT_WHEN_TEXT_VAGUE, };
  g_date_clear (&when->first, 1);
  g_date_clear (&when->last, 1);
  when->start_minute = when->end_minute = CT_NO_TIME;
}

/**
 * ct_when_text_clear:
 * @when: a parsed text
 */
void
ct_when_text_clear (CtWhenText *when)
{
  g_clear_pointer (&when->error, g_free);
}

/* "7h30", "7h": the way a clerk types a time, which ct_time_scan() reads. */
static void
append_time (GString *s,
             int      minute)
{
  if (minute % 60 == 0)
    g_string_append_printf (s, "%dh", minute / 60);
  else
    g_string_append_printf (s, "%dh%02d", minute / 60, minute % 60);
}

static void
append_day (GString     *s,
            const GDate *day)
{
  g_string_append_printf (s, "%s %d/%d/%d", weekday_names[g_date_get_weekday (day)],
                          g_date_get_day (day), g_date_get_month (day), g_date_get_year (day));
}

static gboolean
is_run (const GDate *first,
        const GDate *last)
{
  return last != NULL && g_date_valid (last) && g_date_compare (last, first) > 0;
}

/**
 * ct_when_text_format:
 * @first: the day; invalid gives ""
 * @last: (nullable): the last of several days
 * @day_part: the day part
 * @start_minute: a time, or %CT_NO_TIME
 * @end_minute: an end time, or %CT_NO_TIME
 *
 * The day written in full, with its weekday and year, so that it reads alike whatever
 * the period: "thứ Ba 15/12/2026 7h30", "chiều thứ Ba 15/12/2026 14h",
 * "thứ Ba 15/12/2026 – thứ Năm 17/12/2026", "thứ Ba 15/12/2026 7h30-11h".
 *
 * Returns: (transfer full): text that ct_when_text_parse() reads back to the same
 *   values, as a clerk would type it
 */
char *
ct_when_text_format (const GDate *first,
                     const GDate *last,
                     CtDayPart    day_part,
                     int          start_minute,
                     int          end_minute)
{
  static const char *const parts[] = { "", "sáng ", "chiều ", "tối ", "cả ngày " };
  GString *s = g_string_new (NULL);

  if (first == NULL || !g_date_valid (first))
    return g_string_free (s, FALSE);
  g_string_append (s, parts[CLAMP (day_part, 0, G_N_ELEMENTS (parts) - 1)]);
  append_day (s, first);
  if (is_run (first, last))
    {
      g_string_append (s, " – ");
      append_day (s, last);
    }
  if (start_minute >= 0)
    {
      g_string_append_c (s, ' ');
      append_time (s, start_minute);
      if (end_minute >= 0)
        {
          g_string_append_c (s, '-');
          append_time (s, end_minute);
        }
    }
  return g_string_free (s, FALSE);
}

/* "7 giờ 30", "7 giờ". */
static void
append_time_words (GString *s,
                   int      minute)
{
  g_string_append_printf (s, "%d giờ", minute / 60);
  if (minute % 60 != 0)
    g_string_append_printf (s, " %02d", minute % 60);
}

static void
append_day_words (GString     *s,
                  const GDate *day,
                  gboolean     capital)
{
  const char *name = weekday_names[g_date_get_weekday (day)];

  if (capital)
    {
      g_string_append_unichar (s, g_unichar_toupper (g_utf8_get_char (name)));
      name = g_utf8_next_char (name);
    }
  g_string_append_printf (s, "%s, %d/%d/%d", name, g_date_get_day (day),
                          g_date_get_month (day), g_date_get_year (day));
}

/**
 * ct_when_text_describe:
 * @first: the day; invalid gives ""
 * @last: (nullable): the last of several days
 * @day_part: the day part
 * @start_minute: a time, or %CT_NO_TIME
 * @end_minute: an end time, or %CT_NO_TIME
 *
 * The whole value in words, as the programme's own language says it, for the line under
 * the field: "Thứ Ba, 15/12/2026, 7 giờ 30", "Chiều thứ Ba, 15/12/2026, 14 giờ",
 * "Thứ Ba, 15/12/2026 – thứ Năm, 17/12/2026". Like the weekday names, these are the
 * document's words, not the interface's: they are not translated.
 *
 * Returns: (transfer full): the value in words
 */
char *
ct_when_text_describe (const GDate *first,
                       const GDate *last,
                       CtDayPart    day_part,
                       int          start_minute,
                       int          end_minute)
{
  static const char *const parts[] = { "", "Sáng ", "Chiều ", "Tối ", "Cả ngày " };
  GString *s = g_string_new (NULL);
  gboolean has_part = day_part > CT_DAY_PART_NONE && day_part < (int) G_N_ELEMENTS (parts);

  if (first == NULL || !g_date_valid (first))
    return g_string_free (s, FALSE);
  if (has_part)
    g_string_append (s, parts[day_part]);
  append_day_words (s, first, !has_part);
  if (is_run (first, last))
    {
      g_string_append (s, " – ");
      append_day_words (s, last, FALSE);
    }
  if (start_minute >= 0)
    {
      g_string_append (s, ", ");
      append_time_words (s, start_minute);
      if (end_minute >= 0)
        {
          g_string_append (s, " – ");
          append_time_words (s, end_minute);
        }
    }
  return g_string_free (s, FALSE);
}
