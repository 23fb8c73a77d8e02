/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helper of test-two-writers: one of two programs editing the same programme through
 * the store API, as a second window or congtac-cli would. Each round loads the
 * programme (unless the last save left it current), adds a task holding a token such as
 * "A17", and saves. It prints "ack TOKEN" when the save succeeded and "conflict TOKEN"
 * when the store refused it; then it reloads.
 *
 * Usage: writer-child DB ID NAME ROUNDS SEED */
#include <locale.h>
#include <stdio.h>

#include "child-store.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = child_open_store ("writer-child", argc, argv, 5,
                                               "DB ID NAME ROUNDS SEED");
  g_autoptr(CtProgramme) programme = NULL;
  g_autoptr(GRand) rand = NULL;
  gint64 id;
  guint rounds;

  ct_store_set_busy_timeout (store, 30000);
  id = g_ascii_strtoll (argv[2], NULL, 10);
  rounds = (guint) g_ascii_strtoull (argv[4], NULL, 10);
  rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[5], NULL, 10));

  for (guint i = 0; i < rounds; i++)
    {
      g_autofree char *token = g_strdup_printf ("%s%u", argv[3], i);
      CtSection *section;

      if (programme == NULL && (programme = ct_store_load_programme (store, id, &error)) == NULL)
        child_fail ("writer-child", error);
      section = g_ptr_array_index (programme->sections, 0);
      ct_section_add_item (section, ct_item_new_task (token));
      /* Some time between reading and writing, as a person typing has. */
      g_usleep (g_rand_int_range (rand, 0, 2000));
      if (ct_store_save_programme (store, programme, &error))
        printf ("ack %s\n", token);
      else if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CONFLICT))
        {
          printf ("conflict %s\n", token);
          g_clear_error (&error);
          g_clear_pointer (&programme, ct_programme_unref);
        }
      else
        child_fail ("writer-child", error);
      fflush (stdout);
    }
  return 0;
}
