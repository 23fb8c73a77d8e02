/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-cli.h"
#include "ct-renderer.h"

static char *font_family;
static gboolean two_sided;

const GOptionEntry ct_cli_export_pdf_options[] = {
  { "font", 0, 0, G_OPTION_ARG_STRING, &font_family,
    N_("Set the document in the font family FAMILY (default: Liberation Serif)"),
    N_("FAMILY") },
  { "two-sided", 0, 0, G_OPTION_ARG_NONE, &two_sided,
    N_("Mirror the margins of back pages, for printing on both sides"), NULL },
  { NULL },
};

/**
 * ct_cli_run_export_pdf:
 * @store: an open store
 * @arguments: the programme id and the PDF file to write
 *
 * "export-pdf [--two-sided] ID OUT.pdf": writes the programme in the official A4 layout,
 * the same pages as the app prints; --two-sided mirrors the margins of back pages. A font without Vietnamese letters is reported on stderr and the file
 * is still written.
 *
 * Returns: an exit code
 */
int
ct_cli_run_export_pdf (CtStore  *store,
                       char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  g_autoptr(CtRenderer) renderer = NULL;
  gint64 id;

  if (!ct_cli_parse_id (arguments[0], &id))
    return CT_CLI_EXIT_FAILURE;
  programme = ct_store_load_programme (store, id, &error);
  if (programme == NULL)
    return ct_cli_fail (error);

  renderer = ct_renderer_new (programme, font_family);
  ct_renderer_set_two_sided (renderer, two_sided);
  if (!ct_renderer_check_font (ct_renderer_get_font_family (renderer), &error))
    {
      /* Translators: %s explains why the font does not suit, e.g. it lacks letters. */
      g_printerr (_("congtac-cli: warning: %s\n"), error->message);
      g_clear_error (&error);
    }
  if (!ct_renderer_export_pdf (renderer, arguments[1], &error))
    return ct_cli_fail (error);
  return CT_CLI_EXIT_OK;
}
