/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-settings"

#include "config.h"

#include "ct-settings.h"

typedef struct
{
  const char *start_key;
  const char *end_key;
  int default_start;
  int default_end;
} DayPartKeys;

/* The defaults agree with the schema's; the ICS issue gives them as office hours
 * (sáng 07:30–11:30, chiều 13:30–17:00, tối 19:00–21:00). */
static const DayPartKeys day_part_keys[] = {
  [CT_DAY_PART_MORNING] = { "morning-start", "morning-end", 7 * 60 + 30, 11 * 60 + 30 },
  [CT_DAY_PART_AFTERNOON] = { "afternoon-start", "afternoon-end", 13 * 60 + 30, 17 * 60 },
  [CT_DAY_PART_EVENING] = { "evening-start", "evening-end", 19 * 60, 21 * 60 },
};

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GSettingsSchema *schema = NULL;
  g_autoptr(GSettingsSchemaSource) build_source = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    return schema;

  /* Not installed: a program run from the build tree finds the schema compiled there. */
  build_source = g_settings_schema_source_new_from_directory (CT_BUILD_SCHEMA_DIR, source,
                                                              FALSE, NULL);
  if (build_source != NULL)
    schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
  return schema;
}

/**
 * ct_settings_new:
 *
 * Opens the settings of schema io.github.congtac.Congtac. Unlike g_settings_new(), a
 * missing schema is not fatal: the schema compiled in the build directory is tried, then
 * %NULL is returned and the getters below give the defaults.
 *
 * Returns: (transfer full) (nullable): the settings, or %NULL when the schema is not found
 */
GSettings *
ct_settings_new (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  if (schema == NULL)
    {
      g_debug ("Schema %s not found; using the defaults", APP_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * ct_settings_get_day_part_range:
 * @settings: (nullable): settings from ct_settings_new(), or %NULL for the defaults
 * @day_part: the day part of an event that has no time of its own
 * @start_minute: (out): start, in minutes after midnight (0–1439)
 * @end_minute: (out): end, in minutes after midnight (1–1440), after @start_minute
 *
 * Gives the times that stand for "sáng", "chiều" and "tối" where a time is required, e.g.
 * in calendar files. %CT_DAY_PART_ALL_DAY and %CT_DAY_PART_NONE give 0–1440 (the whole
 * day). A stored range whose end is not after its start falls back to the default range.
 */
void
ct_settings_get_day_part_range (GSettings *settings,
                                CtDayPart  day_part,
                                int       *start_minute,
                                int       *end_minute)
{
  const DayPartKeys *keys;
  int start, end;

  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (start_minute != NULL && end_minute != NULL);

  if (day_part != CT_DAY_PART_MORNING && day_part != CT_DAY_PART_AFTERNOON &&
      day_part != CT_DAY_PART_EVENING)
    {
      *start_minute = 0;
      *end_minute = 24 * 60;
      return;
    }

  keys = &day_part_keys[day_part];
  start = keys->default_start;
  end = keys->default_end;
  if (settings != NULL)
    {
      int s = g_settings_get_int (settings, keys->start_key);
      int e = g_settings_get_int (settings, keys->end_key);

      if (e > s)
        {
          start = s;
          end = e;
        }
    }
  *start_minute = start;
  *end_minute = end;
}

/**
 * ct_settings_dup_print_font:
 * @settings: (nullable): settings from ct_settings_new(), or %NULL for the default
 *
 * Returns: (transfer full): the font family of printed documents, never empty
 *   (default "Liberation Serif", the Times New Roman-compatible face with Vietnamese)
 */
char *
ct_settings_dup_print_font (GSettings *settings)
{
  g_autofree char *family = NULL;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (settings != NULL)
    family = g_strstrip (g_settings_get_string (settings, CT_SETTINGS_KEY_PRINT_FONT));
  if (family == NULL || *family == '\0')
    return g_strdup (CT_SETTINGS_DEFAULT_PRINT_FONT);
  return g_steal_pointer (&family);
}

/**
 * ct_settings_get_document_style:
 * @settings: (nullable): settings from ct_settings_new(), or %NULL for the default
 *
 * Returns: the style of new programmes, %CT_DOCUMENT_STYLE_PARTY by default
 */
CtDocumentStyle
ct_settings_get_document_style (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), CT_DOCUMENT_STYLE_PARTY);

  if (settings == NULL)
    return CT_DOCUMENT_STYLE_PARTY;
  return (CtDocumentStyle) g_settings_get_enum (settings, CT_SETTINGS_KEY_DEFAULT_DOCUMENT_STYLE);
}
