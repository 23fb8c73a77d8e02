/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The preview's export as an editable document: the file written through
 * ct_preview_view_export_document() (what the file chooser's answer goes to), the
 * database refused, the extension added.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "window-wait.h"
#include "ct-file.h"
#include "ct-preview-export.h"
#include "ct-preview-view.h"
#include "ct-window.h"
#include "test-util-widget.h"

#define TEST_APP_ID "io.github.congtac.CongtacPreviewExportTest"
#define ERROR_HEADING "Cannot Export the Document"

typedef struct
{
  CtTestSampleWindow w;
  CtPreviewView *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ct_test_sample_window_set_up (&f->w, "congtac-preview-export-XXXXXX", TEST_APP_ID);
  g_assert_true (ct_test_open_programme (f->w.window, 1, &error));
  g_assert_no_error (error);
  f->view = CT_PREVIEW_VIEW (ct_window_ensure_page (f->w.window, "preview"));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  AdwMessageDialog *dialog = ct_test_find_message_dialog (ERROR_HEADING);

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  ct_test_sample_window_tear_down (&f->w);
}

typedef struct
{
  gboolean done;
  char *path;
  GError *error;
} Outcome;

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->path = ct_preview_export_finish (result, &outcome->error);
  outcome->done = TRUE;
}

/* Exports through the view as the chooser's answer does, and waits for the outcome. */
static void
export_to (Fixture        *f,
           const char     *name,
           CtExportFormat  format,
           Outcome        *outcome)
{
  g_autofree char *path = g_build_filename (f->w.dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ct_preview_view_export_document (f->view, file, format, FALSE, export_cb, outcome);
  g_assert_false (outcome->done);
  while (!outcome->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->path, g_free);
  g_clear_error (&outcome->error);
  outcome->done = FALSE;
}

static char *
read_member (const char *zip,
             const char *member)
{
  const char *argv[] = { "unzip", "-p", zip, member, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* A Word file: a zip whose document holds the programme's first section title. */
static void
assert_word_file (const char        *path,
                  const CtProgramme *programme)
{
  CtSection *first = g_ptr_array_index (programme->sections, 0);
  g_autofree char *contents = NULL;
  g_autofree char *document = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmpmem (contents, 4, "PK\x03\x04", 4);
  document = read_member (path, "word/document.xml");
  g_assert_nonnull (strstr (document, first->title));
}

static void
test_docx (Fixture       *f,
           gconstpointer  data)
{
  CtProgramme *programme = ct_window_get_programme (f->w.window);
  CtSection *first = g_ptr_array_index (programme->sections, 0);
  g_autofree char *expected = g_build_filename (f->w.dir, "chuong-trinh.docx", NULL);
  Outcome outcome = { 0 };

  g_assert_cmpstr (first->title, ==, "Lãnh đạo, chỉ đạo một số nhiệm vụ trọng tâm");
  export_to (f, "chuong-trinh.docx", CT_EXPORT_FORMAT_DOCX, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (outcome.path, ==, expected);
  assert_word_file (expected, programme);
  g_assert_null (ct_test_find_message_dialog (ERROR_HEADING));
  outcome_clear (&outcome);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
}

/* Lists @dir's file names, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The database, typed as it is, is refused with a dialog; nothing is written. */
static void
test_refuses_database (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *files_before = list_dir (f->w.dir);
  g_autofree char *files_after = NULL;
  g_autofree char *expected = NULL;
  gsize before_length = 0, after_length = 0;
  AdwMessageDialog *dialog;
  Outcome outcome = { 0 };

  g_assert_true (g_file_get_contents (f->w.db, &before, &before_length, NULL));
  export_to (f, "congtac.db", CT_EXPORT_FORMAT_DOCX, &outcome);
  g_assert_error (outcome.error, CT_FILE_ERROR, CT_FILE_ERROR_DATABASE);
  expected = g_strdup_printf ("“%s” is the programme database or one of its files; an "
                              "export must not replace it. Choose another file name; nothing "
                              "was written.", f->w.db);
  g_assert_cmpstr (outcome.error->message, ==, expected);
  g_assert_null (outcome.path);
  dialog = ct_test_wait_for_dialog (ERROR_HEADING);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, outcome.error->message);

  g_assert_true (g_file_get_contents (f->w.db, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  files_after = list_dir (f->w.dir);
  g_assert_cmpstr (files_after, ==, files_before);
  outcome_clear (&outcome);
}

/* A name without a known extension gets the filter's; an existing file of that longer
 * name, which the chooser never asked about, is not replaced. */
static void
test_adds_extension (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *bare = g_build_filename (f->w.dir, "ke-hoach", NULL);
  g_autofree char *expected = g_build_filename (f->w.dir, "ke-hoach.docx", NULL);
  g_autofree char *contents = NULL;
  Outcome outcome = { 0 };

  export_to (f, "ke-hoach", CT_EXPORT_FORMAT_DOCX, &outcome);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (outcome.path, ==, expected);
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));
  assert_word_file (expected, ct_window_get_programme (f->w.window));
  outcome_clear (&outcome);

  g_assert_true (g_file_set_contents (expected, "ghi chú", -1, NULL));
  export_to (f, "ke-hoach", CT_EXPORT_FORMAT_DOCX, &outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpstr (outcome.error->message, ==,
                   "A file named “ke-hoach.docx” already exists. Type the whole name with its "
                   "extension to replace it, or choose another name; nothing was written.");
  g_assert_true (g_file_get_contents (expected, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "ghi chú");
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));
  outcome_clear (&outcome);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add ("/preview-export/docx", Fixture, NULL, fixture_set_up, test_docx,
              fixture_tear_down);
  g_test_add ("/preview-export/refuses-database", Fixture, NULL, fixture_set_up,
              test_refuses_database, fixture_tear_down);
  g_test_add ("/preview-export/adds-extension", Fixture, NULL, fixture_set_up,
              test_adds_extension, fixture_tear_down);
  return g_test_run ();
}
