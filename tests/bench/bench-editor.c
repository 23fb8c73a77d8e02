/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The editor's own speed, for build-aux/bench (BENCH_ONLY=editor runs only this):
 *   editor_open_ms  a programme of 60 events with 2 agenda lines each (120) loaded from the
 *                   store into the programme's form, until the frame that draws it
 *   editor_undo_ms  the undo of a typed field, until the next frame
 * Usage: bench-editor RUNS (under a display); prints JSON lines like bench-run. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "bench-data.h"
#include "ct-graphics.h"
#include "ct-programme-editor.h"
#include "ct-session.h"

static gboolean painted;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  painted = TRUE;
}

/* Returns: milliseconds from @start to the end of the next frame drawn. */
static double
wait_frame (GtkWidget *window,
            gint64     start)
{
  painted = FALSE;
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
settle (GtkWidget *window)
{
  wait_frame (window, 0);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
emit (const char *name,
      GArray     *runs,
      const char *note)
{
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_append_printf (line, "{\"name\": \"%s\", \"runs_ms\": [", name);
  for (guint i = 0; i < runs->len; i++)
    g_string_append_printf (line, "%s%.3f", i ? ", " : "", g_array_index (runs, double, i));
  g_string_append_printf (line, "], \"note\": \"%s\"}\n", note);
  fputs (line->str, stdout);
  fflush (stdout);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("congtac-bench-editor-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "editor.db", NULL);
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(CtProgramme) big = NULL;
  g_autoptr(GArray) open_runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) complete_runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo_runs = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window, *editor;
  GdkFrameClock *clock;
  int runs = argc > 1 ? MAX (5, atoi (argv[1])) : 7;

  setlocale (LC_ALL, "");
  ct_graphics_avoid_software_gl ();
  adw_init ();
  store = ct_store_open (path, &error);
  g_assert_no_error (error);
  big = bench_big_programme_new (rand, 60, 2);
  if (!ct_store_save_programme (store, big, &error))
    g_error ("bench-editor: %s", error->message);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  editor = ct_programme_editor_new ();
  gtk_window_set_child (GTK_WINDOW (window), editor);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  settle (window);

  /* One more run first, to warm the caches and the type system; it is not counted. */
  for (int i = 0; i <= runs; i++)
    {
      g_autoptr(CtProgramme) p = NULL;
      g_autoptr(CtSession) session = NULL;
      GtkWidget *place;
      gint64 start;
      double ms;

      ct_programme_editor_set_session (CT_PROGRAMME_EDITOR (editor), NULL);
      settle (window);
      start = g_get_monotonic_time ();
      p = ct_store_load_programme (store, big->id, &error);
      g_assert_no_error (error);
      session = ct_session_new (store, p);
      ct_programme_editor_set_session (CT_PROGRAMME_EDITOR (editor), session);
      ms = wait_frame (window, start);
      if (i > 0)
        g_array_append_val (open_runs, ms);
      /* The sections and the closing part are built for the next frame. */
      ms = wait_frame (window, start);
      if (i > 0)
        g_array_append_val (complete_runs, ms);
      settle (window);

      place = ct_programme_editor_get_field (CT_PROGRAMME_EDITOR (editor), "place_name");
      gtk_widget_grab_focus (place);
      gtk_editable_set_text (GTK_EDITABLE (place), "Bến Gió");
      settle (window);
      start = g_get_monotonic_time ();
      ct_session_undo (session);
      ms = wait_frame (window, start);
      if (i > 0)
        g_array_append_val (undo_runs, ms);
      settle (window);
      ct_programme_editor_set_session (CT_PROGRAMME_EDITOR (editor), NULL);
    }
  emit ("editor_open_ms", open_runs,
        "60 events, 120 agenda lines: loaded from the store into the form, to its first frame");
  emit ("editor_complete_ms", complete_runs,
        "the same, to the frame that draws the sections and the closing part too");
  emit ("editor_undo_ms", undo_runs, "undo of a typed field, to the next frame");

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
