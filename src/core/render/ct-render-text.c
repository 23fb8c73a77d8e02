/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-render-text"

#include "ct-render-text.h"

#include "ct-format.h"
#include "ct-text.h"

/* Plain-text rendering: one paragraph per line, a blank line between the blocks of the
 * document (header, title, body, recipients, signature). The wording comes from
 * ct-format so that the text, the print layout and the importer agree. */

static gboolean
has_text (const char *text)
{
  return !ct_text_is_blank (text);
}

static void
append_line (GString    *out,
             const char *line)
{
  g_string_append (out, line);
  g_string_append_c (out, '\n');
}

/* An agency name over the lines the user typed (NĐ 30/2020 Phụ lục I §II.3: "ỦY BAN NHÂN
 * DÂN" / "HUYỆN BÌNH SƠN"), one line each, without the blank ones, as the print layout. */
static void
append_name (GString    *out,
             const char *name)
{
  g_auto(GStrv) lines = g_strsplit (name, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (has_text (lines[i]))
      append_line (out, g_strstrip (lines[i]));
}

static void
append_header (GString           *out,
               const CtProgramme *p)
{
  g_autofree char *number = ct_programme_dup_number_symbol (p);
  g_autofree char *place_date = NULL;
  gboolean party = p->style != CT_DOCUMENT_STYLE_STATE;
  gboolean has_number = p->number > 0 || has_text (p->body_code);

  if (has_text (p->superior_body))
    append_name (out, p->superior_body);
  if (has_text (p->issuing_body))
    append_name (out, p->issuing_body);
  /* 36-HD/VPTW: a star under the issuing body; the State format has none. */
  if (party && has_text (p->issuing_body))
    append_line (out, "*");
  if (has_number)
    append_line (out, number);
  if (party)
    append_line (out, "ĐẢNG CỘNG SẢN VIỆT NAM");
  else
    {
      append_line (out, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      append_line (out, "Độc lập - Tự do - Hạnh phúc");
    }
  if (has_text (p->place_name) || g_date_valid (&p->issue_date))
    {
      place_date = ct_format_place_date (p->place_name, &p->issue_date);
      append_line (out, place_date);
    }
  g_string_append_c (out, '\n');
}

static void
append_title (GString           *out,
              const CtProgramme *p)
{
  g_autofree char *subtitle = ct_programme_dup_subtitle (p);

  append_line (out, "CHƯƠNG TRÌNH");
  append_line (out, subtitle);
  append_line (out, "-----");
  g_string_append_c (out, '\n');
}

/* The lines under an item's numbered line (ct_format_item_lines()), one per line:
 * attributes, note, paragraphs, agenda items numbered "1." under a conference heading or
 * marked "- " under a numbered item, their sub-points and preparation notes
 * (document-format.md §11, §13). */
static void
append_item_lines (GString      *out,
                   const CtItem *item,
                   gboolean      numbered_agenda)
{
  g_autoptr(GPtrArray) lines = ct_format_item_lines (item, numbered_agenda);

  for (guint i = 0; i < lines->len; i++)
    append_line (out, ((CtFormatLine *) g_ptr_array_index (lines, i))->text);
}

static void
append_item (GString      *out,
             const CtItem *item,
             guint         number)
{
  g_autofree char *line = NULL;

  if (item->kind == CT_ITEM_TASK)
    {
      const char *first = item->paragraphs->len ? g_ptr_array_index (item->paragraphs, 0) : "";

      g_string_append_printf (out, "%u. %s\n", number, first);
    }
  else
    {
      line = ct_format_event_line (item);
      g_string_append_printf (out, "%u. %s\n", number, line);
    }
  append_item_lines (out, item, FALSE);
}

static void
append_section (GString         *out,
                const CtSection *section,
                guint            index)
{
  g_autofree char *numeral = ct_format_roman (index + 1);
  CtItem *heading = ct_section_get_heading_event (section);
  guint number = 1;

  if (heading != NULL)
    {
      g_autofree char *line = ct_format_event_line (heading);

      g_string_append_printf (out, "%s. %s\n", numeral, line);
      append_item_lines (out, heading, TRUE);
    }
  else
    g_string_append_printf (out, "%s. %s\n", numeral, section->title);
  for (guint i = heading != NULL ? 1 : 0; i < section->items->len; i++)
    append_item (out, g_ptr_array_index (section->items, i), number++);
}

/* "Nơi nhận:" and its lines (ct_format_recipient_lines()). */
static void
append_recipients (GString           *out,
                   const CtProgramme *p)
{
  g_autoptr(GPtrArray) lines = ct_format_recipient_lines (p);

  append_line (out, "Nơi nhận:");
  for (guint i = 0; i < lines->len; i++)
    append_line (out, g_ptr_array_index (lines, i));
  g_string_append_c (out, '\n');
}

static void
append_signature (GString           *out,
                  const CtProgramme *p)
{
  g_autofree char *authority = ct_programme_dup_signer_authorities (p);

  if (*authority != '\0')
    append_line (out, authority);
  if (has_text (p->signer_title))
    append_line (out, p->signer_title);
  if (has_text (p->signer_name))
    {
      g_string_append_c (out, '\n');
      append_line (out, p->signer_name);
    }
}

/**
 * ct_programme_render_text:
 * @programme: a programme
 *
 * Writes @programme as plain text in the document's wording and order
 * (36-HD/VPTW, Phụ lục 3; document-format.md §2–6 and §11): the header (superior body,
 * issuing body, "*", "Số 123-CTr/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", place and date; fields
 * that are not set are left out), the title block "CHƯƠNG TRÌNH" / subtitle / "-----",
 * the introduction, the sections "I. …" with tasks, event lines, agenda items and their
 * generated preparation notes, and recurring items, then "Nơi nhận:" with purposes and the
 * archive line, and the signature block. Each paragraph is one line; blocks are separated
 * by a blank line, and so are sections. Numerals and numbers come from positions.
 *
 * Returns: (transfer full): the text, UTF-8, ending with a newline
 */
char *
ct_programme_render_text (const CtProgramme *programme)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (programme != NULL, g_string_free (out, FALSE));

  append_header (out, programme);
  append_title (out, programme);
  if (has_text (programme->introduction))
    append_line (out, programme->introduction);
  for (guint i = 0; i < programme->sections->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      append_section (out, g_ptr_array_index (programme->sections, i), i);
    }
  if (programme->sections->len > 0 || has_text (programme->introduction))
    g_string_append_c (out, '\n');
  if (programme->recipients->len > 0 || has_text (programme->archive_line))
    append_recipients (out, programme);
  append_signature (out, programme);
  return g_string_free (out, FALSE);
}
