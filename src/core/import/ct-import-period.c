/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-format.h"

/* The period of an imported programme: the one the user gave, else the one its subtitle
 * names, else the smallest that covers its dates (warned); never today's. */

/* The first and last dates of the items: events' days, tasks' due dates. */
static gboolean
date_span (CtProgramme *p,
           GDate       *first,
           GDate       *last)
{
  g_date_clear (first, 1);
  g_date_clear (last, 1);
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);
          const GDate *dates[] = { &item->start_date, &item->end_date };

          if (ct_item_is_vague (item))
            continue;
          for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
            {
              if (!g_date_valid (dates[k]))
                continue;
              if (!g_date_valid (first) || g_date_compare (dates[k], first) < 0)
                *first = *dates[k];
              if (!g_date_valid (last) || g_date_compare (dates[k], last) > 0)
                *last = *dates[k];
            }
        }
    }
  return g_date_valid (first);
}

/* The period when the text names none: the smallest that covers the dates found (a week
 * for a weekly schedule, the month, the quarter, the year), never today's. */
gboolean
ct_import_period_from_dates (CtImportContext  *ctx,
                             GError          **error)
{
  CtProgramme *p = ctx->programme;
  GDate first, last;
  int year;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!date_span (p, &first, &last))
    {
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_PERIOD,
                           _("No period was found: the subtitle names none (e.g. “công tác "
                             "tháng 3 năm 2025”) and no date with its year tells it. Write "
                             "the period in the subtitle, or give it when importing "
                             "(congtac-cli import --period 2025-03). Nothing was imported."));
      return FALSE;
    }
  year = g_date_get_year (&first);
  from = ct_format_date_short (&first);
  to = ct_format_date_short (&last);
  ctx->period_known = TRUE;
  if (ctx->shape == CT_IMPORT_SHAPE_WEEKLY_SCHEDULE &&
      g_date_get_iso8601_week_of_year (&first) == g_date_get_iso8601_week_of_year (&last) &&
      g_date_days_between (&first, &last) < 7)
    {
      ct_programme_set_period (p, CT_PERIOD_KIND_WEEK, ct_import_iso_week_year (&first),
                               g_date_get_iso8601_week_of_year (&first));
      ct_import_warn (ctx, 0,
                      /* Translators: %1$d is a week number, %2$d its year. */
                      _("The schedule does not name its week (e.g. “(Tuần 10, từ ngày "
                        "03/3/2025 đến ngày 09/3/2025)”); it was taken from its dates: week "
                        "%1$d of %2$d. Check it."), p->period_index, p->period_year);
    }
  else if (year == g_date_get_year (&last) &&
           g_date_get_month (&first) == g_date_get_month (&last))
    {
      ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, year, g_date_get_month (&first));
      ct_import_warn (ctx, 0, _("The subtitle does not name the period (e.g. “công tác tháng 9 "
                                "năm 2023”); it was taken from the first event. Check it."));
    }
  else if (year == g_date_get_year (&last) &&
           (g_date_get_month (&first) - 1) / 3 == (g_date_get_month (&last) - 1) / 3)
    {
      ct_programme_set_period (p, CT_PERIOD_KIND_QUARTER, year,
                               (g_date_get_month (&first) - 1) / 3 + 1);
      ct_import_warn (ctx, 0,
                      /* Translators: %1$s and %2$s are dates, %3$d a quarter 1–4, %4$d a
                       * year. */
                      _("The subtitle does not name the period; the dates run from %1$s to "
                        "%2$s, so it was set to the quarter that covers them, quarter %3$d of "
                        "%4$d. Check it."), from, to, p->period_index, year);
    }
  else if (year == g_date_get_year (&last))
    {
      ct_programme_set_period (p, CT_PERIOD_KIND_YEAR, year, 0);
      ct_import_warn (ctx, 0,
                      /* Translators: %1$s and %2$s are dates, %3$d a year. */
                      _("The subtitle does not name the period; the dates run from %1$s to "
                        "%2$s, so it was set to the year that covers them, %3$d. Check it."),
                      from, to, year);
    }
  else
    {
      ctx->period_known = FALSE;
      g_set_error (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_PERIOD,
                   /* Translators: %1$s and %2$s are dates. */
                   _("No period was found: the subtitle names none and the dates run from "
                     "%1$s to %2$s, in more than one year. Write the period in the "
                     "subtitle, or give it when importing (congtac-cli import --period "
                     "2025-03). Nothing was imported."), from, to);
      return FALSE;
    }
  return TRUE;
}

/* The period the user gave wins over the one the subtitle names. */
void
ct_import_apply_given_period (CtImportContext *ctx)
{
  const CtImportPeriod *given = ctx->given_period;

  if (given == NULL)
    return;
  ct_programme_set_period (ctx->programme, given->kind, given->year, given->index);
  ctx->period_known = TRUE;
}

void
ct_import_check_dates_in_period (CtImportContext *ctx)
{
  CtProgramme *p = ctx->programme;
  GDate first, last;

  ct_programme_get_period_range (p, &first, &last);
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);
          const GDate *end = g_date_valid (&item->end_date) ? &item->end_date : &item->start_date;
          g_autofree char *date = NULL;

          if (item->kind != CT_ITEM_EVENT || !g_date_valid (&item->start_date) ||
              (g_date_compare (&item->start_date, &first) >= 0 &&
               g_date_compare (end, &last) <= 0))
            continue;
          date = ct_format_date_short (&item->start_date);
          ct_import_warn (ctx, GPOINTER_TO_UINT (g_hash_table_lookup (ctx->lines, item)),
                          /* Translators: %s is a date such as 08/9/2023. */
                          _("The date %s is outside the programme's period."), date);
        }
    }
}

