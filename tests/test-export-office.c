/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>
#include <string.h>

#include "ct-export.h"
#include "ct-import.h"
#include "ct-render-text.h"
#include "ct-renderer.h"
#include "ct-sample.h"
#include "fixture-programme.h"
#include "pdf-check.h"
#include "test-util.h"

/* LibreOffice as the oracle of the Word and OpenDocument files: typeset by it, the
 * document says the words of our PDF in the same order (≥ 98 % of the word sequence) on
 * as many pages (± 1); and once LibreOffice has saved a Word file again, the importer
 * still reads the same programme. */

static char *folder;

/* Runs LibreOffice on @path into @outdir, converting to @filter ("pdf", "docx:…"); a
 * profile of its own, so that tests running at once do not share one. */
static gboolean
convert (const char *path,
         const char *filter,
         const char *outdir)
{
  g_autofree char *profile = g_strdup_printf ("-env:UserInstallation=file://%s/profile", folder);
  const char *argv[] = { "soffice", profile, "--headless", "--convert-to", filter,
                         "--outdir", outdir, path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status = 0;

  return g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out,
                       &err, &status, NULL) && g_spawn_check_wait_status (status, NULL);
}

static gboolean
have_libreoffice (void)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");

  if (soffice == NULL)
    g_test_skip ("LibreOffice is not installed (build-aux/test installs "
                 "libreoffice-writer-nogui)");
  return soffice != NULL;
}

/* The share of @ours's words that @theirs has in the same order: the longest common
 * subsequence over the length of @ours. Page numbers are left out of both. */
static double
sequence_share (GPtrArray *ours,
                GPtrArray *theirs)
{
  g_autoptr(GPtrArray) a = g_ptr_array_new ();
  g_autoptr(GPtrArray) b = g_ptr_array_new ();
  g_autofree guint *row = NULL;
  guint best = 0;

  for (guint i = 0; i < ours->len; i++)
    if (!is_page_number (g_ptr_array_index (ours, i)))
      g_ptr_array_add (a, ((Word *) g_ptr_array_index (ours, i))->text);
  for (guint i = 0; i < theirs->len; i++)
    if (!is_page_number (g_ptr_array_index (theirs, i)))
      g_ptr_array_add (b, ((Word *) g_ptr_array_index (theirs, i))->text);
  row = g_new0 (guint, b->len + 1);
  for (guint i = 0; i < a->len; i++)
    {
      guint diagonal = 0;

      for (guint j = 0; j < b->len; j++)
        {
          guint above = row[j + 1];

          row[j + 1] = strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, j)) == 0
                       ? diagonal + 1 : MAX (row[j], above);
          diagonal = above;
        }
    }
  best = row[b->len];
  return a->len ? (double) best / a->len : 1;
}

/* The share of @ours's words that @theirs has, in any order. */
static double
bag_share (GPtrArray *ours,
           GPtrArray *theirs)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  guint found = 0, total = 0;

  for (guint i = 0; i < theirs->len; i++)
    {
      const char *word = ((Word *) g_ptr_array_index (theirs, i))->text;

      g_hash_table_insert (counts, (gpointer) word,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts,
                                                                                    word)) + 1));
    }
  for (guint i = 0; i < ours->len; i++)
    {
      const Word *w = g_ptr_array_index (ours, i);
      guint left = GPOINTER_TO_UINT (g_hash_table_lookup (counts, w->text));

      if (is_page_number (w))
        continue;
      total++;
      if (left > 0)
        {
          found++;
          g_hash_table_insert (counts, w->text, GUINT_TO_POINTER (left - 1));
        }
    }
  return total ? (double) found / total : 1;
}

/* @in_order: whether the words must also come in the same order. On a one-page programme
 * the two-column header and closing weigh a lot, and a line a point higher or lower in
 * one of them changes the order a PDF reader reads the columns in. */
static void
assert_typeset_alike (const CtProgramme *p,
                      const char        *name,
                      CtExportFormat     format,
                      gboolean           in_order)
{
  g_autoptr(GError) error = NULL;
  const char *extension = format == CT_EXPORT_FORMAT_ODT ? "odt" : "docx";
  g_autofree char *docx = g_strdup_printf ("%s/%s.%s", folder, name, extension);
  g_autofree char *ours_path = g_strdup_printf ("%s/%s-ours.pdf", folder, name);
  g_autofree char *outdir = g_strdup_printf ("%s/lo", folder);
  g_autofree char *theirs_path = g_strdup_printf ("%s/%s.pdf", outdir, name);
  g_autoptr(CtRenderer) renderer = ct_renderer_new (p, NULL);
  g_autoptr(PopplerDocument) ours = NULL, theirs = NULL;
  g_autoptr(GPtrArray) ours_words = NULL, theirs_words = NULL;
  int ours_pages, theirs_pages;
  double share;

  g_assert_true (ct_export_write (p, format, docx, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (ct_renderer_export_pdf (renderer, ours_path, &error));
  g_assert_true (convert (docx, "pdf", outdir));
  ours = open_pdf (ours_path);
  theirs = open_pdf (theirs_path);
  ours_words = pdf_words (ours);
  theirs_words = pdf_words (theirs);
  ours_pages = poppler_document_get_n_pages (ours);
  theirs_pages = poppler_document_get_n_pages (theirs);
  share = sequence_share (ours_words, theirs_words);
  g_test_message ("%s.%s: our PDF %d pages, LibreOffice %d pages; %.1f %% of the words in "
                  "order, %.1f %% in any order", name, extension, ours_pages, theirs_pages,
                  100 * share,
                  100 * bag_share (ours_words, theirs_words));
  g_assert_cmpint (ABS (ours_pages - theirs_pages), <=, 1);
  g_assert_cmpfloat (in_order ? share : bag_share (ours_words, theirs_words), >=, 0.98);
}

static void
test_typeset_fixture (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) state = fixture_programme_state_2025 ();
  g_autoptr(CtProgramme) sample = ct_sample_programme_new ();

  if (!have_libreoffice ())
    return;
  assert_typeset_alike (state, "state", CT_EXPORT_FORMAT_DOCX, FALSE);
  assert_typeset_alike (state, "state", CT_EXPORT_FORMAT_ODT, FALSE);
  assert_typeset_alike (p, "september", CT_EXPORT_FORMAT_DOCX, FALSE);
  assert_typeset_alike (p, "september", CT_EXPORT_FORMAT_ODT, FALSE);
  assert_typeset_alike (sample, "sample", CT_EXPORT_FORMAT_DOCX, TRUE);
  assert_typeset_alike (sample, "sample", CT_EXPORT_FORMAT_ODT, TRUE);
}

/* 60 conferences, one with a 120-item agenda over several pages. */
static void
test_typeset_long (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();

  if (!have_libreoffice ())
    return;
  fixture_add_conferences (p);
  assert_typeset_alike (p, "long", CT_EXPORT_FORMAT_DOCX, TRUE);
  assert_typeset_alike (p, "long", CT_EXPORT_FORMAT_ODT, TRUE);
}

static void
test_typeset_seed (void)
{
  g_autoptr(CtProgramme) seed = fixture_programme_seed ();

  if (seed == NULL || !have_libreoffice ())
    return;
  assert_typeset_alike (seed, "seed", CT_EXPORT_FORMAT_DOCX, TRUE);
  assert_typeset_alike (seed, "seed", CT_EXPORT_FORMAT_ODT, TRUE);
}

/* Saved again by LibreOffice (its own styles, numbering and tables), the file still
 * imports as the same programme. */
static void
assert_resaved_round_trip (const CtProgramme *p,
                           const char        *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *docx = g_strdup_printf ("%s/%s.docx", folder, name);
  g_autofree char *outdir = g_strdup_printf ("%s/resaved", folder);
  g_autofree char *resaved = g_strdup_printf ("%s/%s.docx", outdir, name);
  g_autoptr(CtImportReport) report = NULL;
  g_autofree char *before = ct_programme_render_text (p);
  g_autofree char *after = NULL;

  g_assert_true (ct_export_write (p, CT_EXPORT_FORMAT_DOCX, docx, FALSE, &error));
  g_assert_true (convert (docx, "docx:MS Word 2007 XML", outdir));
  report = ct_import_file (resaved, &error);
  g_assert_no_error (error);
  after = ct_programme_render_text (report->programme);
  g_assert_cmpstr (after, ==, before);
}

static void
test_resaved (void)
{
  g_autoptr(CtProgramme) p = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) state = fixture_programme_state_2025 ();

  if (!have_libreoffice ())
    return;
  assert_resaved_round_trip (p, "september-resaved");
  assert_resaved_round_trip (state, "state-resaved");
}

static void
test_resaved_seed (void)
{
  g_autoptr(CtProgramme) seed = fixture_programme_seed ();

  if (seed == NULL || !have_libreoffice ())
    return;
  assert_resaved_round_trip (seed, "seed-resaved");
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/export-office/typeset-fixture", test_typeset_fixture);
  g_test_add_func ("/export-office/typeset-long", test_typeset_long);
  g_test_add_func ("/export-office/typeset-seed", test_typeset_seed);
  g_test_add_func ("/export-office/resaved", test_resaved);
  g_test_add_func ("/export-office/resaved-seed", test_resaved_seed);
  return ct_test_run_in_folder ("office-XXXXXX", &folder);
}
