/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "ct-file.h"
#include "ct-store-private.h"

#define DEFAULT_BUSY_TIMEOUT_MS 5000

struct _CtStore
{
  GObject parent_instance;

  char *path;
  sqlite3 *db;
  gboolean created;
  gboolean read_only;
  gboolean guarded;       /* ct_file_guard_database() was called for path */
  /* One connection shared by the UI thread and GTask worker threads. */
  GMutex lock;
  GHashTable *statements; /* SQL → sqlite3_stmt, see ct_store_prepare_cached() */
  guint delay_ms;         /* see ct_store_set_delay_for_testing() */
};

G_DEFINE_FINAL_TYPE (CtStore, ct_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (ct-store-error-quark, ct_store_error)

static void
ct_store_finalize (GObject *object)
{
  CtStore *self = CT_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);
  if (self->guarded)
    ct_file_unguard_database (self->path);
  g_clear_pointer (&self->path, g_free);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (ct_store_parent_class)->finalize (object);
}

static void
ct_store_class_init (CtStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ct_store_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
ct_store_init (CtStore *self)
{
  g_mutex_init (&self->lock);
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
}

sqlite3 *
ct_store_get_db (CtStore *self)
{
  return self->db;
}

GMutex *
ct_store_get_lock (CtStore *self)
{
  return &self->lock;
}

/**
 * ct_store_set_delay_for_testing:
 * @self: a store
 * @milliseconds: how long each worker thread waits, 0 for not at all
 *
 * For tests only: makes every asynchronous operation (list, load, save, delete,
 * duplicate) wait this long in its worker thread before it starts, so a test can check
 * what the window does while it waits for the database.
 */
void
ct_store_set_delay_for_testing (CtStore *self,
                                guint    milliseconds)
{
  g_return_if_fail (CT_IS_STORE (self));
  g_atomic_int_set (&self->delay_ms, milliseconds);
}

/* Called first by each worker thread; see ct_store_set_delay_for_testing(). */
void
ct_store_wait_for_testing (CtStore *self)
{
  guint ms = g_atomic_int_get (&self->delay_ms);

  if (ms > 0)
    g_usleep ((gulong) ms * 1000);
}

/* SQLite's own text (English, technical) is never the message: it only follows the
 * translated explanation, marked as a detail. */
static void
set_io_error (CtStore     *self,
              int          code,
              const char  *detail,
              GError     **error,
              const char  *explanation)
{
  g_set_error (error, CT_STORE_ERROR, code,
               /* Translators: %1$s is an explanation already translated, %2$s SQLite's
                * technical text, kept untranslated for support. */
               _("%1$s (Technical detail: %2$s.)"), explanation, detail);
}

/* Maps an SQLite result code to a CtStoreError with a message a person understands.
 * Always returns FALSE so callers can `return ct_store_set_error (…)`. */
gboolean
ct_store_set_error (CtStore  *self,
                    int       rc,
                    GError  **error)
{
  const char *detail = self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  g_autofree char *explanation = NULL;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_LOCKED,
                   /* Translators: %s is a file path. */
                   _("The database “%s” is in use by another program. Close it and try again."),
                   self->path);
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT,
                   /* Translators: %s is a file path. */
                   _("The file “%s” is not a Congtac database or is damaged. It was left "
                     "unchanged."),
                   self->path);
      break;
    case SQLITE_FULL:
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IO,
                   /* Translators: %s is a file path. */
                   _("The disk holding “%s” is full."), self->path);
      break;
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
      explanation = g_strdup (_("The programme holds a value that cannot be saved."));
      set_io_error (self, CT_STORE_ERROR_INVALID, detail, error, explanation);
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      explanation = g_strdup_printf (
        /* Translators: %s is a file path. */
        _("The database “%s” is read-only: the file or its folder cannot be written. Copy it "
          "to a folder of yours, or ask for permission to write it."), self->path);
      set_io_error (self, CT_STORE_ERROR_READ_ONLY, detail, error, explanation);
      break;
    case SQLITE_CANTOPEN:
      explanation = g_strdup_printf (
        /* Translators: %s is a file path. */
        _("The database “%s” cannot be opened: the file or its folder is missing or cannot "
          "be read."), self->path);
      set_io_error (self, CT_STORE_ERROR_IO, detail, error, explanation);
      break;
    case SQLITE_PROTOCOL:
    case SQLITE_IOERR:
      explanation = g_strdup_printf (
        /* Translators: %s is a file path. */
        _("Reading or writing the database “%s” failed. The disk may be failing or was "
          "removed, or the file is on a network share that does not support it."), self->path);
      set_io_error (self, CT_STORE_ERROR_IO, detail, error, explanation);
      break;
    case SQLITE_NOMEM:
      set_io_error (self, CT_STORE_ERROR_IO, detail, error,
                    _("There is not enough memory. Close other programs and try again."));
      break;
    default:
      explanation = g_strdup_printf (
        /* Translators: %s is a file path. */
        _("The database “%s” cannot be read or written."), self->path);
      set_io_error (self, CT_STORE_ERROR_IO, detail, error, explanation);
      break;
    }
  return FALSE;
}

/* A programme that is not (or no longer) in the database. Returns FALSE. */
gboolean
ct_store_set_not_found (gint64   id,
                        GError **error)
{
  g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_NOT_FOUND,
               /* Translators: %lld is a programme id. */
               _("There is no programme with the id %lld."), (long long) id);
  return FALSE;
}

sqlite3_stmt *
ct_store_prepare (CtStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      ct_store_set_error (self, rc, error);
      return NULL;
    }
  return stmt;
}

/* Like ct_store_prepare(), but the statement stays prepared in the store between calls
 * (parsing and planning cost a save more than its writes). The store owns it: the
 * caller resets it after use (g_autoptr(CtCachedStatement)), holds the store's lock
 * while using it and never uses the same SQL twice at once. It comes reset and with
 * its bindings cleared. */
sqlite3_stmt *
ct_store_prepare_cached (CtStore     *self,
                         const char  *sql,
                         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ct_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

gboolean
ct_store_exec (CtStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

/* Creates the file with mode 0600 before SQLite opens it: the programmes of a Party
 * committee are not for other users of the machine. */
static gboolean
create_private_file (const char  *path,
                     gboolean    *created,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IO,
                   /* Translators: %1$s is a folder path, %2$s the system's reason. */
                   _("Cannot create the folder “%1$s”: %2$s."), dir, g_strerror (saved));
      return FALSE;
    }
  fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  /* A symbolic link to a file not there yet: create the file it names, private too
   * (SQLite would create it with the default mode, readable by everyone). */
  if (fd < 0 && errno == EEXIST && g_file_test (path, G_FILE_TEST_IS_SYMLINK) &&
      !g_file_test (path, G_FILE_TEST_EXISTS))
    fd = g_open (path, O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved = errno;
      g_set_error (error, CT_STORE_ERROR, CT_STORE_ERROR_IO,
                   /* Translators: %1$s is a file path, %2$s the system's reason. */
                   _("Cannot create the database “%1$s”: %2$s."), path, g_strerror (saved));
      return FALSE;
    }
  *created = fd >= 0;
  if (fd >= 0)
    g_close (fd, NULL);
  return TRUE;
}

/* Reads the schema before any write so that a file that is not ours is never modified. */
static gboolean
check_is_our_database (CtStore  *self,
                       GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc, n_tables, version;

  stmt = ct_store_prepare (self,
                           "SELECT (SELECT count(*) FROM sqlite_master), "
                           "(SELECT user_version FROM pragma_user_version)", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return ct_store_set_error (self, rc, error);
  n_tables = sqlite3_column_int (stmt, 0);
  version = sqlite3_column_int (stmt, 1);
  if (version == 0 && n_tables > 0)
    return ct_store_set_error (self, SQLITE_NOTADB, error);
  return TRUE;
}

static const char *const companion_suffixes[] = { "-wal", "-shm", "-journal" };

/* The database and the files SQLite keeps beside it are for their owner only, whoever
 * created them (SQLite gives its companions the database's mode). */
static void
make_private (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && (st.st_mode & 077) != 0 &&
      st.st_uid == getuid ())
    g_chmod (path, st.st_mode & 0700);
}

static int
open_file (CtStore    *self,
           const char *filename,
           int         flags)
{
  g_clear_pointer (&self->db, sqlite3_close_v2);
  return sqlite3_open_v2 (filename, &self->db, flags | SQLITE_OPEN_FULLMUTEX, NULL);
}

/* Opens for writing when the file allows it, for reading otherwise: a file or folder that
 * cannot be written (a read-only share, a copy from a CD) is opened read-only and said so
 * (ct_store_is_read_only()) rather than found out at the first save. Where even SQLite's
 * shared-memory file cannot be made, the file is read as immutable. */
static gboolean
open_connection (CtStore  *self,
                 GError  **error)
{
  int rc = open_file (self, self->path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);

  if (rc == SQLITE_OK)
    {
      sqlite3_extended_result_codes (self->db, 0);
      sqlite3_busy_timeout (self->db, DEFAULT_BUSY_TIMEOUT_MS);
      self->read_only = sqlite3_db_readonly (self->db, "main") == 1;
      if (check_is_our_database (self, NULL))
        return TRUE;
    }
  if (g_access (self->path, W_OK) == 0)
    {
      if (rc != SQLITE_OK)
        return ct_store_set_error (self, rc, error);
      return check_is_our_database (self, error);
    }
  {
    g_autofree char *uri = g_filename_to_uri (self->path, NULL, NULL);
    g_autofree char *immutable = g_strconcat (uri, "?immutable=1", NULL);

    rc = open_file (self, immutable, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
  }
  if (rc != SQLITE_OK)
    return ct_store_set_error (self, rc, error);
  sqlite3_extended_result_codes (self->db, 0);
  self->read_only = TRUE;
  return check_is_our_database (self, error);
}

/* A read-only database cannot be migrated: one from an older version is refused. */
static gboolean
check_schema_current (CtStore  *self,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = ct_store_prepare (self, "PRAGMA user_version", error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return ct_store_set_error (self, SQLITE_CANTOPEN, error);
  if (sqlite3_column_int (stmt, 0) == CT_STORE_SCHEMA_VERSION)
    return TRUE;
  if (sqlite3_column_int (stmt, 0) > CT_STORE_SCHEMA_VERSION)
    return ct_store_migrate (self, error);
  return ct_store_set_error (self, SQLITE_READONLY, error);
}

/**
 * ct_store_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/congtac/congtac.db`
 */
char *
ct_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "congtac", "congtac.db", NULL);
}

/**
 * ct_store_open:
 * @path: the database file; created (mode 0600, with its folder) when missing
 * @error: return location for a #CT_STORE_ERROR
 *
 * Opens a database and migrates its schema. A file that is not a Congtac database gives
 * %CT_STORE_ERROR_CORRUPT and is not modified; a newer schema gives
 * %CT_STORE_ERROR_TOO_NEW. The connection uses WAL, foreign keys and a busy timeout of
 * 5 s (see ct_store_set_busy_timeout()).
 *
 * Returns: (transfer full) (nullable): the store, or %NULL with @error set
 */
CtStore *
ct_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(CtStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CT_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!create_private_file (path, &self->created, error))
    return NULL;

  if (!open_connection (self, error))
    return NULL;
  ct_file_guard_database (path);
  self->guarded = TRUE;
  /* Only once the file is known to be a database: a file that is not ours keeps its mode. */
  if (self->read_only)
    {
      if (!ct_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
          !check_schema_current (self, error))
        return NULL;
      make_private (path);
      return g_steal_pointer (&self);
    }
  if (!ct_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !ct_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !ct_store_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !ct_store_migrate (self, error))
    return NULL;
  make_private (path);
  for (guint i = 0; i < G_N_ELEMENTS (companion_suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, companion_suffixes[i], NULL);
      make_private (companion);
    }
  return g_steal_pointer (&self);
}

/**
 * ct_store_get_path:
 * @self: a store
 *
 * Returns: (transfer none): the database file's path
 */
const char *
ct_store_get_path (CtStore *self)
{
  g_return_val_if_fail (CT_IS_STORE (self), NULL);
  return self->path;
}

/**
 * ct_store_is_read_only:
 * @self: a store
 *
 * Returns: %TRUE when the file or its folder cannot be written: the programmes can be
 *   read, printed and exported, not changed
 */
gboolean
ct_store_is_read_only (CtStore *self)
{
  g_return_val_if_fail (CT_IS_STORE (self), FALSE);
  return self->read_only;
}

/**
 * ct_store_is_on_network:
 * @path: a database file
 *
 * SQLite's write-ahead log needs shared memory that network file systems (NFS, SMB/CIFS)
 * do not give reliably: two computers writing the same file there can damage it.
 *
 * Returns: %TRUE when @path is on a network file system
 */
gboolean
ct_store_is_on_network (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statfs st;

  if (statfs (g_file_test (path, G_FILE_TEST_EXISTS) ? path : dir, &st) != 0)
    return FALSE;
  switch ((unsigned long) st.f_type)
    {
    case 0x6969UL:      /* NFS */
    case 0xFF534D42UL:  /* CIFS */
    case 0xFE534D42UL:  /* SMB2 */
    case 0x517BUL:      /* SMB */
    case 0x564C:        /* NCP */
    case 0x65735546UL:  /* FUSE (sshfs and the like) */
    case 0x6B414653UL:  /* AFS */
    case 0x47504653UL:  /* GPFS */
    case 0x00C36400UL:  /* Ceph */
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * ct_store_get_created:
 * @self: a store
 *
 * Returns: %TRUE when ct_store_open() created the database file (first run)
 */
gboolean
ct_store_get_created (CtStore *self)
{
  g_return_val_if_fail (CT_IS_STORE (self), FALSE);
  return self->created;
}

/**
 * ct_store_set_busy_timeout:
 * @self: a store
 * @milliseconds: how long a write waits for another connection's lock before failing
 *   with %CT_STORE_ERROR_LOCKED
 */
void
ct_store_set_busy_timeout (CtStore *self,
                           guint    milliseconds)
{
  g_return_if_fail (CT_IS_STORE (self));
  sqlite3_busy_timeout (self->db, (int) MIN (milliseconds, G_MAXINT));
}

/**
 * ct_store_get_data_version:
 * @self: a store
 *
 * SQLite's data version of this connection: it changes when another connection (another
 * window's process, congtac-cli) commits a change to the database, never for this
 * store's own writes. Polling it is cheap (no file is read).
 *
 * Returns: the data version, 0 when it cannot be read now (another thread is using the
 *   connection, or an error)
 */
guint64
ct_store_get_data_version (CtStore *self)
{
  g_autoptr(CtCachedStatement) stmt = NULL;
  guint64 version = 0;

  g_return_val_if_fail (CT_IS_STORE (self), 0);

  /* A poll never waits: while a worker holds the connection, this tick is skipped. */
  if (!g_mutex_trylock (&self->lock))
    return 0;
  stmt = ct_store_prepare_cached (self, "PRAGMA data_version", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    version = (guint64) sqlite3_column_int64 (stmt, 0);
  g_clear_pointer (&stmt, sqlite3_reset);
  g_mutex_unlock (&self->lock);
  return version;
}
