/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "ct-import-text.h"
#include "ct-render-text.h"
#include "ct-sample.h"

/* Times the text importer and the text renderer: on the first-run sample, on the real
 * programme in CT_SEEDS_DIR when it is there, and on inputs near the 5 MB limit that
 * a fuzzer would try (one huge paragraph, hundreds of thousands of headings and notes).
 * The importer's work is linear in its input; these numbers show the constant.
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
  bench ("5 MB: one paragraph", paragraph, 2);
  bench ("5 MB: wrapped headings", headings, 2);
  bench ("5 MB: agenda items and notes", notes, 2);
  return 0;
}
