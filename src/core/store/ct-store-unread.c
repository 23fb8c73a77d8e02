/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include <string.h>

#include "ct-store-private.h"
#include "ct-text.h"

/* The texts typed in the editor that are no value yet (#CtProgramme.unread_texts): one
 * row per field, so that what was typed outlives closing the programme. There are
 * rarely any, so a save that changes them writes them all again. */

/*
 * ct_store_load_unread_texts:
 *
 * Adds to @p the texts typed kept for it.
 */
gboolean
ct_store_load_unread_texts (CtStore      *self,
                            CtProgramme  *p,
                            GError      **error)
{
  g_autoptr(CtCachedStatement) stmt = NULL;
  int rc;

  stmt = ct_store_prepare_cached (self, "SELECT field, text FROM unread_texts "
                                        "WHERE programme_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, p->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ct_programme_set_unread_text (p, ct_store_column_text (stmt, 0),
                                  ct_store_column_text (stmt, 1));
  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

static gboolean
run (CtStore       *self,
     sqlite3_stmt  *stmt,
     GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    return ct_store_set_error (self, rc, error);
  return TRUE;
}

/* A text typed in the field of an item removed since goes with the item. */
static gboolean
field_exists (const CtProgramme *p,
              const char        *key)
{
  const char *end;
  g_autofree char *uuid = NULL;

  if (!g_str_has_prefix (key, "item:") || (end = strchr (key + 5, ':')) == NULL)
    return TRUE;
  uuid = g_strndup (key + 5, end - key - 5);
  return ct_programme_find_item (p, uuid, NULL) != NULL;
}

/*
 * ct_store_save_unread_texts:
 *
 * Writes @p's texts typed as the rows of the programme @id, inside the save's
 * transaction, when they differ from the stored ones.
 */
gboolean
ct_store_save_unread_texts (CtStore            *self,
                            gint64              id,
                            const CtProgramme  *p,
                            GError            **error)
{
  g_autoptr(CtProgramme) stored = ct_programme_new ();
  g_autoptr(CtCachedStatement) clear = NULL;
  g_autoptr(CtCachedStatement) insert = NULL;
  g_autoptr(GPtrArray) keys = NULL;

  stored->id = id;
  if (!ct_store_load_unread_texts (self, stored, error))
    return FALSE;
  if (ct_programme_unread_texts_equal (p, stored))
    return TRUE;
  clear = ct_store_prepare_cached (self, "DELETE FROM unread_texts WHERE programme_id = ?",
                                   error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (!run (self, clear, error))
    return FALSE;
  insert = ct_store_prepare_cached (self, "INSERT INTO unread_texts (programme_id, field, text) "
                                          "VALUES (?, ?, ?)", error);
  if (insert == NULL)
    return FALSE;
  keys = ct_programme_list_unread_keys (p);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);

      if (!field_exists (p, key))
        continue;
      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_text (insert, 2, key, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 3, ct_text_normalize (ct_programme_get_unread_text (p, key)),
                         -1, g_free);
      if (!run (self, insert, error))
        return FALSE;
    }
  return TRUE;
}
