/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ct-store-backup.h"
#include "ct-store-private.h"
#include "ct-store-recover.h"

#define BUSY_TIMEOUT_MS 10000

/**
 * ct_backup_info_free:
 * @info: (transfer full): a backup's description
 */
void
ct_backup_info_free (CtBackupInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->path);
  g_free (info);
}

/**
 * ct_lost_programme_free:
 * @lost: (transfer full): a programme that could not be read
 */
void
ct_lost_programme_free (CtLostProgramme *lost)
{
  if (lost == NULL)
    return;
  g_free (lost->title);
  g_free (lost);
}

static CtStoreHealth
health_of_error (int rc)
{
  return (rc & 0xff) == SQLITE_NOTADB ? CT_STORE_HEALTH_FOREIGN : CT_STORE_HEALTH_DAMAGED;
}

/* Whether the schema says Congtac: a version we know and a programmes table. */
static CtStoreHealth
check_is_ours (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc, version;

  rc = sqlite3_prepare_v2 (db, "SELECT (SELECT user_version FROM pragma_user_version), "
                               "EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'programmes')", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return health_of_error (rc);
  version = sqlite3_column_int (stmt, 0);
  if (version < 1 || version > CT_STORE_SCHEMA_VERSION || sqlite3_column_int (stmt, 1) == 0)
    return CT_STORE_HEALTH_FOREIGN;
  return CT_STORE_HEALTH_GOOD;
}

/* SQLite's integrity check answers one row "ok" when every page and index is sound. */
static CtStoreHealth
run_integrity_check (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return health_of_error (rc);
  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    return CT_STORE_HEALTH_DAMAGED;
  return CT_STORE_HEALTH_GOOD;
}

static CtStoreHealth
count_programmes (sqlite3 *db,
                  guint   *n_programmes)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM programmes", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return health_of_error (rc);
  *n_programmes = (guint) sqlite3_column_int64 (stmt, 0);
  return CT_STORE_HEALTH_GOOD;
}

/**
 * ct_store_check_file:
 * @path: a database file
 * @n_programmes: (out) (optional): how many programmes it holds, 0 unless good
 *
 * Runs SQLite's integrity check (every page and index) on @path through a connection of
 * its own that only reads: safe while the store is open. Takes about as long as reading the
 * file.
 *
 * Returns: the result of the check
 */
CtStoreHealth
ct_store_check_file (const char *path,
                     guint      *n_programmes)
{
  sqlite3 *db = NULL;
  CtStoreHealth health;
  guint n = 0;

  g_return_val_if_fail (path != NULL, CT_STORE_HEALTH_MISSING);

  if (n_programmes != NULL)
    *n_programmes = 0;
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) || g_access (path, R_OK) != 0)
    return CT_STORE_HEALTH_MISSING;
  /* Read-write although nothing is written: closing the last connection then removes the
   * log and index files a read-only one would leave next to a WAL database. */
  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_clear_pointer (&db, sqlite3_close_v2);
      if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        {
          sqlite3_close_v2 (db);
          return CT_STORE_HEALTH_MISSING;
        }
    }
  sqlite3_busy_timeout (db, BUSY_TIMEOUT_MS);
  health = check_is_ours (db);
  if (health == CT_STORE_HEALTH_GOOD)
    health = run_integrity_check (db);
  if (health == CT_STORE_HEALTH_GOOD)
    health = count_programmes (db, &n);
  sqlite3_close_v2 (db);
  if (n_programmes != NULL && health == CT_STORE_HEALTH_GOOD)
    *n_programmes = n;
  return health;
}

static gint
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const CtBackupInfo *x = *(CtBackupInfo *const *) a;
  const CtBackupInfo *y = *(CtBackupInfo *const *) b;

  return strcmp (y->path, x->path);
}

/**
 * ct_store_list_backups:
 * @db_path: the database file
 *
 * Lists the daily backups of @db_path (see ct_store_backup_daily()), each checked with
 * ct_store_check_file().
 *
 * Returns: (transfer full) (element-type CtBackupInfo): the backups, newest first
 */
GPtrArray *
ct_store_list_backups (const char *db_path)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_backup_info_free);
  g_autofree char *folder = NULL;
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (db_path != NULL, NULL);

  folder = ct_store_backup_get_folder (db_path);
  names = ct_store_backup_list_names (db_path);
  for (guint i = 0; names[i] != NULL; i++)
    {
      CtBackupInfo *info = g_new0 (CtBackupInfo, 1);

      info->path = g_build_filename (folder, names[i], NULL);
      ct_store_backup_date_from_name (names[i], &info->date);
      info->health = ct_store_check_file (info->path, &info->n_programmes);
      g_ptr_array_add (list, info);
    }
  g_ptr_array_sort (list, compare_newest_first);
  return g_steal_pointer (&list);
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

/* Gives the file at @db_path a second name "congtac.db.LABEL-YYYYMMDD-HHMMSS" ("-2", "-3",
 * … when taken). A hard link keeps @db_path in place, so there is never a moment without
 * a database; where links are not supported the file is renamed. */
static char *
keep_aside (const char  *db_path,
            const char  *label,
            GDateTime   *now,
            GError     **error)
{
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; n <= 1000; n++)
    {
      g_autofree char *aside = n == 1 ? g_strdup_printf ("%s.%s-%s", db_path, label, stamp)
                                      : g_strdup_printf ("%s.%s-%s-%u", db_path, label, stamp,
                                                         n);

      if (link (db_path, aside) == 0)
        return g_steal_pointer (&aside);
      if (errno == EEXIST)
        continue;
      if (g_file_test (aside, G_FILE_TEST_EXISTS))
        continue;
      if (g_rename (db_path, aside) == 0)
        return g_steal_pointer (&aside);
      set_io_error (error, aside, errno);
      return NULL;
    }
  set_io_error (error, db_path, EEXIST);
  return NULL;
}

/**
 * ct_store_replace_file:
 * @db_path: the database file, which no store may have open
 * @replacement: a whole database file in the same folder, which takes its place
 * @label: names the kept file, e.g. "damaged"
 * @now: the current local time, which names the kept file
 * @aside: (out) (optional) (nullable): where the previous file was kept, %NULL when there
 *   was none
 * @error: return location for a #CT_STORE_ERROR (%CT_STORE_ERROR_IO)
 *
 * Keeps the previous file as "congtac.db.LABEL-YYYYMMDD-HHMMSS" (never deleting nor
 * overwriting anything) with its write-ahead log, then renames @replacement to @db_path
 * in one step.
 *
 * Returns: %TRUE when @replacement is now the database
 */
gboolean
ct_store_replace_file (const char  *db_path,
                       const char  *replacement,
                       const char  *label,
                       GDateTime   *now,
                       char       **aside,
                       GError     **error)
{
  g_autofree char *kept = NULL;
  g_autofree char *wal = NULL, *shm = NULL;

  g_return_val_if_fail (db_path != NULL && replacement != NULL && label != NULL, FALSE);

  wal = g_strconcat (db_path, "-wal", NULL);
  shm = g_strconcat (db_path, "-shm", NULL);
  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      kept = keep_aside (db_path, label, now, error);
      if (kept == NULL)
        return FALSE;
    }
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *kept_wal = kept ? g_strconcat (kept, "-wal", NULL)
                                       : g_strconcat (replacement, ".orphan-wal", NULL);

      /* A log left in place would be replayed into the replacement. */
      if (g_file_test (kept_wal, G_FILE_TEST_EXISTS) || g_rename (wal, kept_wal) != 0)
        return set_io_error (error, kept_wal, g_file_test (kept_wal, G_FILE_TEST_EXISTS)
                                              ? EEXIST : errno);
    }
  g_unlink (shm);
  if (g_rename (replacement, db_path) != 0)
    return set_io_error (error, db_path, errno);
  if (aside != NULL)
    *aside = g_steal_pointer (&kept);
  return TRUE;
}

static gboolean
set_unusable_error (GError        **error,
                    const char     *path,
                    CtStoreHealth   health)
{
  switch (health)
    {
    case CT_STORE_HEALTH_DAMAGED:
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT,
                   /* Translators: %s is a file path. */
                   _("The backup “%s” is damaged too. Nothing was restored; choose another "
                     "backup."), path);
      break;
    case CT_STORE_HEALTH_FOREIGN:
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT,
                   /* Translators: %s is a file path. */
                   _("“%s” is not a Congtac database. Nothing was restored."), path);
      break;
    case CT_STORE_HEALTH_MISSING:
    default:
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IO,
                   /* Translators: %s is a file path. */
                   _("The backup “%s” cannot be read. Nothing was restored."), path);
      break;
    }
  return FALSE;
}

/**
 * ct_store_restore:
 * @db_path: the database file, which no store may have open
 * @backup: a backup copy (or any Congtac database file)
 * @now: the current local time, which names the kept file
 * @aside: (out) (optional) (nullable): where the previous file was kept
 * @error: return location for a #CT_STORE_ERROR
 *
 * Checks @backup (a damaged one or a file that is not a Congtac database gives
 * %CT_STORE_ERROR_CORRUPT and changes nothing), copies it next to @db_path, keeps the
 * previous file aside ("congtac.db.damaged-YYYYMMDD-HHMMSS", or ".replaced-" when it passed
 * its check) and puts the copy in its place in one rename. @backup itself is unchanged.
 *
 * Returns: %TRUE when @backup's copy is now the database
 */
gboolean
ct_store_restore (const char  *db_path,
                  const char  *backup,
                  GDateTime   *now,
                  char       **aside,
                  GError     **error)
{
  g_autofree char *partial = NULL;
  CtStoreHealth health;
  const char *label;

  g_return_val_if_fail (db_path != NULL && backup != NULL && now != NULL, FALSE);

  health = ct_store_check_file (backup, NULL);
  if (health != CT_STORE_HEALTH_GOOD)
    return set_unusable_error (error, backup, health);
  label = ct_store_check_file (db_path, NULL) == CT_STORE_HEALTH_GOOD ? "replaced" : "damaged";
  partial = g_strconcat (db_path, ".restoring", NULL);
  g_unlink (partial);
  if (!ct_store_copy_database (backup, partial, error))
    return FALSE;
  if (!ct_store_replace_file (db_path, partial, label, now, aside, error))
    {
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}

/* Copies the damaged file (and its log) so that reading it can never change it. */
static char *
copy_for_reading (const char  *damaged,
                  const char  *target,
                  GError     **error)
{
  g_autofree char *copy = g_strconcat (target, ".source", NULL);
  g_autofree char *wal = g_strconcat (damaged, "-wal", NULL);
  g_autofree char *copy_wal = g_strconcat (copy, "-wal", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (damaged);
  g_autoptr(GFile) to = g_file_new_for_path (copy);
  g_autoptr(GError) local = NULL;

  if (!g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &local))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IO,
                   /* Translators: %1$s is a file path, %2$s the system's reason. */
                   _("Cannot read “%1$s”: %2$s."), damaged, local->message);
      return NULL;
    }
  g_unlink (copy_wal);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GFile) wal_from = g_file_new_for_path (wal);
      g_autoptr(GFile) wal_to = g_file_new_for_path (copy_wal);

      if (!g_file_copy (wal_from, wal_to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL))
        g_warning ("Cannot copy the log %s: what it held is not saved", wal);
    }
  return g_steal_pointer (&copy);
}

static void
remove_database (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
}

/* The highest programme id: read from the right edge of the table, which survives most
 * damage elsewhere. */
static gboolean
get_max_id (CtStore  *store,
            gint64   *max_id,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = ct_store_prepare (store, "SELECT max(id) FROM programmes",
                                                   error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return ct_store_set_error (store, rc, error);
  *max_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* id → subtitle of what the list can still show, for naming the programmes lost. */
static GHashTable *
read_titles (CtStore *store)
{
  GHashTable *titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GPtrArray) list = ct_store_list_programmes (store, NULL, NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      CtProgrammeSummary *s = g_ptr_array_index (list, i);

      g_hash_table_insert (titles, g_memdup2 (&s->id, sizeof s->id), g_strdup (s->subtitle));
    }
  return titles;
}

/* Ids probed past the highest one the damaged list still shows. */
#define SALVAGE_PROBE_MARGIN 100000

/* Copies each programme that loads whole; ids are probed one by one, so that a damaged
 * page stops only the programmes stored on it. */
static gboolean
copy_readable (CtStore    *from,
               CtStore    *to,
               guint      *n_saved,
               GPtrArray  *lost,
               GError    **error)
{
  g_autoptr(GHashTable) titles = read_titles (from);
  gint64 max_id = 0;

  GHashTableIter iter;
  gint64 *listed;
  gint64 highest_listed = 0;

  if (!get_max_id (from, &max_id, NULL))
    return FALSE;
  /* A damaged page can make max(id) absurd: ids are probed up to a margin past the
   * highest the list still shows, never billions of them. */
  g_hash_table_iter_init (&iter, titles);
  while (g_hash_table_iter_next (&iter, (gpointer *) &listed, NULL))
    highest_listed = MAX (highest_listed, *listed);
  max_id = MIN (max_id, highest_listed + SALVAGE_PROBE_MARGIN);
  for (gint64 id = 1; id <= max_id; id++)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(CtProgramme) p = ct_store_load_programme (from, id, &local);
      CtLostProgramme *gone;

      if (g_error_matches (local, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND))
        continue;
      if (p != NULL)
        {
          p->id = 0;
          if (!ct_store_save_programme (to, p, error))
            return FALSE;
          (*n_saved)++;
          continue;
        }
      gone = g_new0 (CtLostProgramme, 1);
      gone->id = id;
      gone->title = g_strdup (g_hash_table_lookup (titles, &id));
      g_ptr_array_add (lost, gone);
    }
  return TRUE;
}

/**
 * ct_store_salvage:
 * @damaged: a damaged database file; it is not changed
 * @target: a new database file (it must not exist)
 * @n_saved: (out): how many programmes were copied
 * @lost: (out) (transfer full) (element-type CtLostProgramme): those that could not be read
 * @error: return location for a #CT_STORE_ERROR
 *
 * Copies every programme of @damaged that can still be read whole into a new database at
 * @target. The copies get new ids, in the order of the old ones.
 *
 * Returns: %TRUE when @target was written; on failure it is removed
 */
gboolean
ct_store_salvage (const char  *damaged,
                  const char  *target,
                  guint       *n_saved,
                  GPtrArray  **lost,
                  GError     **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                 ct_lost_programme_free);
  g_autofree char *copy = NULL;
  g_autoptr(CtStore) from = NULL, to = NULL;
  gboolean ok;

  g_return_val_if_fail (damaged != NULL && target != NULL && n_saved != NULL, FALSE);

  *n_saved = 0;
  if (g_file_test (target, G_FILE_TEST_EXISTS))
    return set_io_error (error, target, EEXIST);
  copy = copy_for_reading (damaged, target, error);
  if (copy == NULL)
    return FALSE;
  from = ct_store_open (copy, NULL);
  to = from != NULL ? ct_store_open (target, error) : NULL;
  ok = to != NULL && copy_readable (from, to, n_saved, missing, error);
  g_clear_object (&from);
  g_clear_object (&to);
  remove_database (copy);
  if (!ok)
    remove_database (target);
  if (!ok && (error == NULL || *error == NULL))
    {
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT,
                   /* Translators: %s is a file path. */
                   _("Nothing can be read from “%s”: the damage covers the list of its "
                     "programmes. Restore a backup instead."), damaged);
      return FALSE;
    }
  if (!ok)
    return FALSE;
  if (lost != NULL)
    *lost = g_steal_pointer (&missing);
  return TRUE;
}
