/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-cli.h"
#include "ct-import.h"

static char *period_text = NULL;

const GOptionEntry ct_cli_import_text_options[] = {
  { "period", 0, 0, G_OPTION_ARG_STRING, &period_text,
    N_("The programme's period, for a text that names none: a month 2025-03, a week "
       "2025-W10, a quarter 2025-Q1 or a year 2025"), N_("PERIOD") },
  { NULL },
};

/* What the app's review lists, on stderr: each warning and each line not read, with its
 * line number, so that nothing left out goes unsaid. */
static void
print_report (const char     *path,
              CtImportReport *report)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *name = ct_cli_escape (display, FALSE);
  GPtrArray *warnings = report->warnings;
  GPtrArray *unread = report->unrecognised;

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      CtImportWarning *w = g_ptr_array_index (warnings, i);
      g_autofree char *message = ct_cli_escape (w->message, FALSE);

      if (w->line > 0)
        /* Translators: a warning about an imported file: file name, line number, message. */
        g_printerr (_("%1$s:%2$u: warning: %3$s\n"), name, w->line, message);
      else
        /* Translators: a warning about an imported file as a whole: file name, message. */
        g_printerr (_("%1$s: warning: %2$s\n"), name, message);
    }
  for (guint i = 0; unread != NULL && i < unread->len; i++)
    {
      CtImportWarning *w = g_ptr_array_index (unread, i);
      g_autofree char *message = ct_cli_escape (w->message, FALSE);

      /* Translators: a line of an imported file that fits nothing and was not saved:
       * file name, line number, the line. */
      g_printerr (_("%1$s:%2$u: not understood, not saved: %3$s\n"), name, w->line,
                  message);
    }
}

/**
 * ct_cli_run_import_text:
 * @store: an open store
 * @arguments: the text file's name
 *
 * "import-text FILE": imports a programme from text or an office file (.docx, .odt,
 * .pdf, .doc: ct_import_file()), prints the warnings on stderr
 * ("FILE:LINE: warning: …") and the new programme's id on stdout. Nothing is saved when
 * the text is refused.
 *
 * Returns: an exit code
 */
int
ct_cli_run_import_text (CtStore  *store,
                        char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtImportReport) report = NULL;
  CtImportPeriod period;

  if (period_text != NULL && !ct_import_period_parse (period_text, &period))
    {
      g_autofree char *shown = ct_cli_escape (period_text, FALSE);

      /* Translators: %s is what the user gave after --period; keep the examples. */
      g_printerr (_("congtac-cli: --period %s: give a month (2025-03), a week (2025-W10), a "
                    "quarter (2025-Q1) or a year (2025). Nothing was imported.\n"), shown);
      return CT_CLI_EXIT_FAILURE;
    }
  report = ct_import_file_for_period (arguments[0], period_text != NULL ? &period : NULL,
                                      &error);
  if (report == NULL)
    return ct_cli_fail (error);
  print_report (arguments[0], report);
  if (!ct_store_save_programme (store, report->programme, &error))
    return ct_cli_fail (error);
  g_print ("%" G_GINT64_FORMAT "\n", report->programme->id);
  return CT_CLI_EXIT_OK;
}
