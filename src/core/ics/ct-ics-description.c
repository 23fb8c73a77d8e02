/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <string.h>

#include "ct-format.h"
#include "ct-ics-private.h"
#include "ct-text.h"

/* An event's DESCRIPTION as the export writes it (ct-ics-export.c) and as it is read
 * back into the item (ct-ics-read.c): the labelled lines of the item's attributes. */

/* The labels of ct_item_text_fields in a DESCRIPTION, by key; the location has its own
 * LOCATION property. */
static const struct
{
  const char *key;
  const char *label;
} field_labels[] = {
  { "chair", "Chủ trì" },
  { "attending_leaders", "Lãnh đạo dự" },
  { "participants", "Thành phần" },
  { "preparing_unit", "Cơ quan chuẩn bị" },
  { "lead_unit", "Đơn vị chủ trì" },
  { "cooperating_units", "Phối hợp" },
  { "accompanying_officer", "LĐVP" },
  { "note", "Ghi chú" },
};

/**
 * ct_ics_field_label:
 * @field: an entry of ct_item_text_fields
 *
 * Returns: (nullable): the Vietnamese label of @field's line in a DESCRIPTION ("Chủ
 *   trì"), or %NULL for the location, written as LOCATION
 */
const char *
ct_ics_field_label (const CtItemTextField *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (strcmp (field_labels[i].key, field->key) == 0)
      return field_labels[i].label;
  return NULL;
}

/* Reads "Label: value" into its attribute when it is one and not read yet. */
static gboolean
read_labelled_line (CtItem     *item,
                    const char *line)
{
  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    {
      const CtItemTextField *field = &ct_item_text_fields[i];
      const char *label = ct_ics_field_label (field);
      gsize length = label ? strlen (label) : 0;

      if (label == NULL || strncmp (line, label, length) != 0 ||
          strncmp (line + length, ": ", 2) != 0 || ct_item_get_text_field (item, field))
        continue;
      ct_item_set_text_field (item, field, line + length + 2);
      return TRUE;
    }
  return FALSE;
}

/* Assigns @unit to the agenda items a note names: "nội dung 1-3", "nội dung 4,5", or,
 * with no numbers, the item just above (ct_format_preparation_notes()). */
static void
apply_note (CtItem     *item,
            const char *unit,
            const char *numbers)
{
  g_auto(GStrv) parts = NULL;

  if (numbers == NULL || *numbers == '\0')
    {
      if (item->agenda->len > 0)
        {
          CtAgendaItem *last = g_ptr_array_index (item->agenda, item->agenda->len - 1);
          g_free (last->preparing_unit);
          last->preparing_unit = g_strdup (unit);
        }
      return;
    }
  parts = g_strsplit (numbers, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 from = 0, to = 0;
      g_auto(GStrv) range = g_strsplit (g_strstrip (parts[i]), "-", 2);

      /* "1-3," and "1,,3" give empty parts. */
      if (range[0] == NULL || !g_ascii_string_to_unsigned (range[0], 10, 1, G_MAXUINT, &from,
                                                           NULL))
        continue;
      if (range[1] == NULL || !g_ascii_string_to_unsigned (range[1], 10, from, G_MAXUINT,
                                                           &to, NULL))
        to = from;
      for (guint64 n = from; n <= to && n <= item->agenda->len; n++)
        {
          CtAgendaItem *agenda = g_ptr_array_index (item->agenda, n - 1);
          g_free (agenda->preparing_unit);
          agenda->preparing_unit = g_strdup (unit);
        }
    }
}

/**
 * ct_ics_read_description:
 * @item: an event item
 * @description: a DESCRIPTION as Congtac writes it
 *
 * Reads back what the export writes: a first line "Thời gian: …" as the vague timing
 * (kept only when the event has the form of one, see ct-ics-read.c), the labelled lines
 * at the top ("Chủ trì: …", ct_ics_field_label()) as the item's attributes, "1. …" lines
 * as agenda items, "(… chuẩn bị nội dung 1-3)" notes as their preparing units, other
 * lines as paragraphs.
 */
void
ct_ics_read_description (CtItem     *item,
                         const char *description)
{
  /* Compiled once: a file of 10 000 events calls this 10 000 times. */
  static GRegex *agenda_re, *note_re;
  g_auto(GStrv) lines = g_strsplit (description, "\n", -1);
  gboolean head = TRUE;

  if (g_once_init_enter (&note_re))
    {
      agenda_re = g_regex_new ("^([0-9]+)\\.\\s+(.+)$", G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&note_re,
                         g_regex_new ("^\\((.+?) chuẩn bị(?: nội dung ([0-9][0-9,\\- ]*))?\\)$",
                                      G_REGEX_OPTIMIZE, 0, NULL));
    }
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) agenda = NULL;
      g_autoptr(GMatchInfo) note = NULL;
      char *line = g_strstrip (lines[i]);

      if (*line == '\0')
        continue;
      if (i == 0 && g_str_has_prefix (line, CT_ICS_VAGUE_LABEL) &&
          line[strlen (CT_ICS_VAGUE_LABEL)] != '\0')
        {
          item->vague_when = g_strdup (line + strlen (CT_ICS_VAGUE_LABEL));
          continue;
        }
      if (head && read_labelled_line (item, line))
        continue;
      head = FALSE;
      /* Each expression is tried only on a line that begins as it must. */
      if (g_ascii_isdigit (*line) && g_regex_match (agenda_re, line, 0, &agenda))
        {
          g_autofree char *text = g_match_info_fetch (agenda, 2);
          ct_item_add_agenda_item (item, text, NULL);
        }
      else if (*line == '(' && item->agenda->len > 0 &&
               g_regex_match (note_re, line, 0, &note))
        {
          g_autofree char *unit = g_match_info_fetch (note, 1);
          g_autofree char *numbers = g_match_info_fetch (note, 2);
          apply_note (item, unit, numbers);
        }
      else
        ct_item_add_paragraph (item, line);
    }
}
/* A vague item's wording first ("Thời gian: tuần 3"), the item's attributes as labelled
 * lines in print order ("Chủ trì: …"), the agenda numbered as in the document with its
 * preparation notes, then the item's paragraphs. */
char *
ct_ics_build_description (const CtItem *item)
{
  g_autoptr(GPtrArray) notes = ct_format_preparation_notes (item);
  GString *out = g_string_new (NULL);
  guint next_note = 0;

  if (ct_item_is_vague (item))
    g_string_append_printf (out, CT_ICS_VAGUE_LABEL "%s\n", item->vague_when);
  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    {
      const char *label = ct_ics_field_label (&ct_item_text_fields[i]);
      const char *value = ct_item_get_text_field (item, &ct_item_text_fields[i]);

      if (label != NULL && value != NULL && !ct_text_is_blank (value))
        g_string_append_printf (out, "%s: %s\n", label, value);
    }
  for (guint i = 0; i < item->agenda->len; i++)
    {
      CtAgendaItem *agenda = g_ptr_array_index (item->agenda, i);

      g_string_append_printf (out, "%u. %s\n", i + 1, agenda->text);
      for (; next_note < notes->len; next_note++)
        {
          CtPreparationNote *note = g_ptr_array_index (notes, next_note);

          if (note->after != i)
            break;
          g_string_append_printf (out, "%s\n", note->text);
        }
    }
  for (guint i = 0; i < item->paragraphs->len; i++)
    g_string_append_printf (out, "%s%s\n", out->len > 0 && i == 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (item->paragraphs, i));
  if (out->len > 0)
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

