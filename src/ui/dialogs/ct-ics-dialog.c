/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-file.h"
#include "ct-format.h"
#include "ct-ics-dialog.h"
#include "ct-ics-import.h"
#include "ct-settings.h"
#include "ct-store-backup.h"
#include "ct-text.h"

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

/* Ends @outcome once, with @message for the window to show (or NULL). */
static void
return_outcome (GTask      **outcome,
                const char  *message)
{
  g_autoptr(GTask) task = g_steal_pointer (outcome);

  if (task != NULL)
    g_task_return_pointer (task, g_strdup (message), g_free);
}

static void
export_choice_free (ExportChoice *choice)
{
  return_outcome (&choice->outcome, NULL);
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
  return_outcome (&job->outcome, NULL);
  g_clear_pointer (&job->programme, ct_programme_unref);
  g_free (job->unit);
  g_free (job->path);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportJob, export_job_free)

static void
show_error (GtkWindow  *window,
            const char *heading,
            const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, heading,
                                                                         body));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
read_times (CtDayPartTimes *times)
{
  g_autoptr(GSettings) settings = ct_settings_new ();

  ct_day_part_times_init_from_settings (times, settings);
}

/* "cong-tac-thang-9-nam-2023.ics": the subtitle without marks, safe on every system. */
static char *
suggested_name (const CtProgramme *programme)
{
  g_autofree char *subtitle = ct_programme_dup_subtitle (programme);
  g_autofree char *folded = ct_text_fold (subtitle);

  g_strcanon (folded, "abcdefghijklmnopqrstuvwxyz0123456789", '-');
  return g_strconcat (folded, ".ics", NULL);
}

/* ---- export ---- */

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
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (window, _("Cannot Export the Calendar"), error->message);
      return;
    }
  name = g_path_get_basename (job->path);
  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("Calendar saved as “%s”"), name);
  return_outcome (&job->outcome, title);
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
  read_times (&options->times);
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
      show_error (window, _("Cannot Export the Calendar"), error->message);
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

static GtkFileFilter *
calendar_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Calendar files (.ics)"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  return filter;
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
  g_autoptr(GtkFileFilter) filter = calendar_filter ();

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

/* ---- import ---- */

typedef struct
{
  GtkWindow *parent;
  CtSession *session;        /* the programme the events go into */
  GTask *outcome;            /* see ct_ics_dialog_finish(); NULL once returned */
  char *name;
  GBytes *data;
  CtDayPartTimes times;     /* read on the UI thread, where the settings live */
  CtProgramme *trial;       /* a copy the file is first read into, off the UI thread */
  CtIcsImportResult counts; /* what the trial gave */
  GtkDropDown *sections;
  GCancellable *cancellable; /* the reading dialog's Cancel */
  AdwMessageDialog *reading; /* that dialog, while the file is read */
  GtkProgressBar *bar;
  guint pulse;               /* the source updating @bar */
  int done, total;           /* events read, set from the reading thread */
} ImportJob;

static void hide_reading (ImportJob *job);

static void
import_job_free (ImportJob *job)
{
  return_outcome (&job->outcome, NULL);
  g_clear_object (&job->parent);
  g_clear_object (&job->session);
  g_free (job->name);
  g_clear_pointer (&job->data, g_bytes_unref);
  g_clear_pointer (&job->trial, ct_programme_unref);
  ct_ics_import_result_clear (&job->counts);
  hide_reading (job);
  g_clear_object (&job->cancellable);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportJob, import_job_free)

/* A new job holding what @job held, for a dialog that outlives the task owning @job. */
static ImportJob *
import_job_move (ImportJob *job)
{
  ImportJob *moved = g_new0 (ImportJob, 1);

  moved->parent = g_steal_pointer (&job->parent);
  moved->session = g_steal_pointer (&job->session);
  moved->outcome = g_steal_pointer (&job->outcome);
  moved->name = g_steal_pointer (&job->name);
  moved->data = g_steal_pointer (&job->data);
  moved->times = job->times;
  moved->counts = job->counts;
  job->counts.warnings = NULL;
  return moved;
}

static void
import_job_notify (gpointer  data,
                   GClosure *closure)
{
  import_job_free (data);
}

static gboolean
run_import (ImportJob          *job,
            CtProgramme        *programme,
            int                 section,
            CtIcsImportResult  *result,
            GError            **error)
{
  CtIcsImportOptions options;
  gsize length;
  const char *data = g_bytes_get_data (job->data, &length);

  ct_ics_import_options_init (&options);
  options.times = job->times;
  options.section = section;
  return ct_ics_import (programme, &options, data, length, result, error);
}

static void
import_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ImportJob        *job)
{
  CtProgramme *programme = ct_session_get_programme (job->session);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_auto(CtIcsImportResult) result = { 0 };
  guint position = gtk_drop_down_get_selected (job->sections);

  if (g_strcmp0 (response, "import") != 0)
    return;
  /* Position 0 files events by their category; then the sections in order. */
  if (!run_import (job, programme, position == GTK_INVALID_LIST_POSITION ? -1
                                                                         : (int) position - 1,
                   &result, &error))
    {
      show_error (job->parent, _("Cannot Import the Calendar File"), error->message);
      return;
    }
  ct_session_edited (job->session, NULL);
  /* Translators: %1$u events added, %2$u updated. */
  title = g_strdup_printf (_("Calendar imported: %1$u new events, %2$u updated"), result.added,
                           result.updated);
  return_outcome (&job->outcome, title);
}

/* Asks before importing what the trial import (job->counts) found in the file. */
static void
confirm_import (ImportJob *job)
{
  const CtIcsImportResult *counts = &job->counts;
  guint n_events = counts->added + counts->updated + counts->unchanged;
  CtProgramme *programme = ct_session_get_programme (job->session);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = ct_programme_dup_subtitle (programme);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label;

  g_ptr_array_add (labels, g_strdup (_("The section named by each event's category")));
  for (guint i = 0; i < programme->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (programme->sections, i);
      g_autofree char *numeral = ct_format_roman (i + 1);
      g_ptr_array_add (labels, g_strdup_printf ("%s. %s", numeral, section->title));
    }
  g_ptr_array_add (labels, NULL);
  job->sections = GTK_DROP_DOWN (gtk_drop_down_new_from_strings ((const char *const *)
                                                                 labels->pdata));
  label = gtk_label_new_with_mnemonic (_("New events go _to"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (job->sections));
  gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (job->sections));

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %1$s is a file name, %2$u a number of
                                        * events, %3$s the programme's subtitle. */
                                       "“%1$s” holds %2$u event for “%3$s”. Events exported "
                                       "from this programme or imported before are updated, "
                                       "not added twice.",
                                       "“%1$s” holds %2$u events for “%3$s”. Events exported "
                                       "from this programme or imported before are updated, "
                                       "not added twice.", n_events),
                          job->name, n_events, subtitle);
  if (counts->outside_period > 0)
    {
      g_autofree char *outside = NULL;
      char *both;

      outside = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: %u is a number of events. */
                                              "%u of them is outside the programme’s period: "
                                              "is it the right file?",
                                              "%u of them are outside the programme’s period: "
                                              "is it the right file?",
                                              counts->outside_period),
                                 counts->outside_period);
      both = g_strconcat (body, "\n\n", outside, NULL);
      g_free (body);
      body = both;
    }
  if (counts->warnings != NULL)
    {
      GString *all = g_string_new (body);

      for (guint i = 0; i < counts->warnings->len; i++)
        g_string_append_printf (all, "\n\n%s",
                                (const char *) g_ptr_array_index (counts->warnings, i));
      g_free (body);
      body = g_string_free (all, FALSE);
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (job->parent, _("Import Calendar"),
                                                       body));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "import");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (import_response_cb), job,
                         import_job_notify, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Called on the reading thread. */
static void
trial_progress (guint    done,
                guint    total,
                gpointer data)
{
  ImportJob *job = data;

  g_atomic_int_set (&job->total, (int) total);
  g_atomic_int_set (&job->done, (int) done);
}

static gboolean
pulse_cb (gpointer data)
{
  ImportJob *job = data;
  int total = g_atomic_int_get (&job->total);

  if (total > 0)
    gtk_progress_bar_set_fraction (job->bar, (double) g_atomic_int_get (&job->done) / total);
  else
    gtk_progress_bar_pulse (job->bar);
  return G_SOURCE_CONTINUE;
}

/* The dialog closes itself and its bar goes with it: the pulse stops first. The job
 * outlives the dialog (hide_reading()). */
static void
reading_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ImportJob        *job)
{
  g_clear_handle_id (&job->pulse, g_source_remove);
  g_cancellable_cancel (job->cancellable);
}

/* "Reading …" with a progress bar and Cancel, from the moment the file is chosen until
 * it has been read. */
static void
show_reading (ImportJob *job)
{
  g_autofree char *body = NULL;

  /* Translators: %s is a file name. */
  body = g_strdup_printf (_("Reading the events of “%s”…"), job->name);
  job->reading = ADW_MESSAGE_DIALOG (adw_message_dialog_new (job->parent,
                                                             _("Reading Calendar File"), body));
  job->bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
  adw_message_dialog_set_extra_child (job->reading, GTK_WIDGET (job->bar));
  adw_message_dialog_add_response (job->reading, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (job->reading, "cancel");
  g_signal_connect (job->reading, "response", G_CALLBACK (reading_response_cb), job);
  /* Kept until the reading ends, whatever the response. */
  g_object_ref_sink (job->reading);
  gtk_window_present (GTK_WINDOW (job->reading));
  job->pulse = g_timeout_add (100, pulse_cb, job);
}

static void
hide_reading (ImportJob *job)
{
  g_clear_handle_id (&job->pulse, g_source_remove);
  if (job->reading != NULL)
    {
      g_signal_handlers_disconnect_by_data (job->reading, job);
      gtk_window_destroy (GTK_WINDOW (job->reading));
      g_clear_object (&job->reading);
    }
}

/* A cancelled reading ends quietly: the user asked for it. */
static gboolean
reading_failed (ImportJob *job,
                GError    *error)
{
  hide_reading (job);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return_outcome (&job->outcome, _("Import cancelled; nothing was changed"));
  else
    show_error (job->parent, _("Cannot Import the Calendar File"), error->message);
  return FALSE;
}

static void
trial_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  ImportJob *job = data;
  CtIcsImportOptions options;
  GError *error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (job->data, &length);

  ct_ics_import_options_init (&options);
  options.times = job->times;
  options.cancellable = cancellable;
  options.progress = trial_progress;
  options.progress_data = job;
  if (ct_ics_import (job->trial, &options, text, length, &job->counts, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
trial_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      reading_failed (job, error);
      return;
    }
  hide_reading (job);
  confirm_import (import_job_move (job));
}

static void
file_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ImportJob) job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  job->data = ct_file_load_finish (G_FILE (source), result, &error);
  if (job->data == NULL)
    {
      reading_failed (job, error);
      return;
    }
  /* Read it into a copy first, off the UI thread: a bad file is reported before anything
   * is asked, and a large one does not freeze the window. */
  read_times (&job->times);
  job->trial = ct_programme_copy (ct_session_get_programme (job->session));
  task = g_task_new (job->parent, job->cancellable, trial_done_cb, NULL);
  g_task_set_source_tag (task, file_loaded_cb);
  g_task_set_task_data (task, g_steal_pointer (&job), (GDestroyNotify) import_job_free);
  g_task_run_in_thread (task, trial_thread);
}

/**
 * ct_ics_dialog_import_file:
 * @parent: the window the dialogs are for
 * @session: the session of the programme the events go into
 * @file: a calendar file
 * @callback: called once the import is done or given up
 * @user_data: data for @callback
 *
 * Reads @file without blocking, with a progress bar and a Cancel button, reports a file
 * that cannot be imported, else tells what will be left out and asks which section
 * receives the new events and imports them into @session's programme (one undo step).
 * ct_ics_dialog_finish() gives the message for a toast.
 */
void
ct_ics_dialog_import_file (GtkWindow           *parent,
                           CtSession           *session,
                           GFile               *file,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  ImportJob *job;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CT_IS_SESSION (session));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ImportJob, 1);
  job->parent = g_object_ref (parent);
  job->session = g_object_ref (session);
  job->outcome = g_task_new (parent, NULL, callback, user_data);
  g_task_set_source_tag (job->outcome, ct_ics_dialog_finish);
  job->name = g_file_get_basename (file);
  job->cancellable = g_cancellable_new ();
  show_reading (job);
  /* A pipe or a device is refused, not waited on or read without end. */
  ct_file_load_async (file, CT_FILE_MAX_INPUT_BYTES, job->cancellable, file_loaded_cb, job);
}

/* What the file chooser was opened for. */
typedef struct
{
  GtkWindow *parent;
  CtSession *session;
  GAsyncReadyCallback callback;
  gpointer user_data;
} Choosing;

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  Choosing        *choosing)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      ct_ics_dialog_import_file (choosing->parent, choosing->session, file,
                                 choosing->callback, choosing->user_data);
    }
  else
    {
      GTask *outcome = g_task_new (choosing->parent, NULL, choosing->callback,
                                   choosing->user_data);

      g_task_set_source_tag (outcome, ct_ics_dialog_finish);
      return_outcome (&outcome, NULL);
    }
  g_object_unref (choosing->parent);
  g_object_unref (choosing->session);
  g_free (choosing);
  g_object_unref (chooser);
}

/**
 * ct_ics_dialog_choose_file:
 * @parent: the window the dialogs are for
 * @session: the session of the programme the events go into
 * @callback: called once the import is done or given up
 * @user_data: data for @callback
 *
 * Asks for a calendar file, then imports it (see ct_ics_dialog_import_file()).
 */
void
ct_ics_dialog_choose_file (GtkWindow           *parent,
                           CtSession           *session,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GtkFileFilter) filter = calendar_filter ();
  GtkFileChooserNative *chooser;
  Choosing *choosing;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CT_IS_SESSION (session));

  choosing = g_new0 (Choosing, 1);
  choosing->parent = g_object_ref (parent);
  choosing->session = g_object_ref (session);
  choosing->callback = callback;
  choosing->user_data = user_data;
  chooser = gtk_file_chooser_native_new (_("Import Calendar"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), choosing);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * ct_ics_dialog_finish:
 * @parent: the window given to the call that started
 * @result: the #GAsyncResult
 *
 * Ends an export or an import. What failed was already told in a dialog.
 *
 * Returns: (transfer full) (nullable): a short message for a toast (the file saved, the
 *   events imported, the import cancelled), or %NULL when there is nothing to say
 */
char *
ct_ics_dialog_finish (GtkWindow    *parent,
                      GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, parent), NULL);
  return g_task_propagate_pointer (G_TASK (result), NULL);
}
