/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-file.h"
#include "ct-format.h"
#include "ct-ics-export-private.h"
#include "ct-ics-export.h"
#include "ct-ics-private.h"
#include "ct-occurrence.h"
#include "ct-text.h"

static struct icaltimetype
utc_time (gint64 seconds)
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
  return utc_time (seconds - CT_ICS_UTC_OFFSET);
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

/* The days an exported item covers: its dates, or the window of a vague event. FALSE for
 * a task and for an item with neither. */
static gboolean
item_days (const CtProgramme *programme,
           const CtItem      *item,
           GDate             *first,
           GDate             *last)
{
  if (item->kind == CT_ITEM_TASK)
    {
      g_date_clear (first, 1);
      g_date_clear (last, 1);
      return FALSE;
    }
  return ct_item_get_date_range (item, programme, first, last) ||
         ct_item_get_window (item, first, last);
}

/* Whether the options' section and unit take @item, dated or not. */
gboolean
ct_ics_item_chosen (const CtIcsExportContext *ctx,
                    const CtItem             *item)
{
  if (ctx->unit_key == NULL)
    return TRUE;
  for (guint i = 0; i < item->agenda->len; i++)
    {
      CtAgendaItem *agenda = g_ptr_array_index (item->agenda, i);
      g_autofree char *key = NULL;

      if (agenda->preparing_unit == NULL)
        continue;
      key = ct_text_fold (agenda->preparing_unit);
      if (g_strcmp0 (key, ctx->unit_key) == 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
item_selected (const CtIcsExportContext *ctx,
               const CtItem             *item)
{
  GDate first, last;

  return item_days (ctx->programme, item, &first, &last) && ct_ics_item_chosen (ctx, item);
}

/* Whether ct_ics_export() writes @item: the per-event export (ct-ics-export-events.c)
 * takes the same ones. */
gboolean
ct_ics_item_exported (const CtIcsExportContext *ctx,
                      const CtItem             *item)
{
  return item_selected (ctx, item);
}

static char *
calendar_name (const CtIcsExportContext *ctx)
{
  const CtProgramme *p = ctx->programme;
  g_autofree char *subtitle = ct_programme_dup_subtitle (p);
  GString *name = g_string_new (NULL);

  if (p->issuing_body != NULL && !ct_text_is_blank (p->issuing_body))
    {
      /* A name typed over two lines is one line in a calendar's name. */
      g_autofree char *body = ct_text_collapse_spaces (p->issuing_body);
      g_string_append_printf (name, "%s - ", body);
    }
  g_string_append_printf (name, "Chương trình %s", subtitle);
  if (ctx->options->section >= 0)
    g_string_append_printf (name, " - %s", ((CtSection *) g_ptr_array_index (
                                              p->sections, ctx->options->section))->title);
  if (ctx->options->unit != NULL)
    g_string_append_printf (name, " - %s", ctx->options->unit);
  return g_string_free (name, FALSE);
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

static gboolean
year_written (const GDate *date)
{
  return g_date_get_year (date) >= CT_ICS_MIN_YEAR && g_date_get_year (date) <= CT_ICS_MAX_YEAR;
}

/* RFC 5545 dates have four-digit years, and an all-day event of 31/12/9999 ends on a day
 * of year 10000, which libical writes as "00000000". Rather than write a date calendar
 * programs read as another, or leave the event out unseen, the export is refused by the
 * event's name, to be corrected in the programme: an editor or the text import may let
 * such a date in, and only here must it be written in a fixed format. */
gboolean
ct_ics_check_years (const CtIcsExportContext *ctx,
                    const CtSection          *section,
                    const CtItem             *item,
                    GError                  **error)
{
  GDate first, last;
  const GDate *bad;
  g_autofree char *day = NULL;

  if (!item_days (ctx->programme, item, &first, &last))
    return TRUE;
  bad = !year_written (&first) ? &first : !year_written (&last) ? &last : NULL;
  if (bad == NULL)
    return TRUE;
  day = g_strdup_printf ("%02u/%02u/%u", g_date_get_day (bad), g_date_get_month (bad),
                         g_date_get_year (bad));
  g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_DATE_RANGE,
               /* Translators: %1$s is an event's title, %2$s a date as dd/mm/yyyy, %3$d and
                * %4$d the first and last years a calendar file is written for. */
               _("The event “%1$s” is dated %2$s; a calendar file is written only for the "
                 "years %3$d to %4$d. Correct the date, then export again."),
               item->title ? item->title : section->title, day, CT_ICS_MIN_YEAR,
               CT_ICS_MAX_YEAR);
  return FALSE;
}

static gboolean
check_options (const CtProgramme        *programme,
               const CtIcsExportOptions *options,
               GError                  **error)
{
  if (options->section >= (int) programme->sections->len)
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_SECTION,
                   /* Translators: %1$d is a section number the user gave, %2$u how many
                    * sections the programme has. */
                   _("There is no section %1$d: the programme has %2$u sections."),
                   options->section + 1, programme->sections->len);
      return FALSE;
    }
  return TRUE;
}

/**
 * ct_ics_export_options_init:
 * @options: (out caller-allocates): options to set
 *
 * Sets the defaults: every section, every unit, the default day-part times
 * (ct_day_part_times_init()), DTSTAMP at the time of export.
 */
void
ct_ics_export_options_init (CtIcsExportOptions *options)
{
  g_return_if_fail (options != NULL);

  options->section = -1;
  options->unit = NULL;
  ct_day_part_times_init (&options->times);
  options->now = 0;
}

/**
 * ct_ics_export:
 * @programme: a programme
 * @options: (nullable): what to export; %NULL for the defaults
 * @error: return location for a #CT_ICS_ERROR
 *
 * Writes the programme's events and weekly rules as an RFC 5545 calendar for Google,
 * Outlook, Thunderbird and phones: METHOD:PUBLISH, times in TZID=Asia/Ho_Chi_Minh with its
 * own minimal VTIMEZONE, a day part as its clock times (@options->times), an undated-time
 * event as an all-day event with an exclusive DTEND (RFC 5545 §3.6.1), a weekly rule as one
 * VEVENT with RRULE (UNTIL in UTC, on the last occurrence) and EXDATEs. UID is the item's
 * UUID plus "@" CT_ICAL_UID_DOMAIN, or for an event imported from another calendar the
 * UID it came with (#CtItem.ics_uid), and SEQUENCE the item's (raised by the store when the
 * schedule changes, RFC 5545 §3.8.7.4), so clients update instead of duplicating. A
 * monthly rule is FREQ=MONTHLY;BYMONTHDAY=5 or FREQ=MONTHLY;BYDAY=1MO (-1MO for the last).
 * The item's attributes are labelled lines at the top of DESCRIPTION ("Chủ trì: …",
 * ct_ics_field_label()) and its location is LOCATION. An event of vague timing with a
 * window is an all-day event over the window, STATUS:TENTATIVE and TRANSP:TRANSPARENT,
 * its wording first in DESCRIPTION ("Thời gian: tuần 3"). Tasks, undated items and vague
 * events without a window are left out (see ct_ics_export_list_left_out()).
 *
 * The text has no BOM, CRLF after every line and lines folded at 75 octets between UTF-8
 * characters.
 *
 * Returns: (transfer full): the file's content, or %NULL with @error set:
 *   %CT_ICS_ERROR_NO_SECTION for a section index out of range, %CT_ICS_ERROR_NO_EVENTS
 *   when nothing matches, %CT_ICS_ERROR_DATE_RANGE for an event to export dated outside
 *   the years %CT_ICS_MIN_YEAR to %CT_ICS_MAX_YEAR
 */
char *
ct_ics_export (const CtProgramme        *programme,
               const CtIcsExportOptions *options,
               GError                  **error)
{
  CtIcsExportOptions defaults;
  CtIcsExportContext ctx = { programme, options };
  icalcomponent *calendar;
  guint n_events = 0;
  char *name, *text;

  g_return_val_if_fail (programme != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      ct_ics_export_options_init (&defaults);
      ctx.options = options = &defaults;
    }
  if (!check_options (programme, options, error))
    return NULL;
  ctx.unit_key = options->unit ? ct_text_fold (options->unit) : NULL;
  ctx.stamp = utc_time (options->now ? options->now : g_get_real_time () / G_USEC_PER_SEC);
  ctx.modified = programme->modified > 0 ? utc_time (programme->modified) : ctx.stamp;

  name = calendar_name (&ctx);
  calendar = ct_ics_build_calendar (name);
  g_free (name);
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);

      if (options->section >= 0 && (guint) options->section != i)
        continue;
      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          icalcomponent *event;

          if (!item_selected (&ctx, item))
            continue;
          if (!ct_ics_check_years (&ctx, section, item, error))
            {
              icalcomponent_free (calendar);
              g_free (ctx.unit_key);
              return NULL;
            }
          if ((event = ct_ics_build_event (&ctx, section, item)) == NULL)
            continue;
          icalcomponent_add_component (calendar, event);
          n_events++;
        }
    }
  text = n_events > 0 ? ct_ics_serialize (calendar) : NULL;
  icalcomponent_free (calendar);
  if (text == NULL)
    {
      if (options->unit != NULL)
        g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS,
                     /* Translators: %s is a unit name, e.g. "UBND huyện". */
                     _("No dated event has an agenda item prepared by “%s”."), options->unit);
      else
        g_set_error_literal (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS,
                             _("There is no dated event or weekly briefing to export."));
    }
  g_free (ctx.unit_key);
  return text;
}

/**
 * ct_ics_export_list_left_out:
 * @programme: a programme
 * @options: (nullable): what is exported; %NULL for the defaults
 *
 * Says which events of the export ct_ics_export() leaves out and why, for the report
 * after it: an event of vague timing without a window ("thời gian cụ thể thông báo sau")
 * has no day a calendar could show it on. Tasks are never exported and are not listed.
 *
 * Returns: (transfer full) (element-type utf8): one translated sentence per event left
 *   out, in document order; empty when none is
 */
GPtrArray *
ct_ics_export_list_left_out (const CtProgramme        *programme,
                             const CtIcsExportOptions *options)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  CtIcsExportOptions defaults;
  CtIcsExportContext ctx = { programme, options };

  g_return_val_if_fail (programme != NULL, out);

  if (options == NULL)
    {
      ct_ics_export_options_init (&defaults);
      ctx.options = options = &defaults;
    }
  ctx.unit_key = options->unit ? ct_text_fold (options->unit) : NULL;
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);

      if (options->section >= 0 && (guint) options->section != i)
        continue;
      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          GDate first, last;

          if (item->kind == CT_ITEM_TASK || !ct_item_is_vague (item) ||
              ct_item_get_window (item, &first, &last) || !ct_ics_item_chosen (&ctx, item))
            continue;
          g_ptr_array_add (out, g_strdup_printf (
                             /* Translators: %1$s is an event's title, %2$s its timing as
                              * written, e.g. "thời gian cụ thể thông báo sau". */
                             _("“%1$s” is not in the calendar file: its time is “%2$s”, "
                               "with no dates. Give the days it is expected in to export "
                               "it."),
                             item->title ? item->title : section->title, item->vague_when));
        }
    }
  g_free (ctx.unit_key);
  return out;
}

/**
 * ct_ics_export_to_file:
 * @programme: a programme
 * @options: (nullable): what to export; %NULL for the defaults
 * @path: the file to write (GLib filename encoding)
 * @error: return location for a #CT_ICS_ERROR
 *
 * Writes ct_ics_export() to @path atomically: a temporary file in the same folder,
 * flushed, then renamed over @path, so a reader never sees half a calendar and a failed
 * export leaves the old file as it was (ct_file_replace_contents(), which also refuses a
 * folder or a device).
 *
 * Returns: %TRUE on success; %FALSE with %CT_ICS_ERROR_IO when the file cannot be written,
 *   or an error of ct_ics_export()
 */
gboolean
ct_ics_export_to_file (const CtProgramme        *programme,
                       const CtIcsExportOptions *options,
                       const char               *path,
                       GError                  **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (programme != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = ct_ics_export (programme, options, error);
  if (text == NULL)
    return FALSE;
  if (!ct_file_replace_contents (path, text, strlen (text), &local_error))
    {
      g_autofree char *name = g_filename_display_name (path);

      if (!g_error_matches (local_error, CT_FILE_ERROR, CT_FILE_ERROR_IO))
        g_set_error_literal (error, CT_ICS_ERROR, CT_ICS_ERROR_IO, local_error->message);
      else
        g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_IO,
                     /* Translators: %1$s is a file path, %2$s the system's reason. */
                     _("Cannot write the calendar file “%1$s”: %2$s"), name,
                     local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * ct_ics_list_preparing_units:
 * @programme: a programme
 *
 * The units a calendar file can be made for (#CtIcsExportOptions.unit): the preparing
 * units of the agenda items of dated events, each once (compared with ct_text_fold()),
 * spelt as first met, in document order.
 *
 * Returns: (transfer full) (element-type utf8): the unit names
 */
GPtrArray *
ct_ics_list_preparing_units (const CtProgramme *programme)
{
  GPtrArray *units = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (programme != NULL, units);

  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          GDate first, last;

          if (!item_days (programme, item, &first, &last))
            continue;
          for (guint k = 0; k < item->agenda->len; k++)
            {
              CtAgendaItem *agenda = g_ptr_array_index (item->agenda, k);
              char *key;

              if (agenda->preparing_unit == NULL || ct_text_is_blank (agenda->preparing_unit))
                continue;
              key = ct_text_fold (agenda->preparing_unit);
              if (g_hash_table_add (seen, key))
                g_ptr_array_add (units, g_strdup (agenda->preparing_unit));
            }
        }
    }
  return units;
}

/**
 * ct_ics_section_has_events:
 * @programme: a programme
 * @section: 0-based section index
 *
 * Returns: %TRUE when the section holds a dated event or weekly rule, i.e. exporting it
 *   alone gives a calendar
 */
gboolean
ct_ics_section_has_events (const CtProgramme *programme,
                           guint              section)
{
  CtSection *s;

  g_return_val_if_fail (programme != NULL, FALSE);
  g_return_val_if_fail (section < programme->sections->len, FALSE);

  s = g_ptr_array_index (programme->sections, section);
  for (guint j = 0; j < s->items->len; j++)
    {
      CtItem *item = g_ptr_array_index (s->items, j);
      GDate first, last;

      if (item_days (programme, item, &first, &last))
        return TRUE;
    }
  return FALSE;
}
