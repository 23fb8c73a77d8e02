/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every icon the app shows is one the icon theme (Adwaita on Debian 12, hicolor) or the
 * app's resource has: a name it lacks shows GTK's "image-missing" icon, a broken
 * picture. The main window with its four pages, the preferences, the about window and
 * the shortcuts window are looked through. */
#include "config.h"

#include <adwaita.h>

#include "ct-about.h"
#include "ct-application.h"
#include "ct-preferences-window.h"
#include "ct-settings.h"
#include "window-wait.h"
#include "test-util-widget.h"

/* Adds to @missing the icon names of @widget's images, and its descendants', that the
 * icon theme does not have. */
static void
collect_missing (GtkWidget *widget,
                 GPtrArray *missing)
{
  if (GTK_IS_IMAGE (widget))
    {
      GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
      GtkImage *image = GTK_IMAGE (widget);
      const char *name = NULL;

      if (gtk_image_get_storage_type (image) == GTK_IMAGE_ICON_NAME)
        name = gtk_image_get_icon_name (image);
      else if (gtk_image_get_storage_type (image) == GTK_IMAGE_GICON &&
               G_IS_THEMED_ICON (gtk_image_get_gicon (image)))
        name = g_themed_icon_get_names (G_THEMED_ICON (gtk_image_get_gicon (image)))[0];
      if (name != NULL && !gtk_icon_theme_has_icon (theme, name))
        g_ptr_array_add (missing,
                         g_strdup_printf ("%s (in a %s)", name,
                                          G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget))));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_missing (child, missing);
}

static void
assert_no_missing_icon (GtkWidget *root)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);

  collect_missing (root, missing);
  for (guint i = 0; i < missing->len; i++)
    g_test_message ("Not in the icon theme: %s", (const char *) g_ptr_array_index (missing, i));
  g_assert_cmpuint (missing->len, ==, 0);
}

static void
test_main_window (void)
{
  CtTestSampleWindow w;
  g_autoptr(GError) error = NULL;

  ct_test_sample_window_set_up (&w, "congtac-icons-XXXXXX", "io.github.congtac.CongtacIconsTest");
  g_assert_true (ct_test_open_programme (w.window, 1, &error));
  g_assert_no_error (error);
  for (const char **page = (const char *[]) { "calendar", "preview", "week", NULL };
       *page != NULL; page++)
    g_assert_nonnull (ct_window_ensure_page (w.window, *page));
  assert_no_missing_icon (GTK_WIDGET (w.window));
  assert_no_missing_icon (GTK_WIDGET (ct_application_ensure_shortcuts_window (
                                        GTK_APPLICATION_WINDOW (w.window))));
  ct_test_sample_window_tear_down (&w);
}

/* The app's own icons, found as the application finds them (GtkApplication adds its
 * resource's icons to the theme), for windows made without it. */
static void
add_app_icons (void)
{
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PATH "/icons");
}

static void
test_dialogs (void)
{
  g_autoptr(GSettings) settings = ct_settings_new ();
  GtkWindow *preferences;
  GtkWindow *about;

  add_app_icons ();
  preferences = GTK_WINDOW (ct_preferences_window_new (settings));
  about = ct_about_window_new ();

  assert_no_missing_icon (GTK_WIDGET (preferences));
  assert_no_missing_icon (GTK_WIDGET (about));
  gtk_window_destroy (preferences);
  gtk_window_destroy (about);
}

/* Adds to @names the icon names @path's text gives: "…-symbolic" in C, the values of
 * icon-name properties in a UI file. */
static void
scan_file (const char *path,
           GHashTable *names)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("\"([a-z0-9-]+-symbolic)\"|"
                                         "name=\"icon-name\">([^<]+)<", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *symbolic = g_match_info_fetch (match, 1);
      g_autofree char *property = g_match_info_fetch (match, 2);

      g_hash_table_add (names, g_strdup (*symbolic != '\0' ? symbolic : property));
    }
}

static void
scan_dir (const char *dir,
          const char *suffix,
          GHashTable *names)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *entry;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, entry, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        scan_dir (path, suffix, names);
      else if (g_str_has_suffix (entry, suffix))
        scan_file (path, names);
    }
}

/* Every icon name written in the UI files and the UI's code, shown or not yet. */
static void
test_names_in_sources (void)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *ui = g_test_build_filename (G_TEST_DIST, "..", "data", "ui", NULL);
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "..", "src", "ui", NULL);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  GHashTableIter iter;
  const char *name;
  guint n_missing = 0;

  add_app_icons ();
  scan_dir (ui, ".ui", names);
  scan_dir (src, ".c", names);
  g_assert_true (g_hash_table_contains (names, "x-office-calendar-symbolic"));
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
    if (!gtk_icon_theme_has_icon (theme, name))
      {
        g_test_message ("Not in the icon theme: %s", name);
        n_missing++;
      }
  g_assert_cmpuint (n_missing, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/icons/main-window", test_main_window);
  g_test_add_func ("/icons/dialogs", test_dialogs);
  g_test_add_func ("/icons/names-in-sources", test_names_in_sources);
  return g_test_run ();
}
