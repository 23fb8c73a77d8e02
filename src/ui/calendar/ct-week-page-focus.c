/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Week page's keyboard focus: where it is, where it goes after a redraw, and the arrow
 * keys from one day's list into the next. */
#define G_LOG_DOMAIN "ct-week-page"

#include "config.h"

#include "ct-week-day.h"
#include "ct-week-page-private.h"

/* Where the focused row is: the day's place among the groups and the row's in its list. */
gboolean
ct_week_page_find_focus (CtWeekPage *self,
                         int        *group_index,
                         int        *row_index)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *group;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, self->days_box))
    return FALSE;
  *group_index = 0;
  *row_index = 0;
  for (group = gtk_widget_get_first_child (self->days_box); group != NULL;
       group = gtk_widget_get_next_sibling (group), (*group_index)++)
    if (gtk_widget_is_ancestor (focus, group))
      break;
  focus = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  if (focus != NULL)
    *row_index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus));
  return TRUE;
}

/* After a redraw the focus stays in place (the same row of the same day, or the nearest
 * one), so that keyboard users keep their place. */
void
ct_week_page_restore_focus (CtWeekPage *self,
                            int         group_index,
                            int         row_index)
{
  GtkWidget *group = gtk_widget_get_first_child (self->days_box);
  GtkListBoxRow *row = NULL;

  for (int i = 0; i < group_index && gtk_widget_get_next_sibling (group) != NULL; i++)
    group = gtk_widget_get_next_sibling (group);
  for (; group != NULL && row == NULL; group = gtk_widget_get_next_sibling (group))
    {
      GtkListBox *list = ct_week_day_group_get_list (group);

      for (int i = row_index; i >= 0 && row == NULL; i--)
        row = gtk_list_box_get_row_at_index (list, i);
      row_index = 0;
    }
  /* A week without entries keeps the focus in the page, so that Page Up and Page Down
   * go on working. */
  gtk_widget_grab_focus (row != NULL ? GTK_WIDGET (row) : self->next_button);
}

/* Arrow keys run on from one day's list into the next day's. */
gboolean
ct_week_page_keynav_failed_cb (GtkWidget        *list,
                               GtkDirectionType  direction,
                               CtWeekPage       *self)
{
  GtkWidget *group = gtk_widget_get_parent (list);
  GtkListBoxRow *row;

  while (TRUE)
    {
      group = direction == GTK_DIR_DOWN ? gtk_widget_get_next_sibling (group)
            : direction == GTK_DIR_UP ? gtk_widget_get_prev_sibling (group) : NULL;
      if (group == NULL)
        return FALSE;
      list = GTK_WIDGET (ct_week_day_group_get_list (group));
      row = direction == GTK_DIR_DOWN ? gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0)
                                      : gtk_list_box_get_row_at_y (GTK_LIST_BOX (list),
                                                                   gtk_widget_get_height (list) - 1);
      if (row != NULL)
        {
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return TRUE;
        }
    }
}

/* The entry of the focused row, if a row has the focus. */
gboolean
ct_week_page_get_focused_entry (CtWeekPage         *self,
                                const CtWeekEntry **entry)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row, *group;
  guint day;
  int index;

  if (focus == NULL || self->schedule == NULL || !gtk_widget_is_ancestor (focus, self->days_box))
    return FALSE;
  row = GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus,
                                                                       GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL)
    return FALSE;
  for (group = row; gtk_widget_get_parent (group) != self->days_box;
       group = gtk_widget_get_parent (group))
    ;
  day = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (group), "ct-day"));
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  if (day >= 7 || index < 0 || (guint) index >= self->schedule->days[day].entries->len)
    return FALSE;
  *entry = g_ptr_array_index (self->schedule->days[day].entries, index);
  return TRUE;
}

/* The entry @step places after @entry in its day, or NULL. */
const CtWeekEntry *
ct_week_page_get_neighbour (CtWeekPage        *self,
                            const CtWeekEntry *entry,
                            int                step)
{
  for (guint d = 0; d < 7; d++)
    {
      GPtrArray *entries = self->schedule->days[d].entries;
      guint index;

      if (g_ptr_array_find (entries, entry, &index))
        return (int) index + step >= 0 && index + step < entries->len
               ? g_ptr_array_index (entries, index + step) : NULL;
    }
  return NULL;
}

/* Focuses the row of the item @uuid; FALSE when none shows it. */
gboolean
ct_week_page_focus_item_row (CtWeekPage *self,
                             const char *uuid)
{
  for (GtkWidget *group = gtk_widget_get_first_child (self->days_box); group != NULL;
       group = gtk_widget_get_next_sibling (group))
    {
      GtkListBoxRow *row;

      for (int i = 0;
           (row = gtk_list_box_get_row_at_index (ct_week_day_group_get_list (group), i)) != NULL;
           i++)
        if (g_strcmp0 (ct_week_day_row_get_uuid (row), uuid) == 0)
          return gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  return FALSE;
}
