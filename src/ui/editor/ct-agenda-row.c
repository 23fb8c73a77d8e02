/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-agenda-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-agenda-row.h"
#include "ct-field.h"
#include "ct-list-keys.h"
#include "ct-programme-edit.h"
#include "ct-text.h"

struct _CtAgendaRow
{
  GtkListBoxRow parent_instance;

  CtSession *session;
  CtItem *event;
  guint position;
  GtkWidget *text_view;
  GtkWidget *unit_entry;
  GtkWidget *subpoint_box;
  /* The unit's entry holds a name not yet written into the programme. */
  gboolean unit_dirty;
};

G_DEFINE_FINAL_TYPE (CtAgendaRow, ct_agenda_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  REBUILD,
  END_LIST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static CtAgendaItem *
get_agenda (CtAgendaRow *self)
{
  return g_ptr_array_index (self->event->agenda, self->position);
}

static void
text_changed_cb (CtAgendaRow *self)
{
  CtAgendaItem *agenda = get_agenda (self);
  g_autofree char *key = g_strdup_printf ("agenda:%p:text", (gpointer) agenda);

  g_free (agenda->text);
  agenda->text = ct_list_keys_dup_text (self->text_view);
  ct_session_edited (self->session, key);
}

/* A unit not in the directory yet is created by the store when the programme is saved:
 * the unit is written into the programme only once its name is finished (the focus
 * leaves the field, Enter, a suggestion taken), so that an autosave while the clerk types
 * never adds "Ban " or "văn " to the directory. */
static void
commit_unit (gpointer data)
{
  CtAgendaRow *self = data;
  CtAgendaItem *agenda;
  g_autofree char *key = NULL;
  const char *text;

  if (!self->unit_dirty || self->position >= self->event->agenda->len)
    return;
  /* A row left behind by an undo or a reload: its event is not the programme's any more. */
  if (ct_programme_find_item (ct_session_get_programme (self->session), self->event->uuid,
                              NULL) != self->event)
    return;
  self->unit_dirty = FALSE;
  agenda = get_agenda (self);
  text = gtk_editable_get_text (GTK_EDITABLE (self->unit_entry));
  if (g_strcmp0 (agenda->preparing_unit ? agenda->preparing_unit : "", text) == 0)
    return;
  key = g_strdup_printf ("agenda:%p:unit", (gpointer) agenda);
  g_free (agenda->preparing_unit);
  agenda->preparing_unit = *text ? g_strdup (text) : NULL;
  ct_session_edited (self->session, key);
}

/* Text put there other than by typing (the focus elsewhere) is finished already. */
static void
unit_changed_cb (CtAgendaRow *self)
{
  GtkRoot *root = gtk_widget_get_root (self->unit_entry);
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->unit_entry)));

  self->unit_dirty = TRUE;
  if (root == NULL || gtk_root_get_focus (root) != text)
    commit_unit (self);
}

/* A suggestion taken is a finished name. */
static gboolean
unit_selected_cb (GtkEntryCompletion *completion,
                  GtkTreeModel       *model,
                  GtkTreeIter        *iter,
                  CtAgendaRow        *self)
{
  g_autofree char *name = NULL;

  gtk_tree_model_get (model, iter, 0, &name, -1);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), name);
  gtk_editable_set_position (GTK_EDITABLE (self->unit_entry), -1);
  commit_unit (self);
  return TRUE;
}

static void
unit_root_focus_cb (GtkRoot     *root,
                    GParamSpec  *pspec,
                    CtAgendaRow *self)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->unit_entry)));

  if (gtk_root_get_focus (root) == text)
    return;
  g_signal_handlers_disconnect_by_func (root, unit_root_focus_cb, self);
  commit_unit (self);
}

static void
unit_focus_leave_cb (CtAgendaRow *self)
{
  GtkRoot *root = gtk_widget_get_root (self->unit_entry);
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->unit_entry)));

  /* The window going to the background is not the name being finished: the field keeps
   * the focus, and the name is finished when the focus moves on, whether the window is
   * in front again by then or not. */
  if (root != NULL && gtk_root_get_focus (root) == text)
    {
      g_signal_handlers_disconnect_by_func (root, unit_root_focus_cb, self);
      g_signal_connect_object (root, "notify::focus-widget", G_CALLBACK (unit_root_focus_cb),
                               self, 0);
      return;
    }
  commit_unit (self);
}

static void
move (CtAgendaRow *self,
      int          delta)
{
  int to = (int) self->position + delta;

  if (to < 0 || to >= (int) self->event->agenda->len)
    return;
  ct_ptr_array_move (self->event->agenda, self->position, to);
  ct_session_edited (self->session, NULL);
  g_signal_emit (self, signals[REBUILD], 0, (guint) to, CT_AGENDA_FOCUS_TEXT);
}

static void
up_cb (CtAgendaRow *self)
{
  move (self, -1);
}

static void
down_cb (CtAgendaRow *self)
{
  move (self, 1);
}

static void
remove_cb (CtAgendaRow *self)
{
  g_ptr_array_remove_index (self->event->agenda, self->position);
  ct_session_edited (self->session, NULL);
  g_signal_emit (self, signals[REBUILD], 0, self->position > 0 ? self->position - 1 : 0,
                 CT_AGENDA_FOCUS_TEXT);
}

/* Nothing typed in it: removing it by a key loses nothing. */
static gboolean
is_empty (CtAgendaRow *self)
{
  CtAgendaItem *agenda = get_agenda (self);

  return ct_text_is_blank (agenda->text) && ct_text_is_blank (agenda->preparing_unit) &&
         agenda->subpoints->len == 0;
}

/* The unit's suggestions are a popover of its entry's completion, which GTK closes on
 * the keys it sees: Ctrl+Enter, taken before it, would leave them open over the next
 * field. */
static void
close_suggestions (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_POPOVER (c))
      gtk_popover_popdown (GTK_POPOVER (c));
    else
      close_suggestions (c);
}

static gboolean
list_key_cb (GtkWidget *field,
             CtListKey  key,
             gpointer   data)
{
  CtAgendaRow *self = data;
  guint position = self->position;

  commit_unit (self);
  switch (key)
    {
    case CT_LIST_KEY_NEXT:
      g_ptr_array_insert (self->event->agenda, position + 1, ct_agenda_item_new ("", NULL));
      ct_session_edited (self->session, NULL);
      g_signal_emit (self, signals[REBUILD], 0, position + 1, CT_AGENDA_FOCUS_TEXT);
      return TRUE;
    case CT_LIST_KEY_REMOVE:
      if (field == self->unit_entry)
        {
          ct_list_keys_focus_end (self->text_view);
          return TRUE;
        }
      if (!is_empty (self) || position == 0)
        return FALSE;
      g_ptr_array_remove_index (self->event->agenda, position);
      ct_session_edited (self->session, NULL);
      g_signal_emit (self, signals[REBUILD], 0, position - 1, CT_AGENDA_FOCUS_UNIT_END);
      return TRUE;
    case CT_LIST_KEY_END:
    default:
      close_suggestions (self->unit_entry);
      /* The focus leaves first: the rebuild replaces this row. */
      g_signal_emit (self, signals[END_LIST], 0);
      if (is_empty (self))
        {
          g_ptr_array_remove_index (self->event->agenda, position);
          ct_session_edited (self->session, NULL);
          g_signal_emit (self, signals[REBUILD], 0, G_MAXUINT, CT_AGENDA_FOCUS_TEXT);
        }
      return TRUE;
    }
}

static gboolean
key_move_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   data)
{
  move (CT_AGENDA_ROW (widget), g_variant_get_int32 (args));
  return TRUE;
}

static GtkWidget *
labelled_entry (const char *text,
                const char *accessible_label,
                const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  ct_field_disable_undo (entry);
  ct_field_name_text (entry, accessible_label);
  return entry;
}

/* A unit matches what was typed when one of its words starts with it, ignoring case and
 * Vietnamese marks: "huyen" offers "UBND huyện" and "Văn phòng Huyện ủy", "Ban To" offers
 * "Ban Tổ chức". */
static gboolean
unit_matches_cb (GtkEntryCompletion *completion,
                 const char         *key,
                 GtkTreeIter        *iter,
                 gpointer            user_data)
{
  GtkTreeModel *model = gtk_entry_completion_get_model (completion);
  g_autofree char *name = NULL;

  gtk_tree_model_get (model, iter, 0, &name, -1);
  return ct_text_matches_word_start (name, key);
}

/* ------------------------------------------------------------------ sub-points */

static void rebuild_subpoints (CtAgendaRow *self, guint focus);

static guint
subpoint_index (GtkWidget *widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "ct-subpoint"));
}

static void
subpoint_changed_cb (GtkWidget *view)
{
  CtAgendaRow *self = g_object_get_data (G_OBJECT (view), "ct-agenda-row");
  GPtrArray *subpoints = get_agenda (self)->subpoints;
  guint index = subpoint_index (view);
  g_autofree char *key = g_strdup_printf ("agenda:%p:sub:%u", (gpointer) get_agenda (self),
                                          index);

  g_return_if_fail (index < subpoints->len);
  g_free (g_ptr_array_index (subpoints, index));
  g_ptr_array_index (subpoints, index) = ct_list_keys_dup_text (view);
  ct_session_edited (self->session, key);
}

static void
remove_subpoint_cb (GtkWidget   *button,
                    CtAgendaRow *self)
{
  GPtrArray *subpoints = get_agenda (self)->subpoints;
  guint index = subpoint_index (button);

  g_return_if_fail (index < subpoints->len);
  g_ptr_array_remove_index (subpoints, index);
  ct_session_edited (self->session, NULL);
  rebuild_subpoints (self, index > 0 ? index - 1 : G_MAXUINT);
}

/* Enter in a sub-point starts the next one, as in a list typed in a word processor. */
static void
add_subpoint_at (CtAgendaRow *self,
                 guint        position)
{
  g_ptr_array_insert (get_agenda (self)->subpoints, position, g_strdup (""));
  ct_session_edited (self->session, NULL);
  rebuild_subpoints (self, position);
}

static void
add_subpoint_cb (CtAgendaRow *self)
{
  add_subpoint_at (self, get_agenda (self)->subpoints->len);
}

/* Enter starts the next sub-point, Backspace in an empty one removes it, Ctrl+Enter goes
 * on past the sub-points. */
static gboolean
subpoint_key_cb (GtkWidget *view,
                 CtListKey  key,
                 gpointer   data)
{
  CtAgendaRow *self = data;
  guint index = subpoint_index (view);

  switch (key)
    {
    case CT_LIST_KEY_NEXT:
      add_subpoint_at (self, index + 1);
      return TRUE;
    case CT_LIST_KEY_REMOVE:
      g_ptr_array_remove_index (get_agenda (self)->subpoints, index);
      ct_session_edited (self->session, NULL);
      rebuild_subpoints (self, index > 0 ? index - 1 : G_MAXUINT);
      return TRUE;
    case CT_LIST_KEY_END:
    default:
      ct_list_keys_focus_after (self->subpoint_box);
      return TRUE;
    }
}

static GtkWidget *
subpoint_line (CtAgendaRow *self,
               guint        index)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  /* The letters are the document's: "a)", "b)"… */
  g_autofree char *letter = g_strdup_printf ("%c)", 'a' + (int) MIN (index, 25));
  /* Translators: %c is the sub-point's letter, e.g. "a"; %u the agenda item's number. */
  g_autofree char *label = g_strdup_printf (_("Sub-point %c of agenda item %u"),
                                            'a' + (int) MIN (index, 25), self->position + 1);
  /* It wraps, as the agenda item's own text does. */
  GtkWidget *frame = ct_list_keys_text_view_new (g_ptr_array_index (get_agenda (self)->subpoints,
                                                                    index), label);
  GtkWidget *view = gtk_frame_get_child (GTK_FRAME (frame));
  GtkWidget *remove = ct_field_icon_button ("user-trash-symbolic", _("Remove Sub-point"));
  GtkWidget *letter_label = gtk_label_new (letter);

  gtk_widget_set_hexpand (frame, TRUE);
  gtk_widget_set_valign (letter_label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (letter_label, 6);
  gtk_widget_set_valign (remove, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (view), "ct-subpoint", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (view), "ct-agenda-row", self);
  g_object_set_data (G_OBJECT (remove), "ct-subpoint", GUINT_TO_POINTER (index));
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                            G_CALLBACK (subpoint_changed_cb), view);
  ct_list_keys_attach (view, subpoint_key_cb, self);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_subpoint_cb), self);
  gtk_box_append (GTK_BOX (line), letter_label);
  gtk_box_append (GTK_BOX (line), frame);
  gtk_box_append (GTK_BOX (line), remove);
  return line;
}

static void
rebuild_subpoints (CtAgendaRow *self,
                   guint        focus)
{
  GPtrArray *subpoints = get_agenda (self)->subpoints;
  GtkWidget *child, *add;

  while ((child = gtk_widget_get_first_child (self->subpoint_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->subpoint_box), child);
  for (guint i = 0; i < subpoints->len; i++)
    {
      GtkWidget *line = subpoint_line (self, i);

      gtk_box_append (GTK_BOX (self->subpoint_box), line);
      if (i == focus)
        ct_list_keys_focus_end (gtk_frame_get_child (GTK_FRAME (
          gtk_widget_get_next_sibling (gtk_widget_get_first_child (line)))));
    }
  add = gtk_button_new_with_mnemonic (_("Add _Sub-point"));
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_subpoint_cb), self);
  gtk_box_append (GTK_BOX (self->subpoint_box), add);
  if (focus == G_MAXUINT && subpoints->len == 0 && gtk_widget_get_mapped (self->subpoint_box))
    gtk_widget_grab_focus (add);
}

static void
build (CtAgendaRow  *self,
       GtkTreeModel *units)
{
  CtAgendaItem *agenda = get_agenda (self);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *number = g_strdup_printf ("%u.", self->position + 1);
  /* Translators: %u is the agenda item's number. */
  g_autofree char *text_label = g_strdup_printf (_("Agenda item %u"), self->position + 1);
  /* Translators: %u is the agenda item's number. */
  g_autofree char *unit_label = g_strdup_printf (_("Preparing unit of agenda item %u"),
                                                 self->position + 1);
  GtkEntryCompletion *completion = gtk_entry_completion_new ();
  GtkWidget *buttons[3] = {
    ct_field_icon_button ("go-up-symbolic", _("Move Agenda Item Up")),
    ct_field_icon_button ("go-down-symbolic", _("Move Agenda Item Down")),
    ct_field_icon_button ("user-trash-symbolic", _("Remove Agenda Item")),
  };
  GCallback callbacks[3] = { G_CALLBACK (up_cb), G_CALLBACK (down_cb), G_CALLBACK (remove_cb) };

  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *frame;
  GtkWidget *prepared = gtk_label_new (_("Prepared by"));
  GtkEventController *controller;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (box), GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (line), gtk_label_new (number));
  frame = ct_list_keys_text_view_new (agenda->text, text_label);
  self->text_view = gtk_frame_get_child (GTK_FRAME (frame));
  gtk_widget_set_hexpand (frame, TRUE);
  gtk_box_append (GTK_BOX (line), frame);
  gtk_box_append (GTK_BOX (box), line);

  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (line, 18);
  gtk_widget_add_css_class (prepared, "dim-label");
  gtk_box_append (GTK_BOX (line), prepared);
  self->unit_entry = labelled_entry (agenda->preparing_unit, unit_label, _("Preparing unit"));
  gtk_widget_set_hexpand (self->unit_entry, TRUE);
  gtk_entry_completion_set_model (completion, units);
  gtk_entry_completion_set_text_column (completion, 0);
  /* Suggestions in a popup only: inline completion inserts its text a moment after a
   * key, and a quick typist's next keys then doubled words ("UBND huyện huyện"). */
  gtk_entry_completion_set_inline_completion (completion, FALSE);
  gtk_entry_completion_set_match_func (completion, unit_matches_cb, NULL, NULL);
  gtk_entry_set_completion (GTK_ENTRY (self->unit_entry), completion);
  gtk_box_append (GTK_BOX (line), self->unit_entry);
  gtk_widget_set_sensitive (buttons[0], self->position > 0);
  gtk_widget_set_sensitive (buttons[1], self->position + 1 < self->event->agenda->len);
  for (guint i = 0; i < 3; i++)
    {
      g_signal_connect_swapped (buttons[i], "clicked", callbacks[i], self);
      gtk_box_append (GTK_BOX (line), buttons[i]);
    }
  gtk_box_append (GTK_BOX (box), line);
  self->subpoint_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_start (self->subpoint_box, 18);
  rebuild_subpoints (self, G_MAXUINT);
  gtk_box_append (GTK_BOX (box), self->subpoint_box);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view)), "changed",
                            G_CALLBACK (text_changed_cb), self);
  ct_list_keys_attach (self->text_view, list_key_cb, self);
  ct_list_keys_attach (self->unit_entry, list_key_cb, self);
  g_signal_connect_swapped (self->unit_entry, "changed", G_CALLBACK (unit_changed_cb), self);
  g_signal_connect (completion, "match-selected", G_CALLBACK (unit_selected_cb), self);
  g_object_unref (completion);
  ct_field_set_finish_func (self->unit_entry, commit_unit, self);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (unit_focus_leave_cb), self);
  gtk_widget_add_controller (self->unit_entry, controller);
  /* Down and Enter with a word still composed act on the suggestions of the whole text,
   * not on those of the text without it. */
  ct_field_hold_keys_while_composing (self->unit_entry);
}

static void
ct_agenda_row_dispose (GObject *object)
{
  CtAgendaRow *self = CT_AGENDA_ROW (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->event, ct_item_unref);

  G_OBJECT_CLASS (ct_agenda_row_parent_class)->dispose (object);
}

static void
ct_agenda_row_class_init (CtAgendaRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = ct_agenda_row_dispose;

  /**
   * CtAgendaRow::rebuild:
   * @focus: the agenda position to focus once the list is rebuilt, or %G_MAXUINT
   * @part: a #CtAgendaFocus, which field of it
   */
  signals[REBUILD] = g_signal_new ("rebuild", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT,
                                   G_TYPE_UINT);
  /**
   * CtAgendaRow::end-list:
   *
   * Ctrl+Enter: the agenda is typed; the focus goes on past the list.
   */
  signals[END_LIST] = g_signal_new ("end-list", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_ALT_MASK, key_move_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_ALT_MASK, key_move_cb, "i", 1);
}

static void
ct_agenda_row_init (CtAgendaRow *self)
{
}

/**
 * ct_agenda_row_new:
 * @session: the editing session
 * @event: the event holding the agenda
 * @position: the agenda item's index
 * @units: a one-column model of unit names for type-ahead
 *
 * One agenda item: its text (wrapping on several lines) and preparing unit (typed with completion from the unit
 * directory; a new name becomes a new unit), its sub-points a), b)… (added with a button
 * or Enter in a sub-point, removed with their own button), with moves (buttons, Alt+Up /
 * Alt+Down) and removal. Enter in the text or the unit adds the next agenda item below,
 * Backspace in an empty item removes it, Ctrl+Enter ends the agenda (ct-list-keys.c).
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
ct_agenda_row_new (CtSession    *session,
                   CtItem       *event,
                   guint         position,
                   GtkTreeModel *units)
{
  CtAgendaRow *self = g_object_new (CT_TYPE_AGENDA_ROW, NULL);

  self->session = g_object_ref (session);
  self->event = ct_item_ref (event);
  self->position = position;
  build (self, units);
  return GTK_WIDGET (self);
}

/**
 * ct_agenda_row_focus:
 * @self: a row
 * @part: which field, and where in it
 */
void
ct_agenda_row_focus (CtAgendaRow   *self,
                     CtAgendaFocus  part)
{
  g_return_if_fail (CT_IS_AGENDA_ROW (self));

  if (part == CT_AGENDA_FOCUS_UNIT_END)
    ct_list_keys_focus_end (self->unit_entry);
  else if (part == CT_AGENDA_FOCUS_UNIT)
    gtk_widget_grab_focus (self->unit_entry);
  else
    {
      gtk_widget_grab_focus (self->text_view);
      ct_list_keys_scroll_into_view (GTK_WIDGET (self));
    }
}

/**
 * ct_agenda_row_get_text_view:
 * @self: a row
 *
 * Returns: (transfer none): the text's view
 */
GtkWidget *
ct_agenda_row_get_text_view (CtAgendaRow *self)
{
  g_return_val_if_fail (CT_IS_AGENDA_ROW (self), NULL);
  return self->text_view;
}

/**
 * ct_agenda_row_get_unit_entry:
 * @self: a row
 *
 * Returns: (transfer none): the preparing unit's entry
 */
GtkWidget *
ct_agenda_row_get_unit_entry (CtAgendaRow *self)
{
  g_return_val_if_fail (CT_IS_AGENDA_ROW (self), NULL);
  return self->unit_entry;
}
