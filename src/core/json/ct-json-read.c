/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "ct-date-time.h"
#include "ct-json.h"

/* Every check below names the value by its path from the root, "$.sections[1].title", so
 * that whoever wrote the file can find it; nothing unknown is ignored, since a typing slip
 * in a key would otherwise drop what it holds. */

typedef struct
{
  GError **error;
  GHashTable *uuids; /* the item UUIDs seen so far */
} Reader;

static gboolean G_GNUC_PRINTF (2, 3)
fail (Reader     *r,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (r->error, CT_JSON_ERROR, CT_JSON_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_keys (Reader            *r,
            JsonObject        *o,
            const char        *path,
            const char *const *allowed,
            const char *const *required)
{
  g_autoptr(GList) members = json_object_get_members (o);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      /* Translators: %1$s is a place in the file such as "$.sections[0]", %2$s a key. */
      return fail (r, _("At %1$s: unknown key “%2$s”."), path, (const char *) l->data);
  for (guint i = 0; required[i] != NULL; i++)
    if (!json_object_has_member (o, required[i]))
      /* Translators: %1$s is a place in the file such as "$.sections[0]", %2$s a key. */
      return fail (r, _("At %1$s: the required key “%2$s” is missing."), path, required[i]);
  return TRUE;
}

static gboolean
is_value_of (JsonNode *node,
             GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* The member @key of @o, or %NULL when it is absent; @where is set to its path. */
static JsonNode *
member (JsonObject  *o,
        const char  *path,
        const char  *key,
        char       **where)
{
  *where = g_strdup_printf ("%s.%s", path, key);
  return json_object_get_member (o, key);
}

static gboolean
text_at (Reader      *r,
         JsonNode    *node,
         const char  *where,
         gboolean     nullable,
         char       **out)
{
  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      g_clear_pointer (out, g_free);
      return TRUE;
    }
  if (!is_value_of (node, G_TYPE_STRING))
    return nullable ? fail (r, _("At %s: expected text or null."), where)
                    : fail (r, _("At %s: expected text."), where);
  g_free (*out);
  /* The model keeps its strings NFC; the characters a user sees stay the same. */
  *out = g_utf8_normalize (json_node_get_string (node), -1, G_NORMALIZE_NFC);
  return TRUE;
}

static gboolean
get_text (Reader      *r,
          JsonObject  *o,
          const char  *path,
          const char  *key,
          gboolean     nullable,
          char       **out)
{
  g_autofree char *where = NULL;
  JsonNode *node = member (o, path, key, &where);

  return node == NULL || text_at (r, node, where, nullable, out);
}

static gboolean
get_int (Reader     *r,
         JsonObject *o,
         const char *path,
         const char *key,
         gint64      min,
         gint64      max,
         gint64     *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = member (o, path, key, &where);
  g_autofree char *found = NULL, *low = NULL, *high = NULL;
  gint64 value;

  if (node == NULL)
    return TRUE;
  if (!is_value_of (node, G_TYPE_INT64))
    return fail (r, _("At %s: expected a whole number."), where);
  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      found = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      high = g_strdup_printf ("%" G_GINT64_FORMAT, max);
      /* Translators: %1$s is a place in the file, %2$s the number found there, %3$s and
       * %4$s the smallest and the largest allowed. */
      return fail (r, _("At %1$s: %2$s is not between %3$s and %4$s."), where, found, low,
                   high);
    }
  *out = value;
  return TRUE;
}

static gboolean
get_bool (Reader     *r,
          JsonObject *o,
          const char *path,
          const char *key,
          gboolean   *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = member (o, path, key, &where);

  if (node == NULL)
    return TRUE;
  if (!is_value_of (node, G_TYPE_BOOLEAN))
    return fail (r, _("At %s: expected true or false."), where);
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
name_at (Reader            *r,
         JsonNode          *node,
         const char        *where,
         const char *const *names,
         guint             *out)
{
  g_autofree char *list = NULL;
  const char *text;

  if (!is_value_of (node, G_TYPE_STRING))
    return fail (r, _("At %s: expected text."), where);
  text = json_node_get_string (node);
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (text, names[i]))
      {
        *out = i;
        return TRUE;
      }
  list = g_strjoinv (", ", (char **) names);
  /* Translators: %1$s is a place in the file, %2$s the text found there, %3$s the
   * allowed words separated by commas. */
  return fail (r, _("At %1$s: “%2$s” is not one of: %3$s."), where, text, list);
}

static gboolean
get_enum (Reader            *r,
          JsonObject        *o,
          const char        *path,
          const char        *key,
          const char *const *names,
          guint             *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = member (o, path, key, &where);

  return node == NULL || name_at (r, node, where, names, out);
}

static gboolean
date_at (Reader     *r,
         JsonNode   *node,
         const char *where,
         GDate      *out)
{
  const char *text;
  int year = 0;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_date_clear (out, 1);
      return TRUE;
    }
  if (!is_value_of (node, G_TYPE_STRING))
    return fail (r, _("At %s: expected a date (YYYY-MM-DD) or null."), where);
  text = json_node_get_string (node);
  if (strlen (text) == 10 && text[4] == '-' && sscanf (text, "%4d", &year) == 1 &&
      !ct_date_year_in_range (year) && g_ascii_isdigit (text[0]))
    /* Translators: %1$s is a place in the file, %2$s the date found there, %3$d and
     * %4$d the first and the last year allowed. */
    return fail (r, _("At %1$s: “%2$s”: the year must be between %3$d and %4$d."), where,
                 text, CT_DATE_MIN_YEAR, CT_DATE_MAX_YEAR);
  if (strlen (text) != 10 || !ct_date_parse_iso (text, out))
    /* Translators: %1$s is a place in the file, %2$s the text found there. */
    return fail (r, _("At %1$s: “%2$s” is not a date (YYYY-MM-DD)."), where, text);
  return TRUE;
}

static gboolean
get_date (Reader     *r,
          JsonObject *o,
          const char *path,
          const char *key,
          GDate      *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = member (o, path, key, &where);

  return node == NULL || date_at (r, node, where, out);
}

static gboolean
get_time (Reader     *r,
          JsonObject *o,
          const char *path,
          const char *key,
          int        *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = member (o, path, key, &where);
  const char *text;

  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_NULL (node))
    {
      *out = CT_NO_TIME;
      return TRUE;
    }
  if (!is_value_of (node, G_TYPE_STRING))
    return fail (r, _("At %s: expected a time (HH:MM) or null."), where);
  text = json_node_get_string (node);
  if (strlen (text) != 5 || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      text[2] != ':' || !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]) ||
      g_ascii_digit_value (text[3]) > 5 ||
      (text[0] - '0') * 10 + (text[1] - '0') > 23)
    /* Translators: %1$s is a place in the file, %2$s the text found there. */
    return fail (r, _("At %1$s: “%2$s” is not a time (HH:MM)."), where, text);
  *out = ((text[0] - '0') * 10 + (text[1] - '0')) * 60 + (text[3] - '0') * 10 + text[4] - '0';
  return TRUE;
}

/* The list @key of @o, %NULL in @out when absent. */
static gboolean
get_array (Reader      *r,
           JsonObject  *o,
           const char  *path,
           const char  *key,
           JsonArray  **out)
{
  g_autofree char *where = NULL;
  JsonNode *node = member (o, path, key, &where);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (r, _("At %s: expected a list."), where);
  *out = json_node_get_array (node);
  return TRUE;
}

/* Element @i of @array as an object; @where is set to its path. */
static JsonObject *
object_at (Reader      *r,
           JsonArray   *array,
           const char  *path,
           const char  *key,
           guint        i,
           char       **where)
{
  JsonNode *node = json_array_get_element (array, i);

  *where = g_strdup_printf ("%s.%s[%u]", path, key, i);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, _("At %s: expected an object."), *where);
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
read_strings (Reader     *r,
              JsonObject *o,
              const char *path,
              const char *key,
              GPtrArray  *out)
{
  JsonArray *array;

  if (!get_array (r, o, path, key, &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, key, i);
      char *text = NULL;

      if (!text_at (r, json_array_get_element (array, i), where, FALSE, &text))
        return FALSE;
      g_ptr_array_add (out, text);
    }
  return TRUE;
}

static gboolean
read_agenda (Reader     *r,
             JsonObject *o,
             const char *path,
             CtItem     *item)
{
  static const char *const keys[] = { "text", "preparing_unit", NULL };
  static const char *const required[] = { "text", NULL };
  JsonArray *array;

  if (!get_array (r, o, path, "agenda", &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = NULL;
      g_autofree char *text = NULL;
      g_autofree char *unit = NULL;
      JsonObject *a = object_at (r, array, path, "agenda", i, &where);

      if (a == NULL || !check_keys (r, a, where, keys, required) ||
          !get_text (r, a, where, "text", FALSE, &text) ||
          !get_text (r, a, where, "preparing_unit", TRUE, &unit))
        return FALSE;
      ct_item_add_agenda_item (item, text, unit);
    }
  return TRUE;
}

static gboolean
read_recurrence (Reader     *r,
                 JsonObject *o,
                 const char *path,
                 CtItem     *item)
{
  JsonArray *array;

  if (!get_array (r, o, path, "weekdays", &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.weekdays[%u]", path, i);
      guint day;

      if (!name_at (r, json_array_get_element (array, i), where, ct_json_weekday_names, &day))
        return FALSE;
      item->weekdays |= 1u << day;
    }
  if (!get_array (r, o, path, "exceptions", &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.exceptions[%u]", path, i);
      JsonNode *node = json_array_get_element (array, i);
      GDate date;

      if (JSON_NODE_HOLDS_NULL (node))
        return fail (r, _("At %s: expected a date (YYYY-MM-DD)."), where);
      if (!date_at (r, node, where, &date))
        return FALSE;
      ct_item_add_exception (item, &date);
    }
  return TRUE;
}

static gboolean
read_uuid (Reader     *r,
           JsonObject *o,
           const char *path,
           CtItem     *item)
{
  g_autofree char *where = NULL;
  char *uuid = g_strdup (item->uuid);

  if (!get_text (r, o, path, "uuid", FALSE, &uuid))
    {
      g_free (uuid);
      return FALSE;
    }
  g_free (item->uuid);
  item->uuid = uuid;
  where = g_strdup_printf ("%s.uuid", path);
  if (!g_uuid_string_is_valid (uuid))
    /* Translators: %1$s is a place in the file, %2$s the text found there. */
    return fail (r, _("At %1$s: “%2$s” is not a UUID."), where, uuid);
  if (!g_hash_table_add (r->uuids, g_ascii_strdown (uuid, -1)))
    /* Translators: %1$s is a place in the file, %2$s a UUID. */
    return fail (r, _("At %1$s: the UUID “%2$s” is already used by another item."), where,
                 uuid);
  return TRUE;
}

static gboolean
read_item_fields (Reader     *r,
                  JsonObject *o,
                  const char *path,
                  CtItem     *item)
{
  guint day_part = item->day_part;
  gint64 sequence = 0;

  if (!read_uuid (r, o, path, item) ||
      !get_text (r, o, path, "title", TRUE, &item->title) ||
      !read_strings (r, o, path, "paragraphs", item->paragraphs) ||
      !get_date (r, o, path, "start_date", &item->start_date) ||
      !get_date (r, o, path, "end_date", &item->end_date) ||
      !get_enum (r, o, path, "day_part", ct_json_day_part_names, &day_part) ||
      !get_time (r, o, path, "start_time", &item->start_minute) ||
      !get_time (r, o, path, "end_time", &item->end_minute) ||
      !get_bool (r, o, path, "tentative", &item->tentative) ||
      !get_text (r, o, path, "location", TRUE, &item->location) ||
      !get_text (r, o, path, "chair", TRUE, &item->chair) ||
      !read_agenda (r, o, path, item) || !read_recurrence (r, o, path, item) ||
      !get_int (r, o, path, "sequence", 0, G_MAXINT32, &sequence))
    return FALSE;
  item->day_part = day_part;
  item->sequence = sequence;
  return TRUE;
}

static CtItem *
read_item (Reader     *r,
           JsonObject *o,
           const char *path)
{
  static const char *const keys[] = {
    "kind", "uuid", "title", "paragraphs", "start_date", "end_date", "day_part",
    "start_time", "end_time", "tentative", "location", "chair", "agenda", "weekdays",
    "exceptions", "sequence", NULL
  };
  static const char *const required[] = { "kind", NULL };
  g_autoptr(CtItem) item = NULL;
  guint kind;

  if (!check_keys (r, o, path, keys, required) ||
      !get_enum (r, o, path, "kind", ct_json_kind_names, &kind))
    return NULL;
  item = ct_item_new (kind);
  if (!read_item_fields (r, o, path, item))
    return NULL;
  return g_steal_pointer (&item);
}

static gboolean
read_sections (Reader      *r,
               JsonObject  *o,
               CtProgramme *p)
{
  static const char *const keys[] = { "title", "items", NULL };
  static const char *const required[] = { "title", NULL };
  JsonArray *sections;

  if (!get_array (r, o, "$", "sections", &sections))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      g_autofree char *where = NULL;
      g_autofree char *title = NULL;
      JsonObject *s = object_at (r, sections, "$", "sections", i, &where);
      JsonArray *items;
      CtSection *section;

      if (s == NULL || !check_keys (r, s, where, keys, required) ||
          !get_text (r, s, where, "title", FALSE, &title) ||
          !get_array (r, s, where, "items", &items))
        return FALSE;
      section = ct_programme_add_section (p, title);
      for (guint j = 0; items != NULL && j < json_array_get_length (items); j++)
        {
          g_autofree char *item_path = NULL;
          JsonObject *item_object = object_at (r, items, where, "items", j, &item_path);
          CtItem *item = item_object == NULL ? NULL : read_item (r, item_object, item_path);

          if (item == NULL)
            return FALSE;
          g_ptr_array_add (section->items, item);
        }
    }
  return TRUE;
}

static gboolean
read_recipients (Reader      *r,
                 JsonObject  *o,
                 CtProgramme *p)
{
  static const char *const keys[] = { "text", "purpose", NULL };
  static const char *const required[] = { "text", NULL };
  JsonArray *array;

  if (!get_array (r, o, "$", "recipients", &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = NULL;
      g_autofree char *text = NULL;
      g_autofree char *purpose = NULL;
      JsonObject *object = object_at (r, array, "$", "recipients", i, &where);

      if (object == NULL || !check_keys (r, object, where, keys, required) ||
          !get_text (r, object, where, "text", FALSE, &text) ||
          !get_text (r, object, where, "purpose", TRUE, &purpose))
        return FALSE;
      ct_programme_add_recipient (p, text, purpose);
    }
  return TRUE;
}

static gboolean
read_period (Reader      *r,
             JsonObject  *o,
             CtProgramme *p)
{
  guint kind = CT_PERIOD_KIND_MONTH;
  gint64 year = 0, index = 0;
  JsonNode *node = json_object_get_member (o, "period_index");

  if (!get_enum (r, o, "$", "period_kind", ct_json_period_names, &kind) ||
      !get_int (r, o, "$", "period_year", CT_DATE_MIN_YEAR, CT_DATE_MAX_YEAR, &year))
    return FALSE;
  if (kind != CT_PERIOD_KIND_YEAR && node == NULL)
    return fail (r, _("At %1$s: the required key “%2$s” is missing."), "$", "period_index");
  if (kind == CT_PERIOD_KIND_YEAR && node != NULL && !JSON_NODE_HOLDS_NULL (node))
    return fail (r, _("At %s: a year programme has no period index; write null."),
                 "$.period_index");
  if (kind != CT_PERIOD_KIND_YEAR &&
      !get_int (r, o, "$", "period_index", 1, kind == CT_PERIOD_KIND_MONTH ? 12 : 4, &index))
    return FALSE;
  ct_programme_set_period (p, kind, year, index);
  return TRUE;
}

static gboolean
read_header (Reader      *r,
             JsonObject  *o,
             CtProgramme *p)
{
  guint style = p->style, status = p->status, authority = p->signing_authority;
  gint64 number = 0;

  if (!get_enum (r, o, "$", "style", ct_json_style_names, &style) ||
      !get_text (r, o, "$", "superior_body", TRUE, &p->superior_body) ||
      !get_text (r, o, "$", "issuing_body", TRUE, &p->issuing_body) ||
      !get_int (r, o, "$", "number", 0, G_MAXINT32, &number) ||
      !get_text (r, o, "$", "kind_code", FALSE, &p->kind_code) ||
      !get_text (r, o, "$", "body_code", TRUE, &p->body_code) ||
      !get_text (r, o, "$", "place_name", TRUE, &p->place_name) ||
      !get_date (r, o, "$", "issue_date", &p->issue_date) || !read_period (r, o, p) ||
      !get_text (r, o, "$", "subtitle", TRUE, &p->subtitle) ||
      !get_enum (r, o, "$", "status", ct_json_status_names, &status) ||
      !get_text (r, o, "$", "introduction", TRUE, &p->introduction) ||
      !get_text (r, o, "$", "archive_line", TRUE, &p->archive_line) ||
      !get_enum (r, o, "$", "signing_authority", ct_json_authority_names, &authority) ||
      !get_text (r, o, "$", "signer_body", TRUE, &p->signer_body) ||
      !get_text (r, o, "$", "signer_title", TRUE, &p->signer_title) ||
      !get_text (r, o, "$", "signer_name", TRUE, &p->signer_name))
    return FALSE;
  p->style = style;
  p->status = status;
  p->signing_authority = authority;
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

  if (format == NULL || !is_value_of (format, G_TYPE_STRING) ||
      g_strcmp0 (json_node_get_string (format), CT_JSON_FORMAT) != 0)
    {
      g_set_error (error, CT_JSON_ERROR, CT_JSON_ERROR_FORMAT,
                   /* Translators: %s is the word a programme file has as its "format". */
                   _("This is not a Congtac programme file: its “format” is not “%s”."),
                   CT_JSON_FORMAT);
      return FALSE;
    }
  if (version == NULL || !is_value_of (version, G_TYPE_INT64) ||
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
  static const char *const keys[] = {
    "format", "version", "style", "superior_body", "issuing_body", "number", "kind_code",
    "body_code", "place_name", "issue_date", "period_kind", "period_year", "period_index",
    "subtitle", "status", "introduction", "sections", "recipients", "archive_line",
    "signing_authority", "signer_body", "signer_title", "signer_name", NULL
  };
  static const char *const required[] = {
    "format", "version", "style", "period_kind", "period_year", "sections", NULL
  };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(CtProgramme) p = NULL;
  g_autoptr(GHashTable) uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Reader r = { error, uuids };
  JsonObject *o;

  g_return_val_if_fail (data != NULL, NULL);

  root = parse (data, length, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (&r, _("At %s: expected an object."), "$");
      return NULL;
    }
  o = json_node_get_object (root);
  p = ct_programme_new ();
  if (!check_format (o, error) || !check_keys (&r, o, "$", keys, required) ||
      !read_header (&r, o, p) || !read_sections (&r, o, p) || !read_recipients (&r, o, p))
    return NULL;
  return g_steal_pointer (&p);
}
