/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-publish-account"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-publish-account.h"
#include "ct-publish-net.h"

/* The calendar server the app publishes to: its address, user and calendar in the
 * settings, the password in the Secret Service (the item congtac-cli reads too), or,
 * when no keyring runs, in this process's memory only: never in a file in clear. */

/* "server\nuser" → the password typed in this session. */
static GHashTable *session_passwords;

static GHashTable *
passwords (void)
{
  if (session_passwords == NULL)
    session_passwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                               (GDestroyNotify) ct_publish_password_wipe);
  return session_passwords;
}

/* Drops the passwords kept in memory (tests; the keyring keeps its own). */
void
ct_publish_account_forget_session (void)
{
  g_clear_pointer (&session_passwords, g_hash_table_unref);
}

/**
 * ct_publish_account_has_keyring:
 *
 * Returns: whether the password can go to the keyring (ct_publish_has_session_bus())
 */
gboolean
ct_publish_account_has_keyring (void)
{
  return ct_publish_has_session_bus ();
}

static char *
dup_setting (GSettings  *settings,
             const char *key)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  return g_strstrip (g_strdup (value));
}

/* Whether a server address is given. */
gboolean
ct_publish_account_is_configured (GSettings *settings)
{
  g_autofree char *server = dup_setting (settings, CT_SETTINGS_KEY_CALDAV_SERVER);

  return *server != '\0';
}

/* The address published to: the chosen calendar, else the server's address. */
char *
ct_publish_account_dup_target (GSettings *settings)
{
  char *calendar = dup_setting (settings, CT_SETTINGS_KEY_CALDAV_CALENDAR);

  if (*calendar != '\0')
    return calendar;
  g_free (calendar);
  return dup_setting (settings, CT_SETTINGS_KEY_CALDAV_SERVER);
}

/* The collection URL the store keeps the publish state under, as ct_publisher_publish()
 * names it; %NULL when no valid address is set. */
char *
ct_publish_account_dup_collection (GSettings *settings)
{
  g_autofree char *target = ct_publish_account_dup_target (settings);
  g_autoptr(CtPublisher) publisher = ct_publisher_new (target, NULL, NULL, NULL);
  const char *url;

  if (publisher == NULL)
    return NULL;
  url = ct_publisher_get_url (publisher);
  return g_str_has_suffix (url, "/") ? g_strdup (url) : g_strconcat (url, "/", NULL);
}

static char *
session_key (const char *server,
             const char *user)
{
  return g_strconcat (server, "\n", user, NULL);
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!ct_publish_net_get_funcs (NULL)->password_store_finish (result, &error))
    g_debug ("The keyring did not take the password: %s", error->message);
  g_task_return_int (task, error == NULL);
}

/**
 * ct_publish_account_store_password:
 * @settings: the app's settings, naming the server and user
 * @password: the password typed; "" forgets it
 *
 * Keeps @password for this session, and in the keyring when one runs.
 */
void
ct_publish_account_store_password (GSettings           *settings,
                                   const char          *password,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  g_autofree char *server = dup_setting (settings, CT_SETTINGS_KEY_CALDAV_SERVER);
  g_autofree char *user = dup_setting (settings, CT_SETTINGS_KEY_CALDAV_USER);
  g_autoptr(GError) error = NULL;
  const CtPublishNetFuncs *net = NULL;

  g_task_set_source_tag (task, ct_publish_account_store_password);
  if (*password == '\0')
    g_hash_table_remove (passwords (), session_key (server, user));
  else
    g_hash_table_replace (passwords (), session_key (server, user), g_strdup (password));
  if (ct_publish_account_has_keyring () &&
      (net = ct_publish_net_get_funcs (&error)) == NULL)
    g_warning ("The keyring cannot be reached: %s", error->message);
  if (net == NULL)
    {
      g_task_return_int (task, FALSE);
      g_object_unref (task);
      return;
    }
  if (*password == '\0')
    {
      net->password_clear (server, user, cancellable);
      g_task_return_int (task, TRUE);
      g_object_unref (task);
      return;
    }
  net->password_store (server, user,
                       /* Translators: the keyring's name for the stored password. */
                       _("Congtac: calendar server"), password, cancellable, stored_cb, task);
}

/**
 * ct_publish_account_store_password_finish:
 * @in_keyring: (out): whether the keyring keeps it (else only this session does)
 *
 * Returns: %TRUE (the session always keeps the password)
 */
gboolean
ct_publish_account_store_password_finish (GAsyncResult  *result,
                                          gboolean      *in_keyring,
                                          GError       **error)
{
  gssize stored = g_task_propagate_int (G_TASK (result), error);

  *in_keyring = stored > 0;
  return stored >= 0;
}

typedef struct
{
  char *url;
  char *server;
  char *user;
} Lookup;

static void
lookup_free (Lookup *lookup)
{
  g_free (lookup->url);
  g_free (lookup->server);
  g_free (lookup->user);
  g_free (lookup);
}

static void
return_publisher (GTask      *task,
                  const char *password)
{
  Lookup *lookup = g_task_get_task_data (task);
  GError *error = NULL;
  CtPublisher *publisher;

  if (*lookup->user != '\0' && password == NULL)
    {
      g_task_return_new_error (task, CT_PUBLISH_ERROR, CT_PUBLISH_ERROR_NO_PASSWORD,
                               /* Translators: %1$s is a user name, %2$s an address. */
                               _("No password is known for “%1$s” at “%2$s”. Type it in "
                                 "Preferences, Publishing."),
                               lookup->user, lookup->server);
      return;
    }
  publisher = ct_publisher_new (lookup->url, *lookup->user ? lookup->user : NULL, password,
                                &error);
  if (publisher == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, publisher, g_object_unref);
}

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *secret = ct_publish_net_get_funcs (NULL)->password_lookup_finish (result, &error);

  if (error != NULL)
    g_debug ("The keyring cannot be read: %s", error->message);
  return_publisher (task, secret);
  ct_publish_password_wipe (secret);
}

/**
 * ct_publish_account_new_publisher_async:
 * @settings: the app's settings
 * @url: (nullable): the address to use instead of the chosen calendar (the server's, to
 *   find calendars; a new calendar's, to make it)
 *
 * Makes a publisher for the settings' address with the password of this session or
 * the keyring, read without blocking.
 */
void
ct_publish_account_new_publisher_async (GSettings           *settings,
                                        const char          *url,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  Lookup *lookup = g_new0 (Lookup, 1);
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  const CtPublishNetFuncs *net = NULL;
  const char *password;

  lookup->server = dup_setting (settings, CT_SETTINGS_KEY_CALDAV_SERVER);
  lookup->user = dup_setting (settings, CT_SETTINGS_KEY_CALDAV_USER);
  lookup->url = url != NULL ? g_strdup (url) : ct_publish_account_dup_target (settings);
  g_task_set_task_data (task, lookup, (GDestroyNotify) lookup_free);
  g_task_set_source_tag (task, ct_publish_account_new_publisher_async);
  key = session_key (lookup->server, lookup->user);
  password = g_hash_table_lookup (passwords (), key);
  if (*lookup->user != '\0' && password == NULL && ct_publish_account_has_keyring () &&
      (net = ct_publish_net_get_funcs (&error)) == NULL)
    g_warning ("The keyring cannot be reached: %s", error->message);
  if (net == NULL)
    {
      return_publisher (task, password);
      g_object_unref (task);
      return;
    }
  net->password_lookup (lookup->server, lookup->user, cancellable, looked_up_cb, task);
}

CtPublisher *
ct_publish_account_new_publisher_finish (GAsyncResult  *result,
                                         GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
