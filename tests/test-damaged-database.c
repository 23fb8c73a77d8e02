/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app on a damaged database: it explains, offers a new database, keeps the old file
 * aside and opens the new one. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-application.h"
#include "ct-restore-dialog.h"
#include "ct-sample.h"
#include "ct-store-backup.h"
#include "ct-store-recover.h"
#include "ct-window.h"
#include "damage.h"
#include "test-util-widget.h"

typedef struct
{
  char *dir;
  char *path;
  guint step;
  gboolean done;
  char *damaged;      /* the damaged file's bytes */
  gsize damaged_length;
  char *backup;
  CtApplication *app;
} Context;

static char *
find_aside (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "damaged-old-") && g_str_has_suffix (name, ".db"))
      return g_build_filename (dir, name, NULL);
  return NULL;
}

/* Step 1: the error dialog offers a new database; answer it. Step 2: the main window is
 * open on a new file and the old one is kept, byte for byte. */
static gboolean
drive_cb (gpointer user_data)
{
  Context *ctx = user_data;
  GApplication *app = g_application_get_default ();

  if (ctx->step == 0)
    {
      AdwMessageDialog *dialog = ct_test_find_message_dialog ("Cannot Open the Database");
      g_autofree char *expected = NULL;

      if (dialog == NULL)
        return G_SOURCE_CONTINUE;
      expected = g_strdup_printf ("The file “%s” is not a Congtac database or is damaged. It "
                                  "was left unchanged.", ctx->path);
      g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                       expected));
      g_assert_true (adw_message_dialog_has_response (dialog, "new"));
      adw_message_dialog_response (dialog, "new");
      ctx->step = 1;
      return G_SOURCE_CONTINUE;
    }
  if (ct_test_find_toplevel (CT_TYPE_WINDOW) == NULL)
    return G_SOURCE_CONTINUE;
  {
    g_autofree char *aside = find_aside (ctx->dir);
    g_autofree char *contents = NULL;
    g_autofree char *expected_body = NULL;
    AdwMessageDialog *dialog = ct_test_find_message_dialog ("New Database Started");

    g_assert_nonnull (aside);
    g_assert_true (g_file_get_contents (aside, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "this is not a database at all");
    g_assert_true (g_file_test (ctx->path, G_FILE_TEST_IS_REGULAR));
    g_assert_nonnull (dialog);
    expected_body = g_strdup_printf ("The previous database file was kept as “%s”.", aside);
    g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                     expected_body);
  }
  ctx->done = TRUE;
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
test_start_new_database (void)
{
  g_autoptr(CtApplication) app = ct_application_new ();
  Context ctx = { NULL, };
  char *argv[] = { (char *) "congtac", (char *) "--db", NULL, NULL };

  ctx.dir = g_dir_make_tmp ("congtac-damaged-XXXXXX", NULL);
  ctx.path = g_build_filename (ctx.dir, "damaged.db", NULL);
  argv[2] = ctx.path;
  g_assert_true (g_file_set_contents (ctx.path, "this is not a database at all", -1, NULL));

  g_timeout_add (20, drive_cb, &ctx);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (ctx.done);

  ct_test_remove_tree (ctx.dir);
  g_free (ctx.path);
  g_free (ctx.dir);
}

/* The single file in @dir whose name starts with @prefix. */
static char *
find_prefixed (const char *dir,
               const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  char *found = NULL;
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_assert_null (found);
        found = g_build_filename (dir, name, NULL);
      }
  return found;
}

static AdwActionRow *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_ACTION_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwActionRow *row = find_row (child, title);

      if (row != NULL)
        return row;
    }
  return NULL;
}

static void
assert_kept (Context *ctx,
             char    *aside)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_nonnull (aside);
  g_assert_true (g_file_get_contents (aside, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, ctx->damaged, ctx->damaged_length);
}

/* Answers the offer to recover with @response once it shows. */
static gboolean
answer_offer (Context    *ctx,
              const char *response)
{
  AdwMessageDialog *dialog = ct_test_find_message_dialog ("The Database Is Damaged");
  g_autofree char *expected = NULL;

  if (dialog == NULL)
    return FALSE;
  expected = g_strdup_printf ("Part of the database “%s” cannot be read, so some programmes "
                              "cannot be opened. Nothing has been changed.\n\nYou can put a "
                              "backup copy in its place, or copy every programme that can "
                              "still be read into a new database. Either way the damaged file "
                              "is kept.", ctx->path);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, expected);
  adw_message_dialog_response (dialog, response);
  return TRUE;
}

/* Step 0: opening the programme fails and the offer shows; restore. Step 1: the list of
 * backups; choose the good one. Step 2: the restored database is open, the damaged one
 * kept byte for byte. */
static gboolean
drive_restore_cb (gpointer user_data)
{
  Context *ctx = user_data;
  GtkWindow *list;
  AdwMessageDialog *done;

  if (ctx->step == 0)
    {
      if (answer_offer (ctx, "restore"))
        ctx->step = 1;
      return G_SOURCE_CONTINUE;
    }
  if (ctx->step == 1)
    {
      AdwActionRow *good, *bad;

      if ((list = ct_test_find_toplevel (CT_TYPE_RESTORE_DIALOG)) == NULL)
        return G_SOURCE_CONTINUE;
      good = find_row (GTK_WIDGET (list), "30/11/2026");
      bad = find_row (GTK_WIDGET (list), "01/12/2026");
      g_assert_cmpstr (adw_action_row_get_subtitle (good), ==, "1 programme");
      g_assert_cmpstr (adw_action_row_get_subtitle (bad), ==, "Damaged too, cannot be restored");
      g_assert_null (adw_action_row_get_activatable_widget (bad));
      adw_action_row_activate (good);
      ctx->step = 2;
      return G_SOURCE_CONTINUE;
    }
  done = ct_test_find_message_dialog ("Backup Restored");
  if (done == NULL || ct_test_find_toplevel (CT_TYPE_WINDOW) == NULL)
    return G_SOURCE_CONTINUE;
  {
    g_autofree char *aside = find_prefixed (ctx->dir, "damaged.db.damaged-");
    g_autofree char *expected = NULL;
    guint n = 0;

    assert_kept (ctx, aside);
    expected = g_strdup_printf ("The backup copy of 30/11/2026 is now the database (1 "
                                "programme). The damaged database was kept as “%s”.", aside);
    g_assert_cmpstr (adw_message_dialog_get_body (done), ==, expected);
    g_assert_cmpint (ct_store_check_file (ctx->path, &n), ==, CT_STORE_HEALTH_GOOD);
    g_assert_cmpuint (n, ==, 1);
  }
  ctx->done = TRUE;
  g_application_quit (G_APPLICATION (ctx->app));
  return G_SOURCE_REMOVE;
}

static void
run_app (Context     *ctx,
         GSourceFunc  drive)
{
  g_autoptr(CtApplication) app = ct_application_new ();
  char *argv[] = { (char *) "congtac", (char *) "--db", ctx->path, NULL };

  g_assert_true (g_file_get_contents (ctx->path, &ctx->damaged, &ctx->damaged_length, NULL));
  ctx->app = app;
  g_timeout_add (20, drive, ctx);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (ctx->done);
  ctx->app = NULL;
}

static void
context_clear (Context *ctx)
{
  ct_test_remove_tree (ctx->dir);
  g_free (ctx->damaged);
  g_free (ctx->backup);
  g_free (ctx->path);
  g_free (ctx->dir);
}

/* A new test folder for @ctx with a database in it, holding the first-run sample when
 * @sample is TRUE. */
static CtStore *
context_open_store (Context  *ctx,
                    gboolean  sample)
{
  g_autoptr(GError) error = NULL;
  CtStore *store;

  ctx->dir = g_dir_make_tmp ("congtac-damaged-XXXXXX", NULL);
  ctx->path = g_build_filename (ctx->dir, "damaged.db", NULL);
  store = ct_store_open (ctx->path, &error);
  g_assert_no_error (error);
  if (sample)
    g_assert_true (ct_sample_add_on_first_run (store, &error));
  g_assert_no_error (error);
  return store;
}

static void
test_restore_backup (void)
{
  Context ctx = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 11, 30, 9, 0, 0);
  g_autofree char *contents = NULL, *bad = NULL;
  gsize length;

  store = context_open_store (&ctx, TRUE);
  ctx.backup = ct_store_backup_daily (store, day, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  ct_test_damage_table (ctx.path, "items", -1);
  /* A damaged copy, as an older version made them, is listed but cannot be chosen. */
  g_assert_true (g_file_get_contents (ctx.path, &contents, &length, NULL));
  bad = g_build_filename (ctx.dir, "backups", "damaged-2026-12-01.db", NULL);
  g_assert_true (g_file_set_contents (bad, contents, length, NULL));

  run_app (&ctx, drive_restore_cb);
  context_clear (&ctx);
}

/* Step 0: restore is declined for saving what can be read. Step 1: the report names the
 * programme lost; the two others are in the database now open. */
static gboolean
drive_salvage_cb (gpointer user_data)
{
  Context *ctx = user_data;
  AdwMessageDialog *done;
  CtApplication *app = ctx->app;

  if (ctx->step == 0)
    {
      if (answer_offer (ctx, "salvage"))
        ctx->step = 1;
      return G_SOURCE_CONTINUE;
    }
  done = ct_test_find_message_dialog ("Readable Programmes Saved");
  if (done == NULL || ct_test_find_toplevel (CT_TYPE_WINDOW) == NULL)
    return G_SOURCE_CONTINUE;
  {
    g_autofree char *aside = find_prefixed (ctx->dir, "damaged.db.damaged-");
    g_autofree char *expected = NULL;
    g_autoptr(GPtrArray) list = NULL;
    g_autoptr(GError) error = NULL;

    assert_kept (ctx, aside);
    expected = g_strdup_printf ("2 programmes were copied into a new database, which is now in "
                                "use.\n\nThis programme could not be read:\n"
                                "• 3: công tác tháng 3 năm 2027\n\n"
                                "The damaged database was kept as “%s”.", aside);
    g_assert_cmpstr (adw_message_dialog_get_body (done), ==, expected);
    list = ct_store_list_programmes (ct_application_get_store (app), NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (list->len, ==, 2);
    g_assert_cmpint (ct_store_check_file (ctx->path, NULL), ==, CT_STORE_HEALTH_GOOD);
  }
  ctx->done = TRUE;
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
test_save_what_can_be_read (void)
{
  Context ctx = { NULL, };
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = context_open_store (&ctx, FALSE);

  /* Sections that fill a page each: the damage takes the third programme's only. */
  for (int month = 1; month <= 3; month++)
    {
      g_autoptr(CtProgramme) p = ct_programme_new ();
      g_autofree char *filler = g_strnfill (3000, 'a' + month);

      ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2027, month);
      ct_programme_add_section (p, filler);
      g_assert_true (ct_store_save_programme (store, p, &error));
    }
  g_clear_object (&store);
  ct_test_damage_table (ctx.path, "sections", 2);

  run_app (&ctx, drive_salvage_cb);
  context_clear (&ctx);
}

/* The offer shows, whatever found the damage; then the app is left. */
static gboolean
drive_offer_cb (gpointer user_data)
{
  Context *ctx = user_data;

  AdwMessageDialog *offer;

  if (!answer_offer (ctx, "close"))
    return G_SOURCE_CONTINUE;
  /* Gone with this test, so that the next one sees only its own. */
  while ((offer = ct_test_find_message_dialog ("The Database Is Damaged")) != NULL)
    gtk_window_destroy (GTK_WINDOW (offer));
  ctx->done = TRUE;
  g_application_quit (G_APPLICATION (ctx->app));
  return G_SOURCE_REMOVE;
}

static void
run_damaged (const char *table)
{
  Context ctx = { NULL, };

  g_object_unref (context_open_store (&ctx, TRUE));
  ct_test_damage_table (ctx.path, table, -1);
  run_app (&ctx, drive_offer_cb);
  context_clear (&ctx);
}

/* The list itself cannot be read: recovery is offered at once, not a passing toast over
 * an empty list. */
static void
test_damaged_list (void)
{
  run_damaged ("programmes");
}

/* Damage no programme shows (the search index) is found by the check made at each start. */
static void
test_damaged_index (void)
{
  run_damaged ("programme_search_data");
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/damaged-database/start-new", test_start_new_database);
  g_test_add_func ("/damaged-database/restore-backup", test_restore_backup);
  g_test_add_func ("/damaged-database/save-what-can-be-read", test_save_what_can_be_read);
  g_test_add_func ("/damaged-database/list", test_damaged_list);
  g_test_add_func ("/damaged-database/index", test_damaged_index);
  return g_test_run ();
}
