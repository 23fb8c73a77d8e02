/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ct-date-time.h"
#include "ct-file.h"
#include "ct-store-backup.h"
#include "ct-store-private.h"
#include "ct-store-recover.h"

#define BUSY_TIMEOUT_MS 10000

/* "congtac.db" → "congtac": the stem that names backups and set-aside copies. */
static char *
db_stem (const char *db_path)
{
  g_autofree char *base = g_path_get_basename (db_path);

  if (g_str_has_suffix (base, ".db") && strlen (base) > 3)
    base[strlen (base) - 3] = '\0';
  return g_steal_pointer (&base);
}

static gboolean
set_io_error (GError     **error,
              const char  *path,
              int          saved_errno)
{
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IO,
               /* Translators: %1$s is a file path, %2$s the system's reason. */
               _("Cannot write “%1$s”: %2$s."), path, g_strerror (saved_errno));
  return FALSE;
}

/**
 * ct_store_backup_get_folder:
 * @db_path: the database file
 *
 * Returns: (transfer full): the folder of the daily backups, "backups" next to the
 *   database file
 */
char *
ct_store_backup_get_folder (const char *db_path)
{
  g_autofree char *dir = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);
  dir = g_path_get_dirname (db_path);
  return g_build_filename (dir, "backups", NULL);
}

/* Copies the database page by page with SQLite's online backup API from a connection of
 * its own: a consistent snapshot (WAL) that never blocks the store's writers. */
gboolean
ct_store_copy_database (const char  *db_path,
                        const char  *target,
                        GError     **error)
{
  sqlite3 *source = NULL, *dest = NULL;
  sqlite3_backup *backup;
  int rc, fd;

  fd = g_open (target, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return set_io_error (error, target, errno);
  g_close (fd, NULL);

  rc = sqlite3_open_v2 (db_path, &source, SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_open_v2 (target, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      /* The app's connection may be writing or checkpointing: wait rather than fail. */
      sqlite3_busy_timeout (source, BUSY_TIMEOUT_MS);
      sqlite3_busy_timeout (dest, BUSY_TIMEOUT_MS);
      backup = sqlite3_backup_init (dest, "main", source, "main");
      rc = backup ? sqlite3_backup_step (backup, -1) : sqlite3_errcode (dest);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
      if (backup != NULL && sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_OK)
        rc = sqlite3_errcode (dest);
    }
  if (rc != SQLITE_OK)
    g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IO,
                 /* Translators: %1$s is a file path, %2$s SQLite's technical detail. */
                 _("Cannot back up the database to “%1$s”: %2$s."), target,
                 sqlite3_errstr (rc));
  sqlite3_close_v2 (source);
  sqlite3_close_v2 (dest);
  if (rc != SQLITE_OK)
    g_unlink (target);
  return rc == SQLITE_OK;
}

/*
 * ct_store_backup_before_migration:
 * @db_path: the database file, open in the store and not yet migrated
 * @version: its schema version (user_version) before the migration
 *
 * Copies the database as it is to "backups/STEM-format-VERSION.db" next to it, so that the
 * file an older Congtac wrote stays whole whatever the migration does. A copy already
 * there is kept: it is the earliest one of that format. Not among the daily backups: never
 * pruned.
 *
 * Returns: %TRUE when the copy exists
 */
gboolean
ct_store_backup_before_migration (const char  *db_path,
                                  int          version,
                                  GError     **error)
{
  g_autofree char *folder = ct_store_backup_get_folder (db_path);
  g_autofree char *stem = db_stem (db_path);
  g_autofree char *name = g_strdup_printf ("%s-format-%d.db", stem, version);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *partial = g_strconcat (path, ".part", NULL);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (g_mkdir_with_parents (folder, 0700) != 0)
    return set_io_error (error, folder, errno);
  if (!ct_store_copy_database (db_path, partial, error))
    return FALSE;
  if (g_rename (partial, path) != 0)
    {
      set_io_error (error, path, errno);
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/**
 * ct_store_backup_list_names:
 * @db_path: the database file
 *
 * Returns: (transfer full): the file names of @db_path's daily backups in their folder,
 *   oldest first ("congtac-2026-11-30.db" sorts by date); other files are left out
 */
char **
ct_store_backup_list_names (const char *db_path)
{
  g_autofree char *folder = NULL, *stem = NULL, *prefix = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (db_path != NULL, NULL);

  folder = ct_store_backup_get_folder (db_path);
  stem = db_stem (db_path);
  prefix = g_strconcat (stem, "-", NULL);
  dir = g_dir_open (folder, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      GDate date;

      if (g_str_has_prefix (name, prefix) &&
          strlen (name) == strlen (prefix) + strlen ("YYYY-MM-DD.db") &&
          ct_store_backup_date_from_name (name, &date))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/**
 * ct_store_backup_date_from_name:
 * @name: a backup's file name, "STEM-YYYY-MM-DD.db"
 * @date: (out caller-allocates): its date
 *
 * Returns: %TRUE when @name ends with a valid date and ".db"
 */
gboolean
ct_store_backup_date_from_name (const char *name,
                                GDate      *date)
{
  size_t len;
  g_autofree char *iso = NULL;

  g_return_val_if_fail (name != NULL && date != NULL, FALSE);

  g_date_clear (date, 1);
  len = strlen (name);
  if (len < strlen ("YYYY-MM-DD.db") || !g_str_has_suffix (name, ".db"))
    return FALSE;
  iso = g_strndup (name + len - strlen ("YYYY-MM-DD.db"), strlen ("YYYY-MM-DD"));
  return ct_date_parse_iso (iso, date);
}

/* The newest backup that passes its check, as an index in @names, or -1. The walk stops at
 * the first good one: normally today's copy, so one check a day. */
static int
newest_good (const char  *folder,
             char       **names,
             guint        n_names)
{
  for (int i = (int) n_names - 1; i >= 0; i--)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);

      if (ct_store_check_file (path, NULL) == CT_STORE_HEALTH_GOOD)
        return i;
    }
  return -1;
}

/**
 * ct_store_backup_prune:
 * @db_path: the database file
 *
 * Deletes the oldest daily backups of @db_path beyond %CT_STORE_BACKUP_KEEP, except the
 * newest backup that passes its check: after days of damaged copies, the last good one
 * stays. Other files in the folder are left alone.
 */
void
ct_store_backup_prune (const char *db_path)
{
  g_autofree char *folder = NULL;
  g_auto(GStrv) names = NULL;
  guint n_names;
  int keep = -1;

  g_return_if_fail (db_path != NULL);

  folder = ct_store_backup_get_folder (db_path);
  names = ct_store_backup_list_names (db_path);
  n_names = g_strv_length (names);
  if (n_names <= CT_STORE_BACKUP_KEEP)
    return;
  keep = newest_good (folder, names, n_names);
  for (guint i = 0; i + CT_STORE_BACKUP_KEEP < n_names; i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);

      if ((int) i == keep)
        continue;
      if (g_unlink (path) != 0)
        g_warning ("Cannot delete the old backup %s: %s", path, g_strerror (errno));
    }
}

/**
 * ct_store_backup_daily:
 * @self: a store
 * @now: the current local time (its date names the copy)
 * @error: return location for a #CT_STORE_ERROR (%CT_STORE_ERROR_IO, or
 *   %CT_STORE_ERROR_CORRUPT when the database fails its check)
 *
 * Makes today's backup copy of the database, "backups/STEM-YYYY-MM-DD.db" next to it
 * (folder mode 0700, file 0600), unless it exists already, then deletes the oldest copies
 * beyond %CT_STORE_BACKUP_KEEP (see ct_store_backup_prune()). The database is checked
 * first (ct_store_check_file()): a damaged one is never copied and then nothing is
 * deleted, so the good copies of the days before stay. The copy is written to a temporary name and renamed, so a
 * backup file is always whole. Reads through a separate connection: safe to call from a
 * worker thread while the store is in use. Takes about as long as reading the file.
 *
 * Returns: (transfer full) (nullable): the path of today's copy (new or already there),
 *   or %NULL with @error set
 */
char *
ct_store_backup_daily (CtStore    *self,
                       GDateTime  *now,
                       GError    **error)
{
  const char *db_path;
  g_autofree char *folder = NULL, *stem = NULL, *date = NULL;
  g_autofree char *name = NULL, *path = NULL, *partial = NULL;

  g_return_val_if_fail (CT_IS_STORE (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  db_path = ct_store_get_path (self);
  folder = ct_store_backup_get_folder (db_path);
  stem = db_stem (db_path);
  date = g_date_time_format (now, "%Y-%m-%d");
  name = g_strdup_printf ("%s-%s.db", stem, date);
  path = g_build_filename (folder, name, NULL);

  /* Checked at every start, even when today's copy exists: damage that no programme
   * shows yet (an index page) is found while the backups are still good. */
  if (ct_store_check_file (db_path, NULL) != CT_STORE_HEALTH_GOOD)
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT,
                   /* Translators: %s is a file path. */
                   _("The database “%s” is damaged, so no backup copy was made and the "
                     "earlier copies were kept."), db_path);
      return NULL;
    }
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      set_io_error (error, folder, errno);
      return NULL;
    }
  partial = g_strconcat (path, ".part", NULL);
  if (!ct_store_copy_database (db_path, partial, error))
    return NULL;
  if (g_rename (partial, path) != 0)
    {
      set_io_error (error, path, errno);
      g_unlink (partial);
      return NULL;
    }
  ct_store_backup_prune (db_path);
  return g_steal_pointer (&path);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GError *error = NULL;
  char *path = ct_store_backup_daily (source_object, now, &error);

  if (path != NULL)
    g_task_return_pointer (task, path, g_free);
  else
    g_task_return_error (task, error);
}

/**
 * ct_store_backup_daily_async:
 * @self: a store
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context when done
 * @user_data: data for @callback
 *
 * Runs ct_store_backup_daily() for the current local date in a worker thread.
 */
void
ct_store_backup_daily_async (CtStore             *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CT_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_store_backup_daily_async);
  g_task_run_in_thread (task, backup_thread);
}

/**
 * ct_store_backup_daily_finish:
 * @self: a store
 * @result: the #GAsyncResult
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: (transfer full) (nullable): the path of today's copy, or %NULL with @error set
 */
char *
ct_store_backup_daily_finish (CtStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Renames @from to @to without ever replacing an existing @to: link(2) fails with
 * EEXIST where rename(2) would overwrite. */
static int
rename_no_replace (const char *from,
                   const char *to)
{
  if (link (from, to) == 0)
    return g_unlink (from);
  if (errno == EEXIST)
    return -1;
  /* File systems without hard links: a small race is better than refusing. */
  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      errno = EEXIST;
      return -1;
    }
  return g_rename (from, to);
}

/**
 * ct_store_set_aside:
 * @db_path: a database file that cannot be opened (damaged, or from a newer version)
 * @now: the current local time, which names the copy
 * @error: return location for a #CT_STORE_ERROR (%CT_STORE_ERROR_IO)
 *
 * Moves the database out of the way so that a new one can be created at @db_path:
 * "congtac.db" becomes "congtac-old-YYYYMMDD-HHMMSS.db" in the same folder ("-2", "-3", …
 * added when that name is taken; an existing file is never replaced). Its write-ahead log
 * moves with it (it holds the latest saves); the shared-memory index, which SQLite
 * rebuilds, is deleted. The store must not be open on @db_path.
 *
 * Returns: (transfer full) (nullable): the new path of the old file, or %NULL with
 *   @error set (nothing was moved then)
 */
char *
ct_store_set_aside (const char  *db_path,
                    GDateTime   *now,
                    GError     **error)
{
  g_autofree char *dir = NULL, *stem = NULL, *stamp = NULL, *aside = NULL;
  g_autofree char *wal = NULL, *shm = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  dir = g_path_get_dirname (db_path);
  stem = db_stem (db_path);
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s-old-%s.db", stem, stamp)
                                     : g_strdup_printf ("%s-old-%s-%u.db", stem, stamp, n);

      g_free (aside);
      aside = g_build_filename (dir, name, NULL);
      if (rename_no_replace (db_path, aside) == 0)
        break;
      if (errno != EEXIST || n == 1000)
        {
          set_io_error (error, aside, errno);
          return NULL;
        }
    }

  wal = g_strconcat (db_path, "-wal", NULL);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *aside_wal = g_strconcat (aside, "-wal", NULL);

      /* A log left behind would be replayed into the new database: undo instead. */
      if (rename_no_replace (wal, aside_wal) != 0)
        {
          int saved = errno;

          if (rename_no_replace (aside, db_path) != 0)
            g_warning ("Cannot move %s back to %s: %s", aside, db_path, g_strerror (errno));
          set_io_error (error, aside_wal, saved);
          return NULL;
        }
    }
  shm = g_strconcat (db_path, "-shm", NULL);
  g_unlink (shm);
  return g_steal_pointer (&aside);
}

/**
 * ct_store_check_export_target:
 * @self: (nullable): the open store, %NULL when none is open
 * @path: where an export is to be written
 * @error: return location for a #CT_FILE_ERROR
 *
 * Refuses an export over the database, its companion files, its backups or anything
 * that is not an ordinary file (see ct_file_check_export_target()).
 *
 * Returns: %TRUE when @path may be written
 */
gboolean
ct_store_check_export_target (CtStore     *self,
                              const char  *path,
                              GError     **error)
{
  const char *db_path = self != NULL ? ct_store_get_path (self) : NULL;
  g_autofree char *backups = db_path != NULL ? ct_store_backup_get_folder (db_path) : NULL;

  return ct_file_check_export_target (path, db_path, backups, error);
}
