/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "window-wait.h"
#include "ct-preview-view.h"
#include "ct-sample.h"
#include "ct-window.h"
#include "test-util-widget.h"

static void
wait_for_layout (CtPreviewView *view)
{
  /* The layout thread reports back through the main loop. */
  while (ct_preview_view_get_busy (view) || ct_preview_view_get_n_pages (view) == 0)
    g_main_context_iteration (NULL, TRUE);
}

static guint
pages_of (const CtProgramme *programme)
{
  g_autoptr(CtRenderer) renderer = ct_renderer_new (programme, NULL);

  return ct_renderer_paginate (renderer);
}

static GtkWidget *
show_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The first-run sample fills two pages; navigation stays within them. */
static void
test_pages_and_navigation (void)
{
  g_autoptr(CtProgramme) programme = ct_sample_programme_new ();
  CtPreviewView *view = CT_PREVIEW_VIEW (ct_preview_view_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (view));

  g_assert_cmpuint (ct_preview_view_get_n_pages (view), ==, 0);
  ct_preview_view_set_programme (view, programme);
  wait_for_layout (view);
  g_assert_cmpuint (ct_preview_view_get_n_pages (view), ==, 2);
  g_assert_cmpuint (ct_preview_view_get_n_pages (view), ==, pages_of (programme));
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "preview.next-page", NULL));
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (view), "preview.next-page", NULL);
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (view), "preview.previous-page", NULL);
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 0);
  ct_preview_view_set_page (view, 99);
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
scrollable (gpointer adjustment)
{
  return gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment) + 1;
}

/* Page Down reads on down the page shown, then goes to the next page, at its top; Page Up
 * goes back up, then to the page before. */
static void
test_read_keys (void)
{
  g_autoptr(CtProgramme) programme = ct_sample_programme_new ();
  CtPreviewView *view = CT_PREVIEW_VIEW (ct_preview_view_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (view));
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (
    gtk_widget_get_template_child (GTK_WIDGET (view), CT_TYPE_PREVIEW_VIEW, "scrolled"));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  double end;
  guint presses = 0;

  ct_preview_view_set_programme (view, programme);
  wait_for_layout (view);
  g_assert_true (ct_test_wait_until (scrollable, adjustment, 10));
  end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "preview.read-down", NULL));
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  while (gtk_adjustment_get_value (adjustment) < end && presses++ < 20)
    gtk_widget_activate_action (GTK_WIDGET (view), "preview.read-down", NULL);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, end);
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (view), "preview.read-down", NULL);
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 1);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (view), "preview.read-up", NULL);
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Zoom steps from the fitted width, real size (1.0) and back to fitting. */
static void
test_zoom (void)
{
  g_autoptr(CtProgramme) programme = ct_sample_programme_new ();
  CtPreviewView *view = CT_PREVIEW_VIEW (ct_preview_view_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (view));

  ct_preview_view_set_programme (view, programme);
  wait_for_layout (view);
  g_assert_cmpfloat (ct_preview_view_get_zoom (view), ==, 0);
  ct_preview_view_set_zoom (view, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (view), "preview.zoom-in", NULL);
  g_assert_cmpfloat (ct_preview_view_get_zoom (view), ==, 1.25);
  gtk_widget_activate_action (GTK_WIDGET (view), "preview.zoom-out", NULL);
  gtk_widget_activate_action (GTK_WIDGET (view), "preview.zoom-out", NULL);
  g_assert_cmpfloat (ct_preview_view_get_zoom (view), ==, 0.75);
  gtk_widget_activate_action (GTK_WIDGET (view), "preview.zoom-fit", NULL);
  g_assert_cmpfloat (ct_preview_view_get_zoom (view), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Edits show up: a long section adds pages; removing it again brings the count back and
 * the page shown moves onto the last page that still exists. */
static void
test_follows_edits (void)
{
  g_autoptr(CtProgramme) programme = ct_sample_programme_new ();
  CtPreviewView *view = CT_PREVIEW_VIEW (ct_preview_view_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (view));
  CtSection *section;
  guint pages;

  ct_preview_view_set_programme (view, programme);
  wait_for_layout (view);
  section = ct_programme_add_section (programme, "Các nhiệm vụ khác");
  for (guint i = 0; i < 60; i++)
    ct_section_add_item (section, ct_item_new_task ("Kiểm tra, đôn đốc việc thực hiện các "
                                                    "nhiệm vụ được giao trong tháng."));
  pages = pages_of (programme);
  g_assert_cmpuint (pages, >, 3);
  ct_preview_view_set_programme (view, programme);
  while (ct_preview_view_get_n_pages (view) != pages)
    g_main_context_iteration (NULL, TRUE);
  ct_preview_view_set_page (view, pages - 1);

  g_ptr_array_remove_index (programme->sections, programme->sections->len - 1);
  ct_preview_view_set_programme (view, programme);
  while (ct_preview_view_get_n_pages (view) != 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ct_preview_view_get_page (view), ==, 1);

  ct_preview_view_set_programme (view, NULL);
  g_assert_cmpuint (ct_preview_view_get_n_pages (view), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A family without Vietnamese letters is named in a warning above the pages. */
static void
test_font_warning (void)
{
  g_autoptr(CtProgramme) programme = ct_sample_programme_new ();
  CtPreviewView *view = CT_PREVIEW_VIEW (ct_preview_view_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (view));
  GtkWidget *warning = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (view),
                                                                  CT_TYPE_PREVIEW_VIEW,
                                                                  "font_warning"));

  ct_preview_view_set_programme (view, programme);
  g_assert_false (gtk_widget_get_visible (warning));
  ct_preview_view_set_font_family (view, "No Such Family Anywhere");
  g_assert_true (gtk_widget_get_visible (warning));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (warning)), "No Such Family Anywhere"));
  ct_preview_view_set_font_family (view, NULL);
  g_assert_false (gtk_widget_get_visible (warning));
  wait_for_layout (view);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* In the main window the "Xem trước" page follows the open programme by itself, also
 * after an edit in place. */
static void
test_in_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-preview-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GtkApplication) app = NULL;
  CtPreviewView *view;
  CtWindow *window;
  CtProgramme *programme;
  CtSection *section;

  window = ct_test_sample_window_new ("io.github.congtac.CongtacPreviewTest", path, &store, &app);
  view = CT_PREVIEW_VIEW (ct_window_ensure_page (window, "preview"));
  g_assert_true (CT_IS_PREVIEW_VIEW (view));

  g_assert_true (ct_test_open_programme (window, 1, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "preview"));
  wait_for_layout (view);
  g_assert_cmpuint (ct_preview_view_get_n_pages (view), ==, 2);

  /* An edit in place reaches the preview after the edit delay. */
  programme = ct_window_get_programme (window);
  section = ct_programme_add_section (programme, "Các nhiệm vụ khác");
  for (guint i = 0; i < 60; i++)
    ct_section_add_item (section, ct_item_new_task ("Kiểm tra, đôn đốc việc thực hiện các "
                                                    "nhiệm vụ được giao trong tháng."));
  ct_window_programme_edited (window, NULL);
  while (ct_preview_view_get_n_pages (view) != pages_of (programme))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ct_preview_view_get_n_pages (view), >, 3);

  ct_test_close_window (window, &store, dir);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/preview/pages-and-navigation", test_pages_and_navigation);
  g_test_add_func ("/preview/read-keys", test_read_keys);
  g_test_add_func ("/preview/zoom", test_zoom);
  g_test_add_func ("/preview/follows-edits", test_follows_edits);
  g_test_add_func ("/preview/font-warning", test_font_warning);
  g_test_add_func ("/preview/in-window", test_in_window);
  return g_test_run ();
}
