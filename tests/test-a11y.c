/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What screen readers are told: the names, descriptions and roles the widgets give GTK's
 * accessibility layer, read back through its test backend (GTK_A11Y=test). */
#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "ct-accessible.h"
#include "ct-calendar-view-private.h"
#include "ct-field.h"
#include "ct-preview-page.h"
#include "ct-renderer.h"
#include "ct-window.h"
#include "fixture-programme.h"
#include "test-util-widget.h"
#include "window-wait.h"

static gboolean
has_css_class (GtkWidget    *widget,
               gconstpointer name)
{
  return gtk_widget_has_css_class (widget, name);
}

static gboolean
is_alert (GtkWidget    *widget,
          gconstpointer data)
{
  return gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_ALERT;
}

static gboolean
is_list_box_row (GtkWidget    *widget,
                 gconstpointer data)
{
  return GTK_IS_LIST_BOX_ROW (widget);
}

/* A sidebar row, by the programme title it shows. */
static gboolean
is_row_of (GtkWidget    *widget,
           gconstpointer title)
{
  GtkWidget *box = gtk_widget_get_first_child (widget);
  GtkWidget *label = box != NULL ? gtk_widget_get_first_child (box) : NULL;

  return GTK_IS_BOX (box) && GTK_IS_LABEL (label) && gtk_widget_get_focusable (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0;
}

/* Icon-only buttons are named after their image by GTK 4.8 unless given a name: every
 * one of @root but those of @skip must have its own. */
static void
assert_icon_buttons_named (GtkWidget *root,
                           GtkWidget *skip,
                           guint     *n)
{
  /* The window's own buttons (close, maximize) are GTK's; hidden ones are not reached. */
  if (root == skip || GTK_IS_WINDOW_CONTROLS (root) || !gtk_widget_get_visible (root))
    return;
  if (GTK_IS_BUTTON (root) && GTK_IS_IMAGE (gtk_widget_get_first_child (root)) &&
      gtk_widget_get_next_sibling (gtk_widget_get_first_child (root)) == NULL)
    {
      GtkWidget *named = GTK_IS_MENU_BUTTON (gtk_widget_get_parent (root))
                         ? gtk_widget_get_parent (root) : root;

      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (named),
                                             GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("icon button \"%s\" (%s) has no accessible name",
                 gtk_widget_get_tooltip_text (named),
                 gtk_image_get_icon_name (GTK_IMAGE (gtk_widget_get_first_child (root))));
      (*n)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_icon_buttons_named (child, skip, n);
}

/* The window: the icon buttons of its header bars, calendar and preview, the sidebar's
 * rows, and what a toast says. */
static void
test_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("congtac-a11y-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a.db", NULL);
  g_autoptr(CtStore) store = NULL;
  g_autoptr(GtkApplication) app = NULL;
  CtWindow *window;
  GtkWidget *row, *alert;
  guint n = 0;

  window = ct_test_sample_window_new ("io.github.congtac.CongtacA11yTest", path, &store, &app);
  ct_test_wait_window (window);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (
    gtk_widget_get_template_child (GTK_WIDGET (window), CT_TYPE_WINDOW, "programme_list")))),
                                   1, TRUE);
  ct_test_wait_window (window);
  g_assert_nonnull (ct_window_get_programme (window));
  /* Each page is built when first shown. */
  for (const char **page = (const char *[]) { "editor", "calendar", "preview", "week", NULL };
       *page != NULL; page++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 *page));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  assert_icon_buttons_named (GTK_WIDGET (window),
                             GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                        CT_TYPE_WINDOW,
                                                                        "editor_bin")),
                             &n);
  /* New, menu, search, back, undo, redo, programme menu; the calendar's month buttons and
   * day panel toggle; the preview's pages and zoom; the week's. */
  g_assert_cmpuint (n, >=, 7 + 3 + 4 + 2);

  row = ct_test_find_widget (GTK_WIDGET (window), is_row_of, "công tác tháng 12 năm 2026");
  g_assert_nonnull (row);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "công tác tháng 12 năm 2026, No. 58 · Draft");

  alert = ct_test_find_widget (GTK_WIDGET (window), is_alert, NULL);
  g_assert_nonnull (alert);
  g_assert_false (gtk_widget_get_visible (alert));
  ct_window_add_toast (window, "Could not save “a<b> & c”");
  g_assert_true (gtk_widget_get_visible (alert));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (alert), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Could not save “a<b> & c”");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (alert)), ==, "Could not save “a<b> & c”");

  ct_test_close_window (window, &store, dir);
}

/* The "+" of a day says which day it adds to. */
static void
test_calendar_add_button (void)
{
  g_autoptr(CtProgramme) programme = fixture_programme_september_2023 ();
  GtkWidget *window = gtk_window_new ();
  CtCalendarView *view = CT_CALENDAR_VIEW (ct_calendar_view_new ());
  GDate d = ct_test_dmy (26, 9, 2023);
  GtkWidget *add;

  ct_calendar_view_set_programme (view, programme);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  ct_calendar_view_select_date (view, &d);
  add = ct_test_find_widget (GTK_WIDGET (ct_calendar_view_get_day (view, &d)), has_css_class,
                     "add-button");
  g_assert_nonnull (add);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Add an event on Tuesday 26/9/2023");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The preview is a drawing: its page gives its number as its name and its printed lines
 * as its description. */
static void
test_preview_page (void)
{
  g_autoptr(CtProgramme) programme = fixture_programme_september_2023 ();
  g_autoptr(CtRenderer) renderer = ct_renderer_new (programme, NULL);
  GtkWidget *page = g_object_new (CT_TYPE_PREVIEW_PAGE, NULL);
  g_autofree char *text = NULL;
  guint n_pages;

  g_object_ref_sink (page);
  n_pages = ct_renderer_paginate (renderer);
  g_assert_cmpuint (n_pages, ==, 1);
  text = ct_renderer_dup_page_text (renderer, 0);
  /* The printed lines, in reading order, as a reader would go down the page. */
  g_assert_true (g_str_has_prefix (text, "ĐẢNG BỘ TỈNH ĐỒNG XANH\nHUYỆN ỦY SÔNG MÂY\n*\n"));
  g_assert_nonnull (strstr (text, "\nCHƯƠNG TRÌNH\ncông tác tháng 9 năm 2023\n-----\n"
                                  "I. Lãnh đạo, chỉ đạo một số nhiệm vụ trọng tâm\n"));
  g_assert_true (g_str_has_suffix (text, "\nVII. Giao ban Thường trực Huyện ủy chiều thứ Hai "
                                         "hằng tuần\n"));
  ct_preview_page_set_renderer (CT_PREVIEW_PAGE (page), renderer);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_ROLE_DOCUMENT);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Page 1 of 1");
  g_strchomp (text);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (page),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text);
  /* Blank paper says nothing. */
  ct_preview_page_set_renderer (CT_PREVIEW_PAGE (page), NULL);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (page),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  g_object_unref (page);
}

/* Buttons and check boxes with a mnemonic are named once, without the underscore; the
 * button inside a drop-down takes its label and says the value chosen. */
static void
test_mended (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *button = gtk_button_new_with_mnemonic ("C_reate");
  GtkWidget *check = gtk_check_button_new_with_mnemonic ("_Copy the previous month");
  GtkWidget *label = gtk_label_new_with_mnemonic ("_Month");
  GtkWidget *drop_down = gtk_drop_down_new_from_strings ((const char *[]) { "Month 1",
                                                                            "Month 2", NULL });
  GtkWidget *inner;

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), drop_down);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  ct_test_wait_mapped (drop_down);

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Create");
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Copy the previous month");
  /* A label changed later is followed. */
  gtk_button_set_label (GTK_BUTTON (button), "_Cancel");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Cancel");

  inner = gtk_widget_get_first_child (drop_down);
  g_assert_true (GTK_IS_TOGGLE_BUTTON (inner));
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (inner),
                                       GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (inner),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Month 1");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), 1);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (inner),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Month 2");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The text inside the form's entries, which takes the focus, is a text box named as its
 * field: GTK 4.8 leaves it without a role, out of the screen reader's tree. */
static void
test_form_text (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *text;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Trích yếu");
  ct_field_disable_undo (row);
  ct_field_name_text (entry, "Đơn vị chuẩn bị nội dung 1");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  ct_test_wait_mapped (entry);

  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (row)));
  g_assert_true (GTK_IS_TEXT (text));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_ROLE_TEXT_BOX);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Trích yếu");
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (entry)));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_ROLE_TEXT_BOX);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Đơn vị chuẩn bị nội dung 1");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A section of the form says whether it is open, on the header that has the focus. */
static void
test_expander_state (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *header;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "I. Section");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), adw_action_row_new ());
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  ct_test_wait_mapped (row);
  header = ct_test_find_widget (gtk_widget_get_first_child (row), is_list_box_row, NULL);
  g_assert_nonnull (header);
  g_assert_true (gtk_widget_get_focusable (header));
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED,
                                    FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_STATE_EXPANDED,
                                    TRUE);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  ct_accessible_install ();
  g_test_add_func ("/a11y/mended", test_mended);
  g_test_add_func ("/a11y/form-text", test_form_text);
  g_test_add_func ("/a11y/expander-state", test_expander_state);
  g_test_add_func ("/a11y/window", test_window);
  g_test_add_func ("/a11y/calendar-add-button", test_calendar_add_button);
  g_test_add_func ("/a11y/preview-page", test_preview_page);
  return g_test_run ();
}
