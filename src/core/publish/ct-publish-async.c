/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-publish"

#include "config.h"

#include "ct-publish.h"

/* The worker-thread forms of ct_publisher_discover() and ct_publisher_publish(). */

static void
discover_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *calendars = ct_publisher_discover (source_object, cancellable, &error);

  if (calendars == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, calendars, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * ct_publisher_discover_async:
 *
 * Runs ct_publisher_discover() in a worker thread.
 */
void
ct_publisher_discover_async (CtPublisher         *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, ct_publisher_discover_async);
  g_task_run_in_thread (task, discover_thread);
}

/**
 * ct_publisher_discover_finish:
 *
 * Returns: (transfer full) (element-type CtPublishCalendar): as ct_publisher_discover()
 */
GPtrArray *
ct_publisher_discover_finish (CtPublisher   *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  CtStore *store;
  CtProgramme *programme;
  CtPublishMode mode;
  gboolean create;
  CtIcsExportOptions options;
  char *unit;
} PublishData;

static void
publish_data_free (PublishData *data)
{
  g_object_unref (data->store);
  ct_programme_unref (data->programme);
  g_free (data->unit);
  g_free (data);
}

static void
publish_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PublishData *data = task_data;
  GError *error = NULL;
  CtPublishResult *result = ct_publisher_publish (source_object, data->store, data->programme,
                                                  data->mode, data->create, &data->options,
                                                  cancellable, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) ct_publish_result_free);
}

/**
 * ct_publisher_publish_async:
 *
 * Runs ct_publisher_publish() in a worker thread, on a copy of @programme. The progress
 * function (ct_publisher_set_progress()) is called in that thread.
 */
void
ct_publisher_publish_async (CtPublisher              *self,
                            CtStore                  *store,
                            const CtProgramme        *programme,
                            CtPublishMode             mode,
                            gboolean                  create,
                            const CtIcsExportOptions *options,
                            GCancellable             *cancellable,
                            GAsyncReadyCallback       callback,
                            gpointer                  user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  PublishData *data = g_new0 (PublishData, 1);

  data->store = g_object_ref (store);
  data->programme = ct_programme_copy (programme);
  data->mode = mode;
  data->create = create;
  if (options != NULL)
    data->options = *options;
  else
    ct_ics_export_options_init (&data->options);
  data->unit = g_strdup (data->options.unit);
  data->options.unit = data->unit;
  g_task_set_source_tag (task, ct_publisher_publish_async);
  g_task_set_task_data (task, data, (GDestroyNotify) publish_data_free);
  g_task_run_in_thread (task, publish_thread);
}

/**
 * ct_publisher_publish_finish:
 *
 * Returns: (transfer full): as ct_publisher_publish()
 */
CtPublishResult *
ct_publisher_publish_finish (CtPublisher   *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
