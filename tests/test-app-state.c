/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The application restores the window's size and programme from GSettings (memory
 * backend) and hands calendar files given to it to the import dialog. The last programme
 * belongs to the default database ($XDG_DATA_HOME/congtac/congtac.db, here in a temporary
 * folder); another one given with --db is remembered apart, by its path. The page shown
 * last comes back too.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "ct-application.h"
#include "ct-settings.h"
#include "ct-window-private.h"
#include "ct-window.h"
#include "test-util-widget.h"

/* Returns FALSE to be called again a little later (work done off the UI thread). */
typedef gboolean (*CheckFunc) (CtWindow *window);

static char *tmpdir;
static char *db_path;

/* A one-event calendar in Vietnam time (fictional). */
static const char calendar[] =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Congtac//Test//VI\r\n"
  "BEGIN:VEVENT\r\nUID:test-app-state-1@example.org\r\nDTSTAMP:20261201T000000Z\r\n"
  "DTSTART:20261210T013000Z\r\nDTEND:20261210T043000Z\r\n"
  "SUMMARY:Hội nghị sơ kết công tác dân vận\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

static gboolean
check_cb (gpointer user_data)
{
  CtWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  CheckFunc check = g_object_get_data (G_OBJECT (app), "check");
  guint tries = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (window), "tries"));

  if (!check (window))
    {
      /* Up to 20 s: the machine may be busy with other tests. */
      g_assert_cmpuint (tries, <, 200);
      g_object_set_data (G_OBJECT (window), "tries", GUINT_TO_POINTER (tries + 1));
      return G_SOURCE_CONTINUE;
    }
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

/* Runs the app on the default database, or on @db. */
static void
run_app (CheckFunc   check,
         const char *file,
         const char *db)
{
  g_autoptr(CtApplication) app = ct_application_new ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (char *) "congtac");
  if (db != NULL)
    {
      g_ptr_array_add (argv, (char *) "--db");
      g_ptr_array_add (argv, (char *) db);
    }
  if (file != NULL)
    g_ptr_array_add (argv, (char *) file);
  g_ptr_array_add (argv, NULL);
  ct_test_on_main_window_mapped (GTK_APPLICATION (app), 100, check_cb);
  g_object_set_data (G_OBJECT (app), "check", check);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), argv->len - 1,
                                      (char **) argv->pdata), ==, 0);
  ct_test_destroy_windows (GTK_APPLICATION (app));
}

static gboolean
check_restored (CtWindow *window)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  CtProgramme *programme = ct_window_get_programme (window);
  int width, height;

  /* The programme opens once the first frame is drawn. */
  if (ct_window_get_programme (window) == NULL)
    return FALSE;
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_assert_nonnull (programme);
  g_assert_cmpint (programme->id, ==, 1);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  return TRUE;
}

static void
test_app_state_restore (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();

  g_assert_nonnull (settings);
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  g_settings_set_int64 (settings, "last-programme", 1);
  run_app (check_restored, NULL, NULL);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "last-programme");
}

static gboolean
check_remembered (CtWindow *window)
{
  g_autoptr(GSettings) settings = ct_settings_new ();

  /* The programme opens once the first frame is drawn. */
  if (ct_window_get_programme (window) == NULL)
    return FALSE;
  /* Nothing to restore: the newest programme (the first-run sample) is open. */
  g_assert_nonnull (ct_window_get_programme (window));
  g_assert_cmpint (ct_window_get_programme (window)->id, ==, 1);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-programme"), ==, 1);
  return TRUE;
}

static void
test_app_state_remember (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();

  g_settings_reset (settings, "last-programme");
  run_app (check_remembered, NULL, NULL);
  g_settings_reset (settings, "last-programme");
}

static gboolean
check_other_database (CtWindow *window)
{
  g_autoptr(GSettings) settings = ct_settings_new ();

  /* The programme opens once the first frame is drawn. */
  if (ct_window_get_programme (window) == NULL)
    return FALSE;
  /* The last programme of the default database is not looked for in another one: its
   * newest programme opens, and that does not replace the default database's. */
  g_assert_nonnull (ct_window_get_programme (window));
  g_assert_cmpint (ct_window_get_programme (window)->id, ==, 1);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-programme"), ==, 7);
  return TRUE;
}

static void
test_app_state_other_database (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();

  g_settings_set_int64 (settings, "last-programme", 7);
  run_app (check_other_database, NULL, db_path);
  g_settings_reset (settings, "last-programme");
}

static gint64 other_last_id;

static gboolean
check_other_restored (CtWindow *window)
{
  if (ct_window_get_programme (window) == NULL)
    return FALSE;
  /* The programme and the page left in this database last time. */
  g_assert_cmpint (ct_window_get_programme (window)->id, ==, other_last_id);
  g_assert_cmpstr (ct_window_get_page (window), ==, "calendar");
  /* Left on the preview: the next start shows it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "preview");
  gtk_window_close (GTK_WINDOW (window));
  return TRUE;
}

/* A database given with --db reopens its own last programme, and the page left. */
static void
test_app_state_other_database_restored (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (db_path, &error);
  g_autoptr(CtProgramme) older = ct_programme_new ();
  g_autoptr(CtProgramme) newer = ct_programme_new ();
  g_autoptr(GVariant) map = NULL;
  g_autofree char *page = NULL;
  GVariantBuilder builder;
  gint64 id = 0;

  g_assert_no_error (error);
  ct_programme_set_period (older, CT_PERIOD_KIND_MONTH, 2023, 10);
  ct_programme_set_period (newer, CT_PERIOD_KIND_MONTH, 2031, 1);
  g_assert_true (ct_store_save_programme (store, older, &error));
  g_assert_true (ct_store_save_programme (store, newer, &error));
  g_clear_object (&store);
  other_last_id = older->id;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sx}"));
  g_variant_builder_add (&builder, "{sx}", "/elsewhere/congtac.db", (gint64) 5);
  g_variant_builder_add (&builder, "{sx}", db_path, older->id);
  g_settings_set_value (settings, "last-programmes", g_variant_builder_end (&builder));
  g_settings_set_string (settings, "last-page", "calendar");
  g_settings_set_int64 (settings, "last-programme", 7);

  run_app (check_other_restored, NULL, db_path);

  map = g_settings_get_value (settings, "last-programmes");
  g_assert_true (g_variant_lookup (map, db_path, "x", &id));
  g_assert_cmpint (id, ==, older->id);
  g_assert_true (g_variant_lookup (map, "/elsewhere/congtac.db", "x", &id));
  g_assert_cmpint (id, ==, 5);
  g_assert_cmpint (g_settings_get_int64 (settings, "last-programme"), ==, 7);
  page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (page, ==, "preview");
  g_settings_reset (settings, "last-programmes");
  g_settings_reset (settings, "last-page");
  g_settings_reset (settings, "last-programme");
}

static gboolean
check_import_asked (CtWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *dialog = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)),
                     "Import Calendar") == 0)
        dialog = GTK_WINDOW (toplevel);
    }
  if (dialog == NULL)
    return FALSE;
  gtk_window_destroy (dialog);
  return TRUE;
}

static void
test_app_state_open_calendar (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  g_autofree char *path = g_build_filename (tmpdir, "one-event.ics", NULL);

  g_assert_true (g_file_set_contents (path, calendar, -1, NULL));
  g_settings_set_int64 (settings, "last-programme", 1);
  run_app (check_import_asked, path, NULL);
  g_settings_reset (settings, "last-programme");
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmpdir = g_dir_make_tmp ("congtac-app-state-XXXXXX", NULL);
  /* Before GLib reads it: the default database goes into the temporary folder. */
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  ct_test_keep_quark_table ();
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  db_path = g_build_filename (tmpdir, "other.db", NULL);

  g_test_add_func ("/app-state/restore", test_app_state_restore);
  g_test_add_func ("/app-state/remember", test_app_state_remember);
  g_test_add_func ("/app-state/other-database", test_app_state_other_database);
  g_test_add_func ("/app-state/other-database-restored", test_app_state_other_database_restored);
  g_test_add_func ("/app-state/open-calendar", test_app_state_open_calendar);
  status = g_test_run ();

  g_unlink (db_path);
  ct_test_remove_tree (tmpdir);
  g_free (db_path);
  g_free (tmpdir);
  return status;
}
