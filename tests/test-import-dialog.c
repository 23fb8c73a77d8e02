/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "ct-import-dialog.h"
#include "ct-sample.h"
#include "ct-window.h"
#include "test-util-widget.h"
#include "window-wait.h"

typedef CtTestSampleWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_sample_window_set_up (f, "congtac-import-dialog-XXXXXX",
                                "io.github.congtac.CongtacImportTest");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_sample_window_tear_down (f);
}

static guint
count_programmes (CtStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ct_store_list_programmes (store, NULL, &error);

  g_assert_no_error (error);
  return list->len;
}

/* The fixture has three things to check: they are listed with their lines, and the new
 * programme is saved and opened. */
static void
test_import_with_warnings (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "programme-wrapped.txt",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  CtProgramme *open;

  ct_window_import_text_file (f->window, file);
  dialog = ct_test_wait_for_dialog ("Imported with 3 Warnings");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The programme was imported. Check these points against the original "
                   "document.");
  list = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (
           adw_message_dialog_get_extra_child (dialog)));
  if (GTK_IS_VIEWPORT (list))
    list = gtk_viewport_get_child (GTK_VIEWPORT (list));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (list)), ==,
                   "Line 89: 26/10/2023 is a “thứ Năm”, not a “thứ Tư” as written; the "
                   "weekday is computed from the date.\n"
                   "Line 99: Item numbered 5 where 4 was expected; items are numbered from "
                   "their positions.\n"
                   "Line 103: The date 02/11/2023 is outside the programme's period.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count_programmes (f->store), ==, 2);
  /* The list is reloaded and the new programme opened without blocking. */
  ct_test_wait_window (f->window);
  open = ct_window_get_programme (f->window);
  g_assert_nonnull (open);
  g_assert_cmpstr (open->issuing_body, ==, "HUYỆN ỦY BẾN ĐÁ");
  g_assert_cmpuint (open->number, ==, 15);
}

/* A file that is not text is reported and creates nothing. */
static void
test_import_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "scan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "%PDF-1.4\n\x01\x02\x03\x00\x04", 15, NULL));
  ct_window_import_text_file (f->window, file);
  dialog = ct_test_wait_for_dialog ("Cannot Import the Text");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "This is a PDF file whose text could not be read (it may be a scanned "
                   "image). Import the Word file it was made from, or copy the text from the "
                   "PDF and paste it. Nothing was imported.");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
}

/* A pipe is refused at once rather than waited on: the window does not hang. */
static void
test_import_fifo (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "pipe.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *expected = g_strdup_printf ("“%s” is a pipe, not a file. Choose a file saved "
                                               "on disk.", path);
  AdwMessageDialog *dialog;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  ct_window_import_text_file (f->window, file);
  dialog = ct_test_wait_for_dialog ("Cannot Import the Text");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, expected);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpuint (count_programmes (f->store), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add ("/import-dialog/warnings", Fixture, NULL, fixture_set_up,
              test_import_with_warnings, fixture_tear_down);
  g_test_add ("/import-dialog/refused", Fixture, NULL, fixture_set_up, test_import_refused,
              fixture_tear_down);
  g_test_add ("/import-dialog/fifo", Fixture, NULL, fixture_set_up, test_import_fifo,
              fixture_tear_down);
  return g_test_run ();
}
