/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-roll-forward"

#include "ct-roll-forward.h"

/**
 * ct_date_roll_forward:
 * @date: a valid date
 * @months: how many months to move, may be negative
 * @result: (out caller-allocates): the moved date
 *
 * Moves a meeting date the way a programme is carried into a later period: it keeps its
 * rank among the weekdays of its month. The 2nd Monday of September 2023 (11/9) becomes the
 * 2nd Monday of October 2023 (09/10). A 5th weekday that the target month lacks becomes
 * the last such weekday.
 */
void
ct_date_roll_forward (const GDate *date,
                      int          months,
                      GDate       *result)
{
  GDateWeekday weekday;
  guint rank, month_index, days;
  int year;
  GDateMonth month;
  GDate first;

  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (result != NULL);

  weekday = g_date_get_weekday (date);
  rank = (g_date_get_day (date) - 1) / 7;
  month_index = g_date_get_year (date) * 12 + (g_date_get_month (date) - 1) + months;
  year = month_index / 12;
  month = month_index % 12 + 1;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, month, year);
  days = (weekday - g_date_get_weekday (&first) + 7) % 7 + rank * 7;
  if (days >= g_date_get_days_in_month (month, year))
    days -= 7;
  *result = first;
  g_date_add_days (result, days);
}

/**
 * ct_programme_next_period:
 * @programme: a programme
 * @kind: (out): the period kind, the same as @programme's
 * @year: (out): the year of the next period
 * @index: (out): the month, quarter or ISO week of the next period (0 for a year)
 *
 * Gives the period after @programme's: October after September, quarter I of 2024 after
 * quarter IV of 2023, 2024 after 2023, week 1 of 2027 after week 53 of 2026.
 */
void
ct_programme_next_period (const CtProgramme *programme,
                          CtPeriodKind      *kind,
                          int               *year,
                          int               *index)
{
  int per_year;

  g_return_if_fail (programme != NULL);

  *kind = programme->period_kind;
  *year = programme->period_year;
  *index = programme->period_index;
  switch (*kind)
    {
    case CT_PERIOD_KIND_MONTH:
      per_year = 12;
      break;
    case CT_PERIOD_KIND_QUARTER:
      per_year = 4;
      break;
    case CT_PERIOD_KIND_WEEK:
      per_year = ct_programme_weeks_in_year (*year);
      break;
    case CT_PERIOD_KIND_YEAR:
    default:
      per_year = 0;
      break;
    }
  if (per_year == 0)
    {
      *year += 1;
      *index = 0;
      return;
    }
  if (++*index > per_year)
    {
      *index = 1;
      *year += 1;
    }
}

static int
period_months (CtPeriodKind kind)
{
  return kind == CT_PERIOD_KIND_MONTH ? 1 : kind == CT_PERIOD_KIND_QUARTER ? 3 : 12;
}

/* How a meeting date moves: by weeks within a week programme; otherwise by keeping its
 * rank among the weekdays of its month (ct_date_roll_forward()). */
static void
move_meeting (GDate *date,
              int    months,
              int    days)
{
  GDate moved;

  if (days != 0)
    g_date_add_days (date, days);
  else
    {
      ct_date_roll_forward (date, months, &moved);
      *date = moved;
    }
}

static void
roll_item (CtItem *item,
           int     months,
           int     days)
{
  g_free (item->uuid);
  item->uuid = g_uuid_string_random ();
  item->sequence = 0;
  /* A new period's event is a new event, not the other calendar's. */
  g_clear_pointer (&item->ics_uid, g_free);
  if (item->kind == CT_ITEM_RECURRING)
    {
      /* A rule covers the new period on the same days; the old range and the old
       * exception dates belong to the previous period. */
      g_date_clear (&item->start_date, 1);
      g_date_clear (&item->end_date, 1);
      g_array_set_size (item->exceptions, 0);
    }
  else if (item->kind == CT_ITEM_EVENT && !ct_item_is_vague (item) &&
           g_date_valid (&item->start_date))
    {
      int length = g_date_valid (&item->end_date)
                     ? g_date_days_between (&item->start_date, &item->end_date) : -1;

      move_meeting (&item->start_date, months, days);
      if (length >= 0)
        {
          item->end_date = item->start_date;
          g_date_add_days (&item->end_date, length);
        }
    }
  else if (days != 0)
    {
      /* A window or a due date moves with the week. */
      if (g_date_valid (&item->start_date))
        g_date_add_days (&item->start_date, days);
      if (g_date_valid (&item->end_date))
        g_date_add_days (&item->end_date, days);
    }
  else
    {
      /* A window or a due date ("trước 15/12") keeps its day of the month, or the last
       * day of a shorter month. */
      if (g_date_valid (&item->start_date))
        g_date_add_months (&item->start_date, months);
      if (g_date_valid (&item->end_date))
        g_date_add_months (&item->end_date, months);
    }
}

/**
 * ct_programme_roll_forward:
 * @previous: the programme of the previous period
 *
 * Makes the draft of the next period from @previous ("Tạo từ tháng trước"): the same
 * header, sections, items, recipients and signer; events moved by
 * ct_date_roll_forward() keeping their length (by seven days in a week programme);
 * recurring items re-projected onto the new period (same rule, no range, no
 * exceptions); windows of vague timing and due dates of tasks moved by the period's
 * months, keeping their day of the month (by seven days in a week programme). Vague
 * wording is kept as written. Everything that identifies the issued
 * document is cleared: id, number, issue date, custom subtitle, and the status is draft.
 * Items get new UUIDs, so calendar files see new events.
 *
 * Returns: (transfer full): the new, unsaved programme
 */
CtProgramme *
ct_programme_roll_forward (const CtProgramme *previous)
{
  CtProgramme *next;
  CtPeriodKind kind;
  int year, index;
  int months, days;

  g_return_val_if_fail (previous != NULL, NULL);

  next = ct_programme_copy (previous);
  ct_programme_next_period (previous, &kind, &year, &index);
  ct_programme_set_period (next, kind, year, index);
  months = period_months (kind);
  days = kind == CT_PERIOD_KIND_WEEK ? 7 : 0;
  next->id = 0;
  next->modified = 0;
  next->revision = 0;
  next->number = 0;
  g_date_clear (&next->issue_date, 1);
  g_clear_pointer (&next->subtitle, g_free);
  next->status = CT_PROGRAMME_STATUS_DRAFT;
  /* Text typed in the last programme's fields that is no value yet stays there: it was
   * typed for those dates, that number and that period. */
  g_hash_table_remove_all (next->unread_texts);
  for (guint i = 0; i < next->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (next->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        roll_item (g_ptr_array_index (section->items, j), months, days);
    }
  return next;
}
