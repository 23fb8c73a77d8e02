/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-occurrence"

#include "ct-occurrence.h"

G_DEFINE_BOXED_TYPE (CtOccurrence, ct_occurrence, ct_occurrence_copy, ct_occurrence_free)

/* Where an occurrence sorts inside its day: all-day first, then by time or by the usual
 * hours of its day part ("sáng" before "chiều" before "tối"), items without either at noon. */
static int
time_key (const CtOccurrence *o)
{
  if (o->start_minute != CT_NO_TIME)
    return o->start_minute;
  switch (o->day_part)
    {
    case CT_DAY_PART_ALL_DAY:   return -1;
    case CT_DAY_PART_MORNING:   return 7 * 60 + 30;
    case CT_DAY_PART_AFTERNOON: return 13 * 60 + 30;
    case CT_DAY_PART_EVENING:   return 19 * 60;
    case CT_DAY_PART_NONE:
    default:                    return 12 * 60;
    }
}

static int
compare_occurrences (gconstpointer a,
                     gconstpointer b)
{
  const CtOccurrence *x = *(const CtOccurrence * const *) a;
  const CtOccurrence *y = *(const CtOccurrence * const *) b;
  int cmp = g_date_compare (&x->date, &y->date);

  if (cmp != 0)
    return cmp;
  cmp = time_key (x) - time_key (y);
  if (cmp != 0)
    return cmp;
  return (x->order > y->order) - (x->order < y->order);
}

static CtOccurrence *
occurrence_new (CtItem      *item,
                CtSection   *section,
                const GDate *date,
                guint        index,
                guint        order)
{
  CtOccurrence *o = g_new0 (CtOccurrence, 1);

  o->item = ct_item_ref (item);
  o->section = ct_section_ref (section);
  o->date = *date;
  o->index = index;
  o->count = 1;
  o->day_part = item->day_part;
  o->start_minute = item->start_minute;
  o->end_minute = item->end_minute;
  o->tentative = item->tentative;
  o->order = order;
  return o;
}

/* Days of an event inside [lo, hi]. */
static void
expand_event (GPtrArray   *out,
              CtItem      *item,
              CtSection   *section,
              const GDate *first,
              const GDate *last,
              const GDate *lo,
              const GDate *hi,
              guint        order)
{
  guint first_julian = g_date_get_julian (first);
  guint count = g_date_get_julian (last) - first_julian + 1;
  GDate d = *lo;

  for (; g_date_compare (&d, hi) <= 0; g_date_add_days (&d, 1))
    {
      CtOccurrence *o = occurrence_new (item, section, &d, g_date_get_julian (&d) - first_julian,
                                        order);
      o->count = count;
      g_ptr_array_add (out, o);
    }
}

/* Whether @d is a day of @item's rule, exceptions aside. */
static gboolean
rule_matches (const CtItem *item,
              const GDate  *d)
{
  guint day = g_date_get_day (d);
  guint month_days = g_date_get_days_in_month (g_date_get_month (d), g_date_get_year (d));

  switch (item->recurrence)
    {
    case CT_RECURRENCE_MONTHLY_DAY:
      /* A month without day N has no occurrence (RFC 5545 §3.3.10, BYMONTHDAY). */
      return (int) day == item->month_day;
    case CT_RECURRENCE_MONTHLY_WEEKDAY:
      if ((item->weekdays & CT_WEEKDAY_FROM_GDATE (g_date_get_weekday (d))) == 0)
        return FALSE;
      if (item->month_week < 0)
        return day + 7 > month_days;
      return item->month_week > 0 && (int) (day - 1) / 7 + 1 == item->month_week;
    case CT_RECURRENCE_WEEKLY:
    default:
      return (item->weekdays & CT_WEEKDAY_FROM_GDATE (g_date_get_weekday (d))) != 0;
    }
}

/* Days of a weekly or monthly rule inside [lo, hi]; the index counts from the range start
 * so that it names the same day whatever window is asked for. */
static void
expand_recurring (GPtrArray   *out,
                  CtItem      *item,
                  CtSection   *section,
                  const GDate *first,
                  const GDate *last,
                  const GDate *lo,
                  const GDate *hi,
                  guint        order)
{
  guint added_from = out->len;
  guint n = 0;
  GDate d = *first;

  for (; g_date_compare (&d, last) <= 0; g_date_add_days (&d, 1))
    {
      if (!rule_matches (item, &d) || ct_item_has_exception (item, &d))
        continue;
      if (g_date_compare (&d, lo) >= 0 && g_date_compare (&d, hi) <= 0)
        g_ptr_array_add (out, occurrence_new (item, section, &d, n, order));
      n++;
    }
  for (guint i = added_from; i < out->len; i++)
    ((CtOccurrence *) g_ptr_array_index (out, i))->count = n;
}

/**
 * ct_item_get_date_range:
 * @item: an item
 * @programme: (nullable): the programme holding @item, for a recurring item's default range
 * @first_day: (out caller-allocates): the item's first day
 * @last_day: (out caller-allocates): the item's last day (inclusive)
 *
 * Gives the days an item spans. An event spans its start date up to its end date (a
 * missing or earlier end date means a single day). A weekly or monthly rule applies from
 * its start date, or the programme's period start when not set, up to its end date, or
 * the period end (see ct_programme_get_period_range()). An item of vague timing
 * (ct_item_is_vague()) spans no exact day: its dates are only a window, see
 * ct_item_get_window().
 *
 * Returns: %FALSE, with both dates cleared, for a task, an undated event, an item of
 *   vague timing, or a rule whose range is empty or needs a @programme that was not given
 */
gboolean
ct_item_get_date_range (const CtItem      *item,
                        const CtProgramme *programme,
                        GDate             *first_day,
                        GDate             *last_day)
{
  GDate period_first, period_last;

  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (first_day != NULL && last_day != NULL, FALSE);

  g_date_clear (first_day, 1);
  g_date_clear (last_day, 1);
  if (ct_item_is_vague (item))
    return FALSE;
  if (item->kind == CT_ITEM_EVENT && g_date_valid (&item->start_date))
    {
      *first_day = item->start_date;
      *last_day = item->start_date;
      if (g_date_valid (&item->end_date) && g_date_compare (&item->end_date, first_day) > 0)
        *last_day = item->end_date;
      return TRUE;
    }
  if (item->kind != CT_ITEM_RECURRING)
    return FALSE;
  if (programme != NULL)
    ct_programme_get_period_range (programme, &period_first, &period_last);
  else if (!g_date_valid (&item->start_date) || !g_date_valid (&item->end_date))
    return FALSE;
  *first_day = g_date_valid (&item->start_date) ? item->start_date : period_first;
  *last_day = g_date_valid (&item->end_date) ? item->end_date : period_last;
  if (g_date_compare (first_day, last_day) <= 0)
    return TRUE;
  g_date_clear (first_day, 1);
  g_date_clear (last_day, 1);
  return FALSE;
}

/**
 * ct_item_get_window:
 * @item: an item
 * @first_day: (out caller-allocates): the first day of its window
 * @last_day: (out caller-allocates): the last day of its window (inclusive)
 *
 * Gives the window of an item of vague timing ("tuần 3" in 17–21/3): from its start date
 * to its end date, or its start date alone when the end is not known. The item is
 * expected some time in it, on no day in particular.
 *
 * Returns: %FALSE, with both dates cleared, for an item that is not vague or whose
 *   window is not known
 */
gboolean
ct_item_get_window (const CtItem *item,
                    GDate        *first_day,
                    GDate        *last_day)
{
  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (first_day != NULL && last_day != NULL, FALSE);

  g_date_clear (first_day, 1);
  g_date_clear (last_day, 1);
  if (!ct_item_is_vague (item) || !g_date_valid (&item->start_date))
    return FALSE;
  *first_day = item->start_date;
  *last_day = item->start_date;
  if (g_date_valid (&item->end_date) && g_date_compare (&item->end_date, first_day) > 0)
    *last_day = item->end_date;
  return TRUE;
}

/**
 * ct_programme_expand_occurrences:
 * @programme: a programme
 * @from: (nullable): first day of the window; %NULL for no lower bound
 * @to: (nullable): last day of the window (inclusive); %NULL for no upper bound
 *
 * Expands the programme's dated items into one occurrence per day: a single-day event
 * gives its day, a multi-day event every day from its start to its end date (weekends
 * included), a rule every day of its range that it names (see ct_item_get_date_range():
 * by default the programme's period) except its exception dates: a weekly rule the
 * weekdays of #CtItem.weekdays, a %CT_RECURRENCE_MONTHLY_DAY rule day #CtItem.month_day
 * of each month (none in a month without that day, as RFC 5545 reads BYMONTHDAY), a
 * %CT_RECURRENCE_MONTHLY_WEEKDAY rule the #CtItem.month_week-th (or last) such weekday of
 * each month. Tasks, undated events and items of vague timing (which are on no day in
 * particular, even with a window) give nothing.
 *
 * This is the one place where the programme's schedule is turned into days: the
 * calendar view, the calendar-file (.ics) export and the pre-signing checks all use it.
 *
 * Returns: (transfer full) (element-type CtOccurrence): the occurrences within
 *   [@from, @to], sorted by date, then by time of day (all-day first, then start time or
 *   the day part's usual hours), then by position in the programme
 */
GPtrArray *
ct_programme_expand_occurrences (const CtProgramme *programme,
                                 const GDate       *from,
                                 const GDate       *to)
{
  GPtrArray *out;
  guint order = 0;

  g_return_val_if_fail (programme != NULL, NULL);
  g_return_val_if_fail (from == NULL || g_date_valid (from), NULL);
  g_return_val_if_fail (to == NULL || g_date_valid (to), NULL);

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_occurrence_free);
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);

      for (guint j = 0; j < section->items->len; j++, order++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          GDate first, last, lo, hi;

          if (!ct_item_get_date_range (item, programme, &first, &last))
            continue;
          lo = (from != NULL && g_date_compare (from, &first) > 0) ? *from : first;
          hi = (to != NULL && g_date_compare (to, &last) < 0) ? *to : last;
          if (g_date_compare (&lo, &hi) > 0)
            continue;
          if (item->kind == CT_ITEM_EVENT)
            expand_event (out, item, section, &first, &last, &lo, &hi, order);
          else
            expand_recurring (out, item, section, &first, &last, &lo, &hi, order);
        }
    }
  g_ptr_array_sort (out, compare_occurrences);
  return out;
}

/**
 * ct_item_reschedule:
 * @item: a dated event
 * @start: its new first day
 *
 * Moves an event to start on @start; a multi-day event keeps its length. The weekday
 * printed with the date follows, since it is computed from the date. The store raises the
 * item's iCalendar SEQUENCE when it saves the changed schedule.
 *
 * Returns: %TRUE when the item moved; %FALSE for a task, a rule (it moves by editing
 *   its rule), an undated event, an event of vague timing (its window is edited, not
 *   dragged) or when @start is its start already
 */
gboolean
ct_item_reschedule (CtItem      *item,
                    const GDate *start)
{
  int delta;

  g_return_val_if_fail (item != NULL, FALSE);
  g_return_val_if_fail (start != NULL && g_date_valid (start), FALSE);

  if (item->kind != CT_ITEM_EVENT || ct_item_is_vague (item) ||
      !g_date_valid (&item->start_date) || g_date_compare (&item->start_date, start) == 0)
    return FALSE;
  delta = (int) g_date_get_julian (start) - (int) g_date_get_julian (&item->start_date);
  item->start_date = *start;
  if (g_date_valid (&item->end_date))
    {
      if (delta > 0)
        g_date_add_days (&item->end_date, delta);
      else
        g_date_subtract_days (&item->end_date, -delta);
    }
  return TRUE;
}

/**
 * ct_occurrence_copy:
 * @self: an occurrence
 *
 * Returns: (transfer full): a copy holding its own references on the item and section
 */
CtOccurrence *
ct_occurrence_copy (const CtOccurrence *self)
{
  CtOccurrence *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  ct_item_ref (copy->item);
  ct_section_ref (copy->section);
  return copy;
}

/**
 * ct_occurrence_free:
 * @self: (transfer full) (nullable): an occurrence
 *
 * Frees @self and drops its references.
 */
void
ct_occurrence_free (CtOccurrence *self)
{
  if (self == NULL)
    return;
  ct_item_unref (self->item);
  ct_section_unref (self->section);
  g_free (self);
}
