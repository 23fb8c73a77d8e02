/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Every shortcut the shortcuts window (data/ui/ct-shortcuts-window.ui) lists is one the app
 * answers: an application accelerator or a key binding of the main window.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "ct-application.h"
#include "ct-window.h"
#include "test-util-widget.h"

static char *db_path;

static void
collect_accelerators (GtkWidget *widget,
                      GPtrArray *accels)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      char *accel = NULL;

      g_object_get (widget, "accelerator", &accel, NULL);
      g_ptr_array_add (accels, accel);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_accelerators (child, accels);
}

/* Whether a key shortcut of @widget's controllers or of its descendants' (the pages bind
 * their own keys, e.g. Page_Up in the preview) is triggered by @keyval with @mods. */
static gboolean
widget_binds (GtkWidget       *widget,
              guint            keyval,
              GdkModifierType  mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (widget_binds (child, keyval, mods))
      return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gdk_keyval_to_lower (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)))
                == gdk_keyval_to_lower (keyval) &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
inspect_cb (gpointer user_data)
{
  GtkWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (window);
  GtkWidget *overlay = GTK_WIDGET (ct_application_ensure_shortcuts_window (
                                     GTK_APPLICATION_WINDOW (window)));
  g_autoptr(GPtrArray) accels = g_ptr_array_new_with_free_func (g_free);

  /* The pages, and the shortcuts they answer, are built on their first visit. */
  for (const char **page = (const char *[]) { "calendar", "preview", "week", NULL };
       *page != NULL; page++)
    g_assert_nonnull (ct_window_ensure_page (CT_WINDOW (window), *page));
  g_assert_nonnull (overlay);
  collect_accelerators (overlay, accels);
  g_assert_cmpuint (accels->len, >=, 10);
  for (guint i = 0; i < accels->len; i++)
    {
      const char *accel = g_ptr_array_index (accels, i);
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (app, accel);
      guint keyval;
      GdkModifierType mods;

      g_assert_true (gtk_accelerator_parse (accel, &keyval, &mods));
      if (actions[0] == NULL && !widget_binds (GTK_WIDGET (window), keyval, mods))
        g_error ("The shortcuts window lists %s, which nothing answers", accel);
    }
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static void
test_shortcuts_listed_are_bound (void)
{
  g_autoptr(CtApplication) app = ct_application_new ();
  char *argv[] = { (char *) "congtac", (char *) "--db", db_path, NULL };

  ct_test_on_main_window_mapped (GTK_APPLICATION (app), 0, inspect_cb);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  ct_test_destroy_windows (GTK_APPLICATION (app));
}

int
main (int    argc,
      char **argv)
{
  ct_test_keep_quark_table ();
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_add_func ("/shortcuts/listed-are-bound", test_shortcuts_listed_are_bound);
  return ct_test_run_with_database ("congtac-shortcuts-XXXXXX", "shortcuts.db", &db_path);
}
