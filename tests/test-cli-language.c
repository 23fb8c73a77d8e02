/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * congtac-cli speaks the user's language: under LANGUAGE=vi (locale vi_VN.UTF-8) its
 * messages and the status column are Vietnamese, the programme's own text is unchanged.
 */
#include <glib/gstdio.h>
#include <locale.h>

#include "test-util.h"

static char *tmpdir;

/* Runs congtac-cli with @args in @language ("vi" or NULL for C); returns its exit status. */
static int
run_cli (const char        *language,
         const char *const *args,
         char             **out,
         char             **err)
{
  g_auto(GStrv) envp = ct_test_cli_environ (language);

  return ct_test_run_cli (NULL, envp, args, out, err);
}

static gboolean
have_vi_locale (void)
{
  gboolean ok = ct_test_have_locale ("vi_VN.UTF-8");

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
  g_assert_nonnull (strstr (out, "Liệt kê các chương trình, mới nhất ở đầu"));
}

int
main (int    argc,
      char **argv)
{
  int ret;

  ct_test_init (&argc, &argv);
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
