/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Adds a test run on the calling file's Fixture, between its fixture_set_up() and
 * fixture_tear_down(). */
#define CT_TEST_ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

/* Returns TRUE once what a test waits for has happened. */
typedef gboolean (*CtTestCondition) (gpointer data);

void      ct_test_init           (int               *argc,
                                  char            ***argv);
void      ct_test_keep_quark_table (void);
int       ct_test_run_in_folder  (const char        *tmpl,
                                  char             **folder);
int       ct_test_run_with_database (const char     *tmpl,
                                     const char     *name,
                                     char          **db_path);

GDate     ct_test_dmy            (int                day,
                                  int                month,
                                  int                year);
GDate     ct_test_iso            (const char        *text);
char     *ct_test_read_data      (const char        *name);

char     *ct_test_make_folder    (const char        *tmpl);
void      ct_test_remove_tree    (const char        *path);
char     *ct_test_contents_of    (const char        *path,
                                  gsize             *length);
char     *ct_test_file_hash      (const char        *path);

gboolean  ct_test_have_locale    (const char        *locale);
char    **ct_test_cli_environ    (const char        *language);
int       ct_test_run_cli        (const char        *folder,
                                  char             **envp,
                                  const char *const *args,
                                  char             **out,
                                  char             **err);

gboolean  ct_test_wait_until     (CtTestCondition    condition,
                                  gpointer           data,
                                  guint              seconds);
void      ct_test_wait_for_file  (const char        *path);

G_END_DECLS
