/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where the focus goes when a programme is entered with the keyboard only: into the text
 * of the multi-line rows, to the end of a field's text, into what was just made (a
 * programme, a section, an agenda item, shown whole), out of the unit suggestions, and
 * to the pre-signing check and back (F8, Escape). */
#include <adwaita.h>
#include <string.h>

#include "editor-window.h"
#include "window-wait.h"
#include "ct-agenda-row.h"
#include "ct-item-editor.h"
#include "ct-new-programme-dialog.h"
#include "ct-programme-editor.h"
#include "ct-sample.h"
#include "ct-section-row.h"
#include "ct-when-row.h"
#include "ct-window-private.h"
#include "test-util-widget.h"

typedef CtTestEditorWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  /* A laptop's screen, where a long agenda runs below the view. */
  ct_test_editor_window_set_up (f, "io.github.congtac.CongtacFocusTest", NULL, 1366, 768);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ct_test_editor_window_tear_down (f);
}

static GtkWidget *
focus (Fixture *f)
{
  GtkWidget *widget = gtk_window_get_focus (GTK_WINDOW (f->window));

  g_assert_nonnull (widget);
  return widget;
}

/* Runs what is due now, the idles that follow a key included. */
static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* One key press, as GTK delivers it; Tab and Shift+Tab move the focus when no
 * controller takes them, as the window's own handling does. */
static void
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  mods)
{
  if (!ct_test_press_key (focus (f), keyval, mods))
    {
      if (keyval == GDK_KEY_Tab && mods == 0)
        ct_test_move_focus (GTK_WINDOW (f->window), GTK_DIR_TAB_FORWARD);
      else if (keyval == GDK_KEY_ISO_Left_Tab && mods == GDK_SHIFT_MASK)
        ct_test_move_focus (GTK_WINDOW (f->window), GTK_DIR_TAB_BACKWARD);
      else
        g_error ("Nothing answers key %s in a %s", gdk_keyval_name (keyval),
                 G_OBJECT_TYPE_NAME (focus (f)));
    }
  settle ();
}

/* Types @text where the focus is, at the cursor. */
static void
type (Fixture    *f,
      const char *text)
{
  GtkWidget *target = focus (f);

  if (GTK_IS_TEXT_VIEW (target))
    gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (target)),
                                      text, -1);
  else
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (target));

      gtk_editable_delete_selection (GTK_EDITABLE (target));
      position = gtk_editable_get_position (GTK_EDITABLE (target));
      gtk_editable_insert_text (GTK_EDITABLE (target), text, -1, &position);
      gtk_editable_set_position (GTK_EDITABLE (target), position);
    }
  settle ();
}

static gboolean
in_widget (Fixture   *f,
           GtkWidget *widget)
{
  GtkWidget *now = gtk_window_get_focus (GTK_WINDOW (f->window));

  return now != NULL && (now == widget || gtk_widget_is_ancestor (now, widget));
}

static GtkWidget *
document_field (Fixture    *f,
                const char *name)
{
  GtkWidget *field = ct_programme_editor_get_field (ct_test_get_editor (f->window), name);

  g_assert_nonnull (field);
  return field;
}

static gboolean
allocated (gpointer widget)
{
  return gtk_widget_get_height (widget) > 0;
}

/* Tab from the field before stops in the text of the superior body, typed on several
 * lines, not on its row; a key for the row reaches the text. */
static void
test_lines_row_tab (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *superior = document_field (f, "superior_body");
  GtkWidget *issuing = document_field (f, "issuing_body");
  GtkWidget *row = gtk_widget_get_ancestor (superior, GTK_TYPE_LIST_BOX_ROW);
  CtProgramme *p = ct_window_get_programme (f->window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (superior));
  g_autoptr(GString) expected = NULL;
  GtkTextIter cursor;

  /* Tab follows the fields' places on screen: both must be laid out. */
  ct_test_wait_mapped (superior);
  ct_test_wait_mapped (issuing);
  g_assert_true (ct_test_wait_until (allocated, issuing, 10));
  g_assert_true (gtk_widget_grab_focus (document_field (f, "style")));
  press (f, GDK_KEY_Tab, 0);
  g_assert_true (focus (f) == superior);
  press (f, GDK_KEY_Tab, 0);
  g_assert_true (focus (f) == issuing);
  press (f, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK);
  g_assert_true (focus (f) == superior);
  press (f, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK);
  g_assert_true (in_widget (f, document_field (f, "style")));

  /* The row hands the focus to its text, where the typing goes. */
  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (focus (f) == superior);
  expected = g_string_new (p->superior_body);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_string_insert (expected, (gssize) (g_utf8_offset_to_pointer (expected->str,
                                                                  gtk_text_iter_get_offset (&cursor))
                                       - expected->str), "X");
  type (f, "X");
  g_assert_cmpstr (p->superior_body, ==, expected->str);
}

/* Tab into a field with text puts the caret after it, nothing selected: the next key
 * adds to the text instead of replacing it. */
static void
test_tab_keeps_text (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *kind = document_field (f, "kind_code");
  GtkWidget *body = document_field (f, "body_code");
  CtProgramme *p = ct_window_get_programme (f->window);
  int start, end;

  ct_test_wait_mapped (body);
  gtk_editable_set_text (GTK_EDITABLE (body), "VP");
  g_assert_true (gtk_widget_grab_focus (kind));
  press (f, GDK_KEY_Tab, 0);
  g_assert_true (in_widget (f, body));
  g_assert_true (GTK_IS_TEXT (focus (f)));
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (focus (f)), &start, &end));
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (focus (f))), ==, 2);
  type (f, "UB");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (body)), ==, "VPUB");
  g_assert_cmpstr (p->body_code, ==, "VPUB");
}

static gboolean
opened_january (gpointer data)
{
  Fixture *f = data;
  CtProgramme *p = ct_window_get_programme (f->window);

  return p != NULL && p->period_year == 2027 && p->period_index == 1
         && !ct_window_get_busy (f->window);
}

/* Ctrl+N, then Create: the new programme opens with the focus in the first field left
 * to type, its number (the superior and issuing bodies come from the month before). */
static void
test_new_programme_focus (Fixture       *f,
                          gconstpointer  data)
{
  GtkWindow *dialog;
  CtProgramme *p;

  press (f, GDK_KEY_n, GDK_CONTROL_MASK);
  dialog = ct_test_find_toplevel (CT_TYPE_NEW_PROGRAMME_DIALOG);
  g_assert_nonnull (dialog);
  ct_new_programme_dialog_set_period (CT_NEW_PROGRAMME_DIALOG (dialog), 2027, 1, TRUE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "create");
  g_assert_true (ct_test_wait_until (opened_january, f, 10));
  ct_test_wait_window (f->window);
  p = ct_window_get_programme (f->window);
  g_assert_nonnull (p->superior_body);
  g_assert_nonnull (p->issuing_body);
  g_assert_cmpuint (p->number, ==, 0);
  g_assert_true (in_widget (f, document_field (f, "number")));
  g_assert_true (GTK_IS_TEXT (focus (f)));
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  Fixture *f;
  GtkWidget *widget;
} InWidget;

/* Whether the focus is in @w's widget and shows whole in the form's view. */
static gboolean
focus_shown_in_widget (gpointer data)
{
  InWidget *w = data;
  GtkWidget *now = gtk_window_get_focus (GTK_WINDOW (w->f->window));
  GtkWidget *scroller, *content;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value;

  if (!in_widget (w->f, w->widget))
    return FALSE;
  scroller = gtk_widget_get_ancestor (now, GTK_TYPE_SCROLLED_WINDOW);
  content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller))));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  value = gtk_adjustment_get_value (adjustment);
  return gtk_widget_get_height (now) > 0 && gtk_widget_compute_bounds (now, content, &bounds)
         && bounds.origin.y >= value
         && bounds.origin.y + bounds.size.height <= value + gtk_adjustment_get_page_size (adjustment);
}

/* "Add Section" puts the focus in the new section's title, below the open sections, and
 * the view shows it. */
static void
test_add_section_focus (Fixture       *f,
                        gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  CtProgramme *p = ct_window_get_programme (f->window);
  guint before = p->sections->len;
  GtkWidget *add = find_button (GTK_WIDGET (editor), "_Add Section");
  InWidget w = { f, NULL };

  g_assert_nonnull (add);
  for (guint i = 0; i < before; i++)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (ct_programme_editor_get_section_row (editor, i)),
                                   TRUE);
  ct_test_wait_mapped (add);
  g_assert_true (gtk_widget_grab_focus (add));
  g_signal_emit_by_name (add, "clicked");
  settle ();
  g_assert_cmpuint (p->sections->len, ==, before + 1);
  w.widget = ct_programme_editor_get_section_row (editor, before);
  g_assert_nonnull (w.widget);
  g_assert_true (ct_test_wait_until (focus_shown_in_widget, &w, 10));
  g_assert_true (GTK_IS_TEXT (focus (f)));
  type (f, "Công tác khác");
  g_assert_cmpstr (((CtSection *) g_ptr_array_index (p->sections, before))->title, ==,
                   "Công tác khác");
}

static CtItem *
first_event (CtProgramme *p)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (p->sections, i);
      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          if (item->kind == CT_ITEM_EVENT)
            return item;
        }
    }
  g_assert_not_reached ();
}

static GtkWidget *
open_item (Fixture *f,
           CtItem  *item)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  g_autofree char *uuid = g_strdup (item->uuid);
  GtkWidget *form;

  ct_programme_editor_open_item (editor, uuid);
  form = ct_programme_editor_get_item_editor (editor);
  g_assert_nonnull (form);
  ct_test_wait_mapped (form);
  return form;
}

/* Whether all of the focused agenda row shows in the item page's scrolled view. */
static gboolean
agenda_row_shown (gpointer data)
{
  Fixture *f = data;
  GtkWidget *row = gtk_widget_get_ancestor (focus (f), CT_TYPE_AGENDA_ROW);
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  double value = gtk_adjustment_get_value (adjustment);
  graphene_rect_t bounds;

  return gtk_widget_get_height (row) > 0
         && gtk_widget_compute_bounds (row, content, &bounds)
         && bounds.origin.y >= value
         && bounds.origin.y + bounds.size.height <= value + gtk_adjustment_get_page_size (adjustment);
}

/* Enter at the end of the last of many agenda items starts the next, below the view:
 * the view scrolls to show all of it. */
static void
test_agenda_row_scrolled (Fixture       *f,
                          gconstpointer  data)
{
  CtItem *event = first_event (ct_window_get_programme (f->window));
  GtkWidget *form, *row;
  guint before;

  for (guint i = 0; i < 16; i++)
    {
      g_autofree char *text = g_strdup_printf ("Báo cáo chuyên đề số %u của các phòng", i + 1);
      ct_item_add_agenda_item (event, text, "Phòng Nội vụ");
    }
  before = event->agenda->len;
  form = open_item (f, event);
  row = ct_item_editor_add_agenda_item (CT_ITEM_EDITOR (form));
  /* An item added at the end is typed in, then Enter starts another. */
  g_assert_true (in_widget (f, row));
  type (f, "Tổng kết");
  press (f, GDK_KEY_Return, 0);
  g_assert_cmpuint (event->agenda->len, ==, before + 2);
  row = gtk_widget_get_ancestor (focus (f), CT_TYPE_AGENDA_ROW);
  g_assert_nonnull (row);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, before + 1);
  g_assert_true (ct_test_wait_until (agenda_row_shown, f, 10));
}

static GtkWidget *
find_popover (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = GTK_IS_POPOVER (c) ? c : find_popover (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Ctrl+Enter in a unit whose suggestions show ends the agenda and closes them. */
static void
test_unit_suggestions_closed (Fixture       *f,
                              gconstpointer  data)
{
  CtItem *event = first_event (ct_window_get_programme (f->window));
  GtkWidget *form, *row, *unit;

  ct_item_add_agenda_item (event, "Báo cáo tình hình", "Phòng Tài chính - Kế hoạch");
  form = open_item (f, event);
  row = ct_item_editor_add_agenda_item (CT_ITEM_EDITOR (form));
  unit = ct_agenda_row_get_unit_entry (CT_AGENDA_ROW (row));
  type (f, "Kế hoạch năm");
  /* Tab from the agenda text to its unit is /editor-keyboard/conference's. */
  gtk_widget_grab_focus (unit);
  g_assert_true (in_widget (f, unit));
  ct_test_guard_suggestions ();
  type (f, "Phòng Tài");
  if (!ct_test_wait_suggestions (unit))
    return;
  press (f, GDK_KEY_Return, GDK_CONTROL_MASK);
  ct_test_end_suggestions ();
  g_assert_null (gtk_widget_get_ancestor (focus (f), CT_TYPE_AGENDA_ROW));
  g_assert_false (gtk_widget_get_visible (find_popover (unit)));
}

static gboolean
check_row_focused (gpointer data)
{
  Fixture *f = data;
  GtkWidget *list = ct_programme_editor_get_check_list (ct_test_get_editor (f->window));

  return in_widget (f, list) && focus (f) != list;
}

static GtkWidget *
find_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* F8 shows the pre-signing check with the focus on its first problem; Escape goes back
 * to the field that had the focus. */
static void
test_check_panel_keys (Fixture       *f,
                       gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  GtkWidget *kind = document_field (f, "kind_code");
  GtkWidget *list = ct_programme_editor_get_check_list (editor);
  CtProgramme *p = ct_window_get_programme (f->window);
  GPtrArray *issues;
  GtkWidget *text;

  /* No number: a problem to fix before signing. */
  p->number = 0;
  ct_session_edited (ct_window_get_session (f->window), NULL);
  ct_test_wait_mapped (kind);
  g_assert_true (gtk_widget_grab_focus (kind));
  text = focus (f);
  press (f, GDK_KEY_F8, 0);
  issues = ct_programme_editor_get_issues (editor);
  g_assert_cmpuint (issues->len, >, 0);
  g_assert_true (ct_test_wait_until (check_row_focused, f, 10));
  g_assert_true (gtk_widget_get_mapped (list));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_label (focus (f)))), ==,
                   ((CtCheckIssue *) g_ptr_array_index (issues, 0))->message);
  press (f, GDK_KEY_Escape, 0);
  g_assert_true (focus (f) == text);
}

static CtItem *
first_task (CtProgramme *p)
{
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (p->sections, i);
      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          if (item->kind == CT_ITEM_TASK)
            return item;
        }
    }
  g_assert_not_reached ();
}

/* Where @row lies in its scrolled view: FALSE when it is not laid out. */
static gboolean
row_place (GtkWidget *row,
           double    *top,
           double    *bottom,
           double    *value,
           double    *page)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_rect_t bounds;

  if (gtk_widget_get_height (row) == 0 || !gtk_widget_compute_bounds (row, content, &bounds))
    return FALSE;
  *top = bounds.origin.y;
  *bottom = bounds.origin.y + bounds.size.height;
  *value = gtk_adjustment_get_value (adjustment);
  *page = gtk_adjustment_get_page_size (adjustment);
  return TRUE;
}

/* Whether the focus is in @w's row and all of the row shows in its view. */
static gboolean
row_shown (gpointer data)
{
  InWidget *w = data;
  double top, bottom, value, page;

  return in_widget (w->f, w->widget) && row_place (w->widget, &top, &bottom, &value, &page)
         && top >= value && bottom <= value + page;
}

/* Tab into a task's due time below the view, on a laptop's screen: the view shows all of
 * its row, the status under the field (why the text typed is no due time) included. */
static void
test_tab_shows_row (Fixture       *f,
                    gconstpointer  data)
{
  CtProgramme *p = ct_window_get_programme (f->window);
  CtItem *task = first_task (p);
  g_autofree char *key = ct_programme_item_key (task, "due");
  GtkWidget *form, *due, *status, *scroller;
  InWidget w = { f, NULL };
  double top, bottom, value, page;

  ct_programme_set_unread_text (p, key, "15-16/12");
  form = open_item (f, task);
  due = ct_item_editor_get_field (CT_ITEM_EDITOR (form), "when");
  g_assert_true (CT_IS_WHEN_ROW (due));
  status = ct_when_row_get_status (CT_WHEN_ROW (due));
  ct_test_wait_mapped (due);
  g_assert_true (ct_test_wait_until (allocated, status, 10));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==,
                   "A task is due on one day: type its last day only");
  /* From the field before it, with the view at the top of the form. */
  g_assert_true (gtk_widget_grab_focus (due));
  press (f, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK);
  g_assert_false (in_widget (f, due));
  scroller = gtk_widget_get_ancestor (due, GTK_TYPE_SCROLLED_WINDOW);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                            0);
  settle ();
  g_assert_true (row_place (due, &top, &bottom, &value, &page));
  g_assert_cmpfloat (bottom, >, value + page);
  g_assert_cmpfloat (bottom - top, <, page);
  press (f, GDK_KEY_Tab, 0);
  w.widget = due;
  g_assert_true (ct_test_wait_until (row_shown, &w, 10));
}

/* The check's jump to a field shows all of its row, the line under its field included. */
static void
test_jump_shows_row (Fixture       *f,
                     gconstpointer  data)
{
  CtProgramme *p = ct_window_get_programme (f->window);
  CtItem *task = first_task (p);
  g_autofree char *key = ct_programme_item_key (task, "due");
  g_autoptr(GPtrArray) issues = NULL;
  const CtCheckIssue *issue = NULL;
  GtkWidget *form, *due, *scroller;
  InWidget w = { f, NULL };
  double top, bottom, value, page;

  ct_programme_set_unread_text (p, key, "15-16/12");
  form = open_item (f, task);
  due = ct_item_editor_get_field (CT_ITEM_EDITOR (form), "when");
  ct_test_wait_mapped (due);
  g_assert_true (ct_test_wait_until (allocated, ct_when_row_get_status (CT_WHEN_ROW (due)), 10));
  g_assert_true (gtk_widget_grab_focus (ct_item_editor_get_field (CT_ITEM_EDITOR (form),
                                                                  "paragraph")));
  scroller = gtk_widget_get_ancestor (due, GTK_TYPE_SCROLLED_WINDOW);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                            0);
  settle ();
  g_assert_true (row_place (due, &top, &bottom, &value, &page));
  g_assert_cmpfloat (bottom, >, value + page);

  issues = ct_programme_check (p, NULL);
  for (guint i = 0; i < issues->len && issue == NULL; i++)
    if (strstr (((CtCheckIssue *) g_ptr_array_index (issues, i))->message, "15-16/12") != NULL)
      issue = g_ptr_array_index (issues, i);
  g_assert_nonnull (issue);
  ct_programme_editor_jump (ct_test_get_editor (f->window), issue);
  form = ct_programme_editor_get_item_editor (ct_test_get_editor (f->window));
  due = ct_item_editor_get_field (CT_ITEM_EDITOR (form), "when");
  g_assert_true (in_widget (f, due));
  w.widget = due;
  g_assert_true (ct_test_wait_until (row_shown, &w, 10));
}

/* Alt+2, Alt+3, Alt+4: the keys go on in the page shown, not on a button of the sidebar. */
static void
test_page_keys (Fixture       *f,
                gconstpointer  data)
{
  const char *pages[] = { "calendar", "preview", "week" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *page, *focus;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                                 pages[i]));
      page = ct_window_ensure_page (f->window, pages[i]);
      settle ();
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, page));
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s",
                                             "editor"));
  settle ();
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         GTK_WIDGET (ct_test_get_editor (f->window))));
}

/* Whether @widget is laid out at its natural width, and the height that goes with it
 * (its border box, as measured). */
static gboolean
natural_size (gpointer widget)
{
  graphene_rect_t bounds;
  int width, height;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  return gtk_widget_get_width (widget) > 0
         && gtk_widget_compute_bounds (widget, widget, &bounds)
         && bounds.size.width == width && bounds.size.height == height;
}

/* The first of the buttons adding to an open section takes the focus first from the
 * field before them; a header's button adding an agenda item keeps its own size beside
 * the long description of its group. */
static void
test_add_buttons (Fixture       *f,
                  gconstpointer  data)
{
  CtProgrammeEditor *editor = ct_test_get_editor (f->window);
  GtkWidget *row = ct_programme_editor_get_section_row (editor, 0);
  GtkWidget *add_task, *agenda, *form;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  settle ();
  add_task = find_button (row, "Add _Task");
  g_assert_nonnull (add_task);
  ct_test_wait_mapped (add_task);
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_next_sibling (add_task)));
  press (f, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK);
  press (f, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK);
  g_assert_false (gtk_widget_is_ancestor (focus (f), gtk_widget_get_parent (add_task)));
  press (f, GDK_KEY_Tab, 0);
  g_assert_true (focus (f) == add_task);

  form = open_item (f, first_event (ct_window_get_programme (f->window)));
  agenda = find_button (form, "Add _Agenda Item");
  g_assert_nonnull (agenda);
  ct_test_wait_mapped (agenda);
  g_assert_true (ct_test_wait_until (natural_size, agenda, 10));
}

/* At start, once the programme of the last session is shown, the keys begin in its form,
 * in a wide window as in a narrow one. */
static void
start_focus (int width)
{
  CtTestEditorWindow w = { 0 };
  g_autoptr(CtProgramme) sample = ct_sample_programme_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CtStore) store = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GtkWidget *focus = NULL;
  GtkWidget *expected;

  w.dir = g_dir_make_tmp ("congtac-start-focus-XXXXXX", NULL);
  w.path = g_build_filename (w.dir, "s.db", NULL);
  w.id = ct_test_editor_window_save (&w, sample);
  w.app = ct_test_application_new ("io.github.congtac.CongtacStartFocusTest");
  store = ct_store_open (w.path, &error);
  g_assert_no_error (error);
  w.window = ct_window_new (w.app, store);
  gtk_window_set_default_size (GTK_WINDOW (w.window), width, 768);
  ct_window_open_on_start (w.window, w.id);
  gtk_window_present (GTK_WINDOW (w.window));
  expected = GTK_WIDGET (ct_test_get_editor (w.window));
  while ((focus = gtk_root_get_focus (GTK_ROOT (w.window))) == NULL ||
         !gtk_widget_is_ancestor (focus, expected))
    {
      if (g_get_monotonic_time () > deadline)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_nonnull (ct_window_get_programme (w.window));
  g_assert_cmpint (ct_window_get_programme (w.window)->id, ==, w.id);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, expected));
  ct_test_editor_window_tear_down (&w);
}

static void
test_start_focus_wide (void)
{
  start_focus (1366);
}

static void
test_start_focus_narrow (void)
{
  start_focus (700);
}

int
main (int    argc,
      char **argv)
{
  ct_test_widget_init (&argc, &argv);
  CT_TEST_ADD ("/editor-focus/lines-row-tab", test_lines_row_tab);
  CT_TEST_ADD ("/editor-focus/tab-keeps-text", test_tab_keeps_text);
  CT_TEST_ADD ("/editor-focus/new-programme", test_new_programme_focus);
  CT_TEST_ADD ("/editor-focus/add-section", test_add_section_focus);
  CT_TEST_ADD ("/editor-focus/agenda-row-scrolled", test_agenda_row_scrolled);
  CT_TEST_ADD ("/editor-focus/unit-suggestions-closed", test_unit_suggestions_closed);
  CT_TEST_ADD ("/editor-focus/check-panel-keys", test_check_panel_keys);
  CT_TEST_ADD ("/editor-focus/tab-shows-row", test_tab_shows_row);
  CT_TEST_ADD ("/editor-focus/add-buttons", test_add_buttons);
  CT_TEST_ADD ("/editor-focus/jump-shows-row", test_jump_shows_row);
  CT_TEST_ADD ("/editor-focus/page-keys", test_page_keys);
  g_test_add_func ("/editor-focus/start-wide", test_start_focus_wide);
  g_test_add_func ("/editor-focus/start-narrow", test_start_focus_narrow);
  return g_test_run ();
}
