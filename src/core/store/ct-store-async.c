/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include "ct-store-private.h"

/* List, delete and duplicate in a worker thread, for a window that must not wait on the
 * database. Each runs the synchronous call, which takes the connection's lock. */

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
 * Lists the programmes in a worker thread (see ct_store_list_programmes()).
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
