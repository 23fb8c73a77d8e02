/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-check.h"
#include "ct-cli.h"
#include "ct-renderer.h"

static char *font_family;
static gboolean two_sided;

const GOptionEntry ct_cli_export_pdf_options[] = {
  { "font", 0, 0, G_OPTION_ARG_STRING, &font_family,
    N_("Set the document in the font family FAMILY (default: Times New Roman, or "
       "Liberation Serif where it is not installed)"),
    N_("FAMILY") },
  { "two-sided", 0, 0, G_OPTION_ARG_NONE, &two_sided,
    N_("Mirror the margins of back pages, for printing on both sides"), NULL },
  { NULL },
};

/* What the printed header, date line and closing block lack, from the pre-signing check:
 * the PDF is still written, but a script should hear that it is not ready to sign. */
static void
warn_unfinished (const CtProgramme *programme)
{
  g_autoptr(GPtrArray) issues = ct_programme_check (programme, NULL);

  for (guint i = 0; i < issues->len; i++)
    {
      const CtCheckIssue *issue = g_ptr_array_index (issues, i);

      switch (issue->kind)
        {
        case CT_CHECK_NO_ISSUING_BODY:
        case CT_CHECK_NO_NUMBER:
        case CT_CHECK_NO_PLACE_NAME:
        case CT_CHECK_NO_ISSUE_DATE:
        case CT_CHECK_NO_RECIPIENTS:
        case CT_CHECK_NO_SIGNER:
        case CT_CHECK_STYLE_MISMATCH:
        case CT_CHECK_SIGNER_CHAIN:
          ct_cli_warn (issue->message);
          break;
        default:
          break;
        }
    }
}

/**
 * ct_cli_run_export_pdf:
 * @store: an open store
 * @arguments: the programme id and the PDF file to write
 *
 * "export-pdf [--two-sided] ID OUT.pdf": writes the programme in the official A4 layout,
 * the same pages as the app prints; --two-sided mirrors the margins of back pages. What
 * the header or the closing block still lacks is reported on stderr as warnings. A font
 * without Vietnamese letters is reported on stderr and the file is still written. The
 * database, its backups, a folder or a device are refused as OUT.pdf.
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

  if (!ct_cli_parse_id (arguments[0], &id) || !ct_cli_check_export_target (store, arguments[1]))
    return CT_CLI_EXIT_FAILURE;
  programme = ct_store_load_programme (store, id, &error);
  if (programme == NULL)
    return ct_cli_fail (error);

  renderer = ct_renderer_new (programme, font_family);
  ct_renderer_set_two_sided (renderer, two_sided);
  if (!ct_renderer_check_font (ct_renderer_get_font_family (renderer), &error))
    {
      ct_cli_warn (error->message);
      g_clear_error (&error);
    }
  warn_unfinished (programme);
  if (!ct_renderer_export_pdf (renderer, arguments[1], &error))
    return ct_cli_fail (error);
  return CT_CLI_EXIT_OK;
}
