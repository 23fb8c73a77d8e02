/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-cli.h"
#include "ct-ics-export.h"
#include "ct-ics-import-file.h"
#include "ct-settings.h"

static int section_number = 0;
static char *unit_name = NULL;

const GOptionEntry ct_cli_export_ics_options[] = {
  { "section", 0, 0, G_OPTION_ARG_INT, &section_number,
    N_("Export only section N (1 for I, 2 for II, …)"), N_("N") },
  { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_name,
    N_("Export only the events with an agenda item prepared by the unit NAME"), N_("NAME") },
  { NULL },
};

const GOptionEntry ct_cli_import_ics_options[] = {
  { "section", 0, 0, G_OPTION_ARG_INT, &section_number,
    N_("Put new events in section N (1 for I, …); by default in the section named by "
       "their category, created when missing"), N_("N") },
  { NULL },
};

static gboolean
check_section (void)
{
  if (section_number >= 0)
    return TRUE;
  /* Translators: %d is the number the user gave after --section. */
  g_printerr (_("congtac-cli: --section %d: sections are numbered from 1.\n"), section_number);
  return FALSE;
}

int
ct_cli_run_export_ics (CtStore  *store,
                       char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GPtrArray) left_out = NULL;
  CtIcsExportOptions options;
  gint64 id;

  if (!ct_cli_parse_id (arguments[0], &id) || !check_section () ||
      !ct_cli_check_export_target (store, arguments[1]))
    return CT_CLI_EXIT_FAILURE;
  programme = ct_store_load_programme (store, id, &error);
  if (programme == NULL)
    return ct_cli_fail (error);
  settings = ct_settings_new ();
  ct_ics_export_options_init (&options);
  ct_day_part_times_init_from_settings (&options.times, settings);
  options.section = section_number - 1;
  options.unit = unit_name;
  if (!ct_ics_export_to_file (programme, &options, arguments[1], &error))
    return ct_cli_fail (error);
  left_out = ct_ics_export_list_left_out (programme, &options);
  for (guint i = 0; i < left_out->len; i++)
    g_printerr (_("congtac-cli: warning: %s\n"), (const char *) g_ptr_array_index (left_out, i));
  return CT_CLI_EXIT_OK;
}

int
ct_cli_run_import_ics (CtStore  *store,
                       char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  CtIcsImportOptions options;
  g_auto(CtIcsImportResult) result = { 0 };
  gint64 id;

  if (!ct_cli_parse_id (arguments[0], &id) || !check_section ())
    return CT_CLI_EXIT_FAILURE;
  settings = ct_settings_new ();
  ct_ics_import_options_init (&options);
  ct_day_part_times_init_from_settings (&options.times, settings);
  options.section = section_number - 1;
  if (!ct_ics_import_file (store, id, &options, arguments[1], &result, &error))
    return ct_cli_fail (error);
  g_print (g_dngettext (GETTEXT_PACKAGE,
                       /* Translators: the result of an import; %1$u new events, %2$u
                        * updated ones, %3$u events the file did not change, %4$u cancelled
                        * events left out. */
                       "Imported %1$u new event, updated %2$u, %3$u unchanged, left out %4$u "
                       "cancelled.\n",
                       "Imported %1$u new events, updated %2$u, %3$u unchanged, left out "
                       "%4$u cancelled.\n", result.added),
           result.added, result.updated, result.unchanged, result.skipped);
  if (result.outside_period > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             /* Translators: %u is a number of imported events. */
                             "congtac-cli: warning: %u event is outside the programme’s "
                             "period.\n",
                             "congtac-cli: warning: %u events are outside the programme’s "
                             "period.\n", result.outside_period),
                result.outside_period);
  for (guint i = 0; result.warnings != NULL && i < result.warnings->len; i++)
    /* Translators: %s is one warning of an import, a whole sentence. */
    g_printerr (_("congtac-cli: warning: %s\n"),
                (const char *) g_ptr_array_index (result.warnings, i));
  return CT_CLI_EXIT_OK;
}
