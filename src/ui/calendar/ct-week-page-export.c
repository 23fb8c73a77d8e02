/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-week-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-dialog-util.h"
#include "ct-export.h"
#include "ct-file.h"
#include "ct-ics-export.h"
#include "ct-settings.h"
#include "ct-store-backup.h"
#include "ct-week-page-private.h"
#include "ct-week-renderer.h"

/* The week page's exports: the table as a PDF (A4 landscape) or a web page, the week's
 * events as a calendar file, written in a worker thread from copies of the programmes;
 * and the table as an HTML fragment on the clipboard, for the editors of a web portal. */

static const struct
{
  const char *name;       /* the action's target */
  const char *extension;
  const char *mime_type;
  const char *filter_name;
  const char *done;
} formats[] = {
  [CT_WEEK_EXPORT_PDF] = { "pdf", ".pdf", "application/pdf", N_("PDF Document (.pdf)"),
                           N_("Weekly schedule exported as PDF") },
  [CT_WEEK_EXPORT_HTML] = { "html", ".html", "text/html", N_("Web Page (.html)"),
                            N_("Weekly schedule exported as web page") },
  [CT_WEEK_EXPORT_ICS] = { "ics", ".ics", "text/calendar", N_("Calendar File (.ics)"),
                           N_("Weekly schedule exported as calendar file") },
};

/* A background export: the week made of copies of its programmes, and where it goes. */
typedef struct
{
  GPtrArray *programmes;  /* the copies, the month's first: it heads the schedule */
  CtWeek *week;
  CtWeekExportFormat format;
  CtIcsExportOptions options;
  char *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->week, ct_week_free);
  g_clear_pointer (&job->programmes, g_ptr_array_unref);
  g_free (job->path);
  g_free (job);
}


/* The programmes shown, copied for another thread; NULL with @error when there is no
 * week to export yet. */
static GPtrArray *
copy_programmes (CtWeekPage  *self,
                 GError     **error)
{
  g_autoptr(GPtrArray) shown = NULL;
  GPtrArray *copies;

  if (ct_week_page_get_loading (self))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_BUSY,
                           _("The week is still being read from the database. Try again "
                             "in a moment; nothing was written."));
      return NULL;
    }
  shown = ct_week_page_programmes (self);
  if (shown->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("No programme covers this week: create or import the "
                             "programme of its month first. Nothing was written."));
      return NULL;
    }
  copies = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_programme_unref);
  for (guint i = 0; i < shown->len; i++)
    g_ptr_array_add (copies, ct_programme_copy (g_ptr_array_index (shown, i)));
  g_ptr_array_sort (copies, ct_week_compare_programmes);
  return copies;
}

static gboolean
write_week (ExportJob  *job,
            GError    **error)
{
  const CtProgramme *issuer = g_ptr_array_index (job->programmes, 0);
  g_autofree char *text = NULL;

  if (job->format == CT_WEEK_EXPORT_PDF)
    {
      g_autoptr(CtWeekRenderer) renderer = ct_week_renderer_new (job->week, issuer, NULL);

      return ct_week_renderer_export_pdf (renderer, job->path, error);
    }
  if (job->format == CT_WEEK_EXPORT_HTML)
    text = ct_export_week_html (job->week, issuer, FALSE);
  else
    text = ct_ics_export_week (job->week, &job->options, error);
  return text != NULL && ct_file_replace_contents (job->path, text, strlen (text), error);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  if (write_week (job, &error))
    g_task_return_pointer (task, g_strdup (job->path), g_free);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  CtWeekPage *self = CT_WEEK_PAGE (source);
  g_autoptr(GTask) outcome = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  char *path = g_task_propagate_pointer (G_TASK (result), &error);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (path != NULL)
    {
      ct_week_page_toast (self, _(formats[job->format].done));
      g_task_return_pointer (outcome, path, g_free);
      return;
    }
  if (GTK_IS_WINDOW (root))
    {
      g_autofree char *body = ct_dialog_export_error_text (error, job->path);

      ct_dialog_show_message (GTK_WINDOW (root), _("Cannot Export the Weekly Schedule"), body);
    }
  g_task_return_error (outcome, g_steal_pointer (&error));
}

/* @path with the format's extension when its name lacks it ("lich-tuan" →
 * "lich-tuan.pdf"); NULL with @error when that other file exists already, since the file
 * chooser asked about replacing the name typed, not that one. */
static char *
path_with_extension (const char          *path,
                     CtWeekExportFormat   format,
                     GError             **error)
{
  const char *extension = formats[format].extension;
  g_autofree char *lower = g_utf8_strdown (path, -1);
  g_autofree char *with = NULL, *name = NULL;

  if (g_str_has_suffix (lower, extension) ||
      (format == CT_WEEK_EXPORT_HTML && g_str_has_suffix (lower, ".htm")))
    return g_strdup (path);
  with = g_strconcat (path, extension, NULL);
  if (g_file_test (with, G_FILE_TEST_EXISTS))
    {
      name = g_filename_display_basename (with);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   /* Translators: %s is a file name, e.g. "lich-tuan.pdf". */
                   _("The name chosen has no extension, and “%s” exists already. Choose "
                     "that name to replace it, or another name. Nothing was written."),
                   name);
      return NULL;
    }
  return g_steal_pointer (&with);
}

/**
 * ct_week_page_export_to:
 * @self: a week page
 * @file: where to write; the format's extension (.pdf, .html, .ics) is added to a name
 *   without it
 * @format: what to write: the table as PDF or web page, or the week's calendar file
 * @callback: (nullable): called once the file is written or refused, after the outcome
 *   is shown; it gets the path or the reason from ct_week_page_export_finish()
 * @user_data: data for @callback
 *
 * Writes the week shown to @file off the UI thread, replacing it whole or not at all,
 * as the export menu does after its file chooser. The database and its backups are
 * refused. A toast tells the success, a dialog why nothing was written.
 */
void
ct_week_page_export_to (CtWeekPage          *self,
                        GFile               *file,
                        CtWeekExportFormat   format,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *outcome = g_task_new (self, NULL, callback, user_data);
  g_autoptr(GTask) task = g_task_new (self, NULL, export_done_cb, outcome);
  ExportJob *job = g_new0 (ExportJob, 1);
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CT_IS_WEEK_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (format <= CT_WEEK_EXPORT_ICS);

  g_task_set_source_tag (outcome, ct_week_page_export_to);
  job->format = format;
  job->path = g_file_get_path (file);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  if (job->path == NULL)
    g_set_error_literal (&error, CT_FILE_ERROR, CT_FILE_ERROR_NOT_REGULAR,
                         _("Choose a file on this computer."));
  else
    {
      char *named = path_with_extension (job->path, format, &error);

      if (named != NULL)
        {
          g_free (job->path);
          job->path = named;
        }
    }
  if (error == NULL && ct_store_check_export_target (self->store, job->path, &error))
    job->programmes = copy_programmes (self, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  job->week = ct_week_new (self->iso_year, self->week, job->programmes, self->holidays);
  if (format == CT_WEEK_EXPORT_ICS)
    {
      g_autoptr(GSettings) settings = ct_settings_new ();

      ct_ics_export_options_init (&job->options);
      ct_day_part_times_init_from_settings (&job->options.times, settings);
    }
  g_task_run_in_thread (task, export_thread);
}

/**
 * ct_week_page_export_finish:
 * @self: a week page
 * @result: the result given to the callback of ct_week_page_export_to()
 * @error: return location for the reason nothing was written
 *
 * Returns: (transfer full) (nullable): the path written
 */
char *
ct_week_page_export_finish (CtWeekPage    *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     CtWeekPage      *self)
{
  CtWeekExportFormat format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser),
                                                                   "ct-format"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      ct_week_page_export_to (self, file, format, NULL, NULL);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose (CtWeekPage         *self,
        CtWeekExportFormat  format)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export Weekly Schedule"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_file_filter_set_name (filter, _(formats[format].filter_name));
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  gtk_file_filter_add_suffix (filter, formats[format].extension + 1);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* The file name stays plain ASCII, safe on every file system and in mail. */
  name = g_strdup_printf ("lich-tuan-%d-W%02d%s", self->iso_year, self->week,
                          formats[format].extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "ct-format", GUINT_TO_POINTER (format));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The chooser only opens on a week that can be written; else the reason, at once. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_str_equal (name, formats[i].name))
      {
        copies = copy_programmes (self, &error);
        if (copies != NULL)
          choose (self, i);
        else
          ct_week_page_toast (self, error->message);
        return;
      }
  g_warning ("Unknown week export format “%s”", name);
}

static void
copy_fragment_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CtWeekPage *self = CT_WEEK_PAGE (widget);
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtWeek) week = NULL;
  g_autofree char *fragment = NULL;

  copies = copy_programmes (self, &error);
  if (copies == NULL)
    {
      ct_week_page_toast (self, error->message);
      return;
    }
  week = ct_week_new (self->iso_year, self->week, copies, self->holidays);
  fragment = ct_export_week_html (week, g_ptr_array_index (copies, 0), TRUE);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), fragment);
  /* Translators: toast after the week's table was copied as HTML for a web portal
   * ("Đã chép bảng lịch tuần") */
  ct_week_page_toast (self, _("Weekly schedule table copied"));
}

/* week.export ("pdf", "html" or "ics") and week.copy-fragment. */
void
ct_week_page_export_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "week.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "week.copy-fragment", NULL,
                                   copy_fragment_action);
}

/* The "Export Week" menu button beside Copy Digest. */
GtkWidget *
ct_week_page_export_button_new (void)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();

  g_menu_append (menu, _("Export P_DF…"), "week.export::pdf");
  g_menu_append (menu, _("Export _Web Page…"), "week.export::html");
  g_menu_append (menu, _("Export _Calendar File…"), "week.export::ics");
  g_menu_append (menu, _("Copy Web _Fragment"), "week.copy-fragment");
  g_menu_append (menu, _("_Print…"), "week.print");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-save-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Export Week"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Export Week"), -1);
  return button;
}
