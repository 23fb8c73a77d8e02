/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-ics-private.h"
#include "ct-ics-read-private.h"
#include "ct-text.h"

/**
 * ct_ics_reader_warn:
 * @reader: the reader
 * @format: a translated printf() format
 *
 * Adds a warning to the import result, up to %CT_ICS_MAX_WARNINGS of them.
 */
void
ct_ics_reader_warn (CtIcsReader *reader,
                    const char  *format,
                    ...)
{
  va_list args;

  reader->n_warnings++;
  if (reader->warnings->len >= CT_ICS_MAX_WARNINGS)
    return;
  va_start (args, format);
  g_ptr_array_add (reader->warnings, g_strdup_vprintf (format, args));
  va_end (args);
}

void
ct_ics_event_free (CtIcsEvent *event)
{
  g_free (event->uid);
  g_free (event->instance);
  g_free (event->category);
  g_free (event->signature);
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
    case ICAL_TRANSP_PROPERTY:
      return &props->transp;
    case ICAL_LASTMODIFIED_PROPERTY:
      return &props->last_modified;
    case ICAL_DTSTAMP_PROPERTY:
      return &props->dtstamp;
    case ICAL_ORGANIZER_PROPERTY:
      return &props->organizer;
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
      else if (icalproperty_isa (p) == ICAL_X_PROPERTY &&
               g_ascii_strcasecmp (icalproperty_get_x_name (p), CT_ICS_NO_END_PROPERTY) == 0)
        props->no_end = TRUE;
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
  if (ctx->reader->bad_zones != NULL && g_hash_table_contains (ctx->reader->bad_zones, tzid))
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_MALFORMED,
                   /* Translators: %1$s is a time zone name from the file, %2$s an event's
                    * title. */
                   _("The time zone “%1$s” of the event “%2$s” changes its clock more often "
                     "than once a year, which no real time zone does; the file cannot be "
                     "read."), tzid, ctx->summary);
      return FALSE;
    }
  /* The file's own VTIMEZONE first, then the zone names libical knows (IANA names, with
   * or without its /freeassociation.sourceforge.net/ prefix). */
  *zone = icalcomponent_get_timezone (ctx->calendar, tzid);
  if (*zone == NULL)
    *zone = icaltimezone_get_builtin_timezone_from_tzid (tzid);
  if (*zone == NULL)
    *zone = icaltimezone_get_builtin_timezone (tzid);
  /* Then Windows zone names and offsets written as names ("UTC+07:00"). */
  if (*zone == NULL)
    *zone = ct_ics_reader_guess_zone (ctx->reader, tzid);
  if (*zone == NULL)
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_UNKNOWN_TIMEZONE,
                   /* Translators: %1$s is a time zone name from the file, %2$s an event's
                    * title. */
                   _("The time zone “%1$s” of the event “%2$s” is neither defined in the "
                     "file nor a known zone name, so its time cannot be known; it was left "
                     "out."), tzid, ctx->summary);
      return FALSE;
    }
  return TRUE;
}

/* Converts @t to Vietnam wall-clock time. Returns FALSE, @out's date left invalid, for a
 * day GDate and GDateTime cannot hold: libical reads years of any number of digits, and
 * GDate would silently cut one of 11600462 down to 16 bits. */
gboolean
ct_ics_read_local_time (struct icaltimetype  t,
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

static gboolean
year_in_range (int year)
{
  return year >= CT_ICS_MIN_YEAR && year <= CT_ICS_MAX_YEAR;
}

/* CT_ICS_ERROR_DATE_RANGE: ct_ics_read_event() leaves the event out with a warning. */
gboolean
ct_ics_read_year_error (const ReadContext *ctx,
                        int                year,
                        GError           **error)
{
  g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_DATE_RANGE,
               /* Translators: %1$s is an event's title, %2$d a year, %3$d and %4$d the
                * first and last years read. */
               _("The event “%1$s” is dated in the year %2$d; only the years %3$d to %4$d are "
                 "read, so it was left out."),
               ctx->summary, year, CT_ICS_MIN_YEAR, CT_ICS_MAX_YEAR);
  return FALSE;
}

/* Reads a DATE or DATE-TIME property value as Vietnam wall-clock time. */
gboolean
ct_ics_read_time (const ReadContext    *ctx,
                  icalproperty         *prop,
                  struct icaltimetype   t,
                  LocalTime            *out,
                  icaltimezone        **zone_out,
                  GError              **error)
{
  icaltimezone *zone = NULL;
  gboolean readable = !icaltime_is_null_time (t) && icaltime_is_valid_time (t) &&
                      g_date_valid_dmy (t.day, t.month, t.year);

  if (!icaltime_is_null_time (t) && !year_in_range (t.year))
    return ct_ics_read_year_error (ctx, t.year, error);
  if (readable && !resolve_zone (ctx, prop, t, &zone, error))
    return FALSE;
  if (!readable || !ct_ics_read_local_time (t, zone, out))
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_MALFORMED,
                   /* Translators: %s is an event's title. */
                   _("The event “%s” has a date that cannot be read."), ctx->summary);
      return FALSE;
    }
  /* A zone far from Vietnam's moves the last minutes of 2200 into 2201. */
  if (!year_in_range (g_date_get_year (&out->date)))
    return ct_ics_read_year_error (ctx, g_date_get_year (&out->date), error);
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
    return ct_ics_read_time (ctx, prop, icalproperty_get_dtend (prop), end, NULL, error);
  *end = *start;
  prop = ctx->props->duration;
  if (prop != NULL)
    {
      /* In 64 bits and cut to the longest span kept: "P99999999D" overflows an int and
       * would carry the end past the last day GDate holds. */
      struct icaldurationtype d = icalproperty_get_duration (prop);
      gint64 seconds = (((gint64) d.weeks * 7 + d.days) * 24 + d.hours) * 3600 +
                       (gint64) d.minutes * 60 + d.seconds;
      gint64 minutes = (start->minute == CT_NO_TIME ? 0 : start->minute) +
                       (d.is_neg ? -seconds : seconds) / 60;
      gint64 days = minutes >= 0 ? minutes / 1440 : -1 + (minutes + 1) / 1440;

      if (days > MAX_SPAN_DAYS)
        {
          days = MAX_SPAN_DAYS;
          minutes = days * 1440;
        }
      g_date_add_days (&end->date, MAX (days, 0));
      if (start->minute != CT_NO_TIME)
        end->minute = (int) (minutes - MAX (days, 0) * 1440);
    }
  else if (start->minute == CT_NO_TIME)
    g_date_add_days (&end->date, 1);
  return TRUE;
}

void
ct_ics_limit_span (GDate       *last,
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

  ct_ics_limit_span (&last, &start->date);
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
  /* Our own export of a start with no end: its DTEND is only the default end. */
  if (ctx->props->no_end && !g_date_valid (&item->end_date) &&
      end_minute == ct_day_part_times_end_for (ctx->reader->times, start->minute))
    end_minute = CT_NO_TIME;
  item->day_part = g_date_valid (&item->end_date)
                     ? CT_DAY_PART_NONE
                     : ct_day_part_times_match (ctx->reader->times, start->minute,
                                                end_minute);
  if (item->day_part == CT_DAY_PART_NONE)
    {
      item->start_minute = start->minute;
      item->end_minute = end_minute;
    }
}

CtIcsEvent *
ct_ics_event_new (const char *uid,
                  const char *instance,
                  CtItem     *item)
{
  CtIcsEvent *event = g_new0 (CtIcsEvent, 1);

  event->uid = g_strdup (uid);
  event->instance = g_strdup (instance);
  event->item = item;
  return event;
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

static gboolean
has_uid (const EventProperties *props)
{
  const char *uid = props->uid ? icalproperty_get_uid (props->uid) : NULL;

  return uid != NULL && *uid != '\0';
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

/* RFC 5545 §3.6.1: DTEND is later than DTSTART. One earlier is dropped, and said. */
static void
check_end (const ReadContext *ctx,
           const LocalTime   *start,
           const LocalTime   *end)
{
  int cmp = g_date_compare (&end->date, &start->date);

  if (cmp < 0 || (cmp == 0 && start->minute != CT_NO_TIME && end->minute != CT_NO_TIME &&
                  end->minute < start->minute))
    ct_ics_reader_warn (ctx->reader,
                        /* Translators: %s is an event's title. */
                        _("The event “%s” ends before it starts; it was imported with its "
                          "start only."), ctx->summary);
}

/* "Thời gian: tuần 3" first in the DESCRIPTION is the wording of a vague event only on
 * an event of the form the export gives one: one all-day block, not repeating, tentative
 * and transparent. That STATUS stands for the vagueness, not for "Dự kiến". On any other
 * event the line is kept as it was written, as its first paragraph. */
static void
check_vague (const EventProperties *props,
             CtItem                *item)
{
  g_autofree char *line = NULL;

  if (item->vague_when == NULL)
    return;
  if (item->kind == CT_ITEM_EVENT && props->rrule == NULL && props->recurrence_id == NULL &&
      item->start_minute == CT_NO_TIME && item->day_part == CT_DAY_PART_NONE &&
      event_status (props) == ICAL_STATUS_TENTATIVE && props->transp != NULL &&
      icalproperty_get_transp (props->transp) == ICAL_TRANSP_TRANSPARENT)
    {
      item->tentative = FALSE;
      return;
    }
  line = g_strconcat (CT_ICS_VAGUE_LABEL, item->vague_when, NULL);
  g_ptr_array_insert (item->paragraphs, 0, g_steal_pointer (&line));
  g_clear_pointer (&item->vague_when, g_free);
}

static gboolean
read_schedule (ReadContext  *ctx,
               CtIcsEvent   *event,
               GPtrArray    *events,
               gboolean     *kept,
               GError      **error)
{
  const EventProperties *props = ctx->props;
  LocalTime start, end;
  gboolean expanded = FALSE, left_out = FALSE;

  *kept = FALSE;
  if (!ct_ics_read_time (ctx, props->dtstart, icalproperty_get_dtstart (props->dtstart), &start,
                         &ctx->start_zone, error) ||
      !read_end (ctx, &start, &end, error))
    return FALSE;
  check_end (ctx, &start, &end);
  set_schedule (ctx, event->item, &start, &end);
  if (props->recurrence_id != NULL)
    {
      LocalTime day;

      if (!ct_ics_read_time (ctx, props->recurrence_id,
                             icalproperty_get_recurrenceid (props->recurrence_id), &day, NULL,
                             error))
        return FALSE;
      event->instance = ct_date_to_iso (&day.date);
      event->overrides = TRUE;
    }
  else if (props->rrule != NULL &&
           !ct_ics_read_rule (ctx, event, props->rrule, &start,
                              icalproperty_get_dtstart (props->dtstart), events, &expanded,
                              &left_out, error))
    return FALSE;
  check_vague (props, event->item);
  *kept = !expanded && !left_out;
  return TRUE;
}

/* LAST-MODIFIED, or DTSTAMP when the file has none, in seconds since the epoch (UTC). */
static gint64
event_modified (const EventProperties *props)
{
  icalproperty *prop = props->last_modified ? props->last_modified : props->dtstamp;
  struct icaltimetype t;

  if (prop == NULL)
    return 0;
  t = icalproperty_isa (prop) == ICAL_LASTMODIFIED_PROPERTY
        ? icalproperty_get_lastmodified (prop)
        : icalproperty_get_dtstamp (prop);
  if (icaltime_is_null_time (t) || !icaltime_is_valid_time (t))
    return 0;
  /* RFC 5545 writes both in UTC; a floating one is read as UTC too. */
  return (gint64) icaltime_as_timet_with_zone (t, icaltimezone_get_utc_timezone ());
}

/* The CN of @prop, or its address without "mailto:" when it has none. */
static char *
person_name (icalproperty *prop)
{
  icalparameter *cn = icalproperty_get_first_parameter (prop, ICAL_CN_PARAMETER);
  const char *name = cn != NULL ? icalparameter_get_cn (cn) : NULL;
  g_autofree char *normal = NULL;

  if (name == NULL || ct_text_is_blank (name))
    {
      const char *address = icalvalue_get_caladdress (icalproperty_get_value (prop));

      if (address == NULL)
        return NULL;
      name = g_ascii_strncasecmp (address, "mailto:", 7) == 0 ? address + 7 : address;
    }
  normal = ct_text_normalize (name);
  if (normal == NULL || ct_text_is_blank (normal))
    return NULL;
  return g_strstrip (g_steal_pointer (&normal));
}

/* An ATTENDEE with ROLE=CHAIR, or else the ORGANIZER, presides ("chủ trì") and the
 * other ATTENDEEs take part ("thành phần"), when the DESCRIPTION did not say so already:
 * what the programme wrote is kept over what a calendar program added. */
static void
read_people (icalcomponent         *vevent,
             const EventProperties *props,
             CtItem                *item)
{
  g_autofree char *chair = NULL;
  g_autoptr(GPtrArray) attendees = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) others = g_ptr_array_new ();

  for (icalproperty *p = icalcomponent_get_first_property (vevent, ICAL_ATTENDEE_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (vevent, ICAL_ATTENDEE_PROPERTY))
    {
      icalparameter *role = icalproperty_get_first_parameter (p, ICAL_ROLE_PARAMETER);
      char *name = person_name (p);

      if (name == NULL)
        continue;
      if (chair == NULL && role != NULL && icalparameter_get_role (role) == ICAL_ROLE_CHAIR)
        chair = name;
      else
        g_ptr_array_add (attendees, name);
    }
  if (chair == NULL && props->organizer != NULL)
    chair = person_name (props->organizer);
  for (guint i = 0; i < attendees->len; i++)
    if (g_strcmp0 (g_ptr_array_index (attendees, i), chair) != 0)
      g_ptr_array_add (others, g_ptr_array_index (attendees, i));
  if (chair != NULL && (item->chair == NULL || ct_text_is_blank (item->chair)))
    {
      g_free (item->chair);
      item->chair = g_steal_pointer (&chair);
    }
  if (others->len > 0 && (item->participants == NULL || ct_text_is_blank (item->participants)))
    {
      g_ptr_array_add (others, NULL);
      g_free (item->participants);
      item->participants = g_strjoinv (", ", (char **) others->pdata);
    }
}

/**
 * ct_ics_read_event:
 * @reader: what the file's events share: period, warnings, budget
 * @calendar: the VCALENDAR holding @vevent (for its VTIMEZONEs)
 * @vevent: a VEVENT
 * @events: (element-type CtIcsEvent): where to append what was read
 * @error: return location for a #CT_ICS_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Reads one VEVENT: times in a TZID (the file's VTIMEZONE or a known zone), in UTC or
 * floating become Vietnam time; a weekly (or daily) rule stays a rule, other rules give
 * their occurrences inside the period. An event dated outside the years
 * %CT_ICS_MIN_YEAR to %CT_ICS_MAX_YEAR, or repeating more often than daily, is left out
 * with a warning in @reader.
 *
 * Returns: %FALSE with %CT_ICS_ERROR_MALFORMED, %CT_ICS_ERROR_UNKNOWN_TIMEZONE,
 *   %CT_ICS_ERROR_TOO_LARGE or %G_IO_ERROR_CANCELLED
 */
gboolean
ct_ics_read_event (CtIcsReader   *reader,
                   icalcomponent *calendar,
                   icalcomponent *vevent,
                   GPtrArray     *events,
                   GError       **error)
{
  EventProperties props;
  ReadContext ctx = { calendar, vevent, &props, reader };
  g_autofree char *summary = NULL;
  g_autoptr(CtIcsEvent) event = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean kept;

  find_properties (vevent, &props);
  event = ct_ics_event_new (NULL, NULL, item_from_texts (&props, &summary));
  ctx.summary = summary;
  event->uid = event_uid (&props, summary);
  event->category = read_text (props.categories);
  event->cancelled = event_status (&props) == ICAL_STATUS_CANCELLED;
  event->modified = event_modified (&props);
  if (props.recurrence_id == NULL)
    {
      g_autofree char *own = ct_ics_uuid_from_uid (event->uid);

      /* Another calendar's event keeps its UID, to be written back as it came; one made
       * up here for an event without UID is no one's. */
      if (own == NULL && has_uid (&props))
        event->item->ics_uid = g_strdup (event->uid);
      /* Our export of either, read back, may be word for word what it would be today. */
      if (own != NULL || event->item->ics_uid != NULL)
        event->signature = ct_ics_event_signature (vevent);
    }
  read_people (vevent, &props, event->item);
  if (icalcomponent_get_first_component (vevent, ICAL_VALARM_COMPONENT) != NULL)
    reader->n_alarms++;
  if (props.dtstart == NULL)
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_MALFORMED,
                   /* Translators: %s is an event's title. */
                   _("The event “%s” has no start date."), summary);
      return FALSE;
    }
  if (!read_schedule (&ctx, event, events, &kept, &local_error))
    {
      /* One event dated out of range or in a zone nobody knows is left out, not the
       * whole file. */
      if (!g_error_matches (local_error, CT_ICS_ERROR, CT_ICS_ERROR_DATE_RANGE) &&
          !g_error_matches (local_error, CT_ICS_ERROR, CT_ICS_ERROR_UNKNOWN_TIMEZONE))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      ct_ics_reader_warn (reader, "%s", local_error->message);
      return TRUE;
    }
  if (kept)
    g_ptr_array_add (events, g_steal_pointer (&event));
  return TRUE;
}
