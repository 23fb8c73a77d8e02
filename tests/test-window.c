/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-sample.h"
#include "ct-window.h"

static void
test_window_lists_sample (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GtkApplication) app = NULL;
  CtWindow *window;
  GtkWidget *list;
  GtkListBoxRow *row;

  g_assert_no_error (error);
  g_assert_true (ct_sample_add_on_first_run (store, &error));

  app = GTK_APPLICATION (adw_application_new ("io.github.congtac.CongtacTest",
                                              G_APPLICATION_NON_UNIQUE));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = ct_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));

  list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                    "programme_list"));
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "công tác tháng 12 năm 2026");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  setlocale (LC_ALL, "C.UTF-8");
  g_test_add_func ("/window/lists-sample", test_window_lists_sample);
  return g_test_run ();
}
