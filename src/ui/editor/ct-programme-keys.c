/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-programme-keys"

#include "config.h"

#include "ct-item-editor.h"
#include "ct-list-keys.h"
#include "ct-programme-keys.h"

/* The keys of the item pages: Escape or Alt+Left back to the programme's form,
 * Ctrl+Page Up / Ctrl+Page Down to the item before or after, in the printed order.
 * Escape in the pre-signing check goes back to the form. Tab into a row of a form shows
 * all of the row, the status or help under its field included. */

/* Set while a Tab or Shift+Tab is handled: the focus it moves brings its row into view. */
#define TABBING_KEY "ct-programme-keys-tabbing"

static gboolean
tab_done_cb (gpointer data)
{
  g_object_set_data (data, TABBING_KEY, NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
tab_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkWidget             *editor)
{
  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_ISO_Left_Tab && keyval != GDK_KEY_KP_Tab)
    return FALSE;
  if (g_object_get_data (G_OBJECT (editor), TABBING_KEY) == NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT, tab_done_cb, g_object_ref (editor), g_object_unref);
  g_object_set_data (G_OBJECT (editor), TABBING_KEY, GINT_TO_POINTER (TRUE));
  /* The window moves the focus. */
  return FALSE;
}

/* The viewport shows the field that takes the focus, not what its row shows under it
 * (a date's status, why a text is no value): the whole row is brought into view, unless
 * it is taller than the view, where the field alone is what can show. */
static void
show_focus_row (GtkWidget *focus,
                GtkWidget *editor)
{
  GtkWidget *row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *scroller = gtk_widget_get_ancestor (focus, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;

  if (row == NULL || scroller == NULL || !gtk_widget_is_ancestor (row, scroller)
      || !gtk_widget_is_ancestor (scroller, editor))
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  if (gtk_widget_get_height (row) <= gtk_adjustment_get_page_size (adjustment))
    ct_list_keys_scroll_into_view (row);
}

static const char *
open_uuid (CtProgrammeEditor *editor)
{
  GtkWidget *form = ct_programme_editor_get_item_editor (editor);

  return form != NULL ? ct_item_editor_get_uuid (CT_ITEM_EDITOR (form)) : NULL;
}

static gboolean
back_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   data)
{
  CtProgrammeEditor *editor = CT_PROGRAMME_EDITOR (widget);

  if (ct_programme_editor_leave_check (editor))
    return TRUE;
  if (open_uuid (editor) == NULL)
    return FALSE;
  ct_programme_editor_show_form (editor);
  return TRUE;
}

/* The item @delta places from the open one, all sections read as one list. */
static CtItem *
neighbour (CtProgramme *p,
           const char  *uuid,
           int          delta)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (p->sections, i);
      for (guint j = 0; j < s->items->len; j++)
        g_ptr_array_add (all, g_ptr_array_index (s->items, j));
    }
  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (((CtItem *) g_ptr_array_index (all, i))->uuid, uuid))
      {
        int to = (int) i + delta;
        return to >= 0 && to < (int) all->len ? g_ptr_array_index (all, to) : NULL;
      }
  return NULL;
}

static gboolean
step_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   data)
{
  CtProgrammeEditor *editor = CT_PROGRAMME_EDITOR (widget);
  const char *uuid = open_uuid (editor);
  CtSession *session = NULL;
  CtItem *next;

  if (uuid == NULL)
    return FALSE;
  g_object_get (editor, "session", &session, NULL);
  next = neighbour (ct_session_get_programme (session), uuid, g_variant_get_int32 (args));
  g_object_unref (session);
  /* At either end the key does nothing else either. */
  if (next != NULL)
    {
      g_autofree char *keep = g_strdup (next->uuid);
      ct_programme_editor_open_item (editor, keep);
    }
  return TRUE;
}

static void
add (GtkShortcutController *controller,
     guint                  keyval,
     GdkModifierType        mods,
     GtkShortcutFunc        func,
     GVariant              *args)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, mods),
                                            gtk_callback_action_new (func, NULL, NULL));

  if (args != NULL)
    gtk_shortcut_set_arguments (shortcut, args);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/**
 * ct_programme_keys_install:
 * @editor: the editor
 *
 * Taken before the fields see them (Alt+Left would move the focus in some), except
 * Escape, which a popup or a completion list closes first.
 */
void
ct_programme_keys_install (CtProgrammeEditor *editor)
{
  GtkEventController *capture = gtk_shortcut_controller_new ();
  GtkEventController *bubble = gtk_shortcut_controller_new ();
  GtkEventController *tab;

  gtk_event_controller_set_propagation_phase (capture, GTK_PHASE_CAPTURE);
  add (GTK_SHORTCUT_CONTROLLER (capture), GDK_KEY_Left, GDK_ALT_MASK, back_cb, NULL);
  add (GTK_SHORTCUT_CONTROLLER (capture), GDK_KEY_Page_Up, GDK_CONTROL_MASK, step_cb,
       g_variant_new_int32 (-1));
  add (GTK_SHORTCUT_CONTROLLER (capture), GDK_KEY_Page_Down, GDK_CONTROL_MASK, step_cb,
       g_variant_new_int32 (1));
  add (GTK_SHORTCUT_CONTROLLER (bubble), GDK_KEY_Escape, 0, back_cb, NULL);
  gtk_widget_add_controller (GTK_WIDGET (editor), capture);
  gtk_widget_add_controller (GTK_WIDGET (editor), bubble);
  tab = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (tab, GTK_PHASE_CAPTURE);
  g_signal_connect (tab, "key-pressed", G_CALLBACK (tab_pressed_cb), editor);
  gtk_widget_add_controller (GTK_WIDGET (editor), tab);
}

/* GTK selects the whole text of an entry that takes the focus from the keyboard (the
 * setting gtk-entry-select-on-focus, for the whole display), and the next key then
 * replaces what was there. In the form a clerk tabs into a field to add to it: the caret
 * goes after the text instead. The text is selected once the focus has moved, so this
 * runs just after, before the next key is read. */
static gboolean
caret_to_end_cb (gpointer data)
{
  GtkEditable *text = data;
  int start, end;

  if (gtk_widget_has_focus (data) && gtk_editable_get_selection_bounds (text, &start, &end)
      && start == 0 && end == g_utf8_strlen (gtk_editable_get_text (text), -1))
    gtk_editable_set_position (text, -1);
  return G_SOURCE_REMOVE;
}

static void
focus_widget_cb (GtkWindow  *window,
                 GParamSpec *pspec,
                 GtkWidget  *editor)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  if (focus == NULL || !gtk_widget_is_ancestor (focus, editor))
    return;
  if (GTK_IS_TEXT (focus))
    g_idle_add_full (G_PRIORITY_HIGH, caret_to_end_cb, g_object_ref (focus), g_object_unref);
  if (g_object_get_data (G_OBJECT (editor), TABBING_KEY) != NULL)
    show_focus_row (focus, editor);
}

/**
 * ct_programme_keys_show_focus_row:
 * @editor: the editor
 *
 * Brings the whole row of the field with the focus into view, as Tab does: where a jump
 * to a field has put it.
 */
void
ct_programme_keys_show_focus_row (CtProgrammeEditor *editor)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (editor));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (editor)))
    show_focus_row (focus, GTK_WIDGET (editor));
}

/**
 * ct_programme_keys_set_root:
 * @editor: the editor
 * @root: (nullable): the window it was added to, or %NULL when it is taken out of it
 * @old: (nullable): the window it is taken out of
 *
 * Follows the focus in @root: a field of the editor that takes it keeps its text
 * unselected, with the caret at its end; one reached by Tab shows its whole row.
 */
void
ct_programme_keys_set_root (CtProgrammeEditor *editor,
                            GtkRoot           *root,
                            GtkRoot           *old)
{
  if (GTK_IS_WINDOW (old))
    g_signal_handlers_disconnect_by_func (old, focus_widget_cb, editor);
  if (GTK_IS_WINDOW (root))
    g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (focus_widget_cb),
                             editor, 0);
}
