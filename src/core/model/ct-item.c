/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-item"

#include "ct-agenda-item.h"
#include "ct-item.h"

G_DEFINE_BOXED_TYPE (CtItem, ct_item, ct_item_ref, ct_item_unref)

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);
  return g_date_compare (a, b) == 0;
}

/**
 * ct_item_new:
 * @kind: the kind of item
 *
 * Creates an empty item with a new random UUID, no dates and no times.
 *
 * Returns: (transfer full): a new item
 */
CtItem *
ct_item_new (CtItemKind kind)
{
  CtItem *self = g_new0 (CtItem, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->uuid = g_uuid_string_random ();
  self->paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_date_clear (&self->start_date, 1);
  g_date_clear (&self->end_date, 1);
  self->start_minute = CT_NO_TIME;
  self->end_minute = CT_NO_TIME;
  self->agenda = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_agenda_item_unref);
  self->exceptions = g_array_new (FALSE, TRUE, sizeof (GDate));
  return self;
}

/**
 * ct_item_new_task:
 * @first_paragraph: (nullable): the first paragraph
 *
 * Returns: (transfer full): a new task item
 */
CtItem *
ct_item_new_task (const char *first_paragraph)
{
  CtItem *self = ct_item_new (CT_ITEM_TASK);

  if (first_paragraph != NULL)
    ct_item_add_paragraph (self, first_paragraph);
  return self;
}

/**
 * ct_item_new_event:
 * @title: the event's title
 * @date: (nullable): its date
 *
 * Returns: (transfer full): a new single-day event item
 */
CtItem *
ct_item_new_event (const char  *title,
                   const GDate *date)
{
  CtItem *self = ct_item_new (CT_ITEM_EVENT);

  self->title = g_strdup (title);
  if (date != NULL && g_date_valid (date))
    self->start_date = *date;
  return self;
}

/**
 * ct_item_copy:
 * @self: an item
 *
 * Copies every field including the UUID; give the copy a new UUID with
 * g_uuid_string_random() when it is a new item rather than a snapshot.
 *
 * Returns: (transfer full): a deep copy of @self
 */
CtItem *
ct_item_copy (const CtItem *self)
{
  CtItem *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = ct_item_new (self->kind);
  g_free (copy->uuid);
  copy->uuid = g_strdup (self->uuid);
  copy->title = g_strdup (self->title);
  for (guint i = 0; i < self->paragraphs->len; i++)
    ct_item_add_paragraph (copy, g_ptr_array_index (self->paragraphs, i));
  copy->start_date = self->start_date;
  copy->end_date = self->end_date;
  copy->day_part = self->day_part;
  copy->start_minute = self->start_minute;
  copy->end_minute = self->end_minute;
  copy->tentative = self->tentative;
  copy->location = g_strdup (self->location);
  copy->chair = g_strdup (self->chair);
  for (guint i = 0; i < self->agenda->len; i++)
    g_ptr_array_add (copy->agenda, ct_agenda_item_copy (g_ptr_array_index (self->agenda, i)));
  copy->weekdays = self->weekdays;
  g_array_append_vals (copy->exceptions, self->exceptions->data, self->exceptions->len);
  copy->sequence = self->sequence;
  return copy;
}

/**
 * ct_item_ref:
 * @self: an item
 *
 * Returns: (transfer full): @self with one more reference
 */
CtItem *
ct_item_ref (CtItem *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ct_item_unref:
 * @self: (transfer full): an item
 *
 * Drops one reference; frees @self with the last one.
 */
void
ct_item_unref (CtItem *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->uuid);
  g_free (self->title);
  g_ptr_array_unref (self->paragraphs);
  g_free (self->location);
  g_free (self->chair);
  g_ptr_array_unref (self->agenda);
  g_array_unref (self->exceptions);
  g_free (self);
}

/**
 * ct_item_add_paragraph:
 * @self: an item
 * @text: the paragraph (copied)
 *
 * Appends a paragraph.
 */
void
ct_item_add_paragraph (CtItem     *self,
                       const char *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);
  g_ptr_array_add (self->paragraphs, g_strdup (text));
}

/**
 * ct_item_add_agenda_item:
 * @self: an event item
 * @text: the agenda item's wording
 * @preparing_unit: (nullable): its preparing unit
 *
 * Appends an agenda item.
 */
void
ct_item_add_agenda_item (CtItem     *self,
                         const char *text,
                         const char *preparing_unit)
{
  g_return_if_fail (self != NULL);
  g_ptr_array_add (self->agenda, ct_agenda_item_new (text, preparing_unit));
}

/**
 * ct_item_add_exception:
 * @self: a recurring item
 * @date: a valid date to leave out of the weekly rule
 *
 * Adds an exception date unless it is there already; the list stays sorted.
 */
void
ct_item_add_exception (CtItem      *self,
                       const GDate *date)
{
  guint i;

  g_return_if_fail (self != NULL);
  g_return_if_fail (date != NULL && g_date_valid (date));

  for (i = 0; i < self->exceptions->len; i++)
    {
      int cmp = g_date_compare (&g_array_index (self->exceptions, GDate, i), date);
      if (cmp == 0)
        return;
      if (cmp > 0)
        break;
    }
  g_array_insert_val (self->exceptions, i, *date);
}

/**
 * ct_item_has_exception:
 * @self: an item
 * @date: a valid date
 *
 * Returns: %TRUE when @date is one of the item's exception dates
 */
gboolean
ct_item_has_exception (const CtItem *self,
                       const GDate  *date)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  for (guint i = 0; i < self->exceptions->len; i++)
    if (g_date_compare (&g_array_index (self->exceptions, GDate, i), date) == 0)
      return TRUE;
  return FALSE;
}

/**
 * ct_item_schedule_equal:
 * @a: an item
 * @b: another version of the same item
 *
 * Compares what an iCalendar SEQUENCE tracks (RFC 5545 §3.8.7.4): dates, day part,
 * times, recurrence rule, exceptions and location.
 *
 * Returns: %TRUE when the schedule of @a and @b is the same
 */
gboolean
ct_item_schedule_equal (const CtItem *a,
                        const CtItem *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!dates_equal (&a->start_date, &b->start_date) || !dates_equal (&a->end_date, &b->end_date))
    return FALSE;
  if (a->day_part != b->day_part || a->start_minute != b->start_minute ||
      a->end_minute != b->end_minute || a->weekdays != b->weekdays)
    return FALSE;
  if (g_strcmp0 (a->location, b->location) != 0 || a->exceptions->len != b->exceptions->len)
    return FALSE;
  for (guint i = 0; i < a->exceptions->len; i++)
    if (!dates_equal (&g_array_index (a->exceptions, GDate, i),
                      &g_array_index (b->exceptions, GDate, i)))
      return FALSE;
  return TRUE;
}

/**
 * ct_item_children_equal:
 * @a: an item
 * @b: another version of the same item
 *
 * Returns: %TRUE when @a and @b have the same paragraphs and agenda items (text and
 *   preparing unit), compared as stored, without normalising
 */
gboolean
ct_item_children_equal (const CtItem *a,
                        const CtItem *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->paragraphs->len != b->paragraphs->len || a->agenda->len != b->agenda->len)
    return FALSE;
  for (guint i = 0; i < a->paragraphs->len; i++)
    if (g_strcmp0 (a->paragraphs->pdata[i], b->paragraphs->pdata[i]) != 0)
      return FALSE;
  for (guint i = 0; i < a->agenda->len; i++)
    if (!ct_agenda_item_equal (a->agenda->pdata[i], b->agenda->pdata[i]))
      return FALSE;
  return TRUE;
}

/**
 * ct_item_content_equal:
 * @a: an item
 * @b: another version of the same item
 *
 * Compares everything an item says: kind, title, chair, tentative, its schedule
 * (ct_item_schedule_equal()) and its children (ct_item_children_equal()); not the UUID
 * nor the SEQUENCE.
 *
 * Returns: %TRUE when @a and @b say the same
 */
gboolean
ct_item_content_equal (const CtItem *a,
                       const CtItem *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->kind == b->kind && a->tentative == b->tentative &&
         g_strcmp0 (a->title, b->title) == 0 && g_strcmp0 (a->chair, b->chair) == 0 &&
         ct_item_schedule_equal (a, b) && ct_item_children_equal (a, b);
}
