/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include "ct-store-private.h"
#include "ct-store-publish.h"

/* The state of a programme published to a calendar server, so that a publish sends only
 * what changed and never overwrites what someone changed on the server (the ETags). */

void
ct_published_event_free (CtPublishedEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->uid);
  g_free (event->href);
  g_free (event->etag);
  g_free (event->hash);
  g_free (event);
}

/**
 * ct_store_list_published:
 * @self: a store
 * @programme_id: the programme
 * @collection: the calendar collection's URL (or the calendar file's URL)
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: (transfer full) (element-type CtPublishedEvent): what was published of the
 *   programme there, by UID; %NULL with @error set when the database cannot be read
 */
GPtrArray *
ct_store_list_published (CtStore     *self,
                         gint64       programme_id,
                         const char  *collection,
                         GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(CtCachedStatement) stmt = NULL;
  g_autoptr(GPtrArray) out = NULL;
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), NULL);
  g_return_val_if_fail (collection != NULL, NULL);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = ct_store_prepare_cached (self,
                                  "SELECT uid, href, etag, sequence, hash, pending "
                                  "FROM published_events WHERE programme_id = ?1 "
                                  "AND collection = ?2 ORDER BY uid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  sqlite3_bind_text (stmt, 2, collection, -1, SQLITE_TRANSIENT);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_published_event_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtPublishedEvent *event = g_new0 (CtPublishedEvent, 1);

      event->uid = ct_store_column_dup (stmt, 0);
      event->href = ct_store_column_dup (stmt, 1);
      event->etag = ct_store_column_dup (stmt, 2);
      event->sequence = (guint) sqlite3_column_int64 (stmt, 3);
      event->hash = ct_store_column_dup (stmt, 4);
      event->pending = sqlite3_column_int (stmt, 5) != 0;
      g_ptr_array_add (out, event);
    }
  if (rc != SQLITE_DONE)
    {
      ct_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/**
 * ct_store_set_published:
 * @self: a store
 * @programme_id: the programme
 * @collection: the calendar collection's URL
 * @event: what is now known of one event there
 * @error: return location for a #CT_STORE_ERROR
 *
 * Records @event, in place of what was recorded for its UID.
 *
 * Returns: %TRUE when written
 */
gboolean
ct_store_set_published (CtStore                *self,
                        gint64                  programme_id,
                        const char             *collection,
                        const CtPublishedEvent *event,
                        GError                **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), FALSE);
  g_return_val_if_fail (collection != NULL && event != NULL, FALSE);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = ct_store_prepare_cached (self,
                                  "INSERT OR REPLACE INTO published_events (programme_id, "
                                  "collection, uid, href, etag, sequence, hash, pending) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  sqlite3_bind_text (stmt, 2, collection, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, event->uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, event->href, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, event->etag, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, event->sequence);
  sqlite3_bind_text (stmt, 7, event->hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 8, event->pending ? 1 : 0);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

/**
 * ct_store_forget_published:
 * @self: a store
 * @programme_id: the programme
 * @collection: the calendar collection's URL
 * @uid: the event no longer on the server
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: %TRUE when forgotten (or never recorded)
 */
gboolean
ct_store_forget_published (CtStore     *self,
                           gint64       programme_id,
                           const char  *collection,
                           const char  *uid,
                           GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), FALSE);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = ct_store_prepare_cached (self,
                                  "DELETE FROM published_events WHERE programme_id = ?1 "
                                  "AND collection = ?2 AND uid = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  sqlite3_bind_text (stmt, 2, collection, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, uid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

/**
 * ct_store_set_last_published:
 * @self: a store
 * @programme_id: the programme
 * @collection: the calendar collection's URL
 * @when: the time of the publish, Unix seconds
 * @error: return location for a #CT_STORE_ERROR
 *
 * Records when @programme_id was last published in full to @collection.
 *
 * Returns: %TRUE when written
 */
gboolean
ct_store_set_last_published (CtStore     *self,
                             gint64       programme_id,
                             const char  *collection,
                             gint64       when,
                             GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), FALSE);
  g_return_val_if_fail (collection != NULL, FALSE);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = ct_store_prepare_cached (self,
                                  "INSERT OR REPLACE INTO publishes (programme_id, collection, "
                                  "published_at) VALUES (?1, ?2, ?3)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  sqlite3_bind_text (stmt, 2, collection, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, when);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

/**
 * ct_store_get_last_published:
 * @self: a store
 * @programme_id: the programme
 * @collection: the calendar collection's URL
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: when @programme_id was last published in full to @collection (Unix seconds),
 *   0 when never, -1 with @error set when it cannot be read
 */
gint64
ct_store_get_last_published (CtStore     *self,
                             gint64       programme_id,
                             const char  *collection,
                             GError     **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), -1);
  g_return_val_if_fail (collection != NULL, -1);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = ct_store_prepare_cached (self,
                                  "SELECT published_at FROM publishes "
                                  "WHERE programme_id = ?1 AND collection = ?2", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, programme_id);
  sqlite3_bind_text (stmt, 2, collection, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc != SQLITE_DONE)
    {
      ct_store_set_error (self, rc, error);
      return -1;
    }
  return 0;
}
