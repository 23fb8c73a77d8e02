/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ct-programme-entry.h"
#include "ct-sample.h"
#include "ct-window.h"

static CtProgrammeEntry *
entry_at (GListModel *model,
          guint       position)
{
  /* The store keeps its own reference: return a borrowed pointer for brevity. */
  CtProgrammeEntry *entry = g_list_model_get_item (model, position);

  g_object_unref (entry);
  return entry;
}

static void
save_month (CtStore *store,
            int      year,
            int      month)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) p = ct_programme_new ();

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, year, month);
  g_assert_true (ct_store_save_programme (store, p, &error));
  g_assert_no_error (error);
}

static void
test_window_lists_sample (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GtkApplication) app = NULL;
  CtWindow *window;
  GtkGridView *list;
  GtkEditable *search;
  GtkStack *sidebar;
  AdwViewSwitcherTitle *switcher;
  GListModel *model;
  CtProgrammeEntry *entry;

  g_assert_no_error (error);
  g_assert_true (ct_sample_add_on_first_run (store, &error));

  app = GTK_APPLICATION (adw_application_new ("io.github.congtac.CongtacTest",
                                              G_APPLICATION_NON_UNIQUE));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = ct_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));

  list = GTK_GRID_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                       "programme_list"));
  model = G_LIST_MODEL (gtk_grid_view_get_model (list));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  entry = entry_at (model, 0);
  g_assert_true (ct_programme_entry_is_heading (entry));
  g_assert_cmpstr (ct_programme_entry_get_title (entry), ==, "2026");
  entry = entry_at (model, 1);
  g_assert_false (ct_programme_entry_is_heading (entry));
  g_assert_cmpstr (ct_programme_entry_get_title (entry), ==, "công tác tháng 12 năm 2026");
  g_assert_cmpstr (ct_programme_entry_get_details (entry), ==, "No. 58 · Draft");

  /* Newest period first, under a heading for each year. */
  save_month (store, 2023, 9);
  save_month (store, 2026, 11);
  ct_window_reload_list (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  g_assert_cmpstr (ct_programme_entry_get_title (entry_at (model, 0)), ==, "2026");
  g_assert_cmpstr (ct_programme_entry_get_title (entry_at (model, 1)), ==,
                   "công tác tháng 12 năm 2026");
  g_assert_cmpstr (ct_programme_entry_get_title (entry_at (model, 2)), ==,
                   "công tác tháng 11 năm 2026");
  g_assert_true (ct_programme_entry_is_heading (entry_at (model, 3)));
  g_assert_cmpstr (ct_programme_entry_get_title (entry_at (model, 3)), ==, "2023");
  g_assert_cmpint (ct_programme_entry_get_id (entry_at (model, 3)), ==, 0);
  g_assert_cmpstr (ct_programme_entry_get_title (entry_at (model, 4)), ==,
                   "công tác tháng 9 năm 2023");
  g_assert_cmpstr (ct_programme_entry_get_details (entry_at (model, 4)), ==, "Draft");

  /* Selecting a row opens its programme; the page switcher is there only then. */
  switcher = ADW_VIEW_SWITCHER_TITLE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                     CT_TYPE_WINDOW,
                                                                     "switcher_title"));
  g_assert_false (adw_view_switcher_title_get_view_switcher_enabled (switcher));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (model), 4, TRUE);
  g_assert_nonnull (ct_window_get_programme (window));
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (switcher));
  g_assert_cmpint (ct_window_get_programme (window)->period_year, ==, 2023);

  /* The filter ignores case and marks; the open programme stays selected, below its
   * year's heading. */
  search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                        "search_entry"));
  gtk_editable_set_text (search, "THANG 9");
  ct_window_reload_list (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==, 1);

  /* Enter in the search entry opens the first programme found. */
  gtk_editable_set_text (search, "thang 11");
  ct_window_reload_list (window);
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 11);

  /* A search that finds nothing says so in the sidebar. */
  sidebar = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                      "sidebar_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "list");
  gtk_editable_set_text (search, "qưzyx");
  ct_window_reload_list (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "no-results");
  gtk_editable_set_text (search, "");
  ct_window_reload_list (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "list");

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
