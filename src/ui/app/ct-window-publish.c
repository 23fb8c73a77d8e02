/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-date-time.h"
#include "ct-publish-account.h"
#include "ct-settings.h"
#include "ct-store-publish.h"
#include "ct-window-private.h"

/* Publishing the open programme to the calendar server of the Preferences: by win.publish
 * (Ctrl+Shift+P), and after each save when the clerk chose so. Publishing runs in a worker
 * thread; the header's subtitle counts the events sent, then tells when the programme was
 * published or how many changes wait. What could not be sent waits in the store and is
 * sent at the next save, every few minutes, and as soon as the network is back. */

/* How often changes that could not be sent are tried again. */
#define RETRY_SECONDS (5 * 60)

struct _CtWindowPublish
{
  GSettings *settings;
  GCancellable *cancellable;
  gboolean running;
  gboolean again;        /* asked for while running: publish once more after */
  gboolean again_shown;
  guint done;
  guint total;
  guint pending;         /* changes of the open programme not sent yet */
  gint64 published_at;   /* the open programme's last full publish (Unix seconds), 0: never */
  CtPublisher *publisher; /* the last one used */
  char *last_error;      /* the last error said, not said again by automatic publishes */
  guint retry_id;
  gulong network_id;
  CtSession *session;
  gulong state_id;
  CtSaveState state;
};

/* A publish under way: its progress reaches the window, if still there, through this. */
typedef struct
{
  GWeakRef window;
  gboolean shown;        /* asked for by the clerk: say everything */
} Run;

typedef struct
{
  Run *run;
  guint done;
  guint total;
} Progress;

static void
run_clear (gpointer data)
{
  g_weak_ref_clear (&((Run *) data)->window);
}

static void
progress_free (gpointer data)
{
  Progress *progress = data;

  g_rc_box_release_full (progress->run, run_clear);
  g_free (progress);
}

static gboolean
progress_idle (gpointer data)
{
  Progress *progress = data;
  g_autoptr(CtWindow) self = g_weak_ref_get (&progress->run->window);

  if (self == NULL || self->publish == NULL || !self->publish->running)
    return G_SOURCE_REMOVE;
  self->publish->done = progress->done;
  self->publish->total = progress->total;
  ct_window_update_subtitle (self);
  return G_SOURCE_REMOVE;
}

/* Called in the publishing thread. */
static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->run = g_rc_box_acquire (user_data);
  progress->done = done;
  progress->total = total;
  g_idle_add_full (G_PRIORITY_DEFAULT, progress_idle, progress, progress_free);
}

static void schedule_retry (CtWindow *self);

/* Counts the open programme's changes that wait to be sent, and reads when it was last
 * published in full to the calendar of the Preferences (kept by the store, so that it is
 * still told after a restart). */
static void
count_pending (CtWindow *self)
{
  CtWindowPublish *p = self->publish;
  g_autofree char *collection = ct_publish_account_dup_collection (p->settings);
  g_autoptr(GPtrArray) records = NULL;
  CtProgramme *programme;

  p->pending = 0;
  p->published_at = 0;
  if (self->session == NULL || collection == NULL)
    return;
  programme = ct_session_get_programme (self->session);
  if (programme->id <= 0)
    return;
  p->published_at = MAX (ct_store_get_last_published (self->store, programme->id, collection,
                                                      NULL), 0);
  records = ct_store_list_published (self->store, programme->id, collection, NULL);
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (((CtPublishedEvent *) g_ptr_array_index (records, i))->pending)
      p->pending++;
}

static void
toast (CtWindow   *self,
       const char *text)
{
  ct_window_add_toast (self, text);
}

/* An error of the publish, in the app's words where the core speaks of the CLI. */
static void
say_error (CtWindow     *self,
           const GError *error,
           gboolean      shown)
{
  CtWindowPublish *p = self->publish;
  g_autofree char *text = NULL;

  if (g_error_matches (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NOT_FOUND) ||
      g_error_matches (error, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NOT_CALENDAR))
    text = g_strdup (_("There is no calendar at the address in Preferences. Open Preferences, "
                       "Publishing, and choose a calendar with Find Calendars, or make one."));
  else
    text = g_strdup (error->message);
  if (!shown && g_strcmp0 (text, p->last_error) == 0)
    return;
  g_free (p->last_error);
  p->last_error = g_strdup (text);
  toast (self, text);
}

static void
show_conflicts (CtWindow        *self,
                CtPublishResult *result)
{
  g_autoptr(GString) body = g_string_new (NULL);
  AdwMessageDialog *dialog;

  for (guint i = 0; i < result->conflicts->len; i++)
    {
      if (i > 0)
        g_string_append (body, "\n\n");
      g_string_append (body, g_ptr_array_index (result->conflicts, i));
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Changed on the Calendar Server"),
                                                       body->str));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
say_result (CtWindow        *self,
            CtPublishResult *result,
            gboolean         shown)
{
  guint sent = result->created + result->updated + result->deleted;

  if (sent > 0 || (shown && result->error == NULL))
    {
      g_autofree char *text = sent == 0
        ? g_strdup (_("The calendar server already has this programme as it is."))
        /* Translators: the counts of events made, changed and removed on the server. */
        : g_strdup_printf (_("Published to the calendar server: %u new, %u updated, "
                             "%u deleted"), result->created, result->updated,
                           result->deleted);

      toast (self, text);
    }
  if (result->error != NULL)
    say_error (self, result->error, shown);
  else
    g_clear_pointer (&self->publish->last_error, g_free);
  if (result->conflicted > 0 && shown)
    show_conflicts (self, result);
  else if (result->conflicted > 0)
    toast (self, g_ptr_array_index (result->conflicts, 0));
}

static void
published_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(CtWindow) self = g_weak_ref_get (&run->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtPublishResult) result = ct_publisher_publish_finish (CT_PUBLISHER (source), res,
                                                                   &error);
  gboolean shown = run->shown;
  CtWindowPublish *p;

  ct_publisher_set_progress (CT_PUBLISHER (source), NULL, NULL);
  g_rc_box_release_full (run, run_clear);
  if (self == NULL || self->publish == NULL ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  p = self->publish;
  p->running = FALSE;
  if (result == NULL)
    say_error (self, error, shown);
  else
    say_result (self, result, shown);
  count_pending (self);
  schedule_retry (self);
  ct_window_update_subtitle (self);
  if (p->again)
    {
      p->again = FALSE;
      ct_window_publish (self, p->again_shown);
    }
}

static void
publisher_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(CtWindow) self = g_weak_ref_get (&run->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtPublisher) publisher = ct_publish_account_new_publisher_finish (res, &error);
  CtIcsExportOptions options;

  if (self == NULL || self->publish == NULL || self->session == NULL || publisher == NULL)
    {
      if (self != NULL && self->publish != NULL)
        {
          self->publish->running = FALSE;
          if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            say_error (self, error, run->shown);
          ct_window_update_subtitle (self);
        }
      g_rc_box_release_full (run, run_clear);
      return;
    }
  g_set_object (&self->publish->publisher, publisher);
  ct_publisher_set_progress (publisher, progress_cb, run);
  ct_ics_export_options_init (&options);
  ct_day_part_times_init_from_settings (&options.times, self->publish->settings);
  ct_publisher_publish_async (publisher, self->store, ct_session_get_programme (self->session),
                              CT_PUBLISH_EVENTS, FALSE, &options,
                              self->publish->cancellable, published_cb, run);
}

/**
 * ct_window_publish:
 * @self: the window
 * @shown: asked for by the clerk (win.publish): every outcome is said; an automatic
 *   publish (after a save, a retry) says only what it sent and new errors
 *
 * Saves the open programme and publishes it to the calendar server of the Preferences.
 */
void
ct_window_publish (CtWindow *self,
                   gboolean  shown)
{
  CtWindowPublish *p = self->publish;
  g_autoptr(GError) error = NULL;
  Run *run;

  g_return_if_fail (CT_IS_WINDOW (self));
  if (p == NULL)
    return;
  if (self->session == NULL)
    {
      if (shown)
        toast (self, _("Open a programme to publish it"));
      return;
    }
  if (!ct_publish_account_is_configured (p->settings))
    {
      if (shown)
        toast (self, _("Give the calendar server's address in Preferences, Publishing, "
                       "then publish again."));
      return;
    }
  if (p->running)
    {
      p->again = TRUE;
      p->again_shown |= shown;
      return;
    }
  p->again_shown = FALSE;
  /* What is published is what the store holds: unsaved edits are written first. */
  if (!ct_session_save_now (self->session, &error))
    {
      toast (self, error->message);
      return;
    }
  p->running = TRUE;
  p->done = p->total = 0;
  run = g_rc_box_new0 (Run);
  g_weak_ref_init (&run->window, self);
  run->shown = shown;
  ct_window_update_subtitle (self);
  ct_publish_account_new_publisher_async (p->settings, NULL, p->cancellable, publisher_cb,
                                          run);
}

static gboolean
retry_cb (gpointer user_data)
{
  CtWindow *self = user_data;

  self->publish->retry_id = 0;
  if (self->publish->pending > 0)
    ct_window_publish (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
schedule_retry (CtWindow *self)
{
  CtWindowPublish *p = self->publish;

  g_clear_handle_id (&p->retry_id, g_source_remove);
  if (p->pending > 0)
    p->retry_id = g_timeout_add_seconds (RETRY_SECONDS, retry_cb, self);
}

static void
network_changed_cb (GNetworkMonitor *monitor,
                    GParamSpec      *pspec,
                    CtWindow        *self)
{
  if (g_network_monitor_get_network_available (monitor) && self->publish->pending > 0)
    ct_window_publish (self, FALSE);
}

/* A save just ended: publish when the clerk chose so, or when changes wait. */
static void
save_state_cb (CtWindow *self)
{
  CtWindowPublish *p = self->publish;
  CtSaveState state = ct_session_get_save_state (p->session);
  gboolean saved = p->state == CT_SAVE_STATE_SAVING && state == CT_SAVE_STATE_SAVED;

  p->state = state;
  if (saved && (g_settings_get_boolean (p->settings, CT_SETTINGS_KEY_PUBLISH_AFTER_SAVE) ||
                p->pending > 0))
    ct_window_publish (self, FALSE);
}

/**
 * ct_window_publish_session_changed:
 * @self: the window, its session just set
 *
 * Follows the saves of the programme now open, and counts its changes not sent.
 */
void
ct_window_publish_session_changed (CtWindow *self)
{
  CtWindowPublish *p = self->publish;

  if (p == NULL)
    return;
  if (p->session != NULL)
    g_clear_signal_handler (&p->state_id, p->session);
  g_clear_object (&p->session);
  if (self->session != NULL)
    {
      p->session = g_object_ref (self->session);
      p->state = ct_session_get_save_state (p->session);
      p->state_id = g_signal_connect_swapped (p->session, "notify::save-state",
                                              G_CALLBACK (save_state_cb), self);
    }
  g_clear_pointer (&p->last_error, g_free);
  count_pending (self);
  schedule_retry (self);
}

/**
 * ct_window_publish_dup_status:
 * @self: the window
 *
 * Returns: (transfer full) (nullable): the publish state of the open programme, for the
 *   header's subtitle; %NULL when there is nothing to say
 */
char *
ct_window_publish_dup_status (CtWindow *self)
{
  CtWindowPublish *p = self->publish;

  if (p == NULL || self->session == NULL)
    return NULL;
  if (p->running && p->total > 0)
    /* Translators: events sent so far and in all, while publishing. */
    return g_strdup_printf (_("Publishing %u/%u…"), p->done, p->total);
  if (p->running)
    return g_strdup (_("Publishing…"));
  if (p->pending > 0)
    /* Translators: changes that could not be sent to the calendar server yet. */
    return g_strdup_printf (g_dngettext (NULL, "%u change not published",
                                         "%u changes not published", p->pending), p->pending);
  if (p->published_at > 0)
    {
      g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (p->published_at);
      g_autofree char *time = g_date_time_format (local, "%H:%M");
      g_autofree char *day = g_date_time_format (local, "%d/%m/%Y");

      /* Translators: the time and the day of the last publish, e.g. "14:05" and
       * "07/12/2026". */
      return g_strdup_printf (_("Published at %s on %s"), time, day);
    }
  return NULL;
}

/**
 * ct_window_install_publish:
 * @self: the window
 */
void
ct_window_install_publish (CtWindow *self)
{
  CtWindowPublish *p = g_new0 (CtWindowPublish, 1);

  p->settings = ct_settings_new ();
  p->cancellable = g_cancellable_new ();
  p->network_id = g_signal_connect_object (g_network_monitor_get_default (),
                                           "notify::network-available",
                                           G_CALLBACK (network_changed_cb), self, 0);
  self->publish = p;
}

/**
 * ct_window_publish_dispose:
 * @self: the window
 *
 * Stops the publish under way: what it did not send stays pending in the store.
 */
void
ct_window_publish_dispose (CtWindow *self)
{
  CtWindowPublish *p = g_steal_pointer (&self->publish);

  if (p == NULL)
    return;
  g_cancellable_cancel (p->cancellable);
  g_clear_object (&p->cancellable);
  g_clear_handle_id (&p->retry_id, g_source_remove);
  g_clear_signal_handler (&p->network_id, g_network_monitor_get_default ());
  if (p->session != NULL)
    g_clear_signal_handler (&p->state_id, p->session);
  g_clear_object (&p->session);
  g_clear_object (&p->settings);
  g_clear_object (&p->publisher);
  g_free (p->last_error);
  g_free (p);
}

/**
 * ct_window_get_publishing:
 *
 * Returns: whether a publish is under way
 */
gboolean
ct_window_get_publishing (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), FALSE);
  return self->publish != NULL && self->publish->running;
}

/**
 * ct_window_get_publish_pending:
 *
 * Returns: the open programme's changes not sent to the calendar server yet
 */
guint
ct_window_get_publish_pending (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), 0);
  return self->publish != NULL ? self->publish->pending : 0;
}

/**
 * ct_window_get_publisher:
 *
 * Returns: (transfer none) (nullable): the publisher of the last publish (its counts)
 */
CtPublisher *
ct_window_get_publisher (CtWindow *self)
{
  g_return_val_if_fail (CT_IS_WINDOW (self), NULL);
  return self->publish != NULL ? self->publish->publisher : NULL;
}
