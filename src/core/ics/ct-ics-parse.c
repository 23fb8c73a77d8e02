/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a calendar file into events, before any is placed in a programme: the file's
 * limits, its VCALENDARs, the time zones libical cannot expand, and the warnings. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-ics-parse-private.h"

/* The number of BEGIN: lines of @text: one per entry (event, time zone, alarm…), counted
 * before libical builds them all in memory. */
static guint
count_begins (const char *text)
{
  guint n = 0;

  for (const char *line = text; line != NULL; line = strchr (line, '\n'))
    {
      if (*line == '\n')
        line++;
      if (g_ascii_strncasecmp (line, "BEGIN:", strlen ("BEGIN:")) == 0)
        n++;
    }
  return n;
}

/* Parses @data into VCALENDARs; refuses anything that is not one, that has more than
 * CT_ICS_MAX_COMPONENTS entries, or that libical could only read in part (it marks what
 * it dropped with X-LIC-ERROR). */
static icalcomponent *
parse_calendar (const char  *data,
                gssize       length,
                GError     **error)
{
  g_autofree char *text = NULL;
  const char *start;
  icalcomponent *root;

  if (length < 0)
    length = strlen (data);
  if (length > CT_ICS_MAX_BYTES)
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_TOO_LARGE,
                   /* Translators: %u is a size in megabytes. */
                   _("The calendar file is larger than %u MB; nothing was imported."),
                   (guint) (CT_ICS_MAX_BYTES / (1024 * 1024)));
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, CT_ICS_ERROR, CT_ICS_ERROR_NOT_CALENDAR,
                           _("This is not a calendar file: it is not UTF-8 text."));
      return NULL;
    }
  text = g_strndup (data, length);
  start = g_str_has_prefix (text, "\xEF\xBB\xBF") ? text + 3 : text;
  while (g_ascii_isspace (*start))
    start++;
  if (g_ascii_strncasecmp (start, "BEGIN:VCALENDAR", strlen ("BEGIN:VCALENDAR")) != 0)
    {
      g_set_error_literal (error, CT_ICS_ERROR, CT_ICS_ERROR_NOT_CALENDAR,
                           _("This is not a calendar file: it does not begin with "
                             "BEGIN:VCALENDAR."));
      return NULL;
    }
  if (count_begins (start) > CT_ICS_MAX_COMPONENTS)
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_TOO_LARGE,
                   /* Translators: %u is a number of entries. */
                   _("The calendar file holds more than %u entries (events, time zones, "
                     "reminders); nothing was imported. Export a shorter span of time."),
                   (guint) CT_ICS_MAX_COMPONENTS);
      return NULL;
    }
  root = icalparser_parse_string (start);
  if (root == NULL)
    {
      g_set_error_literal (error, CT_ICS_ERROR, CT_ICS_ERROR_MALFORMED,
                           _("The calendar file is incomplete: a BEGIN has no matching END."));
      return NULL;
    }
  return root;
}

static gboolean
check_errors (icalcomponent  *component,
              GError        **error)
{
  icalproperty *bad = icalcomponent_get_first_property (component, ICAL_XLICERROR_PROPERTY);

  if (bad != NULL)
    {
      g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_MALFORMED,
                   /* Translators: %s is the parser's own (English) description, kept
                    * untranslated for support. */
                   _("The calendar file has a line that is not written as calendar files "
                     "require, so nothing was imported. Check that the file was saved by a "
                     "calendar program and is not damaged. (Technical detail: %s)"),
                   icalproperty_get_xlicerror (bad));
      return FALSE;
    }
  for (icalcomponent *c = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    if (!check_errors (c, error))
      return FALSE;
  return TRUE;
}

/* The rule of a time zone's STANDARD or DAYLIGHT part changes the clock more often than
 * once a year: no real zone does, and libical would expand it, change by change, from
 * its DTSTART (1601 in Outlook's files) up to the year asked, without end for
 * FREQ=SECONDLY. */
static gboolean
zone_part_too_fine (icalcomponent *part)
{
  for (icalproperty *p = icalcomponent_get_first_property (part, ICAL_RRULE_PROPERTY);
       p != NULL; p = icalcomponent_get_next_property (part, ICAL_RRULE_PROPERTY))
    if (icalproperty_get_rrule (p).freq != ICAL_YEARLY_RECURRENCE)
      return TRUE;
  return FALSE;
}

/* Removes from @calendar the VTIMEZONEs with such a rule, before any time is converted,
 * and keeps their TZIDs in @reader: an event using one is refused by name. */
static void
remove_bad_zones (CtIcsReader   *reader,
                  icalcomponent *calendar)
{
  g_autoptr(GPtrArray) bad = g_ptr_array_new ();

  for (icalcomponent *zone = icalcomponent_get_first_component (calendar,
                                                                ICAL_VTIMEZONE_COMPONENT);
       zone != NULL; zone = icalcomponent_get_next_component (calendar,
                                                               ICAL_VTIMEZONE_COMPONENT))
    for (icalcomponent *part = icalcomponent_get_first_component (zone, ICAL_ANY_COMPONENT);
         part != NULL; part = icalcomponent_get_next_component (zone, ICAL_ANY_COMPONENT))
      if (zone_part_too_fine (part))
        {
          g_ptr_array_add (bad, zone);
          break;
        }
  for (guint i = 0; i < bad->len; i++)
    {
      icalcomponent *zone = g_ptr_array_index (bad, i);
      icalproperty *tzid = icalcomponent_get_first_property (zone, ICAL_TZID_PROPERTY);

      if (tzid != NULL && icalproperty_get_tzid (tzid) != NULL)
        g_hash_table_add (reader->bad_zones, g_strdup (icalproperty_get_tzid (tzid)));
      icalcomponent_remove_component (calendar, zone);
      icalcomponent_free (zone);
    }
}

/* Events inside an event: no calendar program writes them, and only the outer one is
 * read. Counted to be said. */
static guint
count_nested_events (icalcomponent *component)
{
  guint n = 0;

  for (icalcomponent *c = icalcomponent_get_first_component (component, ICAL_ANY_COMPONENT);
       c != NULL; c = icalcomponent_get_next_component (component, ICAL_ANY_COMPONENT))
    n += (icalcomponent_isa (c) == ICAL_VEVENT_COMPONENT) + count_nested_events (c);
  return n;
}

void
ct_ics_reader_init (CtIcsReader              *reader,
                    const CtIcsImportOptions *options,
                    const CtProgramme        *programme)
{
  memset (reader, 0, sizeof *reader);
  reader->times = &options->times;
  ct_programme_get_period_range (programme, &reader->period_first, &reader->period_last);
  reader->cancellable = options->cancellable;
  reader->warnings = g_ptr_array_new_with_free_func (g_free);
  reader->bad_zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
ct_ics_reader_clear (CtIcsReader *reader)
{
  g_clear_pointer (&reader->warnings, g_ptr_array_unref);
  g_clear_pointer (&reader->bad_zones, g_hash_table_unref);
  g_clear_pointer (&reader->without_days, g_free);
  g_clear_pointer (&reader->zones, g_hash_table_unref);
}

/* The VCALENDARs of @root, which is one or holds several. */
static GPtrArray *
list_calendars (icalcomponent *root)
{
  GPtrArray *calendars = g_ptr_array_new ();

  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    g_ptr_array_add (calendars, root);
  else
    for (icalcomponent *c = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
         c != NULL; c = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
      g_ptr_array_add (calendars, c);
  return calendars;
}

static void
report_nested (CtIcsReader *reader,
               GPtrArray   *calendars)
{
  guint nested = 0;

  for (guint i = 0; i < calendars->len; i++)
    for (icalcomponent *e = icalcomponent_get_first_component (g_ptr_array_index (calendars, i),
                                                               ICAL_VEVENT_COMPONENT);
         e != NULL; e = icalcomponent_get_next_component (g_ptr_array_index (calendars, i),
                                                          ICAL_VEVENT_COMPONENT))
      nested += count_nested_events (e);
  if (nested > 0)
    ct_ics_reader_warn (reader,
                        g_dngettext (GETTEXT_PACKAGE,
                                     /* Translators: %u is a number of events. */
                                     "%u event is written inside another event, which "
                                     "calendar files do not allow; it was left out.",
                                     "%u events are written inside other events, which "
                                     "calendar files do not allow; they were left out.",
                                     nested), nested);
}

static void
report_progress (const CtIcsImportOptions *options,
                 guint                     done,
                 guint                     total)
{
  if (options->progress != NULL)
    options->progress (done, total, options->progress_data);
}

/* Nothing to import: say why, when rules had their days outside the period. */
static void
set_no_events_error (const CtIcsReader *reader,
                     GError           **error)
{
  if (reader->n_without_days == 1)
    g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS,
                 /* Translators: %s is an event's title. */
                 _("The calendar file’s one repeating event, “%s”, has no day in the "
                   "programme’s period; nothing was imported."), reader->without_days);
  else if (reader->n_without_days > 1)
    g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS,
                 g_dngettext (GETTEXT_PACKAGE,
                              /* Translators: %u is a number of repeating events. */
                              "None of the calendar file’s %u repeating event has a day in "
                              "the programme’s period; nothing was imported.",
                              "None of the calendar file’s %u repeating events has a day in "
                              "the programme’s period; nothing was imported.",
                              reader->n_without_days), reader->n_without_days);
  else if (reader->n_warnings > 0)
    g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS,
                 /* Translators: %s is the first reason an event was left out. */
                 _("No event of the calendar file could be imported: %s"),
                 (const char *) g_ptr_array_index (reader->warnings, 0));
  else
    g_set_error_literal (error, CT_ICS_ERROR, CT_ICS_ERROR_NO_EVENTS,
                         _("The calendar file holds no events."));
}

/* Reads every VEVENT of every VCALENDAR in @root. */
static GPtrArray *
read_events (CtIcsReader              *reader,
             icalcomponent            *root,
             const CtIcsImportOptions *options,
             GError                  **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_ics_event_free);
  g_autoptr(GPtrArray) calendars = list_calendars (root);
  guint total = 0, done = 0;

  if (calendars->len == 0)
    {
      g_set_error_literal (error, CT_ICS_ERROR, CT_ICS_ERROR_NOT_CALENDAR,
                           _("This is not a calendar file: it holds no VCALENDAR."));
      return NULL;
    }
  for (guint i = 0; i < calendars->len; i++)
    {
      remove_bad_zones (reader, g_ptr_array_index (calendars, i));
      total += icalcomponent_count_components (g_ptr_array_index (calendars, i),
                                               ICAL_VEVENT_COMPONENT);
    }
  report_nested (reader, calendars);
  for (guint i = 0; i < calendars->len; i++)
    {
      icalcomponent *calendar = g_ptr_array_index (calendars, i);

      for (icalcomponent *e = icalcomponent_get_first_component (calendar,
                                                                 ICAL_VEVENT_COMPONENT);
           e != NULL; e = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
        {
          if (!ct_ics_read_event (reader, calendar, e, events, error) ||
              g_cancellable_set_error_if_cancelled (options->cancellable, error))
            return NULL;
          if (events->len > CT_ICS_MAX_COMPONENTS)
            {
              g_set_error (error, CT_ICS_ERROR, CT_ICS_ERROR_TOO_LARGE,
                           /* Translators: %u is a number of events. */
                           _("The calendar file gives more than %u events in the "
                             "programme’s period; nothing was imported."),
                           (guint) CT_ICS_MAX_COMPONENTS);
              return NULL;
            }
          if (++done % 64 == 0)
            report_progress (options, done, total);
        }
    }
  report_progress (options, done, total);
  if (reader->n_alarms > 0)
    ct_ics_reader_warn (reader,
                        g_dngettext (GETTEXT_PACKAGE,
                                     /* Translators: %u is a number of events that had
                                      * reminders (alarms); a programme has none. */
                                     "Reminders are not kept: %u event.",
                                     "Reminders are not kept: %u events.",
                                     reader->n_alarms), reader->n_alarms);
  if (events->len == 0)
    {
      set_no_events_error (reader, error);
      return NULL;
    }
  return g_steal_pointer (&events);
}


/* The reader's warnings for the result, with a last line for those not kept. */
GPtrArray *
ct_ics_reader_take_warnings (CtIcsReader *reader)
{
  guint more = reader->n_warnings - reader->warnings->len;

  if (reader->n_warnings == 0)
    return NULL;
  if (more > 0)
    g_ptr_array_add (reader->warnings,
                     g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   /* Translators: %u is a number of
                                                    * warnings not shown. */
                                                   "… and %u more warning.",
                                                   "… and %u more warnings.", more), more));
  return g_steal_pointer (&reader->warnings);
}

/* Parses @data and reads its events; @reader is ct_ics_reader_init()'s. */
GPtrArray *
ct_ics_parse_events (CtIcsReader              *reader,
                     const char               *data,
                     gssize                    length,
                     const CtIcsImportOptions *options,
                     GError                  **error)
{
  GPtrArray *events = NULL;
  icalcomponent *root = parse_calendar (data, length, error);

  if (root == NULL)
    return NULL;
  if (check_errors (root, error))
    events = read_events (reader, root, options, error);
  icalcomponent_free (root);
  return events;
}
