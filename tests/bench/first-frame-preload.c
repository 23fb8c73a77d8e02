/* SPDX-License-Identifier: GPL-3.0-or-later */
/* LD_PRELOAD module for build-aux/bench: measures any GTK 4 application's first painted
 * frame the same way CONGTAC_REPORT_FIRST_FRAME does in Congtac, so the reference app
 * (gnome-text-editor) is timed by the same clock and the same event. Prints
 *   first-frame-us: MONOTONIC_MICROSECONDS
 * on stderr once the first mapped window's frame clock emits "after-paint". */
#include <gtk/gtk.h>
#include <stdio.h>

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  fprintf (stderr, "first-frame-us: %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stderr);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, user_data);
}

/* Every widget's "map" passes here; the first native (window) mapped gets the probe. */
static gboolean
map_hook (GSignalInvocationHint *hint,
          guint                  n_values,
          const GValue          *values,
          gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);
  GdkSurface *surface;

  if (!GTK_IS_WINDOW (widget))
    return TRUE;
  surface = gtk_native_get_surface (GTK_NATIVE (widget));
  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
  return FALSE; /* removes the hook */
}

__attribute__((constructor)) static void
first_frame_preload_init (void)
{
  g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, map_hook, NULL,
                              NULL);
}
