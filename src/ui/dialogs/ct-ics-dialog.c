/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-file.h"
#include "ct-format.h"
#include "ct-dialog-util.h"
#include "ct-ics-dialog-private.h"
#include "ct-ics-import.h"
#include "ct-settings.h"

/* Ends @outcome once, with @message for the window to show (or NULL). */
void
ct_ics_dialog_return_outcome (GTask      **outcome,
                              const char  *message)
{
  g_autoptr(GTask) task = g_steal_pointer (outcome);

  if (task != NULL)
    g_task_return_pointer (task, g_strdup (message), g_free);
}

void
ct_ics_dialog_read_times (CtDayPartTimes *times)
{
  g_autoptr(GSettings) settings = ct_settings_new ();

  ct_day_part_times_init_from_settings (times, settings);
}

GtkFileFilter *
ct_ics_dialog_calendar_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Calendar files (.ics)"));
  gtk_file_filter_add_pattern (filter, "*.ics");
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  return filter;
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
  ct_ics_dialog_return_outcome (&job->outcome, NULL);
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
      ct_dialog_show_message (job->parent, _("Cannot Import the Calendar File"), error->message);
      return;
    }
  ct_session_edited (job->session, NULL);
  /* Translators: %1$u events added, %2$u updated. */
  title = g_strdup_printf (_("Calendar imported: %1$u new events, %2$u updated"), result.added,
                           result.updated);
  ct_ics_dialog_return_outcome (&job->outcome, title);
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
    ct_ics_dialog_return_outcome (&job->outcome, _("Import cancelled; nothing was changed"));
  else
    ct_dialog_show_message (job->parent, _("Cannot Import the Calendar File"), error->message);
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
  ct_ics_dialog_read_times (&job->times);
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
  CtSession *session;
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
    ct_ics_dialog_import_file (parent, choosing->session, file, choosing->callback,
                               choosing->user_data);
  else
    {
      GTask *outcome = g_task_new (parent, NULL, choosing->callback, choosing->user_data);

      g_task_set_source_tag (outcome, ct_ics_dialog_finish);
      ct_ics_dialog_return_outcome (&outcome, NULL);
    }
  g_object_unref (choosing->session);
  g_free (choosing);
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
  g_autoptr(GtkFileFilter) filter = ct_ics_dialog_calendar_filter ();
  Choosing *choosing;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (CT_IS_SESSION (session));

  choosing = g_new0 (Choosing, 1);
  choosing->session = g_object_ref (session);
  choosing->callback = callback;
  choosing->user_data = user_data;
  ct_dialog_choose_file (parent, _("Import Calendar"), (GtkFileFilter *[]) { filter, NULL },
                         file_chosen_cb, choosing);
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
