/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import-dialog"

#include "config.h"

#include "ct-import-dialog.h"

#include <glib/gi18n.h>

#include "ct-file.h"
#include "ct-import-text.h"
#include "ct-window-private.h"

/* "Import Text…": a programme pasted into a text file, or saved as text from a PDF or
 * Word document, becomes a new programme. The text is read off the UI thread; the
 * importer's warnings are shown with their line numbers so the clerk can check them. */

typedef struct
{
  CtWindow *window;
  GFile *file;
  CtProgramme *programme;
  GPtrArray *warnings;
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->file);
  g_clear_pointer (&job->programme, ct_programme_unref);
  g_clear_pointer (&job->warnings, g_ptr_array_unref);
  g_free (job);
}

static void
show_message (CtWindow   *window,
              const char *heading,
              const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                                         heading, body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The warnings as a left-aligned, selectable list under a short explanation: they are
 * read one by one against the original document. */
static void
show_warnings (CtWindow   *window,
               const char *heading,
               const char *text)
{
  AdwMessageDialog *dialog;
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), heading,
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

  /* Both read a regular file only, within the importer's size limit (ct_file_load()). */
  if (path != NULL)
    job->programme = ct_import_text_file (path, &job->warnings, &error);
  else if ((contents = ct_file_load (job->file, CT_IMPORT_MAX_BYTES, cancellable, &error)))
    job->programme = ct_import_text (g_bytes_get_size (contents) > 0
                                     ? g_bytes_get_data (contents, NULL) : "",
                                     g_bytes_get_size (contents), &job->warnings, &error);
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

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      !ct_store_save_programme (ct_window_get_store (job->window), job->programme, &error))
    {
      show_message (job->window, _("Cannot Import the Text"), error->message);
      return;
    }
  ct_window_reload_list (job->window);
  ct_window_select_programme (job->window, job->programme->id);
  n = job->warnings ? job->warnings->len : 0;
  if (n == 0)
    {
      ct_window_add_toast (job->window, _("Programme imported"));
      return;
    }
  /* Translators: heading of the list of things to check after importing a text. */
  heading = g_strdup_printf (ngettext ("Imported with %u Warning", "Imported with %u Warnings",
                                       n), n);
  body = warnings_text (job->warnings);
  show_warnings (job->window, heading, body);
}

/**
 * ct_import_dialog_import_file:
 * @window: the window
 * @file: a text file (UTF-8)
 *
 * Imports @file with ct_import_text() off the UI thread. A file that cannot be imported
 * is reported in a dialog and nothing is created; otherwise the programme is saved as a
 * new draft, opened, and the importer's warnings, if any, are listed with their lines.
 */
void
ct_import_dialog_import_file (CtWindow *window,
                              GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  ImportJob *job;

  g_return_if_fail (CT_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ImportJob, 1);
  job->window = g_object_ref (window);
  job->file = g_object_ref (file);
  task = g_task_new (window, NULL, import_done_cb, NULL);
  g_task_set_source_tag (task, ct_import_dialog_import_file);
  g_task_set_task_data (task, job, (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, import_thread);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CtWindow        *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      ct_import_dialog_import_file (window, file);
    }
  g_object_unref (chooser);
}

/**
 * ct_import_dialog_choose:
 * @window: the window
 *
 * Asks for a text file and imports it (see ct_import_dialog_import_file()).
 */
void
ct_import_dialog_choose (CtWindow *window)
{
  g_autoptr(GtkFileFilter) text = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  g_return_if_fail (CT_IS_WINDOW (window));

  chooser = gtk_file_chooser_native_new (_("Import Text"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (text, _("Text files"));
  gtk_file_filter_add_mime_type (text, "text/plain");
  gtk_file_filter_add_suffix (text, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), text);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
