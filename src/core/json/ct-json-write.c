/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "ct-date-time.h"
#include "ct-json.h"

/* NULL-terminated, in the order of the enumerations of ct-types.h. */
const char *const ct_json_style_names[] = { "party", "state", NULL };
const char *const ct_json_period_names[] = { "month", "quarter", "year", "week", NULL };
const char *const ct_json_status_names[] = { "draft", "submitted", "issued", "amended", NULL };
const char *const ct_json_kind_names[] = { "task", "event", "recurring", NULL };
const char *const ct_json_day_part_names[] = { "none", "morning", "afternoon", "evening",
                                               "all-day", NULL };
const char *const ct_json_authority_names[] = { "none", "on-behalf", "by-order",
                                                "signing-for", "authorised", "acting", NULL };
const char *const ct_json_recurrence_names[] = { "weekly", "monthly-day", "monthly-weekday",
                                                 NULL };
/* Bit 0 first, Monday first as in #CtWeekdayMask. */
const char *const ct_json_weekday_names[] = { "monday", "tuesday", "wednesday", "thursday",
                                              "friday", "saturday", "sunday", NULL };

G_DEFINE_QUARK (ct-json-error-quark, ct_json_error)

static void
add_text (JsonBuilder *b,
          const char  *key,
          const char  *value)
{
  json_builder_set_member_name (b, key);
  if (value == NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, value);
}

static void
add_int (JsonBuilder *b,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

static void
add_date (JsonBuilder *b,
          const char  *key,
          const GDate *date)
{
  g_autofree char *text = ct_date_to_iso (date);

  add_text (b, key, text);
}

static void
add_time (JsonBuilder *b,
          const char  *key,
          int          minute)
{
  g_autofree char *text = NULL;

  if (minute != CT_NO_TIME)
    text = g_strdup_printf ("%02d:%02d", minute / 60, minute % 60);
  add_text (b, key, text);
}

static void
add_strings (JsonBuilder *b,
             const char  *key,
             GPtrArray   *strings)
{
  json_builder_set_member_name (b, key);
  json_builder_begin_array (b);
  for (guint i = 0; i < strings->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (strings, i));
  json_builder_end_array (b);
}

static void
add_agenda (JsonBuilder  *b,
            const CtItem *item)
{
  json_builder_set_member_name (b, "agenda");
  json_builder_begin_array (b);
  for (guint i = 0; i < item->agenda->len; i++)
    {
      CtAgendaItem *a = g_ptr_array_index (item->agenda, i);

      json_builder_begin_object (b);
      add_text (b, "text", a->text);
      add_text (b, "preparing_unit", a->preparing_unit);
      add_strings (b, "subpoints", a->subpoints);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_recurrence (JsonBuilder  *b,
                const CtItem *item)
{
  add_text (b, "recurrence", ct_json_recurrence_names[item->recurrence]);
  add_int (b, "month_day", item->month_day);
  add_int (b, "month_week", item->month_week);
  json_builder_set_member_name (b, "weekdays");
  json_builder_begin_array (b);
  for (guint i = 0; ct_json_weekday_names[i] != NULL; i++)
    if (item->weekdays & (1u << i))
      json_builder_add_string_value (b, ct_json_weekday_names[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "exceptions");
  json_builder_begin_array (b);
  for (guint i = 0; i < item->exceptions->len; i++)
    {
      g_autofree char *text = ct_date_to_iso (&g_array_index (item->exceptions, GDate, i));

      json_builder_add_string_value (b, text);
    }
  json_builder_end_array (b);
}

static void
add_item (JsonBuilder  *b,
          const CtItem *item)
{
  json_builder_begin_object (b);
  add_text (b, "kind", ct_json_kind_names[item->kind]);
  add_text (b, "uuid", item->uuid);
  add_text (b, "title", item->title);
  add_strings (b, "paragraphs", item->paragraphs);
  add_text (b, "vague_when", item->vague_when);
  add_date (b, "start_date", &item->start_date);
  add_date (b, "end_date", &item->end_date);
  add_text (b, "day_part", ct_json_day_part_names[item->day_part]);
  add_time (b, "start_time", item->start_minute);
  add_time (b, "end_time", item->end_minute);
  json_builder_set_member_name (b, "tentative");
  json_builder_add_boolean_value (b, item->tentative);
  for (guint i = 0; i < G_N_ELEMENTS (ct_item_text_fields); i++)
    add_text (b, ct_item_text_fields[i].key, ct_item_get_text_field (item, &ct_item_text_fields[i]));
  add_agenda (b, item);
  add_recurrence (b, item);
  add_int (b, "sequence", item->sequence);
  add_text (b, "source_uuid", item->source_uuid);
  json_builder_set_member_name (b, "postponed");
  json_builder_add_boolean_value (b, item->postponed);
  add_text (b, "ics_uid", item->ics_uid);
  json_builder_end_object (b);
}

static void
add_sections (JsonBuilder       *b,
              const CtProgramme *p)
{
  json_builder_set_member_name (b, "sections");
  json_builder_begin_array (b);
  for (guint i = 0; i < p->sections->len; i++)
    {
      CtSection *section = g_ptr_array_index (p->sections, i);

      json_builder_begin_object (b);
      add_text (b, "title", section->title);
      json_builder_set_member_name (b, "items");
      json_builder_begin_array (b);
      for (guint j = 0; j < section->items->len; j++)
        add_item (b, g_ptr_array_index (section->items, j));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_recipients (JsonBuilder       *b,
                const CtProgramme *p)
{
  json_builder_set_member_name (b, "recipients");
  json_builder_begin_array (b);
  for (guint i = 0; i < p->recipients->len; i++)
    {
      CtRecipient *r = g_ptr_array_index (p->recipients, i);

      json_builder_begin_object (b);
      add_text (b, "text", r->text);
      add_text (b, "purpose", r->purpose);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_header (JsonBuilder       *b,
            const CtProgramme *p)
{
  add_text (b, "format", CT_JSON_FORMAT);
  add_int (b, "version", CT_JSON_VERSION);
  add_text (b, "style", ct_json_style_names[p->style]);
  add_text (b, "superior_body", p->superior_body);
  add_text (b, "issuing_body", p->issuing_body);
  add_int (b, "number", p->number);
  add_text (b, "kind_code", p->kind_code);
  add_text (b, "body_code", p->body_code);
  add_text (b, "place_name", p->place_name);
  add_date (b, "issue_date", &p->issue_date);
  add_text (b, "period_kind", ct_json_period_names[p->period_kind]);
  add_int (b, "period_year", p->period_year);
  json_builder_set_member_name (b, "period_index");
  if (p->period_kind == CT_PERIOD_KIND_YEAR)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, p->period_index);
  add_text (b, "subtitle", p->subtitle);
  add_text (b, "status", ct_json_status_names[p->status]);
  add_text (b, "introduction", p->introduction);
}

/**
 * ct_programme_to_json:
 * @p: a programme
 *
 * Writes every field of @p but the store's own (id, revision, modified) in the form of
 * docs/programme-json.md: indented, keys always present and always in the same order, so
 * that the same programme gives the same bytes.
 *
 * Returns: (transfer full): UTF-8 text ending with a newline
 */
char *
ct_programme_to_json (const CtProgramme *p)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (p != NULL, NULL);

  json_builder_begin_object (b);
  add_header (b, p);
  add_sections (b, p);
  add_recipients (b, p);
  add_text (b, "archive_line", p->archive_line);
  json_builder_set_member_name (b, "signer_authorities");
  json_builder_begin_array (b);
  for (guint i = 0; i < p->signer_authorities->len; i++)
    {
      CtSignerAuthority *line = g_ptr_array_index (p->signer_authorities, i);

      json_builder_begin_object (b);
      add_text (b, "authority", ct_json_authority_names[line->authority]);
      add_text (b, "body", line->body);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_text (b, "signer_title", p->signer_title);
  add_text (b, "signer_name", p->signer_name);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return g_strconcat (text, "\n", NULL);
}
