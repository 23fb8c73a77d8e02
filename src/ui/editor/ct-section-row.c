/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-section-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-field.h"
#include "ct-form-target.h"
#include "ct-format.h"
#include "ct-paste-items.h"
#include "ct-paste-offer.h"
#include "ct-programme-edit.h"
#include "ct-section-row-private.h"
#include "ct-summary.h"
#include "ct-text.h"


G_DEFINE_FINAL_TYPE (CtSectionRow, ct_section_row, ADW_TYPE_EXPANDER_ROW)


enum {
  PROP_0,
  PROP_SESSION,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_ITEM,
  REBUILD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

CtSection *
ct_section_row_model_section (CtSectionRow *self)
{
  return g_ptr_array_index (ct_session_get_programme (self->session)->sections, self->position);
}

/* Structural edits record an undo step of their own and ask the editor to rebuild, putting
 * the focus back on @focus (a section or an item). */
void
ct_section_row_structure_changed (CtSectionRow       *self,
                                  const CtFormTarget *focus)
{
  ct_session_edited (self->session, NULL);
  g_signal_emit (self, signals[REBUILD], 0, focus);
}

static const char *
kind_label (const CtItem *item)
{
  switch (item->kind)
    {
    case CT_ITEM_TASK:
      return _("Task");
    case CT_ITEM_EVENT:
      return _("Event");
    case CT_ITEM_RECURRING:
      return item->recurrence == CT_RECURRENCE_WEEKLY ? _("Weekly") : _("Monthly");
    default:
      return "";
    }
}

/* The kind, and for a task its due time: "Task · due 15/12/2026", "Task · quý IV". */
static char *
item_subtitle (const CtItem *item)
{
  g_autofree char *date = NULL;

  if (item->kind != CT_ITEM_TASK)
    return g_strdup (kind_label (item));
  if (!ct_text_is_blank (item->vague_when))
    /* Translators: a task's row in the form; %s is its due time as typed ("quý IV") */
    return g_strdup_printf (_("Task · %s"), item->vague_when);
  if (!g_date_valid (&item->end_date))
    return g_strdup (kind_label (item));
  date = ct_format_date_short (&item->end_date);
  /* Translators: a task's row in the form; %s is its due date ("15/12/2026") */
  return g_strdup_printf (_("Task · due %s"), date);
}

static void
item_activated_cb (AdwActionRow *row,
                   CtSectionRow *self)
{
  int index = ct_section_row_item_index (self, GTK_WIDGET (row));

  if (index >= 0)
    g_signal_emit (self, signals[OPEN_ITEM], 0, ct_section_row_item_uuid (self, index));
}


static GtkWidget *
create_item_row (CtSectionRow *self,
                 CtItem       *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *summary = ct_item_dup_summary (item);
  g_autofree char *subtitle = item_subtitle (item);
  GtkWidget *up = ct_field_icon_button ("go-up-symbolic", _("Move Item Up"));
  GtkWidget *down = ct_field_icon_button ("go-down-symbolic", _("Move Item Down"));
  GtkWidget *handle;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *summary ? summary : _("(empty)"));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  handle = ct_section_row_drag_handle (ct_form_target_new_item (item->uuid), _("Drag to Move"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), handle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_signal_connect (up, "clicked", G_CALLBACK (ct_section_row_item_move_cb), GINT_TO_POINTER (-1));
  g_signal_connect (down, "clicked", G_CALLBACK (ct_section_row_item_move_cb), GINT_TO_POINTER (1));
  g_signal_connect (row, "activated", G_CALLBACK (item_activated_cb), self);
  ct_section_row_add_move_shortcuts (row, G_CALLBACK (ct_section_row_item_key_move_cb));
  ct_section_row_add_drop_target (row, G_CALLBACK (ct_section_row_drop_on_item_cb), row);
  return row;
}

static void
add_item_cb (GtkWidget *button,
             gpointer   data)
{
  CtSectionRow *self = CT_SECTION_ROW (gtk_widget_get_ancestor (button, CT_TYPE_SECTION_ROW));
  CtItemKind kind = GPOINTER_TO_INT (data);
  CtItem *item = ct_item_new (kind);
  g_autofree char *uuid = g_strdup (item->uuid);

  if (kind == CT_ITEM_TASK)
    ct_item_add_paragraph (item, "");
  ct_section_add_item (ct_section_row_model_section (self), item);
  ct_session_edited (self->session, NULL);
  g_signal_emit (self, signals[OPEN_ITEM], 0, uuid);
}

/* The buttons' labels break between words when the column is narrow: on one line, the
 * row of buttons would be wider than the column, and the clamp would then widen the whole
 * form (and move it sideways) as soon as a section opens. */
static GtkWidget *
add_button_new (const char *label)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

  gtk_label_set_wrap (GTK_LABEL (child), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (child), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
create_add_row (void)
{
  static const struct { CtItemKind kind; const char *label; } kinds[] = {
    { CT_ITEM_TASK, N_("Add _Task") },
    { CT_ITEM_EVENT, N_("Add _Event") },
    { CT_ITEM_RECURRING, N_("Add _Weekly Item") },
  };
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* The row does nothing itself: Tab goes straight to each button, with its own ring. */
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *button = add_button_new (_(kinds[i].label));

      g_signal_connect (button, "clicked", G_CALLBACK (add_item_cb),
                        GINT_TO_POINTER (kinds[i].kind));
      gtk_box_append (GTK_BOX (box), button);
    }
  {
    GtkWidget *paste = add_button_new (_("_Paste as Items"));

    gtk_widget_set_tooltip_text (paste, _("Read the copied lines as items of this section "
                                          "(Ctrl+Shift+V)"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (paste), "section.paste-items");
    gtk_box_append (GTK_BOX (box), paste);
  }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(CtSectionRow) self = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  /* The form may have been rebuilt or closed meanwhile: this row is then gone. */
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL || self->session == NULL)
    return;
  if (text == NULL || ct_text_is_blank (text))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s",
                                _("The clipboard holds no text to paste as items"));
  else
    ct_section_row_paste_text (self, text, FALSE);
}

static void
paste_items_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, clipboard_read_cb,
                                 g_object_ref (widget));
}

static void
title_changed_cb (CtSectionRow *self)
{
  ct_section_row_update_numeral (self);
}

static void
section_move_cb (GtkWidget *button,
                 gpointer   data)
{
  ct_section_row_move (CT_SECTION_ROW (gtk_widget_get_ancestor (button, CT_TYPE_SECTION_ROW)),
                       GPOINTER_TO_INT (data));
}

static gboolean
section_key_move_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   data)
{
  ct_section_row_move (CT_SECTION_ROW (widget), GPOINTER_TO_INT (data));
  return TRUE;
}

static void
section_remove_cb (GtkWidget    *button,
                   CtSectionRow *self)
{
  CtProgramme *p = ct_session_get_programme (self->session);
  CtSection *section = g_ptr_array_index (p->sections, self->position);
  g_autoptr(CtFormTarget) focus = ct_form_target_new_section (self->position > 0
                                                               ? self->position - 1 : 0);
  g_autofree char *message = NULL;

  message = ct_text_is_blank (section->title)
              ? g_strdup (_("Section removed"))
              /* Translators: %s is the removed section's title. */
              : g_strdup_printf (_("Section “%s” removed"), section->title);
  gtk_widget_activate_action (button, "win.toast-undoable", "s", message);
  g_ptr_array_remove_index (p->sections, self->position);
  ct_section_row_structure_changed (self, focus);
}

/* The rows inside a section (heading, items, "add") are built when it is first expanded:
 * most sections of an opened programme stay closed, and building them all was most of
 * the time a programme took to open. */
static void
ensure_children (CtSectionRow *self)
{
  CtSection *section;

  if (self->title_row != NULL)
    return;
  section = ct_section_row_model_section (self);
  self->title_row = ct_field_entry_row (_("Heading"), &section->title, self->session);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (title_changed_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->title_row);
  for (guint i = 0; i < section->items->len; i++)
    {
      CtItem *item = g_ptr_array_index (section->items, i);
      ItemRow entry = { create_item_row (self, item), g_strdup (item->uuid) };

      g_array_append_val (self->item_rows, entry);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (self), entry.row);
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), create_add_row ());
}

static void
expanded_cb (CtSectionRow *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    ensure_children (self);
}

/* The section's items, in order, as their UUIDs. */
static GStrv
dup_uuids (const CtSection *section)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < section->items->len; i++)
    g_strv_builder_add (builder, ((CtItem *) g_ptr_array_index (section->items, i))->uuid);
  return g_strv_builder_end (builder);
}

static void
build (CtSectionRow *self)
{
  guint n_sections = ct_session_get_programme (self->session)->sections->len;
  GtkWidget *up = ct_field_icon_button ("go-up-symbolic", _("Move Section Up"));
  GtkWidget *down = ct_field_icon_button ("go-down-symbolic", _("Move Section Down"));
  GtkWidget *remove = ct_field_icon_button ("user-trash-symbolic", _("Remove Section"));
  g_autoptr(CtFormTarget) target = ct_form_target_new_section (self->position);
  GtkWidget *handle;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  handle = ct_section_row_drag_handle (ct_form_target_new_section (self->position),
                                       _("Drag to Move"));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (self), handle);
  /* Actions are packed from the end: this shows up, down, remove. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), remove);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), down);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (self), up);
  gtk_widget_set_sensitive (up, self->position > 0);
  gtk_widget_set_sensitive (down, self->position + 1 < n_sections);
  g_signal_connect (up, "clicked", G_CALLBACK (section_move_cb), GINT_TO_POINTER (-1));
  g_signal_connect (down, "clicked", G_CALLBACK (section_move_cb), GINT_TO_POINTER (1));
  g_signal_connect (remove, "clicked", G_CALLBACK (section_remove_cb), self);
  ct_section_row_add_move_shortcuts (GTK_WIDGET (self), G_CALLBACK (section_key_move_cb));
  ct_section_row_add_drop_target (GTK_WIDGET (self),
                                  G_CALLBACK (ct_section_row_drop_on_section_cb), self);

  g_signal_connect (self, "notify::expanded", G_CALLBACK (expanded_cb), NULL);
  ct_section_row_update_numeral (self);
  ct_paste_offer_watch (GTK_WIDGET (self), self->session, target);
}

static void
ct_section_row_dispose (GObject *object)
{
  CtSectionRow *self = CT_SECTION_ROW (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->section, ct_section_unref);

  G_OBJECT_CLASS (ct_section_row_parent_class)->dispose (object);
}

static void
ct_section_row_finalize (GObject *object)
{
  CtSectionRow *self = CT_SECTION_ROW (object);

  g_clear_pointer (&self->item_rows, g_array_unref);
  g_clear_pointer (&self->uuids, g_strfreev);

  G_OBJECT_CLASS (ct_section_row_parent_class)->finalize (object);
}

static void
ct_section_row_constructed (GObject *object)
{
  CtSectionRow *self = CT_SECTION_ROW (object);

  G_OBJECT_CLASS (ct_section_row_parent_class)->constructed (object);

  g_return_if_fail (self->session != NULL);
  g_return_if_fail (self->position < ct_session_get_programme (self->session)->sections->len);
  self->section = ct_section_ref (ct_section_row_model_section (self));
  self->uuids = dup_uuids (self->section);
  self->last = self->position + 1 == ct_session_get_programme (self->session)->sections->len;
  build (self);
}

static void
ct_section_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CtSectionRow *self = CT_SECTION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_section_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CtSectionRow *self = CT_SECTION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_section_row_class_init (CtSectionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_section_row_dispose;
  object_class->finalize = ct_section_row_finalize;
  object_class->constructed = ct_section_row_constructed;
  object_class->get_property = ct_section_row_get_property;
  object_class->set_property = ct_section_row_set_property;

  /**
   * CtSectionRow:session:
   *
   * The editing session whose programme holds the section.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, CT_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                         | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * CtSectionRow:position:
   *
   * The section's index in the programme; a move rebuilds the rows.
   */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS
                       | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CtSectionRow::open-item:
   * @uuid: the item to edit
   */
  signals[OPEN_ITEM] = g_signal_new ("open-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * CtSectionRow::rebuild:
   * @focus: (type CtFormTarget): what to focus once rebuilt, a section or an item
   *
   * Sections or items were added, removed or moved: the list must be rebuilt.
   */
  gtk_widget_class_install_action (widget_class, "section.paste-items", NULL,
                                   paste_items_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_V,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "section.paste-items", NULL);
  signals[REBUILD] = g_signal_new ("rebuild", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, CT_TYPE_FORM_TARGET);
}

static void
ct_section_row_init (CtSectionRow *self)
{
  self->item_rows = g_array_new (FALSE, FALSE, sizeof (ItemRow));
  g_array_set_clear_func (self->item_rows, ct_section_row_item_clear);
}

/**
 * ct_section_row_new:
 * @session: the editing session
 * @position: the section's index in the programme
 *
 * One section of the form: its numbered heading (editable), its items as one-line
 * summaries that open the item form, buttons to add items, and moves by drag and drop,
 * buttons or Alt+Up / Alt+Down.
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
ct_section_row_new (CtSession *session,
                    guint      position)
{
  g_return_val_if_fail (CT_IS_SESSION (session), NULL);

  return g_object_new (CT_TYPE_SECTION_ROW, "session", session, "position", position, NULL);
}

/**
 * ct_section_row_move:
 * @self: a row
 * @delta: -1 to move the section up, 1 to move it down
 *
 * Moves the section (what the buttons and Alt+Up / Alt+Down do); the editor is asked to
 * rebuild with the focus on the moved section.
 */
void
ct_section_row_move (CtSectionRow *self,
                     int           delta)
{
  CtProgramme *p;

  g_return_if_fail (CT_IS_SECTION_ROW (self));

  p = ct_session_get_programme (self->session);
  if ((delta < 0 && self->position == 0) || (delta > 0 && self->position + 1 >= p->sections->len))
    return;
  ct_section_row_move_section (self, self->position + delta);
}

/**
 * ct_section_row_get_position:
 * @self: a row
 *
 * Returns: the section's index (the #CtSectionRow:position property)
 */
guint
ct_section_row_get_position (CtSectionRow *self)
{
  g_return_val_if_fail (CT_IS_SECTION_ROW (self), 0);
  return self->position;
}

/**
 * ct_section_row_focus_title:
 * @self: a row
 *
 * Expands the row and puts the focus in its heading.
 */
void
ct_section_row_focus_title (CtSectionRow *self)
{
  g_return_if_fail (CT_IS_SECTION_ROW (self));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  ensure_children (self);
  gtk_widget_grab_focus (self->title_row);
}

/**
 * ct_section_row_focus_item:
 * @self: a row
 * @uuid: an item
 *
 * Expands the row and focuses the item's row.
 *
 * Returns: %TRUE when the item is in this section
 */
gboolean
ct_section_row_focus_item (CtSectionRow *self,
                           const char   *uuid)
{
  guint section;

  g_return_val_if_fail (CT_IS_SECTION_ROW (self), FALSE);

  if (!ct_programme_locate_item (ct_session_get_programme (self->session), uuid, &section,
                                 NULL) || section != self->position)
    return FALSE;
  ensure_children (self);
  for (guint i = 0; i < self->item_rows->len; i++)
    if (g_strcmp0 (ct_section_row_item_uuid (self, i), uuid) == 0)
      {
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
        gtk_widget_grab_focus (g_array_index (self->item_rows, ItemRow, i).row);
        return TRUE;
      }
  return FALSE;
}

/**
 * ct_section_row_update_numeral:
 * @self: a row
 *
 * Shows the heading with its live numeral, "IV. Hội nghị …", and the item count.
 */
void
ct_section_row_update_numeral (CtSectionRow *self)
{
  CtSection *section;
  g_autofree char *heading = NULL;
  g_autofree char *count = NULL;

  g_return_if_fail (CT_IS_SECTION_ROW (self));

  section = ct_section_row_model_section (self);
  heading = ct_section_dup_heading (section, self->position);
  /* Translators: %u is a number of items in a section. */
  count = g_strdup_printf (ngettext ("%u item", "%u items", section->items->len),
                           section->items->len);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), heading);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), count);
}

/**
 * ct_section_row_shows:
 * @self: a row
 *
 * Returns: %TRUE when the row still shows its place in the programme: the same section
 *   object there, with the same items in the same order, and last or not as it was; else
 *   the row must be built again
 */
gboolean
ct_section_row_shows (CtSectionRow *self)
{
  GPtrArray *sections;
  g_auto(GStrv) uuids = NULL;

  g_return_val_if_fail (CT_IS_SECTION_ROW (self), FALSE);

  sections = ct_session_get_programme (self->session)->sections;
  if (self->position >= sections->len || ct_section_row_model_section (self) != self->section
      || self->last != (self->position + 1 == sections->len))
    return FALSE;
  uuids = dup_uuids (self->section);
  return g_strv_equal ((const char *const *) uuids, (const char *const *) self->uuids);
}

/**
 * ct_section_row_get_section:
 * @self: a row
 *
 * Returns: (transfer none): the section the row was built for
 */
CtSection *
ct_section_row_get_section (CtSectionRow *self)
{
  g_return_val_if_fail (CT_IS_SECTION_ROW (self), NULL);
  return self->section;
}

/**
 * ct_section_row_restore:
 * @self: a row
 *
 * Shows the section's values again after an undo or redo wrote them into the same
 * section and items (#CtSession::restored): the heading, and the summary of each item
 * row whose item changed. The rows themselves stay.
 */
void
ct_section_row_restore (CtSectionRow *self)
{
  CtSection *section;

  g_return_if_fail (CT_IS_SECTION_ROW (self));

  section = ct_section_row_model_section (self);
  ct_section_row_update_numeral (self);
  if (self->title_row != NULL)
    ct_field_sync_tree (self->title_row);
  for (guint i = 0; i < self->item_rows->len && i < section->items->len; i++)
    {
      AdwPreferencesRow *row = ADW_PREFERENCES_ROW (g_array_index (self->item_rows, ItemRow, i).row);
      CtItem *item = g_ptr_array_index (section->items, i);
      g_autofree char *summary = ct_item_dup_summary (item);
      g_autofree char *subtitle = item_subtitle (item);
      const char *title = *summary ? summary : _("(empty)");

      if (g_strcmp0 (adw_preferences_row_get_title (row), title) != 0)
        adw_preferences_row_set_title (row, title);
      if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), subtitle) != 0)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
}

/**
 * ct_section_row_paste_text:
 * @self: a row
 * @text: lines copied from elsewhere
 * @field_kept: the lines were also pasted into a field, left as the user edited it since
 *
 * "Paste as Items" with @text: one undo step; a toast says what was added.
 */
void
ct_section_row_paste_text (CtSectionRow *self,
                           const char   *text,
                           gboolean      field_kept)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CtFormTarget) focus = NULL;
  g_autofree char *first = NULL;
  g_autofree char *message = NULL;
  guint added, not_understood;

  g_return_if_fail (CT_IS_SECTION_ROW (self));
  g_return_if_fail (text != NULL);

  if (!ct_paste_items (ct_session_get_programme (self->session), self->position, text, &added,
                       &not_understood, &first, &error))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", error->message);
      return;
    }
  message = field_kept ? ct_paste_items_describe_field_kept (added, not_understood)
                       : ct_paste_items_describe (added, not_understood);
  if (added == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.toast", "s", message);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "win.toast-undoable", "s", message);
  focus = ct_form_target_new_item (first);
  ct_section_row_structure_changed (self, focus);
}
