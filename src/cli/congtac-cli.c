/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "congtac-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ct-cli.h"
#include "ct-file.h"
#include "ct-sample.h"
#include "ct-store-backup.h"

static int run_list   (CtStore *store, char **arguments);
static int run_delete (CtStore *store, char **arguments);

static const CtCliCommand commands[] = {
  { "list", "", N_("List the programmes, newest first"), 0, 0, NULL, run_list },
  { "delete", "ID", N_("Delete a programme"), 1, 1, NULL, run_delete },
  { "show", "ID", N_("Print a programme as text, in the document's wording"), 1, 1, NULL,
    ct_cli_run_show },
  { "export-pdf", "ID OUT.pdf", N_("Write a programme as an A4 PDF in the official layout"), 2,
    2, ct_cli_export_pdf_options, ct_cli_run_export_pdf },
  { "export-ics", "ID OUT.ics", N_("Write the programme's events to a calendar file (.ics)"),
    2, 2, ct_cli_export_ics_options, ct_cli_run_export_ics },
  { "import-ics", "ID FILE.ics", N_("Add or update events from a calendar file (.ics)"), 2, 2,
    ct_cli_import_ics_options, ct_cli_run_import_ics },
  { "import-text", "FILE", N_("Import a programme from a text or office file and print its id"), 1, 1,
    ct_cli_import_text_options, ct_cli_run_import_text },
  { "export", "ID FILE", N_("Write a programme in the format of FILE's extension: .json "
                             "(the whole programme), .pdf, .docx, .odt, .html (the document "
                             "to edit), .ics or .txt (as show prints it)"),
    2, 2, NULL, ct_cli_run_export },
  { "import", "[ID] FILE", N_("Import a programme file (.json), text or an office file (.docx, "
                              ".odt, .pdf, .doc) and print its id; with ID, add a calendar "
                              "file's events (.ics) to it"), 1, 2,
    ct_cli_import_text_options, ct_cli_run_import },
  { "export-week", "YYYY-Www FILE", N_("Write the weekly schedule of an ISO week (2023-W39) "
                                        "from the programmes that cover it: .pdf or .html (the "
                                        "table), .txt (the digest per leader) or .ics"),
    2, 2, NULL, ct_cli_run_export_week },
  { "publish", "ID URL", N_("Publish the programme's events to a calendar server (CalDAV): "
                             "only what changed is sent, and what someone changed there is "
                             "kept"),
    2, 2, ct_cli_publish_options, ct_cli_run_publish },
  { "check", "", N_("Check the database for damage and list its backups"), 0, 0, NULL, NULL,
    ct_cli_run_check },
  { "restore", "BACKUP", N_("Put a good backup in place of the database, keeping it aside"),
    1, 1, NULL, NULL, ct_cli_run_restore },
};

static const char *status_names[] = {
  N_("draft"), N_("submitted"), N_("issued"), N_("amended"),
};

/**
 * ct_cli_escape:
 * @text: a file name or text from the user or a file (UTF-8, possibly invalid)
 * @keep_lines: whether line ends and tabs stay as they are (a programme's text)
 *
 * Control characters made visible ("\x1b", "\n"): a file name must not move the cursor,
 * set the terminal's title or break a one-line message; bytes that are not UTF-8 too.
 *
 * Returns: (transfer full): the text, safe to print to a terminal
 */
char *
ct_cli_escape (const char *text,
               gboolean    keep_lines)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) *p++);
          continue;
        }
      if (keep_lines && (c == '\n' || c == '\t'))
        g_string_append_unichar (out, c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else if (c >= 0x80 && c < 0xa0)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

int
ct_cli_fail (const GError *error)
{
  g_autofree char *message = ct_cli_escape (error->message, FALSE);

  /* Translators: the program's name before an error message. */
  g_printerr (_("congtac-cli: %s\n"), message);
  return CT_CLI_EXIT_FAILURE;
}

void
ct_cli_warn (const char *message)
{
  g_autofree char *escaped = ct_cli_escape (message, FALSE);

  /* Translators: %s explains what is not right, e.g. the font lacks letters. */
  g_printerr (_("congtac-cli: warning: %s\n"), escaped);
}

/* Refuses, with the message on stderr, an export over the database, its backups, a
 * folder or a device, or into a folder that does not exist (the writer's own error would
 * name its temporary file). */
gboolean
ct_cli_check_export_target (CtStore    *store,
                            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (path);

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *name = g_filename_display_name (folder);
      /* Translators: %s is a folder path. */
      g_autofree char *what = g_strdup_printf (_("The folder “%s” does not exist."), name);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "%s %s", what,
                   _("Choose another file name; nothing was written."));
    }
  else if (ct_store_check_export_target (store, path, &error))
    return TRUE;
  ct_cli_fail (error);
  return FALSE;
}

gboolean
ct_cli_parse_id (const char *text,
                 gint64     *id)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_autofree char *escaped = ct_cli_escape (text, FALSE);

      /* Translators: %s is what the user typed where a programme id was expected. */
      g_printerr (_("congtac-cli: “%s” is not a programme id (a whole number, see “list”).\n"),
                  escaped);
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

static int
run_list (CtStore  *store,
          char    **arguments)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ct_store_list_programmes (store, NULL, &error);

  if (list == NULL)
    return ct_cli_fail (error);
  for (guint i = 0; i < list->len; i++)
    {
      CtProgrammeSummary *s = g_ptr_array_index (list, i);
      g_autofree char *number = s->number ? g_strdup_printf ("%02u", s->number) : g_strdup ("—");
      g_autofree char *body = ct_cli_escape (s->issuing_body ? s->issuing_body : "", FALSE);
      g_autofree char *subtitle = ct_cli_escape (s->subtitle, FALSE);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", s->id, number, body, subtitle,
               _(status_names[CLAMP (s->status, 0, G_N_ELEMENTS (status_names) - 1)]));
    }
  return CT_CLI_EXIT_OK;
}

static int
run_delete (CtStore  *store,
            char    **arguments)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!ct_cli_parse_id (arguments[0], &id))
    return CT_CLI_EXIT_FAILURE;
  if (!ct_store_delete_programme (store, id, &error))
    return ct_cli_fail (error);
  return CT_CLI_EXIT_OK;
}

static char *
command_list_text (void)
{
  GString *out = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (out, "\n  %-12s %-14s %s", commands[i].name, commands[i].arguments,
                            _(commands[i].summary));
  return g_string_free (out, FALSE);
}

static const CtCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

/* Index of the first argument that is not an option nor the value of --db, or 0. */
static int
find_command_word (int    argc,
                   char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (argv[i][0] == '-')
        {
          if (g_strcmp0 (argv[i], "--db") == 0)
            i++;
          continue;
        }
      return find_command (argv[i]) != NULL ? i : 0;
    }
  return 0;
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
  g_autofree char *escaped = ct_cli_escape (message, FALSE);

  g_printerr ("congtac-cli: %s\n\n%s", escaped, help);
  return CT_CLI_EXIT_USAGE;
}

/* Opens the store; a database created now gets the sample programme, just as in the app,
 * so both show the same thing. */
static CtStore *
open_store (const char  *db_path,
            GError     **error)
{
  g_autofree char *default_path = ct_store_get_default_path ();
  g_autoptr(CtStore) store = NULL;

  /* A mistyped --db folder must not become a new database with the sample in it. */
  if (db_path != NULL)
    {
      g_autofree char *folder = g_path_get_dirname (db_path);

      if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       /* Translators: %s is a folder path. */
                       _("The folder “%s” does not exist."), folder);
          return NULL;
        }
      /* SQLite would only say that it cannot open the file. */
      if (g_file_test (db_path, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                       /* Translators: %s is the path given after --db; keep “--db”. */
                       _("“%s” is a folder, not a database. Give --db the path of a database "
                         "file."), db_path);
          return NULL;
        }
    }
  store = ct_store_open (db_path ? db_path : default_path, error);
  if (store == NULL || !ct_sample_add_on_first_run (store, error))
    return NULL;
  return g_steal_pointer (&store);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *commands_text = NULL;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  const CtCliCommand *command;
  int n_arguments;
  int command_index;
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
      N_("Use the database file PATH instead of the default one"), N_("PATH") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL,
      N_("COMMAND [ARGUMENTS…]") },
    { NULL },
  };

  setlocale (LC_ALL, "");
  /* CONGTAC_LOCALEDIR: the translations of an uninstalled build (build-aux/run sets it). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("CONGTAC_LOCALEDIR") != NULL
                                   ? g_getenv ("CONGTAC_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Work programmes (Chương trình công tác) from the "
                                           "command line."));
  commands_text = command_list_text ();
  g_option_context_set_description (context, commands_text);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_strict_posix (context, FALSE);

  /* Look for the command word first, wherever it stands among the global options, so that
   * "congtac-cli show --help" shows its own help and "--db F export-ics … --section 2"
   * knows the command's options. */
  command_index = find_command_word (argc, argv);
  command = command_index > 0 ? find_command (argv[command_index]) : NULL;
  if (command != NULL)
    {
      g_autofree char *parameter = g_strdup_printf ("%s %s", command->name, command->arguments);

      g_option_context_free (g_steal_pointer (&context));
      context = g_option_context_new (parameter);
      g_option_context_set_summary (context, _(command->summary));
      g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
      if (command->options != NULL)
        g_option_context_add_main_entries (context, command->options, GETTEXT_PACKAGE);
      g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
      /* Drop the command word: shift what precedes it, program name included. */
      for (int i = command_index; i > 0; i--)
        argv[i] = argv[i - 1];
      argv++;
      argc--;
    }

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (context, error->message);

  if (command == NULL)
    {
      if (rest == NULL || rest[0] == NULL)
        return usage_error (context, _("No command given."));
      command = find_command (rest[0]);
      if (command == NULL)
        {
          /* Translators: %s is the unknown command word. */
          g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), rest[0]);
          return usage_error (context, message);
        }
      /* Options after the command word were already parsed above. */
      g_free (rest[0]);
      memmove (rest, rest + 1, g_strv_length (rest) * sizeof (char *));
    }

  n_arguments = rest ? (int) g_strv_length (rest) : 0;
  if (n_arguments < command->n_arguments_min || n_arguments > command->n_arguments_max)
    return usage_error (context, _("Wrong number of arguments."));

  /* A damaged database cannot be opened: these commands work on the file. */
  if (command->run_file != NULL)
    {
      g_autofree char *default_path = ct_store_get_default_path ();

      return command->run_file (db_path ? db_path : default_path,
                                rest ? rest : (char *[]) { NULL });
    }
  store = open_store (db_path, &error);
  if (store == NULL)
    return ct_cli_fail (error);
  return command->run (store, rest ? rest : (char *[]) { NULL });
}
