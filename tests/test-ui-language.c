/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Launches the app's window in English (C) and in Vietnamese (LANGUAGE=vi, vi_VN.UTF-8)
 * and reads what it shows through the widget tree: labels, tooltips, placeholders, menu
 * items and the window title, first with no programme open, then with the sample
 * programme in the editor, calendar, preview and week pages, then the about, preferences
 * and shortcuts windows. Under vi no string of the interface may stay English, nor what a
 * screen reader says of the title bar's close button; the programme's own text (document
 * content) is Vietnamese in both.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-application.h"
#include "ct-window-private.h"
#include "ct-window.h"
#include "test-util-widget.h"

typedef struct
{
  GPtrArray *strings;
  char *title;
  gboolean has_actions;
} Shown;

static char *db_path;
/* What a screen reader says for the title bar's close button, and how often it was seen. */
static const char *close_description;
static guint close_buttons;
static GPtrArray *english_strings;

static void
add_string (GPtrArray  *strings,
            const char *text)
{
  if (text != NULL && *text != '\0' && !g_ptr_array_find_with_equal_func (strings, text,
                                                                            g_str_equal, NULL))
    g_ptr_array_add (strings, g_strdup (text));
}

static void
collect_menu (GMenuModel *model,
              GPtrArray  *strings)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        add_string (strings, label);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          collect_menu (link, strings);
        }
    }
}

static void
collect (GtkWidget *widget,
         GPtrArray *strings)
{
  GParamSpec *pspec;

  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    add_string (strings, gtk_label_get_label (GTK_LABEL (widget)));
  if (close_description != NULL && GTK_IS_BUTTON (widget) &&
      gtk_widget_has_css_class (widget, "close") &&
      gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW_CONTROLS) != NULL)
    {
      g_autofree char *wrong = gtk_test_accessible_check_property (
        GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, close_description);

      g_assert_null (wrong);
      close_buttons++;
    }
  add_string (strings, gtk_widget_get_tooltip_text (widget));
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "placeholder-text");
  if (pspec != NULL && pspec->value_type == G_TYPE_STRING)
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      add_string (strings, placeholder);
    }
  if (GTK_IS_MENU_BUTTON (widget) &&
      gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    collect_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), strings);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, strings);
}

static void
check_accel (GtkApplication *app,
             const char     *action,
             const char     *accel)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

  g_assert_nonnull (accels[0]);
  g_assert_cmpstr (accels[0], ==, accel);
}

/* Second step: the windows of the app-wide actions, then quit. */
static gboolean
inspect_dialogs_cb (gpointer user_data)
{
  GtkApplication *app = user_data;
  Shown *shown = g_object_get_data (G_OBJECT (app), "shown");
  GtkWindow *main_window = g_object_get_data (G_OBJECT (app), "main-window");
  GtkWidget *overlay;
  g_autoptr(GPtrArray) dialogs = g_ptr_array_new ();
  guint tries = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (app), "tries"));

  /* The about and preferences windows; the shortcuts window belongs to the main window. */
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (l->data != main_window)
      g_ptr_array_add (dialogs, l->data);
  overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (
                          GTK_APPLICATION_WINDOW (main_window)));
  g_assert_nonnull (overlay);
  g_ptr_array_add (dialogs, overlay);
  for (guint i = 0; i < dialogs->len; i++)
    if (!gtk_widget_get_mapped (g_ptr_array_index (dialogs, i)))
      {
        /* Up to 20 s: the machine may be busy with other tests. */
        g_assert_cmpuint (tries, <, 200);
        g_object_set_data (G_OBJECT (app), "tries", GUINT_TO_POINTER (tries + 1));
        return G_SOURCE_CONTINUE;
      }
  g_assert_cmpuint (dialogs->len, ==, 3);
  for (guint i = 0; i < dialogs->len; i++)
    collect (g_ptr_array_index (dialogs, i), shown->strings);
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static const char *const pages[] = { "editor", "calendar", "preview", "week" };
static const char *const app_actions[] = { "about", "shortcuts", "preferences", "quit" };

/* Third step: each page of the window with the sample programme open, then the dialogs. */
static gboolean
inspect_pages_cb (gpointer user_data)
{
  GtkWidget *window = user_data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  Shown *shown = g_object_get_data (G_OBJECT (app), "shown");
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_template_child (window, CT_TYPE_WINDOW,
                                                                       "view_stack"));
  guint page = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (window), "page"));
  guint tries = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (window), "page-tries"));
  GtkWidget *child = adw_view_stack_get_child_by_name (stack, pages[page]);

  if (adw_view_stack_get_visible_child (stack) != child)
    gtk_widget_activate_action (window, "win.show-page", "s", pages[page]);
  /* Wait for the page and two more frames' worth of time for its content. */
  if (!gtk_widget_get_mapped (child) || tries < 3)
    {
      g_assert_cmpuint (tries, <, 200);
      g_object_set_data (G_OBJECT (window), "page-tries", GUINT_TO_POINTER (tries + 1));
      return G_SOURCE_CONTINUE;
    }
  g_assert_nonnull (ct_window_get_programme (CT_WINDOW (window)));
  collect (window, shown->strings);
  g_object_set_data (G_OBJECT (window), "page-tries", NULL);
  g_object_set_data (G_OBJECT (window), "page", GUINT_TO_POINTER (page + 1));
  if (page + 1 < G_N_ELEMENTS (pages))
    return G_SOURCE_CONTINUE;

  for (guint i = 0; i < 3; i++)
    g_action_group_activate_action (G_ACTION_GROUP (app), app_actions[i], NULL);
  g_timeout_add (100, inspect_dialogs_cb, app);
  return G_SOURCE_REMOVE;
}

static gboolean
inspect_cb (gpointer user_data)
{
  GtkWindow *window = user_data;
  GtkApplication *app = gtk_window_get_application (window);
  Shown *shown = g_object_get_data (G_OBJECT (app), "shown");
  collect (GTK_WIDGET (window), shown->strings);
  shown->title = g_strdup (gtk_window_get_title (window));
  shown->has_actions = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (app_actions); i++)
    shown->has_actions &= g_action_map_lookup_action (G_ACTION_MAP (app), app_actions[i]) != NULL;
  check_accel (app, "app.quit", "<Control>q");
  check_accel (app, "app.preferences", "<Control>comma");
  check_accel (app, "app.shortcuts", "<Control>question");

  g_object_set_data (G_OBJECT (app), "main-window", window);
  /* Then the sample programme in each page of the window. */
  ct_window_select_programme (CT_WINDOW (window), 1);
  g_timeout_add (100, inspect_pages_cb, window);
  return G_SOURCE_REMOVE;
}

/* Runs the real application on the test database until its main window has been read. */
static Shown
run_app (void)
{
  g_autoptr(CtApplication) app = ct_application_new ();
  char *argv[] = { (char *) "congtac", (char *) "--db", db_path, NULL };
  Shown shown = { g_ptr_array_new_with_free_func (g_free), NULL, FALSE };

  g_object_set_data (G_OBJECT (app), "shown", &shown);
  /* Let the first frame lay out the leaflet before reading what is mapped. */
  ct_test_on_main_window_mapped (GTK_APPLICATION (app), 200, inspect_cb);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  ct_test_destroy_windows (GTK_APPLICATION (app));
  g_assert_nonnull (shown.title);
  return shown;
}

/* The catalogue's translation of @text, or @text itself when it has none. */
static const char *
translate (const char *text)
{
  const char *translated = g_dgettext (GETTEXT_PACKAGE, text);

  if (g_strcmp0 (translated, text) == 0)
    translated = g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", text);
  if (g_strcmp0 (translated, text) == 0)
    translated = g_dpgettext2 (GETTEXT_PACKAGE, "libadwaita", text);
  if (g_strcmp0 (translated, text) == 0)
    translated = g_dpgettext2 (GETTEXT_PACKAGE, "gtk", text);
  return translated;
}

static gboolean
has_prefix_in (GPtrArray  *strings,
               const char *prefix)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (strings, i), prefix))
      return TRUE;
  return FALSE;
}

static void
test_ui_english (void)
{
  Shown shown;

  g_unsetenv ("LANGUAGE");
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  shown = run_app ();

  g_assert_cmpstr (shown.title, ==, "Congtac");
  g_assert_true (shown.has_actions);
  /* Document content: the sample programme's subtitle is Vietnamese in any language. */
  g_assert_true (has_prefix_in (shown.strings, "công tác tháng 12 năm 2026"));

  english_strings = shown.strings;
  g_free (shown.title);
}

static void
test_ui_vietnamese (void)
{
  Shown shown;
  guint translated = 0, translatable = 0;

  if (english_strings == NULL)
    {
      g_test_skip ("The English run failed");
      return;
    }
  g_setenv ("LANGUAGE", "vi", TRUE);
  if (setlocale (LC_ALL, "vi_VN.UTF-8") == NULL)
    {
      g_test_skip ("Locale vi_VN.UTF-8 is not generated (build-aux/test generates it)");
      return;
    }
  close_description = "Đóng cửa sổ";
  shown = run_app ();
  close_description = NULL;

  g_assert_cmpstr (shown.title, ==, "Chương trình công tác");
  /* GTK's own catalogue leaves it English ("Close the window"). */
  g_assert_cmpuint (close_buttons, >, 0);
  /* GTK's catalogue "translates" the key to its raw name, Page_Up. */
  g_assert_true (g_ptr_array_find_with_equal_func (shown.strings, "Page Up", g_str_equal, NULL));
  g_assert_false (has_prefix_in (shown.strings, "Page_"));
  g_assert_true (shown.has_actions);
  g_assert_true (has_prefix_in (shown.strings, "công tác tháng 12 năm 2026"));

  /* No string of the catalogue is shown in English... */
  for (guint i = 0; i < shown.strings->len; i++)
    {
      const char *text = g_ptr_array_index (shown.strings, i);

      if (g_strcmp0 (translate (text), text) != 0)
        g_error ("“%s” is shown untranslated under LANGUAGE=vi", text);
    }
  /* ...and what the English run showed comes back translated. Longer Vietnamese text may
   * fold a side panel away, so a few strings may be hidden, not shown in English. */
  for (guint i = 0; i < english_strings->len; i++)
    {
      const char *english = g_ptr_array_index (english_strings, i);
      const char *vietnamese = translate (english);

      if (g_strcmp0 (vietnamese, english) == 0)
        continue;
      translatable++;
      if (g_ptr_array_find_with_equal_func (shown.strings, vietnamese, g_str_equal, NULL))
        translated++;
      else
        g_test_message ("“%s” (“%s”) is not shown under LANGUAGE=vi", vietnamese, english);
    }
  g_test_message ("%u of %u translated strings shown", translated, translatable);
  g_assert_cmpuint (translatable, >=, 40);
  g_assert_cmpuint (translated * 10, >=, translatable * 9);

  g_ptr_array_unref (shown.strings);
  g_free (shown.title);
}

int
main (int    argc,
      char **argv)
{
  int status;

  /* The test backend keeps what a screen reader would be told. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  ct_test_keep_quark_table ();
  gtk_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, CT_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/ui-language/english", test_ui_english);
  g_test_add_func ("/ui-language/vietnamese", test_ui_vietnamese);
  status = ct_test_run_with_database ("congtac-language-XXXXXX", "language.db", &db_path);
  g_clear_pointer (&english_strings, g_ptr_array_unref);
  return status;
}
