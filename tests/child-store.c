/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "child-store.h"

#include <locale.h>
#include <stdlib.h>

/* Prints what went wrong and leaves with status 2, which the test reports. */
void
child_fail (const char *name,
            GError     *error)
{
  g_printerr ("%s: %s\n", name, error->message);
  exit (2);
}

/* Takes the user's locale, checks that @argv has @n_args arguments (@usage names them)
 * and opens the database named by the first; leaves with status 2 on any failure. */
CtStore *
child_open_store (const char *name,
                  int         argc,
                  char      **argv,
                  int         n_args,
                  const char *usage)
{
  g_autoptr(GError) error = NULL;
  CtStore *store;

  setlocale (LC_ALL, "");
  if (argc != n_args + 1)
    {
      g_printerr ("usage: %s %s\n", name, usage);
      exit (2);
    }
  store = ct_store_open (argv[1], &error);
  if (store == NULL)
    child_fail (name, error);
  return store;
}
