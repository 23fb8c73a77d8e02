/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import-dialog"

#include "config.h"

#include "ct-import-dialog.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-dialog-util.h"
#include "ct-file.h"
#include "ct-import.h"
#include "ct-store.h"

/* "Import Text…": a programme pasted into a text file, or saved as text from a PDF or
 * Word document, becomes a new programme. The text is read and the programme saved off
 * the UI thread; the importer's warnings are shown with their line numbers so the clerk
 * can check them. */

typedef struct
{
  GtkWindow *parent;
  CtStore *store;
  GTask *outcome;  /* see ct_import_dialog_finish() */
  GFile *file;
  CtProgramme *programme;
  GPtrArray *warnings;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->store);
  g_clear_object (&job->outcome);
  g_clear_object (&job->file);
  g_clear_pointer (&job->programme, ct_programme_unref);
  g_clear_pointer (&job->warnings, g_ptr_array_unref);
  g_free (job);
}

/* The warnings as a left-aligned, selectable list under a short explanation: they are
 * read one by one against the original document. */
static void
show_warnings (GtkWindow  *window,
               const char *heading,
               const char *text)
{
  AdwMessageDialog *dialog;
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading,
                                                       _("The programme was imported. Check "
                                                         "these points against the original "
                                                         "document.")));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_name (label, "warnings");
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 180);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_message_dialog_set_extra_child (dialog, scrolled);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
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
  g_autoptr(CtImportReport) report = NULL;
  GError *error = NULL;

  /* Both read a regular file only, within the importer's size limit (ct_file_load()); the
   * content tells text from a .docx, .odt, .pdf or .doc (ct_import_data()). */
  if (path != NULL)
    report = ct_import_file (path, &error);
  else if ((contents = ct_file_load (job->file, CT_IMPORT_MAX_BYTES, cancellable, &error)))
    report = ct_import_data (g_bytes_get_size (contents) > 0
                             ? g_bytes_get_data (contents, NULL) : "",
                             g_bytes_get_size (contents), NULL, &error);
  if (report != NULL)
    {
      job->programme = g_steal_pointer (&report->programme);
      job->warnings = g_ptr_array_ref (report->warnings);
    }
  if (job->programme != NULL && !ct_store_save_programme (job->store, job->programme, &error))
    g_clear_pointer (&job->programme, ct_programme_unref);
  if (job->programme == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static char *
warnings_text (GPtrArray *warnings)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < warnings->len; i++)
    {
      CtImportWarning *w = g_ptr_array_index (warnings, i);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (w->line > 0)
        /* Translators: an import warning: the text file's line number, then the message. */
        g_string_append_printf (out, _("Line %1$u: %2$s"), w->line, w->message);
      else
        g_string_append (out, w->message);
    }
  return g_string_free (out, FALSE);
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
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      ct_dialog_show_message (job->parent, _("Cannot Import the Text"), error->message);
      return_outcome (job, 0, NULL);
      return;
    }
  n = job->warnings ? job->warnings->len : 0;
  if (n == 0)
    {
      return_outcome (job, job->programme->id, _("Programme imported"));
      return;
    }
  /* Translators: heading of the list of things to check after importing a text. */
  heading = g_strdup_printf (ngettext ("Imported with %u Warning", "Imported with %u Warnings",
                                       n), n);
  body = warnings_text (job->warnings);
  show_warnings (job->parent, heading, body);
  return_outcome (job, job->programme->id, NULL);
}

/**
 * ct_import_dialog_import_file:
 * @parent: the window the dialogs are for
 * @store: where the new programme is saved
 * @file: a text file (UTF-8)
 * @callback: called once the programme is saved, or could not be
 * @user_data: data for @callback
 *
 * Imports @file with ct_import_text() and saves it as a new draft, off the UI thread. A
 * file that cannot be imported is reported in a dialog and nothing is created; the
 * importer's warnings, if any, are listed with their lines. See ct_import_dialog_finish().
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
