/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-text.h"

/* The dates of a table's cells: a day without its year completed from the period, and a
 * work plan's due times ("quý IV", "tháng 11", "trước 15/12") read into a window of days
 * once the period is known. */

/*
 * ct_import_complete_date:
 * @ctx: the import
 * @line: the line the date is on, for warnings
 * @when: a parsed date (its first day)
 * @date: (out): the date
 *
 * Completes a date with the period's year (for a week, the year that puts the day in
 * the week) and month when they are not written. A date that is not certain is warned
 * about and not made up.
 *
 * Returns: whether @date is set
 */
gboolean
ct_import_complete_date (CtImportContext *ctx,
                         guint            line,
                         const CtWhen    *when,
                         GDate           *date)
{
  CtProgramme *p = ctx->programme;
  g_autofree char *written = g_strndup (when->written1, when->written1_len);
  int day = when->day1, month = when->month1, year = when->year1;

  g_date_clear (date, 1);
  if (year < 0 && !ctx->period_known)
    {
      ct_import_warn (ctx, line,
                      /* Translators: %s is a date as written, e.g. "30/9". */
                      _("“%s” has no year and the subtitle names no period; the event is kept "
                        "without a date."), written);
      return FALSE;
    }
  if (month < 0 && p->period_kind != CT_PERIOD_KIND_MONTH)
    {
      ct_import_warn (ctx, line,
                      /* Translators: %s is a date as written, e.g. "10". */
                      _("“%s” has no month and the programme's period is not a month; the "
                        "event is kept without a date."), written);
      return FALSE;
    }
  if (month < 0)
    month = p->period_index;
  if (year < 0 && p->period_kind == CT_PERIOD_KIND_WEEK)
    {
      GDate first, last;

      /* Week 1 may start in December, the last week end in January. */
      ct_programme_get_week_range (p->period_year, p->period_index, &first, &last);
      year = (month == 12 && g_date_get_month (&first) == 12) ? g_date_get_year (&first)
                                                              : g_date_get_year (&last);
    }
  else if (year < 0)
    year = p->period_year;
  if (!ct_date_year_in_range (year) || !g_date_valid_dmy (day, month, year))
    {
      ct_import_warn (ctx, line,
                      /* Translators: %s is a date as written. */
                      _("“%s” is not a valid date; the event is kept without a date."),
                      written);
      return FALSE;
    }
  g_date_set_dmy (date, day, month, year);
  if (when->weekday != G_DATE_BAD_WEEKDAY && g_date_get_weekday (date) != when->weekday)
    {
      g_autofree char *short_date = ct_format_date_short (date);

      ct_import_warn (ctx, line,
                      /* Translators: %1$s is a date, %2$s and %3$s are Vietnamese weekday
                       * names ("thứ Ba"), which stay in Vietnamese: they are the document's
                       * words. */
                      _("%1$s is a “%2$s”, not a “%3$s” as written; the weekday is computed "
                        "from the date."),
                      short_date, ct_format_weekday (g_date_get_weekday (date)),
                      ct_format_weekday (when->weekday));
    }
  return TRUE;
}

/* The number after @word in @f ("thang 11" → 11), or -1. */
static int
number_after (const char *f,
              const char *word)
{
  for (const char *at = strstr (f, word); at != NULL; at = strstr (at + 1, word))
    {
      const char *p = at + strlen (word);

      if ((at == f || at[-1] == ' ' || at[-1] == '(') && *p == ' ' && g_ascii_isdigit (p[1]))
        return (int) g_ascii_strtoll (p + 1, NULL, 10);
    }
  return -1;
}

/* "quy iv", "quy 4" → 4, else 0. */
static int
quarter_of (const char *f)
{
  static const char *const romans[] = { "iv", "iii", "ii", "i" };
  static const int values[] = { 4, 3, 2, 1 };
  const char *at = strstr (f, "quy ");

  if (at == NULL || (at != f && at[-1] != ' '))
    return 0;
  at += strlen ("quy ");
  if (*at >= '1' && *at <= '4' && !g_ascii_isalnum (at[1]))
    return *at - '0';
  for (guint i = 0; i < G_N_ELEMENTS (romans); i++)
    if (g_str_has_prefix (at, romans[i]) && !g_ascii_isalnum (at[strlen (romans[i])]))
      return values[i];
  return 0;
}

/* A task's due time in words, read into a date or a window: "15/12/2025" → its end date;
 * "trước 15/12" → the window ends on 15/12; "tháng 11" → 1–30/11; "quý IV" → October to
 * December; "thường xuyên" stays words only. */
static void
read_due (CtImportContext *ctx,
          CtItem          *item)
{
  guint line = GPOINTER_TO_UINT (g_hash_table_lookup (ctx->lines, item));
  g_autofree char *f = ct_text_fold (item->vague_when);
  g_autofree char *with_day = NULL;
  const char *p = f;
  gboolean before = g_str_has_prefix (p, "truoc ");
  int month = number_after (f, "thang"), year = number_after (f, "nam");
  int quarter = quarter_of (f);
  CtWhen when;

  if (before)
    p += strlen ("truoc ");
  with_day = g_strconcat (g_str_has_prefix (p, "ngay") ? "" : "ngay ", p, NULL);
  if (ct_import_parse_day (p, &when) && when.day1 > 0)
    {
      if (!ct_import_complete_date (ctx, line, &when, &item->end_date))
        return;
      if (!before)
        g_clear_pointer (&item->vague_when, g_free);
      return;
    }
  if (year < 0 && ctx->period_known)
    year = ctx->programme->period_year;
  if (month < 0 && quarter == 0)
    {
      /* "tháng 11/2025" */
      const char *slash = strstr (f, "thang ");

      if (slash != NULL && sscanf (slash, "thang %d/%d", &month, &year) < 1)
        month = -1;
    }
  if (!ct_date_year_in_range (year) || (month < 1 && quarter == 0) || month > 12)
    return;
  if (month < 1)
    month = quarter * 3 - 2;
  g_date_set_dmy (&item->start_date, 1, month, year);
  g_date_set_dmy (&item->end_date, g_date_get_days_in_month (quarter > 0 ? month + 2 : month,
                                                            year),
                  quarter > 0 ? month + 2 : month, year);
}

/*
 * ct_import_table_windows:
 * @ctx: the import, its period settled
 *
 * Reads the due times of a work plan's tasks (see read_due()), now that the year is
 * known.
 */
void
ct_import_table_windows (CtImportContext *ctx)
{
  CtProgramme *p = ctx->programme;

  if (ctx->shape != CT_IMPORT_SHAPE_WORK_PLAN)
    return;
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);

          if (item->kind == CT_ITEM_TASK && item->vague_when != NULL &&
              g_hash_table_contains (ctx->lines, item))
            read_due (ctx, item);
        }
    }
}
