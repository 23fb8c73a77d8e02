/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The app on a damaged database: it explains, offers a new database, keeps the old file
 * aside and opens the new one. */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-application.h"
#include "ct-window.h"

typedef struct
{
  char *dir;
  char *path;
  guint step;
  gboolean done;
} Context;

static GtkWindow *
find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

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
      AdwMessageDialog *dialog = find_dialog ("Cannot Open the Database");
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
  if (find_window (CT_TYPE_WINDOW) == NULL)
    return G_SOURCE_CONTINUE;
  {
    g_autofree char *aside = find_aside (ctx->dir);
    g_autofree char *contents = NULL;
    g_autofree char *expected_body = NULL;
    AdwMessageDialog *dialog = find_dialog ("New Database Started");

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
  g_autofree char *cmd = NULL;

  ctx.dir = g_dir_make_tmp ("congtac-damaged-XXXXXX", NULL);
  ctx.path = g_build_filename (ctx.dir, "damaged.db", NULL);
  argv[2] = ctx.path;
  g_assert_true (g_file_set_contents (ctx.path, "this is not a database at all", -1, NULL));

  g_timeout_add (20, drive_cb, &ctx);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (ctx.done);

  cmd = g_strdup_printf ("rm -rf '%s'", ctx.dir);
  g_assert_cmpint (system (cmd), ==, 0);
  g_free (ctx.path);
  g_free (ctx.dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_add_func ("/damaged-database/start-new", test_start_new_database);
  return g_test_run ();
}
