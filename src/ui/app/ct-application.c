/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ct-about.h"
#include "ct-accessible.h"
#include "ct-application-private.h"
#include "ct-file.h"
#include "ct-graphics.h"
#include "ct-instance.h"
#include "ct-platform-strings.h"
#include "ct-preferences-window.h"
#include "ct-render-text.h"
#include "ct-restore-dialog.h"
#include "ct-sample.h"
#include "ct-settings.h"
#include "ct-store-backup.h"
#include "ct-store-recover.h"
#include "ct-window-private.h"
#include "ct-window.h"


G_DEFINE_FINAL_TYPE (CtApplication, ct_application, ADW_TYPE_APPLICATION)

/* The daily backup waits this long after start-up so it never competes with the first
 * frame for the disk and the CPU. */
#define BACKUP_DELAY_SECONDS 5

static void
ensure_store (CtApplication *self)
{
  if (self->store != NULL || self->store_error != NULL)
    return;
  if (self->db_path == NULL)
    {
      self->db_path = ct_store_get_default_path ();
      self->default_db = TRUE;
    }
  self->store = ct_store_open (self->db_path, &self->store_error);
  if (self->store != NULL && !ct_sample_add_on_first_run (self->store, &self->store_error))
    g_warning ("Cannot add the sample programme: %s", self->store_error->message);
}

/* The most recently focused main window, or NULL: the active window may be a dialog. */
GtkWindow *
ct_application_get_main_window (CtApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (GTK_IS_APPLICATION_WINDOW (l->data))
      return l->data;
  return NULL;
}

void
ct_application_show_message (CtApplication *self,
              const char    *heading,
              const char    *body)
{
  GtkWindow *parent = ct_application_get_main_window (self);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}


static void
recover_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  ct_application_show_recovery (CT_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CtApplication *self = CT_APPLICATION (user_data);
  GtkWindow *parent = ct_application_get_main_window (self);
  GtkWindow *about = ct_about_window_new ();

  if (parent != NULL)
    gtk_window_set_transient_for (about, parent);
  gtk_window_set_application (about, GTK_APPLICATION (self));
  gtk_window_present (about);
}

/**
 * ct_application_ensure_shortcuts_window:
 * @window: an application window
 *
 * Gives @window its shortcuts window (data/ui/ct-shortcuts-window.ui) as help overlay,
 * the first time only. It is built when first asked for, not with the window: it is
 * seldom opened and building it cost a noticeable part of the start-up.
 *
 * Returns: (transfer none): the shortcuts window
 */
GtkShortcutsWindow *
ct_application_ensure_shortcuts_window (GtkApplicationWindow *window)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkShortcutsWindow *overlay;

  g_return_val_if_fail (GTK_IS_APPLICATION_WINDOW (window), NULL);

  overlay = gtk_application_window_get_help_overlay (window);
  if (overlay != NULL)
    return overlay;
  builder = gtk_builder_new_from_resource (RESOURCE_PATH "/ui/ct-shortcuts-window.ui");
  overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  ct_platform_strings_apply (GTK_WIDGET (overlay));
  gtk_application_window_set_help_overlay (window, overlay);
  return overlay;
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  CtApplication *self = CT_APPLICATION (user_data);
  GtkWindow *window = ct_application_get_main_window (self);

  if (window == NULL)
    return;
  ct_application_ensure_shortcuts_window (GTK_APPLICATION_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  CtApplication *self = CT_APPLICATION (user_data);
  GtkWindow *parent = ct_application_get_main_window (self);
  CtPreferencesWindow *window;

  if (self->settings == NULL)
    {
      ct_application_show_message (self, _("Preferences Are Not Available"),
                    _("The settings schema io.github.congtac.Congtac is not installed."));
      return;
    }
  window = ct_preferences_window_new (self->settings);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_application (GTK_WINDOW (window), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing rather than g_application_quit() lets each window save its programme in its
   * close-request handler before the application exits. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_entries[] = {
  { "about", about_activated },
  { "shortcuts", shortcuts_activated },
  { "preferences", preferences_activated },
  { "quit", quit_activated },
  { "recover", recover_activated },
};

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CtApplication) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ct_store_backup_daily_finish (CT_STORE (source), result, &error);

  if (g_error_matches (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT))
    {
      g_message ("No backup copy today: %s", error->message);
      ct_application_show_recovery (self);
    }
  else if (path == NULL)
    g_warning ("Cannot make today's backup copy of the database: %s", error->message);
}

static gboolean
start_backup_cb (gpointer user_data)
{
  CtApplication *self = user_data;

  self->backup_source = 0;
  if (self->store != NULL)
    ct_store_backup_daily_async (self->store, NULL, backup_done_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

/* Moves the unreadable file aside (never overwriting anything) and opens a new database
 * at the same path. */
void
ct_application_start_new_database (CtApplication *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = ct_store_set_aside (self->db_path, now, &error);
  g_autofree char *body = NULL;

  if (aside == NULL)
    {
      ct_application_show_message (self, _("Cannot Start a New Database"), error->message);
      return;
    }
  g_clear_error (&self->store_error);
  g_application_activate (G_APPLICATION (self));
  if (self->store == NULL)
    return;
  /* Translators: %s is the path the old database file was renamed to. */
  body = g_strdup_printf (_("The previous database file was kept as “%s”."), aside);
  ct_application_show_message (self, _("New Database Started"), body);
}


static void
ct_application_startup (GApplication *app)
{
  CtApplication *self = CT_APPLICATION (app);
  const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
  };

  G_APPLICATION_CLASS (ct_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);
  ct_accessible_install ();
  self->settings = ct_settings_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  for (gsize i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}

/* A database given with --db remembers its own last programme, by its path. */
static gint64
get_last_programme (CtApplication *self)
{
  g_autoptr(GVariant) map = NULL;
  gint64 id = 0;

  if (self->default_db)
    return g_settings_get_int64 (self->settings, CT_SETTINGS_KEY_LAST_PROGRAMME);
  map = g_settings_get_value (self->settings, "last-programmes");
  if (!g_variant_lookup (map, self->db_path, "x", &id))
    return 0;
  return id;
}

static void
set_last_programme (CtApplication *self,
                    gint64         id)
{
  g_autoptr(GVariant) old = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *path;
  gint64 other;

  if (self->default_db)
    {
      g_settings_set_int64 (self->settings, CT_SETTINGS_KEY_LAST_PROGRAMME, id);
      return;
    }
  old = g_settings_get_value (self->settings, "last-programmes");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sx}"));
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&sx}", &path, &other))
    if (g_strcmp0 (path, self->db_path) != 0)
      g_variant_builder_add (&builder, "{sx}", path, other);
  g_variant_builder_add (&builder, "{sx}", self->db_path, id);
  g_settings_set_value (self->settings, "last-programmes", g_variant_builder_end (&builder));
}

/* The page the clerk left, shown again with the first programme of the session; the week
 * page only for a week's programme, which alone has it. */
static void
restore_page (CtApplication *self,
              CtWindow      *window,
              CtProgramme   *programme)
{
  g_autofree char *page = g_settings_get_string (self->settings, "last-page");

  self->page_restored = TRUE;
  if (g_str_equal (page, "week") && programme->period_kind != CT_PERIOD_KIND_WEEK)
    return;
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", page);
}

static void
programme_changed_cb (CtWindow      *window,
                      gboolean       replaced,
                      CtApplication *self)
{
  CtProgramme *programme = ct_window_get_programme (window);

  if (!replaced)
    return;
  set_last_programme (self, programme != NULL ? programme->id : 0);
  if (programme != NULL && !self->page_restored)
    restore_page (self, window, programme);
}

static gboolean
window_close_request_cb (CtWindow      *window,
                         CtApplication *self)
{
  const char *page = ct_window_get_page (window);

  if (page != NULL && ct_window_get_programme (window) != NULL)
    g_settings_set_string (self->settings, "last-page", page);
  return GDK_EVENT_PROPAGATE;
}

/* Restores the size, the maximized state, the programme and the page of the last session,
 * and keeps them up to date in the settings. */
static void
track_window_state (CtApplication *self,
                    CtWindow      *window)
{
  if (self->settings == NULL)
    return;
  g_settings_bind (self->settings, CT_SETTINGS_KEY_WINDOW_WIDTH, window, "default-width",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, CT_SETTINGS_KEY_WINDOW_HEIGHT, window, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, CT_SETTINGS_KEY_WINDOW_MAXIMIZED, window, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (window, "programme-changed", G_CALLBACK (programme_changed_cb),
                           self, 0);
  g_signal_connect_object (window, "close-request", G_CALLBACK (window_close_request_cb),
                           self, 0);
  /* The last programme; on first run or when it was deleted, the newest one. */
  ct_window_open_on_start (window, get_last_programme (self));
}

static void
ct_application_activate (GApplication *app)
{
  CtApplication *self = CT_APPLICATION (app);
  GtkWindow *window = ct_application_get_main_window (self);

  ensure_store (self);
  if (self->store == NULL)
    {
      ct_application_show_store_error (self);
      ct_graphics_restore_environment ();
      return;
    }
  if (window == NULL)
    {
      window = GTK_WINDOW (ct_window_new (GTK_APPLICATION (app), self->store));
      track_window_state (self, CT_WINDOW (window));
      g_clear_handle_id (&self->backup_source, g_source_remove);
      self->backup_source = g_timeout_add_seconds (BACKUP_DELAY_SECONDS, start_backup_cb, self);
    }
  gtk_window_present (window);
  ct_graphics_restore_environment ();
}

static void
ct_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  GtkWindow *window;

  g_application_activate (app);
  window = ct_application_get_main_window (CT_APPLICATION (app));
  if (window == NULL || !CT_IS_WINDOW (window))
    return;

  /* The desktop file offers Congtac for text/calendar: import into the open programme. */
  ct_window_finish_start (CT_WINDOW (window));
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *uri = g_file_get_uri (files[i]);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.import-calendar-file", "s", uri);
    }
}

static int
ct_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  CtApplication *self = CT_APPLICATION (app);
  g_autofree char *id = NULL;
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    self->db_path = g_canonicalize_filename (db, NULL);
  if (self->db_path != NULL)
    {
      id = ct_instance_id_for_database (self->db_path);
      g_application_set_application_id (app, id);
    }
  return -1;
}

/* Nothing started for this run outlives it: the daily backup's timer is dropped. */
static void
ct_application_shutdown (GApplication *app)
{
  CtApplication *self = CT_APPLICATION (app);

  g_clear_handle_id (&self->backup_source, g_source_remove);
  G_APPLICATION_CLASS (ct_application_parent_class)->shutdown (app);
}

static void
ct_application_finalize (GObject *object)
{
  CtApplication *self = CT_APPLICATION (object);

  g_clear_handle_id (&self->backup_source, g_source_remove);
  if (self->recovery_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->recovery_dialog),
                                  (gpointer *) &self->recovery_dialog);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (ct_application_parent_class)->finalize (object);
}

static void
ct_application_class_init (CtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ct_application_finalize;
  app_class->startup = ct_application_startup;
  app_class->activate = ct_application_activate;
  app_class->shutdown = ct_application_shutdown;
  app_class->open = ct_application_open;
  app_class->handle_local_options = ct_application_handle_local_options;
}

static void
ct_application_init (CtApplication *self)
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the database file PATH instead of the default one"), N_("PATH") },
    { NULL },
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

/**
 * ct_application_new:
 *
 * App-wide actions: app.about, app.shortcuts (the window's shortcuts window, Ctrl+?),
 * app.preferences (Ctrl+,), app.quit (Ctrl+Q) and app.recover (offers to restore a backup
 * or save what can be read of a damaged database). Calendar files given on the command line
 * or by the desktop are imported into the open programme. The window's size, maximized
 * state and programme are restored from the settings.
 *
 * Returns: (transfer full): the application, with the id io.github.congtac.Congtac (see
 *   ct_instance_id_for_database() for `--db`)
 */
CtApplication *
ct_application_new (void)
{
  /* Unique per database (see ct_instance_id_for_database()): a second launch on the
   * same file presents this process's window, so that two processes never edit the same
   * programme from two copies. */
  return g_object_new (CT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

/**
 * ct_application_get_store:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the open store, %NULL before activation or when
 *   the database could not be opened
 */
CtStore *
ct_application_get_store (CtApplication *self)
{
  g_return_val_if_fail (CT_IS_APPLICATION (self), NULL);
  return self->store;
}
