/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-check"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-check-private.h"

/* A task's due day far from its programme's period. A due day typed without its year
 * takes the period's year ("20/12" in February 2027's programme is 20/12/2027): the rule
 * is kept, for a task is due in its programme's year, but where the day it gives lies
 * more than three months after the period's end or more than three months before its
 * start, the year is likely the wrong one and the clerk is told. Within three months on
 * either side the day is a task running on or one overdue, and is left alone. */

#define DUE_MONTHS_NEAR 3

static int
month_number (const GDate *date)
{
  return (int) g_date_get_year (date) * 12 + (int) g_date_get_month (date) - 1;
}

/**
 * ct_check_due_far:
 * @programme: a programme
 * @due: a due day
 * @months: (out) (optional): how many calendar months @due lies from the period
 *
 * Returns: 1 when @due is more than three months after the period's end, -1 when more
 *   than three months before its start, else (also without a period) 0
 */
int
ct_check_due_far (const CtProgramme *programme,
                  const GDate       *due,
                  int               *months)
{
  GDate first, last, limit;

  if (months != NULL)
    *months = 0;
  ct_programme_get_period_range (programme, &first, &last);
  if (due == NULL || !g_date_valid (due) || !g_date_valid (&first) || !g_date_valid (&last))
    return 0;
  limit = last;
  g_date_add_months (&limit, DUE_MONTHS_NEAR);
  if (g_date_compare (due, &limit) > 0)
    {
      if (months != NULL)
        *months = month_number (due) - month_number (&last);
      return 1;
    }
  limit = first;
  g_date_subtract_months (&limit, DUE_MONTHS_NEAR);
  if (g_date_compare (due, &limit) < 0)
    {
      if (months != NULL)
        *months = month_number (&first) - month_number (due);
      return -1;
    }
  return 0;
}

/**
 * ct_check_due_far_message:
 * @programme: a programme
 * @due: a due day typed without its year, read in the period's year
 *
 * Returns: (transfer full) (nullable): for a day far from the period (see
 *   ct_check_due_far()), which day was taken and how to type the other: "Due on
 *   20/12/2027, 10 months after the programme's period; if it is in 2026, type 20/12/2026";
 *   %NULL for a day near the period
 */
char *
ct_check_due_far_message (const CtProgramme *programme,
                          const GDate       *due)
{
  int months, side = ct_check_due_far (programme, due, &months);
  int other = g_date_get_year (due) - side;
  g_autofree char *day = NULL, *typed = NULL;

  if (side == 0)
    return NULL;
  day = g_strdup_printf ("%d/%d/%d", g_date_get_day (due), g_date_get_month (due),
                         g_date_get_year (due));
  typed = g_strdup_printf ("%d/%d/%d", g_date_get_day (due), g_date_get_month (due), other);
  if (side > 0)
    /* Translators: %1$s is the due day taken ("20/12/2027"), %2$d a number of months,
     * %3$d the year the clerk may have meant, %4$s that day in that year. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Due on %1$s, %2$d month after the programme’s "
                                         "period; if it is in %3$d, type %4$s",
                                         "Due on %1$s, %2$d months after the programme’s "
                                         "period; if it is in %3$d, type %4$s", months),
                            day, months, other, typed);
  /* Translators: %1$s is the due day taken ("5/1/2026"), %2$d a number of months, %3$d
   * the year the clerk may have meant, %4$s that day in that year. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Due on %1$s, %2$d month before the programme’s "
                                       "period; if it is in %3$d, type %4$s",
                                       "Due on %1$s, %2$d months before the programme’s "
                                       "period; if it is in %3$d, type %4$s", months),
                          day, months, other, typed);
}

/**
 * ct_check_item_due:
 * @issues: the issues found so far
 * @programme: the programme
 * @item: a task
 * @section: its section's index
 *
 * Lists a task due far from the period: its year may be the period's taken for a day
 * typed without one.
 */
void
ct_check_item_due (GPtrArray         *issues,
                   const CtProgramme *programme,
                   const CtItem      *item,
                   int                section)
{
  g_autofree char *name = NULL, *day = NULL;
  int months, side;

  if (item->kind != CT_ITEM_TASK || ct_item_is_vague (item))
    return;
  side = ct_check_due_far (programme, &item->end_date, &months);
  if (side == 0)
    return;
  name = ct_check_item_name (item);
  day = g_strdup_printf ("%d/%d/%d", g_date_get_day (&item->end_date),
                         g_date_get_month (&item->end_date), g_date_get_year (&item->end_date));
  ct_check_add_issue (issues, CT_CHECK_DUE_FAR_FROM_PERIOD, "when", section, item->uuid, -1,
                      side > 0
                      /* Translators: %1$s is a task, %2$s its due day ("20/12/2027"),
                       * %3$d a number of months. */
                      ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "“%1$s” is due on %2$s, %3$d month after "
                                                      "the programme’s period: check the year",
                                                      "“%1$s” is due on %2$s, %3$d months after "
                                                      "the programme’s period: check the year",
                                                      months), name, day, months)
                      /* Translators: %1$s is a task, %2$s its due day ("5/1/2026"), %3$d a
                       * number of months. */
                      : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "“%1$s” is due on %2$s, %3$d month before "
                                                      "the programme’s period: check the year",
                                                      "“%1$s” is due on %2$s, %3$d months before "
                                                      "the programme’s period: check the year",
                                                      months), name, day, months));
}
