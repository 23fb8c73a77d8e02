/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ct-file.h"

/* Reading a file named by the user, and writing an export over one: a pipe must not hang
 * the program, a device must not fill the memory, and an export must never replace the
 * programme database, its companion files or its backups. */

#define READ_CHUNK (64 * 1024)

G_DEFINE_QUARK (ct-file-error-quark, ct_file_error)

static gboolean
set_error (GError     **error,
           CtFileError  code,
           const char  *what,
           const char  *advice)
{
  g_set_error (error, CT_FILE_ERROR, code, "%s %s", what, advice);
  return FALSE;
}

/* "“F” is a folder." and the like, for a path that exists but is no regular file. */
static gboolean
set_special_error (GError     **error,
                   mode_t       mode,
                   const char  *path,
                   const char  *advice)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *what = NULL;

  if (S_ISDIR (mode))
    /* Translators: %s is a file name. */
    what = g_strdup_printf (_("“%s” is a folder, not a file."), name);
  else if (S_ISFIFO (mode))
    /* Translators: %s is a file name; a pipe is a special file that another program
     * writes into. */
    what = g_strdup_printf (_("“%s” is a pipe, not a file."), name);
  else if (S_ISCHR (mode) || S_ISBLK (mode))
    /* Translators: %s is a file name, e.g. /dev/zero. */
    what = g_strdup_printf (_("“%s” is a device, not a file."), name);
  else if (S_ISSOCK (mode))
    /* Translators: %s is a file name. */
    what = g_strdup_printf (_("“%s” is a socket, not a file."), name);
  else
    /* Translators: %s is a file name. */
    what = g_strdup_printf (_("“%s” is not an ordinary file."), name);
  return set_error (error, S_ISDIR (mode) ? CT_FILE_ERROR_DIRECTORY : CT_FILE_ERROR_NOT_REGULAR,
                    what, advice);
}

static const char *
read_advice (void)
{
  return _("Choose a file saved on disk.");
}

static const char *
write_advice (void)
{
  return _("Choose another file name; nothing was written.");
}

static gboolean
set_open_error (GError     **error,
                const char  *path,
                int          saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);
  GStatBuf st;

  switch (saved_errno)
    {
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, CT_FILE_ERROR, CT_FILE_ERROR_NOT_FOUND,
                   /* Translators: %s is a file name. */
                   _("The file “%s” does not exist."), name);
      return FALSE;
    case EACCES:
    case EPERM:
      g_set_error (error, CT_FILE_ERROR, CT_FILE_ERROR_PERMISSION,
                   /* Translators: %s is a file name. */
                   _("You are not allowed to read “%s”. Ask the owner of the file for access, "
                     "or choose another file."), name);
      return FALSE;
    case ENXIO: /* a socket, or a device with nothing behind it */
      if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
        return set_special_error (error, st.st_mode, path, read_advice ());
      break;
    default:
      break;
    }
  g_set_error (error, CT_FILE_ERROR, CT_FILE_ERROR_IO,
               /* Translators: %1$s is a file name, %2$s the system's reason. */
               _("Could not read “%1$s”: %2$s"), name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
set_too_large (GError     **error,
               const char  *name,
               gsize        max_bytes)
{
  guint megabytes = (guint) (max_bytes / (1024 * 1024));

  g_set_error (error, CT_FILE_ERROR, CT_FILE_ERROR_TOO_LARGE,
               /* Translators: %1$s is a file name, %2$u a size in megabytes. */
               g_dngettext (GETTEXT_PACKAGE, "“%1$s” is larger than %2$u MB, too large for a "
                            "programme or a calendar. Nothing was read.",
                            "“%1$s” is larger than %2$u MB, too large for a programme or a "
                            "calendar. Nothing was read.", megabytes),
               name, megabytes);
  return FALSE;
}

/* Reads @fd to its end, at most @max_bytes: the size fstat() gave may be wrong (files in
 * /proc, a file still growing), so the limit is kept while reading. */
static GBytes *
read_limited (int          fd,
              const char  *path,
              gsize        max_bytes,
              GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();

  for (;;)
    {
      gsize old = data->len;
      gssize n;

      g_byte_array_set_size (data, old + READ_CHUNK);
      do
        n = read (fd, data->data + old, READ_CHUNK);
      while (n < 0 && errno == EINTR);
      if (n < 0)
        {
          set_open_error (error, path, errno);
          return NULL;
        }
      g_byte_array_set_size (data, old + n);
      if (data->len > max_bytes)
        {
          g_autofree char *name = g_filename_display_name (path);

          set_too_large (error, name, max_bytes);
          return NULL;
        }
      if (n == 0)
        return g_byte_array_free_to_bytes (g_steal_pointer (&data));
    }
}

static char    *resolve_path     (const char     *path);
static gboolean is_database_file (const char     *resolved,
                                  const GStatBuf *folder,
                                  const char     *db_path);

/* The databases this process has open (ct_file_guard_database()). */
static GMutex guard_lock;
static GPtrArray *guarded;

/* Whether @path names a guarded database or one of its companion files. Found with stat()
 * only: opening the file would be what the guard is for. */
static gboolean
is_guarded (const char *path)
{
  g_autofree char *resolved = NULL, *folder = NULL;
  gboolean found = FALSE;
  GStatBuf st;

  if (guarded == NULL || (resolved = resolve_path (path)) == NULL)
    return FALSE;
  folder = g_path_get_dirname (resolved);
  if (g_stat (folder, &st) != 0)
    return FALSE;
  g_mutex_lock (&guard_lock);
  for (guint i = 0; i < guarded->len && !found; i++)
    found = is_database_file (resolved, &st, g_ptr_array_index (guarded, i));
  g_mutex_unlock (&guard_lock);
  return found;
}

/**
 * ct_file_guard_database:
 * @db_path: a database file the process has just opened
 *
 * Makes ct_file_read() refuse @db_path and its -wal, -shm and -journal files until
 * ct_file_unguard_database(). Closing any descriptor of a file drops every POSIX lock the
 * process holds on it, SQLite's included: another program would then think the database
 * unused and could delete its -wal under the open connection.
 */
void
ct_file_guard_database (const char *db_path)
{
  g_return_if_fail (db_path != NULL);

  g_mutex_lock (&guard_lock);
  if (guarded == NULL)
    guarded = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (guarded, g_strdup (db_path));
  g_mutex_unlock (&guard_lock);
}

/**
 * ct_file_unguard_database:
 * @db_path: a path given to ct_file_guard_database(), whose database is now closed
 */
void
ct_file_unguard_database (const char *db_path)
{
  g_return_if_fail (db_path != NULL);

  g_mutex_lock (&guard_lock);
  for (guint i = 0; guarded != NULL && i < guarded->len; i++)
    if (strcmp (g_ptr_array_index (guarded, i), db_path) == 0)
      {
        g_ptr_array_remove_index (guarded, i);
        break;
      }
  g_mutex_unlock (&guard_lock);
}

/**
 * ct_file_read:
 * @path: a file named by the user (GLib filename encoding)
 * @max_bytes: the most it may hold, e.g. %CT_FILE_MAX_INPUT_BYTES
 * @error: return location for a #CT_FILE_ERROR
 *
 * Reads a regular file whole. The file is opened without blocking (a pipe does not wait
 * for a writer) and checked on the open descriptor, so folders, pipes, devices and
 * sockets are refused with a message saying what they are; the size limit holds while
 * reading, whatever the file claims to be. A database this process has open
 * (ct_file_guard_database()) is refused without being opened.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set: a message for the
 *   user naming the file
 */
GBytes *
ct_file_read (const char  *path,
              gsize        max_bytes,
              GError     **error)
{
  GStatBuf st;
  GBytes *bytes;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (is_guarded (path))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, CT_FILE_ERROR, CT_FILE_ERROR_DATABASE,
                   /* Translators: %s is a file name. */
                   _("“%s” is the programme database in use or one of its files; it cannot "
                     "be opened as a document. Choose another file; nothing was read."),
                   name);
      return NULL;
    }
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_open_error (error, path, errno);
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      set_open_error (error, path, errno);
      g_close (fd, NULL);
      return NULL;
    }
  if (!S_ISREG (st.st_mode) || st.st_size > (goffset) max_bytes)
    {
      g_autofree char *name = g_filename_display_name (path);

      if (!S_ISREG (st.st_mode))
        set_special_error (error, st.st_mode, path, read_advice ());
      else
        set_too_large (error, name, max_bytes);
      g_close (fd, NULL);
      return NULL;
    }
  bytes = read_limited (fd, path, max_bytes, error);
  g_close (fd, NULL);
  return bytes;
}

/* A file of another kind of location (e.g. a network share GIO reaches), read through a
 * stream with the same limit. */
static GBytes *
load_stream (GFile         *file,
             gsize          max_bytes,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GError) local = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  gsize n = 1;

  stream = g_file_read (file, cancellable, &local);
  while (stream != NULL && n > 0 && data->len <= max_bytes)
    {
      gsize old = data->len;

      g_byte_array_set_size (data, old + READ_CHUNK);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), data->data + old, READ_CHUNK, &n,
                                    cancellable, &local))
        break;
      g_byte_array_set_size (data, old + n);
    }
  if (local != NULL)
    {
      g_set_error (error, CT_FILE_ERROR, CT_FILE_ERROR_IO, _("Could not read “%1$s”: %2$s"),
                   name, local->message);
      return NULL;
    }
  if (data->len > max_bytes)
    {
      set_too_large (error, name, max_bytes);
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * ct_file_load:
 * @file: a file chosen by the user
 * @max_bytes: the most it may hold
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #CT_FILE_ERROR
 *
 * ct_file_read() for a #GFile: a local file is read with its checks, another location
 * through GIO with the same size limit. Blocks: call it from a worker thread.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set
 */
GBytes *
ct_file_load (GFile         *file,
              gsize          max_bytes,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path != NULL)
    return ct_file_read (path, max_bytes, error);
  return load_stream (file, max_bytes, cancellable, error);
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *bytes = ct_file_load (source, GPOINTER_TO_SIZE (data), cancellable, &error);

  if (bytes != NULL)
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
  else
    g_task_return_error (task, error);
}

/**
 * ct_file_load_async:
 * @file: a file chosen by the user
 * @max_bytes: the most it may hold
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the caller's main context when done
 * @user_data: data for @callback
 *
 * Runs ct_file_load() in a worker thread.
 */
void
ct_file_load_async (GFile               *file,
                    gsize                max_bytes,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_file_load_async);
  g_task_set_task_data (task, GSIZE_TO_POINTER (max_bytes), NULL);
  g_task_run_in_thread (task, load_thread);
}

/**
 * ct_file_load_finish:
 * @file: the file given to ct_file_load_async()
 * @result: the #GAsyncResult
 * @error: return location for a #CT_FILE_ERROR
 *
 * Returns: (transfer full): the contents, or %NULL with @error set
 */
GBytes *
ct_file_load_finish (GFile         *file,
                     GAsyncResult  *result,
                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
same_file (const GStatBuf *st,
           const char     *path)
{
  GStatBuf other;

  return g_stat (path, &other) == 0 && other.st_dev == st->st_dev && other.st_ino == st->st_ino;
}

/* @path with every symbolic link resolved: of the file itself when it exists, else of
 * its folder; NULL when the folder does not exist either. */
static char *
resolve_path (const char *path)
{
  g_autofree char *dir = NULL, *base = NULL;
  char *resolved = realpath (path, NULL);
  char *joined;

  if (resolved != NULL)
    return resolved;
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  resolved = realpath (dir, NULL);
  if (resolved == NULL)
    return NULL;
  joined = g_build_filename (resolved, base, NULL);
  free (resolved);
  return joined;
}

/* The database itself or a file SQLite keeps beside it, existing or not yet. */
static gboolean
is_database_file (const char     *resolved,
                  const GStatBuf *folder,
                  const char     *db_path)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *db_dir = g_path_get_dirname (db_path);
  g_autofree char *db_base = g_path_get_basename (db_path);
  g_autofree char *base = g_path_get_basename (resolved);
  gboolean same_folder = same_file (folder, db_dir);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (db_path, suffixes[i], NULL);
      g_autofree char *name = g_strconcat (db_base, suffixes[i], NULL);
      GStatBuf st;

      if ((g_stat (resolved, &st) == 0 && same_file (&st, companion)) ||
          (same_folder && strcmp (base, name) == 0))
        return TRUE;
    }
  return FALSE;
}

/* In the backups folder (ct_store_backup_daily()), or a copy set aside beside the
 * database (ct_store_set_aside(): "STEM-old-…"; recovery: "NAME.damaged-…" and the like). */
static gboolean
is_backup_file (const char     *resolved,
                const GStatBuf *folder,
                const char     *db_path,
                const char     *backups)
{
  g_autofree char *db_dir = g_path_get_dirname (db_path);
  g_autofree char *db_base = g_path_get_basename (db_path);
  g_autofree char *base = g_path_get_basename (resolved);
  g_autofree char *prefix = NULL;

  if (backups != NULL && same_file (folder, backups))
    return TRUE;
  /* Copies kept by recovery: "congtac.db.damaged-…", ".replaced-…", ".salvaged". */
  {
    g_autofree char *kept = g_strconcat (db_base, ".", NULL);

    if (same_file (folder, db_dir) && g_str_has_prefix (base, kept))
      return TRUE;
  }
  if (g_str_has_suffix (db_base, ".db"))
    db_base[strlen (db_base) - 3] = '\0';
  prefix = g_strconcat (db_base, "-old-", NULL);
  return same_file (folder, db_dir) && g_str_has_prefix (base, prefix);
}

/**
 * ct_file_check_export_target:
 * @path: where an export is to be written (GLib filename encoding)
 * @db_path: (nullable): the open programme database
 * @backups: (nullable): the folder of its backups (see ct_store_check_export_target())
 * @error: return location for a #CT_FILE_ERROR
 *
 * Refuses an export over something that is not an ordinary file (a folder, a device such
 * as /dev/full, a pipe) and, given @db_path, over the database, its -wal, -shm and
 * -journal files, and its backups. Files are compared by device and inode after following
 * symbolic links, so another name for the database is refused as well.
 *
 * Returns: %TRUE when @path may be written; else %FALSE with %CT_FILE_ERROR_DIRECTORY,
 *   %CT_FILE_ERROR_NOT_REGULAR or %CT_FILE_ERROR_DATABASE and a message for the user
 */
gboolean
ct_file_check_export_target (const char  *path,
                             const char  *db_path,
                             const char  *backups,
                             GError     **error)
{
  g_autofree char *resolved = NULL, *folder = NULL, *name = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    return set_special_error (error, st.st_mode, path, write_advice ());
  if (db_path == NULL || (resolved = resolve_path (path)) == NULL)
    return TRUE;
  folder = g_path_get_dirname (resolved);
  if (g_stat (folder, &st) != 0)
    return TRUE;
  name = g_filename_display_name (path);
  if (is_database_file (resolved, &st, db_path))
    {
      g_set_error (error, CT_FILE_ERROR, CT_FILE_ERROR_DATABASE,
                   /* Translators: %s is a file name. */
                   _("“%s” is the programme database or one of its files; an export must not "
                     "replace it. Choose another file name; nothing was written."), name);
      return FALSE;
    }
  if (is_backup_file (resolved, &st, db_path, backups))
    {
      g_set_error (error, CT_FILE_ERROR, CT_FILE_ERROR_DATABASE,
                   /* Translators: %s is a file name. */
                   _("“%s” is a backup of the programme database or in its folder of backups. "
                     "Choose another file name; nothing was written."), name);
      return FALSE;
    }
  return TRUE;
}

/**
 * ct_file_replace_contents:
 * @path: the export to write (GLib filename encoding)
 * @data: its contents
 * @length: the length of @data
 * @error: return location for a #CT_FILE_ERROR
 *
 * Writes @data to a temporary file beside @path, flushed, then renamed over @path (mode
 * %CT_FILE_EXPORT_MODE): a failed export leaves no partial file and an existing file as it
 * was. Refuses a @path that is not an ordinary file (see ct_file_check_export_target()).
 *
 * Returns: %TRUE on success; %FALSE with %CT_FILE_ERROR_DIRECTORY or
 *   %CT_FILE_ERROR_NOT_REGULAR (a whole message), or %CT_FILE_ERROR_IO (the system's
 *   reason only)
 */
gboolean
ct_file_replace_contents (const char  *path,
                          const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!ct_file_check_export_target (path, NULL, NULL, error))
    return FALSE;
  if (!g_file_set_contents_full (path, data ? data : "", (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, CT_FILE_EXPORT_MODE, &local))
    {
      g_set_error_literal (error, CT_FILE_ERROR, CT_FILE_ERROR_IO, local->message);
      return FALSE;
    }
  return TRUE;
}
