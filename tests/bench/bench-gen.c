/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes the benchmark archive through the store API: 10 years × 20 issuing bodies ×
 * 12 months = 2 400 programmes. Usage: bench-gen DB [YEARS] (an existing file is
 * replaced; fewer years give a smaller archive to check how costs grow). */
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>

#include "bench-data.h"
#include "ct-store.h"

static gint64
count_rows (const char *path,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20231001);
  const char *suffixes[] = { "", "-wal", "-shm" };
  gint64 start = g_get_monotonic_time ();
  int n_years;

  setlocale (LC_ALL, "");
  if (argc < 2 || argc > 3)
    {
      g_printerr ("usage: bench-gen DB [YEARS]\n");
      return 2;
    }
  n_years = argc == 3 ? CLAMP (atoi (argv[2]), 1, BENCH_N_YEARS) : BENCH_N_YEARS;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (argv[1], suffixes[i], NULL);
      g_unlink (path);
    }
  store = ct_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  for (int year = BENCH_FIRST_YEAR; year < BENCH_FIRST_YEAR + n_years; year++)
    for (guint body = 0; body < BENCH_N_BODIES; body++)
      for (int month = 1; month <= 12; month++)
        {
          g_autoptr(CtProgramme) p = bench_programme_new (rand, body, year, month);

          if (!ct_store_save_programme (store, p, &error))
            g_error ("%s", error->message);
        }
  g_clear_object (&store);
  g_print ("%" G_GINT64_FORMAT " programmes, %" G_GINT64_FORMAT " items, %" G_GINT64_FORMAT
           " agenda items written in %.1f s\n", count_rows (argv[1], "programmes"),
           count_rows (argv[1], "items"), count_rows (argv[1], "agenda_items"),
           (g_get_monotonic_time () - start) / 1e6);
  return 0;
}
