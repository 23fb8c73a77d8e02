/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-import.h"
#include "ct-render-text.h"
#include "ct-renderer.h"
#include "ct-sample.h"
#include "fixture-programme.h"

/* Times the text importer and the text renderer: on the first-run sample, on the real
 * programme in CT_SEEDS_DIR when it is there, and on inputs near the 5 MB limit that
 * a fuzzer would try (one huge paragraph, hundreds of thousands of headings and notes).
 * The importer's work is linear in its input; these numbers show the constant.
 * Office files are timed from bytes to programme: the .docx, .odt and .pdf of
 * tests/data/documents and a PDF of some ten pages the renderer writes.
 * Run with `meson test -C build --benchmark bench-import --verbose`. */

static void
bench (const char *name,
       const char *text,
       guint       rounds)
{
  double import = 0, render = 0;
  guint sections = 0;

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CtProgramme) p = NULL;
      g_autofree char *out = NULL;
      gint64 t0 = g_get_monotonic_time (), t1;

      p = ct_import_text (text, -1, NULL, &error);
      t1 = g_get_monotonic_time ();
      import += (t1 - t0) / 1000.0;
      if (p == NULL)
        continue;
      out = ct_programme_render_text (p);
      render += (g_get_monotonic_time () - t1) / 1000.0;
      sections = p->sections->len;
    }
  g_print ("%-34s %8zu bytes  %7u sections  import %9.2f ms  render %8.2f ms  (mean of %u)\n",
           name, strlen (text), sections, import / rounds, render / rounds, rounds);
}

static void
bench_file (const char *name,
            const char *data,
            gsize       length,
            guint       rounds)
{
  double total = 0;
  guint lines = 0;

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(CtImportReport) report = ct_import_data (data, length, name, &error);

      total += (g_get_monotonic_time () - t0) / 1000.0;
      if (report == NULL)
        {
          g_print ("%-34s refused: %s\n", name, error->message);
          return;
        }
      lines = g_strv_length (report->source_lines);
    }
  g_print ("%-34s %8zu bytes  %7u lines     import %9.2f ms  (mean of %u)\n",
           name, length, lines, total / rounds, rounds);
}

static void
bench_document (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_SOURCE_DIR, "data", "documents", name, NULL);
  g_autofree char *data = NULL;
  gsize length;

  if (g_file_get_contents (path, &data, &length, NULL))
    bench_file (name, data, length, 50);
}

/* A PDF of the sample with 59 more conferences and an agenda of 120 reports. */
static void
bench_long_pdf (void)
{
  g_autoptr(CtProgramme) p = ct_sample_programme_new ();
  g_autoptr(CtRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("congtac-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length;

  fixture_add_conferences (p);
  renderer = ct_renderer_new (p, NULL);
  if (!ct_renderer_export_pdf (renderer, path, &error) ||
      !g_file_get_contents (path, &data, &length, NULL))
    {
      g_print ("long PDF: not written, skipped\n");
      return;
    }
  name = g_strdup_printf ("PDF of %u pages", ct_renderer_get_n_pages (renderer));
  bench_file (name, data, length, 10);
  g_unlink (path);
  g_rmdir (dir);
}

static char *
repeat (const char *head,
        const char *unit,
        gsize       max_bytes)
{
  GString *out = g_string_new (head);

  while (out->len + strlen (unit) < max_bytes)
    g_string_append (out, unit);
  return g_string_free (out, FALSE);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(CtProgramme) sample = ct_sample_programme_new ();
  g_autofree char *sample_text = ct_programme_render_text (sample);
  const char *dir = g_getenv ("CT_SEEDS_DIR");
  g_autofree char *seed_path = dir ? g_build_filename (dir, "programme-2023-09-huyen-uy.txt",
                                                       NULL) : NULL;
  g_autofree char *seed = NULL;
  const gsize max = CT_IMPORT_MAX_BYTES - 64;
  g_autofree char *paragraph = repeat ("CHƯƠNG TRÌNH\nI. Nhiệm vụ\n1. ", "chăm lo đời sống, ", max);
  g_autofree char *headings = repeat ("CHƯƠNG TRÌNH\n", "I. Hội nghị (thứ\n", max);
  g_autofree char *notes = repeat ("CHƯƠNG TRÌNH\nI. Họp: Ngày 08/9/2023.\n",
                                   "1. Nội dung\n(UBND huyện chuẩn bị nội dung 1-999)\n", max);

  setlocale (LC_ALL, "");
  bench ("sample", sample_text, 200);
  if (seed_path != NULL && g_file_get_contents (seed_path, &seed, NULL, NULL))
    bench ("real programme (seed)", seed, 100);
  else
    g_print ("real programme (seed): not in CT_SEEDS_DIR, skipped\n");
  bench_document ("programme-party.docx");
  bench_document ("programme-party.odt");
  bench_document ("programme-party.pdf");
  bench_document ("programme-state.docx");
  bench_long_pdf ();
  bench ("5 MB: one paragraph", paragraph, 2);
  bench ("5 MB: wrapped headings", headings, 2);
  bench ("5 MB: agenda items and notes", notes, 2);
  return 0;
}
