/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-first-frame"

#include "config.h"

#include <stdio.h>

#include "ct-first-frame.h"

/* For build-aux/bench: with CONGTAC_REPORT_FIRST_FRAME=1 the app prints, once, the
 * monotonic time (g_get_monotonic_time(), CLOCK_MONOTONIC in µs) at which the first frame
 * of its first window was painted:
 *   congtac-first-frame-us: 123456789
 * and, once, that of the first frame that shows an opened programme (its form is built
 * after the first frame):
 *   congtac-programme-frame-us: 123456789
 * The benchmark subtracts the time it launched the process. */

static gboolean
requested (void)
{
  return g_strcmp0 (g_getenv ("CONGTAC_REPORT_FIRST_FRAME"), "1") == 0;
}

/* @user_data: the name printed */
static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  printf ("%s: %" G_GINT64_FORMAT "\n", (const char *) user_data, g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, user_data);
}

static void
window_mapped_cb (GtkWidget *window,
                  gpointer   user_data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_handlers_disconnect_by_func (window, window_mapped_cb, user_data);
  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                    G_CALLBACK (after_paint_cb), (gpointer) "congtac-first-frame-us");
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  g_signal_handlers_disconnect_by_func (application, window_added_cb, user_data);
  g_signal_connect_after (window, "map", G_CALLBACK (window_mapped_cb), NULL);
}

/**
 * ct_first_frame_report_if_requested:
 * @application: the application, before it runs
 *
 * When the environment variable CONGTAC_REPORT_FIRST_FRAME is "1", prints the time of
 * the first painted frame of the first window on stdout (see above). Does nothing
 * otherwise.
 */
void
ct_first_frame_report_if_requested (GtkApplication *application)
{
  g_return_if_fail (GTK_IS_APPLICATION (application));

  if (!requested ())
    return;
  g_signal_connect (application, "window-added", G_CALLBACK (window_added_cb), NULL);
}

/**
 * ct_first_frame_report_programme_shown:
 * @window: a mapped window that now shows an opened programme
 *
 * When the environment variable CONGTAC_REPORT_FIRST_FRAME is "1", prints the time of
 * the next frame @window paints, once per process (see above). Does nothing otherwise.
 */
void
ct_first_frame_report_programme_shown (GtkWidget *window)
{
  static gboolean reported;
  GdkSurface *surface;

  g_return_if_fail (GTK_IS_WINDOW (window));

  surface = gtk_native_get_surface (GTK_NATIVE (window));
  if (reported || !requested () || surface == NULL)
    return;
  reported = TRUE;
  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                    G_CALLBACK (after_paint_cb), (gpointer) "congtac-programme-frame-us");
}
