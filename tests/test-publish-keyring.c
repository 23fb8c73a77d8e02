/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The password of the calendar server in the Secret Service: the test runs its own
 * session bus and gnome-keyring (unlocked, in a folder of its own), stores the password
 * as Preferences does, reads it back with secret-tool, and publishes with congtac-cli
 * without CONGTAC_CALDAV_PASSWORD, to a Radicale started by the test. */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ct-publish-account.h"
#include "ct-publish.h"
#include "ct-settings.h"
#include "ct-store.h"
#include "fixture-programme.h"
#include "radicale-server.h"
#include "test-util.h"

static char *tmpdir;

/* A session bus and a keyring of the test's own, stopped by their process ids. */
typedef struct
{
  GTestDBus *bus;
  GPid keyring;
} Keyring;

static gboolean
have_programs (void)
{
  const char *const programs[] = { "dbus-daemon", "gnome-keyring-daemon", "secret-tool",
                                   "radicale" };

  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autofree char *path = g_find_program_in_path (programs[i]);

      if (path == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
secrets_on_bus (gpointer data)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  if (bus != NULL)
    reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                         "org.freedesktop.DBus", "NameHasOwner",
                                         g_variant_new ("(s)", "org.freedesktop.secrets"),
                                         G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                         NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  if (!owned)
    g_usleep (50000);
  return owned;
}

/* Starts the bus, then gnome-keyring unlocked with a password of its own on stdin, its
 * keyrings under @folder, and waits until the Secret Service is on the bus. */
static void
keyring_start (Keyring    *k,
               const char *folder)
{
  g_autofree char *home = g_build_filename (folder, "home", NULL);
  g_autofree char *data = g_build_filename (folder, "data", NULL);
  g_autofree char *runtime = g_build_filename (folder, "run", NULL);
  const char *argv[] = { "gnome-keyring-daemon", "--foreground", "--unlock",
                         "--components=secrets", NULL };
  g_auto(GStrv) envp = NULL;
  g_autoptr(GError) error = NULL;
  const char unlock[] = "khóa-thử";
  int input;

  g_assert_cmpint (g_mkdir_with_parents (home, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (data, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (runtime, 0700), ==, 0);
  k->bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (k->bus);
  envp = g_get_environ ();
  envp = g_environ_setenv (envp, "HOME", home, TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data, TRUE);
  envp = g_environ_setenv (envp, "XDG_RUNTIME_DIR", runtime, TRUE);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, envp,
                                           G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD |
                                           G_SPAWN_STDOUT_TO_DEV_NULL |
                                           G_SPAWN_STDERR_TO_DEV_NULL,
                                           NULL, NULL, &k->keyring, &input, NULL, NULL,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpint (write (input, unlock, sizeof unlock - 1), ==, sizeof unlock - 1);
  close (input);
  g_assert_true (ct_test_wait_until (secrets_on_bus, NULL, 60));
}

static void
keyring_stop (Keyring *k)
{
  int status;

  if (k->keyring != 0)
    {
      kill (k->keyring, SIGTERM);
      waitpid (k->keyring, &status, 0);
      g_spawn_close_pid (k->keyring);
      k->keyring = 0;
    }
  /* Stopped without waiting for this process's connection to it, which libsecret keeps
   * to the end: the GTestDBus is not finalized, as that would wait for it. */
  if (k->bus != NULL)
    g_test_dbus_stop (k->bus);
}

static void
result_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
store_password (GSettings  *settings,
                const char *password)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gboolean in_keyring = FALSE;

  ct_publish_account_store_password (settings, password, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ct_publish_account_store_password_finish (result, &in_keyring, &error));
  g_assert_no_error (error);
  g_assert_true (in_keyring);
}

/* What `secret-tool lookup url @url user @user` prints, and its exit status. */
static int
secret_tool_lookup (const char  *url,
                    const char  *user,
                    char       **out)
{
  const char *argv[] = { "secret-tool", "lookup", "url", url, "user", user, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               out, NULL, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* The password typed in Preferences goes to the keyring, under the server's address, and
 * congtac-cli finds it there for a calendar below that address. */
static void
test_keyring (void)
{
  g_autofree char *folder = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *collection = NULL;
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *found = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  g_autoptr(CtRadicale) server = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = NULL;
  Keyring keyring = { NULL, 0 };

  if (!have_programs ())
    {
      g_test_skip ("dbus-daemon, gnome-keyring, secret-tool or Radicale is not installed "
                   "(build-aux/test installs them)");
      return;
    }
  folder = g_build_filename (tmpdir, "keyring", NULL);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  keyring_start (&keyring, folder);

  db_path = g_build_filename (folder, "congtac.db", NULL);
  store = ct_store_open (db_path, &error);
  g_assert_no_error (error);
  programme = fixture_programme_september_2023 ();
  g_assert_true (ct_store_save_programme (store, programme, &error));
  g_assert_no_error (error);
  server = ct_radicale_start ();
  collection = ct_radicale_url (server, "clerk/programme/");

  settings = ct_settings_new ();
  g_settings_set_string (settings, CT_SETTINGS_KEY_CALDAV_SERVER, server->root);
  g_settings_set_string (settings, CT_SETTINGS_KEY_CALDAV_USER, CT_RADICALE_USER);
  store_password (settings, CT_RADICALE_PASSWORD);
  /* Forgotten by this process: what follows reads the keyring. */
  ct_publish_account_forget_session ();

  g_assert_cmpint (secret_tool_lookup (server->root, CT_RADICALE_USER, &found), ==, 0);
  g_assert_cmpstr (found, ==, CT_RADICALE_PASSWORD);
  g_clear_pointer (&found, g_free);
  g_assert_cmpint (secret_tool_lookup (server->root, "khach", &found), ==, 1);
  g_assert_cmpstr (found, ==, "");

  envp = g_environ_unsetenv (ct_test_cli_environ (NULL), "CONGTAC_CALDAV_PASSWORD");
  id = g_strdup_printf ("%" G_GINT64_FORMAT, programme->id);
  {
    const char *args[] = { "--db", db_path, "publish", id, collection, "--user",
                           CT_RADICALE_USER, "--create", NULL };

    g_assert_cmpint (ct_test_run_cli (NULL, envp, args, &out, &err), ==, 0);
    g_assert_cmpstr (out, ==, "Created: 6\nUpdated: 0\nDeleted: 0\nUnchanged: 0\n"
                              "Conflicts: 0\nQueued: 0\n");
    g_assert_cmpstr (err, ==, "");
  }

  g_clear_pointer (&server, ct_radicale_free);
  g_clear_object (&settings);
  keyring_stop (&keyring);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  ct_test_init (&argc, &argv);
  g_test_add_func ("/publish-keyring/store-lookup-publish", test_keyring);
  return ct_test_run_in_folder ("ct-publish-keyring-XXXXXX", &tmpdir);
}
