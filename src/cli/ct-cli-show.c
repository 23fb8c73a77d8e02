/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include "ct-cli.h"
#include "ct-render-text.h"

/**
 * ct_cli_programme_text:
 * @programme: a programme
 *
 * The programme as plain text in the document's wording, control characters made
 * visible, ending with a line end: what "show" prints and "export ID FILE.txt" writes.
 *
 * Returns: (transfer full): the text
 */
char *
ct_cli_programme_text (const CtProgramme *programme)
{
  g_autofree char *rendered = ct_programme_render_text (programme);
  g_autofree char *text = ct_cli_escape (rendered, TRUE);

  /* A text file ends with a line end, so that a shell prompt starts on its own line. */
  if (g_str_has_suffix (text, "\n"))
    return g_steal_pointer (&text);
  return g_strconcat (text, "\n", NULL);
}

/**
 * ct_cli_run_show:
 * @store: an open store
 * @arguments: the programme id
 *
 * "show ID": prints the programme as plain text in the document's wording.
 *
 * Returns: an exit code
 */
int
ct_cli_run_show (CtStore  *store,
                 char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  g_autofree char *text = NULL;
  gint64 id;

  if (!ct_cli_parse_id (arguments[0], &id))
    return CT_CLI_EXIT_FAILURE;
  programme = ct_store_load_programme (store, id, &error);
  if (programme == NULL)
    return ct_cli_fail (error);
  text = ct_cli_programme_text (programme);
  g_print ("%s", text);
  return CT_CLI_EXIT_OK;
}
