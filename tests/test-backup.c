/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "ct-sample.h"
#include "ct-store-backup.h"
#include "ct-store-recover.h"
#include "damage.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("congtac-backup-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "congtac.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static CtStore *
open_with_sample (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (ct_sample_add_on_first_run (store, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

static GDateTime *
day (int d, int m, int y)
{
  return g_date_time_new_local (y, m, d, 9, 30, 0);
}

static char *
file_contents (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* Lists the folder's names, sorted, as one string "a b c". */
static char *
folder_listing (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (char *) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_daily_copy (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = open_with_sample (f->path);
  g_autoptr(GDateTime) now = day (30, 11, 2026);
  g_autofree char *backup = NULL, *again = NULL, *folder = NULL, *expected = NULL;
  g_autoptr(CtStore) copy = NULL;
  g_autoptr(GPtrArray) list = NULL;
  struct stat st;

  backup = ct_store_backup_daily (store, now, &error);
  g_assert_no_error (error);
  folder = g_build_filename (f->dir, "backups", NULL);
  expected = g_build_filename (folder, "congtac-2026-11-30.db", NULL);
  g_assert_cmpstr (backup, ==, expected);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* The copy is a whole database with the same programme. */
  copy = ct_store_open (backup, &error);
  g_assert_no_error (error);
  list = ct_store_list_programmes (copy, NULL, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((CtProgrammeSummary *) g_ptr_array_index (list, 0))->subtitle, ==,
                   "công tác tháng 12 năm 2026");
  g_clear_object (&copy);

  /* Once a day: a second call the same day keeps the first copy. */
  g_assert_true (g_file_set_contents (backup, "marker", -1, NULL));
  again = ct_store_backup_daily (store, now, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, expected);
  {
    g_autofree char *contents = file_contents (backup);
    g_assert_cmpstr (contents, ==, "marker");
  }
}

static void
test_keeps_last_seven (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = open_with_sample (f->path);
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *other = g_build_filename (folder, "notes.txt", NULL);
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (other, "not a backup", -1, NULL));
  /* Ten days across a month end, with a gap. */
  for (int d = 24; d <= 34; d++)
    {
      g_autoptr(GDateTime) now = NULL;
      g_autofree char *path = NULL;

      if (d == 28)
        continue;
      now = d <= 30 ? day (d, 11, 2026) : day (d - 30, 12, 2026);
      path = ct_store_backup_daily (store, now, &error);
      g_assert_no_error (error);
    }
  listing = folder_listing (folder);
  g_assert_cmpstr (listing, ==,
                   "congtac-2026-11-27.db congtac-2026-11-29.db congtac-2026-11-30.db "
                   "congtac-2026-12-01.db congtac-2026-12-02.db congtac-2026-12-03.db "
                   "congtac-2026-12-04.db notes.txt");
}

/* Makes the backups of 24 to 30 November 2026, then damages the database as a failing
 * disk would: one page of its items, so the list still shows but no programme opens. */
static void
make_week_then_damage (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = open_with_sample (f->path);

  for (int d = 24; d <= 30; d++)
    {
      g_autoptr(GDateTime) now = day (d, 11, 2026);
      g_autofree char *path = ct_store_backup_daily (store, now, &error);

      g_assert_no_error (error);
    }
  g_clear_object (&store);
  ct_test_damage_table (f->path, "items", -1);
}

static const char week_listing[] =
  "congtac-2026-11-24.db congtac-2026-11-25.db congtac-2026-11-26.db "
  "congtac-2026-11-27.db congtac-2026-11-28.db congtac-2026-11-29.db "
  "congtac-2026-11-30.db";

/* A damaged database is never copied, and then no good copy is deleted: a week later the
 * seven good copies are all still there. */
static void
test_damaged_not_copied (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *message = NULL, *listing = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  make_week_then_damage (f);
  store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  message = g_strdup_printf ("The database “%s” is damaged, so no backup copy was made and "
                             "the earlier copies were kept.", f->path);
  for (int d = 1; d <= 7; d++)
    {
      g_autoptr(GDateTime) now = day (d, 12, 2026);
      g_autofree char *path = ct_store_backup_daily (store, now, &error);

      g_assert_null (path);
      g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT);
      g_assert_cmpstr (error->message, ==, message);
      g_clear_error (&error);
    }
  listing = folder_listing (folder);
  g_assert_cmpstr (listing, ==, week_listing);
  backups = ct_store_list_backups (f->path);
  g_assert_cmpuint (backups->len, ==, 7);
  for (guint i = 0; i < backups->len; i++)
    {
      CtBackupInfo *info = g_ptr_array_index (backups, i);

      g_assert_cmpint (info->health, ==, CT_STORE_HEALTH_GOOD);
      g_assert_cmpuint (info->n_programmes, ==, 1);
      g_assert_cmpint (g_date_get_day (&info->date), ==, 30 - i);
    }
}

/* Copies made before damaged copies were refused: when every copy but the oldest is
 * damaged, pruning keeps the oldest, the only good one. */
static void
test_prune_keeps_newest_good (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "backups", NULL);
  g_autofree char *good = g_build_filename (folder, "congtac-2026-11-23.db", NULL);
  g_autofree char *first = g_build_filename (folder, "congtac-2026-11-24.db", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  make_week_then_damage (f);
  /* The damaged file in place of each of the week's copies; the 23rd is good. */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpint (g_rename (first, good), ==, 0);
  for (int d = 24; d <= 31; d++)
    {
      g_autofree char *name = d <= 30 ? g_strdup_printf ("congtac-2026-11-%02d.db", d)
                                      : g_strdup ("congtac-2026-12-01.db");
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_true (g_file_set_contents (path, contents, length, NULL));
    }
  ct_store_backup_prune (f->path);
  listing = folder_listing (folder);
  g_assert_cmpstr (listing, ==,
                   "congtac-2026-11-23.db congtac-2026-11-25.db congtac-2026-11-26.db "
                   "congtac-2026-11-27.db congtac-2026-11-28.db congtac-2026-11-29.db "
                   "congtac-2026-11-30.db congtac-2026-12-01.db");
  g_assert_cmpint (ct_store_check_file (good, NULL), ==, CT_STORE_HEALTH_GOOD);

  /* Once a newer good copy exists, the old one goes as usual. */
  {
    g_autofree char *newer = g_build_filename (folder, "congtac-2026-12-02.db", NULL);
    g_autoptr(GFile) from = g_file_new_for_path (good);
    g_autoptr(GFile) to = g_file_new_for_path (newer);

    g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  }
  ct_store_backup_prune (f->path);
  g_clear_pointer (&listing, g_free);
  listing = folder_listing (folder);
  g_assert_cmpstr (listing, ==,
                   "congtac-2026-11-26.db congtac-2026-11-27.db congtac-2026-11-28.db "
                   "congtac-2026-11-29.db congtac-2026-11-30.db congtac-2026-12-01.db "
                   "congtac-2026-12-02.db");
}

static void
test_check_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *text = g_build_filename (f->dir, "notes.db", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  g_autoptr(CtStore) store = open_with_sample (f->path);
  guint n = 99;

  g_assert_cmpint (ct_store_check_file (f->path, &n), ==, CT_STORE_HEALTH_GOOD);
  g_assert_cmpuint (n, ==, 1);
  g_clear_object (&store);
  ct_test_damage_table (f->path, "items", -1);
  g_assert_cmpint (ct_store_check_file (f->path, &n), ==, CT_STORE_HEALTH_DAMAGED);
  g_assert_cmpuint (n, ==, 0);

  g_assert_true (g_file_set_contents (text, "not a database", -1, NULL));
  g_assert_cmpint (ct_store_check_file (text, NULL), ==, CT_STORE_HEALTH_FOREIGN);
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x)", NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }
  g_assert_cmpint (ct_store_check_file (other, NULL), ==, CT_STORE_HEALTH_FOREIGN);
  g_assert_cmpint (ct_store_check_file (missing, NULL), ==, CT_STORE_HEALTH_MISSING);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  char **path = user_data;
  g_autoptr(GError) error = NULL;

  *path = ct_store_backup_daily_finish (CT_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CtStore) store = open_with_sample (f->path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *path = NULL;
  g_autofree char *date = g_date_time_format (now, "congtac-%Y-%m-%d.db");
  g_autofree char *expected = g_build_filename (f->dir, "backups", date, NULL);

  ct_store_backup_daily_async (store, NULL, backup_done_cb, &path);
  while (path == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_set_aside (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 30, 15, 40, 5);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  g_autofree char *first = NULL, *second = NULL, *expected = NULL, *expected2 = NULL;
  g_autofree char *first_wal = NULL;
  g_autoptr(CtStore) fresh = NULL;

  g_assert_true (g_file_set_contents (f->path, "damaged one", -1, NULL));
  g_assert_true (g_file_set_contents (wal, "its log", -1, NULL));
  g_assert_true (g_file_set_contents (shm, "its index", -1, NULL));
  first = ct_store_set_aside (f->path, now, &error);
  g_assert_no_error (error);
  expected = g_build_filename (f->dir, "congtac-old-20261130-154005.db", NULL);
  g_assert_cmpstr (first, ==, expected);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  first_wal = g_strconcat (first, "-wal", NULL);
  {
    g_autofree char *contents = file_contents (first);
    g_autofree char *log = file_contents (first_wal);
    g_assert_cmpstr (contents, ==, "damaged one");
    g_assert_cmpstr (log, ==, "its log");
  }

  /* The same second again: a new name, the first copy untouched. */
  g_assert_true (g_file_set_contents (f->path, "damaged two", -1, NULL));
  second = ct_store_set_aside (f->path, now, &error);
  g_assert_no_error (error);
  expected2 = g_build_filename (f->dir, "congtac-old-20261130-154005-2.db", NULL);
  g_assert_cmpstr (second, ==, expected2);
  {
    g_autofree char *one = file_contents (first);
    g_autofree char *two = file_contents (second);
    g_assert_cmpstr (one, ==, "damaged one");
    g_assert_cmpstr (two, ==, "damaged two");
  }

  /* A new database can now be created at the usual path. */
  fresh = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ct_store_get_created (fresh));
}

static void
test_set_aside_missing (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = day (30, 11, 2026);
  g_autofree char *aside = ct_store_set_aside (f->path, now, &error);

  g_assert_null (aside);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IO);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

  CT_TEST_ADD ("/backup/daily-copy", test_daily_copy);
  CT_TEST_ADD ("/backup/keeps-last-seven", test_keeps_last_seven);
  CT_TEST_ADD ("/backup/async", test_async);
  CT_TEST_ADD ("/backup/damaged-not-copied", test_damaged_not_copied);
  CT_TEST_ADD ("/backup/prune-keeps-newest-good", test_prune_keeps_newest_good);
  CT_TEST_ADD ("/backup/check-file", test_check_file);
  CT_TEST_ADD ("/backup/set-aside", test_set_aside);
  CT_TEST_ADD ("/backup/set-aside-missing", test_set_aside_missing);
  return g_test_run ();
}
