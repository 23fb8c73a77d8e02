/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-check"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-check-private.h"
#include "ct-format.h"
#include "ct-text.h"

/* The timing of items that the calendars cannot follow: a monthly rule on a day some
 * months lack, a vague event with no days at all, and a task without the unit or due time
 * its neighbours give. */

/* The months of @first … @last whose last day falls in that range and that have fewer
 * than @day days, as "2/2025, 4/2025"; %NULL when none. */
static char *
months_without_day (const GDate *first,
                    const GDate *last,
                    int          day,
                    guint       *count)
{
  GString *out = g_string_new (NULL);
  GDate month_end;

  *count = 0;
  g_date_clear (&month_end, 1);
  g_date_set_dmy (&month_end, 1, g_date_get_month (first), g_date_get_year (first));
  while (TRUE)
    {
      GDateMonth m = g_date_get_month (&month_end);
      GDateYear y = g_date_get_year (&month_end);
      guint8 days = g_date_get_days_in_month (m, y);

      g_date_set_day (&month_end, days);
      if (g_date_compare (&month_end, last) > 0)
        break;
      if (g_date_compare (&month_end, first) >= 0 && days < day)
        {
          if (*count > 0)
            /* Translators: separates months in a list, "2/2025, 4/2025". */
            g_string_append (out, _(", "));
          g_string_append_printf (out, "%d/%d", m, y);
          (*count)++;
        }
      g_date_add_days (&month_end, 1);
    }
  return g_string_free (out, *count == 0);
}

/* "Ngày 31 hằng tháng": February, and the months of 30 days for 31, have no such day, and
 * the rule simply skips them (CT_RECURRENCE_MONTHLY_DAY). */
static void
check_month_day (GPtrArray         *issues,
                 const CtProgramme *programme,
                 const CtItem      *item,
                 int                section)
{
  g_autofree char *months = NULL, *name = NULL;
  GDate first, last;
  guint count;

  if (item->kind != CT_ITEM_RECURRING || item->recurrence != CT_RECURRENCE_MONTHLY_DAY ||
      item->month_day < 29)
    return;
  ct_programme_get_period_range (programme, &first, &last);
  if (g_date_valid (&item->start_date) && g_date_compare (&item->start_date, &first) > 0)
    first = item->start_date;
  if (g_date_valid (&item->end_date) && g_date_compare (&item->end_date, &last) < 0)
    last = item->end_date;
  if (g_date_compare (&first, &last) > 0)
    return;
  months = months_without_day (&first, &last, item->month_day, &count);
  if (months == NULL)
    return;
  name = ct_check_item_name (item);
  ct_check_add_issue (issues, CT_CHECK_MONTH_DAY_MISSING, "date", section, item->uuid, -1,
                      /* Translators: %1$s is an item's title, %2$d a day of the month (29–31),
                       * %3$s a list of months ("2/2025, 4/2025"). */
                      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "“%1$s” is set for day %2$d of every "
                                                    "month, but month %3$s has no day %2$d: "
                                                    "it will not take place that month.",
                                                    "“%1$s” is set for day %2$d of every "
                                                    "month, but months %3$s have no day "
                                                    "%2$d: it will not take place in those "
                                                    "months.", count),
                                       name, item->month_day, months));
}

/* A month's programme is copied to the calendars day by day: an event timed only in words
 * ("thời gian cụ thể thông báo sau") and without the days it may fall between is left out
 * of them. */
static void
check_vague_window (GPtrArray         *issues,
                    const CtProgramme *programme,
                    const CtItem      *item,
                    int                section)
{
  g_autofree char *name = NULL;

  if (item->kind != CT_ITEM_EVENT || !ct_item_is_vague (item) ||
      programme->period_kind != CT_PERIOD_KIND_MONTH || g_date_valid (&item->start_date) ||
      g_date_valid (&item->end_date))
    return;
  name = ct_check_item_name (item);
  ct_check_add_issue (issues, CT_CHECK_VAGUE_WITHOUT_WINDOW, "date", section, item->uuid, -1,
                      /* Translators: %1$s is an event's title, %2$s its timing as written
                       * ("thời gian cụ thể thông báo sau"). */
                      g_strdup_printf (_("“%1$s” is timed “%2$s” with no days given, so it "
                                         "will not appear in calendars; give the first and "
                                         "last day it may take place."),
                                       name, item->vague_when));
}

/* A last day before the first: the printout would drop it, the calendars reject it. */
static void
check_reversed (GPtrArray    *issues,
                const CtItem *item,
                int           section)
{
  g_autofree char *name = NULL, *first = NULL, *last = NULL;

  if (item->kind == CT_ITEM_TASK || !g_date_valid (&item->start_date) ||
      !g_date_valid (&item->end_date) || g_date_compare (&item->end_date, &item->start_date) >= 0)
    return;
  name = ct_check_item_name (item);
  first = ct_format_date_short (&item->start_date);
  last = ct_format_date_short (&item->end_date);
  ct_check_add_issue (issues, CT_CHECK_DATES_REVERSED, "end_date", section, item->uuid, -1,
                      /* Translators: %1$s is an item's title, %2$s and %3$s dates
                       * ("17/3/2025"). */
                      g_strdup_printf (_("“%1$s” ends on %2$s, before it starts on %3$s; "
                                         "correct one of the two days."),
                                       name, last, first));
}

/**
 * ct_check_item_schedule:
 * @issues: (element-type CtCheckIssue): where to add the issues
 * @programme: the programme holding @item
 * @item: an item
 * @section: the index of its section
 *
 * Checks a monthly rule on day 29–31 against the months of the period, a vague event of
 * a month's programme without a window, and a last day before the first.
 */
void
ct_check_item_schedule (GPtrArray         *issues,
                        const CtProgramme *programme,
                        const CtItem      *item,
                        int                section)
{
  g_return_if_fail (issues != NULL && programme != NULL && item != NULL);

  check_month_day (issues, programme, item, section);
  check_vague_window (issues, programme, item, section);
  check_reversed (issues, item, section);
}

static gboolean
task_has_lead_or_due (const CtItem *task)
{
  return !ct_text_is_blank (task->lead_unit) || g_date_valid (&task->end_date) ||
         !ct_text_is_blank (task->vague_when);
}

/**
 * ct_check_section_tasks:
 * @issues: (element-type CtCheckIssue): where to add the issues
 * @programme: the programme holding @section
 * @section: a section
 * @index: its index
 *
 * In a section where some tasks name their unit in charge or their due time, the tasks
 * that give neither were most likely left unfinished. A section where no task gives them
 * is a list of general duties and is left alone.
 */
void
ct_check_section_tasks (GPtrArray         *issues,
                        const CtProgramme *programme,
                        const CtSection   *section,
                        int                index)
{
  gboolean some = FALSE;

  g_return_if_fail (issues != NULL && programme != NULL && section != NULL);

  for (guint i = 0; i < section->items->len && !some; i++)
    {
      const CtItem *item = g_ptr_array_index (section->items, i);

      some = item->kind == CT_ITEM_TASK && task_has_lead_or_due (item);
    }
  for (guint i = 0; i < section->items->len && some; i++)
    {
      const CtItem *item = g_ptr_array_index (section->items, i);
      g_autofree char *name = NULL;

      /* A due time typed that is not used yet is listed as such: the task gives one. */
      if (item->kind != CT_ITEM_TASK || task_has_lead_or_due (item)
          || ct_check_unread_listed (programme, item, "due"))
        continue;
      name = ct_check_item_name (item);
      ct_check_add_issue (issues, CT_CHECK_TASK_WITHOUT_LEAD, "lead_unit", index, item->uuid,
                          -1,
                          /* Translators: %s is a task's first words. */
                          g_strdup_printf (_("“%s” has neither a unit in charge nor a due "
                                             "time, unlike other tasks of its section."),
                                           name));
    }
}

/**
 * ct_check_section_order:
 * @issues: (element-type CtCheckIssue): where to add the issues
 * @section: a section
 * @index: its index
 *
 * A section lists its events in the order they take place; an event placed after a later
 * one (added at the end, or moved to another day) reads as part of that one, under its
 * agenda. Events timed only in words are left out: they have no day to compare.
 */
void
ct_check_section_order (GPtrArray       *issues,
                        const CtSection *section,
                        int              index)
{
  const CtItem *latest = NULL;

  g_return_if_fail (issues != NULL && section != NULL);

  for (guint i = 0; i < section->items->len; i++)
    {
      const CtItem *item = g_ptr_array_index (section->items, i);
      g_autofree char *name = NULL, *day = NULL, *other = NULL, *other_day = NULL;

      if (item->kind != CT_ITEM_EVENT || ct_item_is_vague (item) ||
          !g_date_valid (&item->start_date))
        continue;
      if (latest == NULL || g_date_compare (&item->start_date, &latest->start_date) >= 0)
        {
          latest = item;
          continue;
        }
      name = ct_check_item_name (item);
      day = ct_format_date_short (&item->start_date);
      other = ct_check_item_name (latest);
      other_day = ct_format_date_short (&latest->start_date);
      ct_check_add_issue (issues, CT_CHECK_EVENT_OUT_OF_ORDER, "date", index, item->uuid, -1,
                          /* Translators: %1$s and %3$s are events' titles, %2$s and %4$s
                           * their days ("12/10/2023"). */
                          g_strdup_printf (_("“%1$s” on %2$s comes after “%3$s” on %4$s in "
                                             "the same section, so the printout puts it "
                                             "under that event; move it before that event "
                                             "or into another section."),
                                           name, day, other, other_day));
    }
}
