/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-section"

#include "ct-section.h"

G_DEFINE_BOXED_TYPE (CtSection, ct_section, ct_section_ref, ct_section_unref)

/**
 * ct_section_new:
 * @title: (nullable): the heading; %NULL is stored as ""
 *
 * Returns: (transfer full): a new empty section
 */
CtSection *
ct_section_new (const char *title)
{
  CtSection *self = g_new0 (CtSection, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->title = g_strdup (title ? title : "");
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_item_unref);
  return self;
}

/**
 * ct_section_copy:
 * @self: a section
 *
 * Returns: (transfer full): a deep copy of @self; items keep their UUIDs
 */
CtSection *
ct_section_copy (const CtSection *self)
{
  CtSection *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = ct_section_new (self->title);
  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (copy->items, ct_item_copy (g_ptr_array_index (self->items, i)));
  return copy;
}

/**
 * ct_section_ref:
 * @self: a section
 *
 * Returns: (transfer full): @self with one more reference
 */
CtSection *
ct_section_ref (CtSection *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ct_section_unref:
 * @self: (transfer full): a section
 *
 * Drops one reference; frees @self with the last one.
 */
void
ct_section_unref (CtSection *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->title);
  g_ptr_array_unref (self->items);
  g_free (self);
}

/**
 * ct_section_add_item:
 * @self: a section
 * @item: (transfer full): the item to append
 *
 * Appends @item, taking ownership of it.
 */
void
ct_section_add_item (CtSection *self,
                     CtItem    *item)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (item != NULL);
  g_ptr_array_add (self->items, item);
}

/**
 * ct_section_get_heading_event:
 * @self: a section
 *
 * A section such as "IV. Hội nghị Ban Thường vụ Huyện ủy: Dự kiến ngày 26/9/2023 (thứ Ba)."
 * is a conference: its first item is an event or recurring item whose title equals the
 * section title, and the agenda items are that item's agenda.
 *
 * Returns: (transfer none) (nullable): that item, or %NULL for an ordinary section
 */
CtItem *
ct_section_get_heading_event (const CtSection *self)
{
  CtItem *first;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->items->len == 0)
    return NULL;
  first = g_ptr_array_index (self->items, 0);
  if (first->kind == CT_ITEM_TASK || g_strcmp0 (first->title, self->title) != 0)
    return NULL;
  return first;
}
