/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-format.h"
#include "ct-ics-export-private.h"
#include "ct-ics-private.h"
#include "ct-text.h"

/* The weekly schedule as a calendar file. A clerk sends the month's file first, then each
 * week's; a calendar that took the month must update its events from the week's file,
 * never gain a copy or lose a day. So every event keeps the UID, SEQUENCE and form the
 * month's export gives it (ct_ics_export()):
 *
 * - an event of the month is written whole, as in the month's file, even when some of its
 *   days fall outside the week: written cut to the week, it would shorten the month's
 *   event in that calendar;
 * - a day of a month's rule (the Monday briefing) is written as an instance of the rule's
 *   event: its UID with a RECURRENCE-ID naming that day's start (RFC 5545 §3.8.4.4), and
 *   no RRULE. The master with its rule cut to the week would, under the same UID, replace
 *   the month's rule and take its other weeks away; the whole master would show the
 *   briefing on days outside the week. An instance without its master is what a calendar
 *   server keeps for a guest of a single day (RFC 4791 §4.1): python3-icalendar and
 *   ical.js read it as that one day's event, and a calendar holding the month's rule
 *   reads it as the same occurrence, unchanged;
 * - an item of a programme of that very week (added to the month, "bổ sung") has no
 *   month's event: it is written as that programme's own export writes it;
 * - an item of the week that stands for a month's item (moved or changed, "điều chỉnh";
 *   postponed, "hoãn") is written under the month item's UID with a higher SEQUENCE, so
 *   that a calendar replaces the month's event instead of showing both; a postponed one
 *   is CANCELLED. Every marked event says its mark at the end of its SUMMARY. */

static struct icaltimetype
utc_time (gint64 seconds)
{
  return icaltime_from_timet_with_zone ((time_t) seconds, FALSE,
                                        icaltimezone_get_utc_timezone ());
}

/* "HUYỆN ỦY SÔNG MÂY - Lịch công tác tuần 39, từ ngày 25/9/2023 đến ngày 01/10/2023" */
static char *
calendar_name (const CtWeek *week)
{
  g_autofree char *from = ct_format_date_short (&week->days[0].date);
  g_autofree char *to = ct_format_date_short (&week->days[6].date);
  GString *name = g_string_new (NULL);

  for (guint d = 0; d < 7 && name->len == 0; d++)
    for (guint i = 0; i < week->days[d].entries->len && name->len == 0; i++)
      {
        const CtWeekEntry *entry = g_ptr_array_index (week->days[d].entries, i);
        const char *body = entry->programme->issuing_body;

        if (body != NULL && !ct_text_is_blank (body))
          {
            /* A name typed over two lines is one line in a calendar's name. */
            g_autofree char *line = ct_text_collapse_spaces (body);

            g_string_append_printf (name, "%s - ", line);
          }
      }
  g_string_append_printf (name, "Lịch công tác tuần %d, từ ngày %s đến ngày %s", week->week,
                          from, to);
  return g_string_free (name, FALSE);
}

/* Writes the mark of @entry into @event and, for a week's item standing for a month's,
 * gives it the month item's UID and a SEQUENCE above the month's. */
static void
apply_mark (icalcomponent     *event,
            const CtWeekEntry *entry)
{
  const CtItem *item = entry->occurrence->item;
  const char *mark = ct_week_mark_to_string (entry->mark);
  icalproperty *summary = icalcomponent_get_first_property (event, ICAL_SUMMARY_PROPERTY);

  if (mark != NULL && summary != NULL)
    {
      g_autofree char *text = g_strdup_printf ("%s %s", icalproperty_get_summary (summary),
                                               mark);

      icalproperty_set_summary (summary, text);
    }
  if (item->source_uuid != NULL && entry->mark != CT_WEEK_MARK_ADDED)
    {
      g_autofree char *uid = entry->source != NULL ? ct_ics_item_uid (entry->source)
                                                   : ct_ics_uid_from_uuid (item->source_uuid);
      guint month_sequence = entry->source != NULL ? entry->source->sequence : 0;

      icalproperty_set_uid (icalcomponent_get_first_property (event, ICAL_UID_PROPERTY), uid);
      icalproperty_set_sequence (icalcomponent_get_first_property (event,
                                                                   ICAL_SEQUENCE_PROPERTY),
                                 (int) (month_sequence + 1 + item->sequence));
    }
  if (entry->mark == CT_WEEK_MARK_POSTPONED)
    icalproperty_set_status (icalcomponent_get_first_property (event, ICAL_STATUS_PROPERTY),
                             ICAL_STATUS_CANCELLED);
}

/* Adds the event of @entry to @calendar, unless @written holds its item already or the
 * options leave it out; FALSE with @error set for a date a calendar file cannot hold. */
static gboolean
add_entry (icalcomponent            *calendar,
           const CtIcsExportContext *base,
           const CtWeekEntry        *entry,
           GHashTable               *written,
           guint                    *n_events,
           GError                  **error)
{
  CtIcsExportContext ctx = *base;
  const CtOccurrence *o = entry->occurrence;
  icalcomponent *event;

  ctx.programme = entry->programme;
  if (entry->programme->modified > 0)
    ctx.modified = utc_time (entry->programme->modified);
  if (!ct_ics_item_chosen (&ctx, o->item))
    return TRUE;
  if (o->item->kind == CT_ITEM_RECURRING && entry->programme->period_kind != CT_PERIOD_KIND_WEEK)
    event = ct_ics_build_instance (&ctx, o->section, o->item, &o->date);
  else if (!g_hash_table_add (written, o->item))
    return TRUE;
  else if (!ct_ics_check_years (&ctx, o->section, o->item, error))
    return FALSE;
  else
    event = ct_ics_build_event (&ctx, o->section, o->item);
  if (event != NULL)
    {
      apply_mark (event, entry);
      icalcomponent_add_component (calendar, event);
      (*n_events)++;
    }
  return TRUE;
}

static void
set_no_events (const CtWeek             *week,
               const CtIcsExportOptions *options,
               GError                  **error)
{
  if (options->unit != NULL)
    g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS,
                 /* Translators: %s is a unit name, e.g. "UBND huyện". */
                 _("No dated event has an agenda item prepared by “%s”."), options->unit);
  else
    g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS,
                 /* Translators: %1$d is a week number (1–53), %2$d its year. */
                 _("Week %1$d of %2$d has no dated event or weekly briefing to export."),
                 week->week, week->iso_year);
}

/**
 * ct_ics_export_week:
 * @week: the weekly schedule
 * @options: (nullable): the day-part times, DTSTAMP and the unit, as for ct_ics_export();
 *   its section is not used, a week drawing on several programmes
 * @error: return location for a #CT_ICS_ERROR
 *
 * Writes the week's events as a calendar file in the form of ct_ics_export(), each with
 * the UID and SEQUENCE the month's file gives it, so that a calendar that took the month
 * updates its events: an event of the month whole, a day of a month's rule as the
 * instance of that day (RECURRENCE-ID), an item of the week's own programme as its own
 * export has it (see the comment at the top of this file for why).
 *
 * Returns: (transfer full): the file's content, or %NULL with @error set:
 *   %CT_ICS_ERROR_NO_EVENTS when the week has no event to write,
 *   %CT_ICS_ERROR_DATE_RANGE as ct_ics_export()
 */
char *
ct_ics_export_week (const CtWeek             *week,
                    const CtIcsExportOptions *options,
                    GError                  **error)
{
  CtIcsExportOptions defaults;
  CtIcsExportContext ctx = { NULL };
  g_autoptr(GHashTable) written = g_hash_table_new (NULL, NULL);
  g_autofree char *name = NULL;
  icalcomponent *calendar;
  guint n_events = 0;
  char *text = NULL;

  g_return_val_if_fail (week != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      ct_ics_export_options_init (&defaults);
      options = &defaults;
    }
  ctx.options = options;
  ctx.unit_key = options->unit ? ct_text_fold (options->unit) : NULL;
  ctx.stamp = utc_time (options->now ? options->now : g_get_real_time () / G_USEC_PER_SEC);
  ctx.modified = ctx.stamp;
  name = calendar_name (week);
  calendar = ct_ics_build_calendar (name);
  for (guint d = 0; d < 7; d++)
    for (guint i = 0; i < week->days[d].entries->len; i++)
      if (!add_entry (calendar, &ctx, g_ptr_array_index (week->days[d].entries, i), written,
                      &n_events, error))
        goto out;
  if (n_events > 0)
    text = ct_ics_serialize (calendar);
  else
    set_no_events (week, options, error);
out:
  icalcomponent_free (calendar);
  g_free (ctx.unit_key);
  return text;
}
