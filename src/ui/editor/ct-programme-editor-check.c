/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-programme-editor"

#include "config.h"

#include "ct-programme-editor-private.h"

/* The pre-signing check reached from the keyboard: shown with the focus on its first
 * problem (Enter on it jumps to the field), and left with Escape for the form. */

/* The check's rows are made when the list is laid out: the first problem is focused
 * in the first frame that has it. */
static gboolean
check_focus_tick_cb (GtkWidget     *list,
                     GdkFrameClock *clock,
                     gpointer       data)
{
  CtProgrammeEditor *self = data;
  GtkWidget *row = gtk_widget_get_first_child (list);

  if (row != NULL && gtk_widget_get_focusable (row) && gtk_widget_grab_focus (row))
    return G_SOURCE_REMOVE;
  if (self->check_focus_frames == 0 || --self->check_focus_frames == 0)
    return G_SOURCE_REMOVE;
  return G_SOURCE_CONTINUE;
}

/**
 * ct_programme_editor_show_check:
 * @self: the editor
 *
 * Shows the pre-signing check, brought up to date, with the focus on its first problem
 * (where it was when there is none); ct_programme_editor_leave_check() goes back.
 */
void
ct_programme_editor_show_check (CtProgrammeEditor *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (CT_IS_PROGRAMME_EDITOR (self));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stack)))
    g_set_weak_pointer (&self->check_return, focus);
  ct_programme_editor_complete_form (self);
  ct_programme_editor_get_issues (self);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  /* Nothing to fix: the panel says so, and the focus stays in the form. */
  if (self->issues->len == 0)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self->check_list), "list.scroll-to-item", "u", 0);
  if (self->check_focus_frames == 0)
    gtk_widget_add_tick_callback (GTK_WIDGET (self->check_list), check_focus_tick_cb, self,
                                  NULL);
  self->check_focus_frames = 10;
}

/**
 * ct_programme_editor_leave_check:
 * @self: the editor
 *
 * When the focus is in the pre-signing check, gives it back to the form, where it was
 * before ct_programme_editor_show_check() (a folded check, over the form, is hidden).
 *
 * Returns: %TRUE when the focus was in the check
 */
gboolean
ct_programme_editor_leave_check (CtProgrammeEditor *self)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (CT_IS_PROGRAMME_EDITOR (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, adw_flap_get_flap (self->flap)))
    return FALSE;
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  if (self->check_return == NULL || !gtk_widget_get_mapped (self->check_return)
      || !gtk_widget_grab_focus (self->check_return))
    gtk_widget_child_focus (gtk_stack_get_visible_child (self->stack), GTK_DIR_TAB_FORWARD);
  g_clear_weak_pointer (&self->check_return);
  return TRUE;
}

/**
 * ct_programme_editor_get_check_list:
 * @self: the editor
 *
 * Returns: (transfer none): the pre-signing check's list of problems
 */
GtkWidget *
ct_programme_editor_get_check_list (CtProgrammeEditor *self)
{
  g_return_val_if_fail (CT_IS_PROGRAMME_EDITOR (self), NULL);
  return GTK_WIDGET (self->check_list);
}
