/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-week-page"

#include "config.h"

#include "ct-week-page-private.h"

/* The week's programmes: those of the store whose period overlaps the week, read in a
 * worker thread so that the window never waits on the database, and the open programme
 * as it is being edited. */

typedef struct
{
  GDate first;
  GDate last;
} LoadRequest;

gboolean
ct_week_page_overlaps (CtProgramme *programme,
                       const GDate *first,
                       const GDate *last)
{
  GDate from, to;

  ct_programme_get_period_range (programme, &from, &to);
  return g_date_compare (&from, last) <= 0 && g_date_compare (&to, first) >= 0;
}

/* The programmes of the schedule: the store's, with the open programme as it is being
 * edited in place of its stored copy. */
GPtrArray *
ct_week_page_programmes (CtWeekPage *self)
{
  GPtrArray *programmes = g_ptr_array_new ();
  CtProgramme *live = self->session ? ct_session_get_programme (self->session) : NULL;
  gint64 live_id = live ? live->id : 0;
  GDate first, last;
  gboolean placed = FALSE;

  ct_week_page_week_range (self, &first, &last);
  /* Its period may have been changed away from the week since it was saved. */
  if (live != NULL && !ct_week_page_overlaps (live, &first, &last))
    live = NULL;
  for (guint i = 0; self->loaded != NULL && i < self->loaded->len; i++)
    {
      CtProgramme *p = g_ptr_array_index (self->loaded, i);

      if (live_id == 0 || p->id != live_id)
        g_ptr_array_add (programmes, p);
      else if (live != NULL && !placed)
        {
          g_ptr_array_add (programmes, live);
          placed = TRUE;
        }
    }
  if (live != NULL && !placed)
    g_ptr_array_add (programmes, live);
  return programmes;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CtStore *store = source_object;
  LoadRequest *request = task_data;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_programme_unref);
  g_autoptr(GPtrArray) list = NULL;
  GError *error = NULL;

  list = ct_store_list_programmes (store, NULL, &error);
  if (list == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  for (guint i = 0; i < list->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      CtProgrammeSummary *summary = g_ptr_array_index (list, i);
      g_autoptr(CtProgramme) period = ct_programme_new ();
      CtProgramme *programme;

      /* The summary's period tells whether the programme is worth loading. */
      ct_programme_set_period (period, summary->period_kind, summary->period_year,
                               summary->period_index);
      if (!ct_week_page_overlaps (period, &request->first, &request->last))
        continue;
      programme = ct_store_load_programme (store, summary->id, &error);
      if (programme == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      g_ptr_array_add (found, programme);
    }
  g_task_return_pointer (task, g_steal_pointer (&found), (GDestroyNotify) g_ptr_array_unref);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(CtWeekPage) self = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *programmes = g_task_propagate_pointer (G_TASK (result), &error);

  /* Another week was asked for meanwhile, or the page went away. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    {
      g_clear_pointer (&programmes, g_ptr_array_unref);
      return;
    }
  g_clear_object (&self->cancellable);
  ct_week_page_set_loading (self, FALSE);
  if (programmes == NULL)
    {
      self->copy_pending = FALSE;
      ct_week_page_toast (self, error->message);
      ct_week_page_update_notice (self, 0);
      return;
    }
  g_clear_pointer (&self->loaded, g_ptr_array_unref);
  self->loaded = programmes;
  ct_week_page_rebuild (self);
  if (self->copy_pending)
    ct_week_page_copy_digest (self);
}

/* Reads the week's programmes from the store in a worker thread; a read under way for
 * another week is dropped. */
void
ct_week_page_start_load (CtWeekPage *self)
{
  g_autoptr(GTask) task = NULL;
  LoadRequest *request;

  self->stale = FALSE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->store == NULL)
    {
      ct_week_page_set_loading (self, FALSE);
      ct_week_page_rebuild (self);
      return;
    }
  request = g_new0 (LoadRequest, 1);
  ct_week_page_week_range (self, &request->first, &request->last);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self->store, self->cancellable, load_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, ct_week_page_start_load);
  g_task_set_task_data (task, request, g_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
  ct_week_page_set_loading (self, TRUE);
}

