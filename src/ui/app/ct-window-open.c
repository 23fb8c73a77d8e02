/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include "ct-first-frame.h"
#include "ct-programme-entry.h"
#include "ct-programme-editor.h"
#include "ct-window-private.h"

/* Opening a programme: loaded in a worker thread (a newer choice drops an older load),
 * and at start-up only once the first frame is drawn. */

/* Opening a programme builds its whole form, more work than the rest of the window: it is
 * done once the first frame is drawn, so the window shows at once. Meanwhile the content
 * area stays blank rather than saying that no programme is selected. */
/* Whether the last programme is selected, or will be once the list under way arrives. */
static gboolean
start_programme_chosen (CtWindow *self)
{
  g_autoptr(CtProgrammeEntry) entry = NULL;

  if (self->start_programme <= 0)
    return FALSE;
  if (self->list_cancellable != NULL)
    return self->select_after_list == self->start_programme;
  entry = gtk_single_selection_get_selected_item (self->programme_selection) != NULL
            ? g_object_ref (gtk_single_selection_get_selected_item (self->programme_selection))
            : NULL;
  return entry != NULL && ct_programme_entry_get_id (entry) == self->start_programme;
}

static gboolean
open_on_start_cb (gpointer data)
{
  CtWindow *self = data;

  if (!self->start_pending)
    return G_SOURCE_REMOVE;
  self->start_pending = FALSE;
  self->focus_start = TRUE;
  gtk_widget_set_opacity (GTK_WIDGET (self->empty_page), 1);
  if (self->start_programme > 0)
    ct_window_select_programme (self, self->start_programme);
  /* It opens off the UI thread, so there is no session yet: the newest only when the
   * programme asked for is not in the list (deleted since). */
  if (self->session == NULL && !start_programme_chosen (self))
    ct_window_select_newest (self);
  return G_SOURCE_REMOVE;
}

static void
first_paint_cb (GdkFrameClock *clock,
                CtWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, self);
  g_idle_add_full (G_PRIORITY_DEFAULT, open_on_start_cb, g_object_ref (self), g_object_unref);
}

static void
start_mapped_cb (CtWindow *self)
{
  GdkFrameClock *clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (self)));

  g_signal_handlers_disconnect_by_func (self, start_mapped_cb, NULL);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_paint_cb), self, 0);
  /* Should no frame come (a window never exposed), the programme opens all the same. */
  g_timeout_add_full (G_PRIORITY_DEFAULT, 1000, open_on_start_cb, g_object_ref (self),
                      g_object_unref);
}

/**
 * ct_window_open_on_start:
 * @self: a window not shown yet
 * @id: the programme to open, or 0 (or one not in the list) for the newest
 *
 * Opens a programme right after the window's first frame is drawn: the last one of the
 * previous session, or the newest of the list. Does nothing on an empty database.
 */
void
ct_window_open_on_start (CtWindow *self,
                         gint64    id)
{
  g_return_if_fail (CT_IS_WINDOW (self));
  g_return_if_fail (!gtk_widget_get_mapped (GTK_WIDGET (self)));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->programmes)) == 0)
    return;
  self->start_programme = id;
  self->start_pending = TRUE;
  gtk_widget_set_opacity (GTK_WIDGET (self->empty_page), 0);
  g_signal_connect_after (self, "map", G_CALLBACK (start_mapped_cb), NULL);
}

/**
 * ct_window_finish_start:
 * @self: the window
 *
 * Opens now the programme ct_window_open_on_start() would open after the first frame,
 * for work that needs it at once (a calendar file given on the command line).
 */
void
ct_window_finish_start (CtWindow *self)
{
  g_return_if_fail (CT_IS_WINDOW (self));
  open_on_start_cb (self);
}

/* At start the keys begin on the programme opened: in its form's first field left to
 * type, or, on another page, on its row in the list. Not on the first button GTK focused,
 * where an Enter would add a section or make a programme. */
static void
focus_start (CtWindow *self)
{
  self->focus_start = FALSE;
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "editor") == 0)
    ct_programme_editor_focus_first_empty (CT_PROGRAMME_EDITOR (self->editor));
  else if (!adw_leaflet_get_folded (self->leaflet))
    ct_window_focus_programme_row (self);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CtWindow *self = g_task_get_source_object (task);
  GError *error = NULL;
  g_autoptr(CtProgramme) programme = ct_store_load_programme_finish (CT_STORE (source), result,
                                                                     &error);
  g_autoptr(CtSession) session = NULL;

  /* Another programme was chosen meanwhile: this one is not shown. */
  if (g_object_get_data (G_OBJECT (task), "ct-cancellable") != self->open_cancellable)
    {
      g_clear_error (&error);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Replaced");
      return;
    }
  g_clear_object (&self->open_cancellable);
  self->opening_id = 0;
  ct_window_update_busy (self);
  if (programme == NULL)
    g_task_return_error (task, error);
  else
    {
      session = ct_session_new (self->store, programme);
      ct_window_set_session (self, session);
      ct_first_frame_report_programme_shown (GTK_WIDGET (self));
      if (programme->id == self->focus_form_of)
        {
          adw_view_stack_set_visible_child_name (self->view_stack, "editor");
          ct_programme_editor_focus_first_empty (CT_PROGRAMME_EDITOR (self->editor));
        }
      else if (self->focus_start)
        focus_start (self);
      self->focus_form_of = 0;
      g_task_return_boolean (task, TRUE);
    }
  ct_window_run_pending_imports (self);
}

/**
 * ct_window_open_programme_async:
 * @self: the window
 * @id: the programme's id in the store
 * @callback: called when the programme is shown, or could not be
 * @user_data: data for @callback
 *
 * Saves the programme being edited, loads @id in a worker thread and shows it in every
 * page. Opening another programme before this one arrived drops this one: it then ends
 * with %G_IO_ERROR_CANCELLED.
 */
void
ct_window_open_programme_async (CtWindow            *self,
                                gint64               id,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;

  g_return_if_fail (CT_IS_WINDOW (self));

  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->opening_id = 0;
  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, ct_window_open_programme_async);
  /* Edits not saved yet are written first; a programme whose edits cannot be written
   * stays open, with them. */
  if (self->session != NULL && !ct_session_save_now (self->session, &error))
    {
      ct_window_update_busy (self);
      g_task_return_error (task, error);
      return;
    }
  self->open_cancellable = g_cancellable_new ();
  self->opening_id = id;
  g_object_set_data_full (G_OBJECT (task), "ct-cancellable",
                          g_object_ref (self->open_cancellable), g_object_unref);
  ct_store_load_programme_async (self->store, id, self->open_cancellable, load_done_cb,
                                 g_steal_pointer (&task));
  ct_window_update_busy (self);
}

/**
 * ct_window_open_programme_finish:
 * @self: the window
 * @result: the #GAsyncResult
 * @error: return location for a #CT_STORE_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Returns: %TRUE when the programme was opened
 */
gboolean
ct_window_open_programme_finish (CtWindow      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
opened_for_item_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  CtWindow *self = CT_WINDOW (source);
  g_autofree char *uuid = user_data;
  g_autoptr(GError) error = NULL;

  if (ct_window_open_programme_finish (self, result, &error))
    {
      ct_window_open_item (self, uuid);
      ct_window_select_programme (self, ct_window_get_programme (self)->id);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    ct_window_report_store_error (self, error);
}

/**
 * ct_window_open_programme_item:
 * @self: the window
 * @programme_id: the store id of the item's programme
 * @uuid: an item of that programme
 *
 * Shows the item in the editor page, opening its programme first when another one is
 * open (for pages that list several programmes' items: the week).
 */
void
ct_window_open_programme_item (CtWindow   *self,
                               gint64      programme_id,
                               const char *uuid)
{
  CtProgramme *open;

  g_return_if_fail (CT_IS_WINDOW (self));
  g_return_if_fail (uuid != NULL);

  open = ct_window_get_programme (self);
  if (open != NULL && (programme_id == 0 || open->id == programme_id))
    ct_window_open_item (self, uuid);
  else if (programme_id != 0)
    ct_window_open_programme_async (self, programme_id, opened_for_item_cb, g_strdup (uuid));
}
