/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Times the store, renderer and calendar-file operations on the benchmark archive.
 * Usage: bench-run DB RUNS OUTDIR [SEED_PROGRAMME_ID]; with BENCH_STORE_ONLY=1 only the
 * store operations, their names suffixed with BENCH_SUFFIX; with BENCH_ONLY=ics only the
 * calendar-file export and import.
 * Prints one JSON object per line: {"name", "runs_ms": […], "note"}. */
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>

#include "bench-data.h"
#include "ct-export.h"
#include "ct-ics-export.h"
#include "ct-ics-import.h"
#include "ct-renderer.h"
#include "ct-sample.h"
#include "ct-store.h"

typedef struct
{
  CtStore *store;
  GRand *rand;
  guint runs;
  const char *outdir;
  gint64 seed_id;
  gint64 n_programmes;
} Bench;

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
emit (const char *name,
      GArray     *runs,
      const char *note)
{
  GString *line = g_string_new (NULL);
  g_autofree char *escaped = g_strescape (note ? note : "", NULL);

  g_string_append_printf (line, "{\"name\": \"%s%s\", \"runs_ms\": [", name,
                          g_getenv ("BENCH_SUFFIX") ? g_getenv ("BENCH_SUFFIX") : "");
  for (guint i = 0; i < runs->len; i++)
    g_string_append_printf (line, "%s%.3f", i ? ", " : "", g_array_index (runs, double, i));
  g_string_append_printf (line, "], \"note\": \"%s\"}\n", escaped);
  fputs (line->str, stdout);
  fflush (stdout);
  g_string_free (line, TRUE);
}

static void
fail (const GError *error)
{
  g_printerr ("bench-run: %s\n", error->message);
  exit (1);
}

static gint64
random_id (Bench *b)
{
  return g_rand_int_range (b->rand, 1, (gint32) b->n_programmes + 1);
}

/* Opening and saving take a millisecond or less: they run at least this many times,
 * each on another random programme, so that the median is not the first, cold runs'
 * (their cost shows in the max). */
#define MIN_STORE_RUNS 20

static void
bench_open (Bench *b)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_items = 0;

  for (guint i = 0; i < MAX (b->runs, MIN_STORE_RUNS); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CtProgramme) p = ct_store_load_programme (b->store, random_id (b), &error);
      double ms = elapsed_ms (start);

      if (p == NULL)
        fail (error);
      n_items = ct_programme_count_items (p);
      g_array_append_val (runs, ms);
    }
  {
    g_autofree char *note = g_strdup_printf ("ct_store_load_programme, a random programme "
                                             "(%u items)", n_items);
    emit ("open", runs, note);
  }
}

/* One edit as the editor makes it: one event title changed, then the programme saved
 * (committed). */
static void
bench_save (Bench *b)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < MAX (b->runs, MIN_STORE_RUNS); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CtProgramme) p = ct_store_load_programme (b->store, random_id (b), &error);
      CtSection *section;
      CtItem *item;
      gint64 start;
      double ms;

      if (p == NULL)
        fail (error);
      section = g_ptr_array_index (p->sections, 1);
      item = g_ptr_array_index (section->items, 0);
      g_free (item->title);
      item->title = g_strdup_printf ("Hội nghị Ban Thường vụ Huyện ủy (lần %u)", i + 2);
      start = g_get_monotonic_time ();
      if (!ct_store_save_programme (b->store, p, &error))
        fail (error);
      ms = elapsed_ms (start);
      g_array_append_val (runs, ms);
    }
  emit ("save", runs, "ct_store_save_programme after one title edit, to commit");
}

static void
bench_search (Bench *b)
{
  const char *queries[] = {
    "hoi nghi doi thoai", "chuyển đổi số", "ĐỒNG LÚA", "giai phong mat bang",
    "Nguyễn Văn Suối", "nâng cao chất lượng",
  };
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GString) counts = g_string_new ("ct_store_list_programmes with a query, "
                                            "matches:");

  for (guint i = 0; i < MAX (b->runs, G_N_ELEMENTS (queries)); i++)
    {
      g_autoptr(GError) error = NULL;
      const char *query = queries[i % G_N_ELEMENTS (queries)];
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) found = ct_store_list_programmes (b->store, query, &error);
      double ms = elapsed_ms (start);

      if (found == NULL)
        fail (error);
      g_array_append_val (runs, ms);
      if (i < G_N_ELEMENTS (queries))
        g_string_append_printf (counts, " %u", found->len);
    }
  emit ("search", runs, counts->str);
}

static void
bench_list_all (Bench *b)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < b->runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) all = ct_store_list_programmes (b->store, NULL, &error);
      double ms = elapsed_ms (start);

      if (all == NULL)
        fail (error);
      g_array_append_val (runs, ms);
    }
  emit ("list-all", runs, "ct_store_list_programmes without a query (the sidebar)");
}

/* The seed programme, or the first-run sample when it was not imported. */
static CtProgramme *
load_seed (Bench *b)
{
  g_autoptr(GError) error = NULL;
  CtProgramme *seed;

  seed = b->seed_id > 0 ? ct_store_load_programme (b->store, b->seed_id, &error)
                        : ct_sample_programme_new ();
  if (seed == NULL)
    fail (error);
  return seed;
}

static guint
time_pdf (const CtProgramme *p,
          const char        *path,
          GArray            *runs,
          guint              n)
{
  guint pages = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(CtRenderer) renderer = ct_renderer_new (p, NULL);
      double ms;

      pages = ct_renderer_paginate (renderer);
      if (!ct_renderer_export_pdf (renderer, path, &error))
        fail (error);
      ms = elapsed_ms (start);
      g_array_append_val (runs, ms);
    }
  return pages;
}

static void
bench_pdf (Bench *b)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) big_runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(CtProgramme) seed = load_seed (b);
  g_autoptr(CtProgramme) big = NULL;
  g_autofree char *path = g_build_filename (b->outdir, "bench.pdf", NULL);
  g_autofree char *note = NULL, *big_note = NULL;
  guint pages, n_events = 330;

  pages = time_pdf (seed, path, runs, b->runs);
  note = g_strdup_printf ("%s, %u pages, renderer + cairo PDF to file",
                          b->seed_id > 0 ? "the seed programme" :
                          "the first-run sample (seed not imported)", pages);
  emit ("pdf-seed", runs, note);

  /* Grow the programme until it fills 200 pages. */
  for (;;)
    {
      g_autoptr(CtRenderer) renderer = NULL;
      g_autoptr(GRand) rand = g_rand_new_with_seed (7);

      g_clear_pointer (&big, ct_programme_unref);
      big = bench_big_programme_new (rand, n_events, 6);
      renderer = ct_renderer_new (big, NULL);
      pages = ct_renderer_paginate (renderer);
      if (pages >= 200)
        break;
      n_events = n_events * 205 / MAX (pages, 1) + 1;
    }
  pages = time_pdf (big, path, big_runs, MAX (5, b->runs / 2));
  big_note = g_strdup_printf ("%u events with 6 agenda items, %u pages", n_events, pages);
  emit ("pdf-200-pages", big_runs, big_note);
}

/* The seed as the documents to edit: Word, OpenDocument and HTML, written to a file. */
static void
bench_documents (Bench *b)
{
  static const struct { CtExportFormat format; const char *name, *file; } formats[] = {
    { CT_EXPORT_FORMAT_DOCX, "docx-seed", "bench.docx" },
    { CT_EXPORT_FORMAT_ODT, "odt-seed", "bench.odt" },
    { CT_EXPORT_FORMAT_HTML, "html-seed", "bench.html" },
  };
  g_autoptr(CtProgramme) seed = load_seed (b);
  g_autoptr(GError) error = NULL;

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *path = g_build_filename (b->outdir, formats[f].file, NULL);
      g_autofree char *note = NULL;
      GStatBuf st;

      for (guint i = 0; i < b->runs; i++)
        {
          gint64 start = g_get_monotonic_time ();
          double ms;

          if (!ct_export_write (seed, formats[f].format, path, FALSE, &error))
            fail (error);
          ms = elapsed_ms (start);
          g_array_append_val (runs, ms);
        }
      if (g_stat (path, &st) != 0)
        g_error ("cannot stat %s", path);
      note = g_strdup_printf ("%s, tree + writer + atomic replace, %" G_GINT64_FORMAT " bytes",
                              b->seed_id > 0 ? "the seed programme" : "the first-run sample",
                              (gint64) st.st_size);
      emit (formats[f].name, runs, note);
    }
}

static void
bench_ics (Bench *b)
{
  g_autoptr(GArray) export_runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) import_runs = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(CtProgramme) big = bench_big_programme_new (rand, 10000, 2);
  g_autofree char *path = g_build_filename (b->outdir, "bench.ics", NULL);
  g_autofree char *data = NULL;
  g_autofree char *note = NULL;
  g_auto(CtIcsImportResult) result = { 0, };

  for (guint i = 0; i < MAX (5, b->runs / 2); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      g_clear_pointer (&data, g_free);
      if (!ct_ics_export_to_file (big, NULL, path, &error))
        fail (error);
      ms = elapsed_ms (start);
      g_array_append_val (export_runs, ms);
    }
  if (!g_file_get_contents (path, &data, NULL, NULL))
    g_error ("cannot read %s", path);
  for (guint i = 0; i < MAX (5, b->runs / 2); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CtProgramme) target = ct_programme_new ();
      gint64 start;
      double ms;

      ct_programme_set_period (target, CT_PERIOD_KIND_YEAR, 2024, 0);
      ct_programme_add_section (target, "Lịch nhập");
      start = g_get_monotonic_time ();
      if (!ct_ics_import (target, NULL, data, -1, &result, &error))
        fail (error);
      ms = elapsed_ms (start);
      g_array_append_val (import_runs, ms);
    }
  note = g_strdup_printf ("10 000 events + 1 weekly rule, %zu bytes", strlen (data));
  emit ("ics-export-10000", export_runs, note);
  g_free (note);
  note = g_strdup_printf ("the same file into an empty programme: %u added", result.added);
  emit ("ics-import-10000", import_runs, note);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = NULL;
  Bench b = { NULL, };

  setlocale (LC_ALL, "");
  if (argc < 4)
    {
      g_printerr ("usage: bench-run DB RUNS OUTDIR [SEED_PROGRAMME_ID]\n");
      return 2;
    }
  b.store = ct_store_open (argv[1], &error);
  if (b.store == NULL)
    fail (error);
  b.runs = MAX (5, atoi (argv[2]));
  b.outdir = argv[3];
  b.seed_id = argc > 4 ? g_ascii_strtoll (argv[4], NULL, 10) : 0;
  b.rand = g_rand_new_with_seed (42);
  all = ct_store_list_programmes (b.store, NULL, &error);
  if (all == NULL)
    fail (error);
  b.n_programmes = all->len;

  if (g_strcmp0 (g_getenv ("BENCH_ONLY"), "ics") == 0)
    bench_ics (&b);
  else
    {
      bench_open (&b);
      bench_save (&b);
      bench_search (&b);
      bench_list_all (&b);
      if (g_strcmp0 (g_getenv ("BENCH_STORE_ONLY"), "1") != 0)
        {
          bench_pdf (&b);
          bench_documents (&b);
          bench_ics (&b);
        }
    }

  g_rand_free (b.rand);
  g_object_unref (b.store);
  return 0;
}
