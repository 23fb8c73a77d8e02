/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-store.h"

G_BEGIN_DECLS

/* Exit codes of congtac-cli. */
enum {
  CT_CLI_EXIT_OK = 0,
  CT_CLI_EXIT_FAILURE = 1, /* a user-facing error, one line on stderr */
  CT_CLI_EXIT_USAGE = 2,   /* bad command line */
};

/**
 * CtCliCommand:
 * @name: the command word
 * @arguments: its arguments for the usage line, e.g. "ID"
 * @summary: one line for the command list (translatable, N_())
 * @n_arguments_min: fewest positional arguments
 * @n_arguments_max: most positional arguments
 * @options: (nullable): extra options, terminated by a zeroed entry
 * @run: runs the command on an open store; returns an exit code
 * @run_file: (nullable): instead of @run, runs the command on the database file without
 *   opening it (a damaged database cannot be opened); returns an exit code
 */
typedef struct
{
  const char *name;
  const char *arguments;
  const char *summary;
  int n_arguments_min;
  int n_arguments_max;
  const GOptionEntry *options;
  int (*run) (CtStore *store, char **arguments);
  int (*run_file) (const char *db_path, char **arguments);
} CtCliCommand;

int      ct_cli_fail       (const GError *error);
void     ct_cli_warn       (const char   *message);
char    *ct_cli_escape     (const char   *text,
                            gboolean      keep_lines);
gboolean ct_cli_check_export_target (CtStore    *store,
                                     const char *path);
gboolean ct_cli_parse_id   (const char *text,
                            gint64     *id);

/* A text form of a programme: JSON, the text "show" prints. */
typedef char *(*CtCliWriteFunc) (const CtProgramme *programme);

char    *ct_cli_programme_text (const CtProgramme *programme);
int      ct_cli_export_written (CtStore        *store,
                                char          **arguments,
                                CtCliWriteFunc  write);
int      ct_cli_run_show   (CtStore    *store,
                            char      **arguments);
int      ct_cli_run_import_text (CtStore  *store,
                                 char    **arguments);

extern const GOptionEntry ct_cli_export_pdf_options[];
int      ct_cli_run_export_document (CtStore  *store,
                                     char    **arguments);
int      ct_cli_run_export_pdf (CtStore    *store,
                                char      **arguments);
extern const GOptionEntry ct_cli_export_ics_options[];
extern const GOptionEntry ct_cli_import_ics_options[];
extern const GOptionEntry ct_cli_import_text_options[];
int      ct_cli_run_export_ics (CtStore    *store,
                                char      **arguments);
int      ct_cli_run_import_ics (CtStore    *store,
                                char      **arguments);

int      ct_cli_run_export_json (CtStore    *store,
                                 char      **arguments);
int      ct_cli_run_import_json (CtStore    *store,
                                 char      **arguments);

int      ct_cli_run_export     (CtStore    *store,
                                char      **arguments);
int      ct_cli_run_import     (CtStore    *store,
                                char      **arguments);

int      ct_cli_run_export_week (CtStore   *store,
                                 char     **arguments);

extern const GOptionEntry ct_cli_publish_options[];
int      ct_cli_run_publish    (CtStore    *store,
                                char      **arguments);

int      ct_cli_run_check      (const char  *db_path,
                                char       **arguments);
int      ct_cli_run_restore    (const char  *db_path,
                                char       **arguments);

G_END_DECLS
