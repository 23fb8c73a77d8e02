/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-item"

#include "ct-agenda-item.h"
#include "ct-date-time.h"
#include "ct-item.h"

G_DEFINE_BOXED_TYPE (CtItem, ct_item, ct_item_ref, ct_item_unref)

#define TEXT_FIELD(member, key) { G_STRUCT_OFFSET (CtItem, member), key }

/**
 * ct_item_text_fields:
 *
 * The item's free-text attributes of who, where and with whom, in the order a
 * programme prints them (shared/spec/document-format.md §13), each with the key the
 * store, JSON and the editor use.
 */
const CtItemTextField ct_item_text_fields[CT_ITEM_N_TEXT_FIELDS] = {
  TEXT_FIELD (chair, "chair"),
  TEXT_FIELD (attending_leaders, "attending_leaders"),
  TEXT_FIELD (participants, "participants"),
  TEXT_FIELD (location, "location"),
  TEXT_FIELD (preparing_unit, "preparing_unit"),
  TEXT_FIELD (lead_unit, "lead_unit"),
  TEXT_FIELD (cooperating_units, "cooperating_units"),
  TEXT_FIELD (accompanying_officer, "accompanying_officer"),
  TEXT_FIELD (note, "note"),
};

/**
 * ct_item_get_text_field:
 * @self: an item
 * @field: an entry of ct_item_text_fields
 *
 * Returns: (transfer none) (nullable): the field's value
 */
const char *
ct_item_get_text_field (const CtItem          *self,
                        const CtItemTextField *field)
{
  return G_STRUCT_MEMBER (const char *, self, field->offset);
}

/**
 * ct_item_set_text_field:
 * @self: an item
 * @field: an entry of ct_item_text_fields
 * @value: (nullable): the new value; %NULL or "" clears it
 */
void
ct_item_set_text_field (CtItem                *self,
                        const CtItemTextField *field,
                        const char            *value)
{
  char **slot = &G_STRUCT_MEMBER (char *, self, field->offset);

  g_free (*slot);
  *slot = value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

static gboolean
text_fields_equal (const CtItem *a,
                   const CtItem *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (ct_item_text_fields); i++)
    if (g_strcmp0 (ct_item_get_text_field (a, &ct_item_text_fields[i]),
                   ct_item_get_text_field (b, &ct_item_text_fields[i])) != 0)
      return FALSE;
  return TRUE;
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
  copy->vague_when = g_strdup (self->vague_when);
  for (guint i = 0; i < G_N_ELEMENTS (ct_item_text_fields); i++)
    G_STRUCT_MEMBER (char *, copy, ct_item_text_fields[i].offset) =
      g_strdup (G_STRUCT_MEMBER (char *, self, ct_item_text_fields[i].offset));
  for (guint i = 0; i < self->agenda->len; i++)
    g_ptr_array_add (copy->agenda, ct_agenda_item_copy (g_ptr_array_index (self->agenda, i)));
  copy->recurrence = self->recurrence;
  copy->weekdays = self->weekdays;
  copy->month_day = self->month_day;
  copy->month_week = self->month_week;
  g_array_append_vals (copy->exceptions, self->exceptions->data, self->exceptions->len);
  copy->sequence = self->sequence;
  copy->source_uuid = g_strdup (self->source_uuid);
  copy->postponed = self->postponed;
  copy->ics_uid = g_strdup (self->ics_uid);
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
  g_free (self->vague_when);
  for (guint i = 0; i < G_N_ELEMENTS (ct_item_text_fields); i++)
    g_free (G_STRUCT_MEMBER (char *, self, ct_item_text_fields[i].offset));
  g_ptr_array_unref (self->agenda);
  g_array_unref (self->exceptions);
  g_free (self->source_uuid);
  g_free (self->ics_uid);
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
 * ct_item_is_vague:
 * @self: an item
 *
 * Returns: %TRUE when the item's timing is vague wording rather than a date (see
 *   #CtItem.vague_when)
 */
gboolean
ct_item_is_vague (const CtItem *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->vague_when != NULL;
}

/**
 * ct_item_schedule_equal:
 * @a: an item
 * @b: another version of the same item
 *
 * Compares what an iCalendar SEQUENCE tracks (RFC 5545 §3.8.7.4): dates, vague timing,
 * day part, times, recurrence rule, exceptions and location.
 *
 * Returns: %TRUE when the schedule of @a and @b is the same
 */
gboolean
ct_item_schedule_equal (const CtItem *a,
                        const CtItem *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (!ct_date_equal (&a->start_date, &b->start_date) ||
      !ct_date_equal (&a->end_date, &b->end_date))
    return FALSE;
  if (a->day_part != b->day_part || a->start_minute != b->start_minute ||
      a->end_minute != b->end_minute || a->weekdays != b->weekdays ||
      a->recurrence != b->recurrence || a->month_day != b->month_day ||
      a->month_week != b->month_week || g_strcmp0 (a->vague_when, b->vague_when) != 0)
    return FALSE;
  if (g_strcmp0 (a->location, b->location) != 0 || a->exceptions->len != b->exceptions->len)
    return FALSE;
  for (guint i = 0; i < a->exceptions->len; i++)
    if (!ct_date_equal (&g_array_index (a->exceptions, GDate, i),
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
 * ct_item_attributes_equal:
 * @a: an item
 * @b: another version of the same item
 *
 * Compares what the item says itself, without its paragraphs and agenda: kind, title,
 * tentative, the text attributes (ct_item_text_fields), its schedule
 * (ct_item_schedule_equal()), its link to a month's item (source_uuid, postponed) and
 * the UID of another calendar's event (ics_uid); not the UUID nor the SEQUENCE.
 *
 * Returns: %TRUE when @a and @b have the same attributes
 */
gboolean
ct_item_attributes_equal (const CtItem *a,
                          const CtItem *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->kind == b->kind && a->tentative == b->tentative &&
         g_strcmp0 (a->title, b->title) == 0 && text_fields_equal (a, b) &&
         g_strcmp0 (a->source_uuid, b->source_uuid) == 0 && a->postponed == b->postponed &&
         g_strcmp0 (a->ics_uid, b->ics_uid) == 0 &&
         ct_item_schedule_equal (a, b);
}

/**
 * ct_item_content_equal:
 * @a: an item
 * @b: another version of the same item
 *
 * Compares everything an item says: its attributes (ct_item_attributes_equal()) and its
 * children (ct_item_children_equal()); not the UUID nor the SEQUENCE.
 *
 * Returns: %TRUE when @a and @b say the same
 */
gboolean
ct_item_content_equal (const CtItem *a,
                       const CtItem *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  return ct_item_attributes_equal (a, b) && ct_item_children_equal (a, b);
}
