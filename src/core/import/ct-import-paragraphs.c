/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "ct-import-text-private.h"

#include <string.h>

/* Paragraph reconstruction.
 *
 * Text extracted from a PDF or a Word file is hard-wrapped: every printed line is a line,
 * often with blank lines between them, and page breaks add leading spaces. Justified text
 * fills every line of a paragraph but its last, so a line ends a paragraph when it ends a
 * sentence and the next line's first word would still have fitted on it. A leading space
 * decides nothing: the extraction puts one both where a page starts mid-paragraph and
 * before some paragraphs. Headings are bold and wrap earlier, so they end at a sentence end
 * or when the next line does not continue them (it starts with a capital, the heading has
 * no parenthesis left open and the next word would have fitted).
 *
 * Blank lines are left out when the extraction puts one before nearly every line (80% or
 * more, as in the seed); when they are rarer, they stand between paragraphs, and a blank
 * line ends a paragraph.
 *
 * Text that is not hard-wrapped (one paragraph per line, as pasted from an editor or
 * written by ct_programme_render_text()) is recognised by the absence of lines that
 * continue a sentence on the next line; there every line is a paragraph, except lines
 * that start in lowercase, which continue the one before. */

void
ct_import_paragraph_free (CtImportParagraph *paragraph)
{
  if (paragraph == NULL)
    return;
  g_free (paragraph->text);
  g_free (paragraph);
}

static CtImportLine *
line_at (GPtrArray *lines,
         guint      i)
{
  return g_ptr_array_index (lines, i);
}

static gboolean
starts_lower (const char *text)
{
  return g_unichar_islower (g_utf8_get_char (text));
}

static glong
first_word_length (const char *text)
{
  const char *space = strchr (text, ' ');

  return space ? g_utf8_strlen (text, space - text) : g_utf8_strlen (text, -1);
}

static gboolean
ends_sentence (const char *text)
{
  gsize len = strlen (text);

  /* Closing quotes and brackets after the stop: "… Sơn Động”." and "… (nếu có)." end
   * with the stop itself; "…”" after a stop is looked through. */
  while (len > 0 && (text[len - 1] == '"' || text[len - 1] == '\''))
    len--;
  if (len >= 3 && memcmp (text + len - 3, "\xe2\x80\x9d", 3) == 0)
    len -= 3;
  return len > 0 && strchr (".!?", text[len - 1]) != NULL;
}

static gboolean
ends_with_punctuation (const char *text)
{
  gsize len = strlen (text);

  return len > 0 && strchr (".:;,!?)", text[len - 1]) != NULL;
}

static int
parenthesis_balance (const char *text)
{
  int depth = 0;

  for (const char *p = text; *p; p++)
    depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
  return depth;
}

static gboolean
leaves_date_open (const char *text)
{
  gsize n = strlen (text), k = strlen ("ngày");

  return (g_str_has_suffix (text, "ngày") || g_str_has_suffix (text, "Ngày")) &&
         (n == k || text[n - k - 1] == ' ');
}

typedef struct
{
  glong width;    /* the longest line, in characters */
  gboolean wrapped;
  gboolean blank_ends; /* a blank line ends a paragraph */
} Layout;

static Layout
measure (GPtrArray *lines,
         guint      first,
         guint      end)
{
  Layout layout = { 0, FALSE, FALSE };
  guint continued = 0, after_blank = 0;

  for (guint i = first; i < end; i++)
    {
      const char *text = line_at (lines, i)->text;

      layout.width = MAX (layout.width, g_utf8_strlen (text, -1));
      after_blank += i > first && line_at (lines, i)->after_blank;
      if (i + 1 < end && starts_lower (line_at (lines, i + 1)->text) &&
          !ct_import_is_marker_line (line_at (lines, i + 1)->text))
        continued++;
    }
  layout.wrapped = continued >= 2 && continued * 10 >= end - first;
  /* The seed has a blank line before 95% of its lines; paragraphs are rarely that short. */
  layout.blank_ends = end - first > 1 && after_blank * 5 < (end - first - 1) * 4;
  return layout;
}

static gboolean
is_heading (const char *paragraph)
{
  guint value;
  const char *rest;

  return ct_import_parse_roman (paragraph, &value, &rest);
}

/* Whether the paragraph being built, whose last line is @line and which has @open
 * parentheses left open, ends before @next. */
static gboolean
ends_paragraph (const Layout       *layout,
                const GString      *paragraph,
                int                 open,
                const char         *line,
                const CtImportLine *next_line)
{
  const char *next = next_line->text;
  gboolean fits = g_utf8_strlen (line, -1) + 1 + first_word_length (next) <= layout->width;

  if (layout->blank_ends && next_line->after_blank)
    return TRUE;
  /* "… Dự kiến ngày" / "15/3/2025": the date is on the next line, whatever its width. */
  if (leaves_date_open (line) && !ct_import_is_marker_line (next))
    return FALSE;
  if (ct_import_is_marker_line (next))
    {
      /* "chính trị\n- xã hội": a hyphen that starts a full line is a dash, not a bullet. */
      if (ends_with_punctuation (line) || fits || !layout->wrapped)
        return TRUE;
    }
  if (!layout->wrapped)
    return !starts_lower (next);
  if (is_heading (paragraph->str))
    {
      if (ends_sentence (line))
        return TRUE;
      return !(starts_lower (next) || open > 0 || !fits);
    }
  return ends_sentence (line) && fits;
}

/**
 * ct_import_rebuild_paragraphs:
 * @lines: (element-type CtImportLine): the non-blank lines
 * @first: index of the first line to use
 * @end: index after the last line to use
 *
 * Returns: (transfer full) (element-type CtImportParagraph): the paragraphs
 */
GPtrArray *
ct_import_rebuild_paragraphs (GPtrArray *lines,
                              guint      first,
                              guint      end)
{
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_import_paragraph_free);
  Layout layout = measure (lines, first, end);
  g_autoptr(GString) current = g_string_new (NULL);
  guint start_line = 0;
  int open = 0;

  for (guint i = first; i < end; i++)
    {
      CtImportLine *line = line_at (lines, i);

      if (current->len == 0)
        {
          start_line = line->number;
          open = 0;
        }
      else
        g_string_append_c (current, ' ');
      g_string_append (current, line->text);
      open += parenthesis_balance (line->text);
      /* A table row is a paragraph of its own, read by the table grammar. */
      if (i + 1 == end || line->table_row || line_at (lines, i + 1)->table_row ||
          ends_paragraph (&layout, current, open, line->text, line_at (lines, i + 1)))
        {
          CtImportParagraph *paragraph = g_new0 (CtImportParagraph, 1);

          paragraph->line = start_line;
          paragraph->text = g_strndup (current->str, current->len);
          g_ptr_array_add (paragraphs, paragraph);
          g_string_truncate (current, 0);
        }
    }
  return paragraphs;
}
