/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-ics-private.h"
#include "ct-text.h"

/* Upper bound on the occurrences expanded from one rule Congtac cannot keep as a weekly
 * rule (a daily rule over a year programme stays well below it). */
#define MAX_EXPANDED 1000
/* Longest span kept for an event or a rule, in days from its first day: a programme covers
 * at most a year, and a file saying "until year 8966" must not make the calendar and the
 * export walk millions of days. */
#define MAX_SPAN_DAYS 366

/* A time as Vietnam's wall clock. */
typedef struct
{
  GDate date;
  int minute; /* CT_NO_TIME for a DATE value */
} LocalTime;

/* The first property of each kind an event is read from: found in one pass over its
 * properties, where a lookup per kind would scan them a dozen times. */
typedef struct
{
  icalproperty *dtstart;
  icalproperty *dtend;
  icalproperty *duration;
  icalproperty *rrule;
  icalproperty *recurrence_id;
  icalproperty *uid;
  icalproperty *summary;
  icalproperty *description;
  icalproperty *location;
  icalproperty *categories;
  icalproperty *status;
  icalproperty *sequence;
} EventProperties;

typedef struct
{
  icalcomponent *calendar;
  icalcomponent *vevent;
  const EventProperties *props;
  const CtDayPartTimes *times;
  const GDate *period_first;
  const GDate *period_last;
  const char *summary;
  icaltimezone *start_zone; /* DTSTART's zone; NULL for floating or a date */
} ReadContext;

void
ct_ics_event_free (CtIcsEvent *event)
{
  g_free (event->uid);
  g_free (event->instance);
  g_free (event->category);
  g_clear_pointer (&event->item, ct_item_unref);
  g_free (event);
}

static icalproperty **
property_slot (EventProperties  *props,
               icalproperty_kind kind)
{
  switch (kind)
    {
    case ICAL_DTSTART_PROPERTY:
      return &props->dtstart;
    case ICAL_DTEND_PROPERTY:
      return &props->dtend;
    case ICAL_DURATION_PROPERTY:
      return &props->duration;
    case ICAL_RRULE_PROPERTY:
      return &props->rrule;
    case ICAL_RECURRENCEID_PROPERTY:
      return &props->recurrence_id;
    case ICAL_UID_PROPERTY:
      return &props->uid;
    case ICAL_SUMMARY_PROPERTY:
      return &props->summary;
    case ICAL_DESCRIPTION_PROPERTY:
      return &props->description;
    case ICAL_LOCATION_PROPERTY:
      return &props->location;
    case ICAL_CATEGORIES_PROPERTY:
      return &props->categories;
    case ICAL_STATUS_PROPERTY:
      return &props->status;
    case ICAL_SEQUENCE_PROPERTY:
      return &props->sequence;
    default:
      return NULL;
    }
}

static void
find_properties (icalcomponent   *vevent,
                 EventProperties *props)
{
  memset (props, 0, sizeof *props);
  for (icalproperty *p = icalcomponent_get_first_property (vevent, ICAL_ANY_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (vevent, ICAL_ANY_PROPERTY))
    {
      icalproperty **slot = property_slot (props, icalproperty_isa (p));

      if (slot != NULL && *slot == NULL)
        *slot = p;
    }
}

static icalproperty_status
event_status (const EventProperties *props)
{
  return props->status ? icalproperty_get_status (props->status) : ICAL_STATUS_NONE;
}

static gboolean
resolve_zone (const ReadContext    *ctx,
              icalproperty         *prop,
              struct icaltimetype   t,
              icaltimezone        **zone,
              GError              **error)
{
  icalparameter *param = icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER);
  const char *tzid;

  *zone = NULL;
  if (t.is_date)
    return TRUE;
  if (icaltime_is_utc (t))
    {
      *zone = icaltimezone_get_utc_timezone ();
      return TRUE;
    }
  if (param == NULL)
    return TRUE; /* floating: read as Vietnam time */
  tzid = icalparameter_get_tzid (param);
  /* The file's own VTIMEZONE first, then the zone names libical knows (IANA names, with
   * or without its /freeassociation.sourceforge.net/ prefix). */
  *zone = icalcomponent_get_timezone (ctx->calendar, tzid);
  if (*zone == NULL)
    *zone = icaltimezone_get_builtin_timezone_from_tzid (tzid);
  if (*zone == NULL)
    *zone = icaltimezone_get_builtin_timezone (tzid);
  if (*zone == NULL)
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_UNKNOWN_TIMEZONE,
                   /* Translators: %1$s is a time zone name from the file, %2$s an event's
                    * title. */
                   _("The time zone “%1$s” of the event “%2$s” is neither defined in the "
                     "file nor a known zone name."), tzid, ctx->summary);
      return FALSE;
    }
  return TRUE;
}

/* Converts @t to Vietnam wall-clock time. Returns FALSE, @out's date left invalid, for a
 * day GDate and GDateTime cannot hold: libical reads years of any number of digits, and
 * GDate would silently cut one of 11600462 down to 16 bits. */
static gboolean
local_from_value (struct icaltimetype  t,
                  icaltimezone        *zone,
                  LocalTime           *out)
{
  g_date_clear (&out->date, 1);
  out->minute = CT_NO_TIME;
  if (t.year < 1 || t.year > 9999 || !g_date_valid_dmy (t.day, t.month, t.year))
    return FALSE;
  if (!t.is_date && zone != NULL)
    {
      gint64 seconds = (gint64) icaltime_as_timet_with_zone (t, zone) + CT_ICS_UTC_OFFSET;
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);

      if (utc == NULL)
        return FALSE;
      g_date_set_dmy (&out->date, g_date_time_get_day_of_month (utc),
                      g_date_time_get_month (utc), g_date_time_get_year (utc));
      out->minute = g_date_time_get_hour (utc) * 60 + g_date_time_get_minute (utc);
      return TRUE;
    }
  g_date_set_dmy (&out->date, t.day, t.month, t.year);
  if (!t.is_date)
    out->minute = t.hour * 60 + t.minute;
  return TRUE;
}

/* Reads a DATE or DATE-TIME property value as Vietnam wall-clock time. */
static gboolean
read_time (const ReadContext    *ctx,
           icalproperty         *prop,
           struct icaltimetype   t,
           LocalTime            *out,
           icaltimezone        **zone_out,
           GError              **error)
{
  icaltimezone *zone = NULL;
  gboolean readable = !icaltime_is_null_time (t) && icaltime_is_valid_time (t) &&
                      g_date_valid_dmy (t.day, t.month, t.year);

  if (readable && !resolve_zone (ctx, prop, t, &zone, error))
    return FALSE;
  if (!readable || !local_from_value (t, zone, out))
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_MALFORMED,
                   /* Translators: %s is an event's title. */
                   _("The event “%s” has a date that cannot be read."), ctx->summary);
      return FALSE;
    }
  if (zone_out != NULL)
    *zone_out = zone;
  return TRUE;
}

/* DTEND, or DTSTART + DURATION, or the default end (RFC 5545 §3.6.1: a date lasts one
 * day, a date-time no time at all). */
static gboolean
read_end (const ReadContext *ctx,
          const LocalTime   *start,
          LocalTime         *end,
          GError           **error)
{
  icalproperty *prop = ctx->props->dtend;

  if (prop != NULL)
    return read_time (ctx, prop, icalproperty_get_dtend (prop), end, NULL, error);
  *end = *start;
  prop = ctx->props->duration;
  if (prop != NULL)
    {
      int seconds = icaldurationtype_as_int (icalproperty_get_duration (prop));
      int minutes = (start->minute == CT_NO_TIME ? 0 : start->minute) + seconds / 60;
      int days = minutes >= 0 ? minutes / 1440 : -1 + (minutes + 1) / 1440;

      g_date_add_days (&end->date, MAX (days, 0));
      if (start->minute != CT_NO_TIME)
        end->minute = minutes - MAX (days, 0) * 1440;
    }
  else if (start->minute == CT_NO_TIME)
    g_date_add_days (&end->date, 1);
  return TRUE;
}

static void
limit_span (GDate       *last,
            const GDate *first)
{
  GDate limit;

  if (!g_date_valid (last) || !g_date_valid (first))
    return;
  limit = *first;
  if (g_date_get_julian (&limit) + MAX_SPAN_DAYS > G_MAXUINT32 - 1)
    return;
  g_date_add_days (&limit, MAX_SPAN_DAYS);
  if (g_date_compare (last, &limit) > 0)
    *last = limit;
}

/* Dates, day part and times of @item from the event's start and end. */
static void
set_schedule (const ReadContext *ctx,
              CtItem            *item,
              const LocalTime   *start,
              const LocalTime   *end)
{
  GDate last = end->date;
  int end_minute = end->minute;

  limit_span (&last, &start->date);
  item->start_date = start->date;
  g_date_clear (&item->end_date, 1);
  if (start->minute == CT_NO_TIME)
    {
      /* All day: DTEND is exclusive. */
      if (g_date_compare (&last, &start->date) > 0)
        g_date_subtract_days (&last, 1);
      if (g_date_compare (&last, &start->date) > 0)
        item->end_date = last;
      return;
    }
  /* An end at midnight closes the day before. */
  if (end_minute == 0 && g_date_compare (&last, &start->date) > 0)
    {
      g_date_subtract_days (&last, 1);
      end_minute = 24 * 60 - 1;
    }
  if (g_date_compare (&last, &start->date) > 0)
    item->end_date = last;
  else if (end_minute <= start->minute)
    end_minute = CT_NO_TIME;
  item->day_part = g_date_valid (&item->end_date)
                     ? CT_DAY_PART_NONE
                     : ct_day_part_times_match (ctx->times, start->minute, end_minute);
  if (item->day_part == CT_DAY_PART_NONE)
    {
      item->start_minute = start->minute;
      item->end_minute = end_minute;
    }
}

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

/* The last day of a rule with UNTIL or COUNT; invalid when it has neither. */
static void
rule_last_day (const ReadContext               *ctx,
               const struct icalrecurrencetype *rule,
               struct icaltimetype              dtstart,
               GDate                           *last)
{
  LocalTime until;

  g_date_clear (last, 1);
  if (!icaltime_is_null_time (rule->until))
    {
      local_from_value (rule->until, icaltime_is_utc (rule->until)
                                       ? icaltimezone_get_utc_timezone () : NULL, &until);
      *last = until.date;
    }
  else if (rule->count > 0)
    {
      icalrecur_iterator *it = icalrecur_iterator_new (*rule, dtstart);
      struct icaltimetype t, previous = icaltime_null_time ();

      for (int n = 0; it != NULL && n < MIN (rule->count, MAX_EXPANDED); n++, previous = t)
        if (icaltime_is_null_time (t = icalrecur_iterator_next (it)))
          break;
      if (!icaltime_is_null_time (previous))
        {
          local_from_value (previous, ctx->start_zone, &until);
          *last = until.date;
        }
      g_clear_pointer (&it, icalrecur_iterator_free);
    }
}

static gboolean
read_exdates (const ReadContext *ctx,
              CtItem            *item,
              GError           **error)
{
  for (icalproperty *p = icalcomponent_get_first_property (ctx->vevent, ICAL_EXDATE_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (ctx->vevent, ICAL_EXDATE_PROPERTY))
    {
      LocalTime day;

      if (!read_time (ctx, p, icalproperty_get_exdate (p), &day, NULL, error))
        return FALSE;
      ct_item_add_exception (item, &day.date);
    }
  return TRUE;
}

static CtIcsEvent *
event_new (const char *uid,
           const char *instance,
           CtItem     *item)
{
  CtIcsEvent *event = g_new0 (CtIcsEvent, 1);

  event->uid = g_strdup (uid);
  event->instance = g_strdup (instance);
  event->item = item;
  return event;
}

/* A rule a CtItem cannot keep (monthly, every other week, …): its occurrences inside the
 * programme's period become single events, each its own instance of the UID. */
static void
expand_rule (const ReadContext               *ctx,
             const CtIcsEvent                *master,
             const struct icalrecurrencetype *rule,
             struct icaltimetype              dtstart,
             GPtrArray                       *events)
{
  icalrecur_iterator *it = icalrecur_iterator_new (*rule, dtstart);
  struct icaltimetype t;
  guint n = 0;

  while (it != NULL && n++ < MAX_EXPANDED &&
         !icaltime_is_null_time (t = icalrecur_iterator_next (it)))
    {
      LocalTime day;
      g_autofree char *key = NULL;
      CtItem *item;
      CtIcsEvent *copy;
      int shift;

      local_from_value (t, ctx->start_zone, &day);
      if (g_date_compare (&day.date, ctx->period_last) > 0)
        break;
      if (g_date_compare (&day.date, ctx->period_first) < 0 ||
          ct_item_has_exception (master->item, &day.date))
        continue;
      item = ct_item_copy (master->item);
      g_free (item->uuid);
      item->uuid = g_uuid_string_random ();
      item->kind = CT_ITEM_EVENT;
      g_array_set_size (item->exceptions, 0);
      shift = g_date_days_between (&master->item->start_date, &day.date);
      item->start_date = day.date;
      if (g_date_valid (&item->end_date))
        g_date_add_days (&item->end_date, shift);
      key = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day.date),
                             g_date_get_month (&day.date), g_date_get_day (&day.date));
      copy = event_new (master->uid, key, item);
      copy->category = g_strdup (master->category);
      g_ptr_array_add (events, copy);
    }
  g_clear_pointer (&it, icalrecur_iterator_free);
}

static char *
read_text (icalproperty *prop)
{
  const char *value = NULL;
  g_autofree char *normal = NULL;

  if (prop == NULL)
    return NULL;
  value = icalproperty_isa (prop) == ICAL_CATEGORIES_PROPERTY
            ? icalproperty_get_categories (prop)
            : icalvalue_get_text (icalproperty_get_value (prop));
  normal = ct_text_normalize (value);
  if (normal == NULL || ct_text_is_blank (normal))
    return NULL;
  g_strstrip (normal);
  return g_steal_pointer (&normal);
}

static CtItem *
item_from_texts (const EventProperties *props,
                 char                 **summary)
{
  CtItem *item = ct_item_new (CT_ITEM_EVENT);
  g_autofree char *description = read_text (props->description);
  int sequence = props->sequence ? icalproperty_get_sequence (props->sequence) : 0;

  *summary = read_text (props->summary);
  if (*summary == NULL)
    *summary = g_strdup ("(không có tiêu đề)");
  item->title = g_strdup (*summary);
  item->location = read_text (props->location);
  item->tentative = event_status (props) == ICAL_STATUS_TENTATIVE;
  item->sequence = MAX (sequence, 0);
  if (description != NULL)
    ct_ics_read_description (item, description);
  return item;
}

static char *
event_uid (const EventProperties *props,
           const char            *summary)
{
  const char *uid = props->uid ? icalproperty_get_uid (props->uid) : NULL;
  icalproperty *start = props->dtstart;
  g_autofree char *start_text = NULL;

  if (uid != NULL && *uid != '\0')
    return g_strdup (uid);
  /* RFC 5545 requires a UID; without one, the title and start identify the event. */
  start_text = start ? icalproperty_get_value_as_string_r (start) : NULL;
  return g_strdup_printf ("%s\n%s", summary, start_text ? start_text : "");
}

/* The recurrence of a master event: a weekly rule kept on the item, or other rules
 * expanded into single events. Returns FALSE on error. */
static gboolean
read_rule (const ReadContext   *ctx,
           CtIcsEvent          *event,
           icalproperty        *rrule,
           const LocalTime     *start,
           struct icaltimetype  dtstart,
           GPtrArray           *events,
           gboolean            *expanded,
           GError             **error)
{
  struct icalrecurrencetype rule = icalproperty_get_rrule (rrule);
  CtItem *item = event->item;

  *expanded = FALSE;
  if (!read_exdates (ctx, item, error))
    return FALSE;
  if (is_day_run (&rule, item))
    {
      /* Every day up to a last day, nothing left out: a multi-day event at set times. */
      rule_last_day (ctx, &rule, dtstart, &item->end_date);
      limit_span (&item->end_date, &item->start_date);
      if (g_date_valid (&item->end_date) &&
          g_date_compare (&item->end_date, &item->start_date) > 0)
        return TRUE;
      g_date_clear (&item->end_date, 1);
    }
  item->weekdays = rule_weekdays (&rule, start);
  if (item->weekdays == 0)
    {
      expand_rule (ctx, event, &rule, dtstart, events);
      *expanded = TRUE;
      return TRUE;
    }
  item->kind = CT_ITEM_RECURRING;
  item->start_date = start->date;
  rule_last_day (ctx, &rule, dtstart, &item->end_date);
  limit_span (&item->end_date, &item->start_date);
  return TRUE;
}

/**
 * ct_ics_read_event:
 * @calendar: the VCALENDAR holding @vevent (for its VTIMEZONEs)
 * @vevent: a VEVENT
 * @times: the day-part times
 * @period_first: first day of the receiving programme's period
 * @period_last: last day of that period
 * @events: (element-type CtIcsEvent): where to append what was read
 * @error: return location for a #CT_ICS_ERROR
 *
 * Reads one VEVENT: times in a TZID (the file's VTIMEZONE or a known zone), in UTC or
 * floating become Vietnam time; a weekly (or daily) rule stays a rule, other rules give
 * their occurrences inside the period.
 *
 * Returns: %FALSE with %CT_ICS_ERROR_MALFORMED or %CT_ICS_ERROR_UNKNOWN_TIMEZONE
 */
gboolean
ct_ics_read_event (icalcomponent        *calendar,
                   icalcomponent        *vevent,
                   const CtDayPartTimes *times,
                   const GDate          *period_first,
                   const GDate          *period_last,
                   GPtrArray            *events,
                   GError              **error)
{
  EventProperties props;
  ReadContext ctx = { calendar, vevent, &props, times, period_first, period_last };
  icalproperty *dtstart, *rrule, *recurrence_id;
  g_autofree char *summary = NULL;
  g_autoptr(CtIcsEvent) event = NULL;
  LocalTime start, end;
  gboolean expanded = FALSE;

  find_properties (vevent, &props);
  dtstart = props.dtstart;
  rrule = props.rrule;
  recurrence_id = props.recurrence_id;
  event = event_new (NULL, NULL, item_from_texts (&props, &summary));
  ctx.summary = summary;
  event->uid = event_uid (&props, summary);
  event->category = read_text (props.categories);
  event->cancelled = event_status (&props) == ICAL_STATUS_CANCELLED;
  if (dtstart == NULL)
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_MALFORMED,
                   /* Translators: %s is an event's title. */
                   _("The event “%s” has no start date."), summary);
      return FALSE;
    }
  if (!read_time (&ctx, dtstart, icalproperty_get_dtstart (dtstart), &start, &ctx.start_zone,
                  error) || !read_end (&ctx, &start, &end, error))
    return FALSE;
  set_schedule (&ctx, event->item, &start, &end);
  if (recurrence_id != NULL)
    {
      LocalTime day;

      if (!read_time (&ctx, recurrence_id, icalproperty_get_recurrenceid (recurrence_id), &day,
                      NULL, error))
        return FALSE;
      event->instance = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day.date),
                                         g_date_get_month (&day.date), g_date_get_day (&day.date));
      event->overrides = TRUE;
    }
  else if (rrule != NULL && !read_rule (&ctx, event, rrule, &start,
                                        icalproperty_get_dtstart (dtstart), events, &expanded,
                                        error))
    return FALSE;
  if (!expanded)
    g_ptr_array_add (events, g_steal_pointer (&event));
  return TRUE;
}
