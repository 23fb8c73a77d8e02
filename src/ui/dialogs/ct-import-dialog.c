/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import-dialog"

#include "config.h"

#include "ct-import-dialog.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-dialog-util.h"
#include "ct-file.h"
#include "ct-import.h"
#include "ct-import-review.h"
#include "ct-store.h"

/* "Import…": a programme in a text, Word, OpenDocument or PDF file becomes a new
 * programme. The file is read off the UI thread, then shown in a review (the source text
 * beside the programme read, with what to check); only Import saves it, as a new draft,
 * again off the UI thread. Cancel saves nothing. */

typedef struct
{
  GtkWindow *parent;
  CtStore *store;
  GTask *outcome;  /* see ct_import_dialog_finish() */
  GFile *file;
  CtImportReport *report;
  CtProgramme *programme;  /* once saved */
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->store);
  g_clear_object (&job->outcome);
  g_clear_object (&job->file);
  g_clear_pointer (&job->report, ct_import_report_free);
  g_clear_pointer (&job->programme, ct_programme_unref);
  g_free (job);
}

/* The files the importer reads (ct_import_data()). */
static const char *const import_suffixes[] = { "txt", "docx", "odt", "pdf", "doc" };

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ImportJob *job = data;
  g_autofree char *path = g_file_get_path (job->file);
  g_autoptr(GBytes) contents = NULL;
  GError *error = NULL;

  /* Both read a regular file only, within the importer's size limit (ct_file_load()); the
   * content tells text from a .docx, .odt, .pdf or .doc (ct_import_data()). */
  if (path != NULL)
    job->report = ct_import_file (path, &error);
  else if ((contents = ct_file_load (job->file, CT_IMPORT_MAX_BYTES, cancellable, &error)))
    job->report = ct_import_data (g_bytes_get_size (contents) > 0
                                  ? g_bytes_get_data (contents, NULL) : "",
                                  g_bytes_get_size (contents), NULL, &error);
  if (job->report == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  ImportJob *job = g_task_get_task_data (data);  /* data: the reading task */
  GError *error = NULL;

  job->programme = g_steal_pointer (&job->report->programme);
  if (ct_store_save_programme (job->store, job->programme, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The outcome: the new programme's id, 0 when nothing was created, and a message for a
 * toast when no dialog said it all. */
typedef struct
{
  gint64 id;
  char *message;
} Outcome;

static void
outcome_free (Outcome *outcome)
{
  g_free (outcome->message);
  g_free (outcome);
}

static void
return_outcome (ImportJob  *job,
                gint64      id,
                const char *message)
{
  Outcome *outcome = g_new0 (Outcome, 1);

  outcome->id = id;
  outcome->message = g_strdup (message);
  g_task_return_pointer (job->outcome, outcome, (GDestroyNotify) outcome_free);
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  ImportJob *job = g_task_get_task_data (g_task_get_task_data (G_TASK (result)));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      ct_dialog_show_message (job->parent, _("Cannot Save the Imported Programme"),
                              error->message);
      return_outcome (job, 0, NULL);
      return;
    }
  return_outcome (job, job->programme->id, _("Programme imported"));
}

static void
review_response_cb (CtImportReview *review,
                    gboolean        accepted,
                    GTask          *task)
{
  g_autoptr(GTask) hold = g_object_ref (task);  /* the review's destruction lets go of it */
  ImportJob *job = g_task_get_task_data (task);
  g_autoptr(GTask) save = NULL;

  gtk_window_destroy (GTK_WINDOW (review));
  if (!accepted)
    {
      return_outcome (job, 0, NULL);
      return;
    }
  save = g_task_new (job->parent, NULL, saved_cb, NULL);
  g_task_set_source_tag (save, ct_import_dialog_import_file);
  g_task_set_task_data (save, g_object_ref (task), g_object_unref);
  g_task_run_in_thread (save, save_thread);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GtkWidget *review;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      ct_dialog_show_message (job->parent, _("Cannot Import the Text"), error->message);
      return_outcome (job, 0, NULL);
      return;
    }
  name = g_file_get_basename (job->file);
  review = ct_import_review_new (job->parent, job->report, name);
  g_signal_connect_data (review, "response", G_CALLBACK (review_response_cb),
                         g_object_ref (result), (GClosureNotify) (void (*) (void)) g_object_unref,
                         0);
  gtk_window_present (GTK_WINDOW (review));
}

/**
 * ct_import_dialog_import_file:
 * @parent: the window the dialogs are for
 * @store: where the new programme is saved
 * @file: a text, .docx, .odt, .pdf or .doc file
 * @callback: called once the programme is saved, or could not be, or the review was
 *   cancelled
 * @user_data: data for @callback
 *
 * Reads @file with ct_import_file() off the UI thread and shows what was read in a
 * review (#CtImportReview); Import saves it as a new draft, off the UI thread, Cancel
 * saves nothing. A file that cannot be imported is reported in a dialog and nothing is
 * created. See ct_import_dialog_finish().
 */
void
ct_import_dialog_import_file (GtkWindow           *parent,
                              CtStore             *store,
                              GFile               *file,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CT_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ImportJob, 1);
  job->parent = g_object_ref (parent);
  job->store = g_object_ref (store);
  job->file = g_object_ref (file);
  job->outcome = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (job->outcome, ct_import_dialog_import_file);
  task = g_task_new (parent, NULL, import_done_cb, NULL);
  g_task_set_source_tag (task, ct_import_dialog_import_file);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

/**
 * ct_import_dialog_finish:
 * @parent: the window given to ct_import_dialog_import_file()
 * @result: the #GAsyncResult
 * @message: (out) (transfer full) (nullable): a short message for a toast, or %NULL
 *
 * Returns: the new programme's id, or 0 when nothing was created (the reason was shown)
 */
gint64
ct_import_dialog_finish (GtkWindow     *parent,
                         GAsyncResult  *result,
                         char         **message)
{
  Outcome *outcome;
  gint64 id;

  g_return_val_if_fail (g_task_is_valid (result, parent), 0);

  outcome = g_task_propagate_pointer (G_TASK (result), NULL);
  id = outcome ? outcome->id : 0;
  if (message != NULL)
    *message = outcome ? g_steal_pointer (&outcome->message) : NULL;
  if (outcome != NULL)
    outcome_free (outcome);
  return id;
}

/* What the file chooser was opened for. */
typedef struct
{
  CtStore *store;
  GAsyncReadyCallback callback;
  gpointer user_data;
} Choosing;

static void
file_chosen_cb (GtkWindow *parent,
                GFile     *file,
                gpointer   user_data)
{
  Choosing *choosing = user_data;

  if (file != NULL)
    ct_import_dialog_import_file (parent, choosing->store, file, choosing->callback,
                                  choosing->user_data);
  g_object_unref (choosing->store);
  g_free (choosing);
}

/**
 * ct_import_dialog_choose:
 * @parent: the window the dialogs are for
 * @store: where the new programme is saved
 * @callback: called once a chosen file's programme is saved, or could not be; not called
 *   when no file was chosen
 * @user_data: data for @callback
 *
 * Asks for a text file and imports it (see ct_import_dialog_import_file()).
 */
void
ct_import_dialog_choose (GtkWindow           *parent,
                         CtStore             *store,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GtkFileFilter) text = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  Choosing *choosing;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CT_IS_STORE (store));

  choosing = g_new0 (Choosing, 1);
  choosing->store = g_object_ref (store);
  choosing->callback = callback;
  choosing->user_data = user_data;
  /* Translators: the file filter of the Import dialog; keep the extensions. */
  gtk_file_filter_set_name (text, _("Programmes (.txt, .docx, .odt, .pdf, .doc)"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  for (guint i = 0; i < G_N_ELEMENTS (import_suffixes); i++)
    gtk_file_filter_add_suffix (text, import_suffixes[i]);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  ct_dialog_choose_file (parent, _("Import Text"), (GtkFileFilter *[]) { text, all, NULL },
                         file_chosen_cb, choosing);
}
