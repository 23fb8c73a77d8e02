/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-programme-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-form-target.h"
#include "ct-list-keys.h"
#include "ct-programme-editor-private.h"
#include "ct-section-row.h"

/* The programme form's sections: their rows built, kept up to date after a structural
 * change, and the focus and the view put back where the reader was. */

static GtkWidget *new_section_row (CtProgrammeEditor *self, guint position);

static void
section_open_item_cb (CtSectionRow      *row,
                      const char        *uuid,
                      CtProgrammeEditor *self)
{
  ct_programme_editor_open_item (self, uuid);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  CtProgrammeEditor *self = data;
  g_autoptr(CtFormTarget) focus = g_steal_pointer (&self->rebuild_focus);

  if (self->session != NULL && self->section_list != NULL)
    ct_programme_editor_sync_sections (self, focus);
  return G_SOURCE_REMOVE;
}

static void
section_rebuild_cb (CtSectionRow       *row,
                    const CtFormTarget *focus,
                    CtProgrammeEditor  *self)
{
  /* The row asking is among those replaced: rebuild once the signal has returned. */
  g_clear_pointer (&self->rebuild_focus, ct_form_target_free);
  self->rebuild_focus = focus ? ct_form_target_copy (focus) : NULL;
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle_cb, g_object_ref (self), g_object_unref);
}

static void
add_section_cb (CtProgrammeEditor *self)
{
  CtProgramme *p = ct_session_get_programme (self->session);
  g_autoptr(CtFormTarget) focus = NULL;
  GtkWidget *row;

  ct_programme_add_section (p, "");
  ct_session_edited (self->session, NULL);
  focus = ct_form_target_new_heading (p->sections->len - 1);
  ct_programme_editor_sync_sections (self, focus);
  /* The view goes to the new section, whose title has the focus, rather than back to
   * where the reader was: the section comes below the others, out of sight. */
  self->has_restore_scroll = FALSE;
  row = ct_programme_editor_get_section_row (self, p->sections->len - 1);
  if (row != NULL)
    ct_list_keys_scroll_into_view (row);
}

GtkWidget *
ct_programme_editor_build_sections (CtProgrammeEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add Section"));
  CtProgramme *p = ct_session_get_programme (self->session);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Sections"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
    _("Drag a section or an item by its handle, or move it with Alt+Up and Alt+Down."));
  gtk_widget_add_css_class (add, "flat");
  /* Its own size beside the group's description, not the height or width left. */
  gtk_widget_set_halign (add, GTK_ALIGN_END);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_section_cb), self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
  self->section_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->section_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->section_list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->section_list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sections"), -1);
  for (guint i = 0; i < p->sections->len; i++)
    gtk_list_box_append (self->section_list, new_section_row (self, i));
  gtk_widget_set_visible (GTK_WIDGET (self->section_list), p->sections->len > 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->section_list));
  return group;
}

static GtkWidget *
new_section_row (CtProgrammeEditor *self,
                 guint              position)
{
  GtkWidget *row = ct_section_row_new (self->session, position);

  g_signal_connect (row, "open-item", G_CALLBACK (section_open_item_cb), self);
  g_signal_connect (row, "rebuild", G_CALLBACK (section_rebuild_cb), self);
  return row;
}

/* Brings the section rows up to date with the programme after sections or items were
 * added, removed or moved: a row that still shows its place stays (with its heading and
 * summaries shown again), the others are built again, open if their section was. Then
 * the focus goes to @focus, the view staying where the reader was. */
void
ct_programme_editor_sync_sections (CtProgrammeEditor  *self,
                                   const CtFormTarget *focus)
{
  CtProgramme *p = ct_session_get_programme (self->session);
  g_autoptr(GHashTable) expanded = g_hash_table_new (NULL, NULL);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->form_scroller);
  double scroll = gtk_adjustment_get_value (adjustment);
  gboolean replaced = FALSE;
  GtkWidget *row;

  for (guint i = 0; (row = ct_programme_editor_get_section_row (self, i)) != NULL; i++)
    if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
      g_hash_table_add (expanded, ct_section_row_get_section (CT_SECTION_ROW (row)));
  for (guint i = 0; i < p->sections->len; i++)
    {
      GtkWidget *fresh;

      row = ct_programme_editor_get_section_row (self, i);
      if (row != NULL && ct_section_row_shows (CT_SECTION_ROW (row)))
        {
          ct_section_row_restore (CT_SECTION_ROW (row));
          continue;
        }
      if (row != NULL)
        gtk_list_box_remove (self->section_list, row);
      fresh = new_section_row (self, i);
      gtk_list_box_insert (self->section_list, fresh, i);
      if (g_hash_table_contains (expanded, g_ptr_array_index (p->sections, i)))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (fresh), TRUE);
      replaced = TRUE;
    }
  while ((row = ct_programme_editor_get_section_row (self, p->sections->len)) != NULL)
    {
      gtk_list_box_remove (self->section_list, row);
      replaced = TRUE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->section_list), p->sections->len > 0);
  ct_programme_editor_apply_focus (self, focus);
  if (!replaced)
    return;
  /* After the new rows are laid out (an idle can run before that). */
  self->restore_scroll = scroll;
  self->has_restore_scroll = TRUE;
  g_clear_pointer (&self->restore_focus, ct_form_target_free);
  self->restore_focus = focus ? ct_form_target_copy (focus) : NULL;
  g_timeout_add_full (G_PRIORITY_LOW, 50, ct_programme_editor_restore_scroll_cb, g_object_ref (self), g_object_unref);
}

void
ct_programme_editor_apply_focus (CtProgrammeEditor  *self,
                                 const CtFormTarget *focus)
{
  GtkWidget *row;

  if (focus == NULL)
    return;
  ct_programme_editor_complete_form (self);
  switch (focus->kind)
    {
    case CT_FORM_TARGET_HEADING:
      row = ct_programme_editor_get_section_row (self, focus->section);
      if (row != NULL)
        ct_section_row_focus_title (CT_SECTION_ROW (row));
      break;
    case CT_FORM_TARGET_SECTION:
      row = ct_programme_editor_get_section_row (self, focus->section);
      if (row != NULL && !gtk_widget_grab_focus (row))
        gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
      break;
    case CT_FORM_TARGET_ITEM:
    default:
      for (row = gtk_widget_get_first_child (GTK_WIDGET (self->section_list));
           row != NULL; row = gtk_widget_get_next_sibling (row))
        if (CT_IS_SECTION_ROW (row)
            && ct_section_row_focus_item (CT_SECTION_ROW (row), focus->item_uuid))
          break;
      break;
    }
}

gboolean
ct_programme_editor_restore_scroll_cb (gpointer data)
{
  CtProgrammeEditor *self = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->form_scroller);

  /* Focus first: the viewport scrolls to a newly focused row; then go back to where the
   * reader was, which still shows the focused row after a move by one place. */
  ct_programme_editor_apply_focus (self, self->restore_focus);
  g_clear_pointer (&self->restore_focus, ct_form_target_free);
  if (self->has_restore_scroll)
    gtk_adjustment_set_value (adjustment, self->restore_scroll);
  return G_SOURCE_REMOVE;
}
