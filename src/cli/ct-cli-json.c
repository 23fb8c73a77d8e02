/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-cli.h"
#include "ct-export.h"
#include "ct-file.h"
#include "ct-json.h"

/**
 * ct_cli_run_export_json:
 * @store: an open store
 * @arguments: the programme's id and the file to write
 *
 * "export ID FILE.json": writes the programme in the form of docs/programme-json.md.
 *
 * Returns: an exit code
 */
int
ct_cli_run_export_json (CtStore  *store,
                        char    **arguments)
{
  return ct_cli_export_written (store, arguments, ct_programme_to_json);
}

/* "export ID FILE": the programme ID, once FILE is known not to be the database; %NULL
 * with *@status the exit status when not. */
static CtProgramme *
load_for_export (CtStore  *store,
                 char    **arguments,
                 int      *status)
{
  g_autoptr(GError) error = NULL;
  CtProgramme *programme;
  gint64 id;

  *status = CT_CLI_EXIT_FAILURE;
  if (!ct_cli_parse_id (arguments[0], &id) ||
      !ct_cli_check_export_target (store, arguments[1]))
    return NULL;
  programme = ct_store_load_programme (store, id, &error);
  if (programme == NULL)
    *status = ct_cli_fail (error);
  return programme;
}

/**
 * ct_cli_export_written:
 * @store: an open store
 * @arguments: the programme id and the file to write
 * @write: what the file holds, as text
 *
 * "export ID FILE" for a text form of the programme: loads it, writes what @write gives
 * to FILE (replaced whole or not at all).
 *
 * Returns: the exit status
 */
int
ct_cli_export_written (CtStore        *store,
                       char          **arguments,
                       CtCliWriteFunc  write)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  g_autofree char *text = NULL;
  int status;

  if ((programme = load_for_export (store, arguments, &status)) == NULL)
    return status;
  text = write (programme);
  if (!ct_file_replace_contents (arguments[1], text, strlen (text), &error))
    return ct_cli_fail (error);
  return CT_CLI_EXIT_OK;
}

/**
 * ct_cli_run_export_document:
 * @store: an open store
 * @arguments: the programme id and the file to write
 *
 * "export ID FILE.docx|.odt|.html": the official document in a form a word processor or
 * a web page edits (ct_export_write()), replaced whole or not at all.
 *
 * Returns: the exit status
 */
int
ct_cli_run_export_document (CtStore  *store,
                            char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  CtExportFormat format = CT_EXPORT_FORMAT_DOCX;
  int status;

  if ((programme = load_for_export (store, arguments, &status)) == NULL)
    return status;
  ct_export_format_for_path (arguments[1], &format);
  if (!ct_export_write (programme, format, arguments[1], FALSE, &error))
    return ct_cli_fail (error);
  return CT_CLI_EXIT_OK;
}

/* Whether an item of @programme has a UUID some stored programme already uses: the store
 * keeps item UUIDs unique, since calendar files identify events by them. */
static gboolean
uuids_taken (CtStore      *store,
             CtProgramme  *programme,
             gboolean     *taken,
             GError      **error)
{
  g_autoptr(GPtrArray) summaries = ct_store_list_programmes (store, NULL, error);

  *taken = FALSE;
  if (summaries == NULL)
    return FALSE;
  for (guint i = 0; i < summaries->len && !*taken; i++)
    {
      CtProgrammeSummary *summary = g_ptr_array_index (summaries, i);
      g_autoptr(CtProgramme) stored = ct_store_load_programme (store, summary->id, error);

      if (stored == NULL)
        return FALSE;
      for (guint s = 0; s < stored->sections->len && !*taken; s++)
        {
          CtSection *section = g_ptr_array_index (stored->sections, s);

          for (guint j = 0; j < section->items->len && !*taken; j++)
            {
              CtItem *item = g_ptr_array_index (section->items, j);

              *taken = ct_programme_find_item (programme, item->uuid, NULL) != NULL;
            }
        }
    }
  return TRUE;
}

/**
 * ct_cli_run_import_json:
 * @store: an open store
 * @arguments: the programme file's name
 *
 * "import FILE.json": saves the programme of the file as a new one and prints its
 * id. When an item UUID of the file is already in the database (the file was exported
 * from it), the items get new UUIDs, with a warning. Nothing is saved when the file is
 * refused.
 *
 * Returns: an exit code
 */
int
ct_cli_run_import_json (CtStore  *store,
                        char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ct_file_read (arguments[0], CT_FILE_MAX_INPUT_BYTES, &error);
  g_autoptr(CtProgramme) programme = NULL;
  gboolean taken;
  gsize length;
  const char *data;

  if (bytes == NULL)
    return ct_cli_fail (error);
  data = g_bytes_get_data (bytes, &length);
  programme = ct_programme_from_json (data != NULL ? data : "", length, &error);
  if (programme == NULL || !uuids_taken (store, programme, &taken, &error))
    return ct_cli_fail (error);
  if (taken)
    {
      ct_programme_detach (programme);
      ct_cli_warn (_("Some items of this file are already in the database; the imported "
                     "copy has new item identifiers, so calendars treat its events as "
                     "new ones."));
    }
  if (!ct_store_save_programme (store, programme, &error))
    return ct_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", programme->id);
  return CT_CLI_EXIT_OK;
}
