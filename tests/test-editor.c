/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "editor-window.h"
#include "window-wait.h"
#include "ct-agenda-row.h"
#include "ct-date-row.h"
#include "ct-field.h"
#include "ct-import-dialog.h"
#include "ct-import-review.h"
#include "ct-item-editor.h"
#include "ct-new-programme-dialog.h"
#include "ct-programme-editor.h"
#include "ct-section-row.h"
#include "ct-summary.h"
#include "ct-when-row.h"
#include "ct-window.h"
#include "test-util-widget.h"

typedef CtTestEditorWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ct_test_editor_window_set_up (f, "io.github.congtac.CongtacEditorTest", NULL, 0, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_editor_window_tear_down (f);
}

static gboolean
is_saved (gpointer session)
{
  return ct_session_get_save_state (session) == CT_SAVE_STATE_SAVED;
}

static void
wait_saved (Fixture *f)
{
  CtSession *session = ct_window_get_session (f->window);

  ct_test_wait_until (is_saved, session, 10);
  g_assert_cmpint (ct_session_get_save_state (session), ==, CT_SAVE_STATE_SAVED);
}

/* Widens the window so that the editor shows beside the sidebar, and waits for @widget. */
static void
wait_mapped (Fixture   *f,
             GtkWidget *widget)
{
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  ct_test_wait_mapped (widget);
}

static CtProgramme *
reload (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = ct_store_open (f->path, &error);
  CtProgramme *p;

  g_assert_no_error (error);
  p = ct_store_load_programme (store, f->id, &error);
  g_assert_no_error (error);
  return p;
}

static const char *
section_title (CtProgramme *p,
               guint        i)
{
  return ((CtSection *) g_ptr_array_index (p->sections, i))->title;
}

static void
test_edit_autosave_reopen (Fixture       *f,
                           gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  GtkWidget *place = ct_programme_editor_get_field (editor, "place_name");
  g_autoptr(CtProgramme) saved = NULL;

  g_assert_nonnull (place);
  /* Typed as an input method commits it, decomposed: kept as typed, stored NFC. */
  gtk_editable_set_text (GTK_EDITABLE (place), "Be\xcc\x82\xcc\x81n \xc4\x90o\xcc\x80");
  g_assert_cmpstr (ct_window_get_programme (f->window)->place_name, ==,
                   "Be\xcc\x82\xcc\x81n \xc4\x90o\xcc\x80");
  wait_saved (f);
  saved = reload (f);
  g_assert_cmpstr (saved->place_name, ==, "Bến Đò");

  /* Closing and reopening the window shows the same value. */
  ct_test_editor_window_close (f);
  ct_test_editor_window_open (f);
  place = ct_programme_editor_get_field (ct_test_get_editor (f->window), "place_name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (place)), ==, "Bến Đò");
}

static void
test_undo_section_move (Fixture       *f,
                        gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  GtkWidget *row = ct_programme_editor_get_section_row (editor, 0);
  g_autofree char *first = g_strdup (section_title (ct_window_get_programme (f->window), 0));
  g_autofree char *second = g_strdup (section_title (ct_window_get_programme (f->window), 1));
  g_autoptr(CtProgramme) saved = NULL;
  GtkWidget *number;

  ct_section_row_move (CT_SECTION_ROW (row), 1);
  g_assert_cmpstr (section_title (ct_window_get_programme (f->window), 0), ==, second);
  g_assert_cmpstr (section_title (ct_window_get_programme (f->window), 1), ==, first);

  number = ct_programme_editor_get_field (editor, "number");
  gtk_editable_set_text (GTK_EDITABLE (number), "7");
  gtk_editable_set_text (GTK_EDITABLE (number), "77");
  wait_saved (f);

  /* One undo step for the typing in one field, one for the move. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (ct_window_get_programme (f->window)->number, ==, 58);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpstr (section_title (ct_window_get_programme (f->window), 0), ==, first);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  wait_saved (f);
  saved = reload (f);
  g_assert_cmpstr (section_title (saved, 0), ==, second);
  g_assert_cmpuint (saved->number, ==, 58);
  /* The rebuilt form shows the restored value. */
  number = ct_programme_editor_get_field (ct_test_get_editor (f->window), "number");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number)), ==, "58");
}

static gboolean
is_menu_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget);
}

static gboolean
is_warning_label (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "warning");
}

static gboolean
is_check_list (GtkWidget     *widget,
              gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar");
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_button_for (GtkWidget     *widget,
               gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* While no date is set, the calendar opens on the suggested day; a set date wins. */
static void
test_date_row_suggestion (void)
{
  GtkWidget *row = g_object_ref_sink (ct_date_row_new ("Ngày", TRUE));
  GtkWidget *button = ct_test_find_widget (row, is_menu_button, NULL);
  GtkCalendar *calendar;
  g_autoptr(GDateTime) shown = NULL;
  GDate day, set;

  g_assert_nonnull (button);
  calendar = GTK_CALENDAR (gtk_popover_get_child (gtk_menu_button_get_popover (
                                                    GTK_MENU_BUTTON (button))));
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 1, 1, 2027);
  ct_date_row_set_suggestion (CT_DATE_ROW (row), &day);
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_year (shown), ==, 2027);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 1);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 1);

  g_date_clear (&set, 1);
  g_date_set_dmy (&set, 15, 3, 2027);
  ct_date_row_set_date (CT_DATE_ROW (row), &set);
  ct_date_row_set_suggestion (CT_DATE_ROW (row), &day);
  g_clear_pointer (&shown, g_date_time_unref);
  shown = gtk_calendar_get_date (calendar);
  g_assert_cmpint (g_date_time_get_month (shown), ==, 3);
  g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 15);
  g_object_unref (row);
}

static CtItem *
first_event (CtProgramme *p)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (p->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        if (((CtItem *) g_ptr_array_index (section->items, j))->kind == CT_ITEM_EVENT)
          return g_ptr_array_index (section->items, j);
    }
  g_assert_not_reached ();
}

/* Text that does not parse is never written: typing "7x" passes through "7", a valid
 * number, and "13" through month 1, which must not stay. The rows keep the text typed,
 * in error with its reason, when the focus leaves. An event's date that
 * cannot be is not written either, but stays as typed when the focus leaves. */
static void
test_invalid_text_not_saved (Fixture       *f,
                             gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  CtProgramme *p = ct_window_get_programme (f->window);
  GtkWidget *number = ct_programme_editor_get_field (editor, "number");
  GtkWidget *month = ct_programme_editor_get_field (editor, "period_index");
  GtkWidget *place = ct_programme_editor_get_field (editor, "place_name");
  CtItem *event = first_event (p);
  GDate date = event->start_date;
  CtItemEditor *form;
  GtkWidget *when;

  wait_mapped (f, number);
  g_assert_true (gtk_widget_grab_focus (number));
  gtk_editable_set_text (GTK_EDITABLE (number), "7");
  g_assert_cmpuint (p->number, ==, 7);
  gtk_editable_set_text (GTK_EDITABLE (number), "7x");
  g_assert_cmpuint (p->number, ==, 58);
  g_assert_true (gtk_widget_has_css_class (number, "error"));
  /* Leaving the row keeps the text typed, its reason beside it, and in the programme. */
  g_assert_true (gtk_widget_grab_focus (place));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number)), ==, "7x");
  g_assert_true (gtk_widget_has_css_class (number, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_field_get_status (number))), ==,
                   "a number has digits only");
  g_assert_cmpstr (ct_programme_get_unread_text (p, "number"), ==, "7x");
  g_assert_cmpuint (p->number, ==, 58);

  g_assert_true (gtk_widget_grab_focus (month));
  gtk_editable_set_text (GTK_EDITABLE (month), "1");
  g_assert_cmpint (p->period_index, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (month), "13");
  g_assert_cmpint (p->period_index, ==, 12);
  g_assert_true (gtk_widget_has_css_class (month, "error"));
  g_assert_true (gtk_widget_grab_focus (place));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (month)), ==, "13");
  g_assert_true (gtk_widget_has_css_class (month, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ct_field_get_status (month))), ==,
                   "a month is 1 to 12");
  g_assert_cmpstr (ct_programme_get_unread_text (p, "period_index"), ==, "13");
  g_assert_cmpint (p->period_index, ==, 12);

  ct_programme_editor_open_item (editor, event->uuid);
  form = CT_ITEM_EDITOR (ct_programme_editor_get_item_editor (editor));
  ct_item_editor_focus (form, "date", -1);
  when = gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (f->window)),
                                  CT_TYPE_WHEN_ROW);
  g_assert_nonnull (when);
  gtk_editable_set_text (GTK_EDITABLE (when), "31/02");
  g_assert_cmpint (g_date_valid (&event->start_date), ==, g_date_valid (&date));
  g_assert_true (!g_date_valid (&date) || g_date_compare (&event->start_date, &date) == 0);
  ct_item_editor_focus (form, "title", -1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (when)), ==, "31/02");
  g_assert_true (gtk_widget_has_css_class (when, "error"));
}

/* Removing a section takes one click: a toast says what went and offers to undo it. */
static void
test_remove_section_toast (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *row = ct_programme_editor_get_section_row (ct_test_get_editor (f->window), 0);
  GtkWidget *last = ct_programme_editor_get_section_row (
    ct_test_get_editor (f->window), ct_window_get_programme (f->window)->sections->len - 1);
  g_autofree char *title = g_strdup (section_title (ct_window_get_programme (f->window), 0));
  g_autofree char *message = g_strdup_printf ("Section “%s” removed", title);
  guint n = ct_window_get_programme (f->window)->sections->len;
  GtkWidget *overlay = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                  CT_TYPE_WINDOW,
                                                                  "toast_overlay"));

  /* The first section cannot go up, the last cannot go down. */
  g_assert_false (gtk_widget_get_sensitive (ct_test_find_widget (row, is_button_for, "Move Section Up")));
  g_assert_true (gtk_widget_get_sensitive (ct_test_find_widget (row, is_button_for,
                                                        "Move Section Down")));
  g_assert_false (gtk_widget_get_sensitive (ct_test_find_widget (last, is_button_for,
                                                         "Move Section Down")));

  g_assert_null (ct_test_find_widget (overlay, is_label_saying, message));
  g_signal_emit_by_name (ct_test_find_widget (row, is_button_for, "Remove Section"), "clicked");
  g_assert_cmpuint (ct_window_get_programme (f->window)->sections->len, ==, n - 1);
  g_assert_nonnull (ct_test_find_widget (overlay, is_label_saying, message));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (ct_window_get_programme (f->window)->sections->len, ==, n);
  g_assert_cmpstr (section_title (ct_window_get_programme (f->window), 0), ==, title);
}

/* "Add Section" puts the focus in the new section's heading, so that typing names it. */
static void
test_add_section_focus (Fixture       *f,
                        gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  guint n = ct_window_get_programme (f->window)->sections->len;
  GtkWidget *add = ct_test_find_widget (GTK_WIDGET (editor), is_button_labelled, "_Add Section");
  GtkWidget *row;
  GtkWidget *focus;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_assert_nonnull (add);
  wait_mapped (f, add);
  g_signal_emit_by_name (add, "clicked");
  g_assert_cmpuint (ct_window_get_programme (f->window)->sections->len, ==, n + 1);
  row = ct_programme_editor_get_section_row (ct_test_get_editor (f->window), n);
  while (((focus = gtk_window_get_focus (GTK_WINDOW (f->window))) == NULL ||
          !gtk_widget_is_ancestor (focus, row)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, row));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_ENTRY_ROW));
}

static gboolean
is_drop_down_for (GtkWidget     *widget,
                  gconstpointer  tooltip)
{
  return GTK_IS_DROP_DOWN (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
is_combo_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Opening a section must not widen the form's column (the clamp gives a child wider than
 * the column its own width, moving the column sideways): the row of buttons it shows breaks
 * its labels instead, asking for less than a narrow (700 px) window's column. Tab lands on
 * each of these buttons, not on their row as a whole. */
static void
test_narrow_column_and_add_buttons (Fixture       *f,
                                    gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  GtkWidget *section = ct_programme_editor_get_section_row (editor, 0);
  GtkWidget *add_task, *add_event, *add_row;
  int minimum;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (section), TRUE);
  add_task = ct_test_find_widget (section, is_button_labelled, "Add _Task");
  add_event = ct_test_find_widget (section, is_button_labelled, "Add _Event");
  g_assert_nonnull (add_task);
  g_assert_nonnull (add_event);
  add_row = gtk_widget_get_ancestor (add_task, GTK_TYPE_LIST_BOX_ROW);
  gtk_widget_measure (add_row, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <, 400);

  g_assert_false (gtk_widget_get_focusable (add_row));
  wait_mapped (f, add_event);
  g_assert_true (gtk_widget_child_focus (add_row, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == add_task);
  g_assert_true (gtk_widget_child_focus (add_row, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == add_event);
}

/* Long choices are read whole: the section of an item as the row's wrapping subtitle, and
 * each signing authority on its own lines in the drop-down list. */
static void
test_long_choices_whole (Fixture       *f,
                         gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  CtProgramme *p = ct_window_get_programme (f->window);
  CtItem *task = g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, 0))->items, 0);
  GtkWidget *authority = ct_test_find_widget (GTK_WIDGET (editor), is_drop_down_for, "Authority");
  GtkWidget *row, *label, *popup, *list;

  g_assert_nonnull (authority);
  /* Its list, as the drop-down shows it (popping the drop-down up itself needs a monitor
   * the test display does not describe). */
  popup = gtk_window_new ();
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                              g_object_ref (gtk_drop_down_get_model (GTK_DROP_DOWN (authority))))),
                            g_object_ref (gtk_drop_down_get_list_factory (GTK_DROP_DOWN (authority))));
  gtk_window_set_child (GTK_WINDOW (popup), list);
  gtk_window_present (GTK_WINDOW (popup));
  ct_test_wait_mapped (list);
  label = ct_test_find_widget (list, is_label_saying, "Authorised (T/U, TUQ.)");
  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (label)), ==, PANGO_ELLIPSIZE_NONE);
  gtk_window_destroy (GTK_WINDOW (popup));

  ct_programme_editor_open_item (editor, task->uuid);
  row = ct_test_find_widget (ct_programme_editor_get_item_editor (editor), is_combo_row_titled,
                     "Section");
  g_assert_nonnull (row);
  g_assert_true (adw_combo_row_get_use_subtitle (ADW_COMBO_ROW (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "I. Lãnh đạo, chỉ đạo một số nhiệm vụ trọng tâm");
  g_assert_cmpint (adw_action_row_get_subtitle_lines (ADW_ACTION_ROW (row)), ==, 0);
  label = ct_test_find_widget (row, is_label_saying, "I. Lãnh đạo, chỉ đạo một số nhiệm vụ trọng tâm");
  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (label)), ==, PANGO_ELLIPSIZE_NONE);
}

/* Ctrl+Z reaches the window's undo from inside a text field: the window catches it in
 * the capture phase, before the field would take it for its own (turned off) undo. */
static void
test_undo_key_before_fields (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_z &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) ==
                GDK_CONTROL_MASK &&
              GTK_IS_NAMED_ACTION (action) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                           "win.undo"))
            found = TRUE;
        }
    }
  g_assert_true (found);
}

/* Undo rebuilds the form from the restored programme; the typist stays in the field,
 * with nothing selected. */
static void
test_undo_keeps_focus (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *number = ct_programme_editor_get_field (ct_test_get_editor (f->window), "number");
  GtkWidget *focus;

  wait_mapped (f, number);
  g_assert_true (gtk_widget_grab_focus (number));
  gtk_editable_set_text (GTK_EDITABLE (number), "7");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (ct_window_get_programme (f->window)->number, ==, 58);

  number = ct_programme_editor_get_field (ct_test_get_editor (f->window), "number");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (number)), ==, "58");
  focus = gtk_window_get_focus (GTK_WINDOW (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, number));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (focus), NULL, NULL));
}

/* Undo of a typed value changes that field in place: the other rows are the same widgets,
 * and the field typed in keeps the focus and the cursor. */
static void
test_undo_keeps_rows (Fixture       *f,
                      gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  CtProgramme *p = ct_window_get_programme (f->window);
  GtkWidget *place = ct_programme_editor_get_field (editor, "place_name");
  GtkWidget *number = ct_programme_editor_get_field (editor, "number");
  GtkWidget *section = ct_programme_editor_get_section_row (editor, 1);
  g_autofree char *before = g_strdup (gtk_editable_get_text (GTK_EDITABLE (place)));
  g_autofree char *typed = g_strconcat (before, " Bến Gió", NULL);
  GtkWidget *text;

  wait_mapped (f, place);
  g_assert_true (gtk_widget_grab_focus (place));
  text = gtk_window_get_focus (GTK_WINDOW (f->window));
  g_assert_true (GTK_IS_TEXT (text));
  gtk_editable_set_text (GTK_EDITABLE (place), typed);
  gtk_editable_set_position (GTK_EDITABLE (text), 2);
  g_assert_cmpstr (p->place_name, ==, typed);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (ct_window_get_programme (f->window) == p);
  g_assert_cmpstr (p->place_name, ==, *before ? before : NULL);
  g_assert_true (ct_programme_editor_get_field (editor, "place_name") == place);
  g_assert_true (ct_programme_editor_get_field (editor, "number") == number);
  g_assert_true (ct_programme_editor_get_section_row (editor, 1) == section);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (place)), ==, before);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == text);
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (text)), ==, 2);
  /* Showing the old value again is no edit: redo is still there. */
  g_assert_true (ct_session_can_redo (ct_window_get_session (f->window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (place)), ==, typed);
  g_assert_true (ct_programme_editor_get_field (editor, "number") == number);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == text);
}

/* Undo of a section's heading typed in its row: the row and its heading field stay, with
 * the old heading; the section list is not built again. */
static void
test_undo_section_heading_in_place (Fixture       *f,
                                    gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  CtProgramme *p = ct_window_get_programme (f->window);
  GtkWidget *row = ct_programme_editor_get_section_row (editor, 0);
  GtkWidget *other = ct_programme_editor_get_section_row (editor, 1);
  g_autofree char *before = g_strdup (section_title (p, 0));
  GtkWidget *heading;

  wait_mapped (f, row);
  ct_section_row_focus_title (CT_SECTION_ROW (row));
  heading = gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (f->window)),
                                     ADW_TYPE_ENTRY_ROW);
  g_assert_nonnull (heading);
  gtk_editable_set_text (GTK_EDITABLE (heading), "Công tác trọng tâm khác");
  g_assert_cmpstr (section_title (p, 0), ==, "Công tác trọng tâm khác");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpstr (section_title (p, 0), ==, before);
  g_assert_true (ct_programme_editor_get_section_row (editor, 0) == row);
  g_assert_true (ct_programme_editor_get_section_row (editor, 1) == other);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (heading)), ==, before);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (f->window)),
                                         heading));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
}

/* Moving a section, and undoing the move, builds again the two rows concerned and no
 * other: the document's fields and the other sections stay the same widgets. */
static void
test_section_move_keeps_rows (Fixture       *f,
                              gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  CtProgramme *p = ct_window_get_programme (f->window);
  guint n = p->sections->len;
  GtkWidget *number = ct_programme_editor_get_field (editor, "number");
  GtkWidget *first = ct_programme_editor_get_section_row (editor, 0);
  GtkWidget *last = ct_programme_editor_get_section_row (editor, n - 1);
  g_autofree char *title0 = g_strdup (section_title (p, 0));
  g_autofree char *title1 = g_strdup (section_title (p, 1));
  g_autofree char *heading = NULL;

  g_assert_cmpuint (n, >=, 3);
  ct_section_row_move (CT_SECTION_ROW (first), 1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (section_title (p, 0), ==, title1);
  g_assert_true (ct_programme_editor_get_field (editor, "number") == number);
  g_assert_true (ct_programme_editor_get_section_row (editor, n - 1) == last);
  g_assert_false (ct_programme_editor_get_section_row (editor, 1) == first);
  heading = ct_section_dup_heading (g_ptr_array_index (p->sections, 1), 1);
  g_assert_cmpstr (adw_preferences_row_get_title (
                     ADW_PREFERENCES_ROW (ct_programme_editor_get_section_row (editor, 1))),
                   ==, heading);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (ct_window_get_programme (f->window) == p);
  g_assert_cmpstr (section_title (p, 0), ==, title0);
  g_assert_true (ct_programme_editor_get_field (editor, "number") == number);
  g_assert_true (ct_programme_editor_get_section_row (editor, n - 1) == last);
  g_assert_true (ct_section_row_get_section (CT_SECTION_ROW (
                   ct_programme_editor_get_section_row (editor, 0))) ==
                 g_ptr_array_index (p->sections, 0));
}

static void
test_item_date_and_check_jump (Fixture       *f,
                               gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  CtProgramme *p = ct_window_get_programme (f->window);
  CtItem *event = g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, 1))->items, 0);
  g_autofree char *uuid = g_strdup (event->uuid);
  GtkWidget *form, *date_row, *number, *focus, *list;
  GPtrArray *issues;
  GListModel *model;
  g_autoptr(GtkStringObject) item = NULL;
  guint changes = 0;
  g_autoptr(CtProgramme) saved = NULL;

  ct_programme_editor_open_item (editor, uuid);
  form = ct_programme_editor_get_item_editor (editor);
  g_assert_true (CT_IS_ITEM_EDITOR (form));
  /* Opening a form is not an edit. */
  g_assert_false (ct_session_can_undo (ct_window_get_session (f->window)));
  ct_item_editor_focus (CT_ITEM_EDITOR (form), "date", -1);
  date_row = gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (f->window)),
                                      CT_TYPE_WHEN_ROW);
  g_assert_nonnull (date_row);
  gtk_editable_set_text (GTK_EDITABLE (date_row), "17/12/2026");
  ct_programme_editor_show_form (editor);
  wait_saved (f);
  saved = reload (f);
  event = ct_programme_find_item (saved, uuid, NULL);
  g_assert_cmpint (g_date_get_day (&event->start_date), ==, 17);

  /* An empty number is listed, and its entry jumps to the field. */
  number = ct_programme_editor_get_field (editor, "number");
  gtk_editable_set_text (GTK_EDITABLE (number), "");
  issues = ct_programme_editor_get_issues (editor);
  g_assert_cmpuint (issues->len, >=, 1);
  g_assert_cmpint (((CtCheckIssue *) g_ptr_array_index (issues, 0))->kind, ==,
                   CT_CHECK_NO_NUMBER);
  ct_programme_editor_jump (editor, g_ptr_array_index (issues, 0));
  focus = gtk_window_get_focus (GTK_WINDOW (f->window));
  g_assert_true (focus == number || gtk_widget_is_ancestor (focus, number));

  /* The check panel lists the messages; activating one jumps the same way. A check
   * finding the same problems leaves the list alone. */
  list = ct_test_find_widget (GTK_WIDGET (editor), is_check_list, NULL);
  g_assert_nonnull (list);
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, issues->len);
  item = g_list_model_get_item (model, 0);
  g_assert_cmpstr (gtk_string_object_get_string (item),
                   ==, ((CtCheckIssue *) g_ptr_array_index (issues, 0))->message);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (count_cb), &changes);
  issues = ct_programme_editor_get_issues (editor);
  g_assert_cmpuint (changes, ==, 0);
  gtk_widget_grab_focus (ct_programme_editor_get_field (editor, "place_name"));
  g_signal_emit_by_name (list, "activate", 0);
  focus = gtk_window_get_focus (GTK_WINDOW (f->window));
  g_assert_true (focus == number || gtk_widget_is_ancestor (focus, number));
  gtk_editable_set_text (GTK_EDITABLE (number), "12");
  issues = ct_programme_editor_get_issues (editor);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, issues->len);
  g_signal_handlers_disconnect_by_func (model, count_cb, &changes);
}

static GtkWidget *
warning_label (GtkWidget *dialog)
{
  GtkWidget *extra = adw_message_dialog_get_extra_child (ADW_MESSAGE_DIALOG (dialog));
  GtkWidget *label = ct_test_find_widget (extra, is_warning_label, NULL);

  g_assert_nonnull (label);
  return label;
}

static void
test_new_from_previous_month (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *dialog = ct_new_programme_dialog_new (GTK_WINDOW (f->window), ct_window_get_store (f->window));
  g_autoptr(GError) error = NULL;
  g_autoptr(CtProgramme) created = NULL;
  CtSection *section;
  CtItem *event;

  /* The sample is December 2026: January 2027 is proposed, from the previous month; the
   * dialog says when the month chosen already has a programme. */
  g_assert_false (gtk_widget_get_visible (warning_label (dialog)));
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2026, 12, FALSE);
  g_assert_true (gtk_widget_get_visible (warning_label (dialog)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (warning_label (dialog))), ==,
                   "The database already holds a programme for this month.");
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2027, 1, TRUE);
  g_assert_false (gtk_widget_get_visible (warning_label (dialog)));
  created = ct_new_programme_dialog_create (CT_NEW_PROGRAMME_DIALOG (dialog), &error);
  g_assert_no_error (error);
  g_assert_cmpint (created->period_year, ==, 2027);
  g_assert_cmpint (created->period_index, ==, 1);
  g_assert_cmpuint (created->number, ==, 0);
  g_assert_cmpuint (created->sections->len, ==, 4);
  /* 15/12/2026 is the 3rd Tuesday of December; the 3rd Tuesday of January 2027 is 19/1. */
  section = g_ptr_array_index (created->sections, 1);
  event = g_ptr_array_index (section->items, 0);
  g_assert_cmpint (g_date_get_day (&event->start_date), ==, 19);
  g_assert_cmpint (g_date_get_month (&event->start_date), ==, 1);
  g_assert_cmpint (g_date_get_year (&event->start_date), ==, 2027);
  g_clear_pointer (&created, ct_programme_unref);

  /* Without a previous month the programme is empty. */
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2027, 5, TRUE);
  created = ct_new_programme_dialog_create (CT_NEW_PROGRAMME_DIALOG (dialog), &error);
  g_assert_no_error (error);
  g_assert_cmpint (created->period_index, ==, 5);
  g_assert_cmpuint (created->sections->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
set_date (CtWindow  *window,
          GtkWidget *form,
          int        day,
          int        month,
          int        year)
{
  GtkWidget *row;
  g_autofree char *text = NULL;

  ct_item_editor_focus (CT_ITEM_EDITOR (form), "date", -1);
  row = gtk_widget_get_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), CT_TYPE_WHEN_ROW);
  g_assert_nonnull (row);
  text = g_strdup_printf ("%d/%d/%d", day, month, year);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* A round of work on the seed, through the widgets: import it, change a conference date,
 * add an agenda item with a new unit, reorder sections, undo twice, close and reopen. */
static void
test_seed_done_when (Fixture       *f,
                     gconstpointer  data)
{
  const char *seeds = g_getenv ("CT_SEEDS_DIR");
  g_autofree char *path = seeds ? g_build_filename (seeds, "programme-2023-09-huyen-uy.txt", NULL)
                                : NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(CtProgramme) saved = NULL;
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  CtProgramme *p;
  CtItem *event;
  GtkWidget *form, *agenda;
  g_autofree char *uuid = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("The seed programme is not there (CT_SEEDS_DIR)");
      return;
    }
  /* Win.import-text's path: the importer runs off the UI thread, the review's Import saves
   * it, then the window opens the new programme. */
  file = g_file_new_for_path (path);
  ct_window_import_text_file (f->window, file);
  while (ct_test_find_toplevel (CT_TYPE_IMPORT_REVIEW) == NULL
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ct_test_find_toplevel (
                                               CT_TYPE_IMPORT_REVIEW)), "review.import", NULL));
  while (ct_window_get_programme (f->window)->period_year != 2023
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  p = ct_window_get_programme (f->window);
  g_assert_cmpint (p->period_year, ==, 2023);
  g_assert_cmpint (p->period_index, ==, 9);
  f->id = p->id;
  g_assert_cmpuint (p->sections->len, ==, 7);
  second = g_strdup (((CtSection *) g_ptr_array_index (p->sections, 1))->title);
  third = g_strdup (((CtSection *) g_ptr_array_index (p->sections, 2))->title);

  /* IV. Hội nghị Ban Thường vụ Huyện ủy: 26/9/2023 with 9 agenda items → 27/9/2023. */
  event = g_ptr_array_index (((CtSection *) g_ptr_array_index (p->sections, 3))->items, 0);
  g_assert_cmpuint (event->agenda->len, ==, 9);
  uuid = g_strdup (event->uuid);
  ct_programme_editor_open_item (editor, uuid);
  form = ct_programme_editor_get_item_editor (editor);
  set_date (f->window, form, 27, 9, 2023);

  agenda = ct_item_editor_add_agenda_item (CT_ITEM_EDITOR (form));
  g_assert_true (CT_IS_AGENDA_ROW (agenda));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) ==
                 ct_agenda_row_get_text_view (CT_AGENDA_ROW (agenda)));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (
                              ct_agenda_row_get_text_view (CT_AGENDA_ROW (agenda)))),
                            "Báo cáo công tác thi đua, khen thưởng.", -1);
  gtk_editable_set_text (GTK_EDITABLE (ct_agenda_row_get_unit_entry (CT_AGENDA_ROW (agenda))),
                         "Ban Thi đua - Khen thưởng huyện");
  ct_programme_editor_show_form (editor);

  ct_section_row_move (CT_SECTION_ROW (ct_programme_editor_get_section_row (editor, 1)), 1);
  g_assert_cmpstr (section_title (ct_window_get_programme (f->window), 1), ==, third);

  /* Undo twice: the move, then the unit typed (one step for the whole field). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  wait_saved (f);
  ct_test_editor_window_close (f);

  saved = reload (f);
  g_assert_cmpstr (section_title (saved, 1), ==, second);
  g_assert_cmpstr (section_title (saved, 2), ==, third);
  event = ct_programme_find_item (saved, uuid, NULL);
  g_assert_cmpint (g_date_get_day (&event->start_date), ==, 27);
  g_assert_cmpint (g_date_get_month (&event->start_date), ==, 9);
  g_assert_cmpuint (event->agenda->len, ==, 10);
  g_assert_cmpstr (((CtAgendaItem *) g_ptr_array_index (event->agenda, 9))->text, ==,
                   "Báo cáo công tác thi đua, khen thưởng.");
  g_assert_null (((CtAgendaItem *) g_ptr_array_index (event->agenda, 9))->preparing_unit);

  /* Reopening the window shows that state. */
  ct_test_editor_window_open (f);
  g_assert_cmpint (ct_window_get_programme (f->window)->id, ==, f->id);
  g_assert_cmpstr (section_title (ct_window_get_programme (f->window), 1), ==, second);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  CT_TEST_ADD ("/editor/edit-autosave-reopen", test_edit_autosave_reopen);
  CT_TEST_ADD ("/editor/undo-section-move", test_undo_section_move);
  CT_TEST_ADD ("/editor/undo-keeps-focus", test_undo_keeps_focus);
  CT_TEST_ADD ("/editor/undo-key-before-fields", test_undo_key_before_fields);
  CT_TEST_ADD ("/editor/undo-keeps-rows", test_undo_keeps_rows);
  CT_TEST_ADD ("/editor/undo-section-heading-in-place", test_undo_section_heading_in_place);
  CT_TEST_ADD ("/editor/section-move-keeps-rows", test_section_move_keeps_rows);
  CT_TEST_ADD ("/editor/invalid-text-not-saved", test_invalid_text_not_saved);
  g_test_add_func ("/editor/date-row-suggestion", test_date_row_suggestion);
  CT_TEST_ADD ("/editor/remove-section-toast", test_remove_section_toast);
  CT_TEST_ADD ("/editor/add-section-focus", test_add_section_focus);
  CT_TEST_ADD ("/editor/narrow-column-and-add-buttons", test_narrow_column_and_add_buttons);
  CT_TEST_ADD ("/editor/long-choices-whole", test_long_choices_whole);
  CT_TEST_ADD ("/editor/item-date-and-check-jump", test_item_date_and_check_jump);
  CT_TEST_ADD ("/editor/new-from-previous-month", test_new_from_previous_month);
  CT_TEST_ADD ("/editor/seed-done-when", test_seed_done_when);
  return g_test_run ();
}
