/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-files-private.h"

#include <string.h>

#include "ct-text.h"

/* The flow of a .docx or .odt body, written as the lines the grammar reads. A paragraph
 * outside tables is a line (its line breaks make more); a table row becomes as many
 * lines as its fullest cell has paragraphs, the k-th line joining the k-th paragraph of
 * every cell with tabs, as a PDF of the same row reads. A table inside a cell adds its
 * paragraphs to that cell. */

struct _CtImportFlow
{
  GString *out;
  GString *paragraph;
  guint table_depth;
  GPtrArray *row;   /* (element-type GPtrArray of char*): the cells of the row read */
  GPtrArray *cell;  /* the lines of the cell read, or NULL outside a cell */
  gboolean too_large;
};

CtImportFlow *
ct_import_flow_new (void)
{
  CtImportFlow *flow = g_new0 (CtImportFlow, 1);

  flow->out = g_string_new (NULL);
  flow->paragraph = g_string_new (NULL);
  flow->row = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return flow;
}

void
ct_import_flow_free (CtImportFlow *flow)
{
  if (flow == NULL)
    return;
  g_string_free (flow->out, TRUE);
  g_string_free (flow->paragraph, TRUE);
  g_ptr_array_unref (flow->row);
  g_free (flow);
}

/* The paragraph being read, for its text to be appended. */
GString *
ct_import_flow_paragraph (CtImportFlow *flow)
{
  return flow->paragraph;
}

void
ct_import_flow_begin_paragraph (CtImportFlow *flow)
{
  g_string_truncate (flow->paragraph, 0);
}

/* A tab in a paragraph separates what stands side by side; several in a row are one. */
void
ct_import_flow_tab (CtImportFlow *flow)
{
  GString *p = flow->paragraph;

  if (p->len > 0 && p->str[p->len - 1] != '\t' && p->str[p->len - 1] != '\n')
    g_string_append_c (p, '\t');
}

static void
emit (CtImportFlow *flow,
      const char   *line)
{
  if (flow->out->len + strlen (line) + 1 > CT_IMPORT_MAX_BYTES)
    {
      flow->too_large = TRUE;
      return;
    }
  g_string_append (flow->out, line);
  g_string_append_c (flow->out, '\n');
}

/* White space at either end of a line (tabs, no-break spaces) only indents it. */
static char *
trimmed (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *previous = g_utf8_find_prev_char (start, end);

      if (previous == NULL || !g_unichar_isspace (g_utf8_get_char (previous)))
        break;
      end = previous;
    }
  return g_strndup (start, end - start);
}

void
ct_import_flow_end_paragraph (CtImportFlow *flow)
{
  g_auto(GStrv) lines = g_strsplit (flow->paragraph->str, "\n", -1);

  /* An empty paragraph is a blank line, as the reader sees it. */
  if (lines[0] == NULL)
    {
      g_strfreev (lines);
      lines = g_strsplit (" ", "\n", -1);
    }
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = trimmed (lines[i]);

      if (flow->cell != NULL)
        g_ptr_array_add (flow->cell, g_steal_pointer (&line));
      else if (flow->table_depth == 0)
        emit (flow, line);
    }
  g_string_truncate (flow->paragraph, 0);
}

void
ct_import_flow_begin_table (CtImportFlow *flow)
{
  flow->table_depth++;
}

void
ct_import_flow_end_table (CtImportFlow *flow)
{
  if (flow->table_depth > 0)
    flow->table_depth--;
}

void
ct_import_flow_begin_row (CtImportFlow *flow)
{
  if (flow->table_depth == 1)
    g_ptr_array_set_size (flow->row, 0);
}

void
ct_import_flow_begin_cell (CtImportFlow *flow)
{
  if (flow->table_depth != 1)
    return;
  flow->cell = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (flow->row, flow->cell);
}

void
ct_import_flow_end_cell (CtImportFlow *flow)
{
  if (flow->table_depth == 1)
    flow->cell = NULL;
}

/* The k-th line of the row: the k-th lines of its cells joined by tabs, an empty cell
 * kept as an empty column between others; %NULL when no cell has a k-th line. */
static char *
row_line (GPtrArray *row,
          guint      k)
{
  GString *line = g_string_new (NULL);
  gboolean any = FALSE;
  gsize end = 0;

  for (guint c = 0; c < row->len; c++)
    {
      GPtrArray *cell = g_ptr_array_index (row, c);
      const char *text = k < cell->len ? g_ptr_array_index (cell, k) : "";

      if (c > 0)
        g_string_append_c (line, '\t');
      g_string_append (line, text);
      if (*text != '\0')
        {
          any = TRUE;
          end = line->len;
        }
    }
  g_string_truncate (line, end);
  if (!any)
    {
      g_string_free (line, TRUE);
      return NULL;
    }
  return g_string_free (line, FALSE);
}

void
ct_import_flow_end_row (CtImportFlow *flow)
{
  guint height = 0;

  if (flow->table_depth != 1)
    return;
  flow->cell = NULL;
  for (guint c = 0; c < flow->row->len; c++)
    height = MAX (height, ((GPtrArray *) g_ptr_array_index (flow->row, c))->len);
  for (guint k = 0; k < height; k++)
    {
      g_autofree char *line = row_line (flow->row, k);

      if (line != NULL)
        emit (flow, line);
    }
  g_ptr_array_set_size (flow->row, 0);
}

/**
 * ct_import_flow_finish:
 * @flow: a flow read to its end
 * @error: return location for a #CT_IMPORT_ERROR
 *
 * Returns: (transfer full) (nullable): the lines, NFC, or %NULL with @error set when the
 *   text is larger than %CT_IMPORT_MAX_BYTES
 */
char *
ct_import_flow_finish (CtImportFlow *flow,
                       GError      **error)
{
  if (flow->too_large)
    {
      ct_import_set_too_large (error);
      return NULL;
    }
  return ct_text_normalize (flow->out->str);
}

/* Roman numerals up to 3999; larger numbers are written in digits. */
static void
append_roman (GString *out,
              int      value,
              gboolean upper)
{
  static const struct { int value; const char *upper, *lower; } digits[] = {
    { 1000, "M", "m" }, { 900, "CM", "cm" }, { 500, "D", "d" }, { 400, "CD", "cd" },
    { 100, "C", "c" }, { 90, "XC", "xc" }, { 50, "L", "l" }, { 40, "XL", "xl" },
    { 10, "X", "x" }, { 9, "IX", "ix" }, { 5, "V", "v" }, { 4, "IV", "iv" }, { 1, "I", "i" },
  };

  if (value <= 0 || value >= 4000)
    {
      g_string_append_printf (out, "%d", value);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    for (; value >= digits[i].value; value -= digits[i].value)
      g_string_append (out, upper ? digits[i].upper : digits[i].lower);
}

/* a … z, then aa … zz as Word and LibreOffice write them. */
static void
append_letter (GString *out,
               int      value,
               gboolean upper)
{
  if (value <= 0)
    {
      g_string_append_printf (out, "%d", value);
      return;
    }
  for (int i = 0; i <= (value - 1) / 26 && i < 100; i++)
    g_string_append_c (out, (upper ? 'A' : 'a') + (value - 1) % 26);
}

/**
 * ct_import_append_number:
 * @out: where to write
 * @format: how a list level writes its number
 * @value: the number
 *
 * Writes @value as a list would show it ("IV", "d", "04"); a bullet writes "-".
 */
void
ct_import_append_number (GString        *out,
                         CtNumberFormat  format,
                         int             value)
{
  switch (format)
    {
    case CT_NUMBER_DECIMAL_ZERO:
      g_string_append_printf (out, "%02d", value);
      break;
    case CT_NUMBER_UPPER_ROMAN:
    case CT_NUMBER_LOWER_ROMAN:
      append_roman (out, value, format == CT_NUMBER_UPPER_ROMAN);
      break;
    case CT_NUMBER_UPPER_LETTER:
    case CT_NUMBER_LOWER_LETTER:
      append_letter (out, value, format == CT_NUMBER_UPPER_LETTER);
      break;
    case CT_NUMBER_BULLET:
      g_string_append_c (out, '-');
      break;
    case CT_NUMBER_NONE:
      break;
    case CT_NUMBER_DECIMAL:
    default:
      g_string_append_printf (out, "%d", value);
      break;
    }
}
