/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme-editor.h"
#include "ct-window.h"

/* The window reads the store in worker threads: these wait for what it asked, and for
 * the form of an opened programme to be complete (its lower part comes a frame later). */

/* The window's programme editor. */
static inline CtProgrammeEditor *
ct_test_get_editor (CtWindow *window)
{
  GObject *bin = gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                "editor_bin");

  return CT_PROGRAMME_EDITOR (adw_bin_get_child (ADW_BIN (bin)));
}

static inline void
ct_test_wait_window (CtWindow *window)
{
  CtProgrammeEditor *editor = ct_test_get_editor (window);

  while (ct_window_get_busy (window) || !ct_programme_editor_get_complete (editor))
    g_main_context_iteration (NULL, TRUE);
}

static inline void
ct_test_result_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static inline gboolean
ct_test_open_programme (CtWindow  *window,
                        gint64     id,
                        GError   **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  ct_window_open_programme_async (window, id, ct_test_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  ct_test_wait_window (window);
  return ct_window_open_programme_finish (window, result, error);
}
