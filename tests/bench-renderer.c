/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-renderer.h"
#include "ct-sample.h"
#include "fixture-programme.h"

/* Times the renderer: layout and pagination (what the preview waits for after an edit),
 * drawing every page, and a PDF export, for the first-run sample and for a programme of
 * 60 conferences with a 120-item agenda. Run with `meson test -C build --benchmark`. */

static CtProgramme *
large_programme (void)
{
  CtProgramme *p = ct_sample_programme_new ();

  fixture_add_conferences (p);
  return p;
}

static void
bench (const char        *name,
       const CtProgramme *programme,
       guint              rounds)
{
  g_autofree char *dir = g_dir_make_tmp ("bench-renderer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  double layout = 0, draw = 0, export = 0;
  guint pages = 0;

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(CtRenderer) renderer = ct_renderer_new (programme, NULL);
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR, NULL);
      cairo_t *cr = cairo_create (surface);
      gint64 t0 = g_get_monotonic_time (), t1, t2;

      pages = ct_renderer_paginate (renderer);
      t1 = g_get_monotonic_time ();
      for (guint i = 0; i < pages; i++)
        ct_renderer_draw_page (renderer, cr, i);
      t2 = g_get_monotonic_time ();
      if (!ct_renderer_export_pdf (renderer, path, &error))
        g_error ("%s", error->message);
      export += (g_get_monotonic_time () - t2) / 1000.0;
      layout += (t1 - t0) / 1000.0;
      draw += (t2 - t1) / 1000.0;
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  g_print ("%-28s %3u pages  layout %7.2f ms  draw %7.2f ms  pdf %7.2f ms  (mean of %u)\n",
           name, pages, layout / rounds, draw / rounds, export / rounds, rounds);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(CtProgramme) sample = ct_sample_programme_new ();
  g_autoptr(CtProgramme) large = large_programme ();

  setlocale (LC_ALL, "");
  bench ("sample", sample, 20);
  bench ("60 events, 120-item agenda", large, 10);
  return 0;
}
