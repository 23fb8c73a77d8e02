/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Damage as a failing disk leaves it: one page of a real database overwritten with
 * garbage, the rest of the file intact. */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "damage.h"

static int
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/**
 * ct_test_damage_page:
 * @path: a database file no connection has open (its log checkpointed)
 * @page: the page number, from 1
 *
 * Overwrites the page with a repeating pattern of garbage bytes.
 */
void
ct_test_damage_page (const char *path,
                     guint       page)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  guchar garbage[4096];
  int fd;

  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  for (gsize i = 0; i < sizeof garbage; i++)
    garbage[i] = (guchar) (0xA5 ^ (i * 7));
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, garbage, sizeof garbage, (off_t) (page - 1) * sizeof garbage), ==,
                   sizeof garbage);
  g_assert_cmpint (close (fd), ==, 0);
}

/**
 * ct_test_damage_table:
 * @path: a database file no connection has open
 * @table: a table's name
 * @nth_leaf: which of its leaf pages, from 0 in key order; -1 for its root page
 *
 * Damages one page of @table.
 */
void
ct_test_damage_table (const char *path,
                      const char *table,
                      guint       nth_leaf)
{
  sqlite3 *db = NULL;
  g_autofree char *sql = NULL;
  int page;

  /* Read-write, so that closing checkpoints the log into the file and removes it. */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (query_int (db, "PRAGMA page_size"), ==, 4096);
  if (nth_leaf == (guint) -1)
    sql = g_strdup_printf ("SELECT rootpage FROM sqlite_master WHERE name = '%s'", table);
  else
    sql = g_strdup_printf ("SELECT pageno FROM dbstat WHERE name = '%s' AND pagetype = 'leaf' "
                           "ORDER BY path LIMIT 1 OFFSET %u", table, nth_leaf);
  page = query_int (db, sql);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  ct_test_damage_page (path, (guint) page);
}
