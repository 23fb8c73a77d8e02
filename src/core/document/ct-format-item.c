/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-format"

#include "ct-format.h"
#include "ct-text.h"

#include <string.h>

/* The lines under an item's numbered line, in the order every writer prints them: who,
 * where and with whom, the due time of a task, the note, the paragraphs and the agenda
 * with its sub-points and preparation notes. The text and PDF renderers both print
 * these lines, so they say the same words. */

/* Labels of the attributes, by the key of ct_item_text_fields (document-format.md §13,
 * as office calendars write them: "Chủ trì", "Thành phần", "(LĐVP: Đ/c …)"). The lead
 * and co-operating units and the note are printed apart. */
static const struct { const char *key; const char *label; } labels[] = {
  { "chair", "Chủ trì" },
  { "attending_leaders", "Lãnh đạo dự" },
  { "participants", "Thành phần" },
  { "location", "Địa điểm" },
  { "preparing_unit", "Cơ quan chuẩn bị" },
  { "accompanying_officer", "LĐVP" },
};

static const char *
label_of (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (strcmp (labels[i].key, key) == 0)
      return labels[i].label;
  return NULL;
}

static void
add_line (GPtrArray        *lines,
          CtFormatLineKind  kind,
          char             *text)
{
  CtFormatLine *line = g_new (CtFormatLine, 1);

  line->kind = kind;
  line->text = text;
  g_ptr_array_add (lines, line);
}

/**
 * ct_format_line_free:
 * @line: (transfer full) (nullable): a line
 */
void
ct_format_line_free (CtFormatLine *line)
{
  if (line == NULL)
    return;
  g_free (line->text);
  g_free (line);
}

/* "- Đơn vị chủ trì: …; phối hợp: …", or either part alone. */
static char *
units_line (const CtItem *item)
{
  gboolean lead = !ct_text_is_blank (item->lead_unit);
  gboolean cooperating = !ct_text_is_blank (item->cooperating_units);

  if (lead && cooperating)
    return g_strdup_printf ("- Đơn vị chủ trì: %s; phối hợp: %s", item->lead_unit,
                            item->cooperating_units);
  if (lead)
    return g_strdup_printf ("- Đơn vị chủ trì: %s", item->lead_unit);
  if (cooperating)
    return g_strdup_printf ("- Phối hợp: %s", item->cooperating_units);
  return NULL;
}

/* A task's due time: the wording as written ("quý II") or its exact date. */
static char *
due_line (const CtItem *item)
{
  g_autofree char *date = NULL;

  if (item->kind != CT_ITEM_TASK)
    return NULL;
  if (!ct_text_is_blank (item->vague_when))
    return g_strdup_printf ("- Thời gian hoàn thành: %s", item->vague_when);
  if (!g_date_valid (&item->end_date))
    return NULL;
  date = ct_format_date_short (&item->end_date);
  return g_strdup_printf ("- Thời gian hoàn thành: %s", date);
}

/**
 * ct_format_item_details:
 * @item: an item
 *
 * The attribute lines printed under an item's numbered line, one per attribute set, in
 * the order of ct_item_text_fields (document-format.md §13): "- Chủ trì: …",
 * "- Lãnh đạo dự: …", "- Thành phần: …", "- Địa điểm: …", "- Cơ quan chuẩn bị: …",
 * "- Đơn vị chủ trì: …; phối hợp: …" (or "- Phối hợp: …" alone), "- LĐVP: …"; for a
 * task, then its due time "- Thời gian hoàn thành: 25/3/2025" or the wording it was given
 * ("quý II"). Values are printed as typed. The note is apart: ct_format_item_note().
 *
 * Returns: (transfer full) (element-type utf8): the lines, possibly none
 */
GPtrArray *
ct_format_item_details (const CtItem *item)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  gboolean units_done = FALSE;
  char *due;

  g_return_val_if_fail (item != NULL, lines);

  for (guint i = 0; i < CT_ITEM_N_TEXT_FIELDS; i++)
    {
      const CtItemTextField *field = &ct_item_text_fields[i];
      const char *value = ct_item_get_text_field (item, field);
      const char *label = label_of (field->key);

      if (ct_text_is_blank (value))
        continue;
      if (label != NULL)
        g_ptr_array_add (lines, g_strdup_printf ("- %s: %s", label, value));
      else if (!units_done && (strcmp (field->key, "lead_unit") == 0 ||
                               strcmp (field->key, "cooperating_units") == 0))
        {
          g_ptr_array_add (lines, units_line (item));
          units_done = TRUE;
        }
    }
  due = due_line (item);
  if (due != NULL)
    g_ptr_array_add (lines, due);
  return lines;
}

/**
 * ct_format_item_note:
 * @item: an item
 *
 * The item's note in parentheses, as office calendars write "(Giấy mời riêng)"; a note
 * the user already wrote in parentheses is kept as it is.
 *
 * Returns: (transfer full) (nullable): the note, or %NULL when there is none
 */
char *
ct_format_item_note (const CtItem *item)
{
  g_autofree char *note = NULL;

  g_return_val_if_fail (item != NULL, NULL);

  if (ct_text_is_blank (item->note))
    return NULL;
  note = g_strstrip (g_strdup (item->note));
  if (note[0] == '(' && note[strlen (note) - 1] == ')')
    return g_steal_pointer (&note);
  return g_strdup_printf ("(%s)", note);
}

/**
 * ct_format_subpoint:
 * @index: the sub-point's 0-based position under its agenda item
 * @text: its wording
 *
 * A sub-point lettered in the order of the Vietnamese alphabet, as documents letter
 * their points (NĐ 30/2020 Phụ lục I: a, b, c, d, đ, e, g, h, …): "a) …", "đ) …".
 * Past "y)" the letters run out and the number is written: "24) …".
 *
 * Returns: (transfer full): the line
 */
char *
ct_format_subpoint (guint       index,
                    const char *text)
{
  static const char *const letters[] = {
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
  };

  if (index < G_N_ELEMENTS (letters))
    return g_strdup_printf ("%s) %s", letters[index], text);
  return g_strdup_printf ("%u) %s", index + 1, text);
}

static void
add_paragraphs (GPtrArray    *lines,
                const CtItem *item,
                guint         first)
{
  for (guint i = first; i < item->paragraphs->len; i++)
    add_line (lines, CT_FORMAT_LINE_PARAGRAPH, g_strdup (g_ptr_array_index (item->paragraphs, i)));
}

static void
add_agenda (GPtrArray    *lines,
            const CtItem *item,
            gboolean      numbered)
{
  g_autoptr(GPtrArray) notes = ct_format_preparation_notes (item);
  guint next_note = 0;

  for (guint i = 0; i < item->agenda->len; i++)
    {
      const CtAgendaItem *agenda = g_ptr_array_index (item->agenda, i);

      add_line (lines, CT_FORMAT_LINE_AGENDA,
                numbered ? g_strdup_printf ("%u. %s", i + 1, agenda->text)
                         : g_strdup_printf ("- %s", agenda->text));
      for (guint k = 0; k < agenda->subpoints->len; k++)
        add_line (lines, CT_FORMAT_LINE_SUBPOINT,
                  ct_format_subpoint (k, g_ptr_array_index (agenda->subpoints, k)));
      for (; next_note < notes->len; next_note++)
        {
          CtPreparationNote *note = g_ptr_array_index (notes, next_note);

          if (note->after > i)
            break;
          add_line (lines, CT_FORMAT_LINE_PREPARATION, g_strdup (note->text));
        }
    }
}

/**
 * ct_format_item_lines:
 * @item: an item
 * @numbered_agenda: whether agenda items are numbered "1.", "2.", as under a conference
 *   that heads its section, or marked "- " as under a numbered item
 *
 * The lines that follow an item's numbered line (its event line, or for a task its
 * first paragraph), in print order (document-format.md §11, §13):
 * - event or recurring item: ct_format_item_details(), ct_format_item_note(), the
 *   paragraphs, then the agenda items, each followed by its sub-points ("a) …") and by
 *   the preparation notes that close a run of items (ct_format_preparation_notes());
 * - task: the paragraphs after the first, ct_format_item_details() (units, due time),
 *   then ct_format_item_note().
 *
 * Returns: (transfer full) (element-type CtFormatLine): the lines
 */
GPtrArray *
ct_format_item_lines (const CtItem *item,
                      gboolean      numbered_agenda)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_format_line_free);
  g_autoptr(GPtrArray) details = NULL;
  char *note;

  g_return_val_if_fail (item != NULL, lines);

  details = ct_format_item_details (item);
  note = ct_format_item_note (item);
  if (item->kind == CT_ITEM_TASK)
    add_paragraphs (lines, item, 1);
  for (guint i = 0; i < details->len; i++)
    add_line (lines, CT_FORMAT_LINE_DETAIL, g_strdup (g_ptr_array_index (details, i)));
  if (note != NULL)
    add_line (lines, CT_FORMAT_LINE_NOTE, note);
  if (item->kind == CT_ITEM_TASK)
    return lines;
  add_paragraphs (lines, item, 0);
  add_agenda (lines, item, numbered_agenda);
  return lines;
}
