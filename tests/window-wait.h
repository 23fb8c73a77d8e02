/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-window.h"

/* The window reads the store in worker threads: these wait for what it asked. */

static inline void
ct_test_wait_window (CtWindow *window)
{
  while (ct_window_get_busy (window))
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
