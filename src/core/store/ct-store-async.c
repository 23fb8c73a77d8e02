/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include "ct-store-private.h"

/* Save, list, delete and duplicate in a worker thread, for a window that must not wait on
 * the database. Each runs the synchronous call, which takes the connection's lock. */

/* A search result shows where its words were found; the excerpts cost a programme's load
 * each, so only the first results get one, those a sidebar shows without scrolling far. */
#define EXCERPT_ROWS 40

static void
add_excerpts (CtStore      *self,
              GPtrArray    *list,
              const char   *query,
              GCancellable *cancellable)
{
  for (guint i = 0; i < MIN (list->len, EXCERPT_ROWS); i++)
    {
      CtProgrammeSummary *summary = g_ptr_array_index (list, i);
      g_autoptr(GError) error = NULL;

      /* Another search typed meanwhile: this list will be dropped. */
      if (g_cancellable_is_cancelled (cancellable))
        return;
      summary->excerpt = ct_store_dup_excerpt (self, summary->id, query, &error);
      /* Deleted meanwhile, or unreadable: the row shows no excerpt, the list is kept. */
      if (error != NULL)
        g_debug ("No excerpt for programme %" G_GINT64_FORMAT ": %s", summary->id,
                 error->message);
    }
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *list;

  ct_store_wait_for_testing (source_object);
  list = ct_store_list_programmes (source_object, task_data, &error);
  if (list != NULL && task_data != NULL && *(const char *) task_data != '\0')
    add_excerpts (source_object, list, task_data, cancellable);
  if (list != NULL)
    g_task_return_pointer (task, list, (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

/**
 * ct_store_list_programmes_async:
 * @self: a store
 * @query: (nullable): the search, see ct_store_list_programmes()
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Lists the programmes in a worker thread (see ct_store_list_programmes()). For a
 * search, the first results also get their excerpt (#CtProgrammeSummary.excerpt).
 */
void
ct_store_list_programmes_async (CtStore             *self,
                                const char          *query,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CT_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_store_list_programmes_async);
  g_task_set_task_data (task, g_strdup (query), g_free);
  g_task_run_in_thread (task, list_thread);
}

/**
 * ct_store_list_programmes_finish:
 * @self: a store
 * @result: the #GAsyncResult
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: (transfer full) (element-type CtProgrammeSummary) (nullable): the summaries,
 *   or %NULL with @error set
 */
GPtrArray *
ct_store_list_programmes_finish (CtStore       *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
delete_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  ct_store_wait_for_testing (source_object);
  if (ct_store_delete_programme (source_object, *(gint64 *) task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ct_store_delete_programme_async:
 * @self: a store
 * @id: the programme to delete
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Deletes a programme in a worker thread (see ct_store_delete_programme()).
 */
void
ct_store_delete_programme_async (CtStore             *self,
                                 gint64               id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CT_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_store_delete_programme_async);
  g_task_set_task_data (task, g_memdup2 (&id, sizeof id), g_free);
  g_task_run_in_thread (task, delete_thread);
}

/**
 * ct_store_delete_programme_finish:
 * @self: a store
 * @result: the #GAsyncResult
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: %TRUE when the programme was deleted
 */
gboolean
ct_store_delete_programme_finish (CtStore       *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
duplicate_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  gint64 id;

  ct_store_wait_for_testing (source_object);
  id = ct_store_duplicate_programme (source_object, *(gint64 *) task_data, &error);
  if (id != 0)
    g_task_return_int (task, id);
  else
    g_task_return_error (task, error);
}

/**
 * ct_store_duplicate_programme_async:
 * @self: a store
 * @id: the programme to copy
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Copies a programme in a worker thread (see ct_store_duplicate_programme()).
 */
void
ct_store_duplicate_programme_async (CtStore             *self,
                                    gint64               id,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CT_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_store_duplicate_programme_async);
  g_task_set_task_data (task, g_memdup2 (&id, sizeof id), g_free);
  g_task_run_in_thread (task, duplicate_thread);
}

/**
 * ct_store_duplicate_programme_finish:
 * @self: a store
 * @result: the #GAsyncResult
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: the copy's id, or 0 with @error set
 */
gint64
ct_store_duplicate_programme_finish (CtStore       *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);
  return g_task_propagate_int (G_TASK (result), error);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  ct_store_wait_for_testing (source_object);
  if (ct_store_save_programme (source_object, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * ct_store_save_programme_async:
 * @self: a store
 * @programme: the programme; a snapshot is taken now, so later edits do not race
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Saves in a worker thread (see ct_store_save_programme()). Call
 * ct_store_save_programme_finish() with the same @programme's store to get the result;
 * the snapshot's id and sequences are copied back into @programme then.
 */
void
ct_store_save_programme_async (CtStore             *self,
                               CtProgramme         *programme,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CT_IS_STORE (self));
  g_return_if_fail (programme != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ct_store_save_programme_async);
  g_task_set_task_data (task, ct_programme_copy (programme), (GDestroyNotify) ct_programme_unref);
  g_object_set_data_full (G_OBJECT (task), "ct-original", ct_programme_ref (programme),
                          (GDestroyNotify) ct_programme_unref);
  g_task_run_in_thread (task, save_thread);
}

/**
 * ct_store_save_programme_finish:
 * @self: a store
 * @result: the #GAsyncResult
 * @error: return location for a #CT_STORE_ERROR
 *
 * Returns: %TRUE when the snapshot was saved
 */
gboolean
ct_store_save_programme_finish (CtStore       *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  CtProgramme *snapshot, *original;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ct_store_save_programme_async,
                        FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  snapshot = g_task_get_task_data (G_TASK (result));
  original = g_object_get_data (G_OBJECT (result), "ct-original");
  original->id = snapshot->id;
  original->modified = snapshot->modified;
  original->revision = snapshot->revision;
  for (guint i = 0; i < snapshot->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (snapshot->sections, i);
      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *saved = g_ptr_array_index (section->items, j);
          CtItem *item = ct_programme_find_item (original, saved->uuid, NULL);
          if (item != NULL)
            item->sequence = saved->sequence;
        }
    }
  return TRUE;
}

