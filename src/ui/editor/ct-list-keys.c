/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-list-keys"

#include "config.h"

#include "ct-list-keys.h"
#include "ct-wrap-view.h"

/* Lists typed as in a word processor: Enter starts the next entry, Backspace in an empty
 * one takes it away, Ctrl+Enter leaves the list. The fields of a list are single-line
 * entries or wrapping text views; both answer the same keys. */

typedef struct
{
  CtListKeyFunc func;
  gpointer data;
  CtListKey key;
} ListKeys;

/**
 * ct_list_keys_dup_text:
 * @field: an editable or a text view
 *
 * Returns: (transfer full): its text
 */
char *
ct_list_keys_dup_text (GtkWidget *field)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
  g_return_val_if_fail (GTK_IS_TEXT_VIEW (field), NULL);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Returning FALSE lets the field have the key: Backspace in a field with text deletes. */
static gboolean
shortcut_cb (GtkWidget *field,
             GVariant  *args,
             gpointer   data)
{
  ListKeys *keys = data;
  g_autofree char *text = NULL;

  if (keys->key == CT_LIST_KEY_REMOVE)
    {
      text = ct_list_keys_dup_text (field);
      if (*text != '\0')
        return FALSE;
    }
  return keys->func (field, keys->key, keys->data);
}

static void
add_key (GtkShortcutController *controller,
         guint                  keyval,
         GdkModifierType        mods,
         CtListKey              key,
         CtListKeyFunc          func,
         gpointer               data)
{
  ListKeys *keys = g_new0 (ListKeys, 1);

  keys->func = func;
  keys->data = data;
  keys->key = key;
  gtk_shortcut_controller_add_shortcut (controller,
    gtk_shortcut_new (gtk_keyval_trigger_new (keyval, mods),
                      gtk_callback_action_new (shortcut_cb, keys, g_free)));
}

static void
activate_cb (GtkWidget *field,
             gpointer   data)
{
  ListKeys *keys = data;

  keys->func (field, CT_LIST_KEY_NEXT, keys->data);
}

/**
 * ct_list_keys_attach:
 * @field: a #GtkEntry, an #AdwEntryRow or a #GtkTextView of one list entry
 * @func: called for each list key
 * @data: for @func
 *
 * The keys are taken before the field sees them (capture phase): Enter never puts a line
 * break into a text view of a list. A #GtkEntry's Enter comes as "activate", after its
 * completion popup has had its say.
 */
void
ct_list_keys_attach (GtkWidget     *field,
                     CtListKeyFunc  func,
                     gpointer       data)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_key (shortcuts, GDK_KEY_Return, GDK_CONTROL_MASK, CT_LIST_KEY_END, func, data);
  add_key (shortcuts, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, CT_LIST_KEY_END, func, data);
  add_key (shortcuts, GDK_KEY_BackSpace, 0, CT_LIST_KEY_REMOVE, func, data);
  /* An entry's Enter comes as "activate", once its completion popup has had its say. */
  if (!GTK_IS_ENTRY (field))
    {
      add_key (shortcuts, GDK_KEY_Return, 0, CT_LIST_KEY_NEXT, func, data);
      add_key (shortcuts, GDK_KEY_KP_Enter, 0, CT_LIST_KEY_NEXT, func, data);
      add_key (shortcuts, GDK_KEY_Return, GDK_SHIFT_MASK, CT_LIST_KEY_NEXT, func, data);
    }
  gtk_widget_add_controller (field, controller);
  if (GTK_IS_ENTRY (field))
    {
      ListKeys *keys = g_new0 (ListKeys, 1);

      keys->func = func;
      keys->data = data;
      keys->key = CT_LIST_KEY_NEXT;
      g_signal_connect_data (field, "activate", G_CALLBACK (activate_cb), keys,
                             (GClosureNotify) (void (*) (void)) g_free, 0);
    }
}

/**
 * ct_list_keys_text_view_new:
 * @text: (nullable): the text
 * @accessible_label: its name for screen readers
 *
 * A field for a long text that wraps on as many lines as it needs, framed like an entry.
 * Its #GtkTextView is the frame's child.
 *
 * Returns: (transfer floating): the frame
 */
GtkWidget *
ct_list_keys_text_view_new (const char *text,
                            const char *accessible_label)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = ct_wrap_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  gtk_widget_add_css_class (frame, "view");
  gtk_frame_set_child (GTK_FRAME (frame), view);
  return frame;
}

/**
 * ct_list_keys_focus_end:
 * @field: an entry or a text view
 *
 * Focuses @field with the cursor after its text, nothing selected.
 */
void
ct_list_keys_focus_end (GtkWidget *field)
{
  if (GTK_IS_TEXT_VIEW (field))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
      GtkTextIter end;

      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
      gtk_widget_grab_focus (field);
    }
  else if (GTK_IS_ENTRY (field))
    {
      gtk_entry_grab_focus_without_selecting (GTK_ENTRY (field));
      gtk_editable_set_position (GTK_EDITABLE (field), -1);
    }
  else if (GTK_IS_EDITABLE (field))
    {
      gtk_widget_grab_focus (field);
      gtk_editable_select_region (GTK_EDITABLE (field), -1, -1);
      gtk_editable_set_position (GTK_EDITABLE (field), -1);
    }
  else
    gtk_widget_grab_focus (field);
  ct_list_keys_scroll_into_view (field);
}

static GtkWidget *
last_focusable (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_is_sensitive (widget))
    return NULL;
  for (GtkWidget *c = gtk_widget_get_last_child (widget); c != NULL;
       c = gtk_widget_get_prev_sibling (c))
    {
      GtkWidget *found = last_focusable (c);
      if (found != NULL)
        return found;
    }
  return gtk_widget_get_focusable (widget) && gtk_widget_get_can_focus (widget) ? widget : NULL;
}

/**
 * ct_list_keys_focus_after:
 * @list: a list of fields
 *
 * Moves the focus to the first field after @list, as Tab from its last field would.
 */
void
ct_list_keys_focus_after (GtkWidget *list)
{
  GtkWidget *last = last_focusable (list);
  GtkRoot *root = gtk_widget_get_root (list);

  if (last == NULL || root == NULL)
    return;
  gtk_widget_grab_focus (last);
  gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD);
}

/* Frames to follow a widget just added while the form is laid out. */
#define SCROLL_FRAMES 30

typedef struct
{
  guint frames;
  double y, height, upper;  /* where the widget was in the last frame, and the form's end */
} Scroll;

/* Scrolls @widget's scroller to show all of it (its top when it is taller than the
 * view). Returns: %TRUE when it shows where it was in the frame before: a row just
 * added has no size in its first frame, and the wrapped texts above it take their
 * height over the next ones, moving it down. */
static gboolean
scroll_to (GtkWidget *widget,
           Scroll    *scroll)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page;
  gboolean still;

  if (scroller == NULL)
    return TRUE;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  /* The viewport's child is the whole form, in the adjustment's coordinates. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  if (content == NULL || gtk_widget_get_height (widget) == 0
      || !gtk_widget_compute_bounds (widget, content, &bounds))
    return FALSE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y + bounds.size.height > value + page)
    value = bounds.origin.y + bounds.size.height - page;
  if (bounds.origin.y < value)
    value = bounds.origin.y;
  gtk_adjustment_set_value (adjustment, value);
  still = bounds.origin.y == scroll->y && bounds.size.height == scroll->height
          && gtk_adjustment_get_upper (adjustment) == scroll->upper;
  scroll->y = bounds.origin.y;
  scroll->height = bounds.size.height;
  scroll->upper = gtk_adjustment_get_upper (adjustment);
  return still && gtk_adjustment_get_value (adjustment) == value;
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Scroll *scroll = data;

  if (scroll_to (widget, scroll) || --scroll->frames == 0)
    return G_SOURCE_REMOVE;
  return G_SOURCE_CONTINUE;
}

/**
 * ct_list_keys_scroll_into_view:
 * @widget: a widget just added or focused in a scrolled form
 *
 * Scrolls the form, once @widget is laid out, so that all of it shows, following it
 * while the form around it takes its size.
 */
void
ct_list_keys_scroll_into_view (GtkWidget *widget)
{
  Scroll *scroll = g_new0 (Scroll, 1);

  scroll->frames = SCROLL_FRAMES;
  scroll->y = -1;
  gtk_widget_add_tick_callback (widget, scroll_tick_cb, scroll, g_free);
}
