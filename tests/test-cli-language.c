/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * congtac-cli speaks the user's language: under LANGUAGE=vi (locale vi_VN.UTF-8) its
 * messages and the status column are Vietnamese, the programme's own text is unchanged.
 */
#include <glib/gstdio.h>
#include <locale.h>

static char *tmpdir;

/* Runs congtac-cli with @args in @language ("vi" or NULL for C); returns its exit status. */
static int
run_cli (const char        *language,
         const char *const *args,
         char             **out,
         char             **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status;

  envp = g_environ_setenv (envp, "CONGTAC_LOCALEDIR", CT_TEST_LOCALEDIR, TRUE);
  if (language != NULL)
    {
      envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
      envp = g_environ_setenv (envp, "LC_ALL", "vi_VN.UTF-8", TRUE);
    }
  else
    {
      envp = g_environ_unsetenv (envp, "LANGUAGE");
      envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
    }

  g_ptr_array_add (argv, (char *) g_getenv ("CT_CLI"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static gboolean
have_vi_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean ok = setlocale (LC_ALL, "vi_VN.UTF-8") != NULL;

  setlocale (LC_ALL, saved);
  if (!ok)
    g_test_skip ("Locale vi_VN.UTF-8 is not generated (build-aux/test generates it)");
  return ok;
}

static void
test_cli_messages (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "messages.db", NULL);
  const char *unknown[] = { "--db", db, "frobnicate", NULL };
  const char *missing[] = { "--db", db, "delete", "99", NULL };
  const char *bad_id[] = { "--db", db, "delete", "abc", NULL };
  g_autofree char *out = NULL, *err = NULL;

  if (!have_vi_locale ())
    return;

  g_assert_cmpint (run_cli ("vi", unknown, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "Không có lệnh “frobnicate”."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli ("vi", missing, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "congtac-cli: Không có chương trình nào mang mã 99.\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli ("vi", bad_id, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "congtac-cli: “abc” không phải là mã chương trình (mã là số nguyên, "
                            "xem lệnh “list”).\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* The same in C stays English. */
  g_assert_cmpint (run_cli (NULL, missing, &out, &err), ==, 1);
  g_assert_cmpstr (err, ==, "congtac-cli: There is no programme with the id 99.\n");
}

static void
test_cli_list (void)
{
  g_autofree char *db = g_build_filename (tmpdir, "list.db", NULL);
  const char *list[] = { "--db", db, "list", NULL };
  g_autofree char *out = NULL, *err = NULL;

  if (!have_vi_locale ())
    return;

  /* The status is interface text; the bodies and the subtitle are the document's. */
  g_assert_cmpint (run_cli ("vi", list, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "1\t58\tHUYỆN ỦY SÔNG MÂY\tcông tác tháng 12 năm 2026\tdự thảo\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (NULL, list, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "1\t58\tHUYỆN ỦY SÔNG MÂY\tcông tác tháng 12 năm 2026\tdraft\n");
}

static void
test_cli_help (void)
{
  const char *help[] = { "--help", NULL };
  g_autofree char *out = NULL, *err = NULL;

  if (!have_vi_locale ())
    return;

  g_assert_cmpint (run_cli ("vi", help, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Quản lý chương trình công tác từ dòng lệnh."));
  g_assert_nonnull (strstr (out, "--db=ĐƯỜNG_DẪN"));
  g_assert_nonnull (strstr (out, "Liệt kê các chương trình, mới nhất trước"));
}

int
main (int    argc,
      char **argv)
{
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("congtac-cli-language-XXXXXX", NULL);

  g_test_add_func ("/cli-language/messages", test_cli_messages);
  g_test_add_func ("/cli-language/list", test_cli_list);
  g_test_add_func ("/cli-language/help", test_cli_help);
  ret = g_test_run ();

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *path = g_build_filename (tmpdir, i == 0 ? "messages.db" : "list.db",
                                                NULL);
      g_unlink (path);
    }
  g_rmdir (tmpdir);
  g_free (tmpdir);
  return ret;
}
