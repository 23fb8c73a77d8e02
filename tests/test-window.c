/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>

#include "ct-calendar-page.h"
#include "ct-calendar-view.h"
#include "ct-preview-view.h"
#include "ct-programme-entry.h"
#include "ct-sample.h"
#include "window-wait.h"
#include "ct-week-page.h"
#include "ct-window-private.h"
#include "ct-window.h"
#include "test-util-widget.h"

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
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GtkApplication) app = NULL;
  CtWindow *window;
  GtkGridView *list;
  GtkEditable *search;
  GtkStack *sidebar;
  AdwViewSwitcherTitle *switcher;
  GListModel *model;
  CtProgrammeEntry *entry;

  window = ct_test_sample_window_new ("io.github.congtac.CongtacTest", path, &store, &app);

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
  ct_test_wait_window (window);
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
  ct_test_wait_window (window);
  g_assert_nonnull (ct_window_get_programme (window));
  g_assert_true (adw_view_switcher_title_get_view_switcher_enabled (switcher));
  g_assert_cmpint (ct_window_get_programme (window)->period_year, ==, 2023);

  /* The filter ignores case and marks; the open programme stays selected, below its
   * year's heading. */
  search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                        "search_entry"));
  gtk_editable_set_text (search, "THANG 9");
  ct_window_reload_list (window);
  ct_test_wait_window (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==, 1);

  /* Enter in the search entry opens the first programme found. */
  gtk_editable_set_text (search, "thang 11");
  ct_window_reload_list (window);
  ct_test_wait_window (window);
  g_signal_emit_by_name (search, "activate");
  ct_test_wait_window (window);
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 11);

  /* A search that finds nothing says so in the sidebar. */
  sidebar = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                      "sidebar_stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "list");
  gtk_editable_set_text (search, "qưzyx");
  ct_window_reload_list (window);
  ct_test_wait_window (window);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "no-results");
  gtk_editable_set_text (search, "");
  ct_window_reload_list (window);
  ct_test_wait_window (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar), ==, "list");

  ct_test_close_window (window, &store, dir);
}

/* The title shown by the sidebar row that has the keyboard focus. */
static const char *
focused_row_title (CtWindow    *window,
                   GtkGridView *list)
{
  GtkWidget *row = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *box;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_parent (row) == GTK_WIDGET (list));
  box = gtk_widget_get_first_child (row);
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box)));
}

/* Gives the keyboard focus to the sidebar row showing @title. */
static void
focus_row (GtkGridView *list,
           const char  *title)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_widget_get_first_child (row);

      if (GTK_IS_BOX (box) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box))), title) == 0)
        {
          g_assert_true (gtk_widget_grab_focus (row));
          return;
        }
    }
  g_assert_not_reached ();
}

/* Whether the sidebar has built and mapped the row of the programme it has selected. */
static gboolean
selected_row_built (gpointer data)
{
  GtkGridView *list = data;
  GtkSelectionModel *model = gtk_grid_view_get_model (list);
  GtkBitset *selected = gtk_selection_model_get_selection (model);
  g_autoptr(CtProgrammeEntry) entry = NULL;
  gboolean built = FALSE;

  if (!gtk_bitset_is_empty (selected))
    entry = g_list_model_get_item (G_LIST_MODEL (model), gtk_bitset_get_nth (selected, 0));
  gtk_bitset_unref (selected);
  if (entry == NULL)
    return FALSE;
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL && !built;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_widget_get_first_child (row);

      built = GTK_IS_BOX (box) && gtk_widget_get_mapped (row) &&
              g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box))),
                         ct_programme_entry_get_title (entry)) == 0;
    }
  while (built && g_main_context_iteration (NULL, FALSE))
    ;
  return built;
}

/* One key press on the focused widget, which a controller must take. */
static void
press_key (CtWindow        *window,
           guint            keyval,
           GdkModifierType  mods)
{
  g_assert_true (ct_test_press_key (gtk_root_get_focus (GTK_ROOT (window)), keyval, mods));
}

/* The sidebar from the keyboard: Tab lands on the selected programme's row, the arrows
 * move between programmes over the years' headings, which take neither the focus nor
 * the selection, Enter opens the row's programme, also the one already selected. */
static void
test_window_keyboard_list (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GtkApplication) app = NULL;
  CtWindow *window;
  GtkGridView *list;
  GtkWidget *search_button;
  AdwLeaflet *leaflet;

  window = ct_test_sample_window_new ("io.github.congtac.CongtacTest", path, &store, &app);
  list = GTK_GRID_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                       "programme_list"));
  search_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                             "search_button"));
  leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                        "leaflet"));
  save_month (store, 2023, 9);
  save_month (store, 2026, 11);
  ct_window_reload_list (window);
  ct_test_wait_window (window);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_grid_view_get_model (list)), 1, TRUE);
  ct_test_wait_window (window);
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 12);

  /* Tab into the list lands on the selected programme, not on the year above it, once its
   * row is there to take it. */
  g_assert_true (ct_test_wait_until (selected_row_built, list, 10));
  gtk_widget_grab_focus (search_button);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (list), GTK_DIR_TAB_FORWARD));
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 12 năm 2026");
  /* The list itself refuses a heading: it cannot be focused, nor keep the selection. */
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (list), GTK_DIR_UP));
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 12 năm 2026");
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_grid_view_get_model (list)), 0, TRUE);
  g_assert_cmpuint (gtk_single_selection_get_selected (
                      GTK_SINGLE_SELECTION (gtk_grid_view_get_model (list))), ==, 1);
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 12);
  /* Up at the first programme stays there; Down goes over the year 2023. */
  press_key (window, GDK_KEY_Up, 0);
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 12 năm 2026");
  press_key (window, GDK_KEY_Down, 0);
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 11 năm 2026");
  press_key (window, GDK_KEY_Down, 0);
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 9 năm 2023");
  ct_test_wait_window (window);
  g_assert_cmpint (ct_window_get_programme (window)->period_year, ==, 2023);
  press_key (window, GDK_KEY_Up, 0);
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 11 năm 2026");
  press_key (window, GDK_KEY_End, 0);
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 9 năm 2023");
  ct_test_wait_window (window);

  /* Enter opens it. */
  g_assert_true (gtk_widget_activate (gtk_root_get_focus (GTK_ROOT (window))));
  ct_test_wait_window (window);
  g_assert_cmpint (ct_window_get_programme (window)->period_year, ==, 2023);
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 9);

  /* In a narrow window the list replaces the programme: Enter on its row shows it again. */
  g_assert_true (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK));
  g_assert_false (adw_leaflet_get_visible_child (leaflet)
                  == (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                  CT_TYPE_WINDOW, "content"));
  focus_row (list, "công tác tháng 9 năm 2023");
  g_assert_true (gtk_widget_activate (gtk_root_get_focus (GTK_ROOT (window))));
  ct_test_wait_window (window);
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 9);
  g_assert_true (adw_leaflet_get_visible_child (leaflet)
                 == (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                 CT_TYPE_WINDOW, "content"));

  ct_test_close_window (window, &store, dir);
}

static gboolean
focus_in (CtWindow   *window,
          const char *name)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *region = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                 CT_TYPE_WINDOW, name));

  return focus != NULL && gtk_widget_is_ancestor (focus, region);
}

/* F6 (with @mods) as the window's own keys take it: no widget on the way does. */
static void
press_f6 (CtWindow        *window,
          GdkModifierType  mods)
{
  g_assert_true (ct_test_run_shortcuts (GTK_WIDGET (window), GTK_PHASE_BUBBLE, GDK_KEY_F6,
                                        mods));
}

/* F6 goes from the page to its header bar, to the selected programme in the list, back
 * to the page; Shift+F6 the other way round. */
static void
test_window_f6 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GtkApplication) app = NULL;
  CtWindow *window;
  GtkGridView *list;
  GtkWidget *number;

  window = ct_test_sample_window_new ("io.github.congtac.CongtacTest", path, &store, &app);
  list = GTK_GRID_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                       "programme_list"));
  save_month (store, 2023, 9);
  save_month (store, 2026, 11);
  ct_window_reload_list (window);
  ct_test_wait_window (window);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_grid_view_get_model (list)), 2, TRUE);
  ct_test_wait_window (window);
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 11);
  number = ct_programme_editor_get_field (ct_test_get_editor (window), "number");
  ct_test_wait_mapped (number);
  g_assert_true (gtk_widget_grab_focus (number));

  press_f6 (window, 0);
  g_assert_true (focus_in (window, "content_header"));
  press_f6 (window, 0);
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 11 năm 2026");
  press_f6 (window, 0);
  g_assert_true (focus_in (window, "content_stack"));
  press_f6 (window, GDK_SHIFT_MASK);
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 11 năm 2026");
  press_f6 (window, GDK_SHIFT_MASK);
  g_assert_true (focus_in (window, "content_header"));
  press_f6 (window, GDK_SHIFT_MASK);
  g_assert_true (focus_in (window, "content_stack"));
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 11);

  ct_test_close_window (window, &store, dir);
}

/* Clicks (press and release, as the list's own gesture sees it) the sidebar row showing
 * @title. */
static void
click_row (GtkGridView *list,
           const char  *title)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (list));
  GtkGesture *click = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        click = GTK_GESTURE (controller);
    }
  g_assert_nonnull (click);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_widget_get_first_child (row);
      graphene_rect_t bounds;

      if (!GTK_IS_BOX (box) ||
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (box))), title) != 0)
        continue;
      g_assert_true (gtk_widget_compute_bounds (row, GTK_WIDGET (list), &bounds));
      g_signal_emit_by_name (click, "released", 1,
                             (double) bounds.origin.x + bounds.size.width / 2,
                             (double) bounds.origin.y + bounds.size.height / 2);
      return;
    }
  g_assert_not_reached ();
}

/* In a narrow window the list replaces the programme: the focus goes to the selected row,
 * where Enter shows the programme again; a click on that row changes no selection, and
 * shows it again all the same; a click on a year's heading leaves the list shown. */
static void
test_window_click_selected (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GtkApplication) app = NULL;
  CtWindow *window;
  GtkGridView *list;
  AdwLeaflet *leaflet;
  GtkWidget *content;
  GtkSingleSelection *selection;
  gint64 deadline;

  window = ct_test_sample_window_new ("io.github.congtac.CongtacTest", path, &store, &app);
  list = GTK_GRID_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                       "programme_list"));
  leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                        "leaflet"));
  content = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                       "content"));
  selection = GTK_SINGLE_SELECTION (gtk_grid_view_get_model (list));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 700);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!adw_leaflet_get_folded (leaflet) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (adw_leaflet_get_folded (leaflet));
  save_month (store, 2023, 10);
  ct_window_reload_list (window);
  ct_test_wait_window (window);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (selection), 3, TRUE);
  ct_test_wait_window (window);
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 10);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);

  g_assert_true (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK));
  ct_test_wait_window (window);
  g_assert_false (adw_leaflet_get_visible_child (leaflet) == content);
  /* The focus is on its row: Enter shows it again. */
  g_assert_cmpstr (focused_row_title (window, list), ==, "công tác tháng 10 năm 2023");
  g_assert_true (gtk_widget_activate (gtk_root_get_focus (GTK_ROOT (window))));
  ct_test_wait_window (window);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);
  g_assert_true (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK));
  ct_test_wait_window (window);
  click_row (list, "2023");
  ct_test_wait_window (window);
  g_assert_false (adw_leaflet_get_visible_child (leaflet) == content);
  click_row (list, "công tác tháng 10 năm 2023");
  ct_test_wait_window (window);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 3);
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 10);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == content);

  ct_test_close_window (window, &store, dir);
}

static gboolean
wait_until (gboolean (*done) (CtWindow *window),
            CtWindow  *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return done (window);
}

static gboolean
place_is_lam_son (CtWindow *window)
{
  return g_strcmp0 (ct_window_get_programme (window)->place_name, "Lam Sơn") == 0;
}

static gboolean
external_bar_revealed (CtWindow *window)
{
  return gtk_info_bar_get_revealed (GTK_INFO_BAR (
    gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW, "external_bar")));
}

static gboolean
external_bar_hidden (CtWindow *window)
{
  return !external_bar_revealed (window);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
set_place (CtProgramme *p,
           const char  *place)
{
  g_free (p->place_name);
  p->place_name = g_strdup (place);
}

/* Another process saves or deletes the open programme: the window shows its version when
 * nothing is unsaved here, asks when both changed the same field, and offers Restore
 * after a delete. */
static void
test_window_other_writer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(CtStore) other = ct_store_open (path, &error);
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtProgramme) theirs = NULL;
  g_autoptr(CtProgramme) stored = NULL;
  g_autoptr(GtkApplication) app = NULL;
  GtkWidget *review;
  AdwMessageDialog *dialog;
  CtWindow *window;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2026, 5);
  g_assert_true (ct_store_save_programme (store, p, &error));
  app = ct_test_application_new ("io.github.congtac.CongtacTest");
  window = ct_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ct_test_open_programme (window, p->id, &error));

  /* Saved elsewhere, nothing unsaved here: shown here. */
  theirs = ct_store_load_programme (other, p->id, &error);
  set_place (theirs, "Lam Sơn");
  g_assert_true (ct_store_save_programme (other, theirs, &error));
  g_assert_true (wait_until (place_is_lam_son, window));

  /* Both change the place name: a question, nothing overwritten. */
  set_place (theirs, "Thanh Hà");
  g_assert_true (ct_store_save_programme (other, theirs, &error));
  set_place (ct_window_get_programme (window), "Đông Sơn");
  ct_window_programme_edited (window, "place_name");
  g_assert_true (wait_until (external_bar_revealed, window));
  review = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                     "review_button"));
  g_assert_true (gtk_widget_get_visible (review));
  stored = ct_store_load_programme (other, p->id, &error);
  g_assert_cmpstr (stored->place_name, ==, "Thanh Hà");
  g_clear_pointer (&stored, ct_programme_unref);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.review-conflict", NULL);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "apply");
  g_assert_true (wait_until (external_bar_hidden, window));
  g_assert_true (ct_window_flush (window, &error));
  stored = ct_store_load_programme (other, p->id, &error);
  /* What was typed here is the default choice. */
  g_assert_cmpstr (stored->place_name, ==, "Đông Sơn");
  g_clear_pointer (&stored, ct_programme_unref);

  /* Deleted elsewhere: kept on screen, restored on request. */
  g_assert_true (ct_store_delete_programme (other, p->id, &error));
  g_assert_true (wait_until (external_bar_revealed, window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (
    gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW, "restore_button"))));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-programme", NULL);
  g_assert_false (external_bar_revealed (window));
  stored = ct_store_load_programme (other, ct_window_get_programme (window)->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->place_name, ==, "Đông Sơn");

  ct_test_close_window (window, &store, dir);
}

static guint
count_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      n += ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window));
    }
  return n;
}

static gboolean
window_gone (gpointer window_pointer)
{
  return *(gpointer *) window_pointer == NULL;
}

/* Closing with edits that cannot be saved (another program holds the write lock) asks
 * first; the edits are dropped only when the user chooses so. */
static void
test_window_close_unsaved (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(GtkApplication) app = NULL;
  AdwMessageDialog *dialog;
  CtWindow *window;
  gpointer alive;
  sqlite3 *locker;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2026, 7);
  g_assert_true (ct_store_save_programme (store, p, &error));
  app = ct_test_application_new ("io.github.congtac.CongtacTest");
  window = ct_window_new (app, store);
  alive = window;
  g_object_add_weak_pointer (G_OBJECT (window), &alive);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ct_test_open_programme (window, p->id, &error));

  g_assert_cmpint (sqlite3_open (path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  ct_store_set_busy_timeout (store, 10);
  set_place (ct_window_get_programme (window), "Tam Nông");
  ct_window_programme_edited (window, "place_name");

  gtk_window_close (GTK_WINDOW (window));
  g_assert_nonnull (alive);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  /* What is unsaved, then why; Cancel, Discard and trying again, as GNOME asks. */
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                   "The changes to the programme “công tác tháng 7 năm 2026” "
                                   "since it was last saved could not be saved: "));
  g_assert_true (g_str_has_suffix (adw_message_dialog_get_body (dialog),
                                   "\n\nIf you discard them, they are permanently lost."));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "cancel"), ==, "_Cancel");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "discard"), ==, "_Discard");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "save"), ==,
                   "_Try Saving Again");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save");
  /* Quit pressed again while it asks: the same question, not a second one. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (find_message_dialog () == dialog);
  g_assert_cmpuint (count_message_dialogs (), ==, 1);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_nonnull (alive);
  g_assert_cmpstr (ct_window_get_programme (window)->place_name, ==, "Tam Nông");

  gtk_window_close (GTK_WINDOW (window));
  dialog = find_message_dialog ();
  adw_message_dialog_response (dialog, "discard");
  for (int i = 0; i < 1000 && !window_gone (&alive); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (alive);
  sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (locker);
  g_unlink (path);
}

static void
test_window_close_try_again (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(CtProgramme) p = ct_programme_new ();
  g_autoptr(CtProgramme) stored = NULL;
  g_autoptr(GtkApplication) app = NULL;
  AdwMessageDialog *dialog;
  CtWindow *window;
  gpointer alive;
  sqlite3 *locker;

  ct_programme_set_period (p, CT_PERIOD_KIND_MONTH, 2026, 7);
  g_assert_true (ct_store_save_programme (store, p, &error));
  app = ct_test_application_new ("io.github.congtac.CongtacTest");
  window = ct_window_new (app, store);
  alive = window;
  g_object_add_weak_pointer (G_OBJECT (window), &alive);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ct_test_open_programme (window, p->id, &error));

  g_assert_cmpint (sqlite3_open (path, &locker), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (locker, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  ct_store_set_busy_timeout (store, 10);
  set_place (ct_window_get_programme (window), "Tam Nông");
  ct_window_programme_edited (window, "place_name");

  gtk_window_close (GTK_WINDOW (window));
  g_assert_nonnull (alive);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  /* The lock is gone: trying again saves and closes. */
  sqlite3_exec (locker, "ROLLBACK", NULL, NULL, NULL);
  adw_message_dialog_response (dialog, "save");
  for (int i = 0; i < 1000 && !window_gone (&alive); i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (alive);
  /* The closed window left no handler of the application's shutdown behind. */
  g_assert_false (g_signal_has_handler_pending (app, g_signal_lookup ("shutdown",
                                                                      G_TYPE_APPLICATION),
                                                0, FALSE));
  sqlite3_close (locker);
  stored = ct_store_load_programme (store, p->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->place_name, ==, "Tam Nông");
  g_unlink (path);
}

typedef struct
{
  CtWindow *window;
  gboolean ran;
  gboolean busy;  /* the window's, when the callback ran */
} IdleProbe;

static gboolean
note_busy_cb (gpointer user_data)
{
  IdleProbe *probe = user_data;

  probe->ran = TRUE;
  probe->busy = ct_window_get_busy (probe->window);
  return G_SOURCE_REMOVE;
}

static void
record_programme_cb (CtWindow  *window,
                     gboolean   replaced,
                     GArray    *ids)
{
  CtProgramme *p = ct_window_get_programme (window);
  gint64 id = p ? p->id : 0;

  g_array_append_val (ids, id);
}

static guint
position_of_title (GListModel *model,
                   const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (ct_programme_entry_get_title (entry_at (model, i)), title) == 0)
      return i;
  g_assert_not_reached ();
}

static gboolean
widget_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

/* A slow database: the window shows a spinner and goes on handling input while the store
 * works; a programme or a search replaced before its result came is dropped. */
static void
test_window_slow_store (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GArray) opened = g_array_new (FALSE, FALSE, sizeof (gint64));
  IdleProbe probe = { NULL, FALSE, FALSE };
  CtWindow *window;
  GtkWidget *spinner;
  GtkEditable *search;
  GListModel *model;

  g_assert_no_error (error);
  save_month (store, 2023, 9);
  save_month (store, 2023, 10);
  save_month (store, 2026, 11);
  app = GTK_APPLICATION (adw_application_new ("io.github.congtac.CongtacTest",
                                              G_APPLICATION_NON_UNIQUE));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  window = ct_window_new (app, store);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "programme-changed", G_CALLBACK (record_programme_cb), opened);
  spinner = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                      "spinner"));
  search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                        "search_entry"));
  model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (
    gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW, "programme_list"))));
  g_assert_false (gtk_widget_get_visible (spinner));
  /* Long enough that the main loop runs before a load ends even on a machine busy with
   * other builds and under the sanitizers. */
  ct_store_set_delay_for_testing (store, 1500);

  /* Opening: the spinner turns once the wait has lasted (not at once: most reads end
   * first), nothing is open until the programme arrived, and the main loop runs meanwhile
   * (an idle callback and a typed search are handled). */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (model),
                                   position_of_title (model, "công tác tháng 9 năm 2023"), TRUE);
  g_assert_false (gtk_widget_get_visible (spinner));
  g_assert_true (ct_test_wait_until (widget_visible, spinner, 10));
  g_assert_true (gtk_spinner_get_spinning (GTK_SPINNER (spinner)));
  g_assert_null (ct_window_get_programme (window));
  probe.window = window;
  g_idle_add (note_busy_cb, &probe);
  while (!probe.ran)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (probe.busy);
  gtk_editable_set_text (search, "thang 1");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "thang 1");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_true (ct_window_get_busy (window));
  g_assert_null (ct_window_get_programme (window));

  /* Searching: a search typed before the previous one's result arrived replaces it. */
  gtk_editable_set_text (search, "thang 9");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_true (gtk_widget_get_visible (spinner));
  ct_test_wait_window (window);
  g_assert_false (gtk_widget_get_visible (spinner));
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 9);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (ct_programme_entry_get_title (entry_at (model, 1)), ==,
                   "công tác tháng 9 năm 2023");
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model)), ==, 1);

  /* Choosing another programme before the first arrived: only the last one is shown. */
  gtk_editable_set_text (search, "");
  g_signal_emit_by_name (search, "search-changed");
  ct_test_wait_window (window);
  g_array_set_size (opened, 0);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (model),
                                   position_of_title (model, "công tác tháng 10 năm 2023"), TRUE);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (model),
                                   position_of_title (model, "công tác tháng 11 năm 2026"), TRUE);
  ct_test_wait_window (window);
  g_assert_cmpint (ct_window_get_programme (window)->period_index, ==, 11);
  g_assert_cmpuint (opened->len, ==, 1);
  g_assert_cmpint (g_array_index (opened, gint64, 0), ==, ct_window_get_programme (window)->id);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
close_window_cb (gpointer window)
{
  gtk_window_close (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GtkApplication *app,
             CtStore        *store)
{
  CtWindow *window = ct_window_new (app, store);

  gtk_window_present (GTK_WINDOW (window));
  g_idle_add (close_window_cb, window);
}

/* The last window closes, so the application quits: the quit calls into no window that
 * is gone. */
static void
test_window_closed_before_quit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (path, &error);
  g_autoptr(GtkApplication) app = NULL;

  app = GTK_APPLICATION (adw_application_new ("io.github.congtac.CongtacTest",
                                              G_APPLICATION_NON_UNIQUE));
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), store);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_unlink (path);
}

/* The child of the page's place in the view stack: an empty bin until it is built. */
static GtkWidget *
page_in_stack (CtWindow   *window,
               const char *bin)
{
  return adw_bin_get_child (ADW_BIN (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                    CT_TYPE_WINDOW, bin)));
}

/* The Calendar, Preview and Week pages are built when first shown, by the action, the
 * switcher or a caller that needs one, and show the open programme from the start. */
static void
test_window_pages_on_first_visit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "w.db", NULL);
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GtkApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  CtWindow *window;
  AdwViewStack *stack;
  GtkWidget *page;

  window = ct_test_sample_window_new ("io.github.congtac.CongtacTest", path, &store, &app);
  stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW,
                                                         "view_stack"));
  g_assert_true (ct_test_open_programme (window, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ct_window_get_page (window), ==, "editor");
  g_assert_null (page_in_stack (window, "calendar_bin"));
  g_assert_null (page_in_stack (window, "preview_bin"));
  g_assert_null (page_in_stack (window, "week_bin"));

  /* Alt+2's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "calendar"));
  page = page_in_stack (window, "calendar_bin");
  g_assert_true (CT_IS_CALENDAR_PAGE (page));
  g_assert_true (ct_calendar_view_get_programme (CT_CALENDAR_VIEW (ct_calendar_page_get_view (
                   CT_CALENDAR_PAGE (page)))) == ct_window_get_programme (window));
  g_assert_cmpstr (ct_window_get_page (window), ==, "calendar");
  g_assert_null (page_in_stack (window, "preview_bin"));

  /* The page switcher sets the view stack's page. */
  adw_view_stack_set_visible_child_name (stack, "week");
  g_assert_true (CT_IS_WEEK_PAGE (page_in_stack (window, "week_bin")));
  g_assert_null (page_in_stack (window, "preview_bin"));

  /* A page asked for is built once, where the view stack shows it. */
  page = ct_window_ensure_page (window, "preview");
  g_assert_true (CT_IS_PREVIEW_VIEW (page));
  g_assert_true (page_in_stack (window, "preview_bin") == page);
  g_assert_true (ct_window_ensure_page (window, "preview") == page);
  g_assert_cmpuint (ct_preview_view_get_n_pages (CT_PREVIEW_VIEW (page)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                             "preview"));
  g_assert_true (page_in_stack (window, "preview_bin") == page);
  g_assert_null (ct_window_ensure_page (window, "editor"));

  /* Closing the programme reaches the pages built. */
  ct_window_close_programme (window);
  g_assert_null (ct_calendar_view_get_programme (CT_CALENDAR_VIEW (ct_calendar_page_get_view (
                   CT_CALENDAR_PAGE (page_in_stack (window, "calendar_bin"))))));
  ct_test_close_window (window, &store, dir);
}

/* The icon theme's file for @name at @size pixels, as a URI. */
static char *
dup_icon_uri (GtkIconTheme *theme,
              const char   *name,
              int           size)
{
  g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, name, NULL, size, 1,
                                                                 GTK_TEXT_DIR_NONE, 0);
  g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);

  return g_file_get_uri (file);
}

/* The icons every start draws are PNGs: the window icon (loaded at 48 pixels on X11) and
 * the arrow of the editor's sections. Drawn from SVGs they would load the SVG library
 * for them alone. */
static void
test_window_icons_without_svg (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autofree char *app_icon = NULL;
  g_autofree char *arrow = NULL;

  /* As the application does for its resource base path. */
  gtk_icon_theme_add_resource_path (theme, "/io/github/congtac/Congtac/icons");
  app_icon = dup_icon_uri (theme, "io.github.congtac.Congtac", 48);
  g_assert_cmpstr (app_icon, ==,
                   "resource:///io/github/congtac/Congtac/icons/48x48/apps/"
                   "io.github.congtac.Congtac.png");
  arrow = dup_icon_uri (theme, "adw-expander-arrow-symbolic", 16);
  g_assert_cmpstr (arrow, ==,
                   "resource:///io/github/congtac/Congtac/icons/16x16/actions/"
                   "adw-expander-arrow-symbolic.symbolic.png");
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  g_test_add_func ("/window/lists-sample", test_window_lists_sample);
  g_test_add_func ("/window/keyboard-list", test_window_keyboard_list);
  g_test_add_func ("/window/f6", test_window_f6);
  g_test_add_func ("/window/click-selected", test_window_click_selected);
  g_test_add_func ("/window/other-writer", test_window_other_writer);
  g_test_add_func ("/window/close-unsaved", test_window_close_unsaved);
  g_test_add_func ("/window/close-try-again", test_window_close_try_again);
  g_test_add_func ("/window/slow-store", test_window_slow_store);
  g_test_add_func ("/window/closed-before-quit", test_window_closed_before_quit);
  g_test_add_func ("/window/pages-on-first-visit", test_window_pages_on_first_visit);
  g_test_add_func ("/window/icons-without-svg", test_window_icons_without_svg);
  return g_test_run ();
}
