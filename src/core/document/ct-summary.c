/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-summary"

#include "ct-format.h"
#include "ct-summary.h"
#include "ct-text.h"

static void
append_separator (GString *out)
{
  if (out->len > 0)
    g_string_append (out, " · ");
}

/* "26/9/2023 (thứ Ba)", "10/10/2023 – 12/10/2023 (thứ Ba)", with day part and time. */
static void
append_event_date (GString      *out,
                   const CtItem *item)
{
  g_autofree char *start = NULL;
  g_autofree char *time = NULL;
  const char *part = ct_format_day_part (item->day_part);

  if (ct_item_is_vague (item))
    {
      g_autofree char *when = g_strstrip (g_strdup (item->vague_when));
      g_string_append (out, when);
      return;
    }
  if (!g_date_valid (&item->start_date))
    {
      g_string_append (out, "chưa có ngày");
      return;
    }
  start = ct_format_date_short (&item->start_date);
  g_string_append (out, start);
  if (g_date_valid (&item->end_date) && g_date_compare (&item->end_date, &item->start_date) > 0)
    {
      g_autofree char *end = ct_format_date_short (&item->end_date);
      g_string_append_printf (out, " – %s", end);
    }
  else
    g_string_append_printf (out, " (%s)", ct_format_weekday (g_date_get_weekday (&item->start_date)));
  time = ct_format_time (item->start_minute);
  if (*time != '\0')
    g_string_append_printf (out, ", %s", time);
  if (*part != '\0')
    g_string_append_printf (out, ", %s", part);
}

static void
append_excerpt (GString    *out,
                const char *text)
{
  g_autofree char *flat = ct_text_collapse_spaces (text ? text : "");

  if (g_utf8_strlen (flat, -1) > CT_SUMMARY_TASK_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (flat, 0, CT_SUMMARY_TASK_CHARS - 1);
      g_strchomp (cut);
      g_string_append_printf (out, "%s…", cut);
    }
  else
    g_string_append (out, flat);
}

/**
 * ct_item_dup_summary:
 * @item: an item
 *
 * The one-line summary of an item in the editor's list, in the document's language
 * (Vietnamese, whatever the interface language, like the document it stands for):
 * "26/9/2023 (thứ Ba) · Dự kiến · Hội nghị Ban Thường vụ Huyện ủy · 9 nội dung" for an
 * event, "tuần 3 · Kiểm tra …" for an event whose timing is in words, "chiều thứ Hai
 * hằng tuần · Giao ban Thường trực" or "sáng ngày 05 hằng tháng · Tiếp công dân" for a
 * recurring item, the start of
 * the first paragraph (at most %CT_SUMMARY_TASK_CHARS characters) for a task.
 *
 * Returns: (transfer full): the summary
 */
char *
ct_item_dup_summary (const CtItem *item)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (item != NULL, g_string_free (out, FALSE));

  if (item->kind == CT_ITEM_TASK)
    {
      append_excerpt (out, item->paragraphs->len > 0 ? g_ptr_array_index (item->paragraphs, 0)
                                                     : NULL);
      return g_string_free (out, FALSE);
    }
  if (item->kind == CT_ITEM_EVENT)
    append_event_date (out, item);
  else
    {
      g_autofree char *when = ct_format_event_when (item);
      g_string_append (out, when);
    }
  if (item->tentative)
    {
      append_separator (out);
      g_string_append (out, "Dự kiến");
    }
  if (!ct_text_is_blank (item->title))
    {
      append_separator (out);
      append_excerpt (out, item->title);
    }
  if (item->agenda->len > 0)
    {
      append_separator (out);
      g_string_append_printf (out, "%u nội dung", item->agenda->len);
    }
  return g_string_free (out, FALSE);
}

/**
 * ct_section_dup_heading:
 * @section: a section
 * @position: its 0-based position in the programme
 *
 * The heading with its numeral, as the document numbers sections (36-HD/VPTW §4: roman
 * numerals): "IV. Hội nghị Ban Thường vụ Huyện ủy".
 *
 * Returns: (transfer full): the heading
 */
char *
ct_section_dup_heading (const CtSection *section,
                        guint            position)
{
  g_autofree char *numeral = ct_format_roman (position + 1);

  g_return_val_if_fail (section != NULL, NULL);
  return g_strdup_printf ("%s. %s", numeral, section->title ? section->title : "");
}
