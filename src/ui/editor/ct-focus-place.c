/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-focus-place"

#include "config.h"

#include "ct-focus-place.h"

/* An undo or redo rebuilds parts of the form: the typist stays in the field they were in,
 * found again by its place in the rebuilt tree. */

/**
 * ct_focus_place_clear:
 * @place: a place
 *
 * Frees what ct_focus_place_init() kept.
 */
void
ct_focus_place_clear (CtFocusPlace *place)
{
  g_clear_pointer (&place->path, g_array_unref);
}

/**
 * ct_focus_place_init:
 * @place: the place to fill
 * @root: the tree the focus may be in
 *
 * Keeps where the focus is inside @root, if it is.
 */
void
ct_focus_place_init (CtFocusPlace *place,
                     GtkWidget    *root)
{
  GtkRoot *toplevel = gtk_widget_get_root (root);
  GtkWidget *focus = toplevel != NULL ? gtk_root_get_focus (toplevel) : NULL;

  *place = (CtFocusPlace) { NULL, G_TYPE_INVALID, -1 };
  if (focus == NULL || !gtk_widget_is_ancestor (focus, root))
    return;
  place->path = g_array_new (FALSE, FALSE, sizeof (guint));
  place->type = G_OBJECT_TYPE (focus);
  if (GTK_IS_EDITABLE (focus))
    place->position = gtk_editable_get_position (GTK_EDITABLE (focus));
  for (GtkWidget *w = focus; w != root; w = gtk_widget_get_parent (w))
    {
      guint index = 0;

      for (GtkWidget *s = gtk_widget_get_prev_sibling (w); s != NULL;
           s = gtk_widget_get_prev_sibling (s))
        index++;
      g_array_prepend_val (place->path, index);
    }
}

/**
 * ct_focus_place_restore:
 * @place: a place filled by ct_focus_place_init()
 * @root: the rebuilt tree
 *
 * Focuses the widget at the same place in the rebuilt @root when it is of the same type:
 * an undo or redo of a text edit rebuilds the same tree, and the typist stays in the
 * field, with the cursor where it was (or at the end of a shorter text), nothing
 * selected.
 */
void
ct_focus_place_restore (const CtFocusPlace *place,
                        GtkWidget          *root)
{
  GtkWidget *w = root;

  if (place->path == NULL)
    return;
  for (guint i = 0; w != NULL && i < place->path->len; i++)
    {
      w = gtk_widget_get_first_child (w);
      for (guint j = 0; w != NULL && j < g_array_index (place->path, guint, i); j++)
        w = gtk_widget_get_next_sibling (w);
    }
  if (w == NULL || G_OBJECT_TYPE (w) != place->type)
    return;
  if (GTK_IS_TEXT (w))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (w));
  else
    gtk_widget_grab_focus (w);
  if (GTK_IS_EDITABLE (w) && place->position >= 0)
    gtk_editable_set_position (GTK_EDITABLE (w), place->position);
}
