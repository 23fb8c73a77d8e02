/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-file.h"
#include "ct-import.h"
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

/**
 * ct_import_data:
 * @data: the bytes of a file or of pasted text
 * @length: their length
 * @name: (nullable): the file's name, whose extension is a hint to its format; the
 *   content decides
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Imports a programme from any form an office has it in (see #CtImportReport).
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
  g_autoptr(CtImportReport) report = g_new0 (CtImportReport, 1);

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  report->format = g_strdup ("text");
  if (!ct_import_decoded_report (data != NULL ? data : "", length, report, error))
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
  return ct_import_data (data, length, path, error);
}
