/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-date-time.h"
#include "ct-ics-read-private.h"

/* The recurrence of an event read from a calendar file: a weekly rule and the simple
 * monthly ones kept as they are on the item, other rules expanded into single events, every walk bounded in steps and in
 * days (see the limits in ct-ics-read-private.h). */

static guint
weekday_bit (icalrecurrencetype_weekday day)
{
  /* libical counts Sunday = 1 … Saturday = 7; CtWeekdayMask starts on Monday. */
  return day == ICAL_SUNDAY_WEEKDAY ? CT_WEEKDAY_SUNDAY : 1u << (day - ICAL_MONDAY_WEEKDAY);
}

static gboolean
array_empty (const short *array)
{
  return array[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

/* The weekdays of a rule a CtItem can keep: weekly, or daily, every week, restricted by
 * BYDAY only. 0 for any other rule. */
static guint
rule_weekdays (const struct icalrecurrencetype *rule,
               const LocalTime                 *start)
{
  guint mask = 0;

  if ((rule->freq != ICAL_WEEKLY_RECURRENCE && rule->freq != ICAL_DAILY_RECURRENCE) ||
      rule->interval > 1 || !array_empty (rule->by_second) || !array_empty (rule->by_minute) ||
      !array_empty (rule->by_hour) || !array_empty (rule->by_month_day) ||
      !array_empty (rule->by_year_day) || !array_empty (rule->by_week_no) ||
      !array_empty (rule->by_month) || !array_empty (rule->by_set_pos))
    return 0;
  for (guint i = 0; rule->by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; i++)
    {
      if (icalrecurrencetype_day_position (rule->by_day[i]) != 0)
        return 0;
      mask |= weekday_bit (icalrecurrencetype_day_day_of_week (rule->by_day[i]));
    }
  if (mask == 0)
    mask = rule->freq == ICAL_DAILY_RECURRENCE
             ? 0x7F : CT_WEEKDAY_FROM_GDATE (g_date_get_weekday (&start->date));
  return mask;
}

/* A monthly rule a CtItem can keep, every month: BYMONTHDAY with one day 1–31
 * (CT_RECURRENCE_MONTHLY_DAY), or BYDAY with one weekday at position 1–5 or -1
 * (CT_RECURRENCE_MONTHLY_WEEKDAY). Sets the item's rule and returns TRUE; FALSE, the
 * item untouched, for any other monthly form (several days, BYSETPOS, -2MO, …). */
static gboolean
read_monthly (const struct icalrecurrencetype *rule,
              CtItem                          *item)
{
  int position;

  if (rule->freq != ICAL_MONTHLY_RECURRENCE || rule->interval > 1 ||
      !array_empty (rule->by_second) || !array_empty (rule->by_minute) ||
      !array_empty (rule->by_hour) || !array_empty (rule->by_year_day) ||
      !array_empty (rule->by_week_no) || !array_empty (rule->by_month) ||
      !array_empty (rule->by_set_pos))
    return FALSE;
  if (array_empty (rule->by_day) && !array_empty (rule->by_month_day) &&
      rule->by_month_day[1] == ICAL_RECURRENCE_ARRAY_MAX &&
      rule->by_month_day[0] >= 1 && rule->by_month_day[0] <= 31)
    {
      item->recurrence = CT_RECURRENCE_MONTHLY_DAY;
      item->month_day = rule->by_month_day[0];
      item->weekdays = 0;
      return TRUE;
    }
  if (!array_empty (rule->by_month_day) || array_empty (rule->by_day) ||
      rule->by_day[1] != ICAL_RECURRENCE_ARRAY_MAX)
    return FALSE;
  position = icalrecurrencetype_day_position (rule->by_day[0]);
  if (position != -1 && (position < 1 || position > 5))
    return FALSE;
  item->recurrence = CT_RECURRENCE_MONTHLY_WEEKDAY;
  item->weekdays = weekday_bit (icalrecurrencetype_day_day_of_week (rule->by_day[0]));
  item->month_week = position;
  return TRUE;
}

/* A daily rule with no BY part, an end and no EXDATE: the days of one event. */
static gboolean
is_day_run (const struct icalrecurrencetype *rule,
            const CtItem                    *item)
{
  return rule->freq == ICAL_DAILY_RECURRENCE && rule->interval <= 1 &&
         array_empty (rule->by_day) && array_empty (rule->by_month) &&
         array_empty (rule->by_month_day) && array_empty (rule->by_set_pos) &&
         (rule->count > 0 || !icaltime_is_null_time (rule->until)) &&
         item->exceptions->len == 0 && !g_date_valid (&item->end_date);
}

/* Counts one step through a rule. FALSE, with @error set, when the file's rules have
 * too many days to read or the import was cancelled. */
static gboolean
take_step (const ReadContext *ctx,
           GError           **error)
{
  CtIcsReader *reader = ctx->reader;

  if (++reader->steps > MAX_FILE_STEPS)
    {
      g_set_error_literal (error, CT_ICS_ERROR, CT_ICS_ERROR_TOO_LARGE,
                           _("The repeating events of the calendar file have too many days "
                             "to read; nothing was imported."));
      return FALSE;
    }
  return reader->steps % STEPS_PER_CHECK != 0 ||
         !g_cancellable_set_error_if_cancelled (reader->cancellable, error);
}

/* The last day of a rule with UNTIL or COUNT; invalid when it has neither, or when UNTIL
 * is after CT_ICS_MAX_YEAR: files write "UNTIL=99991231" for "no end", and either way
 * the rule covers the whole period read. FALSE with CT_ICS_ERROR_DATE_RANGE for an UNTIL
 * before CT_ICS_MIN_YEAR. */
static gboolean
rule_last_day (const ReadContext               *ctx,
               const struct icalrecurrencetype *rule,
               struct icaltimetype              dtstart,
               GDate                           *last,
               GError                         **error)
{
  LocalTime until;

  g_date_clear (last, 1);
  if (!icaltime_is_null_time (rule->until))
    {
      if (rule->until.year < CT_ICS_MIN_YEAR)
        return ct_ics_read_year_error (ctx, rule->until.year, error);
      if (rule->until.year > CT_ICS_MAX_YEAR)
        return TRUE;
      ct_ics_read_local_time (rule->until,
                              icaltime_is_utc (rule->until) ? icaltimezone_get_utc_timezone ()
                                                            : NULL,
                              &until);
      *last = until.date;
    }
  else if (rule->count > 0)
    {
      /* Only rules that match every day, every week or once a month get here
       * (is_day_run(), rule_weekdays(), read_monthly()): each step is one day found. */
      icalrecur_iterator *it = icalrecur_iterator_new (*rule, dtstart);
      struct icaltimetype t, previous = icaltime_null_time ();
      gboolean ok = TRUE;

      for (int n = 0; it != NULL && n < MIN (rule->count, MAX_EXPANDED); n++, previous = t)
        if (!(ok = take_step (ctx, error)) ||
            icaltime_is_null_time (t = icalrecur_iterator_next (it)))
          break;
      if (ok && !icaltime_is_null_time (previous) &&
          ct_ics_read_local_time (previous, ctx->start_zone, &until))
        *last = until.date;
      g_clear_pointer (&it, icalrecur_iterator_free);
      return ok;
    }
  return TRUE;
}

static gboolean
read_exdates (const ReadContext *ctx,
              CtItem            *item,
              GError           **error)
{
  for (icalproperty *p = icalcomponent_get_first_property (ctx->vevent, ICAL_EXDATE_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (ctx->vevent, ICAL_EXDATE_PROPERTY))
    {
      g_autoptr(GError) local_error = NULL;
      LocalTime day;

      if (!ct_ics_read_time (ctx, p, icalproperty_get_exdate (p), &day, NULL, &local_error))
        {
          /* An exception outside the years read takes away none of the days read. */
          if (g_error_matches (local_error, CT_ICS_ERROR, CT_ICS_ERROR_DATE_RANGE))
            continue;
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      ct_item_add_exception (item, &day.date);
    }
  return TRUE;
}

/* The occurrence of @master on @day as a single event, its own instance of the UID. */
static CtIcsEvent *
occurrence_event (const CtIcsEvent *master,
                  const GDate      *day)
{
  g_autofree char *key = NULL;
  CtItem *item = ct_item_copy (master->item);
  CtIcsEvent *copy;
  int shift;

  g_free (item->uuid);
  item->uuid = g_uuid_string_random ();
  /* One day of the rule: the UID names the whole rule. */
  g_clear_pointer (&item->ics_uid, g_free);
  item->kind = CT_ITEM_EVENT;
  g_array_set_size (item->exceptions, 0);
  shift = g_date_days_between (&master->item->start_date, day);
  item->start_date = *day;
  if (g_date_valid (&item->end_date))
    g_date_add_days (&item->end_date, shift);
  key = ct_date_to_iso (day);
  copy = ct_ics_event_new (master->uid, key, item);
  copy->category = g_strdup (master->category);
  copy->cancelled = master->cancelled;
  return copy;
}

/* An iterator over @rule that ends two days after the programme's period (a margin for
 * the zone's offset): libical looks for a matching time up to the year 2582, which for
 * a rule that never matches, such as the 31st of February, is a very long search. */
static icalrecur_iterator *
bounded_iterator (const ReadContext         *ctx,
                  struct icalrecurrencetype  rule,
                  struct icaltimetype        dtstart)
{
  struct icaltimetype end = dtstart;
  GDate last = ctx->reader->period_last;

  g_date_add_days (&last, 2);
  end.year = g_date_get_year (&last);
  end.month = g_date_get_month (&last);
  end.day = g_date_get_day (&last);
  if (!end.is_date)
    {
      end.hour = 23;
      end.minute = 59;
      end.second = 59;
    }
  if (icaltime_is_null_time (rule.until) || icaltime_compare (rule.until, end) > 0)
    rule.until = end;
  return icalrecur_iterator_new (rule, dtstart);
}

/* A rule a CtItem cannot keep (monthly, every other week, …): its occurrences inside the
 * programme's period become single events, each its own instance of the UID. A rule
 * with none there is left out with a warning. */
static gboolean
expand_rule (const ReadContext               *ctx,
             const CtIcsEvent                *master,
             const struct icalrecurrencetype *rule,
             struct icaltimetype              dtstart,
             GPtrArray                       *events,
             GError                         **error)
{
  CtIcsReader *reader = ctx->reader;
  icalrecur_iterator *it = bounded_iterator (ctx, *rule, dtstart);
  struct icaltimetype t;
  GDate previous;
  guint steps = 0, added = 0;
  gboolean ok = TRUE;

  g_date_clear (&previous, 1);
  while (it != NULL && added < MAX_EXPANDED &&
         !icaltime_is_null_time (t = icalrecur_iterator_next (it)))
    {
      LocalTime day;

      if (!(ok = take_step (ctx, error)))
        break;
      if (++steps > MAX_RULE_STEPS)
        {
          ct_ics_reader_warn (reader,
                              /* Translators: %s is an event's title. */
                              _("The repeating event “%s” starts too long before the "
                                "programme’s period to be read; it was left out."),
                              ctx->summary);
          g_clear_pointer (&it, icalrecur_iterator_free);
          return TRUE;
        }
      if (!ct_ics_read_local_time (t, ctx->start_zone, &day) ||
          g_date_compare (&day.date, &reader->period_last) > 0)
        break;
      /* Times within one day (BYHOUR) give one event for the day. */
      if (g_date_compare (&day.date, &reader->period_first) < 0 ||
          ct_item_has_exception (master->item, &day.date) ||
          (g_date_valid (&previous) && g_date_compare (&day.date, &previous) == 0))
        continue;
      previous = day.date;
      g_ptr_array_add (events, occurrence_event (master, &day.date));
      added++;
    }
  g_clear_pointer (&it, icalrecur_iterator_free);
  if (ok && added == 0 && !master->cancelled)
    {
      reader->n_without_days++;
      if (reader->without_days == NULL)
        reader->without_days = g_strdup (ctx->summary);
      ct_ics_reader_warn (reader,
                          /* Translators: %s is an event's title. */
                          _("The repeating event “%s” has no day in the programme’s period; "
                            "it was left out."), ctx->summary);
    }
  return ok;
}

/* The recurrence of a master event: a weekly rule or a monthly one by day of the month
 * or by weekday kept on the item (read_monthly()), or other rules expanded into single
 * events. A rule finer than daily is left out with a warning
 * (*@left_out): Congtac keeps events by the day, and libical would take years of
 * seconds to walk such a rule. Returns FALSE on error. */
gboolean
ct_ics_read_rule (const ReadContext   *ctx,
                  CtIcsEvent          *event,
                  icalproperty        *rrule,
                  const LocalTime     *start,
                  struct icaltimetype  dtstart,
                  GPtrArray           *events,
                  gboolean            *expanded,
                  gboolean            *left_out,
                  GError             **error)
{
  struct icalrecurrencetype rule = icalproperty_get_rrule (rrule);
  CtItem *item = event->item;

  *expanded = FALSE;
  *left_out = FALSE;
  if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE ||
      rule.freq == ICAL_HOURLY_RECURRENCE)
    {
      ct_ics_reader_warn (ctx->reader,
                          /* Translators: %s is an event's title. */
                          _("The event “%s” repeats every hour, minute or second; a "
                            "programme keeps events by the day, so it was left out."),
                          ctx->summary);
      *left_out = TRUE;
      return TRUE;
    }
  if (!read_exdates (ctx, item, error))
    return FALSE;
  if (is_day_run (&rule, item))
    {
      /* Every day up to a last day, nothing left out: a multi-day event at set times. */
      if (!rule_last_day (ctx, &rule, dtstart, &item->end_date, error))
        return FALSE;
      ct_ics_limit_span (&item->end_date, &item->start_date);
      if (g_date_valid (&item->end_date) &&
          g_date_compare (&item->end_date, &item->start_date) > 0)
        return TRUE;
      g_date_clear (&item->end_date, 1);
    }
  item->weekdays = rule_weekdays (&rule, start);
  if (item->weekdays != 0)
    item->recurrence = CT_RECURRENCE_WEEKLY;
  else if (!read_monthly (&rule, item))
    {
      *expanded = TRUE;
      return expand_rule (ctx, event, &rule, dtstart, events, error);
    }
  item->kind = CT_ITEM_RECURRING;
  item->start_date = start->date;
  if (!rule_last_day (ctx, &rule, dtstart, &item->end_date, error))
    return FALSE;
  ct_ics_limit_span (&item->end_date, &item->start_date);
  return TRUE;
}
