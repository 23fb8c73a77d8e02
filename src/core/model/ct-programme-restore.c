/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-programme-restore"

#include "config.h"

#include "ct-programme-restore.h"

/* Undo and redo give back a snapshot (ct_history_undo()); views keep pointers to the live
 * programme's objects and to their members (a field's row edits &item->chair). The
 * snapshot is written into the live objects, which keep their addresses wherever they
 * still stand, so that a view changes only what differs. */

static gboolean
agenda_same_shape (const CtAgendaItem *a,
                   const CtAgendaItem *b)
{
  return a->subpoints->len == b->subpoints->len;
}

static gboolean
item_same_shape (const CtItem *a,
                 const CtItem *b)
{
  /* The kind and the rule decide which rows an item's form has. */
  if (g_strcmp0 (a->uuid, b->uuid) != 0 || a->kind != b->kind || a->recurrence != b->recurrence
      || a->agenda->len != b->agenda->len)
    return FALSE;
  for (guint i = 0; i < a->agenda->len; i++)
    if (!agenda_same_shape (g_ptr_array_index (a->agenda, i), g_ptr_array_index (b->agenda, i)))
      return FALSE;
  return TRUE;
}

static gboolean
section_same_shape (const CtSection *a,
                    const CtSection *b)
{
  if (a->items->len != b->items->len)
    return FALSE;
  for (guint i = 0; i < a->items->len; i++)
    if (!item_same_shape (g_ptr_array_index (a->items, i), g_ptr_array_index (b->items, i)))
      return FALSE;
  return TRUE;
}

/**
 * ct_programme_same_shape:
 * @a: a programme
 * @b: another
 *
 * Returns: %TRUE when @a and @b have as many sections, the same items (by UUID) in the
 *   same places, of the same kind and rule, with as many agenda items and sub-points, as many recipients and as many
 *   authority lines: what differs is only text and values
 */
gboolean
ct_programme_same_shape (const CtProgramme *a,
                         const CtProgramme *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->sections->len != b->sections->len || a->recipients->len != b->recipients->len
      || a->signer_authorities->len != b->signer_authorities->len)
    return FALSE;
  for (guint i = 0; i < a->sections->len; i++)
    if (!section_same_shape (g_ptr_array_index (a->sections, i),
                             g_ptr_array_index (b->sections, i)))
      return FALSE;
  return TRUE;
}

/* Replaces the string only when it differs, so that an unchanged member keeps its
 * address. */
static void
set_text (char       **slot,
          const char  *value)
{
  if (g_strcmp0 (*slot, value) == 0)
    return;
  g_free (*slot);
  *slot = g_strdup (value);
}

static void
set_strings (GPtrArray *slots,
             GPtrArray *values)
{
  if (slots->len != values->len)
    g_ptr_array_set_size (slots, values->len);
  for (guint i = 0; i < values->len; i++)
    set_text ((char **) &g_ptr_array_index (slots, i), g_ptr_array_index (values, i));
}

static void
restore_agenda (CtAgendaItem       *self,
                const CtAgendaItem *state)
{
  set_text (&self->text, state->text);
  set_text (&self->preparing_unit, state->preparing_unit);
  set_strings (self->subpoints, state->subpoints);
}

static void
restore_item (CtItem       *self,
              const CtItem *state)
{
  self->kind = state->kind;
  set_text (&self->title, state->title);
  set_strings (self->paragraphs, state->paragraphs);
  self->start_date = state->start_date;
  self->end_date = state->end_date;
  self->day_part = state->day_part;
  self->start_minute = state->start_minute;
  self->end_minute = state->end_minute;
  self->tentative = state->tentative;
  set_text (&self->vague_when, state->vague_when);
  for (guint i = 0; i < G_N_ELEMENTS (ct_item_text_fields); i++)
    set_text (&G_STRUCT_MEMBER (char *, self, ct_item_text_fields[i].offset),
              G_STRUCT_MEMBER (char *, state, ct_item_text_fields[i].offset));
  for (guint i = 0; i < self->agenda->len; i++)
    restore_agenda (g_ptr_array_index (self->agenda, i), g_ptr_array_index (state->agenda, i));
  self->recurrence = state->recurrence;
  self->weekdays = state->weekdays;
  self->month_day = state->month_day;
  self->month_week = state->month_week;
  g_array_set_size (self->exceptions, 0);
  g_array_append_vals (self->exceptions, state->exceptions->data, state->exceptions->len);
  /* A SEQUENCE never goes down (RFC 5545 §3.8.7.4). */
  self->sequence = MAX (self->sequence, state->sequence);
  set_text (&self->source_uuid, state->source_uuid);
  self->postponed = state->postponed;
}

/* Takes the items of @state's section from @live (by UUID, written in place) when they
 * have the same shape; a copy of @state's item otherwise. */
static void
restore_items (CtSection       *section,
               const CtSection *state,
               GHashTable      *live)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_item_unref);

  for (guint i = 0; i < state->items->len; i++)
    {
      const CtItem *from = g_ptr_array_index (state->items, i);
      CtItem *item = from->uuid != NULL ? g_hash_table_lookup (live, from->uuid) : NULL;

      if (item != NULL && item_same_shape (item, from))
        {
          restore_item (item, from);
          g_ptr_array_add (items, ct_item_ref (item));
        }
      else
        {
          CtItem *copy = ct_item_copy (from);

          if (item != NULL)
            copy->sequence = MAX (copy->sequence, item->sequence);
          g_ptr_array_add (items, copy);
        }
    }
  g_ptr_array_set_size (section->items, 0);
  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (section->items, ct_item_ref (g_ptr_array_index (items, i)));
}

static void
restore_sections (CtProgramme       *self,
                  const CtProgramme *state)
{
  g_autoptr(GHashTable) live = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                      (GDestroyNotify) ct_item_unref);

  /* The live items are held here while the sections' lists are written again. */
  for (guint i = 0; i < self->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (self->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);

          if (item->uuid != NULL)
            g_hash_table_replace (live, item->uuid, ct_item_ref (item));
        }
    }
  if (self->sections->len > state->sections->len)
    g_ptr_array_set_size (self->sections, state->sections->len);
  for (guint i = 0; i < state->sections->len; i++)
    {
      const CtSection *from = g_ptr_array_index (state->sections, i);

      if (i == self->sections->len)
        g_ptr_array_add (self->sections, ct_section_new (from->title));
      set_text (&((CtSection *) g_ptr_array_index (self->sections, i))->title, from->title);
      restore_items (g_ptr_array_index (self->sections, i), from, live);
    }
}

/**
 * ct_programme_restore:
 * @self: the live programme
 * @state: a snapshot of it (an undo step)
 *
 * Writes @state into @self, keeping @self's objects where they still stand: the
 * sections by place, the items by UUID when they have the same shape (kind, rule, agenda
 * items and sub-points), recipients and authority lines when there are as many. What the
 * store owns (id, revision, last save) stays, and an item's SEQUENCE never goes down
 * (RFC 5545 §3.8.7.4). A member of a kept object keeps its address (a string is
 * replaced only when it differs). The texts typed that are no value yet are those of
 * @state.
 */
void
ct_programme_restore (CtProgramme       *self,
                      const CtProgramme *state)
{
  g_return_if_fail (self != NULL && state != NULL);

  self->style = state->style;
  set_text (&self->superior_body, state->superior_body);
  set_text (&self->issuing_body, state->issuing_body);
  self->number = state->number;
  set_text (&self->kind_code, state->kind_code);
  set_text (&self->body_code, state->body_code);
  set_text (&self->place_name, state->place_name);
  self->issue_date = state->issue_date;
  self->period_kind = state->period_kind;
  self->period_year = state->period_year;
  self->period_index = state->period_index;
  set_text (&self->subtitle, state->subtitle);
  self->status = state->status;
  set_text (&self->introduction, state->introduction);
  restore_sections (self, state);
  if (self->recipients->len != state->recipients->len)
    {
      g_ptr_array_set_size (self->recipients, 0);
      for (guint i = 0; i < state->recipients->len; i++)
        g_ptr_array_add (self->recipients,
                         ct_recipient_copy (g_ptr_array_index (state->recipients, i)));
    }
  for (guint i = 0; i < self->recipients->len; i++)
    {
      CtRecipient *r = g_ptr_array_index (self->recipients, i);
      const CtRecipient *from = g_ptr_array_index (state->recipients, i);

      set_text (&r->text, from->text);
      set_text (&r->purpose, from->purpose);
    }
  set_text (&self->archive_line, state->archive_line);
  if (self->signer_authorities->len != state->signer_authorities->len)
    {
      g_ptr_array_set_size (self->signer_authorities, 0);
      for (guint i = 0; i < state->signer_authorities->len; i++)
        g_ptr_array_add (self->signer_authorities,
                         ct_signer_authority_copy (g_ptr_array_index (state->signer_authorities, i)));
    }
  for (guint i = 0; i < self->signer_authorities->len; i++)
    {
      CtSignerAuthority *line = g_ptr_array_index (self->signer_authorities, i);
      const CtSignerAuthority *from = g_ptr_array_index (state->signer_authorities, i);

      line->authority = from->authority;
      set_text (&line->body, from->body);
    }
  set_text (&self->signer_title, state->signer_title);
  set_text (&self->signer_name, state->signer_name);
  ct_programme_restore_unread_texts (self, state);
}
