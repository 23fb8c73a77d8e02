/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ct-json.h"

G_BEGIN_DECLS

/* Reading a programme file, value by value. Every check names the value by its path from
 * the root, "$.sections[1].title", so that whoever wrote the file can find it; the first
 * value refused sets the reader's error and the readers return %FALSE. */

typedef struct
{
  GError **error;
  GHashTable *uuids; /* the item UUIDs seen so far */
  gint64 version;    /* the file's "version" */
} CtJsonReader;

gboolean    ct_json_fail         (CtJsonReader       *r,
                                  const char         *format,
                                  ...) G_GNUC_PRINTF (2, 3);
gboolean    ct_json_check_keys   (CtJsonReader       *r,
                                  JsonObject         *o,
                                  const char         *path,
                                  const char *const  *allowed,
                                  const char *const  *required);
gboolean    ct_json_is_value_of  (JsonNode           *node,
                                  GType               type);
JsonNode   *ct_json_member       (JsonObject         *o,
                                  const char         *path,
                                  const char         *key,
                                  char              **where);
gboolean    ct_json_text_at      (CtJsonReader       *r,
                                  JsonNode           *node,
                                  const char         *where,
                                  gboolean            nullable,
                                  char              **out);
gboolean    ct_json_get_text     (CtJsonReader       *r,
                                  JsonObject         *o,
                                  const char         *path,
                                  const char         *key,
                                  gboolean            nullable,
                                  char              **out);
gboolean    ct_json_get_identifier (CtJsonReader     *r,
                                    JsonObject       *o,
                                    const char       *path,
                                    const char       *key,
                                    char            **out);
gboolean    ct_json_get_int      (CtJsonReader       *r,
                                  JsonObject         *o,
                                  const char         *path,
                                  const char         *key,
                                  gint64              min,
                                  gint64              max,
                                  gint64             *out);
gboolean    ct_json_get_bool     (CtJsonReader       *r,
                                  JsonObject         *o,
                                  const char         *path,
                                  const char         *key,
                                  gboolean           *out);
gboolean    ct_json_name_at      (CtJsonReader       *r,
                                  JsonNode           *node,
                                  const char         *where,
                                  const char *const  *names,
                                  guint              *out);
gboolean    ct_json_get_enum     (CtJsonReader       *r,
                                  JsonObject         *o,
                                  const char         *path,
                                  const char         *key,
                                  const char *const  *names,
                                  guint              *out);
gboolean    ct_json_date_at      (CtJsonReader       *r,
                                  JsonNode           *node,
                                  const char         *where,
                                  GDate              *out);
gboolean    ct_json_get_date     (CtJsonReader       *r,
                                  JsonObject         *o,
                                  const char         *path,
                                  const char         *key,
                                  GDate              *out);
gboolean    ct_json_get_time     (CtJsonReader       *r,
                                  JsonObject         *o,
                                  const char         *path,
                                  const char         *key,
                                  int                *out);
gboolean    ct_json_get_array    (CtJsonReader       *r,
                                  JsonObject         *o,
                                  const char         *path,
                                  const char         *key,
                                  JsonArray         **out);
JsonObject *ct_json_object_at    (CtJsonReader       *r,
                                  JsonArray          *array,
                                  const char         *path,
                                  const char         *key,
                                  guint               i,
                                  char              **where);
gboolean    ct_json_read_strings (CtJsonReader       *r,
                                  JsonObject         *o,
                                  const char         *path,
                                  const char         *key,
                                  GPtrArray          *out);

G_END_DECLS
