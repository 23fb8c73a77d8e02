/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Helpers for the tests that need a display. */
#include <string.h>

#include "test-util-widget.h"

#include <locale.h>

#include "ct-sample.h"
#include "ct-window.h"

/* The start of a widget test program: GTK's test set-up, libadwaita, and C.UTF-8 for the
 * texts the tests compare. */
void
ct_test_widget_init (int    *argc,
                     char ***argv)
{
  ct_test_keep_quark_table ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  setlocale (LC_ALL, "C.UTF-8");
}

/* A registered application with @id, for windows made by the test, not by the app. */
GtkApplication *
ct_test_application_new (const char *id)
{
  g_autoptr(GError) error = NULL;
  GtkApplication *app = GTK_APPLICATION (adw_application_new (id, G_APPLICATION_NON_UNIQUE));

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

/* A database at @db holding the first-run sample (in *@store), shown in a new window (the
 * CtWindow returned) of a new application @app_id (in *@app). */
gpointer
ct_test_sample_window_new (const char      *app_id,
                           const char      *db,
                           CtStore        **store,
                           GtkApplication **app)
{
  g_autoptr(GError) error = NULL;
  CtWindow *window;

  *store = ct_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (ct_sample_add_on_first_run (*store, &error));
  *app = ct_test_application_new (app_id);
  window = ct_window_new (*app, *store);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* Fills @w: a new folder from @tmpl, its database and a window of application @app_id. */
void
ct_test_sample_window_set_up (CtTestSampleWindow *w,
                              const char         *tmpl,
                              const char         *app_id)
{
  w->dir = g_dir_make_tmp (tmpl, NULL);
  w->db = g_build_filename (w->dir, "congtac.db", NULL);
  w->window = ct_test_sample_window_new (app_id, w->db, &w->store, &w->app);
}

/* Closes the window of @w and removes its folder. */
void
ct_test_sample_window_tear_down (CtTestSampleWindow *w)
{
  ct_test_close_window (w->window, &w->store, w->dir);
  g_clear_object (&w->app);
  g_free (w->db);
  g_free (w->dir);
}

/* The first visible toplevel of @type, or NULL. */
GtkWindow *
ct_test_find_toplevel (GType type)
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

/* The message dialog with @heading, shown or not yet, or NULL. */
AdwMessageDialog *
ct_test_find_message_dialog (const char *heading)
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

static gboolean
dialog_shown (gpointer data)
{
  AdwMessageDialog *dialog = ct_test_find_message_dialog (data);

  return dialog != NULL && gtk_widget_get_visible (GTK_WIDGET (dialog));
}

/* The message dialog with @heading, waiting up to ten seconds for it to be shown. */
AdwMessageDialog *
ct_test_wait_for_dialog (const char *heading)
{
  if (!ct_test_wait_until (dialog_shown, (gpointer) heading, 10))
    g_error ("No dialog “%s” appeared", heading);
  return ct_test_find_message_dialog (heading);
}

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Waits up to ten seconds for @widget to be mapped. */
void
ct_test_wait_mapped (GtkWidget *widget)
{
  g_assert_true (ct_test_wait_until (widget_mapped, widget, 10));
}

/* Drops the string @payload on @target at (@x, @y) as a drag would, and asserts that a drop
 * target of @target took it. */
void
ct_test_drop (GtkWidget  *target,
              const char *payload,
              double      x,
              double      y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (target);
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean dropped = FALSE;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, payload);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (c))
        g_signal_emit_by_name (c, "drop", &value, x, y, &dropped);
    }
  g_assert_true (dropped);
}

/* Destroys @window, then lets go of the test's *@store (NULL: none) and removes @folder (NULL:
 * none). The store is not asserted finalized: the window's session may still hold it for a
 * moment. */
void
ct_test_close_window (gpointer     window,
                      CtStore    **store,
                      const char  *folder)
{
  gtk_window_destroy (GTK_WINDOW (window));
  if (store != NULL)
    g_clear_object (store);
  if (folder != NULL)
    ct_test_remove_tree (folder);
}

/* The windows hold the application: without them it is finalized and closes the store. */
void
ct_test_destroy_windows (GtkApplication *app)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (app)) != NULL)
    gtk_window_destroy (windows->data);
}

static void
main_window_mapped_cb (GtkWidget *window,
                       gpointer   func)
{
  guint delay_ms = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (window), "ct-test-delay"));

  if (delay_ms == 0)
    g_idle_add (func, window);
  else
    g_timeout_add (delay_ms, func, window);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        func)
{
  gpointer delay = g_object_get_data (G_OBJECT (app), "ct-test-delay");

  if (!CT_IS_WINDOW (window))
    return;
  g_object_set_data (G_OBJECT (window), "ct-test-delay", delay);
  g_signal_connect (window, "map", G_CALLBACK (main_window_mapped_cb), func);
}

/* Calls @func with each main window @delay_ms after it is mapped (0: when idle), so that a
 * test of the running application can read what it shows. */
void
ct_test_on_main_window_mapped (GtkApplication *app,
                               guint           delay_ms,
                               GSourceFunc     func)
{
  g_object_set_data (G_OBJECT (app), "ct-test-delay", GUINT_TO_POINTER (delay_ms));
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), func);
}/**
 * ct_test_run_shortcuts:
 * @widget: a widget
 * @phase: the phase whose shortcut controllers answer
 * @keyval: a key
 * @mods: its modifiers
 *
 * Activates the first shortcut of @widget's controllers in @phase bound to the key, as
 * GTK does for a real key press (widget tests have no real keyboard).
 *
 * Returns: %TRUE when one was activated
 */
gboolean
ct_test_run_shortcuts (GtkWidget           *widget,
                       GtkPropagationPhase  phase,
                       guint                keyval,
                       GdkModifierType      mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c) || gtk_event_controller_get_propagation_phase (c) != phase)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr(GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (s);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (s),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (s)))
            return TRUE;
        }
    }
  return FALSE;
}

/**
 * ct_test_run_key_controllers:
 * @widget: a widget
 * @phase: the phase whose key controllers answer
 * @keyval: a key
 * @mods: its modifiers
 *
 * Emits #GtkEventControllerKey::key-pressed on @widget's key controllers in @phase, until
 * one takes the key. A search bar's controller is passed over: it only forwards typing
 * elsewhere to its entry, which needs a real event.
 *
 * Returns: %TRUE when one took it
 */
gboolean
ct_test_run_key_controllers (GtkWidget           *widget,
                             GtkPropagationPhase  phase,
                             guint                keyval,
                             GdkModifierType      mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  if (GTK_IS_SEARCH_BAR (widget))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (c) || gtk_event_controller_get_propagation_phase (c) != phase)
        continue;
      g_signal_emit_by_name (c, "key-pressed", keyval, 0, mods, &handled);
      if (handled)
        return TRUE;
    }
  return FALSE;
}

/**
 * ct_test_press_key:
 * @target: the focused widget
 * @keyval: a key
 * @mods: its modifiers
 *
 * One key press on @target, through the shortcut and key controllers from the window
 * down (capture), then back up (bubble), as GTK delivers it.
 *
 * Returns: %TRUE when a controller took it
 */
gboolean
ct_test_press_key (GtkWidget       *target,
                   guint            keyval,
                   GdkModifierType  mods)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new_with_free_func (g_object_unref);

  for (GtkWidget *w = target; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, g_object_ref (w));
  for (guint i = 0; i < chain->len; i++)
    if (ct_test_run_shortcuts (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE, keyval, mods) ||
        ct_test_run_key_controllers (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE,
                                     keyval, mods))
      return TRUE;
  for (guint i = chain->len; i > 0; i--)
    if (ct_test_run_shortcuts (g_ptr_array_index (chain, i - 1), GTK_PHASE_BUBBLE, keyval, mods) ||
        ct_test_run_key_controllers (g_ptr_array_index (chain, i - 1), GTK_PHASE_BUBBLE,
                                     keyval, mods))
      return TRUE;
  return FALSE;
}

/**
 * ct_test_find_widget:
 * @root: where to look
 * @match: the test
 * @data: passed to @match
 *
 * Returns: (transfer none) (nullable): the first widget in @root's tree, @root included,
 *   depth first, that @match accepts
 */
GtkWidget *
ct_test_find_widget (GtkWidget      *root,
                     gboolean      (*match) (GtkWidget *widget, gconstpointer data),
                     gconstpointer   data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ct_test_find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
suggestions_mapped (gpointer entry)
{
  for (GtkWidget *c = gtk_widget_get_first_child (entry); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER (c) && gtk_widget_get_mapped (c))
      return TRUE;
  return FALSE;
}

/* GTK 4.8 sizes an entry's suggestions by the monitor the window is on and does not check
 * that there is one: with several test programs on one Xvfb display, there sometimes is
 * none. That critical alone is let through; any other fails the test. */
static void
missing_monitor_only (const char     *log_domain,
                      GLogLevelFlags  log_level,
                      const char     *message,
                      gpointer        user_data)
{
  if (strstr (message, "gdk_monitor_get_geometry") != NULL)
    {
      g_test_message ("GTK: %s", message);
      return;
    }
  g_log_default_handler (log_domain, log_level, message, user_data);
  g_test_fail ();
}

static GLogLevelFlags suggestions_fatal_mask;
static guint suggestions_handler;
static guint suggestions_gtk_handler;

/**
 * ct_test_guard_suggestions:
 *
 * Call before typing what shows an entry's suggestions (#GtkEntryCompletion): until
 * ct_test_end_suggestions(), the one GTK critical above is let through.
 */
void
ct_test_guard_suggestions (void)
{
  suggestions_fatal_mask = g_log_set_always_fatal (G_LOG_FATAL_MASK);
  suggestions_handler = g_log_set_handler ("Gdk", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING,
                                           missing_monitor_only, NULL);
  /* GTK's own criticals still fail the test, no longer fatal by themselves. */
  suggestions_gtk_handler = g_log_set_handler ("Gtk", G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING,
                                               missing_monitor_only, NULL);
}

/**
 * ct_test_wait_suggestions:
 * @entry: an entry whose suggestions the test has just asked for
 *
 * Waits up to 10 s for them. GTK shows suggestions only in the active window, and widget
 * tests share one display: %FALSE when another window kept them from showing; the guard
 * is then ended and the test marked skipped, saying so.
 */
gboolean
ct_test_wait_suggestions (GtkWidget *entry)
{
  if (ct_test_wait_until (suggestions_mapped, entry, 10))
    return TRUE;
  ct_test_end_suggestions ();
  g_test_skip ("No suggestions shown: another window has the keyboard focus");
  return FALSE;
}

void
ct_test_end_suggestions (void)
{
  if (suggestions_handler == 0)
    return;
  g_log_remove_handler ("Gdk", suggestions_handler);
  g_log_remove_handler ("Gtk", suggestions_gtk_handler);
  suggestions_handler = 0;
  suggestions_gtk_handler = 0;
  g_log_set_always_fatal (suggestions_fatal_mask);
}

/**
 * ct_test_move_focus:
 * @window: a window
 * @direction: %GTK_DIR_TAB_FORWARD or %GTK_DIR_TAB_BACKWARD
 *
 * Moves the focus as Tab or Shift+Tab does. GTK follows the chain of focus children
 * from the window down to the focused widget, and keeps that chain only while the window
 * is active: widget tests share one display, where another test's window may be the
 * active one. The chain is set first, as an active window has it.
 */
void
ct_test_move_focus (GtkWindow        *window,
                    GtkDirectionType  direction)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  for (GtkWidget *w = focus; w != NULL && gtk_widget_get_parent (w) != NULL;
       w = gtk_widget_get_parent (w))
    gtk_widget_set_focus_child (gtk_widget_get_parent (w), w);
  gtk_widget_child_focus (GTK_WIDGET (window), direction);
}

