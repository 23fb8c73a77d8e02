/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Restoring a backup over a damaged database and saving what can still be read. */
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-render-text.h"
#include "ct-sample.h"
#include "ct-store-backup.h"
#include "ct-store-recover.h"
#include "damage.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;
  char *backup;
} Fixture;

static GDateTime *
restore_time (void)
{
  return g_date_time_new_local (2026, 12, 1, 10, 15, 20);
}

static void
assert_same_bytes (const char *path,
                   const char *expected,
                   gsize       expected_length)
{
  gsize length;
  g_autofree char *contents = ct_test_contents_of (path, &length);

  g_assert_cmpmem (contents, length, expected, expected_length);
}

/* A database with the sample, its backup of 30 November 2026, then one damaged page. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 30, 9, 0, 0);

  f->dir = g_dir_make_tmp ("congtac-recover-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "congtac.db", NULL);
  store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ct_sample_add_on_first_run (store, &error));
  f->backup = ct_store_backup_daily (store, now, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  ct_test_damage_table (f->path, "items", -1);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_remove_tree (f->dir);
  g_free (f->backup);
  g_free (f->path);
  g_free (f->dir);
}

static void
test_restore (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = restore_time ();
  g_autofree char *damaged = NULL, *backup = NULL, *aside = NULL, *expected = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(CtProgramme) programme = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gsize damaged_length, backup_length;
  guint n = 0;

  damaged = ct_test_contents_of (f->path, &damaged_length);
  backup = ct_test_contents_of (f->backup, &backup_length);
  g_assert_true (ct_store_restore (f->path, f->backup, now, &aside, &error));
  g_assert_no_error (error);

  /* The damaged file is kept, byte for byte, beside the restored one. */
  expected = g_strconcat (f->path, ".damaged-20261201-101520", NULL);
  g_assert_cmpstr (aside, ==, expected);
  assert_same_bytes (aside, damaged, damaged_length);
  assert_same_bytes (f->backup, backup, backup_length);
  g_assert_cmpint (ct_store_check_file (f->path, &n), ==, CT_STORE_HEALTH_GOOD);
  g_assert_cmpuint (n, ==, 1);
  store = ct_store_open (f->path, &error);
  g_assert_no_error (error);
  programme = ct_store_load_programme (store, 1, &error);
  g_assert_no_error (error);
  list = ct_store_list_programmes (store, NULL, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((CtProgrammeSummary *) g_ptr_array_index (list, 0))->subtitle, ==,
                   "công tác tháng 12 năm 2026");
}

static void
assert_refused (Fixture    *f,
                const char *backup,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = restore_time ();
  g_autofree char *damaged = NULL, *aside = NULL, *kept = NULL;
  gsize length;

  damaged = ct_test_contents_of (f->path, &length);
  g_assert_false (ct_store_restore (f->path, backup, now, &aside, &error));
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (aside);
  assert_same_bytes (f->path, damaged, length);
  kept = g_strconcat (f->path, ".damaged-20261201-101520", NULL);
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));
}

static void
test_restore_refuses_damaged (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *message = NULL;

  g_assert_cmpint (g_unlink (f->backup), ==, 0);
  {
    g_autoptr(GFile) from = g_file_new_for_path (f->path);
    g_autoptr(GFile) to = g_file_new_for_path (f->backup);

    g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  }
  message = g_strdup_printf ("The backup “%s” is damaged too. Nothing was restored; choose "
                             "another backup.", f->backup);
  assert_refused (f, f->backup, message);
}

static void
test_restore_refuses_foreign (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *notes = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *message = NULL;

  g_assert_true (g_file_set_contents (notes, "Họp giao ban thứ Hai", -1, NULL));
  message = g_strdup_printf ("“%s” is not a Congtac database. Nothing was restored.", notes);
  assert_refused (f, notes, message);
}

/* Three programmes whose sections fill a page each: damage to the second one's page loses
 * it alone. */
static void
make_three_programmes (const char  *path,
                       char       **texts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);

  g_assert_no_error (error);
  for (int month = 1; month <= 3; month++)
    {
      g_autoptr(CtProgramme) p = ct_programme_new ();
      g_autofree char *filler = g_strnfill (3000, 'a' + month);
      g_autofree char *title = g_strdup_printf ("Nhiệm vụ tháng %d %s", month, filler);

      ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2027, month);
      ct_programme_add_section (p, title);
      g_assert_true (ct_store_save_programme (store, p, &error));
      g_assert_no_error (error);
      texts[month - 1] = ct_programme_render_text (p);
    }
}

/* The three programmes of make_three_programmes() in a database of the test folder, and
 * where a salvage writes what it can read. */
typedef struct
{
  char *path;
  char *target;
  char *texts[3];
} Three;

static void
three_set_up (Three   *t,
              Fixture *f)
{
  t->path = g_build_filename (f->dir, "three.db", NULL);
  t->target = g_build_filename (f->dir, "saved.db", NULL);
  make_three_programmes (t->path, t->texts);
}

static void
three_clear (Three *t)
{
  for (int i = 0; i < 3; i++)
    g_free (t->texts[i]);
  g_free (t->target);
  g_free (t->path);
}

static void
test_salvage (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *damaged = NULL;
  g_autoptr(GPtrArray) lost = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GPtrArray) list = NULL;
  Three t;
  CtLostProgramme *gone;
  gsize length;
  guint n_saved = 0;

  three_set_up (&t, f);
  ct_test_damage_table (t.path, "sections", 1);
  damaged = ct_test_contents_of (t.path, &length);
  g_assert_cmpint (ct_store_check_file (t.path, NULL), ==, CT_STORE_HEALTH_DAMAGED);

  g_assert_true (ct_store_salvage (t.path, t.target, &n_saved, &lost, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_saved, ==, 2);
  g_assert_cmpuint (lost->len, ==, 1);
  gone = g_ptr_array_index (lost, 0);
  g_assert_cmpint (gone->id, ==, 2);
  g_assert_cmpstr (gone->title, ==, "công tác tháng 2 năm 2027");
  assert_same_bytes (t.path, damaged, length);

  /* The new database is sound and holds the two others, word for word. */
  g_assert_cmpint (ct_store_check_file (t.target, NULL), ==, CT_STORE_HEALTH_GOOD);
  store = ct_store_open (t.target, &error);
  g_assert_no_error (error);
  list = ct_store_list_programmes (store, NULL, &error);
  g_assert_cmpuint (list->len, ==, 2);
  for (gint64 id = 1; id <= 2; id++)
    {
      g_autoptr(CtProgramme) p = ct_store_load_programme (store, id, &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = ct_programme_render_text (p);
      g_assert_cmpstr (text, ==, t.texts[id == 1 ? 0 : 2]);
    }
  three_clear (&t);
}

/* Nothing to read at all: no new file is left behind. */
static void
test_salvage_nothing (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GPtrArray) lost = NULL;
  Three t;
  guint n_saved = 0;

  three_set_up (&t, f);
  ct_test_damage_page (t.path, 1);
  g_assert_false (ct_store_salvage (t.path, t.target, &n_saved, &lost, &error));
  message = g_strdup_printf ("Nothing can be read from “%s”: the damage covers the list of its "
                             "programmes. Restore a backup instead.", t.path);
  g_assert_error (error, CT_STORE_ERROR, CT_STORE_ERROR_CORRUPT);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (lost);
  g_assert_false (g_file_test (t.target, G_FILE_TEST_EXISTS));
  three_clear (&t);
}

int
main (int    argc,
      char **argv)
{
  ct_test_init (&argc, &argv);

  CT_TEST_ADD ("/recover/restore", test_restore);
  CT_TEST_ADD ("/recover/restore-refuses-damaged", test_restore_refuses_damaged);
  CT_TEST_ADD ("/recover/restore-refuses-foreign", test_restore_refuses_foreign);
  CT_TEST_ADD ("/recover/salvage", test_salvage);
  CT_TEST_ADD ("/recover/salvage-nothing", test_salvage_nothing);
  return g_test_run ();
}
