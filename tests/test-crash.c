/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety: crash-child saves and deletes programmes in a loop and is killed with
 * SIGKILL at random moments. After each kill the database must pass SQLite's integrity
 * check, hold no half-written programme, and hold every operation the child reported as
 * done; only the single operation in flight at the kill may or may not have happened. */
#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "crash-programme.h"
#include "ct-store.h"
#include "test-util.h"

#define N_KILLS 220
#define MAX_DELAY_US 30000
/* One kill in this many lands while the child starts (opening, migrating); the others
 * after its first finished operation, so that they land among saves however slow the
 * build or the disk is. */
#define STARTUP_KILL_RATIO 8

typedef struct
{
  gint64 id;     /* 0: no programme in this slot */
  guint generation;
} Slot;

typedef struct
{
  guint n_reports;
  guint n_late_kills;
  guint n_in_flight_committed;
} Stats;

static void
apply_report (Slot       *slots,
              const char *line)
{
  guint slot, generation;
  gint64 id;

  if (sscanf (line, "save %u %" G_GINT64_FORMAT " %u", &slot, &id, &generation) == 3)
    {
      g_assert_cmpuint (slot, <, CRASH_N_SLOTS);
      slots[slot].id = id;
      slots[slot].generation = generation;
    }
  else if (sscanf (line, "delete %u %" G_GINT64_FORMAT, &slot, &id) == 2)
    {
      g_assert_cmpuint (slot, <, CRASH_N_SLOTS);
      g_assert_cmpint (slots[slot].id, ==, id);
      slots[slot].id = 0;
    }
  else if (g_strcmp0 (line, "ready") != 0)
    g_error ("unexpected report “%s”", line);
}

/* Reads the child's reports; a line cut by the kill cannot occur (one write(2) of less
 * than PIPE_BUF bytes each) but is ignored rather than trusted if it does. */
static guint
read_reports (int         fd,
              const char *already_read,
              Slot       *slots)
{
  GString *out = g_string_new (already_read);
  char buffer[4096];
  ssize_t n;
  guint count = 0;
  g_auto(GStrv) lines = NULL;

  while ((n = read (fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (out, buffer, n);
  close (fd);
  lines = g_strsplit (out->str, "\n", -1);
  g_string_free (out, TRUE);
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    {
      apply_report (slots, lines[i]);
      count += g_strcmp0 (lines[i], "ready") != 0;
    }
  return count;
}

/* Reads one line byte by byte, so nothing after it is consumed; appends it to @out. */
static void
read_line (int      fd,
           GString *out)
{
  char c;

  for (;;)
    {
      ssize_t n = read (fd, &c, 1);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        g_error ("crash-child stopped before its first report");
      g_string_append_c (out, c);
      if (c == '\n')
        return;
    }
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Checks the file as the kill left it, with a plain SQLite connection. */
static void
check_sqlite_level (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  /* Killed before it created the file: nothing to check, nothing was reported. */
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return;
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);

  if (query_int (db, "PRAGMA user_version") > 0)
    {
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL),
                       ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
      /* No agenda without its event, no event without its agenda, no empty section,
       * no section without its programme. */
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM agenda_items a LEFT JOIN items i "
                                      "ON i.id = a.item_id WHERE i.id IS NULL OR i.kind != 1"),
                       ==, 0);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM items WHERE kind = 1 AND id NOT IN "
                                      "(SELECT item_id FROM agenda_items)"), ==, 0);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM sections WHERE id NOT IN "
                                      "(SELECT section_id FROM items)"), ==, 0);
      g_assert_cmpint (query_int (db, "SELECT count(*) FROM sections WHERE programme_id NOT IN "
                                      "(SELECT id FROM programmes)"), ==, 0);
    }
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Reads every programme through the store and compares it with what its slot and
 * generation say it must hold. */
static void
read_actual (const char *path,
             Slot       *actual)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GPtrArray) list = NULL;

  g_assert_no_error (error);
  list = ct_store_list_programmes (store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      CtProgrammeSummary *s = g_ptr_array_index (list, i);
      guint slot = s->period_year - CRASH_FIRST_YEAR;
      g_autoptr(CtProgramme) loaded = ct_store_load_programme (store, s->id, &error);
      g_autoptr(CtProgramme) expected = crash_programme_build (slot, s->number);
      g_autofree char *difference = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (slot, <, CRASH_N_SLOTS);
      g_assert_cmpint (actual[slot].id, ==, 0); /* one programme per slot */
      if (!crash_programme_equal (expected, loaded, &difference))
        g_error ("programme %" G_GINT64_FORMAT " (slot %u, generation %u) is half-written: %s",
                 s->id, slot, s->number, difference);
      actual[slot].id = s->id;
      actual[slot].generation = s->number;
    }
}

/* Everything reported must be there; at most one slot may show the operation that was
 * in flight at the kill. Returns whether it did. */
static gboolean
compare_slots (const Slot *reported,
               const Slot *actual)
{
  guint n_differences = 0;

  for (guint k = 0; k < CRASH_N_SLOTS; k++)
    {
      const Slot *r = &reported[k], *a = &actual[k];

      if (r->id == a->id && (r->id == 0 || r->generation == a->generation))
        continue;
      n_differences++;
      if (r->id == 0)
        g_assert_cmpuint (a->generation, ==, 0);                 /* a create */
      else if (a->id != 0)
        {
          g_assert_cmpint (a->id, ==, r->id);                    /* an update */
          g_assert_cmpuint (a->generation, ==, r->generation + 1);
        }
      /* else: a delete */
    }
  g_assert_cmpuint (n_differences, <=, 1);
  return n_differences == 1;
}

static void
run_and_kill (const char *path,
              Slot       *slots,
              Stats      *stats)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *seed = g_strdup_printf ("%u", g_test_rand_int ());
  const char *argv[] = { g_getenv ("CT_CRASH_CHILD"), path, seed, NULL };
  Slot actual[CRASH_N_SLOTS] = { { 0, }, };
  g_autoptr(GString) head = g_string_new (NULL);
  GPid pid;
  int out_fd, status;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                           G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, NULL,
                                           &out_fd, NULL, &error));
  g_assert_no_error (error);
  if (g_test_rand_int_range (0, STARTUP_KILL_RATIO) == 0)
    g_usleep (g_test_rand_int_range (0, MAX_DELAY_US / 4));
  else
    {
      read_line (out_fd, head);
      g_assert_cmpstr (head->str, ==, "ready\n");
      read_line (out_fd, head);
      stats->n_late_kills++;
      g_usleep (g_test_rand_int_range (0, MAX_DELAY_US));
    }
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  if (!WIFSIGNALED (status))
    g_error ("crash-child exited by itself with status %d", WEXITSTATUS (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  stats->n_reports += read_reports (out_fd, head->str, slots);
  check_sqlite_level (path);
  read_actual (path, actual);
  if (compare_slots (slots, actual))
    stats->n_in_flight_committed++;
  memcpy (slots, actual, sizeof actual);
}

static void
test_kill_during_saves (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-crash-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "crash.db", NULL);
  Slot slots[CRASH_N_SLOTS] = { { 0, }, };
  Stats stats = { 0, };

  for (guint i = 0; i < N_KILLS; i++)
    run_and_kill (path, slots, &stats);

  g_test_message ("%u kills (%u after the first save), %u operations reported done, "
                  "%u kills after an unreported commit", N_KILLS, stats.n_late_kills,
                  stats.n_reports, stats.n_in_flight_committed);
  /* Most kills must land among saves, not during start-up. */
  g_assert_cmpuint (stats.n_late_kills, >, N_KILLS / 2);
  g_assert_cmpuint (stats.n_reports, >=, stats.n_late_kills);
  ct_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/crash/kill-during-saves", test_kill_during_saves);
  return g_test_run ();
}
