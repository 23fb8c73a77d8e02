/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ct-about.h"
#include "ct-accessible.h"
#include "ct-application.h"
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

struct _CtApplication
{
  AdwApplication parent_instance;

  char *db_path;
  CtStore *store;
  GError *store_error;
  GSettings *settings;
  guint backup_source;
  GtkWindow *recovery_dialog;  /* weak: the open offer to recover a damaged database */
  gboolean default_db;  /* no --db: the database the last-programme setting refers to */
};

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
static GtkWindow *
get_main_window (CtApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (GTK_IS_APPLICATION_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
show_message (CtApplication *self,
              const char    *heading,
              const char    *body)
{
  GtkWindow *parent = get_main_window (self);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void show_recovery (CtApplication *self);

static void
recover_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  show_recovery (CT_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CtApplication *self = CT_APPLICATION (user_data);
  GtkWindow *parent = get_main_window (self);
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
  GtkWindow *window = get_main_window (self);

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
  GtkWindow *parent = get_main_window (self);
  CtPreferencesWindow *window;

  if (self->settings == NULL)
    {
      show_message (self, _("Preferences Are Not Available"),
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
      show_recovery (self);
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
static void
start_new_database (CtApplication *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = ct_store_set_aside (self->db_path, now, &error);
  g_autofree char *body = NULL;

  if (aside == NULL)
    {
      show_message (self, _("Cannot Start a New Database"), error->message);
      return;
    }
  g_clear_error (&self->store_error);
  g_application_activate (G_APPLICATION (self));
  if (self->store == NULL)
    return;
  /* Translators: %s is the path the old database file was renamed to. */
  body = g_strdup_printf (_("The previous database file was kept as “%s”."), aside);
  show_message (self, _("New Database Started"), body);
}

static void
store_error_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         CtApplication    *self)
{
  if (g_strcmp0 (response, "new") == 0)
    start_new_database (self);
}

/* Saves @window's programme, or, when that fails, writes it as text beside the database
 * and says where. FALSE when neither worked: then nothing may be replaced. */
static gboolean
keep_unsaved_as_text (CtApplication *self,
                      CtWindow      *window)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) text_error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = NULL, *dir = NULL, *name = NULL, *path = NULL, *text = NULL;
  g_autofree char *body = NULL;

  if (ct_window_flush (window, &error))
    return TRUE;
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  dir = g_path_get_dirname (self->db_path);
  name = g_strdup_printf ("unsaved-%s.txt", stamp);
  path = g_build_filename (dir, name, NULL);
  text = ct_programme_render_text (ct_window_get_programme (window));
  if (!ct_file_replace_contents (path, text, strlen (text), &text_error))
    {
      show_message (self, _("Cannot Replace the Database Now"), error->message);
      return FALSE;
    }
  body = g_strdup_printf (
    /* Translators: %1$s is the reason the save failed, %2$s a file path. */
    _("%1$s\n\nThe changes that could not be saved were written as text to “%2$s”; Import "
      "Programme… reads them back."), error->message, path);
  show_message (self, _("Unsaved Changes Kept as Text"), body);
  return TRUE;
}

/* Closes the main windows and the store so that the database file can be replaced: a
 * connection left open would write into the file kept aside. Returns FALSE, the windows
 * back, when something still holds the store (a save under way). */
static gboolean
release_store (CtApplication *self)
{
  g_autoptr(GList) windows = NULL;

  if (self->store == NULL)
    return TRUE;
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  /* Nothing typed is dropped by replacing the file: what cannot be saved (the database is
   * damaged, after all) is written beside it as text, which Import Programme reads back. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (CT_IS_WINDOW (l->data) && !keep_unsaved_as_text (self, l->data))
      return FALSE;
  for (GList *l = windows; l != NULL; l = l->next)
    if (CT_IS_WINDOW (l->data))
      {
        g_autoptr(GtkWindow) window = g_object_ref (l->data);

        gtk_window_destroy (window);
        /* Pending callbacks hold the window: let go of its store now (it saves first). */
        g_object_run_dispose (G_OBJECT (window));
      }
  g_clear_handle_id (&self->backup_source, g_source_remove);
  if (G_OBJECT (self->store)->ref_count > 1)
    {
      g_application_activate (G_APPLICATION (self));
      show_message (self, _("Cannot Replace the Database Now"),
                    _("A programme is still being saved. Wait a moment and try again."));
      return FALSE;
    }
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  return TRUE;
}

/* Opens the database again after it was replaced, or left as it was after a failure. */
static void
reopen_store (CtApplication *self,
              const char    *heading,
              const char    *body)
{
  g_clear_error (&self->store_error);
  g_application_activate (G_APPLICATION (self));
  if (self->store != NULL)
    show_message (self, heading, body);
}

static void
restore_chosen_cb (CtRestoreDialog *dialog,
                   const char      *backup,
                   CtApplication   *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *aside = NULL, *name = g_path_get_basename (backup), *body = NULL;
  char date[16] = "";
  GDate day;
  guint n = 0;

  g_application_hold (G_APPLICATION (self));
  if (!release_store (self))
    goto out;
  if (!ct_store_restore (self->db_path, backup, now, &aside, &error))
    {
      reopen_store (self, _("Cannot Restore the Backup"), error->message);
      goto out;
    }
  if (ct_store_backup_date_from_name (name, &day))
    g_date_strftime (date, sizeof date, "%d/%m/%Y", &day);
  ct_store_check_file (self->db_path, &n);
  /* Translators: %1$s is a date, %2$u a number of programmes, %3$s a file path. */
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The backup copy of %1$s is now the database (%2$u "
                                       "programme). The damaged database was kept as “%3$s”.",
                                       "The backup copy of %1$s is now the database (%2$u "
                                       "programmes). The damaged database was kept as “%3$s”.",
                                       n), date, n, aside ? aside : "");
  reopen_store (self, _("Backup Restored"), body);
out:
  g_application_release (G_APPLICATION (self));
}

static void
show_restore_dialog (CtApplication *self)
{
  CtRestoreDialog *dialog = ct_restore_dialog_new (self->db_path);
  GtkWindow *parent = get_main_window (self);

  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  g_signal_connect_object (dialog, "restore", G_CALLBACK (restore_chosen_cb), self, 0);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
salvage_report (guint      n_saved,
                GPtrArray *lost,
                const char *aside)
{
  GString *body = g_string_new (NULL);

  /* Translators: %u is a number of programmes. */
  g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE,
                                             "%u programme was copied into a new database, "
                                             "which is now in use.",
                                             "%u programmes were copied into a new database, "
                                             "which is now in use.", n_saved), n_saved);
  if (lost->len > 0)
    g_string_append_printf (body, "\n\n%s", g_dngettext (GETTEXT_PACKAGE,
                                                         "This programme could not be read:",
                                                         "These programmes could not be read:",
                                                         lost->len));
  for (guint i = 0; i < lost->len; i++)
    {
      CtLostProgramme *gone = g_ptr_array_index (lost, i);

      /* Translators: a programme that could not be read: %1$lld is its id, %2$s its
       * subtitle. */
      g_string_append_printf (body, _("\n• %1$lld: %2$s"), (long long) gone->id,
                              gone->title ? gone->title : _("(its title cannot be read)"));
    }
  /* Translators: %s is a file path. */
  g_string_append_printf (body, _("\n\nThe damaged database was kept as “%s”."), aside);
  return g_string_free (body, FALSE);
}

static void
salvage (CtApplication *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) lost = NULL;
  g_autofree char *target = g_strconcat (self->db_path, ".salvaged", NULL);
  g_autofree char *aside = NULL, *body = NULL;
  guint n_saved = 0;

  g_application_hold (G_APPLICATION (self));
  if (!release_store (self))
    goto out;
  /* A file left by an interrupted attempt holds nothing that is not in the damaged one. */
  g_unlink (target);
  if (!ct_store_salvage (self->db_path, target, &n_saved, &lost, &error) ||
      !ct_store_replace_file (self->db_path, target, "damaged", now, &aside, &error))
    {
      g_unlink (target);
      reopen_store (self, _("Cannot Save What Can Be Read"), error->message);
      goto out;
    }
  body = salvage_report (n_saved, lost, aside ? aside : "");
  reopen_store (self, _("Readable Programmes Saved"), body);
out:
  g_application_release (G_APPLICATION (self));
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CtApplication    *self)
{
  if (g_strcmp0 (response, "restore") == 0)
    show_restore_dialog (self);
  else if (g_strcmp0 (response, "salvage") == 0)
    {
      /* Saving replaces the main window, which this dialog is still attached to while it
       * answers: the dialog goes first. */
      gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
      gtk_window_destroy (GTK_WINDOW (dialog));
      salvage (self);
    }
}

static void
add_recovery_responses (AdwMessageDialog *dialog,
                        CtApplication    *self)
{
  adw_message_dialog_add_response (dialog, "salvage", _("_Save What Can Be Read"));
  adw_message_dialog_add_response (dialog, "restore", _("_Restore from Backup…"));
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self, 0);
}

/* The database opened but part of it cannot be read (a programme fails to load, or the
 * check before the daily backup fails). */
static void
show_recovery (CtApplication *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (self->recovery_dialog != NULL)
    {
      gtk_window_present (self->recovery_dialog);
      return;
    }
  /* Translators: %s is a file path. */
  body = g_strdup_printf (_("Part of the database “%s” cannot be read, so some programmes "
                            "cannot be opened. Nothing has been changed.\n\nYou can put a "
                            "backup copy in its place, or copy every programme that can still "
                            "be read into a new database. Either way the damaged file is "
                            "kept."), self->db_path);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (get_main_window (self),
                                                       _("The Database Is Damaged"), body));
  adw_message_dialog_add_response (dialog, "close", _("_Not Now"));
  add_recovery_responses (dialog, self);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  self->recovery_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->recovery_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A damaged file or one from a newer version can be set aside for a new database. */
static void
show_store_error (CtApplication *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (!g_error_matches (self->store_error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT) &&
      !g_error_matches (self->store_error, CT_STORE_ERROR, CT_STORE_ERROR_TOO_NEW))
    {
      show_message (self, _("Cannot Open the Database"), self->store_error->message);
      return;
    }
  body = g_strconcat (self->store_error->message, "\n\n",
                      _("You can start a new, empty database. The current file is then kept "
                        "in the same folder, renamed with today’s date and time; it is never "
                        "overwritten."), NULL);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (NULL, _("Cannot Open the Database"),
                                                       body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_add_response (dialog, "new", _("_Start a New Database"));
  if (g_error_matches (self->store_error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT))
    add_recovery_responses (dialog, self);
  g_signal_connect_object (dialog, "response", G_CALLBACK (store_error_response_cb), self, 0);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
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

static void
programme_changed_cb (CtWindow      *window,
                      gboolean       replaced,
                      CtApplication *self)
{
  CtProgramme *programme = ct_window_get_programme (window);

  if (replaced && self->default_db)
    g_settings_set_int64 (self->settings, CT_SETTINGS_KEY_LAST_PROGRAMME,
                          programme != NULL ? programme->id : 0);
}

/* Restores the size, the maximized state and the programme of the last session, and
 * keeps them up to date in the settings. The programme is an id of the default database:
 * a database given with --db leaves it alone. */
static void
track_window_state (CtApplication *self,
                    CtWindow      *window)
{
  gint64 last;

  if (self->settings == NULL)
    return;
  g_settings_bind (self->settings, CT_SETTINGS_KEY_WINDOW_WIDTH, window, "default-width",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, CT_SETTINGS_KEY_WINDOW_HEIGHT, window, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, CT_SETTINGS_KEY_WINDOW_MAXIMIZED, window, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
  last = g_settings_get_int64 (self->settings, CT_SETTINGS_KEY_LAST_PROGRAMME);
  g_signal_connect_object (window, "programme-changed", G_CALLBACK (programme_changed_cb),
                           self, 0);
  /* The last programme; on first run, on another database or when it was deleted, the
   * newest one. */
  ct_window_open_on_start (window, self->default_db ? last : 0);
}

static void
ct_application_activate (GApplication *app)
{
  CtApplication *self = CT_APPLICATION (app);
  GtkWindow *window = get_main_window (self);

  ensure_store (self);
  if (self->store == NULL)
    {
      show_store_error (self);
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
  window = get_main_window (CT_APPLICATION (app));
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
