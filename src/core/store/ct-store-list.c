/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-format.h"
#include "ct-store-private.h"
#include "ct-text.h"

/* The programmes as a list: listing and searching them, their revisions, deleting and
 * duplicating one, and the unit directory. The connection is ct-store.c's. */

/**
 * ct_store_is_empty:
 * @self: a store
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: %TRUE when the database holds no programme (first run); %FALSE with @error
 *   set on failure
 */
gboolean
ct_store_is_empty (CtStore  *self,
                   GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), FALSE);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = ct_store_prepare (self, "SELECT NOT EXISTS (SELECT 1 FROM programmes)", error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    return ct_store_set_error (self, rc, error);
  return sqlite3_column_int (stmt, 0) != 0;
}

/**
 * ct_programme_summary_free:
 * @summary: (transfer full): a summary
 */
void
ct_programme_summary_free (CtProgrammeSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->subtitle);
  g_free (summary->issuing_body);
  g_free (summary->excerpt);
  g_free (summary);
}

static char *
escape_like (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The query's WHERE clause: everything, an FTS5 phrase, or — for a query without any
 * letter or digit, which the index cannot answer — a substring of the folded text. */
static sqlite3_stmt *
prepare_list (CtStore     *self,
              const char  *query,
              GError     **error)
{
  static const char select_sql[] =
    "SELECT id, period_kind, period_year, period_index, subtitle, issuing_body, number, "
    "status, modified FROM programmes ";
  static const char order_sql[] =
    " ORDER BY period_year DESC, period_kind ASC, period_index DESC, id DESC";
  g_autofree char *folded = ct_text_fold (query);
  g_autofree char *expression = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  if (*folded == '\0')
    {
      sql = g_strconcat (select_sql, order_sql, NULL);
      return ct_store_prepare (self, sql, error);
    }
  expression = ct_store_search_expression (query);
  if (expression != NULL)
    {
      sql = g_strconcat (select_sql, "WHERE id IN (SELECT rowid FROM programme_search "
                         "WHERE programme_search MATCH ?1)", order_sql, NULL);
      stmt = ct_store_prepare (self, sql, error);
      if (stmt != NULL)
        sqlite3_bind_text (stmt, 1, g_steal_pointer (&expression), -1, g_free);
      return stmt;
    }
  sql = g_strconcat (select_sql, "WHERE id IN (SELECT rowid FROM programme_search "
                     "WHERE key LIKE ?1 ESCAPE '\\')", order_sql, NULL);
  stmt = ct_store_prepare (self, sql, error);
  if (stmt != NULL)
    {
      g_autofree char *escaped = escape_like (folded);
      sqlite3_bind_text (stmt, 1, g_strdup_printf ("%%%s%%", escaped), -1, g_free);
    }
  return stmt;
}

/**
 * ct_store_list_programmes:
 * @self: a store
 * @query: (nullable): words to search for, ignoring case and Vietnamese diacritics
 *   (see ct_text_fold()), as a phrase: "hoi nghi ban chap" finds "Hội nghị Ban Chấp
 *   hành"; words match from their start, the last one may be incomplete; %NULL or ""
 *   lists everything
 * @error: return location for a #CT_STORE_ERROR
 *
 * Lists programmes, newest period first. A search uses the full-text index (cost grows
 * with the number of matches, not with the size of the archive).
 *
 * Returns: (transfer full) (element-type CtProgrammeSummary) (nullable): the summaries,
 *   or %NULL with @error set
 */
GPtrArray *
ct_store_list_programmes (CtStore     *self,
                          const char  *query,
                          GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) result = NULL;
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), NULL);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = prepare_list (self, query, error);
  if (stmt == NULL)
    return NULL;

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_programme_summary_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CtProgrammeSummary *s = g_new0 (CtProgrammeSummary, 1);
      const char *subtitle = (const char *) sqlite3_column_text (stmt, 4);

      s->id = sqlite3_column_int64 (stmt, 0);
      s->period_kind = sqlite3_column_int (stmt, 1);
      s->period_year = sqlite3_column_int (stmt, 2);
      s->period_index = sqlite3_column_int (stmt, 3);
      s->subtitle = subtitle ? g_strdup (subtitle)
                             : ct_format_subtitle (s->period_kind, s->period_year,
                                                   s->period_index);
      s->issuing_body = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      s->number = sqlite3_column_int (stmt, 6);
      s->status = sqlite3_column_int (stmt, 7);
      s->modified = sqlite3_column_int64 (stmt, 8);
      g_ptr_array_add (result, s);
    }
  if (rc != SQLITE_DONE)
    {
      ct_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&result);
}

/**
 * ct_store_get_revision:
 * @self: a store
 * @id: the programme's id
 * @error: return location for a #CT_STORE_ERROR
 *
 * Reads the stored revision of a programme without loading it, to tell whether a
 * programme open here was saved by another program.
 *
 * Returns: the revision, or 0 with @error set (%CT_STORE_ERROR_NOT_FOUND when the
 *   programme was deleted)
 */
gint64
ct_store_get_revision (CtStore  *self,
                       gint64    id,
                       GError  **error)
{
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), 0);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = ct_store_prepare_cached (self, "SELECT revision FROM programmes WHERE id = ?", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    ct_store_set_not_found (id, error);
  else
    ct_store_set_error (self, rc, error);
  return 0;
}

/**
 * ct_store_delete_programme:
 * @self: a store
 * @id: the programme's id
 * @error: return location for a #CT_STORE_ERROR
 *
 * Deletes a programme with its sections, items, agenda items and recipients (foreign keys
 * cascade) in one transaction. A missing id gives %CT_STORE_ERROR_NOT_FOUND.
 *
 * Returns: %TRUE on success
 */
gboolean
ct_store_delete_programme (CtStore  *self,
                           gint64    id,
                           GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), FALSE);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = ct_store_prepare (self, "DELETE FROM programmes WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  if (sqlite3_changes (ct_store_get_db (self)) == 0)
    return ct_store_set_not_found (id, error);
  return TRUE;
}

/**
 * ct_store_duplicate_programme:
 * @self: a store
 * @id: the programme to copy
 * @error: return location for a #CT_STORE_ERROR
 *
 * Saves a copy of a programme as a new draft without number or issue date; its items get
 * new UUIDs (so calendar files never confuse the two) and SEQUENCE 0.
 *
 * Returns: the new programme's id, or 0 with @error set
 */
gint64
ct_store_duplicate_programme (CtStore  *self,
                              gint64    id,
                              GError  **error)
{
  g_autoptr(CtProgramme) programme = NULL;

  g_return_val_if_fail (CT_IS_STORE (self), 0);

  programme = ct_store_load_programme (self, id, error);
  if (programme == NULL)
    return 0;
  ct_programme_make_new_draft (programme);
  if (!ct_store_save_programme (self, programme, error))
    return 0;
  return programme->id;
}

/**
 * ct_store_list_units:
 * @self: a store
 * @error: return location for a #CT_STORE_ERROR
 *
 * Lists the unit directory: the preparing units named by an agenda item of some stored
 * programme, sorted by name. A unit no agenda item names any more (a typing mistake
 * corrected, an agenda item undone or deleted) is not offered again.
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the unit names, or %NULL with
 *   @error set
 */
GPtrArray *
ct_store_list_units (CtStore  *self,
                     GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  g_return_val_if_fail (CT_IS_STORE (self), NULL);

  locker = g_mutex_locker_new (ct_store_get_lock (self));
  stmt = ct_store_prepare (self, "SELECT name FROM units u WHERE EXISTS (SELECT 1 FROM "
                                 "agenda_items a WHERE a.unit_id = u.id) ORDER BY fold_key",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      ct_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&names);
}
