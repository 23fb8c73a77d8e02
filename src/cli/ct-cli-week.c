/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-cli.h"
#include "ct-export.h"
#include "ct-file.h"
#include "ct-holidays.h"
#include "ct-ics-export.h"
#include "ct-renderer.h"
#include "ct-settings.h"
#include "ct-text.h"
#include "ct-week-renderer.h"
#include "ct-week.h"

/* "export-week 2023-W39 FILE": the weekly schedule derived from the stored programmes
 * whose period covers the week, in the form FILE's extension names. */

typedef enum
{
  WEEK_FORMAT_UNKNOWN,
  WEEK_FORMAT_PDF,
  WEEK_FORMAT_TEXT,
  WEEK_FORMAT_HTML,
  WEEK_FORMAT_ICS,
} WeekFormat;

static WeekFormat
week_format_from_extension (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *lower = g_ascii_strdown (base, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    return WEEK_FORMAT_PDF;
  if (g_str_has_suffix (lower, ".txt"))
    return WEEK_FORMAT_TEXT;
  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm"))
    return WEEK_FORMAT_HTML;
  if (g_str_has_suffix (lower, ".ics"))
    return WEEK_FORMAT_ICS;
  return WEEK_FORMAT_UNKNOWN;
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* The ISO week "2023-W39", exactly so: four digits, "-W", two digits. */
static gboolean
parse_week (const char  *text,
            int         *year,
            int         *week,
            GError     **error)
{
  g_autofree char *shown = ct_cli_escape (text, FALSE);

  if (strlen (text) != 8 || !all_digits (text, 4) || strncmp (text + 4, "-W", 2) != 0 ||
      !all_digits (text + 6, 2))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s is what the user typed; keep “2023-W39” as it is. */
                   _("“%s” is not a week: write the year and the ISO week number as in "
                     "2023-W39."), shown);
      return FALSE;
    }
  *year = (int) g_ascii_strtoll (text, NULL, 10);
  *week = (int) g_ascii_strtoll (text + 6, NULL, 10);
  if (*year < 1900)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s is what the user typed. */
                   _("“%s” is not a week of a programme: the year must be from 1900 to 9999."),
                   shown);
      return FALSE;
    }
  if (*week < 1 || *week > (int) ct_programme_weeks_in_year (*year))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %1$d is a year, %2$d the week asked for, %3$d the
                    * number of weeks of that year (52 or 53). */
                   _("The year %1$d has no week %2$d: its weeks are numbered 1 to %3$d."),
                   *year, *week, (int) ct_programme_weeks_in_year (*year));
      return FALSE;
    }
  return TRUE;
}


/* The stored programmes whose period overlaps the week, the longest-running first (the
 * month's before the week's own), so that the schedule has the month's header. */
static GPtrArray *
load_programmes (CtStore  *store,
                 int       year,
                 int       week,
                 GError  **error)
{
  g_autoptr(GPtrArray) list = ct_store_list_programmes (store, NULL, error);
  g_autoptr(GPtrArray) programmes = NULL;
  GDate first, last;

  if (list == NULL)
    return NULL;
  programmes = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_programme_unref);
  ct_programme_get_week_range (year, week, &first, &last);
  for (guint i = 0; i < list->len; i++)
    {
      const CtProgrammeSummary *s = g_ptr_array_index (list, i);
      g_autoptr(CtProgramme) p = ct_store_load_programme (store, s->id, error);
      GDate from, to;

      if (p == NULL)
        return NULL;
      ct_programme_get_period_range (p, &from, &to);
      if (g_date_compare (&from, &last) <= 0 && g_date_compare (&to, &first) >= 0)
        g_ptr_array_add (programmes, g_steal_pointer (&p));
    }
  g_ptr_array_sort (programmes, ct_week_compare_programmes);
  return g_steal_pointer (&programmes);
}

/* Programmes of two bodies in one schedule may be a mistake: said, not hidden. A
 * programme that names no body (a week's additions, often) is taken as the same body's. */
static void
warn_mixed_bodies (GPtrArray *programmes)
{
  const CtProgramme *first = g_ptr_array_index (programmes, 0);

  for (guint i = 1; i < programmes->len; i++)
    {
      const CtProgramme *p = g_ptr_array_index (programmes, i);

      if (!ct_text_is_blank (first->issuing_body) && !ct_text_is_blank (p->issuing_body) &&
          g_strcmp0 (p->issuing_body, first->issuing_body) != 0)
        {
          g_autofree char *message = g_strdup_printf (
            /* Translators: %1$s and %2$s are issuing bodies, e.g. “HUYỆN ỦY SÔNG MÂY”. */
            _("The week’s programmes come from different issuing bodies, “%1$s” and “%2$s”: "
              "their entries are listed in one schedule, under the first one’s name."),
            first->issuing_body, p->issuing_body);

          ct_cli_warn (message);
          return;
        }
    }
}

static int
write_pdf (const CtWeek      *week,
           const CtProgramme *issuer,
           const char        *path)
{
  g_autoptr(CtWeekRenderer) renderer = ct_week_renderer_new (week, issuer, NULL);
  g_autoptr(GError) error = NULL;

  if (!ct_renderer_check_font (ct_renderer_get_default_font (), &error))
    {
      ct_cli_warn (error->message);
      g_clear_error (&error);
    }
  if (!ct_week_renderer_export_pdf (renderer, path, &error))
    return ct_cli_fail (error);
  return CT_CLI_EXIT_OK;
}

/* The digest per leader, the HTML page or the calendar file of @week. */
static int
write_text (const CtWeek      *week,
            const CtProgramme *issuer,
            WeekFormat         format,
            const char        *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (format == WEEK_FORMAT_HTML)
    text = ct_export_week_html (week, issuer, FALSE);
  else if (format == WEEK_FORMAT_ICS)
    {
      g_autoptr(GSettings) settings = ct_settings_new ();
      CtIcsExportOptions options;

      ct_ics_export_options_init (&options);
      ct_day_part_times_init_from_settings (&options.times, settings);
      text = ct_ics_export_week (week, &options, &error);
    }
  else
    text = ct_week_dup_digest (week);
  if (text == NULL || !ct_file_replace_contents (path, text, strlen (text), &error))
    return ct_cli_fail (error);
  return CT_CLI_EXIT_OK;
}

static int
fail_with (GError *error)
{
  int status = ct_cli_fail (error);

  g_error_free (error);
  return status;
}

/**
 * ct_cli_run_export_week:
 * @store: an open store
 * @arguments: the ISO week ("2023-W39") and the file to write
 *
 * "export-week YYYY-Www FILE": the weekly schedule of the week from every stored
 * programme whose period covers it, as FILE's extension says: .pdf, the table on A4
 * landscape pages; .html, the table as a web page; .txt, the digest per leader; .ics, the
 * week's events with the UIDs of the month's calendar file. Another extension, a malformed week or a
 * week no programme covers is refused before anything is written; the database is
 * refused as FILE. The file is replaced whole or not at all.
 *
 * Returns: an exit code
 */
int
ct_cli_run_export_week (CtStore  *store,
                        char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(CtWeek) week = NULL;
  WeekFormat format = week_format_from_extension (arguments[1]);
  int year, number;

  if (!parse_week (arguments[0], &year, &number, &error))
    return ct_cli_fail (error);
  if (format == WEEK_FORMAT_UNKNOWN)
    {
      g_autofree char *name = g_filename_display_name (arguments[1]);

      return fail_with (g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                     /* Translators: %s is a file name; keep the extensions. */
                                     _("Cannot tell the format of “%s”: write the week to a "
                                       ".pdf or .html file (the table), a .txt file (the "
                                       "digest per leader) or an .ics file (a calendar). "
                                       "Nothing was written."), name));
    }
  if (!ct_cli_check_export_target (store, arguments[1]))
    return CT_CLI_EXIT_FAILURE;
  programmes = load_programmes (store, year, number, &error);
  if (programmes == NULL)
    return ct_cli_fail (error);
  if (programmes->len == 0)
    return fail_with (g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                   /* Translators: %1$d is the week, %2$d its year. */
                                   _("No programme covers week %1$d of %2$d: create or import "
                                     "the programme of its month first. Nothing was written."),
                                   number, year));
  warn_mixed_bodies (programmes);
  week = ct_week_new (year, number, programmes, ct_holidays_get_default ());
  switch (format)
    {
    case WEEK_FORMAT_PDF:
      return write_pdf (week, g_ptr_array_index (programmes, 0), arguments[1]);
    case WEEK_FORMAT_TEXT:
    case WEEK_FORMAT_HTML:
    case WEEK_FORMAT_ICS:
      return write_text (week, g_ptr_array_index (programmes, 0), format, arguments[1]);
    case WEEK_FORMAT_UNKNOWN:
    default:
      g_assert_not_reached ();
    }
}
