/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import-dialog"

#include "config.h"

#include "ct-import-dialog.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-dialog-util.h"
#include "ct-file.h"
#include "ct-import.h"
#include "ct-import-period-dialog.h"
#include "ct-import-review.h"
#include "ct-store.h"

/* "Import…": a programme in a text, Word, OpenDocument or PDF file becomes a new
 * programme. The file is read off the UI thread, then shown in a review (the source text
 * beside the programme read, with what to check); only Import saves it, as a new draft,
 * again off the UI thread. Cancel saves nothing. A file that names no period is read again
 * with the period the user chooses (#CtImportPeriodDialog). */

/* Shared by the reading tasks: the first, and the one with the period the user chose;
 * counted atomically, as a task may let go of it in its thread. */
typedef struct
{
  GtkWindow *parent;
  CtStore *store;
  GTask *outcome;  /* see ct_import_dialog_finish() */
  GFile *file;
  gboolean period_given;
  CtImportPeriod period;    /* when given */
  CtImportPeriod proposed;  /* what the period dialog shows first */
  CtImportReport *report;
  CtProgramme *programme;  /* once saved */
} ImportJob;

static void
import_job_clear (ImportJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->store);
  g_clear_object (&job->outcome);
  g_clear_object (&job->file);
  g_clear_pointer (&job->report, ct_import_report_free);
  g_clear_pointer (&job->programme, ct_programme_unref);
}

static ImportJob *
import_job_ref (ImportJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
import_job_unref (ImportJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) import_job_clear);
}

/* The files the importer reads (ct_import_data()). */
static const char *const import_suffixes[] = { "txt", "docx", "odt", "pdf", "doc" };

/* Reads the file with @period, or with none (%NULL). Both read a regular file only, within
 * the importer's size limit (ct_file_load()); the content tells text from a .docx, .odt,
 * .pdf or .doc (ct_import_data()). */
static CtImportReport *
read_file (ImportJob             *job,
           const CtImportPeriod  *period,
           GCancellable          *cancellable,
           GError               **error)
{
  g_autofree char *path = g_file_get_path (job->file);
  g_autoptr(GBytes) contents = NULL;

  if (path != NULL)
    return ct_import_file_for_period (path, period, error);
  contents = ct_file_load (job->file, CT_IMPORT_MAX_BYTES, cancellable, error);
  if (contents == NULL)
    return NULL;
  return ct_import_data_for_period (g_bytes_get_size (contents) > 0
                                    ? g_bytes_get_data (contents, NULL) : "",
                                    g_bytes_get_size (contents), NULL, period, error);
}

/* The earliest exact date of @p's items (not of those whose timing is kept as written). */
static gboolean
earliest_date (const CtProgramme *p,
               GDate             *first)
{
  g_date_clear (first, 1);
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);
          const GDate *dates[] = { &item->start_date, &item->end_date };

          for (guint k = 0; k < G_N_ELEMENTS (dates) && !ct_item_is_vague (item); k++)
            if (g_date_valid (dates[k])
                && (!g_date_valid (first) || g_date_compare (dates[k], first) < 0))
              *first = *dates[k];
        }
    }
  return g_date_valid (first);
}

/* What the period dialog proposes: the month of the file's earliest date, else the current
 * month. The file is read once more, with this year as a stand-in period, only to find its
 * dates; the proposal still has to be accepted. */
static void
propose_period (ImportJob    *job,
                GCancellable *cancellable)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  CtImportPeriod stand_in = { CT_PERIOD_KIND_YEAR, g_date_time_get_year (now), 0 };
  g_autoptr(CtImportReport) dates = read_file (job, &stand_in, cancellable, NULL);
  GDate first;

  job->proposed.kind = CT_PERIOD_KIND_MONTH;
  job->proposed.year = g_date_time_get_year (now);
  job->proposed.index = g_date_time_get_month (now);
  if (dates != NULL && earliest_date (dates->programme, &first))
    {
      job->proposed.year = g_date_get_year (&first);
      job->proposed.index = g_date_get_month (&first);
    }
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ImportJob *job = data;
  GError *error = NULL;

  job->report = read_file (job, job->period_given ? &job->period : NULL, cancellable, &error);
  if (job->report != NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  if (g_error_matches (error, CT_IMPORT_ERROR, CT_IMPORT_ERROR_NO_PERIOD))
    propose_period (job, cancellable);
  g_task_return_error (task, error);
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

static void import_done_cb (GObject      *source,
                            GAsyncResult *result,
                            gpointer      user_data);

/* Reads the file off the UI thread; import_done_cb() goes on. */
static void
start_reading (ImportJob *job)
{
  g_autoptr(GTask) task = g_task_new (job->parent, NULL, import_done_cb, NULL);

  g_task_set_source_tag (task, ct_import_dialog_import_file);
  g_task_set_task_data (task, import_job_ref (job), (GDestroyNotify) import_job_unref);
  g_task_run_in_thread (task, import_thread);
}

static void
period_response_cb (CtImportPeriodDialog *dialog,
                    const char           *response,
                    ImportJob            *job)
{
  if (!g_str_equal (response, "continue"))
    {
      return_outcome (job, 0, NULL);
      return;
    }
  ct_import_period_dialog_get_period (dialog, &job->period);
  job->period_given = TRUE;
  start_reading (job);
}

/* The file names no period: the user chooses it, and the file is read again with it. */
static void
ask_period (ImportJob *job)
{
  GtkWidget *dialog = ct_import_period_dialog_new (job->parent, &job->proposed);

  g_signal_connect_data (dialog, "response", G_CALLBACK (period_response_cb),
                         import_job_ref (job), (GClosureNotify) (void (*) (void)) import_job_unref,
                         0);
  gtk_window_present (GTK_WINDOW (dialog));
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
      if (!job->period_given && g_error_matches (error, CT_IMPORT_ERROR,
                                                 CT_IMPORT_ERROR_NO_PERIOD))
        {
          ask_period (job);
          return;
        }
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
 * saves nothing. For a file that names no period, the user is asked for it
 * (#CtImportPeriodDialog) and the file is read again with it; Cancel there creates
 * nothing. A file that cannot be imported is reported in a dialog and nothing is
 * created. See ct_import_dialog_finish().
 */
void
ct_import_dialog_import_file (GtkWindow           *parent,
                              CtStore             *store,
                              GFile               *file,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  ImportJob *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CT_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  job = g_atomic_rc_box_new0 (ImportJob);
  job->parent = g_object_ref (parent);
  job->store = g_object_ref (store);
  job->file = g_object_ref (file);
  job->outcome = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (job->outcome, ct_import_dialog_import_file);
  start_reading (job);
  import_job_unref (job);
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
  ct_dialog_choose_file (parent, _("Import Programme"), (GtkFileFilter *[]) { text, all, NULL },
                         file_chosen_cb, choosing);
}
