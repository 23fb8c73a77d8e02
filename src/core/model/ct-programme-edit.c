/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-programme"

#include <string.h>

#include "ct-programme-edit.h"

/**
 * ct_ptr_array_move:
 * @array: an array
 * @from: index of the element to move
 * @to: its index afterwards (clamped to the last index)
 *
 * Moves one element, keeping the order of the others (sections, items, agenda items,
 * recipients).
 */
void
ct_ptr_array_move (GPtrArray *array,
                   guint      from,
                   guint      to)
{
  gpointer element;

  g_return_if_fail (array != NULL);
  g_return_if_fail (from < array->len);

  to = MIN (to, array->len - 1);
  if (from == to)
    return;
  element = g_ptr_array_index (array, from);
  if (from < to)
    memmove (&array->pdata[from], &array->pdata[from + 1], (to - from) * sizeof (gpointer));
  else
    memmove (&array->pdata[to + 1], &array->pdata[to], (from - to) * sizeof (gpointer));
  array->pdata[to] = element;
}

/**
 * ct_programme_locate_item:
 * @self: a programme
 * @uuid: an item's UUID
 * @section: (out) (optional): index of its section
 * @position: (out) (optional): its index in the section
 *
 * Returns: %TRUE when the item exists
 */
gboolean
ct_programme_locate_item (const CtProgramme *self,
                          const char        *uuid,
                          guint             *section,
                          guint             *position)
{
  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);

  for (guint i = 0; i < self->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (self->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        if (g_strcmp0 (((CtItem *) g_ptr_array_index (s->items, j))->uuid, uuid) == 0)
          {
            if (section)
              *section = i;
            if (position)
              *position = j;
            return TRUE;
          }
    }
  return FALSE;
}

/**
 * ct_programme_move_item:
 * @self: a programme
 * @uuid: the item to move
 * @section: index of the target section
 * @position: index in the target section once moved (clamped to its end)
 *
 * Moves an item within its section or into another one.
 *
 * Returns: %TRUE when the item and the section exist
 */
gboolean
ct_programme_move_item (CtProgramme *self,
                        const char  *uuid,
                        guint        section,
                        guint        position)
{
  guint from_section, from_position;
  CtSection *source, *target;
  CtItem *item;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);

  if (section >= self->sections->len
      || !ct_programme_locate_item (self, uuid, &from_section, &from_position))
    return FALSE;
  source = g_ptr_array_index (self->sections, from_section);
  target = g_ptr_array_index (self->sections, section);
  if (source == target)
    {
      ct_ptr_array_move (source->items, from_position, position);
      return TRUE;
    }
  item = g_ptr_array_steal_index (source->items, from_position);
  g_ptr_array_insert (target->items, MIN (position, target->items->len), item);
  return TRUE;
}

/**
 * ct_programme_remove_item:
 * @self: a programme
 * @uuid: the item to remove
 *
 * Returns: %TRUE when the item existed
 */
gboolean
ct_programme_remove_item (CtProgramme *self,
                          const char  *uuid)
{
  guint section, position;

  g_return_val_if_fail (self != NULL && uuid != NULL, FALSE);

  if (!ct_programme_locate_item (self, uuid, &section, &position))
    return FALSE;
  g_ptr_array_remove_index (((CtSection *) g_ptr_array_index (self->sections, section))->items,
                            position);
  return TRUE;
}
