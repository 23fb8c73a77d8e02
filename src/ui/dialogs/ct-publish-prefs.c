/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-publish-prefs"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-publish-account.h"
#include "ct-publish-prefs.h"

/**
 * CtPublishPrefs:
 *
 * The Preferences group "Calendar Server": the server's address, the user name, the
 * password (kept in the keyring), the calendar published to (found on the server, or
 * made there), and whether each save publishes. What goes wrong is said below the rows
 * in words, as the core words it (wrong password, untrusted certificate, unreachable).
 */
struct _CtPublishPrefs
{
  AdwPreferencesGroup parent_instance;

  GSettings *settings;
  GCancellable *cancellable;
  guint busy;

  AdwEntryRow *server_row;
  AdwEntryRow *user_row;
  AdwEntryRow *password_row;
  AdwComboRow *calendar_row;
  GtkStringList *calendar_names;
  GPtrArray *calendar_urls;
  GtkWidget *find_button;
  AdwEntryRow *create_row;
  GtkLabel *message;
};

G_DEFINE_FINAL_TYPE (CtPublishPrefs, ct_publish_prefs, ADW_TYPE_PREFERENCES_GROUP)

static void
say (CtPublishPrefs *self,
     const char     *text,
     gboolean        error)
{
  gtk_label_set_text (self->message, text);
  gtk_widget_set_visible (GTK_WIDGET (self->message), text != NULL && *text != '\0');
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message), "error");
}

static void
set_busy (CtPublishPrefs *self,
          gboolean        busy)
{
  self->busy += busy ? 1 : -1;
  gtk_widget_set_sensitive (self->find_button, self->busy == 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_row), self->busy == 0);
}

/* A calendar's name in the drop-down: its display name, else the last part of its path. */
static char *
calendar_label (const char *url,
                const char *display_name)
{
  g_autofree char *trimmed = NULL;
  const char *slash;

  if (display_name != NULL && *display_name != '\0')
    return g_strdup (display_name);
  trimmed = g_strdup (url);
  while (g_str_has_suffix (trimmed, "/") && strlen (trimmed) > 1)
    trimmed[strlen (trimmed) - 1] = '\0';
  slash = strrchr (trimmed, '/');
  return g_uri_unescape_string (slash ? slash + 1 : trimmed, NULL);
}

/* Shows the chosen calendar's address under the drop-down. */
static void
update_calendar_subtitle (CtPublishPrefs *self)
{
  guint i = adw_combo_row_get_selected (self->calendar_row);
  const char *url = i < self->calendar_urls->len ? g_ptr_array_index (self->calendar_urls, i)
                                                 : "";

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->calendar_row), *url ? url : NULL);
}

static void
calendar_selected_cb (CtPublishPrefs *self)
{
  guint i = adw_combo_row_get_selected (self->calendar_row);

  if (i >= self->calendar_urls->len)
    return;
  g_settings_set_string (self->settings, CT_SETTINGS_KEY_CALDAV_CALENDAR,
                         g_ptr_array_index (self->calendar_urls, i));
  update_calendar_subtitle (self);
}

static void
add_calendar (CtPublishPrefs *self,
              const char     *url,
              const char     *label)
{
  g_ptr_array_add (self->calendar_urls, g_strdup (url));
  gtk_string_list_append (self->calendar_names, label);
}

/* The drop-down's entries: the server's address itself (a calendar's address may be
 * typed there), then @calendars, and the chosen calendar; the chosen one selected. */
static void
fill_calendars (CtPublishPrefs *self,
                GPtrArray      *calendars)
{
  g_autofree char *chosen = g_settings_get_string (self->settings,
                                                   CT_SETTINGS_KEY_CALDAV_CALENDAR);
  guint selected = 0;

  g_signal_handlers_block_by_func (self->calendar_row, calendar_selected_cb, self);
  g_ptr_array_set_size (self->calendar_urls, 0);
  gtk_string_list_splice (self->calendar_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->calendar_names)),
                          NULL);
  add_calendar (self, "", _("The server address itself"));
  for (guint i = 0; calendars != NULL && i < calendars->len; i++)
    {
      CtPublishCalendar *c = g_ptr_array_index (calendars, i);
      g_autofree char *label = calendar_label (c->url, c->display_name);

      if (g_strcmp0 (c->url, chosen) == 0)
        selected = self->calendar_urls->len;
      add_calendar (self, c->url, label);
    }
  if (*chosen != '\0' && selected == 0)
    {
      g_autofree char *label = calendar_label (chosen, NULL);

      selected = self->calendar_urls->len;
      add_calendar (self, chosen, label);
    }
  adw_combo_row_set_selected (self->calendar_row, selected);
  g_signal_handlers_unblock_by_func (self->calendar_row, calendar_selected_cb, self);
  update_calendar_subtitle (self);
}

static void
discovered_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(CtPublishPrefs) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) calendars = ct_publisher_discover_finish (CT_PUBLISHER (source),
                                                                 result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_busy (self, FALSE);
  if (calendars == NULL)
    {
      say (self, error->message, TRUE);
      return;
    }
  fill_calendars (self, calendars);
  if (calendars->len == 0)
    say (self, _("The server has no calendar for this user yet. Give a name below to make "
                 "one."), FALSE);
  else
    {
      g_autofree char *text =
        /* Translators: %u is how many calendars were found on the server. */
        g_strdup_printf (g_dngettext (NULL, "%u calendar found. Choose the one to publish to.",
                                      "%u calendars found. Choose the one to publish to.",
                                      calendars->len), calendars->len);

      say (self, text, FALSE);
    }
}

static void
discover_publisher_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CtPublishPrefs) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(CtPublisher) publisher = ct_publish_account_new_publisher_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (publisher == NULL)
    {
      set_busy (self, FALSE);
      say (self, error->message, TRUE);
      return;
    }
  ct_publisher_discover_async (publisher, self->cancellable, discovered_cb,
                               g_object_ref (self));
}

static gboolean
check_server (CtPublishPrefs *self)
{
  if (ct_publish_account_is_configured (self->settings))
    return TRUE;
  say (self, _("Type the calendar server's address first, for example "
               "https://lich.example.vn/."), TRUE);
  return FALSE;
}

static void
find_calendars (CtPublishPrefs *self)
{
  g_autofree char *server = NULL;

  if (!check_server (self))
    return;
  server = g_settings_get_string (self->settings, CT_SETTINGS_KEY_CALDAV_SERVER);
  set_busy (self, TRUE);
  say (self, _("Looking for calendars…"), FALSE);
  ct_publish_account_new_publisher_async (self->settings, g_strstrip (server),
                                          self->cancellable, discover_publisher_cb,
                                          g_object_ref (self));
}

/* Making a calendar: the home is found, then MKCALENDAR at a new name in it. */
typedef struct
{
  char *name;
  char *url;
} MakeData;

static void
make_data_free (MakeData *data)
{
  g_free (data->name);
  g_free (data->url);
  g_free (data);
}

static void
made_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  CtPublishPrefs *self = g_task_get_source_object (G_TASK (result));
  MakeData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_busy (self, FALSE);
          say (self, error->message, TRUE);
        }
      return;
    }
  set_busy (self, FALSE);
  g_settings_set_string (self->settings, CT_SETTINGS_KEY_CALDAV_CALENDAR, data->url);
  fill_calendars (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->create_row), "");
  /* Translators: %s is the new calendar's name. */
  text = g_strdup_printf (_("Calendar “%s” made on the server. Programmes are published to "
                            "it."), data->name);
  say (self, text, FALSE);
}

static void
make_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MakeData *data = task_data;
  CtPublisher *publisher = g_object_get_data (G_OBJECT (task), "publisher");
  GError *error = NULL;

  if (ct_publisher_make_calendar (publisher, data->name, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
make_publisher_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  CtPublisher *publisher = ct_publish_account_new_publisher_finish (result, &error);

  if (publisher == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_object_set_data_full (G_OBJECT (task), "publisher", publisher, g_object_unref);
  g_task_run_in_thread (task, make_thread);
}

static void
home_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CtPublisher *publisher = g_object_get_data (G_OBJECT (task), "publisher");
  GError *error = NULL;
  char *home = ct_publisher_dup_home (publisher, cancellable, &error);

  if (home == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, home, g_free);
}

static void
home_found_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) make = user_data;
  CtPublishPrefs *self = g_task_get_source_object (make);
  MakeData *data = g_task_get_task_data (make);
  GError *error = NULL;
  g_autofree char *home = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *uuid = g_uuid_string_random ();

  if (home == NULL)
    {
      g_task_return_error (make, error);
      return;
    }
  /* The path is a new UUID: the name may hold any letter, the address stays plain. */
  data->url = g_strconcat (home, uuid, "/", NULL);
  ct_publish_account_new_publisher_async (self->settings, data->url, self->cancellable,
                                          make_publisher_cb, g_steal_pointer (&make));
}

static void
home_publisher_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GTask *make = user_data;
  CtPublishPrefs *self = g_task_get_source_object (make);
  GError *error = NULL;
  CtPublisher *publisher = ct_publish_account_new_publisher_finish (result, &error);
  GTask *home;

  if (publisher == NULL)
    {
      g_task_return_error (make, error);
      g_object_unref (make);
      return;
    }
  home = g_task_new (self, self->cancellable, home_found_cb, make);
  g_object_set_data_full (G_OBJECT (home), "publisher", publisher, g_object_unref);
  g_task_run_in_thread (home, home_thread);
  g_object_unref (home);
}

static void
create_calendar (CtPublishPrefs *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (
                                                  GTK_EDITABLE (self->create_row))));
  g_autofree char *server = NULL;
  MakeData *data;
  GTask *make;

  if (!check_server (self))
    return;
  if (*name == '\0')
    {
      say (self, _("Type a name for the new calendar, for example “Lịch công tác”."), TRUE);
      return;
    }
  server = g_settings_get_string (self->settings, CT_SETTINGS_KEY_CALDAV_SERVER);
  data = g_new0 (MakeData, 1);
  data->name = g_steal_pointer (&name);
  make = g_task_new (self, self->cancellable, made_cb, NULL);
  g_task_set_task_data (make, data, (GDestroyNotify) make_data_free);
  set_busy (self, TRUE);
  say (self, _("Making the calendar…"), FALSE);
  ct_publish_account_new_publisher_async (self->settings, g_strstrip (server),
                                          self->cancellable, home_publisher_cb, make);
}

static void
password_stored_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CtPublishPrefs) self = user_data;
  gboolean in_keyring = FALSE;

  ct_publish_account_store_password_finish (result, &in_keyring, NULL);
  if (in_keyring)
    say (self, _("The password is kept in the keyring."), FALSE);
  else
    say (self, _("No keyring is running on this computer: the password is kept only until "
                 "Congtac closes, and must be typed again next time."), FALSE);
}

static void
password_applied_cb (CtPublishPrefs *self)
{
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  ct_publish_account_store_password (self->settings, password, NULL, password_stored_cb,
                                     g_object_ref (self));
  /* The field does not keep it: the keyring or the session does. */
  gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
}

/* Another server: the calendar chosen on the old one is not its. */
static void
server_changed_cb (CtPublishPrefs *self)
{
  g_settings_set_string (self->settings, CT_SETTINGS_KEY_CALDAV_CALENDAR, "");
  fill_calendars (self, NULL);
}

static AdwEntryRow *
add_entry_row (CtPublishPrefs *self,
               GtkWidget      *row,
               const char     *title,
               const char     *name)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_widget_set_name (row, name);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  return ADW_ENTRY_ROW (row);
}

static void
add_calendar_row (CtPublishPrefs *self)
{
  self->calendar_names = gtk_string_list_new (NULL);
  self->calendar_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->calendar_row), _("Calendar"));
  adw_combo_row_set_model (self->calendar_row, G_LIST_MODEL (self->calendar_names));
  gtk_widget_set_name (GTK_WIDGET (self->calendar_row), "calendar-row");
  self->find_button = gtk_button_new_with_mnemonic (_("_Find Calendars"));
  gtk_widget_set_name (self->find_button, "find-calendars");
  gtk_widget_set_valign (self->find_button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->calendar_row), self->find_button);
  g_signal_connect_swapped (self->find_button, "clicked", G_CALLBACK (find_calendars), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->calendar_row));
}

static void
add_after_save_row (CtPublishPrefs *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Publish After Each _Save"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Changes not sent (no network, server down) are sent later"));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_name (toggle, "publish-after-save");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_settings_bind (self->settings, CT_SETTINGS_KEY_PUBLISH_AFTER_SAVE, toggle, "active",
                   G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
}

static void
build (CtPublishPrefs *self)
{
  self->server_row = add_entry_row (self, adw_entry_row_new (), _("Server _Address"),
                                    "server-row");
  g_settings_bind (self->settings, CT_SETTINGS_KEY_CALDAV_SERVER, self->server_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::" CT_SETTINGS_KEY_CALDAV_SERVER,
                           G_CALLBACK (server_changed_cb), self, G_CONNECT_SWAPPED);
  self->user_row = add_entry_row (self, adw_entry_row_new (), _("_User Name"), "user-row");
  g_settings_bind (self->settings, CT_SETTINGS_KEY_CALDAV_USER, self->user_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  self->password_row = add_entry_row (self, adw_password_entry_row_new (), _("_Password"),
                                      "password-row");
  adw_entry_row_set_show_apply_button (self->password_row, TRUE);
  g_signal_connect_swapped (self->password_row, "apply", G_CALLBACK (password_applied_cb),
                            self);
  add_calendar_row (self);
  self->create_row = add_entry_row (self, adw_entry_row_new (), _("_New Calendar Name"),
                                    "create-row");
  adw_entry_row_set_show_apply_button (self->create_row, TRUE);
  g_signal_connect_swapped (self->create_row, "apply", G_CALLBACK (create_calendar), self);
  add_after_save_row (self);
  self->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->message, TRUE);
  gtk_label_set_xalign (self->message, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->message), 12);
  gtk_widget_set_name (GTK_WIDGET (self->message), "publish-message");
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->message));
  fill_calendars (self, NULL);
  g_signal_connect_swapped (self->calendar_row, "notify::selected",
                            G_CALLBACK (calendar_selected_cb), self);
}

static void
ct_publish_prefs_dispose (GObject *object)
{
  CtPublishPrefs *self = CT_PUBLISH_PREFS (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->calendar_names);
  g_clear_pointer (&self->calendar_urls, g_ptr_array_unref);
  G_OBJECT_CLASS (ct_publish_prefs_parent_class)->dispose (object);
}

static void
ct_publish_prefs_class_init (CtPublishPrefsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = ct_publish_prefs_dispose;
}

static void
ct_publish_prefs_init (CtPublishPrefs *self)
{
  self->cancellable = g_cancellable_new ();
  self->calendar_urls = g_ptr_array_new_with_free_func (g_free);
}

/**
 * ct_publish_prefs_new:
 * @settings: settings of schema io.github.congtac.Congtac
 *
 * Returns: (transfer floating): the group "Calendar Server"
 */
GtkWidget *
ct_publish_prefs_new (GSettings *settings)
{
  CtPublishPrefs *self = g_object_new (CT_TYPE_PUBLISH_PREFS, NULL);

  self->settings = g_object_ref (settings);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Calendar Server"));
  adw_preferences_group_set_description (
    ADW_PREFERENCES_GROUP (self),
    _("Publish programmes to a CalDAV calendar (Nextcloud, Radicale…), where phones and "
      "office calendars see the events"));
  build (self);
  return GTK_WIDGET (self);
}

/* What the group says below its rows now ("" when nothing). */
const char *
ct_publish_prefs_get_message (CtPublishPrefs *self)
{
  g_return_val_if_fail (CT_IS_PUBLISH_PREFS (self), NULL);
  return gtk_label_get_text (self->message);
}

/* Whether calendars are being looked for or made. */
gboolean
ct_publish_prefs_is_busy (CtPublishPrefs *self)
{
  g_return_val_if_fail (CT_IS_PUBLISH_PREFS (self), FALSE);
  return self->busy > 0;
}
