/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-agenda-item"

#include "ct-agenda-item.h"

G_DEFINE_BOXED_TYPE (CtAgendaItem, ct_agenda_item, ct_agenda_item_ref, ct_agenda_item_unref)

/**
 * ct_agenda_item_new:
 * @text: (nullable): the wording; %NULL is stored as ""
 * @preparing_unit: (nullable): the preparing unit's name
 *
 * Returns: (transfer full): a new agenda item
 */
CtAgendaItem *
ct_agenda_item_new (const char *text,
                    const char *preparing_unit)
{
  CtAgendaItem *self = g_new0 (CtAgendaItem, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->text = g_strdup (text ? text : "");
  self->preparing_unit = (preparing_unit && *preparing_unit) ? g_strdup (preparing_unit) : NULL;
  self->subpoints = g_ptr_array_new_with_free_func (g_free);
  return self;
}

/**
 * ct_agenda_item_copy:
 * @self: an agenda item
 *
 * Returns: (transfer full): a deep copy of @self
 */
CtAgendaItem *
ct_agenda_item_copy (const CtAgendaItem *self)
{
  CtAgendaItem *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = ct_agenda_item_new (self->text, self->preparing_unit);
  for (guint i = 0; i < self->subpoints->len; i++)
    ct_agenda_item_add_subpoint (copy, g_ptr_array_index (self->subpoints, i));
  return copy;
}

/**
 * ct_agenda_item_add_subpoint:
 * @self: an agenda item
 * @text: the sub-point's wording (copied)
 *
 * Appends a sub-point.
 */
void
ct_agenda_item_add_subpoint (CtAgendaItem *self,
                             const char   *text)
{
  g_return_if_fail (self != NULL && text != NULL);
  g_ptr_array_add (self->subpoints, g_strdup (text));
}

/**
 * ct_agenda_item_ref:
 * @self: an agenda item
 *
 * Returns: (transfer full): @self with one more reference
 */
CtAgendaItem *
ct_agenda_item_ref (CtAgendaItem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ct_agenda_item_unref:
 * @self: (transfer full): an agenda item
 *
 * Drops one reference; frees @self with the last one.
 */
void
ct_agenda_item_unref (CtAgendaItem *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->text);
  g_free (self->preparing_unit);
  g_ptr_array_unref (self->subpoints);
  g_free (self);
}

/**
 * ct_agenda_item_equal:
 * @a: an agenda item
 * @b: an agenda item
 *
 * Returns: %TRUE when both have the same text, preparing unit and sub-points (byte
 *   equality)
 */
gboolean
ct_agenda_item_equal (const CtAgendaItem *a,
                      const CtAgendaItem *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (a->text, b->text) != 0 ||
      g_strcmp0 (a->preparing_unit, b->preparing_unit) != 0 ||
      a->subpoints->len != b->subpoints->len)
    return FALSE;
  for (guint i = 0; i < a->subpoints->len; i++)
    if (g_strcmp0 (a->subpoints->pdata[i], b->subpoints->pdata[i]) != 0)
      return FALSE;
  return TRUE;
}
