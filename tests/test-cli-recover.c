/* SPDX-License-Identifier: GPL-3.0-or-later */
/* congtac-cli check and restore, run as a clerk would on a damaged database. */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ct-sample.h"
#include "ct-store-backup.h"
#include "ct-store-recover.h"
#include "damage.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  char *folder;
  char *good;     /* the backup of 30 November 2026 */
  char *damaged;  /* a damaged copy as the backup of 1 December 2026 */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 30, 9, 0, 0);
  g_autofree char *contents = NULL;
  gsize length;

  f->dir = g_dir_make_tmp ("congtac-cli-recover-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "congtac.db", NULL);
  f->folder = g_build_filename (f->dir, "backups", NULL);
  f->damaged = g_build_filename (f->folder, "congtac-2026-12-01.db", NULL);
  store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ct_sample_add_on_first_run (store, &error));
  f->good = ct_store_backup_daily (store, now, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  ct_test_damage_table (f->path, "items", -1);
  contents = ct_test_contents_of (f->path, &length);
  g_assert_true (g_file_set_contents (f->damaged, contents, length, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_remove_tree (f->dir);
  g_free (f->damaged);
  g_free (f->good);
  g_free (f->folder);
  g_free (f->path);
  g_free (f->dir);
}

/* The names in @dir that start with @prefix, sorted, joined by spaces. */
static char *
names_with_prefix (const char *dir,
                   const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_check_damaged (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;
  g_autofree char *before = NULL;
  gsize length;
  const char *args[] = { "--db", f->path, "check", NULL };

  before = ct_test_contents_of (f->path, &length);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 1);
  expected = g_strdup_printf ("The database “%s” is damaged: some programmes cannot be read.\n"
                              "Backups in “%s”, newest first:\n"
                              "  01/12/2026  damaged, cannot be restored  %s\n"
                              "  30/11/2026  good, 1 programme  %s\n"
                              "To put a good backup in its place, run “congtac-cli restore "
                              "BACKUP”; the damaged file is kept beside it.\n",
                              f->path, f->folder, f->damaged, f->good);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");
  {
    g_autofree char *after = NULL;
    gsize after_length;

    after = ct_test_contents_of (f->path, &after_length);
    g_assert_cmpmem (after, after_length, before, length);
  }
}

static void
test_check_good (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;
  g_autofree char *empty = g_build_filename (f->dir, "empty", "congtac.db", NULL);
  g_autofree char *empty_folder = g_build_filename (f->dir, "empty", "backups", NULL);
  const char *args[] = { "--db", f->good, "check", NULL };
  const char *list[] = { "--db", empty, "list", NULL };
  const char *check_empty[] = { "--db", empty, "check", NULL };

  /* A backup is a database too: checked the same way, it passes (its own folder holds no
   * backups). */
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  expected = g_strdup_printf ("The database “%s” passed its check: 1 programme.\n"
                              "There are no backups in “%s%sbackups”.\n", f->good, f->folder,
                              G_DIR_SEPARATOR_S);
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "");

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&expected, g_free);
  {
    g_autofree char *empty_dir = g_path_get_dirname (empty);

    g_assert_cmpint (g_mkdir (empty_dir, 0700), ==, 0);
  }
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, list, &out, &err), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, check_empty, &out, &err), ==, 0);
  expected = g_strdup_printf ("The database “%s” passed its check: 1 programme.\n"
                              "There are no backups in “%s”.\n", empty, empty_folder);
  g_assert_cmpstr (out, ==, expected);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;
  g_autofree char *damaged = NULL, *aside = NULL, *kept = NULL;
  gsize length;
  const char *args[] = { "--db", f->path, "restore", f->good, NULL };
  const char *check[] = { "--db", f->path, "check", NULL };
  const char *list[] = { "--db", f->path, "list", NULL };

  damaged = ct_test_contents_of (f->path, &length);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  aside = names_with_prefix (f->dir, "congtac.db.damaged-");
  g_assert_cmpuint (strlen (aside), ==, strlen ("congtac.db.damaged-YYYYMMDD-HHMMSS"));
  kept = g_build_filename (f->dir, aside, NULL);
  expected = g_strdup_printf ("Restored the backup “%s” (1 programme). The previous database "
                              "was kept as “%s”.\n", f->good, kept);
  g_assert_cmpstr (out, ==, expected);
  {
    g_autofree char *contents = NULL;
    gsize kept_length;

    contents = ct_test_contents_of (kept, &kept_length);
    g_assert_cmpmem (contents, kept_length, damaged, length);
  }
  g_assert_cmpint (ct_store_check_file (f->good, NULL), ==, CT_STORE_HEALTH_GOOD);

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, check, &out, &err), ==, 0);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("The database “%s” passed its check: 1 programme.\n", f->path);
  g_assert_true (g_str_has_prefix (out, expected));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, list, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "1\t58\tHUYỆN ỦY SÔNG MÂY\tcông tác tháng 12 năm 2026\tdraft\n");
}

static void
assert_refused (Fixture    *f,
                const char *backup,
                const char *expected_err)
{
  g_autofree char *out = NULL, *err = NULL, *before = NULL, *asides = NULL;
  gsize length;
  const char *args[] = { "--db", f->path, "restore", backup, NULL };

  before = ct_test_contents_of (f->path, &length);
  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, expected_err);
  {
    g_autofree char *after = NULL;
    gsize after_length;

    after = ct_test_contents_of (f->path, &after_length);
    g_assert_cmpmem (after, after_length, before, length);
  }
  asides = names_with_prefix (f->dir, "congtac.db.");
  g_assert_cmpstr (asides, ==, "");
}

static void
test_restore_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *notes = g_build_filename (f->dir, "notes.db", NULL);
  g_autofree char *damaged_err = NULL, *foreign_err = NULL;

  damaged_err = g_strdup_printf ("congtac-cli: The backup “%s” is damaged too. Nothing was "
                                 "restored; choose another backup.\n", f->damaged);
  assert_refused (f, f->damaged, damaged_err);
  g_assert_true (g_file_set_contents (notes, "Lịch công tác tuần", -1, NULL));
  foreign_err = g_strdup_printf ("congtac-cli: “%s” is not a Congtac database. Nothing was "
                                 "restored.\n", notes);
  assert_refused (f, notes, foreign_err);
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  const char *args[] = { "--help", NULL };

  g_assert_cmpint (ct_test_run_cli (NULL, NULL, args, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "\n  check                       Check the database for damage "
                                 "and list its backups\n"));
  g_assert_nonnull (strstr (out, "\n  restore      BACKUP         Put a good backup in place of "
                                 "the database, keeping it aside\n"));
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  CT_TEST_ADD ("/cli-recover/check-damaged", test_check_damaged);
  CT_TEST_ADD ("/cli-recover/check-good", test_check_good);
  CT_TEST_ADD ("/cli-recover/restore", test_restore);
  CT_TEST_ADD ("/cli-recover/restore-refused", test_restore_refused);
  CT_TEST_ADD ("/cli-recover/help", test_help);
  return g_test_run ();
}
