/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The database file as the system sees it: its mode, a link at its path, a folder that
 * cannot be written. */
#include <glib/gstdio.h>
#include <locale.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "ct-store.h"
#include "test-util.h"

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

static gint64
save_month (CtStore *store,
            int      month)
{
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(GError) error = NULL;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2026, month);
  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_no_error (error);
  return p->id;
}

/* A link whose target is not there yet: the target is created for its owner only, and
 * so are SQLite's files beside the target (SQLite follows the link). */
static void
test_dangling_symlink (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-files-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "real.db", NULL);
  g_autofree char *link = g_build_filename (dir, "link.db", NULL);
  g_autofree char *wal = g_strconcat (target, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  CtStore *store;

  g_assert_cmpint (symlink (target, link), ==, 0);
  store = ct_store_open (link, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (file_mode (target), ==, 0600);
  save_month (store, 1);
  g_assert_cmpuint (file_mode (wal), ==, 0600);
  g_assert_finalize_object (store);
}

/* A database made readable by all (copied in by hand) is made private again. */
static void
test_mode_made_private (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-files-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "c.db", NULL);
  g_autoptr(GError) error = NULL;
  CtStore *store = ct_store_open (path, &error);

  save_month (store, 2);
  g_assert_finalize_object (store);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  store = ct_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (ct_store_is_read_only (store));
  g_assert_cmpuint (file_mode (path), ==, 0600);
  g_assert_false (ct_store_is_on_network (path));
  g_assert_finalize_object (store);
}

static int
run_in_read_only_folder (const char  *dir,
                         const char  *language,
                         const char  *command,
                         char       **err)
{
  g_autofree char *db = g_build_filename (dir, "c.db", NULL);
  g_autofree char *script = g_strdup_printf (
    "mount --bind '%s' '%s' && mount -o remount,ro,bind '%s' '%s' && exec '%s' --db '%s' %s",
    dir, dir, dir, dir, g_getenv ("CT_CLI"), db, command);
  const char *argv[] = { "unshare", "-m", "sh", "-c", script, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status;

  envp = g_environ_setenv (envp, "CONGTAC_LOCALEDIR", CT_TEST_LOCALEDIR, TRUE);
  if (language != NULL)
    {
      envp = g_environ_setenv (envp, "LANGUAGE", language, TRUE);
      envp = g_environ_setenv (envp, "LC_ALL", "vi_VN.UTF-8", TRUE);
    }
  /* What it prints is not TAP: only its messages and exit status count. */
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, err, &status, &error));
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* A database in a folder that cannot be written is opened read-only: it can be listed,
 * and a change is refused with a translated reason; the file is untouched. */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-files-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "c.db", NULL);
  g_autofree char *before = NULL, *after = NULL, *err = NULL, *expected = NULL;
  g_autoptr(GError) error = NULL;
  const char *probe[] = { "unshare", "-m", "true", NULL };
  CtStore *store;
  gsize length;
  int status = -1;

  if (!g_spawn_sync (NULL, (char **) probe, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) || status != 0)
    {
      g_test_skip ("A read-only folder needs a mount namespace (unshare -m), not allowed here");
      return;
    }
  store = ct_store_open (path, &error);
  save_month (store, 3);
  g_assert_finalize_object (store);
  g_assert_true (g_file_get_contents (path, &before, &length, NULL));

  g_assert_cmpint (run_in_read_only_folder (dir, NULL, "list", &err), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_in_read_only_folder (dir, NULL, "delete 1", &err), ==, 1);
  expected = g_strdup_printf ("congtac-cli: The database “%s” is read-only: the file or its "
                              "folder cannot be written. Copy it to a folder of yours, or ask "
                              "for permission to write it. (Technical detail: attempt to write "
                              "a readonly database.)\n", path);
  g_assert_cmpstr (err, ==, expected);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);
  g_assert_cmpint (run_in_read_only_folder (dir, "vi", "delete 1", &err), ==, 1);
  expected = g_strdup_printf ("congtac-cli: Cơ sở dữ liệu “%s” chỉ đọc được: không ghi được vào "
                              "tệp hoặc thư mục chứa nó. Hãy chép tệp sang một thư mục của bạn, "
                              "hoặc xin quyền ghi. (Chi tiết kỹ thuật: attempt to write a "
                              "readonly database.)\n", path);
  g_assert_cmpstr (err, ==, expected);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_true (memcmp (before, after, length) == 0);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);
  g_test_add_func ("/store-files/dangling-symlink", test_dangling_symlink);
  g_test_add_func ("/store-files/mode-made-private", test_mode_made_private);
  g_test_add_func ("/store-files/read-only-folder", test_read_only_folder);
  return g_test_run ();
}
