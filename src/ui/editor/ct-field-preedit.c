/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-field"

#include "config.h"

#include "ct-field.h"

/* Keys that act on an entry's whole text while an input method still composes its last
 * word. ibus (and fcitx5) commit that word asynchronously: asked for when such a key
 * arrives, it comes after GTK has given the key to the entry's suggestions, which still
 * show those of the text without the word, so Down selects none of the right ones and
 * Enter keeps the half-typed name. These keys are held until the word is in the text,
 * then sent on. */

/* GTK 4.8 reads an entry's text again for its suggestions 100 ms after a change
 * (COMPLETION_TIMEOUT in gtkentrycompletion.c), showing them and clearing their
 * selection: a held key goes on after that, so that it acts on the new suggestions. */
#define SUGGESTIONS_SETTLE_MS 150
/* An input method that has nothing to commit after all, or does not commit when told the
 * focus left: the held keys go on after this long all the same, never lost. */
#define COMMIT_FALLBACK_MS 500

typedef struct
{
  GtkWidget *text;
  gboolean composing;
  /* The held key values, in the order they came. */
  GArray *keys;
  guint timeout_id;
} Hold;

static void
hold_free (gpointer data)
{
  Hold *hold = data;

  g_clear_handle_id (&hold->timeout_id, g_source_remove);
  g_array_unref (hold->keys);
  g_free (hold);
}

static gboolean
is_held_key (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_Down: case GDK_KEY_KP_Up: case GDK_KEY_KP_Down:
    case GDK_KEY_Page_Up: case GDK_KEY_Page_Down: case GDK_KEY_Return:
    case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter: case GDK_KEY_Tab:
    case GDK_KEY_ISO_Left_Tab:
      return TRUE;
    default:
      return FALSE;
    }
}

/* After Enter or Tab the focus may be elsewhere: nothing more is held behind them. */
static gboolean
ends_hold (guint keyval)
{
  return keyval != GDK_KEY_Up && keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Up &&
         keyval != GDK_KEY_KP_Down && keyval != GDK_KEY_Page_Up && keyval != GDK_KEY_Page_Down;
}

static gboolean
is_suggestions (GtkWidget *widget)
{
  return GTK_IS_POPOVER (widget) && gtk_widget_has_css_class (widget, "entry-completion");
}

static GtkWidget *
find_tree_view (GtkWidget *widget)
{
  if (GTK_IS_TREE_VIEW (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_tree_view (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The suggestions' popup of @text's entry while it is shown, and the list in it. */
static GtkWidget *
get_shown_suggestions (GtkWidget  *text,
                       GtkWidget **list)
{
  GtkWidget *entry = gtk_widget_get_parent (text);

  if (!GTK_IS_ENTRY (entry) || gtk_entry_get_completion (GTK_ENTRY (entry)) == NULL)
    return NULL;
  for (GtkWidget *c = gtk_widget_get_first_child (entry); c; c = gtk_widget_get_next_sibling (c))
    if (is_suggestions (c) && gtk_widget_get_mapped (c))
      {
        *list = find_tree_view (c);
        return *list != NULL ? c : NULL;
      }
  return NULL;
}

/* The row @keyval moves the selection of @list to, as GTK's suggestions do: none above
 * the first or below the last. */
static int
moved_row (GtkTreeView *list,
           guint        keyval)
{
  GtkTreeModel *model = gtk_tree_view_get_model (list);
  int n = model != NULL ? gtk_tree_model_iter_n_children (model, NULL) : 0;
  GtkTreeModel *selected_model;
  GtkTreeIter iter;
  int row = -1;

  if (gtk_tree_selection_get_selected (gtk_tree_view_get_selection (list), &selected_model,
                                       &iter))
    {
      g_autoptr(GtkTreePath) path = gtk_tree_model_get_path (selected_model, &iter);

      row = gtk_tree_path_get_indices (path)[0];
    }
  switch (keyval)
    {
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      return row < 0 ? n - 1 : row - 1;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      return row < n - 1 ? row + 1 : -1;
    case GDK_KEY_Page_Up:
      return row < 0 ? n - 1 : row == 0 ? -1 : MAX (row - 14, 0);
    case GDK_KEY_Page_Down:
      return row < 0 ? 0 : row == n - 1 ? -1 : MIN (row + 14, n - 1);
    default:
      return row;
    }
}

/* The shown suggestions of @text's entry take @keyval as GTK's take a key pressed, through
 * their list's own calls (a key controller's signal given no key event would forward it
 * as nothing): the arrows move the selection, Enter takes the selected unit, Tab closes
 * them. %FALSE when they leave the key to the entry. */
static gboolean
suggestions_take (GtkWidget *text,
                  guint      keyval)
{
  GtkWidget *list = NULL;
  GtkWidget *popup = get_shown_suggestions (text, &list);
  GtkTreeView *view = GTK_TREE_VIEW (list);
  int row;

  if (popup == NULL)
    return FALSE;
  row = moved_row (view, keyval);
  switch (keyval)
    {
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      gtk_popover_popdown (GTK_POPOVER (popup));
      if (row < 0)
        return FALSE;
      {
        g_autoptr(GtkTreePath) path = gtk_tree_path_new_from_indices (row, -1);

        /* GTK's suggestions take the row activated as the one chosen. */
        gtk_tree_view_row_activated (view, path, gtk_tree_view_get_column (view, 0));
      }
      return TRUE;
    case GDK_KEY_Tab: case GDK_KEY_ISO_Left_Tab:
      gtk_popover_popdown (GTK_POPOVER (popup));
      return FALSE;
    default:
      break;
    }
  if (row < 0)
    gtk_tree_selection_unselect_all (gtk_tree_view_get_selection (view));
  else
    {
      g_autoptr(GtkTreePath) path = gtk_tree_path_new_from_indices (row, -1);

      gtk_tree_view_set_cursor (view, path, NULL, FALSE);
    }
  return TRUE;
}

/* A held key not taken by the suggestions does what GTK does with it in an entry. */
static void
send_on (GtkWidget *text,
         guint      keyval)
{
  if (suggestions_take (text, keyval))
    return;
  switch (keyval)
    {
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      gtk_widget_activate (text);
      break;
    case GDK_KEY_Tab:
      g_signal_emit_by_name (text, "move-focus", GTK_DIR_TAB_FORWARD);
      break;
    case GDK_KEY_ISO_Left_Tab:
      g_signal_emit_by_name (text, "move-focus", GTK_DIR_TAB_BACKWARD);
      break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      g_signal_emit_by_name (text, "move-focus", GTK_DIR_UP);
      break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      g_signal_emit_by_name (text, "move-focus", GTK_DIR_DOWN);
      break;
    default:
      break;
    }
}

static void
release (Hold *hold)
{
  g_autoptr(GtkWidget) text = g_object_ref (hold->text);
  g_autoptr(GArray) keys = hold->keys;

  g_clear_handle_id (&hold->timeout_id, g_source_remove);
  hold->keys = g_array_new (FALSE, FALSE, sizeof (guint));
  /* Enter may rebuild the form around the text: each key is for the text as it was. */
  for (guint i = 0; i < keys->len && gtk_widget_get_root (text) != NULL; i++)
    send_on (text, g_array_index (keys, guint, i));
}

static gboolean
release_cb (gpointer data)
{
  Hold *hold = data;

  hold->timeout_id = 0;
  release (hold);
  return G_SOURCE_REMOVE;
}

static void
release_after (Hold *hold,
               guint ms)
{
  g_clear_handle_id (&hold->timeout_id, g_source_remove);
  hold->timeout_id = g_timeout_add (ms, release_cb, hold);
}

static void
preedit_changed_cb (GtkWidget  *text,
                    const char *preedit,
                    Hold       *hold)
{
  hold->composing = preedit != NULL && *preedit != '\0';
}

/* The word has come into the text. */
static void
changed_cb (GtkEditable *editable,
            Hold        *hold)
{
  GtkWidget *entry = gtk_widget_get_parent (hold->text);

  if (hold->keys->len == 0)
    return;
  if (GTK_IS_ENTRY (entry) && gtk_entry_get_completion (GTK_ENTRY (entry)) != NULL)
    release_after (hold, SUGGESTIONS_SETTLE_MS);
  else
    release_after (hold, 0);
}

/* The input method of @text: the one its own key controller filters keys through. */
static GtkIMContext *
get_im_context (GtkWidget *text)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (text);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c) &&
          gtk_event_controller_key_get_im_context (GTK_EVENT_CONTROLLER_KEY (c)) != NULL)
        return gtk_event_controller_key_get_im_context (GTK_EVENT_CONTROLLER_KEY (c));
    }
  return NULL;
}

/* ibus-Unikey keeps its word on a reset, but commits it when the text loses the focus:
 * the input method is told so, then that the focus is back. */
static void
commit_word (GtkWidget *text)
{
  GtkIMContext *im = get_im_context (text);

  if (im == NULL)
    {
      ct_field_commit_preedit (text);
      return;
    }
  gtk_im_context_focus_out (im);
  gtk_im_context_focus_in (im);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Hold                  *hold)
{
  gboolean plain = (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) == 0;

  if (hold->keys->len > 0)
    {
      if (plain && is_held_key (keyval) &&
          !ends_hold (g_array_index (hold->keys, guint, hold->keys->len - 1)))
        {
          g_array_append_val (hold->keys, keyval);
          return TRUE;
        }
      /* Any other key comes after the held ones. */
      release (hold);
      return FALSE;
    }
  if (!hold->composing || !plain || !is_held_key (keyval))
    return FALSE;
  g_array_append_val (hold->keys, keyval);
  release_after (hold, COMMIT_FALLBACK_MS);
  commit_word (hold->text);
  return TRUE;
}

/**
 * ct_field_hold_keys_while_composing:
 * @editable: a #GtkEntry or another editable holding a #GtkText
 *
 * Up, Down, Page Up, Page Down, Enter and Tab pressed in @editable while an input method
 * composes a word end the word first and act once it is in the text: on the
 * suggestions of a #GtkEntryCompletion for the whole text, else as they would (Enter
 * activates, Tab and the arrows move the focus).
 */
void
ct_field_hold_keys_while_composing (GtkWidget *editable)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (editable)));
  GtkEventController *controller;
  Hold *hold;

  g_return_if_fail (GTK_IS_TEXT (text));
  hold = g_new0 (Hold, 1);
  hold->text = text;
  hold->keys = g_array_new (FALSE, FALSE, sizeof (guint));
  g_object_set_data_full (G_OBJECT (text), "ct-field-hold", hold, hold_free);
  g_signal_connect (text, "preedit-changed", G_CALLBACK (preedit_changed_cb), hold);
  g_signal_connect (text, "changed", G_CALLBACK (changed_cb), hold);
  /* Before the suggestions and the input method, which see the key on the text itself. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), hold);
  gtk_widget_add_controller (text, controller);
}
