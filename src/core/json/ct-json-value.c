/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "ct-date-time.h"
#include "ct-json-private.h"

gboolean
ct_json_fail (CtJsonReader *r,
              const char   *format,
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

gboolean
ct_json_check_keys (CtJsonReader      *r,
                    JsonObject        *o,
                    const char        *path,
                    const char *const *allowed,
                    const char *const *required)
{
  g_autoptr(GList) members = json_object_get_members (o);

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      /* Translators: %1$s is a place in the file such as "$.sections[0]", %2$s a key. */
      return ct_json_fail (r, _("At %1$s: unknown key “%2$s”."), path, (const char *) l->data);
  for (guint i = 0; required[i] != NULL; i++)
    if (!json_object_has_member (o, required[i]))
      /* Translators: %1$s is a place in the file such as "$.sections[0]", %2$s a key. */
      return ct_json_fail (r, _("At %1$s: the required key “%2$s” is missing."), path, required[i]);
  return TRUE;
}

gboolean
ct_json_is_value_of (JsonNode *node,
                     GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* The member @key of @o, or %NULL when it is absent; @where is set to its path. */
JsonNode *
ct_json_member (JsonObject  *o,
                const char  *path,
                const char  *key,
                char       **where)
{
  *where = g_strdup_printf ("%s.%s", path, key);
  return json_object_get_member (o, key);
}

gboolean
ct_json_text_at (CtJsonReader  *r,
                 JsonNode      *node,
                 const char    *where,
                 gboolean       nullable,
                 char         **out)
{
  if (nullable && JSON_NODE_HOLDS_NULL (node))
    {
      g_clear_pointer (out, g_free);
      return TRUE;
    }
  if (!ct_json_is_value_of (node, G_TYPE_STRING))
    return nullable ? ct_json_fail (r, _("At %s: expected text or null."), where)
                    : ct_json_fail (r, _("At %s: expected text."), where);
  g_free (*out);
  /* The model keeps its strings NFC; the characters a user sees stay the same. */
  *out = g_utf8_normalize (json_node_get_string (node), -1, G_NORMALIZE_NFC);
  return TRUE;
}

gboolean
ct_json_get_text (CtJsonReader  *r,
                  JsonObject    *o,
                  const char    *path,
                  const char    *key,
                  gboolean       nullable,
                  char         **out)
{
  g_autofree char *where = NULL;
  JsonNode *node = ct_json_member (o, path, key, &where);

  return node == NULL || ct_json_text_at (r, node, where, nullable, out);
}

/* An identifier another program made (a calendar UID), kept byte for byte since it
 * goes back to that program: text, not empty, or null. */
gboolean
ct_json_get_identifier (CtJsonReader  *r,
                        JsonObject    *o,
                        const char    *path,
                        const char    *key,
                        char         **out)
{
  g_autofree char *where = NULL;
  JsonNode *node = ct_json_member (o, path, key, &where);

  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_clear_pointer (out, g_free);
      return TRUE;
    }
  if (!ct_json_is_value_of (node, G_TYPE_STRING) || *json_node_get_string (node) == '\0')
    return ct_json_fail (r,
                         /* Translators: %s is the place of the value in the file, e.g.
                          * "$.sections[0].items[2].ics_uid". */
                         _("At %s: expected a calendar UID (text that is not empty) or "
                           "null."), where);
  g_free (*out);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

gboolean
ct_json_get_int (CtJsonReader *r,
                 JsonObject   *o,
                 const char   *path,
                 const char   *key,
                 gint64        min,
                 gint64        max,
                 gint64       *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = ct_json_member (o, path, key, &where);
  g_autofree char *found = NULL, *low = NULL, *high = NULL;
  gint64 value;

  if (node == NULL)
    return TRUE;
  if (!ct_json_is_value_of (node, G_TYPE_INT64))
    return ct_json_fail (r, _("At %s: expected a whole number."), where);
  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      found = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      high = g_strdup_printf ("%" G_GINT64_FORMAT, max);
      /* Translators: %1$s is a place in the file, %2$s the number found there, %3$s and
       * %4$s the smallest and the largest allowed. */
      return ct_json_fail (r, _("At %1$s: %2$s is not between %3$s and %4$s."), where, found, low,
                           high);
    }
  *out = value;
  return TRUE;
}

gboolean
ct_json_get_bool (CtJsonReader *r,
                  JsonObject   *o,
                  const char   *path,
                  const char   *key,
                  gboolean     *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = ct_json_member (o, path, key, &where);

  if (node == NULL)
    return TRUE;
  if (!ct_json_is_value_of (node, G_TYPE_BOOLEAN))
    return ct_json_fail (r, _("At %s: expected true or false."), where);
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
ct_json_name_at (CtJsonReader      *r,
                 JsonNode          *node,
                 const char        *where,
                 const char *const *names,
                 guint             *out)
{
  g_autofree char *list = NULL;
  const char *text;

  if (!ct_json_is_value_of (node, G_TYPE_STRING))
    return ct_json_fail (r, _("At %s: expected text."), where);
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
  return ct_json_fail (r, _("At %1$s: “%2$s” is not one of: %3$s."), where, text, list);
}

gboolean
ct_json_get_enum (CtJsonReader      *r,
                  JsonObject        *o,
                  const char        *path,
                  const char        *key,
                  const char *const *names,
                  guint             *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = ct_json_member (o, path, key, &where);

  return node == NULL || ct_json_name_at (r, node, where, names, out);
}

gboolean
ct_json_date_at (CtJsonReader *r,
                 JsonNode     *node,
                 const char   *where,
                 GDate        *out)
{
  const char *text;
  int year = 0;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      g_date_clear (out, 1);
      return TRUE;
    }
  if (!ct_json_is_value_of (node, G_TYPE_STRING))
    return ct_json_fail (r, _("At %s: expected a date (YYYY-MM-DD) or null."), where);
  text = json_node_get_string (node);
  if (strlen (text) == 10 && text[4] == '-' && sscanf (text, "%4d", &year) == 1 &&
      !ct_date_year_in_range (year) && g_ascii_isdigit (text[0]))
    /* Translators: %1$s is a place in the file, %2$s the date found there, %3$d and
     * %4$d the first and the last year allowed. */
    return ct_json_fail (r, _("At %1$s: “%2$s”: the year must be between %3$d and %4$d."), where,
                         text, CT_DATE_MIN_YEAR, CT_DATE_MAX_YEAR);
  if (strlen (text) != 10 || !ct_date_parse_iso (text, out))
    /* Translators: %1$s is a place in the file, %2$s the text found there. */
    return ct_json_fail (r, _("At %1$s: “%2$s” is not a date (YYYY-MM-DD)."), where, text);
  return TRUE;
}

gboolean
ct_json_get_date (CtJsonReader *r,
                  JsonObject   *o,
                  const char   *path,
                  const char   *key,
                  GDate        *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = ct_json_member (o, path, key, &where);

  return node == NULL || ct_json_date_at (r, node, where, out);
}

gboolean
ct_json_get_time (CtJsonReader *r,
                  JsonObject   *o,
                  const char   *path,
                  const char   *key,
                  int          *out)
{
  g_autofree char *where = NULL;
  JsonNode *node = ct_json_member (o, path, key, &where);
  const char *text;

  if (node == NULL)
    return TRUE;
  if (JSON_NODE_HOLDS_NULL (node))
    {
      *out = CT_NO_TIME;
      return TRUE;
    }
  if (!ct_json_is_value_of (node, G_TYPE_STRING))
    return ct_json_fail (r, _("At %s: expected a time (HH:MM) or null."), where);
  text = json_node_get_string (node);
  if (strlen (text) != 5 || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      text[2] != ':' || !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]) ||
      g_ascii_digit_value (text[3]) > 5 ||
      (text[0] - '0') * 10 + (text[1] - '0') > 23)
    /* Translators: %1$s is a place in the file, %2$s the text found there. */
    return ct_json_fail (r, _("At %1$s: “%2$s” is not a time (HH:MM)."), where, text);
  *out = ((text[0] - '0') * 10 + (text[1] - '0')) * 60 + (text[3] - '0') * 10 + text[4] - '0';
  return TRUE;
}

/* The list @key of @o, %NULL in @out when absent. */
gboolean
ct_json_get_array (CtJsonReader  *r,
                   JsonObject    *o,
                   const char    *path,
                   const char    *key,
                   JsonArray    **out)
{
  g_autofree char *where = NULL;
  JsonNode *node = ct_json_member (o, path, key, &where);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return ct_json_fail (r, _("At %s: expected a list."), where);
  *out = json_node_get_array (node);
  return TRUE;
}

/* Element @i of @array as an object; @where is set to its path. */
JsonObject *
ct_json_object_at (CtJsonReader  *r,
                   JsonArray     *array,
                   const char    *path,
                   const char    *key,
                   guint          i,
                   char         **where)
{
  JsonNode *node = json_array_get_element (array, i);

  *where = g_strdup_printf ("%s.%s[%u]", path, key, i);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ct_json_fail (r, _("At %s: expected an object."), *where);
      return NULL;
    }
  return json_node_get_object (node);
}

gboolean
ct_json_read_strings (CtJsonReader *r,
                      JsonObject   *o,
                      const char   *path,
                      const char   *key,
                      GPtrArray    *out)
{
  JsonArray *array;

  if (!ct_json_get_array (r, o, path, key, &array))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, key, i);
      char *text = NULL;

      if (!ct_json_text_at (r, json_array_get_element (array, i), where, FALSE, &text))
        return FALSE;
      g_ptr_array_add (out, text);
    }
  return TRUE;
}

