/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "ct-date-time.h"
#include "ct-json-private.h"
#include "ct-text.h"

/* Every check below names the value by its path from the root, "$.sections[1].title", so
 * that whoever wrote the file can find it; nothing unknown is ignored, since a typing slip
 * in a key would otherwise drop what it holds. */

static gboolean
read_agenda (CtJsonReader *r,
             JsonObject   *o,
             const char   *path,
             CtItem       *item)
{
  static const char *const keys[] = { "text", "preparing_unit", "subpoints", NULL };
  static const char *const required[] = { "text", NULL };
  JsonArray *array;

  if (!ct_json_get_array (r, o, path, "agenda", &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = NULL;
      g_autofree char *text = NULL;
      g_autofree char *unit = NULL;
      JsonObject *a = ct_json_object_at (r, array, path, "agenda", i, &where);

      if (a == NULL || !ct_json_check_keys (r, a, where, keys, required) ||
          !ct_json_get_text (r, a, where, "text", FALSE, &text) ||
          !ct_json_get_text (r, a, where, "preparing_unit", TRUE, &unit))
        return FALSE;
      ct_item_add_agenda_item (item, text, unit);
      if (!ct_json_read_strings (r, a, where, "subpoints",
                                 ((CtAgendaItem *) g_ptr_array_index (item->agenda, i))->subpoints))
        return FALSE;
    }
  return TRUE;
}

/* A monthly rule names its day; the weekday form names exactly one weekday. */
static gboolean
check_monthly_rule (CtJsonReader *r,
                    const char   *path,
                    const CtItem *item)
{
  if (item->recurrence == CT_RECURRENCE_MONTHLY_DAY && item->month_day == 0)
    return ct_json_fail (r, _("At %s.month_day: a monthly rule on a day of the month needs "
                              "that day, 1 to 31."), path);
  if (item->recurrence == CT_RECURRENCE_MONTHLY_WEEKDAY &&
      (item->month_week == 0 || item->weekdays == 0 ||
       (item->weekdays & (item->weekdays - 1)) != 0))
    return ct_json_fail (r, _("At %s: a monthly rule on a weekday needs one weekday in "
                              "“weekdays” and its week in “month_week” (1 to 5, or -1 for "
                              "the last)."), path);
  return TRUE;
}

static gboolean
read_recurrence (CtJsonReader *r,
                 JsonObject   *o,
                 const char   *path,
                 CtItem       *item)
{
  guint recurrence = item->recurrence;
  gint64 month_day = 0, month_week = 0;
  JsonArray *array;

  if (!ct_json_get_enum (r, o, path, "recurrence", ct_json_recurrence_names, &recurrence) ||
      !ct_json_get_int (r, o, path, "month_day", 0, 31, &month_day) ||
      !ct_json_get_int (r, o, path, "month_week", -1, 5, &month_week))
    return FALSE;
  item->recurrence = recurrence;
  item->month_day = month_day;
  item->month_week = month_week;
  if (!ct_json_get_array (r, o, path, "weekdays", &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.weekdays[%u]", path, i);
      guint day;

      if (!ct_json_name_at (r, json_array_get_element (array, i), where, ct_json_weekday_names, &day))
        return FALSE;
      item->weekdays |= 1u << day;
    }
  if (!ct_json_get_array (r, o, path, "exceptions", &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.exceptions[%u]", path, i);
      JsonNode *node = json_array_get_element (array, i);
      GDate date;

      if (JSON_NODE_HOLDS_NULL (node))
        return ct_json_fail (r, _("At %s: expected a date (YYYY-MM-DD)."), where);
      if (!ct_json_date_at (r, node, where, &date))
        return FALSE;
      ct_item_add_exception (item, &date);
    }
  return check_monthly_rule (r, path, item);
}

static gboolean
read_uuid (CtJsonReader *r,
           JsonObject   *o,
           const char   *path,
           CtItem       *item)
{
  g_autofree char *where = NULL;
  char *uuid = g_strdup (item->uuid);

  if (!ct_json_get_text (r, o, path, "uuid", FALSE, &uuid))
    {
      g_free (uuid);
      return FALSE;
    }
  g_free (item->uuid);
  item->uuid = uuid;
  where = g_strdup_printf ("%s.uuid", path);
  if (!g_uuid_string_is_valid (uuid))
    /* Translators: %1$s is a place in the file, %2$s the text found there. */
    return ct_json_fail (r, _("At %1$s: “%2$s” is not a UUID."), where, uuid);
  if (!g_hash_table_add (r->uuids, g_ascii_strdown (uuid, -1)))
    /* Translators: %1$s is a place in the file, %2$s a UUID. */
    return ct_json_fail (r, _("At %1$s: the UUID “%2$s” is already used by another item."), where,
                         uuid);
  return TRUE;
}

static gboolean
read_text_fields (CtJsonReader *r,
                  JsonObject   *o,
                  const char   *path,
                  CtItem       *item)
{
  for (guint i = 0; i < G_N_ELEMENTS (ct_item_text_fields); i++)
    {
      const CtItemTextField *field = &ct_item_text_fields[i];
      g_autofree char *value = NULL;

      if (!ct_json_get_text (r, o, path, field->key, TRUE, &value))
        return FALSE;
      ct_item_set_text_field (item, field, value);
    }
  return TRUE;
}

static gboolean
read_item_fields (CtJsonReader *r,
                  JsonObject   *o,
                  const char   *path,
                  CtItem       *item)
{
  guint day_part = item->day_part;
  gint64 sequence = 0;

  if (!read_uuid (r, o, path, item) ||
      !ct_json_get_text (r, o, path, "title", TRUE, &item->title) ||
      !ct_json_read_strings (r, o, path, "paragraphs", item->paragraphs) ||
      !ct_json_get_text (r, o, path, "vague_when", TRUE, &item->vague_when) ||
      !ct_json_get_date (r, o, path, "start_date", &item->start_date) ||
      !ct_json_get_date (r, o, path, "end_date", &item->end_date) ||
      !ct_json_get_enum (r, o, path, "day_part", ct_json_day_part_names, &day_part) ||
      !ct_json_get_time (r, o, path, "start_time", &item->start_minute) ||
      !ct_json_get_time (r, o, path, "end_time", &item->end_minute) ||
      !ct_json_get_bool (r, o, path, "tentative", &item->tentative) ||
      !read_text_fields (r, o, path, item) ||
      !read_agenda (r, o, path, item) || !read_recurrence (r, o, path, item) ||
      !ct_json_get_int (r, o, path, "sequence", 0, G_MAXINT32, &sequence) ||
      !ct_json_get_text (r, o, path, "source_uuid", TRUE, &item->source_uuid) ||
      !ct_json_get_bool (r, o, path, "postponed", &item->postponed) ||
      !ct_json_get_identifier (r, o, path, "ics_uid", &item->ics_uid))
    return FALSE;
  item->day_part = day_part;
  item->sequence = sequence;
  return TRUE;
}

static CtItem *
read_item (CtJsonReader *r,
           JsonObject   *o,
           const char   *path)
{
  static const char *const keys[] = {
    "kind", "uuid", "title", "paragraphs", "vague_when", "start_date", "end_date",
    "day_part", "start_time", "end_time", "tentative", "chair", "attending_leaders",
    "participants", "location", "preparing_unit", "lead_unit", "cooperating_units",
    "accompanying_officer", "note", "agenda", "recurrence", "month_day", "month_week",
    "weekdays", "exceptions", "sequence", "source_uuid", "postponed", "ics_uid", NULL
  };
  static const char *const required[] = { "kind", NULL };
  g_autoptr(CtItem) item = NULL;
  guint kind;

  if (!ct_json_check_keys (r, o, path, keys, required) ||
      !ct_json_get_enum (r, o, path, "kind", ct_json_kind_names, &kind))
    return NULL;
  item = ct_item_new (kind);
  if (!read_item_fields (r, o, path, item))
    return NULL;
  return g_steal_pointer (&item);
}

static gboolean
read_sections (CtJsonReader *r,
               JsonObject   *o,
               CtProgramme  *p)
{
  static const char *const keys[] = { "title", "items", NULL };
  static const char *const required[] = { "title", NULL };
  JsonArray *sections;

  if (!ct_json_get_array (r, o, "$", "sections", &sections))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      g_autofree char *where = NULL;
      g_autofree char *title = NULL;
      JsonObject *s = ct_json_object_at (r, sections, "$", "sections", i, &where);
      JsonArray *items;
      CtSection *section;

      if (s == NULL || !ct_json_check_keys (r, s, where, keys, required) ||
          !ct_json_get_text (r, s, where, "title", FALSE, &title) ||
          !ct_json_get_array (r, s, where, "items", &items))
        return FALSE;
      section = ct_programme_add_section (p, title);
      for (guint j = 0; items != NULL && j < json_array_get_length (items); j++)
        {
          g_autofree char *item_path = NULL;
          JsonObject *item_object = ct_json_object_at (r, items, where, "items", j, &item_path);
          CtItem *item = item_object == NULL ? NULL : read_item (r, item_object, item_path);

          if (item == NULL)
            return FALSE;
          g_ptr_array_add (section->items, item);
        }
    }
  return TRUE;
}

static gboolean
read_recipients (CtJsonReader *r,
                 JsonObject   *o,
                 CtProgramme  *p)
{
  static const char *const keys[] = { "text", "purpose", NULL };
  static const char *const required[] = { "text", NULL };
  JsonArray *array;

  if (!ct_json_get_array (r, o, "$", "recipients", &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = NULL;
      g_autofree char *text = NULL;
      g_autofree char *purpose = NULL;
      JsonObject *object = ct_json_object_at (r, array, "$", "recipients", i, &where);

      if (object == NULL || !ct_json_check_keys (r, object, where, keys, required) ||
          !ct_json_get_text (r, object, where, "text", FALSE, &text) ||
          !ct_json_get_text (r, object, where, "purpose", TRUE, &purpose))
        return FALSE;
      ct_programme_add_recipient (p, text, purpose);
    }
  return TRUE;
}

static int
period_last_index (CtPeriodKind kind,
                   int          year)
{
  switch (kind)
    {
    case CT_PERIOD_KIND_MONTH:
      return 12;
    case CT_PERIOD_KIND_QUARTER:
      return 4;
    case CT_PERIOD_KIND_WEEK:
      return ct_programme_weeks_in_year (year);
    case CT_PERIOD_KIND_YEAR:
    default:
      return 0;
    }
}

static gboolean
read_period (CtJsonReader *r,
             JsonObject   *o,
             CtProgramme  *p)
{
  guint kind = CT_PERIOD_KIND_MONTH;
  gint64 year = 0, index = 0;
  JsonNode *node = json_object_get_member (o, "period_index");

  if (!ct_json_get_enum (r, o, "$", "period_kind", ct_json_period_names, &kind) ||
      !ct_json_get_int (r, o, "$", "period_year", CT_DATE_MIN_YEAR, CT_DATE_MAX_YEAR, &year))
    return FALSE;
  if (kind != CT_PERIOD_KIND_YEAR && node == NULL)
    return ct_json_fail (r, _("At %1$s: the required key “%2$s” is missing."), "$", "period_index");
  if (kind == CT_PERIOD_KIND_YEAR && node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return ct_json_fail (r, _("At %s: a year programme has no period index; write null."),
                         "$.period_index");
  if (kind != CT_PERIOD_KIND_YEAR &&
      !ct_json_get_int (r, o, "$", "period_index", 1, period_last_index (kind, year), &index))
    return FALSE;
  ct_programme_set_period (p, kind, year, index);
  return TRUE;
}

/* Version 1 had one authority line, as "signing_authority" and "signer_body". */
static gboolean
read_signer_authority_v1 (CtJsonReader *r,
                          JsonObject   *o,
                          CtProgramme  *p)
{
  guint authority = CT_SIGNING_AUTHORITY_NONE;
  g_autofree char *body = NULL;

  if (!ct_json_get_enum (r, o, "$", "signing_authority", ct_json_authority_names, &authority) ||
      !ct_json_get_text (r, o, "$", "signer_body", TRUE, &body))
    return FALSE;
  if (authority > CT_SIGNING_AUTHORITY_SIGNING_FOR)
    return ct_json_fail (r, _("At %s: this authority needs a file of version 2."),
                         "$.signing_authority");
  if (authority != CT_SIGNING_AUTHORITY_NONE || !ct_text_is_blank (body))
    ct_programme_add_signer_authority (p, authority, body);
  return TRUE;
}

static gboolean
read_signer_authorities (CtJsonReader *r,
                         JsonObject   *o,
                         CtProgramme  *p)
{
  static const char *const keys[] = { "authority", "body", NULL };
  JsonArray *array;

  if (r->version == 1)
    return read_signer_authority_v1 (r, o, p);
  if (!ct_json_get_array (r, o, "$", "signer_authorities", &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = NULL;
      g_autofree char *body = NULL;
      guint authority = CT_SIGNING_AUTHORITY_NONE;
      JsonObject *line = ct_json_object_at (r, array, "$", "signer_authorities", i, &where);

      if (line == NULL || !ct_json_check_keys (r, line, where, keys, keys) ||
          !ct_json_get_enum (r, line, where, "authority", ct_json_authority_names, &authority) ||
          !ct_json_get_text (r, line, where, "body", FALSE, &body))
        return FALSE;
      ct_programme_add_signer_authority (p, authority, body);
    }
  return TRUE;
}

static gboolean
read_header (CtJsonReader *r,
             JsonObject   *o,
             CtProgramme  *p)
{
  guint style = p->style, status = p->status;
  gint64 number = 0;

  if (!ct_json_get_enum (r, o, "$", "style", ct_json_style_names, &style) ||
      !ct_json_get_text (r, o, "$", "superior_body", TRUE, &p->superior_body) ||
      !ct_json_get_text (r, o, "$", "issuing_body", TRUE, &p->issuing_body) ||
      !ct_json_get_int (r, o, "$", "number", 0, G_MAXINT32, &number) ||
      !ct_json_get_text (r, o, "$", "kind_code", FALSE, &p->kind_code) ||
      !ct_json_get_text (r, o, "$", "body_code", TRUE, &p->body_code) ||
      !ct_json_get_text (r, o, "$", "place_name", TRUE, &p->place_name) ||
      !ct_json_get_date (r, o, "$", "issue_date", &p->issue_date) || !read_period (r, o, p) ||
      !ct_json_get_text (r, o, "$", "subtitle", TRUE, &p->subtitle) ||
      !ct_json_get_enum (r, o, "$", "status", ct_json_status_names, &status) ||
      !ct_json_get_text (r, o, "$", "introduction", TRUE, &p->introduction) ||
      !ct_json_get_text (r, o, "$", "archive_line", TRUE, &p->archive_line) ||
      !read_signer_authorities (r, o, p) ||
      !ct_json_get_text (r, o, "$", "signer_title", TRUE, &p->signer_title) ||
      !ct_json_get_text (r, o, "$", "signer_name", TRUE, &p->signer_name))
    return FALSE;
  p->style = style;
  p->status = status;
  p->number = number;
  return TRUE;
}

/* "format" and "version" first: a file of another kind or a newer version is refused as a
 * whole, before its keys are judged by this version's schema. */
static gboolean
check_format (JsonObject  *o,
              GError     **error)
{
  JsonNode *format = json_object_get_member (o, "format");
  JsonNode *version = json_object_get_member (o, "version");
  g_autofree char *found = NULL;

  if (format == NULL || !ct_json_is_value_of (format, G_TYPE_STRING) ||
      g_strcmp0 (json_node_get_string (format), CT_JSON_FORMAT) != 0)
    {
      g_set_error (error, CT_JSON_ERROR, CT_JSON_ERROR_FORMAT,
                   /* Translators: %s is the word a programme file has as its "format". */
                   _("This is not a Congtac programme file: its “format” is not “%s”."),
                   CT_JSON_FORMAT);
      return FALSE;
    }
  if (version == NULL || !ct_json_is_value_of (version, G_TYPE_INT64) ||
      json_node_get_int (version) < 1)
    {
      g_set_error (error, CT_JSON_ERROR, CT_JSON_ERROR_FORMAT,
                   _("At $.version: expected a version number of 1 or more."));
      return FALSE;
    }
  if (json_node_get_int (version) > CT_JSON_VERSION)
    {
      found = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));
      g_set_error (error, CT_JSON_ERROR, CT_JSON_ERROR_VERSION,
                   /* Translators: %1$s is the file's version number, %2$d the newest
                    * version this program reads. */
                   _("This programme file has version %1$s, made by a newer Congtac; this "
                     "one reads up to version %2$d. Update Congtac to import it."),
                   found, CT_JSON_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* JSON lets an object name a key twice and the parser keeps the last value; the first
 * would be lost without a word, so the first key written twice is noted. */
typedef struct
{
  GHashTable *seen; /* "object address/key" of the members read so far */
  char *twice;      /* the first key found twice */
  guint line;       /* and its line */
} Duplicates;

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *name,
                  Duplicates *d)
{
  char *key = g_strdup_printf ("%p/%s", (void *) object, name);

  if (!g_hash_table_add (d->seen, key) && d->twice == NULL)
    {
      d->twice = g_strdup (name);
      d->line = json_parser_get_current_line (parser);
    }
}

static void
syntax_error (const GError  *local,
              GError       **error)
{
  guint line = 0, column = 0;
  int offset = 0;

  /* json-glib says "<data>:LINE:COLUMN: Parse error: …"; the line is what helps. */
  if (sscanf (local->message, "<data>:%u:%u: Parse error: %n", &line, &column, &offset) == 2 &&
      offset > 0)
    g_set_error (error, CT_JSON_ERROR, CT_JSON_ERROR_SYNTAX,
                 /* Translators: %1$u is a line number, %2$s the parser's own reason. */
                 _("Line %1$u: this is not valid JSON: %2$s"), line, local->message + offset);
  else
    g_set_error (error, CT_JSON_ERROR, CT_JSON_ERROR_SYNTAX,
                 /* Translators: %s is the parser's own reason. */
                 _("This is not valid JSON: %s"), local->message);
}

static JsonNode *
parse (const char  *data,
       gssize       length,
       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Duplicates d = { seen, NULL, 0 };
  g_autofree char *twice = NULL;
  JsonNode *root = NULL;

  /* A byte order mark, as some editors write at the start of UTF-8 files, is not text. */
  if ((length < 0 || length >= 3) && g_str_has_prefix (data, "\xef\xbb\xbf"))
    {
      data += 3;
      length = length < 0 ? length : length - 3;
    }
  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &d);
  if (json_parser_load_from_data (parser, data, length, &local))
    root = json_parser_steal_root (parser);
  twice = d.twice;
  if (root == NULL)
    syntax_error (local, error);
  else if (twice != NULL)
    {
      g_set_error (error, CT_JSON_ERROR, CT_JSON_ERROR_SYNTAX,
                   /* Translators: %1$u is a line number, %2$s a key of the file. */
                   _("Line %1$u: the key “%2$s” is written twice in the same object; keep "
                     "one."), d.line, twice);
      g_clear_pointer (&root, json_node_unref);
    }
  return root;
}

/**
 * ct_programme_from_json:
 * @data: the text of a programme file (docs/programme-json.md)
 * @length: its length in bytes, or -1 when NUL-terminated
 * @error: return location for a #CtJsonError whose message names the path of the first
 *   value refused
 *
 * Reads a programme written by ct_programme_to_json() or by hand. Item UUIDs and
 * SEQUENCE are kept; an item without "uuid" gets a new one. The result is never saved
 * (id and revision 0).
 *
 * Returns: (transfer full) (nullable): the programme, or %NULL with @error set
 */
CtProgramme *
ct_programme_from_json (const char  *data,
                        gssize       length,
                        GError     **error)
{
  static const char *const keys_v1[] = {
    "format", "version", "style", "superior_body", "issuing_body", "number", "kind_code",
    "body_code", "place_name", "issue_date", "period_kind", "period_year", "period_index",
    "subtitle", "status", "introduction", "sections", "recipients", "archive_line",
    "signing_authority", "signer_body", "signer_title", "signer_name", NULL
  };
  static const char *const keys[] = {
    "format", "version", "style", "superior_body", "issuing_body", "number", "kind_code",
    "body_code", "place_name", "issue_date", "period_kind", "period_year", "period_index",
    "subtitle", "status", "introduction", "sections", "recipients", "archive_line",
    "signer_authorities", "signer_title", "signer_name", NULL
  };
  static const char *const required[] = {
    "format", "version", "style", "period_kind", "period_year", "sections", NULL
  };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(CtProgramme) p = NULL;
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CtJsonReader r = { error, uuids, 0 };
  JsonObject *o;

  g_return_val_if_fail (data != NULL, NULL);

  root = parse (data, length, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      ct_json_fail (&r, _("At %s: expected an object."), "$");
      return NULL;
    }
  o = json_node_get_object (root);
  p = ct_programme_new ();
  if (!check_format (o, error))
    return NULL;
  r.version = json_node_get_int (json_object_get_member (o, "version"));
  if (!ct_json_check_keys (&r, o, "$", r.version == 1 ? keys_v1 : keys, required) ||
      !read_header (&r, o, p) || !read_sections (&r, o, p) || !read_recipients (&r, o, p))
    return NULL;
  return g_steal_pointer (&p);
}
