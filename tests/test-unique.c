/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "ct-application.h"
#include "ct-instance.h"

#define DB_A "/srv/office/a.db"
#define DB_B "/srv/office/b.db"

/* Registers a Congtac application for @path as a launch does and says whether it is
 * remote, i.e. handed its activation to a process already running on that database. */
static gboolean
launch_is_remote (const char *path)
{
  /* A registered primary instance lives as long as its process, as a running app does
   * (GApplication warns when one is finalized while registered). */
  GApplication *app = G_APPLICATION (ct_application_new ());
  g_autofree char *id = ct_instance_id_for_database (path);
  g_autoptr(GError) error = NULL;

  g_application_set_application_id (app, id);
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  return g_application_get_is_remote (app);
}

static void
test_second_launch (void)
{
  /* Only run by test_unique_per_database(), with the first launch registered. */
  if (!g_test_subprocess ())
    return;
  g_assert_true (launch_is_remote (DB_A));
  g_assert_false (launch_is_remote (DB_B));
}

/* Two launches on one database: the second (another process) is remote, so it opens no
 * store of its own; a launch on another file is a process of its own. A private session
 * bus stands in for the desktop's. */
static const char *self_path;

static void
test_unique_per_database (void)
{
  /* Not finalized: that waits for the bus connection, which the registered application
   * keeps for the life of the process. */
  GTestDBus *bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_autofree char *id_a = ct_instance_id_for_database (DB_A);
  g_autofree char *id_b = ct_instance_id_for_database (DB_B);
  g_autofree char *default_path = ct_store_get_default_path ();
  g_autofree char *id_default = ct_instance_id_for_database (default_path);
  g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

  g_assert_cmpstr (id_default, ==, "io.github.congtac.Congtac");
  g_assert_true (g_application_id_is_valid (id_a));
  g_assert_true (g_str_has_prefix (id_a, "io.github.congtac.Congtac.Db_"));
  g_assert_cmpstr (id_a, !=, id_b);

  /* g_test_dbus_up() unsets DISPLAY, which the applications' start-up needs. */
  g_test_dbus_up (bus);
  g_setenv ("DISPLAY", display, TRUE);
  {
    g_autoptr(GApplication) first = G_APPLICATION (ct_application_new ());
    g_autoptr(GSubprocess) child = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *out = NULL, *err = NULL;

    g_application_set_application_id (first, id_a);
    g_assert_true (g_application_register (first, NULL, &error));
    g_assert_false (g_application_get_is_remote (first));
    /* The first process must answer the second's calls meanwhile: its main loop runs. */
    child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error, self_path, "-p",
                              "/application/second-launch", "--GTestSubprocess", NULL);
    g_assert_no_error (error);
    g_subprocess_wait_async (child, NULL, NULL, NULL);
    while (g_subprocess_get_identifier (child) != NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_true (g_subprocess_get_successful (child));

    /* The CLI asks the same bus: a restore under the open window is refused. */
    g_assert_true (ct_instance_is_running (DB_A));
    g_assert_false (ct_instance_is_running (DB_B));
    g_clear_object (&child);
    child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, g_getenv ("CT_CLI"), "--db", DB_A, "restore",
                              "/srv/office/backups/a-2026-12-01.db", NULL);
    g_assert_no_error (error);
    g_assert_true (g_subprocess_communicate_utf8 (child, NULL, NULL, &out, &err, &error));
    g_assert_cmpint (g_subprocess_get_exit_status (child), ==, 1);
    g_assert_cmpstr (err, ==, "congtac-cli: Congtac has this database open. Close its window, "
                              "then restore the backup.\n");
  }
  g_test_dbus_stop (bus);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/application/unique-per-database", test_unique_per_database);
  g_test_add_func ("/application/second-launch", test_second_launch);
  return g_test_run ();
}
