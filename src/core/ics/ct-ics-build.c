/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One item as a VEVENT (its times, rule, identity and details), and the VCALENDAR that
 * holds the events, for ct-ics-export.c and ct-ics-export-week.c. */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include "ct-ics-export-private.h"
#include "ct-ics-private.h"
#include "ct-text.h"

struct icaltimetype
ct_ics_utc_time (gint64 seconds)
{
  return icaltime_from_timet_with_zone ((time_t) seconds, FALSE,
                                        icaltimezone_get_utc_timezone ());
}

static struct icaltimetype
date_value (const GDate *date)
{
  struct icaltimetype t = icaltime_null_date ();

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  return t;
}

/* A Vietnam wall-clock time, written with TZID=Asia/Ho_Chi_Minh. */
static struct icaltimetype
local_value (const GDate *date,
             int          minute)
{
  struct icaltimetype t = icaltime_null_time ();

  t.year = g_date_get_year (date);
  t.month = g_date_get_month (date);
  t.day = g_date_get_day (date);
  t.hour = minute / 60;
  t.minute = minute % 60;
  return t;
}

/* RFC 5545 §3.3.10: with a DTSTART in a TZID, UNTIL must be in UTC. */
static struct icaltimetype
local_to_utc (const GDate *date,
              int          minute)
{
  gint64 seconds = ((gint64) g_date_get_julian (date) - 719163) * 86400 + minute * 60;

  /* Julian day 719163 of GDate is 1970-01-01. */
  return ct_ics_utc_time (seconds - CT_ICS_UTC_OFFSET);
}

static icalproperty *
with_tzid (icalproperty *prop)
{
  icalproperty_add_parameter (prop, icalparameter_new_tzid (CT_ICS_TZID));
  return prop;
}

/* Our own zone: the +0700 offset with no history, named as Outlook and Google know it
 * (libical's built-in one carries a /freeassociation.sourceforge.net/ prefix). */
static icalcomponent *
build_vtimezone (void)
{
  icalcomponent *zone = icalcomponent_new_vtimezone ();
  icalcomponent *standard = icalcomponent_new_xstandard ();
  struct icaltimetype start = icaltime_null_time ();

  start.year = 1970;
  start.month = 1;
  start.day = 1;
  icalcomponent_add_property (zone, icalproperty_new_tzid (CT_ICS_TZID));
  icalcomponent_add_property (standard, icalproperty_new_tzoffsetfrom (CT_ICS_UTC_OFFSET));
  icalcomponent_add_property (standard, icalproperty_new_tzoffsetto (CT_ICS_UTC_OFFSET));
  icalcomponent_add_property (standard, icalproperty_new_tzname ("ICT"));
  icalcomponent_add_property (standard, icalproperty_new_dtstart (start));
  icalcomponent_add_component (zone, standard);
  return zone;
}

/* Start and end minute of a timed item; FALSE for an all-day one, and for a vague one,
 * which is all day over its window whatever its day part. */
static gboolean
item_times (const CtIcsExportContext *ctx,
            const CtItem             *item,
            int                      *start,
            int                      *end)
{
  CtTimeRange range;

  if (ct_item_is_vague (item))
    return FALSE;
  if (item->start_minute != CT_NO_TIME)
    {
      *start = item->start_minute;
      *end = item->end_minute > item->start_minute
               ? item->end_minute
               : ct_day_part_times_end_for (&ctx->options->times, item->start_minute);
      return TRUE;
    }
  if (!ct_day_part_times_lookup (&ctx->options->times, item->day_part, &range))
    return FALSE;
  *start = range.start_minute;
  *end = range.end_minute;
  return TRUE;
}

static void
add_start_end (const CtIcsExportContext *ctx,
               icalcomponent            *event,
               const CtItem             *item,
               const GDate              *first,
               const GDate              *last)
{
  int start, end;

  if (item_times (ctx, item, &start, &end))
    {
      icalcomponent_add_property (event, with_tzid (icalproperty_new_dtstart (
                                           local_value (first, start))));
      icalcomponent_add_property (event, with_tzid (icalproperty_new_dtend (
                                           local_value (last, end))));
      if (item->start_minute != CT_NO_TIME && item->end_minute <= item->start_minute)
        {
          icalproperty *no_end = icalproperty_new_x ("TRUE");

          icalproperty_set_x_name (no_end, CT_ICS_NO_END_PROPERTY);
          icalcomponent_add_property (event, no_end);
        }
    }
  else
    {
      GDate after = *last;

      /* RFC 5545 §3.6.1: an all-day DTEND is the day after the last day. */
      g_date_add_days (&after, 1);
      icalcomponent_add_property (event, icalproperty_new_dtstart (date_value (first)));
      icalcomponent_add_property (event, icalproperty_new_dtend (date_value (&after)));
    }
}

/* An event over several days: all day, one block ending the day after its last day; at
 * set times (a day part or clock times), those times on each day, as a daily rule up to
 * the last day, which is how the calendar view shows it (ct_programme_expand_occurrences). */
static void
add_event_days (const CtIcsExportContext *ctx,
                icalcomponent            *event,
                const CtItem             *item,
                const GDate              *first,
                const GDate              *last)
{
  struct icalrecurrencetype rule;
  int start, end;

  if (g_date_compare (first, last) == 0 || !item_times (ctx, item, &start, &end))
    {
      add_start_end (ctx, event, item, first, last);
      return;
    }
  add_start_end (ctx, event, item, first, first);
  icalrecurrencetype_clear (&rule);
  rule.freq = ICAL_DAILY_RECURRENCE;
  rule.until = local_to_utc (last, start);
  icalcomponent_add_property (event, icalproperty_new_rrule (rule));
}

static const icalrecurrencetype_weekday ical_weekdays[] = {
  ICAL_MONDAY_WEEKDAY, ICAL_TUESDAY_WEEKDAY, ICAL_WEDNESDAY_WEEKDAY,
  ICAL_THURSDAY_WEEKDAY, ICAL_FRIDAY_WEEKDAY, ICAL_SATURDAY_WEEKDAY, ICAL_SUNDAY_WEEKDAY,
};

/* The BYDAY value of the weekdays of @mask at @position (0 = every such weekday,
 * 1 = the first of the month, -1 = the last), as libical encodes it: the position times
 * 8 plus the weekday, negative for a position from the end. */
static void
set_by_day (struct icalrecurrencetype *rule,
            guint                      mask,
            int                        position)
{
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ical_weekdays); i++)
    if (mask & (1u << i))
      {
        short day = (short) (ABS (position) * 8 + ical_weekdays[i]);
        rule->by_day[n++] = position < 0 ? -day : day;
      }
  rule->by_day[n] = ICAL_RECURRENCE_ARRAY_MAX;
}

/* FREQ=WEEKLY;BYDAY=MO,TH, FREQ=MONTHLY;BYMONTHDAY=5 or FREQ=MONTHLY;BYDAY=1MO (-1MO for
 * the last Monday), up to @until. */
static struct icalrecurrencetype
item_rule (const CtIcsExportContext *ctx,
           const CtItem             *item,
           const GDate              *until)
{
  struct icalrecurrencetype rule;
  int start, end;

  icalrecurrencetype_clear (&rule);
  switch (item->recurrence)
    {
    case CT_RECURRENCE_MONTHLY_DAY:
      rule.freq = ICAL_MONTHLY_RECURRENCE;
      rule.by_month_day[0] = (short) item->month_day;
      rule.by_month_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
      break;
    case CT_RECURRENCE_MONTHLY_WEEKDAY:
      rule.freq = ICAL_MONTHLY_RECURRENCE;
      set_by_day (&rule, item->weekdays, item->month_week);
      break;
    case CT_RECURRENCE_WEEKLY:
    default:
      rule.freq = ICAL_WEEKLY_RECURRENCE;
      set_by_day (&rule, item->weekdays, 0);
      break;
    }
  /* UNTIL is the last occurrence itself, so it is included (RFC 5545 §3.3.10). */
  if (item_times (ctx, item, &start, &end))
    rule.until = local_to_utc (until, start);
  else
    rule.until = date_value (until);
  return rule;
}

/* The rule from its first to its last occurrence, as the calendar view sees them, with the exception dates between them as EXDATEs of DTSTART's type. */
static gboolean
add_recurrence (const CtIcsExportContext *ctx,
                icalcomponent            *event,
                const CtItem             *item)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  GDate range_first, range_last, first, last;
  int start, end;
  gboolean timed = item_times (ctx, item, &start, &end);

  if (!ct_item_get_date_range (item, ctx->programme, &range_first, &range_last))
    return FALSE;
  occurrences = ct_programme_expand_occurrences (ctx->programme, &range_first, &range_last);
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  for (guint i = 0; i < occurrences->len; i++)
    {
      CtOccurrence *o = g_ptr_array_index (occurrences, i);

      if (o->item != item)
        continue;
      if (!g_date_valid (&first))
        first = o->date;
      last = o->date;
    }
  if (!g_date_valid (&first))
    return FALSE;

  add_start_end (ctx, event, item, &first, &first);
  icalcomponent_add_property (event, icalproperty_new_rrule (item_rule (ctx, item, &last)));
  for (guint i = 0; i < item->exceptions->len; i++)
    {
      const GDate *d = &g_array_index (item->exceptions, GDate, i);

      if (g_date_compare (d, &first) <= 0 || g_date_compare (d, &last) >= 0)
        continue;
      icalcomponent_add_property (event, timed
                                  ? with_tzid (icalproperty_new_exdate (local_value (d, start)))
                                  : icalproperty_new_exdate (date_value (d)));
    }
  return TRUE;
}

/* What identifies the event to a calendar: UID, DTSTAMP, LAST-MODIFIED, SEQUENCE. */
static void
add_identity (const CtIcsExportContext *ctx,
              icalcomponent            *event,
              const CtItem             *item)
{
  g_autofree char *uid = ct_ics_item_uid (item);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (ctx->stamp));
  icalcomponent_add_property (event, icalproperty_new_lastmodified (ctx->modified));
  icalcomponent_add_property (event, icalproperty_new_sequence ((int) item->sequence));
}

/* What the event says: SUMMARY, DESCRIPTION, LOCATION, STATUS, CATEGORIES. */
static void
add_details (icalcomponent   *event,
             const CtSection *section,
             const CtItem    *item)
{
  g_autofree char *description = ct_ics_build_description (item);

  icalcomponent_add_property (event, icalproperty_new_summary (item->title ? item->title
                                                                           : section->title));
  if (*description != '\0')
    icalcomponent_add_property (event, icalproperty_new_description (description));
  if (item->location != NULL && !ct_text_is_blank (item->location))
    icalcomponent_add_property (event, icalproperty_new_location (item->location));
  icalcomponent_add_property (event, icalproperty_new_status (
                                       item->tentative || ct_item_is_vague (item)
                                         ? ICAL_STATUS_TENTATIVE : ICAL_STATUS_CONFIRMED));
  icalcomponent_add_property (event, icalproperty_new_categories (section->title));
}

/* The item as one VEVENT, %NULL for a rule with no day. */
icalcomponent *
ct_ics_build_event (const CtIcsExportContext *ctx,
                    const CtSection          *section,
                    const CtItem             *item)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  GDate first, last;

  add_identity (ctx, event, item);
  if (item->kind == CT_ITEM_RECURRING)
    {
      if (!add_recurrence (ctx, event, item))
        {
          icalcomponent_free (event);
          return NULL;
        }
    }
  else if (ct_item_get_window (item, &first, &last))
    {
      /* Some time in the window, on no day in particular: all day over the window, not
       * fixed and not keeping the time busy. */
      add_start_end (ctx, event, item, &first, &last);
      icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
    }
  else
    {
      ct_item_get_date_range (item, ctx->programme, &first, &last);
      add_event_days (ctx, event, item, &first, &last);
    }
  add_details (event, section, item);
  return event;
}

/* The day @date of a rule as an instance of the rule's VEVENT (RFC 5545 §3.8.4.4): its
 * UID, and a RECURRENCE-ID naming the start the rule gives that day, in DTSTART's type. */
icalcomponent *
ct_ics_build_instance (const CtIcsExportContext *ctx,
                       const CtSection          *section,
                       const CtItem             *item,
                       const GDate              *date)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  int start, end;

  add_identity (ctx, event, item);
  if (item_times (ctx, item, &start, &end))
    icalcomponent_add_property (event, with_tzid (icalproperty_new_recurrenceid (
                                         local_value (date, start))));
  else
    icalcomponent_add_property (event, icalproperty_new_recurrenceid (date_value (date)));
  add_start_end (ctx, event, item, date, date);
  add_details (event, section, item);
  return event;
}

/* The VCALENDAR named @name, with its VTIMEZONE and no event yet. */
icalcomponent *
ct_ics_build_calendar (const char *name)
{
  icalcomponent *calendar = icalcomponent_new_vcalendar ();
  icalproperty *prop;

  icalcomponent_add_property (calendar, icalproperty_new_prodid (
                                "-//Congtac//Congtac " PACKAGE_VERSION "//VI"));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  prop = icalproperty_new_x (name);
  icalproperty_set_x_name (prop, "X-WR-CALNAME");
  icalcomponent_add_property (calendar, prop);
  prop = icalproperty_new_x (CT_ICS_TZID);
  icalproperty_set_x_name (prop, "X-WR-TIMEZONE");
  icalcomponent_add_property (calendar, prop);
  icalcomponent_add_component (calendar, build_vtimezone ());
  return calendar;
}
