/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-preview"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ct-preview-export.h"

#include "ct-dialog-util.h"
#include "ct-file.h"
#include "ct-format.h"
#include "ct-store-backup.h"

/* The preview's export as an editable document (Word, OpenDocument, a web page): the file
 * chooser, the file name's extension, and the writing in a worker thread on a copy of the
 * programme. The outcome is told on the widget's window: a toast, or a dialog for an error. */

#define FORMAT_KEY "ct-export-format"

static const struct
{
  CtExportFormat format;
  const char *extension;
  const char *mime_type;
  const char *filter_name;
  const char *done;
} formats[] = {
  { CT_EXPORT_FORMAT_DOCX, ".docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    N_("Word Document (.docx)"), N_("Exported as Word document") },
  { CT_EXPORT_FORMAT_ODT, ".odt", "application/vnd.oasis.opendocument.text",
    N_("OpenDocument Text (.odt)"), N_("Exported as OpenDocument text") },
  { CT_EXPORT_FORMAT_HTML, ".html", "text/html", N_("Web Page (.html)"),
    N_("Exported as web page") },
};

/* What the chooser was opened for; it outlives the view's next edits. */
typedef struct
{
  GtkWidget *widget;
  CtStore *store;
  CtProgramme *programme;
} Choosing;

static void
choosing_free (Choosing *choosing)
{
  g_clear_object (&choosing->widget);
  g_clear_object (&choosing->store);
  g_clear_pointer (&choosing->programme, ct_programme_unref);
  g_free (choosing);
}

/* A background export: a snapshot of the programme and where it goes. */
typedef struct
{
  CtProgramme *programme;
  CtExportFormat format;
  char *path;
  gboolean two_sided;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->programme, ct_programme_unref);
  g_free (job->path);
  g_free (job);
}

static guint
format_index (CtExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (formats[i].format == format)
      return i;
  return 0;
}

/* The file to write: its extension names the format; a name without a known extension
 * gets the chosen format's. The chooser only asked before replacing the name as typed, so
 * an existing file of the longer name is left alone. */
static char *
resolve_path (const char      *path,
              CtExportFormat  *format,
              GError         **error)
{
  g_autofree char *longer = NULL;
  g_autofree char *name = NULL;

  if (ct_export_format_for_path (path, format))
    return g_strdup (path);
  longer = g_strconcat (path, formats[format_index (*format)].extension, NULL);
  if (!g_file_test (longer, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&longer);
  name = g_filename_display_basename (longer);
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               /* Translators: %s is a file name, e.g. "Chương trình tháng 9.docx". */
               _("A file named “%s” already exists. Type the whole name with its extension "
                 "to replace it, or choose another name; nothing was written."), name);
  return NULL;
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  if (ct_export_write (job->programme, job->format, job->path, job->two_sided, &error))
    g_task_return_pointer (task, g_strdup (job->path), g_free);
  else
    g_task_return_error (task, error);
}

static void
report (GtkWidget      *widget,
        CtExportFormat  format,
        const GError   *error,
        const char     *path)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  const char *done = _(formats[format_index (format)].done);

  if (!GTK_IS_WINDOW (root))
    return;
  if (error != NULL)
    {
      g_autofree char *body = ct_dialog_export_error_text (error, path);

      ct_dialog_show_message (GTK_WINDOW (root), _("Cannot Export the Document"), body);
    }
  else if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (done));
  else
    ct_dialog_show_message (GTK_WINDOW (root), done, NULL);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) outcome = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  char *path = g_task_propagate_pointer (G_TASK (result), &error);

  report (GTK_WIDGET (source), job->format, error, job->path);
  if (path != NULL)
    g_task_return_pointer (outcome, path, g_free);
  else
    g_task_return_error (outcome, g_steal_pointer (&error));
}

/**
 * ct_preview_export_save_to:
 * @widget: the widget on whose window the outcome is told
 * @store: (nullable): the open store, whose database and backups are refused as target
 * @programme: the programme to export; a copy is written
 * @file: the file chosen; a name without .docx, .odt or .html gets @format's extension
 * @format: the format of the chooser's filter, used when the name names none
 * @two_sided: mirror the margins of back pages
 * @callback: (nullable): called once the file is written or refused, after the outcome
 *   is shown
 * @user_data: data for @callback
 *
 * Writes @programme to @file off the UI thread, replacing it atomically. A toast tells
 * the success, a dialog why nothing was written.
 */
void
ct_preview_export_save_to (GtkWidget           *widget,
                           CtStore             *store,
                           const CtProgramme   *programme,
                           GFile               *file,
                           CtExportFormat       format,
                           gboolean             two_sided,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *outcome = g_task_new (widget, NULL, callback, user_data);
  g_autoptr(GTask) task = g_task_new (widget, NULL, export_done_cb, outcome);
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autofree char *chosen = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  g_task_set_source_tag (outcome, ct_preview_export_save_to);
  g_task_set_source_tag (task, ct_preview_export_save_to);
  job->format = format;
  job->two_sided = two_sided;
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  /* Refused before any work: a place that is no file here, the database, its backups;
   * the name as typed too, so that the database picked is refused, not written beside. */
  if (chosen == NULL)
    g_set_error_literal (&error, CT_FILE_ERROR, CT_FILE_ERROR_NOT_REGULAR,
                         _("Choose a file on this computer."));
  else if (ct_store_check_export_target (store, chosen, &error) &&
           (job->path = resolve_path (chosen, &job->format, &error)) != NULL)
    ct_store_check_export_target (store, job->path, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  job->programme = ct_programme_copy (programme);
  g_task_run_in_thread (task, export_thread);
}

/**
 * ct_preview_export_finish:
 * @result: the result given to the callback of ct_preview_export_save_to()
 * @error: return location for the reason nothing was written
 *
 * Returns: (transfer full) (nullable): the path written, with the extension added
 */
char *
ct_preview_export_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ct_preview_export_save_to,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     Choosing        *choosing)
{
  GtkFileChooser *file_chooser = GTK_FILE_CHOOSER (chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (file_chooser);
      GtkFileFilter *filter = gtk_file_chooser_get_filter (file_chooser);
      CtExportFormat format = CT_EXPORT_FORMAT_DOCX;
      gboolean two_sided = g_strcmp0 (gtk_file_chooser_get_choice (file_chooser, "two-sided"),
                                      "true") == 0;

      if (filter != NULL)
        format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (filter), FORMAT_KEY));
      ct_preview_export_save_to (choosing->widget, choosing->store, choosing->programme, file,
                                 format, two_sided, NULL, NULL);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  choosing_free (choosing);
}

static void
add_filters (GtkFileChooser *chooser,
             CtExportFormat  format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(formats[i].filter_name));
      gtk_file_filter_add_mime_type (filter, formats[i].mime_type);
      gtk_file_filter_add_suffix (filter, formats[i].extension + 1);
      g_object_set_data (G_OBJECT (filter), FORMAT_KEY, GUINT_TO_POINTER (formats[i].format));
      gtk_file_chooser_add_filter (chooser, filter);
      if (formats[i].format == format)
        gtk_file_chooser_set_filter (chooser, filter);
    }
}

/**
 * ct_preview_export_choose:
 * @widget: the widget whose window the chooser is for
 * @store: (nullable): the open store, whose database and backups are refused as target
 * @programme: the programme to export; a copy is taken now
 * @format: the format offered first
 *
 * Asks where to export @programme as an editable document, proposing its file name with
 * @format's extension, then writes it (ct_preview_export_save_to()).
 */
void
ct_preview_export_choose (GtkWidget         *widget,
                          CtStore           *store,
                          const CtProgramme *programme,
                          CtExportFormat     format)
{
  Choosing *choosing = g_new0 (Choosing, 1);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (programme != NULL);

  choosing->widget = g_object_ref (widget);
  choosing->store = store != NULL ? g_object_ref (store) : NULL;
  choosing->programme = ct_programme_copy (programme);
  chooser = gtk_file_chooser_native_new (_("Export as Word, OpenDocument or Web Page"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (chooser), format);
  name = ct_programme_dup_file_name (programme, formats[format_index (format)].extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* As for the PDF: a document to be printed on both sides gets mirrored margins. */
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "two-sided",
                               _("For printing on both sides (mirrored margins)"), NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), choosing);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
