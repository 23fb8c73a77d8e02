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
  ctx.stamp = ct_ics_utc_time (options->now ? options->now : g_get_real_time () / G_USEC_PER_SEC);
  ctx.modified = programme->modified > 0 ? ct_ics_utc_time (programme->modified) : ctx.stamp;

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
