/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include "ct-file.h"
#include "ct-ics-import-file.h"

/**
 * ct_ics_import_file:
 * @store: the store
 * @programme_id: the programme to import into
 * @options: (nullable): where and how; %NULL for the defaults
 * @path: the calendar file (GLib filename encoding)
 * @result: (out) (optional): what was done; free with ct_ics_import_result_clear()
 * @error: return location for a #CT_ICS_ERROR (%CT_ICS_ERROR_IO when @path cannot be
 *   read) or a #CT_STORE_ERROR (loading or saving)
 *
 * Reads @path (ct_file_read(): a regular file of at most %CT_FILE_MAX_INPUT_BYTES),
 * imports it with ct_ics_import() into the stored programme and saves the programme in
 * one transaction: either every event is imported or none.
 *
 * Returns: %TRUE on success
 */
gboolean
ct_ics_import_file (CtStore                  *store,
                    gint64                    programme_id,
                    const CtIcsImportOptions *options,
                    const char               *path,
                    CtIcsImportResult        *result,
                    GError                  **error)
{
  g_autoptr(CtProgramme) programme = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (CT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  bytes = ct_file_read (path, CT_FILE_MAX_INPUT_BYTES, &local_error);
  if (bytes == NULL)
    {
      g_set_error_literal (error, CT_ICS_ERROR, CT_ICS_ERROR_IO, local_error->message);
      return FALSE;
    }
  data = g_bytes_get_data (bytes, &length);
  programme = ct_store_load_programme (store, programme_id, error);
  if (programme == NULL ||
      !ct_ics_import (programme, options, data != NULL ? data : "", length, result, error))
    return FALSE;
  if (ct_store_save_programme (store, programme, error))
    return TRUE;
  if (result != NULL)
    ct_ics_import_result_clear (result);
  return FALSE;
}
