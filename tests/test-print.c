/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "ct-print.h"
#include "ct-renderer.h"
#include "ct-sample.h"
#include "ct-week-renderer.h"
#include "fixture-programme.h"
#include "test-util-widget.h"

/* poppler-glib 22.12 does not declare these. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static char *tmpdir;

static PopplerDocument *
open_pdf (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, &error);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);
  return doc;
}

/* GTK's default paper under en_US is US Letter; the operation asks for A4 whatever the
 * locale (36-HD/VPTW; NĐ 30/2020). */
static void
test_a4_under_en_us (void)
{
  g_autoptr(CtProgramme) programme = ct_sample_programme_new ();
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  GtkPageSetup *default_setup;
  GtkPrintSettings *settings;

  g_assert_nonnull (setlocale (LC_ALL, "en_US.UTF-8"));
  setup = ct_print_page_setup_new ();
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==,
                   GTK_PAPER_NAME_A4);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_paper_width (setup, GTK_UNIT_MM), 210,
                                  0.01);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_paper_height (setup, GTK_UNIT_MM), 297,
                                  0.01);
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = ct_print_operation_new (programme, NULL);
  default_setup = gtk_print_operation_get_default_page_setup (operation);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (default_setup)), ==,
                   GTK_PAPER_NAME_A4);
  settings = gtk_print_operation_get_print_settings (operation);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_print_settings_get_paper_size (settings)), ==,
                   GTK_PAPER_NAME_A4);
  setlocale (LC_ALL, "C.UTF-8");
}

/* What the print operation draws is what congtac-cli exports: same number of pages, same
 * text on each page, A4. */
static void
test_print_equals_pdf (void)
{
  g_autoptr(CtProgramme) programme = ct_sample_programme_new ();
  g_autoptr(GtkPrintOperation) operation = ct_print_operation_new (programme, NULL);
  g_autoptr(CtRenderer) renderer = ct_renderer_new (programme, NULL);
  g_autofree char *printed = g_build_filename (tmpdir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (tmpdir, "exported.pdf", NULL);
  g_autoptr(PopplerDocument) a = NULL;
  g_autoptr(PopplerDocument) b = NULL;
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_export_filename (operation, printed);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (ct_renderer_export_pdf (renderer, exported, &error));

  a = open_pdf (printed);
  b = open_pdf (exported);
  g_assert_cmpint (poppler_document_get_n_pages (a), ==, 2);
  g_assert_cmpint (poppler_document_get_n_pages (a), ==, poppler_document_get_n_pages (b));
  for (int i = 0; i < poppler_document_get_n_pages (a); i++)
    {
      g_autoptr(PopplerPage) pa = poppler_document_get_page (a, i);
      g_autoptr(PopplerPage) pb = poppler_document_get_page (b, i);
      g_autofree char *ta = poppler_page_get_text (pa);
      g_autofree char *tb = poppler_page_get_text (pb);
      double width, height;

      poppler_page_get_size (pa, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.276, 0.05);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 0.05);
      g_assert_cmpstr (ta, ==, tb);
    }
}

/* The week prints as its PDF export: A4 landscape, the same pages with the same text,
 * marks included; "Print to File" names the week's file. */
static void
test_week_print_equals_pdf (void)
{
  g_autoptr(CtProgramme) month = fixture_programme_september_2023 ();
  g_autoptr(CtProgramme) extra = fixture_programme_week_39_2023_marked (month);
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
  g_autoptr(CtWeek) week = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(CtWeekRenderer) renderer = NULL;
  g_autofree char *printed = g_build_filename (tmpdir, "week-printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (tmpdir, "week-exported.pdf", NULL);
  g_autoptr(PopplerDocument) a = NULL;
  g_autoptr(PopplerDocument) b = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  GtkPrintSettings *settings;
  GtkPageSetup *setup;

  g_ptr_array_add (programmes, month);
  g_ptr_array_add (programmes, extra);
  week = ct_week_new (2023, 39, programmes, NULL);
  operation = ct_print_week_operation_new (week, month, NULL);
  renderer = ct_week_renderer_new (week, month, NULL);
  setup = gtk_print_operation_get_default_page_setup (operation);
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  settings = gtk_print_operation_get_print_settings (operation);
  g_assert_true (g_str_has_suffix (gtk_print_settings_get (settings,
                                                           GTK_PRINT_SETTINGS_OUTPUT_URI),
                                   "/lich-tuan-2023-W39.pdf"));

  gtk_print_operation_set_export_filename (operation, printed);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL,
                                            &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (ct_week_renderer_export_pdf (renderer, exported, &error));
  g_assert_no_error (error);

  a = open_pdf (printed);
  b = open_pdf (exported);
  g_assert_cmpint (poppler_document_get_n_pages (a), >=, 1);
  g_assert_cmpint (poppler_document_get_n_pages (a), ==, poppler_document_get_n_pages (b));
  for (int i = 0; i < poppler_document_get_n_pages (a); i++)
    {
      g_autoptr(PopplerPage) pa = poppler_document_get_page (a, i);
      g_autoptr(PopplerPage) pb = poppler_document_get_page (b, i);
      g_autofree char *ta = poppler_page_get_text (pa);
      g_autofree char *tb = poppler_page_get_text (pb);
      double width, height;

      poppler_page_get_size (pa, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 841.89, 0.05);
      g_assert_cmpfloat_with_epsilon (height, 595.276, 0.05);
      g_assert_cmpstr (ta, ==, tb);
      g_string_append (all, ta);
    }
  g_assert_nonnull (strstr (all->str, "Dự kiến: Hội nghị thông tin thường kỳ\n(hoãn)"));
  g_assert_nonnull (strstr (all->str, "Hội nghị Ban Chấp hành Đảng bộ huyện\n(điều chỉnh)"));
}

/* Copies and printer chosen last come back; the paper is A4 again even if the last print
 * used another. */
static void
test_settings_remembered (void)
{
  g_autoptr(CtProgramme) programme = ct_sample_programme_new ();
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GtkPrintSettings) loaded = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autofree char *path = ct_print_get_settings_path ();
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *used;

  g_assert_true (g_str_has_prefix (path, tmpdir));
  gtk_print_settings_set_n_copies (settings, 3);
  gtk_print_settings_set_printer (settings, "Máy in Văn phòng");
  gtk_print_settings_set_paper_size (settings, letter);
  g_assert_true (ct_print_save_settings (settings, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  loaded = ct_print_load_settings ();
  g_assert_cmpint (gtk_print_settings_get_n_copies (loaded), ==, 3);
  g_assert_cmpstr (gtk_print_settings_get_printer (loaded), ==, "Máy in Văn phòng");

  operation = ct_print_operation_new (programme, NULL);
  used = gtk_print_operation_get_print_settings (operation);
  g_assert_cmpint (gtk_print_settings_get_n_copies (used), ==, 3);
  g_assert_cmpstr (gtk_print_settings_get_printer (used), ==, "Máy in Văn phòng");
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_print_settings_get_paper_size (used)), ==,
                   GTK_PAPER_NAME_A4);
  g_assert_cmpstr (gtk_print_settings_get (used, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT), ==,
                   "pdf");
}

int
main (int    argc,
      char **argv)
{
  int status;

  /* Before GLib caches the config folder: the settings file goes to a fresh folder. */
  tmpdir = g_dir_make_tmp ("congtac-print-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", tmpdir, TRUE);
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/print/a4-under-en-us", test_a4_under_en_us);
  g_test_add_func ("/print/print-equals-pdf", test_print_equals_pdf);
  g_test_add_func ("/print/settings-remembered", test_settings_remembered);
  g_test_add_func ("/print/week-print-equals-pdf", test_week_print_equals_pdf);
  status = g_test_run ();
  ct_test_remove_tree (tmpdir);
  return status;
}
