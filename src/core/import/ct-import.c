/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <stdio.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-file.h"
#include "ct-import.h"
#include "ct-import-files-private.h"
#include "ct-import-text-private.h"

/* The entry of every import: bytes of a file or of the clipboard become text (decoding,
 * file formats), the text becomes a programme (ct-import-text.c), and the report says
 * what was found and how sure it is. */

/**
 * ct_import_report_free:
 * @report: (transfer full): a report
 */
void
ct_import_report_free (CtImportReport *report)
{
  if (report == NULL)
    return;
  g_clear_pointer (&report->programme, ct_programme_unref);
  g_clear_pointer (&report->warnings, g_ptr_array_unref);
  g_clear_pointer (&report->unrecognised, g_ptr_array_unref);
  g_strfreev (report->source_lines);
  g_free (report->encoding);
  g_free (report->format);
  g_free (report);
}

/**
 * ct_import_shape_describe:
 * @shape: a shape
 *
 * Returns: (transfer none): the shape's translated name, for the review and the CLI
 */
const char *
ct_import_shape_describe (CtImportShape shape)
{
  switch (shape)
    {
    case CT_IMPORT_SHAPE_OUTLINE:
      return _("Numbered sections and items");
    case CT_IMPORT_SHAPE_BULLETS:
      return _("Bullet lists with times first");
    case CT_IMPORT_SHAPE_WORK_PLAN:
      return _("Table of tasks with lead units and due times");
    case CT_IMPORT_SHAPE_EVENT_TABLE:
      return _("Table of events");
    case CT_IMPORT_SHAPE_WEEKLY_SCHEDULE:
      return _("Weekly schedule, day by day");
    case CT_IMPORT_SHAPE_UNKNOWN:
    default:
      return _("Not recognised");
    }
}

static gboolean
starts_with (const char *data,
             gsize       length,
             const char *magic,
             gsize       magic_length)
{
  return length >= magic_length && memcmp (data, magic, magic_length) == 0;
}

/* A zip archive: a Word document or an OpenDocument text, told by what it holds. */
static char *
zip_text (const char      *data,
          gsize            length,
          CtImportReport  *report,
          GError         **error)
{
  g_autoptr(CtImportZip) zip = ct_import_zip_open (data, length, error);

  if (zip == NULL)
    return NULL;
  switch (ct_import_zip_kind (zip))
    {
    case CT_IMPORT_ZIP_DOCX:
      report->format = g_strdup ("docx");
      return ct_import_docx_text (zip, error);
    case CT_IMPORT_ZIP_ODT:
      report->format = g_strdup ("odt");
      return ct_import_odt_text (zip, error);
    case CT_IMPORT_ZIP_NONE:
    default:
      g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_UNSUPPORTED,
                           _("This file is a zip archive but not a Word document (.docx) "
                             "nor an OpenDocument text (.odt). Nothing was imported."));
      return NULL;
    }
}

/* The text of an office file, told by its content, with report->format set; %NULL with
 * @error unset when the data is not one (it is read as text). */
static char *
office_text (const char      *data,
             gsize            length,
             CtImportReport  *report,
             GError         **error)
{
  if (starts_with (data, length, "PK\x03\x04", 4))
    return zip_text (data, length, report, error);
  if (starts_with (data, length, "%PDF-", 5))
    {
      report->format = g_strdup ("pdf");
      return ct_import_pdf_text (data, length, error);
    }
  if (starts_with (data, length, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8))
    {
      report->format = g_strdup ("doc");
      return ct_import_doc_text (data, length, error);
    }
  return NULL;
}

/**
 * ct_import_period_parse:
 * @text: a period as the CLI takes it: "2025-03" (a month), "2025-W10" (an ISO week),
 *   "2025-Q1" (a quarter) or "2025" (a year)
 * @period: (out caller-allocates): the period
 *
 * Returns: whether @text is one of those forms, with a month, week or quarter that exists
 */
gboolean
ct_import_period_parse (const char     *text,
                        CtImportPeriod *period)
{
  int year, index = 0, n = 0;
  char kind = '\0';

  g_return_val_if_fail (text != NULL && period != NULL, FALSE);

  if (sscanf (text, "%4d%n", &year, &n) != 1 || n != 4 || !ct_date_year_in_range (year))
    return FALSE;
  text += n;
  if (*text == '\0')
    {
      *period = (CtImportPeriod) { CT_PERIOD_KIND_YEAR, year, 0 };
      return TRUE;
    }
  if (*text++ != '-')
    return FALSE;
  if (*text == 'W' || *text == 'Q')
    kind = *text++;
  /* A quarter has one digit, a month and a week two, as ISO 8601 writes them. */
  n = kind == 'Q' ? 1 : 2;
  for (int i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  if (text[n] != '\0')
    return FALSE;
  index = (int) g_ascii_strtoll (text, NULL, 10);
  if (kind == 'W' && index >= 1 && index <= (int) ct_programme_weeks_in_year (year))
    *period = (CtImportPeriod) { CT_PERIOD_KIND_WEEK, year, index };
  else if (kind == 'Q' && index >= 1 && index <= 4)
    *period = (CtImportPeriod) { CT_PERIOD_KIND_QUARTER, year, index };
  else if (kind == '\0' && index >= 1 && index <= 12)
    *period = (CtImportPeriod) { CT_PERIOD_KIND_MONTH, year, index };
  else
    return FALSE;
  return TRUE;
}

/**
 * ct_import_data:
 * @data: the bytes of a file or of pasted text
 * @length: their length
 * @name: (nullable): the file's name, whose extension is a hint to its format; the
 *   content decides
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Imports a programme from any form an office has it in (see #CtImportReport). The
 * content tells the format: a zip archive holding word/document.xml is a Word document, one
 * whose "mimetype" is an OpenDocument text's is an .odt, "%PDF-" starts a PDF, an OLE2
 * compound file is a Word 97–2003 .doc (read through antiword); anything else is text.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set when nothing
 *   could be imported
 */
CtImportReport *
ct_import_data (const char  *data,
                gsize        length,
                const char  *name,
                GError     **error)
{
  return ct_import_data_for_period (data, length, name, NULL, error);
}

/**
 * ct_import_data_for_period:
 * @data: the bytes of a file or of pasted text
 * @length: their length
 * @name: (nullable): the file's name (see ct_import_data())
 * @period: (nullable): the period the user gave, for a text that names none; it wins
 *   over the one the text names
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
CtImportReport *
ct_import_data_for_period (const char           *data,
                           gsize                 length,
                           const char           *name,
                           const CtImportPeriod *period,
                           GError              **error)
{
  g_autoptr(CtImportReport) report = g_new0 (CtImportReport, 1);
  g_autofree char *text = NULL;
  GError *local = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > CT_IMPORT_MAX_BYTES)
    {
      ct_import_set_too_large (error);
      return NULL;
    }
  if (data != NULL)
    text = office_text (data, length, report, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  if (report->format == NULL)
    report->format = g_strdup ("text");
  if (text != NULL)
    {
      data = text;
      length = strlen (text);
    }
  if (!ct_import_decoded_report (data != NULL ? data : "", length, period, report, error))
    return NULL;
  return g_steal_pointer (&report);
}

/**
 * ct_import_file:
 * @path: a file name
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Reads the file (ct_file_read(): a regular file, at most %CT_IMPORT_MAX_BYTES) and
 * imports it with ct_import_data().
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
CtImportReport *
ct_import_file (const char  *path,
                GError     **error)
{
  return ct_import_file_for_period (path, NULL, error);
}

/**
 * ct_import_file_for_period:
 * @path: a file name
 * @period: (nullable): see ct_import_data_for_period()
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Returns: (transfer full) (nullable): the report, or %NULL with @error set
 */
CtImportReport *
ct_import_file_for_period (const char           *path,
                           const CtImportPeriod *period,
                           GError              **error)
{
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  contents = ct_file_read (path, CT_IMPORT_MAX_BYTES, &local);
  if (contents == NULL)
    {
      if (g_error_matches (local, CT_FILE_ERROR, CT_FILE_ERROR_TOO_LARGE))
        ct_import_set_too_large (error);
      else
        g_set_error_literal (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_IO, local->message);
      return NULL;
    }
  data = g_bytes_get_data (contents, &length);
  return ct_import_data_for_period (data, length, path, period, error);
}
