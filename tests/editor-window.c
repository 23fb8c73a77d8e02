/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "editor-window.h"
#include "ct-sample.h"
#include "ct-store.h"
#include "test-util-widget.h"
#include "window-wait.h"

/**
 * ct_test_editor_window_set_up:
 * @w: the fixture
 * @app_id: the test application's id
 * @programme: (nullable): the programme to save and open, or %NULL for the first-run
 *   sample
 * @width: the window's width, 0 for its own default
 * @height: the window's height, 0 for its own default
 *
 * Saves @programme in a new database and opens it in a new window (@w->id is its id).
 */
void
ct_test_editor_window_set_up (CtTestEditorWindow *w,
                              const char         *app_id,
                              CtProgramme        *programme,
                              int                 width,
                              int                 height)
{
  g_autoptr(CtProgramme) sample = programme == NULL ? ct_sample_programme_new () : NULL;

  w->dir = g_dir_make_tmp ("congtac-editor-XXXXXX", NULL);
  w->path = g_build_filename (w->dir, "e.db", NULL);
  w->width = width;
  w->height = height;
  w->id = ct_test_editor_window_save (w, programme != NULL ? programme : sample);
  w->app = ct_test_application_new (app_id);
  ct_test_editor_window_open (w);
}

/* Saves @programme in the fixture's database; returns its id. */
gint64
ct_test_editor_window_save (CtTestEditorWindow *w,
                            CtProgramme        *programme)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (w->path, &error);

  g_assert_no_error (error);
  g_assert_true (ct_store_save_programme (store, programme, &error));
  g_assert_no_error (error);
  return programme->id;
}

/* A new window on the database, with the programme @w->id open in its editor. */
void
ct_test_editor_window_open (CtTestEditorWindow *w)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (w->path, &error);

  g_assert_no_error (error);
  w->window = ct_window_new (w->app, store);
  if (w->width > 0 && w->height > 0)
    gtk_window_set_default_size (GTK_WINDOW (w->window), w->width, w->height);
  gtk_window_present (GTK_WINDOW (w->window));
  g_assert_true (ct_test_open_programme (w->window, w->id, &error));
  g_assert_no_error (error);
}

void
ct_test_editor_window_close (CtTestEditorWindow *w)
{
  gtk_window_close (GTK_WINDOW (w->window));
  w->window = NULL;
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
ct_test_editor_window_tear_down (CtTestEditorWindow *w)
{
  if (w->window != NULL)
    ct_test_editor_window_close (w);
  g_clear_object (&w->app);
  ct_test_remove_tree (w->dir);
  g_free (w->path);
  g_free (w->dir);
}
