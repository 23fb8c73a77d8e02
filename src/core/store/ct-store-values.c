/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-store"

#include "config.h"

#include "ct-store-private.h"

#include "ct-date-time.h"

/* Conversions shared by loading (ct-store-programme.c) and saving (ct-store-save.c). */

char *
ct_store_exceptions_to_text (GArray *exceptions)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < exceptions->len; i++)
    {
      g_autofree char *iso = ct_date_to_iso (&g_array_index (exceptions, GDate, i));
      if (out->len > 0)
        g_string_append_c (out, ',');
      g_string_append (out, iso);
    }
  return g_string_free (out, FALSE);
}

void
ct_store_exceptions_from_text (const char *text,
                               CtItem     *item)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL || *text == '\0')
    return;
  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i]; i++)
    {
      GDate date;

      if (ct_date_parse_iso (parts[i], &date))
        ct_item_add_exception (item, &date);
    }
}

const char *
ct_store_column_text (sqlite3_stmt *stmt,
                      int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

char *
ct_store_column_dup (sqlite3_stmt *stmt,
                     int           column)
{
  return g_strdup (ct_store_column_text (stmt, column));
}
