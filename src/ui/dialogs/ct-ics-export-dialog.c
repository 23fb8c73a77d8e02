/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-dialog-util.h"
#include "ct-format.h"
#include "ct-ics-dialog-private.h"
#include "ct-store-backup.h"
#include "ct-text.h"

/* Exporting a programme's events to a calendar file: what to export (everything, a section,
 * a preparing unit), where, and the writing in a worker thread. */

#define CHOICE_KEY "ct-ics-export-choice"

/* What the export dialog offers and what was picked. */
typedef struct
{
  GtkWindow *parent;
  CtStore *store;          /* whose database and backups are no export target */
  GTask *outcome;          /* see ct_ics_dialog_finish(); NULL once returned */
  CtProgramme *programme;  /* snapshot taken when the dialog opened */
  GArray *section_indexes; /* drop-down position → section index */
  GPtrArray *units;
  GtkCheckButton *by_section;
  GtkCheckButton *by_unit;
  GtkDropDown *sections;
  GtkDropDown *units_list;
} ExportChoice;

static void
export_choice_free (ExportChoice *choice)
{
  ct_ics_dialog_return_outcome (&choice->outcome, NULL);
  g_clear_object (&choice->parent);
  g_clear_object (&choice->store);
  g_clear_pointer (&choice->programme, ct_programme_unref);
  g_clear_pointer (&choice->section_indexes, g_array_unref);
  g_clear_pointer (&choice->units, g_ptr_array_unref);
  g_free (choice);
}

/* A background export: a snapshot of the programme and the options. */
typedef struct
{
  CtProgramme *programme;
  CtIcsExportOptions options;
  char *unit;
  char *path;
  GTask *outcome;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  ct_ics_dialog_return_outcome (&job->outcome, NULL);
  g_clear_pointer (&job->programme, ct_programme_unref);
  g_free (job->unit);
  g_free (job->path);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

/* "cong-tac-thang-9-nam-2023.ics": the subtitle without marks, safe on every system. */
static char *
suggested_name (const CtProgramme *programme)
{
  g_autofree char *subtitle = ct_programme_dup_subtitle (programme);
  g_autofree char *folded = ct_text_fold (subtitle);

  g_strcanon (folded, "abcdefghijklmnopqrstuvwxyz0123456789", '-');
  return g_strconcat (folded, ".ics", NULL);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  if (ct_ics_export_to_file (job->programme, &job->options, job->path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GtkWindow *window = GTK_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) left_out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      ct_dialog_show_message (window, _("Cannot Export the Calendar"), error->message);
      return;
    }
  left_out = ct_ics_export_list_left_out (job->programme, &job->options);
  if (left_out->len > 0)
    {
      g_autofree char *body = NULL;

      g_ptr_array_add (left_out, NULL);
      body = g_strjoinv ("\n\n", (char **) left_out->pdata);
      ct_dialog_show_message (window, _("Some Events Are Not in the Calendar File"), body);
    }
  name = g_path_get_basename (job->path);
  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("Calendar saved as “%s”"), name);
  ct_ics_dialog_return_outcome (&job->outcome, title);
}

/**
 * ct_ics_export_dialog_get_options:
 * @dialog: a dialog from ct_ics_export_dialog_new()
 * @options: (out caller-allocates): the options picked; @options->unit points into the
 *   dialog and lives as long as it
 *
 * Returns: %TRUE when the choice can be exported
 */
gboolean
ct_ics_export_dialog_get_options (GtkWindow          *dialog,
                                  CtIcsExportOptions *options)
{
  ExportChoice *choice = g_object_get_data (G_OBJECT (dialog), CHOICE_KEY);
  guint position;

  g_return_val_if_fail (choice != NULL, FALSE);

  ct_ics_export_options_init (options);
  ct_ics_dialog_read_times (&options->times);
  if (gtk_check_button_get_active (choice->by_section))
    {
      position = gtk_drop_down_get_selected (choice->sections);
      if (position >= choice->section_indexes->len)
        return FALSE;
      options->section = g_array_index (choice->section_indexes, guint, position);
    }
  else if (gtk_check_button_get_active (choice->by_unit))
    {
      position = gtk_drop_down_get_selected (choice->units_list);
      if (position >= choice->units->len)
        return FALSE;
      options->unit = g_ptr_array_index (choice->units, position);
    }
  return TRUE;
}

/* The export job, filled from the dialog before it closes; it outlives the dialog. */
typedef struct
{
  GtkWindow *parent;
  CtStore *store;
  ExportJob *job;
} PendingExport;

static void
pending_export_free (PendingExport *pending)
{
  g_clear_object (&pending->parent);
  g_clear_object (&pending->store);
  g_clear_pointer (&pending->job, export_job_free);
  g_free (pending);
}

static void
pending_export_notify (gpointer  data,
                       GClosure *closure)
{
  pending_export_free (data);
}

static void
start_export (GtkWindow *window,
              CtStore   *store,
              ExportJob *job)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  /* Refused before any work: the database, its backups, a folder or a device. */
  if (job->path == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Choose a file on this computer."));
  else
    ct_store_check_export_target (store, job->path, &error);
  if (error != NULL)
    {
      ct_dialog_show_message (window, _("Cannot Export the Calendar"), error->message);
      export_job_free (job);
      return;
    }
  task = g_task_new (window, NULL, export_done_cb, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PendingExport   *pending)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      pending->job->path = g_file_get_path (file);
      start_export (pending->parent, pending->store, g_steal_pointer (&pending->job));
    }
  g_object_unref (chooser);
}

/**
 * ct_ics_export_dialog_save_to:
 * @dialog: a dialog from ct_ics_export_dialog_new()
 * @file: where to write
 *
 * Exports what the dialog shows as chosen to @file off the UI thread; a toast or an
 * error dialog on @dialog's window tells the outcome. The file chooser ends here too.
 */
void
ct_ics_export_dialog_save_to (GtkWindow *dialog,
                              GFile     *file)
{
  ExportChoice *choice = g_object_get_data (G_OBJECT (dialog), CHOICE_KEY);
  ExportJob *job = g_new0 (ExportJob, 1);

  g_return_if_fail (choice != NULL);

  if (!ct_ics_export_dialog_get_options (dialog, &job->options))
    {
      export_job_free (job);
      return;
    }
  job->programme = ct_programme_copy (choice->programme);
  job->unit = g_strdup (job->options.unit);
  job->options.unit = job->unit;
  job->path = g_file_get_path (file);
  job->outcome = g_steal_pointer (&choice->outcome);
  start_export (choice->parent, choice->store, job);
}

static void
export_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    gpointer          user_data)
{
  ExportChoice *choice = g_object_get_data (G_OBJECT (dialog), CHOICE_KEY);
  PendingExport *pending;
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = ct_ics_dialog_calendar_filter ();

  if (g_strcmp0 (response, "export") != 0)
    return;
  pending = g_new0 (PendingExport, 1);
  pending->parent = g_object_ref (choice->parent);
  pending->store = g_object_ref (choice->store);
  pending->job = g_new0 (ExportJob, 1);
  if (!ct_ics_export_dialog_get_options (GTK_WINDOW (dialog), &pending->job->options))
    {
      pending_export_free (pending);
      return;
    }
  pending->job->programme = ct_programme_copy (choice->programme);
  pending->job->unit = g_strdup (pending->job->options.unit);
  pending->job->options.unit = pending->job->unit;
  pending->job->outcome = g_steal_pointer (&choice->outcome);

  chooser = gtk_file_chooser_native_new (_("Export Calendar"), choice->parent,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = suggested_name (choice->programme);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect_data (chooser, "response", G_CALLBACK (chooser_response_cb), pending,
                         pending_export_notify, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkDropDown *
drop_down_new (GPtrArray *labels)
{
  g_ptr_array_add (labels, NULL);
  return GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char *const *) labels->pdata));
}

static GtkWidget *
choice_row (GtkCheckButton *group,
            const char     *label,
            GtkDropDown    *drop_down,
            GtkCheckButton **button)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  *button = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (label));
  gtk_check_button_set_group (*button, group);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (*button));
  if (drop_down != NULL)
    {
      gtk_widget_set_margin_start (GTK_WIDGET (drop_down), 28);
      g_object_bind_property (*button, "active", drop_down, "sensitive", G_BINDING_SYNC_CREATE);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (drop_down));
    }
  return box;
}

static GtkWidget *
build_choices (ExportChoice *choice)
{
  g_autoptr(GPtrArray) section_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) unit_labels = g_ptr_array_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkCheckButton *all = NULL;

  for (guint i = 0; i < choice->programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (choice->programme->sections, i);
      g_autofree char *numeral = ct_format_roman (i + 1);

      if (!ct_ics_section_has_events (choice->programme, i))
        continue;
      g_array_append_val (choice->section_indexes, i);
      g_ptr_array_add (section_labels, g_strdup_printf ("%s. %s", numeral, section->title));
    }
  for (guint i = 0; i < choice->units->len; i++)
    g_ptr_array_add (unit_labels, g_ptr_array_index (choice->units, i));
  choice->sections = drop_down_new (section_labels);
  choice->units_list = drop_down_new (unit_labels);

  gtk_box_append (GTK_BOX (box), choice_row (NULL, _("_Whole programme"), NULL, &all));
  gtk_box_append (GTK_BOX (box), choice_row (all, _("One _section"), choice->sections,
                                             &choice->by_section));
  gtk_box_append (GTK_BOX (box), choice_row (all, _("Events one preparing _unit takes part in"),
                                             choice->units_list, &choice->by_unit));
  gtk_check_button_set_active (all, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (choice->by_section), choice->section_indexes->len > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (choice->by_unit), choice->units->len > 0);
  return box;
}

/**
 * ct_ics_export_dialog_new:
 * @parent: the window the dialog is for
 * @store: the store, whose database and backups are refused as target
 * @programme: the programme to export; a copy is taken
 * @callback: called once the export is done or given up
 * @user_data: data for @callback
 *
 * The first step of ics.export: what to export. Its "export" response goes on to the file
 * chooser, then the file is written off the UI thread. Failures are told in a dialog;
 * ct_ics_dialog_finish() gives the message for a toast.
 *
 * Returns: (transfer none): the dialog, not shown yet, transient for @parent
 */
GtkWindow *
ct_ics_export_dialog_new (GtkWindow           *parent,
                          CtStore             *store,
                          const CtProgramme   *programme,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  ExportChoice *choice;
  g_autofree char *subtitle = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (CT_IS_STORE (store), NULL);
  g_return_val_if_fail (programme != NULL, NULL);

  choice = g_new0 (ExportChoice, 1);
  choice->parent = g_object_ref (parent);
  choice->store = g_object_ref (store);
  choice->outcome = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (choice->outcome, ct_ics_dialog_finish);
  choice->programme = ct_programme_copy (programme);
  choice->section_indexes = g_array_new (FALSE, FALSE, sizeof (guint));
  choice->units = ct_ics_list_preparing_units (choice->programme);
  subtitle = ct_programme_dup_subtitle (choice->programme);
  /* Translators: %s is the programme's subtitle, e.g. "công tác tháng 9 năm 2023". */
  body = g_strdup_printf (_("The events of “%s” as a calendar file for Google Calendar, "
                            "Outlook, Thunderbird and phones."), subtitle);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Export Calendar (.ics)"),
                                                       body));
  g_object_set_data_full (G_OBJECT (dialog), CHOICE_KEY, choice,
                          (GDestroyNotify) export_choice_free);
  adw_message_dialog_set_extra_child (dialog, build_choices (choice));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), NULL);
  return GTK_WINDOW (dialog);
}

