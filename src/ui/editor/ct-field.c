/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-field"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ct-date-row.h"
#include "ct-date-time.h"
#include "ct-field.h"
#include "ct-list-keys.h"

typedef struct
{
  CtSession *session;
  gpointer field;
  char key[32];
  gboolean syncing;   /* the widget is being given the member's value: not an edit */
} Binding;

typedef struct
{
  CtFieldSyncFunc func;
  gpointer data;
} Sync;

/**
 * ct_field_set_sync:
 * @widget: a widget showing a member of the programme
 * @sync: shows the member again in @widget (called by ct_field_sync_tree())
 * @data: (nullable): for @sync, owned by whoever owns @widget's binding
 */
void
ct_field_set_sync (GtkWidget       *widget,
                   CtFieldSyncFunc  sync,
                   gpointer         data)
{
  Sync *s = g_new (Sync, 1);

  s->func = sync;
  s->data = data;
  g_object_set_data_full (G_OBJECT (widget), "ct-field-sync", s, g_free);
}

/**
 * ct_field_sync_tree:
 * @root: a widget
 *
 * Shows again the members bound to the widgets inside @root (see ct_field_set_sync()),
 * after an undo or redo wrote other values into the same objects. Widgets whose value is
 * already shown are left alone.
 */
void
ct_field_sync_tree (GtkWidget *root)
{
  Sync *s = g_object_get_data (G_OBJECT (root), "ct-field-sync");

  if (s != NULL)
    s->func (root, s->data);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ct_field_sync_tree (child);
}

/**
 * ct_field_show_text:
 * @editable: a #GtkEditable
 * @text: (nullable): what it should show
 *
 * Puts @text in @editable when it shows something else, keeping the cursor where it was
 * (at the end of a shorter text) and the focus.
 */
void
ct_field_show_text (GtkWidget  *editable,
                    const char *text)
{
  int position;

  if (text == NULL)
    text = "";
  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (editable)), text))
    return;
  position = gtk_editable_get_position (GTK_EDITABLE (editable));
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  gtk_editable_set_position (GTK_EDITABLE (editable),
                             MIN (position, (int) g_utf8_strlen (text, -1)));
}

/**
 * ct_field_show_buffer_text:
 * @buffer: a text buffer
 * @text: (nullable): what it should hold
 *
 * As ct_field_show_text(), for a text view's buffer.
 */
void
ct_field_show_buffer_text (GtkTextBuffer *buffer,
                           const char    *text)
{
  g_autofree char *now = NULL;
  GtkTextIter start, end, cursor;
  int offset;

  if (text == NULL)
    text = "";
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  now = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_str_equal (now, text))
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  offset = gtk_text_iter_get_offset (&cursor);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_get_iter_at_offset (buffer, &cursor, offset);
  gtk_text_buffer_place_cursor (buffer, &cursor);
}

static Binding *
binding_new (CtSession *session,
             gpointer   field)
{
  Binding *b = g_new0 (Binding, 1);

  b->session = g_object_ref (session);
  b->field = field;
  g_snprintf (b->key, sizeof b->key, "field:%p", field);
  return b;
}

static void
binding_free (gpointer  data,
              GClosure *closure)
{
  Binding *b = data;

  g_object_unref (b->session);
  g_free (b);
}

/**
 * ct_field_disable_undo:
 * @editable: a #GtkEditable
 *
 * Turns off the entry's own undo so that Ctrl+Z reaches the window's undo, which covers
 * every field at once.
 */
void
ct_field_disable_undo (GtkWidget *editable)
{
  gtk_editable_set_enable_undo (GTK_EDITABLE (editable), FALSE);
  /* Every text field of the form comes here. */
  if (ADW_IS_PREFERENCES_ROW (editable))
    ct_field_name_text (editable, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (editable)));
}

/**
 * ct_field_name_text:
 * @editable: a #GtkEntry or an #AdwEntryRow
 * @label: what a screen reader says of it
 *
 * The text inside an entry is what takes the focus, and GTK 4.8 gives it no accessible
 * role, which leaves it out of the screen reader's tree: moving into the field then says
 * nothing. It becomes a text box named @label, before the entry is realized.
 */
void
ct_field_name_text (GtkWidget  *editable,
                    const char *label)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (editable)));

  if (!GTK_IS_TEXT (text))
    return;
  g_object_set (text, "accessible-role", GTK_ACCESSIBLE_ROLE_TEXT_BOX, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
}

/**
 * ct_field_commit_preedit:
 * @widget: a #GtkText, a #GtkTextView or an editable holding a #GtkText, or %NULL
 *
 * Ends the word an input method is still composing in @widget (ibus-Unikey or fcitx5
 * typing Telex or VNI shows it in the field, but it is not the field's text yet): the
 * input method is reset, which commits the word, so that what the field holds is what
 * the clerk sees before it is acted on.
 */
void
ct_field_commit_preedit (GtkWidget *widget)
{
  if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    widget = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (widget)));
  /* GTK 4.8 has no call to reset the input method of a GtkText outside a GtkEntry (search
   * entries, entry rows); moving the cursor by nothing resets it in every text widget. */
  if (GTK_IS_TEXT (widget) || GTK_IS_TEXT_VIEW (widget))
    g_signal_emit_by_name (widget, "move-cursor", GTK_MOVEMENT_VISUAL_POSITIONS, 0, FALSE);
}

typedef struct
{
  CtFieldFinishFunc func;
  gpointer data;
} Finisher;

/**
 * ct_field_set_finish_func:
 * @field: a widget of the form
 * @func: writes what @field holds into the programme
 * @data: passed to @func
 *
 * For a field that writes the programme only once its text is finished (the focus
 * leaves it): ct_field_finish_editing() calls @func while the focus is in @field.
 */
void
ct_field_set_finish_func (GtkWidget        *field,
                          CtFieldFinishFunc func,
                          gpointer          data)
{
  Finisher *f = g_new (Finisher, 1);

  f->func = func;
  f->data = data;
  g_object_set_data_full (G_OBJECT (field), "ct-field-finish", f, g_free);
}

/**
 * ct_field_finish_editing:
 * @focus: the window's focus widget, or %NULL
 *
 * Makes what the focused field shows part of the programme before the window acts on the
 * programme as a whole (undo, redo, save, close): the word being composed is committed and
 * a field that writes only when left (ct_field_set_finish_func()) writes now.
 */
void
ct_field_finish_editing (GtkWidget *focus)
{
  ct_field_commit_preedit (focus);
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      Finisher *f = g_object_get_data (G_OBJECT (w), "ct-field-finish");

      if (f != NULL)
        {
          f->func (f->data);
          return;
        }
    }
}

static void
text_changed_cb (GtkEditable *editable,
                 Binding     *b)
{
  char **field = b->field;
  const char *text = gtk_editable_get_text (editable);

  if (b->syncing)
    return;
  /* A one-line field holds one line: lines pasted into it are joined with spaces, in
   * the field itself, where the user sees them (a place name over two lines would
   * break the date line of the printout). The change comes back here. */
  if (strpbrk (text, "\r\n") != NULL)
    {
      g_auto(GStrv) lines = g_strsplit_set (text, "\r\n", -1);
      g_autoptr(GString) joined = g_string_new (NULL);
      int position = gtk_editable_get_position (editable);

      for (guint i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0')
          g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", lines[i]);
      gtk_editable_set_text (editable, joined->str);
      gtk_editable_set_position (editable, position);
      return;
    }

  g_free (*field);
  *field = *text ? g_strdup (text) : NULL;
  ct_session_edited (b->session, b->key);
}

/**
 * ct_field_entry_row:
 * @title: the label, also read by screen readers
 * @field: the string member to edit; %NULL when empty
 * @session: the session announcing edits
 *
 * Returns: (transfer floating): an #AdwEntryRow bound to @field
 */
static void
text_sync (GtkWidget *row,
           gpointer   data)
{
  Binding *b = data;

  b->syncing = TRUE;
  ct_field_show_text (row, *(char **) b->field);
  b->syncing = FALSE;
}

GtkWidget *
ct_field_entry_row (const char  *title,
                    char       **field,
                    CtSession   *session)
{
  GtkWidget *row = adw_entry_row_new ();
  Binding *b = binding_new (session, field);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), *field ? *field : "");
  ct_field_disable_undo (row);
  g_signal_connect_data (row, "changed", G_CALLBACK (text_changed_cb), b, binding_free, 0);
  ct_field_set_sync (row, text_sync, b);
  return row;
}

/* A long one-line text, a title: wrapped on as many lines as it takes, but one line
 * all the same: lines pasted into it are joined with spaces, and Enter goes on to the
 * next field as Tab does. */
static void
wrapped_changed_cb (GtkTextBuffer *buffer,
                    Binding       *b)
{
  char **field = b->field;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (b->syncing)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (strpbrk (text, "\r\n") != NULL)
    {
      g_auto(GStrv) lines = g_strsplit_set (text, "\r\n", -1);
      g_autoptr(GString) joined = g_string_new (NULL);

      for (guint i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0')
          g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", lines[i]);
      gtk_text_buffer_set_text (buffer, joined->str, -1);
      return;
    }
  g_free (*field);
  *field = *text ? g_strdup (text) : NULL;
  ct_session_edited (b->session, b->key);
}

static void
wrapped_sync (GtkWidget *view,
              gpointer   data)
{
  Binding *b = data;

  b->syncing = TRUE;
  ct_field_show_buffer_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                             *(char **) b->field);
  b->syncing = FALSE;
}

static gboolean
wrapped_key_cb (GtkWidget *view,
                CtListKey  key,
                gpointer   data)
{
  if (key == CT_LIST_KEY_REMOVE)
    return FALSE;
  ct_list_keys_focus_after (view);
  return TRUE;
}

/**
 * ct_field_wrapped_row:
 * @title: the label, also read by screen readers
 * @field: the string member to edit; %NULL when empty
 * @session: the session announcing edits
 *
 * Returns: (transfer floating): an #AdwPreferencesRow holding @title over a wrapping
 *   #GtkTextView bound to @field (ct_field_wrapped_row_get_view())
 */
GtkWidget *
ct_field_wrapped_row (const char  *title,
                      char       **field,
                      CtSession   *session)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *frame = ct_list_keys_text_view_new (*field, title);
  GtkWidget *view = gtk_frame_get_child (GTK_FRAME (frame));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  Binding *b = binding_new (session, field);

  g_object_set_data (G_OBJECT (row), "ct-field-view", view);
  g_signal_connect_data (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                         G_CALLBACK (wrapped_changed_cb), b, binding_free, 0);
  ct_field_set_sync (view, wrapped_sync, b);
  ct_list_keys_attach (view, wrapped_key_cb, NULL);
  return row;
}

/**
 * ct_field_wrapped_row_get_view:
 * @row: a row of ct_field_wrapped_row()
 *
 * Returns: (transfer none): its text view
 */
GtkWidget *
ct_field_wrapped_row_get_view (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "ct-field-view");
}

static void
combo_changed_cb (AdwComboRow *row,
                  GParamSpec  *pspec,
                  Binding     *b)
{
  if (b->syncing)
    return;
  *(int *) b->field = adw_combo_row_get_selected (row);
  ct_session_edited (b->session, NULL);
}

static void
combo_sync (GtkWidget *row,
            gpointer   data)
{
  Binding *b = data;

  if (adw_combo_row_get_selected (ADW_COMBO_ROW (row)) == (guint) *(int *) b->field)
    return;
  b->syncing = TRUE;
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), *(int *) b->field);
  b->syncing = FALSE;
}

/**
 * ct_field_combo_row:
 * @title: the label
 * @labels: (array zero-terminated=1): translated choices, in enum order from 0
 * @field: the enum member
 * @session: the session announcing edits
 *
 * Returns: (transfer floating): an #AdwComboRow bound to @field
 */
GtkWidget *
ct_field_combo_row (const char        *title,
                    const char *const *labels,
                    int               *field,
                    CtSession         *session)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  Binding *b;

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (model, _(labels[i]));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), *field);
  b = binding_new (session, field);
  g_signal_connect_data (row, "notify::selected", G_CALLBACK (combo_changed_cb), b,
                         binding_free, 0);
  ct_field_set_sync (row, combo_sync, b);
  return row;
}

static void
switch_changed_cb (GtkSwitch  *toggle,
                   GParamSpec *pspec,
                   Binding    *b)
{
  if (b->syncing)
    return;
  *(gboolean *) b->field = gtk_switch_get_active (toggle);
  ct_session_edited (b->session, NULL);
}

static void
switch_sync (GtkWidget *toggle,
             gpointer   data)
{
  Binding *b = data;

  if (gtk_switch_get_active (GTK_SWITCH (toggle)) == !!*(gboolean *) b->field)
    return;
  b->syncing = TRUE;
  gtk_switch_set_active (GTK_SWITCH (toggle), *(gboolean *) b->field);
  b->syncing = FALSE;
}

/**
 * ct_field_switch_row:
 * @title: the label
 * @field: the boolean member
 * @session: the session announcing edits
 *
 * Returns: (transfer floating): an #AdwActionRow with a switch bound to @field
 */
GtkWidget *
ct_field_switch_row (const char *title,
                     gboolean   *field,
                     CtSession  *session)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();
  Binding *b;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_switch_set_active (GTK_SWITCH (toggle), *field);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  b = binding_new (session, field);
  g_signal_connect_data (toggle, "notify::active", G_CALLBACK (switch_changed_cb), b,
                         binding_free, 0);
  ct_field_set_sync (toggle, switch_sync, b);
  return row;
}

/* A date row; text typed that is no day is kept under @unread_key as the parsed rows do. */
typedef struct
{
  Binding binding;
  char *unread_key;  /* nullable */
} DateBinding;

static void
date_binding_free (gpointer  data,
                   GClosure *closure)
{
  DateBinding *b = data;

  g_free (b->unread_key);
  binding_free (&b->binding, closure);
}

static void
date_changed_cb (CtDateRow   *row,
                 DateBinding *b)
{
  if (b->binding.syncing)
    return;
  ct_date_row_get_date (row, b->binding.field);
  ct_session_edited (b->binding.session, NULL);
}

static void
date_unread_changed_cb (CtDateRow   *row,
                        DateBinding *b)
{
  CtProgramme *p = ct_session_get_programme (b->binding.session);
  const char *text = ct_date_row_get_unread_text (row);

  if (b->binding.syncing || b->unread_key == NULL)
    return;
  ct_field_show_unread (GTK_WIDGET (row), p, b->unread_key, text);
  if (ct_programme_set_unread_text (p, b->unread_key, text))
    ct_session_edited (b->binding.session, NULL);
}

static void
date_sync (GtkWidget *row,
           gpointer   data)
{
  DateBinding *b = data;
  CtProgramme *p = ct_session_get_programme (b->binding.session);
  const char *unread = b->unread_key ? ct_programme_get_unread_text (p, b->unread_key) : NULL;
  GDate shown;

  ct_date_row_get_date (CT_DATE_ROW (row), &shown);
  b->binding.syncing = TRUE;
  if (unread != NULL)
    {
      if (g_strcmp0 (ct_date_row_get_unread_text (CT_DATE_ROW (row)), unread) != 0)
        ct_date_row_show_unread_text (CT_DATE_ROW (row), unread);
    }
  else if (ct_date_row_get_unread_text (CT_DATE_ROW (row)) != NULL ||
           !ct_date_equal (&shown, b->binding.field))
    ct_date_row_set_date (CT_DATE_ROW (row), b->binding.field);
  if (b->unread_key != NULL)
    ct_field_show_unread (row, p, b->unread_key, unread);
  b->binding.syncing = FALSE;
}

/**
 * ct_field_date_row:
 * @title: the label
 * @field: the date member; invalid = not set
 * @clearable: whether the date may be removed
 * @unread_key: (nullable): the key of text typed that is no day
 *   (#CtProgramme.unread_texts): "issue_date", or ct_programme_item_key()
 * @session: the session announcing edits
 *
 * Returns: (transfer floating): a #CtDateRow bound to @field; text typed that is no day
 *   is kept as typed, in error with its reason, and not written
 */
GtkWidget *
ct_field_date_row (const char *title,
                   GDate      *field,
                   gboolean    clearable,
                   const char *unread_key,
                   CtSession  *session)
{
  GtkWidget *row = ct_date_row_new (title, clearable);
  DateBinding *b = g_new0 (DateBinding, 1);

  b->binding.session = g_object_ref (session);
  b->binding.field = field;
  g_snprintf (b->binding.key, sizeof b->binding.key, "field:%p", field);
  b->unread_key = g_strdup (unread_key);
  ct_field_add_status (row);
  ct_field_disable_undo (row);
  ct_date_row_set_date (CT_DATE_ROW (row), field);
  date_sync (row, b);
  g_signal_connect_data (row, "date-changed", G_CALLBACK (date_changed_cb), b,
                         date_binding_free, 0);
  g_signal_connect (row, "unread-changed", G_CALLBACK (date_unread_changed_cb), b);
  ct_field_set_sync (row, date_sync, b);
  return row;
}
