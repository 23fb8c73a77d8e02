/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <locale.h>

static char *tmpdir;

/* Runs congtac-cli with @args; returns its exit status and output. */
static int
run_cli (const char *const *args,
         char              **out,
         char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (char *) g_getenv ("CT_CLI"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static char *
db_path (const char *name)
{
  return g_build_filename (tmpdir, name, NULL);
}

static void
test_list_sample (void)
{
  g_autofree char *db = db_path ("list.db");
  g_autofree char *out = NULL, *err = NULL;
  const char *args[] = { "--db", db, "list", NULL };

  g_assert_cmpint (run_cli (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, "1\t58\tHUYỆN ỦY SÔNG MÂY\tcông tác tháng 12 năm 2026\tdraft\n");
}

static void
test_show (void)
{
  g_autofree char *db = db_path ("show.db");
  g_autofree char *out = NULL, *err = NULL;
  const char *show[] = { "--db", db, "show", "1", NULL };
  const char *missing[] = { "--db", db, "show", "9", NULL };

  g_assert_cmpint (run_cli (show, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_str_has_prefix (out, "ĐẢNG BỘ TỈNH ĐỒNG XANH\nHUYỆN ỦY SÔNG MÂY\n*\n"));
  g_assert_nonnull (strstr (out, "\nCHƯƠNG TRÌNH\ncông tác tháng 12 năm 2026\n-----\n"));
  g_assert_nonnull (strstr (out, "\nNơi nhận:\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (missing, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "congtac-cli: There is no programme with the id 9.\n");
}

static void
test_delete (void)
{
  g_autofree char *db = db_path ("delete.db");
  g_autofree char *out = NULL, *err = NULL;
  const char *list[] = { "--db", db, "list", NULL };
  const char *del[] = { "delete", "1", "--db", db, NULL };
  const char *again[] = { "--db", db, "delete", "1", NULL };
  const char *bad[] = { "--db", db, "delete", "abc", NULL };

  g_assert_cmpint (run_cli (list, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (del, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (again, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "congtac-cli: There is no programme with the id 1.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (bad, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "“abc” is not a programme id"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* The emptied database stays empty: the sample comes only with a new file. */
  g_assert_cmpint (run_cli (list, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
}

static void
test_usage (void)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *none[] = { NULL };
  const char *unknown[] = { "frobnicate", NULL };
  const char *extra[] = { "list", "extra", NULL };
  const char *help[] = { "--help", NULL };
  const char *command_help[] = { "delete", "--help", NULL };

  g_assert_cmpint (run_cli (none, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "No command given."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (unknown, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "Unknown command “frobnicate”."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (extra, &out, &err), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (help, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "delete"));
  g_assert_nonnull (strstr (out, "--db=PATH"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (command_help, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "delete ID"));
}

static void
test_corrupt (void)
{
  g_autofree char *db = db_path ("corrupt.db");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;
  const char *args[] = { "--db", db, "list", NULL };

  g_assert_true (g_file_set_contents (db, "garbage garbage garbage", -1, NULL));
  g_assert_cmpint (run_cli (args, &out, &err), ==, 1);
  expected = g_strdup_printf ("congtac-cli: The file “%s” is not a Congtac database or is "
                              "damaged. It was left unchanged.\n", db);
  g_assert_cmpstr (err, ==, expected);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  setlocale (LC_ALL, "");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("congtac-cli-XXXXXX", NULL);
  g_test_add_func ("/cli/list-sample", test_list_sample);
  g_test_add_func ("/cli/show", test_show);
  g_test_add_func ("/cli/delete", test_delete);
  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/corrupt", test_corrupt);
  ret = g_test_run ();
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", tmpdir);
    g_assert_cmpint (system (cmd), ==, 0);
  }
  return ret;
}
