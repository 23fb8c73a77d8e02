/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-programme"

#include <string.h>

#include "ct-programme.h"

G_DEFINE_BOXED_TYPE (CtProgramme, ct_programme, ct_programme_ref, ct_programme_unref)

/**
 * ct_programme_new:
 *
 * Creates an empty Party-style month programme for the current month with kind code "CTr",
 * status draft, no sections and no recipients.
 *
 * Returns: (transfer full): a new programme
 */
CtProgramme *
ct_programme_new (void)
{
  CtProgramme *self = g_new0 (CtProgramme, 1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_atomic_ref_count_init (&self->ref_count);
  self->style = CT_DOCUMENT_STYLE_PARTY;
  self->kind_code = g_strdup ("CTr");
  g_date_clear (&self->issue_date, 1);
  self->period_kind = CT_PERIOD_KIND_MONTH;
  self->period_year = g_date_time_get_year (now);
  self->period_index = g_date_time_get_month (now);
  self->status = CT_PROGRAMME_STATUS_DRAFT;
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_section_unref);
  self->recipients = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_recipient_unref);
  self->signer_authorities =
    g_ptr_array_new_with_free_func ((GDestroyNotify) ct_signer_authority_unref);
  self->unread_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

/**
 * ct_programme_copy:
 * @self: a programme
 *
 * Copies every field, including @id and the items' UUIDs: the copy is a snapshot of
 * the same document (used for undo and for saving off the UI thread).
 *
 * Returns: (transfer full): a deep copy of @self
 */
CtProgramme *
ct_programme_copy (const CtProgramme *self)
{
  CtProgramme *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = ct_programme_new ();
  copy->id = self->id;
  copy->style = self->style;
  copy->superior_body = g_strdup (self->superior_body);
  copy->issuing_body = g_strdup (self->issuing_body);
  copy->number = self->number;
  g_free (copy->kind_code);
  copy->kind_code = g_strdup (self->kind_code);
  copy->body_code = g_strdup (self->body_code);
  copy->place_name = g_strdup (self->place_name);
  copy->issue_date = self->issue_date;
  copy->period_kind = self->period_kind;
  copy->period_year = self->period_year;
  copy->period_index = self->period_index;
  copy->subtitle = g_strdup (self->subtitle);
  copy->status = self->status;
  copy->introduction = g_strdup (self->introduction);
  for (guint i = 0; i < self->sections->len; i++)
    g_ptr_array_add (copy->sections, ct_section_copy (g_ptr_array_index (self->sections, i)));
  for (guint i = 0; i < self->recipients->len; i++)
    g_ptr_array_add (copy->recipients,
                     ct_recipient_copy (g_ptr_array_index (self->recipients, i)));
  copy->archive_line = g_strdup (self->archive_line);
  for (guint i = 0; i < self->signer_authorities->len; i++)
    g_ptr_array_add (copy->signer_authorities,
                     ct_signer_authority_copy (g_ptr_array_index (self->signer_authorities, i)));
  copy->signer_title = g_strdup (self->signer_title);
  copy->signer_name = g_strdup (self->signer_name);
  copy->modified = self->modified;
  copy->revision = self->revision;
  ct_programme_restore_unread_texts (copy, self);
  return copy;
}

/**
 * ct_programme_ref:
 * @self: a programme
 *
 * Returns: (transfer full): @self with one more reference
 */
CtProgramme *
ct_programme_ref (CtProgramme *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * ct_programme_unref:
 * @self: (transfer full): a programme
 *
 * Drops one reference; frees @self with the last one.
 */
void
ct_programme_unref (CtProgramme *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->superior_body);
  g_free (self->issuing_body);
  g_free (self->kind_code);
  g_free (self->body_code);
  g_free (self->place_name);
  g_free (self->subtitle);
  g_free (self->introduction);
  g_ptr_array_unref (self->sections);
  g_ptr_array_unref (self->recipients);
  g_free (self->archive_line);
  g_ptr_array_unref (self->signer_authorities);
  g_free (self->signer_title);
  g_free (self->signer_name);
  g_hash_table_unref (self->unread_texts);
  g_free (self);
}

/**
 * ct_programme_set_period:
 * @self: a programme
 * @kind: month, quarter, year or week
 * @year: the year, 1900–9999 (for a week, the ISO 8601 week-numbering year)
 * @index: the month (1–12), quarter (1–4) or ISO week (1 to the year's last week, 52
 *   or 53); ignored for a year
 *
 * Sets the period the programme covers.
 */
void
ct_programme_set_period (CtProgramme  *self,
                         CtPeriodKind  kind,
                         int           year,
                         int           index)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (year >= 1900 && year <= 9999);
  g_return_if_fail (kind != CT_PERIOD_KIND_MONTH || (index >= 1 && index <= 12));
  g_return_if_fail (kind != CT_PERIOD_KIND_QUARTER || (index >= 1 && index <= 4));
  g_return_if_fail (kind != CT_PERIOD_KIND_WEEK ||
                    (index >= 1 && index <= (int) ct_programme_weeks_in_year (year)));

  self->period_kind = kind;
  self->period_year = year;
  self->period_index = kind == CT_PERIOD_KIND_YEAR ? 0 : index;
}

/**
 * ct_programme_weeks_in_year:
 * @year: an ISO 8601 week-numbering year, 1900–9999
 *
 * Returns: the number of ISO weeks of @year: 53 when 28 December falls in week 53, else 52
 */
guint
ct_programme_weeks_in_year (int year)
{
  GDate date;

  g_return_val_if_fail (year >= 1900 && year <= 9999, 52);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 28, G_DATE_DECEMBER, year);
  return g_date_get_iso8601_week_of_year (&date);
}

/**
 * ct_programme_get_week_range:
 * @year: an ISO 8601 week-numbering year, 1900–9999
 * @week: an ISO week of @year; out-of-range values are clamped
 * @first_day: (out caller-allocates): its Monday
 * @last_day: (out caller-allocates): its Sunday
 *
 * Gives the days of an ISO week: week 1 is the week holding 4 January.
 */
void
ct_programme_get_week_range (int    year,
                             int    week,
                             GDate *first_day,
                             GDate *last_day)
{
  g_return_if_fail (first_day != NULL && last_day != NULL);

  year = CLAMP (year, 1900, 9999);
  week = CLAMP (week, 1, (int) ct_programme_weeks_in_year (year));
  g_date_clear (first_day, 1);
  g_date_set_dmy (first_day, 4, G_DATE_JANUARY, year);
  g_date_subtract_days (first_day, g_date_get_weekday (first_day) - G_DATE_MONDAY);
  g_date_add_days (first_day, (week - 1) * 7);
  *last_day = *first_day;
  g_date_add_days (last_day, 6);
}

/**
 * ct_programme_get_period_range:
 * @self: a programme
 * @first_day: (out caller-allocates): the period's first day
 * @last_day: (out caller-allocates): the period's last day (inclusive)
 *
 * Gives the days the period covers: a month, a quarter (three months), a year, or an
 * ISO week from Monday to Sunday.
 */
void
ct_programme_get_period_range (const CtProgramme *self,
                               GDate             *first_day,
                               GDate             *last_day)
{
  GDateMonth first_month = G_DATE_JANUARY, last_month = G_DATE_DECEMBER;

  g_return_if_fail (self != NULL && first_day != NULL && last_day != NULL);

  if (self->period_kind == CT_PERIOD_KIND_WEEK)
    {
      ct_programme_get_week_range (self->period_year, self->period_index, first_day,
                                   last_day);
      return;
    }
  if (self->period_kind == CT_PERIOD_KIND_MONTH)
    first_month = last_month = CLAMP (self->period_index, 1, 12);
  else if (self->period_kind == CT_PERIOD_KIND_QUARTER)
    {
      first_month = (CLAMP (self->period_index, 1, 4) - 1) * 3 + 1;
      last_month = first_month + 2;
    }
  g_date_clear (first_day, 1);
  g_date_clear (last_day, 1);
  g_date_set_dmy (first_day, 1, first_month, self->period_year);
  g_date_set_dmy (last_day, g_date_get_days_in_month (last_month, self->period_year),
                  last_month, self->period_year);
}

/**
 * ct_programme_event_outside_period:
 * @self: a programme
 * @item: an item
 *
 * Returns: %TRUE when @item is a dated event with a day (from its start to its end
 *   date) outside @self's period (see ct_programme_get_period_range()); tasks, weekly
 *   rules and events without a date give %FALSE
 */
gboolean
ct_programme_event_outside_period (const CtProgramme *self,
                                   const CtItem      *item)
{
  const GDate *end;
  GDate first, last;

  g_return_val_if_fail (self != NULL && item != NULL, FALSE);

  if (item->kind != CT_ITEM_EVENT || !g_date_valid (&item->start_date))
    return FALSE;
  ct_programme_get_period_range (self, &first, &last);
  end = g_date_valid (&item->end_date) ? &item->end_date : &item->start_date;
  return g_date_compare (&item->start_date, &first) < 0 || g_date_compare (end, &last) > 0;
}

/**
 * ct_programme_add_section:
 * @self: a programme
 * @title: the section heading
 *
 * Returns: (transfer none): the new section, appended at the end
 */
CtSection *
ct_programme_add_section (CtProgramme *self,
                          const char  *title)
{
  CtSection *section;

  g_return_val_if_fail (self != NULL, NULL);

  section = ct_section_new (title);
  g_ptr_array_add (self->sections, section);
  return section;
}

/**
 * ct_programme_add_recipient:
 * @self: a programme
 * @text: the recipient
 * @purpose: (nullable): the purpose of sending ("báo cáo", "để biết", …)
 *
 * Appends a recipient line.
 */
void
ct_programme_add_recipient (CtProgramme *self,
                            const char  *text,
                            const char  *purpose)
{
  g_return_if_fail (self != NULL);
  g_ptr_array_add (self->recipients, ct_recipient_new (text, purpose));
}

/**
 * ct_programme_add_signer_authority:
 * @self: a programme
 * @authority: the authority code
 * @body: (nullable): the body or title after it
 *
 * Appends an authority line to the signature block.
 */
void
ct_programme_add_signer_authority (CtProgramme        *self,
                                   CtSigningAuthority  authority,
                                   const char         *body)
{
  g_return_if_fail (self != NULL);
  g_ptr_array_add (self->signer_authorities, ct_signer_authority_new (authority, body));
}

/**
 * ct_programme_find_item:
 * @self: a programme
 * @uuid: an item UUID
 * @section: (out) (optional) (transfer none): the section holding the item
 *
 * Returns: (transfer none) (nullable): the item with that UUID, or %NULL
 */
CtItem *
ct_programme_find_item (const CtProgramme *self,
                        const char        *uuid,
                        CtSection        **section)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  for (guint i = 0; i < self->sections->len; i++)
    {
      CtSection *s = g_ptr_array_index (self->sections, i);

      for (guint j = 0; j < s->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (s->items, j);

          if (g_strcmp0 (item->uuid, uuid) == 0)
            {
              if (section != NULL)
                *section = s;
              return item;
            }
        }
    }
  return NULL;
}

/**
 * ct_programme_count_items:
 * @self: a programme
 *
 * Returns: the number of items over all sections
 */
guint
ct_programme_count_items (const CtProgramme *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (guint i = 0; i < self->sections->len; i++)
    n += ((CtSection *) g_ptr_array_index (self->sections, i))->items->len;
  return n;
}

/* The texts typed in an item's fields follow it to its new UUID. */
static void
rename_item_keys (CtProgramme *self,
                  const char  *old_uuid,
                  const char  *new_uuid)
{
  g_autofree char *prefix = g_strdup_printf ("item:%s:", old_uuid);
  g_autoptr(GPtrArray) keys = ct_programme_list_unread_keys (self);

  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      g_autofree char *text = NULL;
      g_autofree char *renamed = NULL;

      if (!g_str_has_prefix (key, prefix))
        continue;
      text = g_strdup (ct_programme_get_unread_text (self, key));
      renamed = g_strdup_printf ("item:%s:%s", new_uuid, key + strlen (prefix));
      ct_programme_set_unread_text (self, key, NULL);
      ct_programme_set_unread_text (self, renamed, text);
    }
}

/**
 * ct_programme_detach:
 * @self: a programme
 *
 * Makes @self a new programme that shares nothing with the stored one it was copied
 * from: id and revision 0, new item UUIDs (calendar files never confuse the two),
 * SEQUENCE 0 and no UID of another calendar's event (#CtItem.ics_uid): the copy's events
 * are new events.
 */
void
ct_programme_detach (CtProgramme *self)
{
  g_return_if_fail (self != NULL);

  self->id = 0;
  self->revision = 0;
  for (guint i = 0; i < self->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (self->sections, i);

      for (guint j = 0; j < section->items->len; j++)
        {
          CtItem *item = g_ptr_array_index (section->items, j);
          g_autofree char *old = g_steal_pointer (&item->uuid);

          item->uuid = g_uuid_string_random ();
          rename_item_keys (self, old, item->uuid);
          item->sequence = 0;
          g_clear_pointer (&item->ics_uid, g_free);
        }
    }
}

/**
 * ct_programme_make_new_draft:
 * @self: a programme
 *
 * Makes @self a new draft apart from the programme it was copied from: detached (see
 * ct_programme_detach()), without number or issue date, so that the list and the
 * pre-signing check never take the two for one document.
 */
void
ct_programme_make_new_draft (CtProgramme *self)
{
  g_return_if_fail (self != NULL);

  ct_programme_detach (self);
  self->number = 0;
  ct_programme_set_unread_text (self, "number", NULL);
  self->status = CT_PROGRAMME_STATUS_DRAFT;
  g_date_clear (&self->issue_date, 1);
}

/**
 * ct_programme_recipients_equal:
 * @a: a programme
 * @b: another version of it
 *
 * Returns: %TRUE when both have the same "Nơi nhận" lines, with the same purposes, in
 *   the same order
 */
gboolean
ct_programme_recipients_equal (const CtProgramme *a,
                               const CtProgramme *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->recipients->len != b->recipients->len)
    return FALSE;
  for (guint i = 0; i < a->recipients->len; i++)
    {
      CtRecipient *ra = a->recipients->pdata[i], *rb = b->recipients->pdata[i];

      if (g_strcmp0 (ra->text, rb->text) != 0 || g_strcmp0 (ra->purpose, rb->purpose) != 0)
        return FALSE;
    }
  return TRUE;
}

/**
 * ct_programme_signer_authorities_equal:
 * @a: a programme
 * @b: another version of it
 *
 * Returns: %TRUE when both have the same authority lines in the same order
 */
gboolean
ct_programme_signer_authorities_equal (const CtProgramme *a,
                                       const CtProgramme *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->signer_authorities->len != b->signer_authorities->len)
    return FALSE;
  for (guint i = 0; i < a->signer_authorities->len; i++)
    if (!ct_signer_authority_equal (a->signer_authorities->pdata[i],
                                    b->signer_authorities->pdata[i]))
      return FALSE;
  return TRUE;
}

/**
 * ct_programme_item_key:
 * @item: an item
 * @field: the name of one of its fields: "when", "due", "start_minute", "end_minute"
 *
 * Returns: (transfer full): the key of @item's @field among the texts typed that are no
 *   value yet, "item:UUID:FIELD": it names the item by its UUID, which a reload keeps
 */
char *
ct_programme_item_key (const CtItem *item,
                       const char   *field)
{
  g_return_val_if_fail (item != NULL && field != NULL, NULL);
  return g_strdup_printf ("item:%s:%s", item->uuid ? item->uuid : "", field);
}

/**
 * ct_programme_get_unread_text:
 * @self: a programme
 * @key: a field key ("number", or one of ct_programme_item_key())
 *
 * Returns: (transfer none) (nullable): the text typed in that field that is no value
 *   yet, %NULL when the field shows its value
 */
const char *
ct_programme_get_unread_text (const CtProgramme *self,
                              const char        *key)
{
  g_return_val_if_fail (self != NULL && key != NULL, NULL);
  return g_hash_table_lookup (self->unread_texts, key);
}

/**
 * ct_programme_set_unread_text:
 * @self: a programme
 * @key: a field key ("number", or one of ct_programme_item_key())
 * @text: (nullable): the text typed, as typed; %NULL once the field holds a value again
 *
 * Keeps (or forgets) the text typed in a field that is no value yet. The field's member
 * is left as it is: it keeps the last good value.
 *
 * Returns: %TRUE when this changed what @self keeps
 */
gboolean
ct_programme_set_unread_text (CtProgramme *self,
                              const char  *key,
                              const char  *text)
{
  g_return_val_if_fail (self != NULL && key != NULL, FALSE);

  if (g_strcmp0 (g_hash_table_lookup (self->unread_texts, key), text) == 0)
    return FALSE;
  if (text == NULL)
    g_hash_table_remove (self->unread_texts, key);
  else
    g_hash_table_replace (self->unread_texts, g_strdup (key), g_strdup (text));
  return TRUE;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/**
 * ct_programme_list_unread_keys:
 * @self: a programme
 *
 * Returns: (transfer container) (element-type utf8): the keys of the texts kept (see
 *   ct_programme_set_unread_text()), sorted, owned by @self
 */
GPtrArray *
ct_programme_list_unread_keys (const CtProgramme *self)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (self != NULL, keys);

  g_hash_table_iter_init (&iter, self->unread_texts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_keys);
  return keys;
}

/**
 * ct_programme_unread_texts_equal:
 * @a: a programme
 * @b: another version of it
 *
 * Returns: %TRUE when both keep the same texts typed for the same fields
 */
gboolean
ct_programme_unread_texts_equal (const CtProgramme *a,
                                 const CtProgramme *b)
{
  GHashTableIter iter;
  gpointer key, text;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_hash_table_size (a->unread_texts) != g_hash_table_size (b->unread_texts))
    return FALSE;
  g_hash_table_iter_init (&iter, a->unread_texts);
  while (g_hash_table_iter_next (&iter, &key, &text))
    if (g_strcmp0 (text, g_hash_table_lookup (b->unread_texts, key)) != 0)
      return FALSE;
  return TRUE;
}

/**
 * ct_programme_restore_unread_texts:
 * @self: a programme
 * @state: another version of it (an undo step, a snapshot)
 *
 * Makes @self keep the texts typed that @state keeps, and only those.
 */
void
ct_programme_restore_unread_texts (CtProgramme       *self,
                                   const CtProgramme *state)
{
  GHashTableIter iter;
  gpointer key, text;

  g_return_if_fail (self != NULL && state != NULL);

  if (self == state)
    return;
  g_hash_table_remove_all (self->unread_texts);
  g_hash_table_iter_init (&iter, state->unread_texts);
  while (g_hash_table_iter_next (&iter, &key, &text))
    g_hash_table_insert (self->unread_texts, g_strdup (key), g_strdup (text));
}
