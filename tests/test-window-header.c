/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "ct-window-private.h"
#include "test-util-widget.h"
#include "window-wait.h"

/* The header says the save state once: beside the pages' switcher in a wide window, in
 * the title's subtitle when a narrower one shows the title instead of the switcher. */

static void
wait_title_visible (CtWindow *window,
                    gboolean  visible)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (adw_view_switcher_title_get_title_visible (window->switcher_title) != visible &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (adw_view_switcher_title_get_title_visible (window->switcher_title), ==,
                   visible);
}

/* A window @width wide on the first-run sample, its programme open. */
static void
set_up (CtTestSampleWindow *w,
        int                 width)
{
  g_autoptr(GError) error = NULL;

  w->dir = g_dir_make_tmp ("congtac-window-header-XXXXXX", NULL);
  w->db = g_build_filename (w->dir, "congtac.db", NULL);
  w->window = ct_test_sample_window_new ("io.github.congtac.CongtacHeaderTest", w->db,
                                         &w->store, &w->app);
  /* Before the window is first drawn: a window shown keeps its size on a display without
   * a window manager. */
  gtk_window_set_default_size (GTK_WINDOW (w->window), width, 700);
  g_assert_true (ct_test_open_programme (w->window, 1, &error));
  g_assert_no_error (error);
}

/* 600 px: the pages' switcher gives way to the title, whose subtitle says "Saved"; the
 * label beside it would say it again. */
static void
test_narrow (void)
{
  CtTestSampleWindow w;

  set_up (&w, 600);
  wait_title_visible (w.window, TRUE);
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (w.window->switcher_title), ==, "Saved");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (w.window->save_label)));
  ct_test_sample_window_tear_down (&w);
}

/* 1280 px: the switcher is shown, the title is not: the label beside it says "Saved". */
static void
test_wide (void)
{
  CtTestSampleWindow w;

  set_up (&w, 1280);
  wait_title_visible (w.window, FALSE);
  ct_test_wait_mapped (GTK_WIDGET (w.window->save_label));
  g_assert_cmpstr (gtk_label_get_text (w.window->save_label), ==, "Saved");
  ct_test_sample_window_tear_down (&w);
}

/* 700 px in Vietnamese, where the switcher's labels are longer: "Đã lưu" is said once,
 * under the title. */
static void
test_vietnamese_700 (void)
{
  CtTestSampleWindow w;

  g_setenv ("LANGUAGE", "vi", TRUE);
  if (setlocale (LC_ALL, "vi_VN.UTF-8") == NULL)
    {
      g_test_skip ("The vi_VN.UTF-8 locale is not generated");
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "C.UTF-8");
      return;
    }
  set_up (&w, 700);
  wait_title_visible (w.window, TRUE);
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (w.window->switcher_title), ==, "Đã lưu");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (w.window->save_label)));
  ct_test_sample_window_tear_down (&w);
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

static gboolean
is_end_controls (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_WINDOW_CONTROLS (widget) &&
         gtk_window_controls_get_side (GTK_WINDOW_CONTROLS (widget)) == GTK_PACK_END &&
         gtk_widget_get_mapped (widget);
}

static gboolean
is_close_button (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "close");
}

/* The close button at the end of the header in view (a folded window shows one of its two
 * panes), or NULL. */
static GtkWidget *
find_close_button (CtWindow *window)
{
  GtkWidget *pane = adw_leaflet_get_folded (window->leaflet)
                    ? adw_leaflet_get_visible_child (window->leaflet) : GTK_WIDGET (window);
  GtkWidget *controls = ct_test_find_widget (pane, is_end_controls, NULL);

  return controls != NULL ? ct_test_find_widget (controls, is_close_button, NULL) : NULL;
}

static gboolean
close_button_mapped (gpointer data)
{
  GtkWidget *button = find_close_button (data);

  return button != NULL && gtk_widget_get_mapped (button);
}

static gboolean
leaflet_settled (gpointer data)
{
  return !adw_leaflet_get_child_transition_running (CT_WINDOW (data)->leaflet);
}

static void
iterate (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* As at launch: a window @width wide, drawn before its programme is opened, in
 * Vietnamese, whose switcher is widest. The close button is shown and lies inside the
 * window: a header wider than the window would put it past the window's edge. */
static void
assert_close_button (int width)
{
  CtTestSampleWindow w;
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  graphene_rect_t bounds;

  g_setenv ("LANGUAGE", "vi", TRUE);
  if (setlocale (LC_ALL, "vi_VN.UTF-8") == NULL)
    {
      g_test_skip ("The vi_VN.UTF-8 locale is not generated");
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "C.UTF-8");
      return;
    }
  ct_test_sample_window_set_up (&w, "congtac-window-header-XXXXXX",
                                "io.github.congtac.CongtacHeaderTest");
  gtk_window_set_default_size (GTK_WINDOW (w.window), width, 700);
  g_assert_true (ct_test_wait_until (close_button_mapped, w.window, 10));
  iterate ();
  g_assert_true (ct_test_open_programme (w.window, 1, &error));
  g_assert_no_error (error);
  /* A narrow window slides from the list to the programme. */
  g_assert_true (ct_test_wait_until (leaflet_settled, w.window, 10));
  iterate ();

  button = find_close_button (w.window);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (w.window), &bounds));
  g_assert_cmpfloat (bounds.size.width, >, 0);
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                     gtk_widget_get_width (GTK_WIDGET (w.window)));
  ct_test_sample_window_tear_down (&w);
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_close_button_1366 (void)
{
  assert_close_button (1366);
}

static void
test_close_button_1100 (void)
{
  assert_close_button (1100);
}

static void
test_close_button_700 (void)
{
  assert_close_button (700);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  bindtextdomain (GETTEXT_PACKAGE, CT_TEST_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_add_func ("/window-header/narrow", test_narrow);
  g_test_add_func ("/window-header/wide", test_wide);
  g_test_add_func ("/window-header/vietnamese-700", test_vietnamese_700);
  g_test_add_func ("/window-header/close-button-1366", test_close_button_1366);
  g_test_add_func ("/window-header/close-button-1100", test_close_button_1100);
  g_test_add_func ("/window-header/close-button-700", test_close_button_700);
  return g_test_run ();
}
