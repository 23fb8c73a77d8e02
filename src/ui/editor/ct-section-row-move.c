/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Moving sections and items in the form: by drag and drop, and by Alt+Up/Down on an item's
 * row (past the first or last item, into the section before or after). */
#define G_LOG_DOMAIN "ct-section-row"

#include "config.h"

#include "ct-programme-edit.h"
#include "ct-section-row-private.h"

/* Drag and drop inside the form carries the dragged section or item as a CtFormTarget. */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 CtFormTarget  *payload)
{
  return gdk_content_provider_new_typed (CT_TYPE_FORM_TARGET, payload);
}

/* Takes @payload. */
GtkWidget *
ct_section_row_drag_handle (CtFormTarget *payload,
                            const char   *label)
{
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_set_tooltip_text (handle, label);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_data (source, "prepare", G_CALLBACK (drag_prepare_cb), payload,
                         (GClosureNotify) (void (*) (void)) ct_form_target_free, 0);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));
  return handle;
}

void
ct_section_row_move_section (CtSectionRow *self,
                             guint         to)
{
  CtProgramme *p = ct_session_get_programme (self->session);
  g_autoptr(CtFormTarget) focus = ct_form_target_new_section (MIN (to, p->sections->len - 1));

  ct_ptr_array_move (p->sections, self->position, to);
  ct_section_row_structure_changed (self, focus);
}

static void
move_item (CtSectionRow *self,
           const char   *uuid,
           guint         section,
           guint         position)
{
  g_autoptr(CtFormTarget) focus = ct_form_target_new_item (uuid);

  if (ct_programme_move_item (ct_session_get_programme (self->session), uuid, section, position))
    ct_section_row_structure_changed (self, focus);
}

/* A drop on a section row moves the dragged section there, or appends the dragged item. */
gboolean
ct_section_row_drop_on_section_cb (GtkDropTarget *target,
                                   const GValue  *value,
                                   double         x,
                                   double         y,
                                   CtSectionRow  *self)
{
  const CtFormTarget *dragged = g_value_get_boxed (value);
  CtProgramme *p = ct_session_get_programme (self->session);
  g_autoptr(CtFormTarget) focus = NULL;

  if (dragged == NULL)
    return FALSE;
  if (dragged->kind == CT_FORM_TARGET_ITEM)
    {
      move_item (self, dragged->item_uuid, self->position, G_MAXUINT);
      return TRUE;
    }
  if (dragged->kind != CT_FORM_TARGET_SECTION || dragged->section == self->position
      || dragged->section >= p->sections->len)
    return FALSE;
  ct_ptr_array_move (p->sections, dragged->section, self->position);
  focus = ct_form_target_new_section (self->position);
  ct_section_row_structure_changed (self, focus);
  return TRUE;
}

/* Returns: the place of @row's item in the section, or -1 when @row is not an item row. */
int
ct_section_row_item_index (CtSectionRow *self,
                           GtkWidget    *row)
{
  for (guint i = 0; i < self->item_rows->len; i++)
    if (g_array_index (self->item_rows, ItemRow, i).row == row)
      return i;
  return -1;
}

void
ct_section_row_item_clear (gpointer data)
{
  ItemRow *entry = data;

  g_clear_pointer (&entry->uuid, g_free);
}

const char *
ct_section_row_item_uuid (CtSectionRow *self,
                          guint         index)
{
  return g_array_index (self->item_rows, ItemRow, index).uuid;
}

/* A drop on an item row puts the dragged item at that row's place. */
gboolean
ct_section_row_drop_on_item_cb (GtkDropTarget *target,
                                const GValue  *value,
                                double         x,
                                double         y,
                                GtkWidget     *row)
{
  CtSectionRow *self = CT_SECTION_ROW (gtk_widget_get_ancestor (row, CT_TYPE_SECTION_ROW));
  const CtFormTarget *dragged = g_value_get_boxed (value);
  int position = ct_section_row_item_index (self, row);

  if (dragged == NULL || dragged->kind != CT_FORM_TARGET_ITEM || position < 0)
    return FALSE;
  move_item (self, dragged->item_uuid, self->position, position);
  return TRUE;
}

void
ct_section_row_add_drop_target (GtkWidget *widget,
                                GCallback  callback,
                                gpointer   data)
{
  GtkDropTarget *target = gtk_drop_target_new (CT_TYPE_FORM_TARGET, GDK_ACTION_MOVE);

  g_signal_connect (target, "drop", callback, data);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

static void
move_item_row (GtkWidget *row,
               int        delta)
{
  CtSectionRow *self = CT_SECTION_ROW (gtk_widget_get_ancestor (row, CT_TYPE_SECTION_ROW));
  int index = ct_section_row_item_index (self, row);
  guint position = index;
  CtProgramme *p = ct_session_get_programme (self->session);
  const char *uuid;

  if (index < 0)
    return;
  uuid = ct_section_row_item_uuid (self, index);

  /* Past the first or last item, the item moves to the end of the previous section or the
   * start of the next one, so the keyboard alone can carry it anywhere. */
  if (delta < 0 && position == 0)
    {
      if (self->position > 0)
        move_item (self, uuid, self->position - 1, G_MAXUINT);
    }
  else if (delta > 0 && position + 1 >= ct_section_row_model_section (self)->items->len)
    {
      if (self->position + 1 < p->sections->len)
        move_item (self, uuid, self->position + 1, 0);
    }
  else
    move_item (self, uuid, self->position, position + delta);
}

void
ct_section_row_item_move_cb (GtkWidget *button,
                             gpointer   data)
{
  move_item_row (gtk_widget_get_ancestor (button, ADW_TYPE_ACTION_ROW), GPOINTER_TO_INT (data));
}

gboolean
ct_section_row_item_key_move_cb (GtkWidget *row,
                                 GVariant  *args,
                                 gpointer   data)
{
  move_item_row (row, GPOINTER_TO_INT (data));
  return TRUE;
}

void
ct_section_row_add_move_shortcuts (GtkWidget *row,
                                   GCallback  callback)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutAction *up = gtk_callback_action_new ((GtkShortcutFunc) (void (*) (void)) callback,
                                                   GINT_TO_POINTER (-1), NULL);
  GtkShortcutAction *down = gtk_callback_action_new ((GtkShortcutFunc) (void (*) (void)) callback,
                                                     GINT_TO_POINTER (1), NULL);

  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK), up));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK), down));
  gtk_widget_add_controller (row, controller);
}
