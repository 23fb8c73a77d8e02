/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ct-date-time.h"
#include "ct-format.h"
#include "ct-text.h"

/* Which lines are a table's rows, and which columns their header names: the usual names
 * and their variants, folded. */

static const struct
{
  const char *name; /* folded, without its parenthesised part */
  CtImportColumn column;
} column_names[] = {
  { "stt", COL_NUMBER }, { "tt", COL_NUMBER }, { "so tt", COL_NUMBER },
  { "so thu tu", COL_NUMBER },
  { "ngay", COL_DATE }, { "thu", COL_DATE }, { "thu/ngay", COL_DATE },
  { "ngay/thu", COL_DATE }, { "thu, ngay", COL_DATE }, { "thu ngay", COL_DATE },
  { "ngay thang", COL_DATE }, { "ngay, thang", COL_DATE }, { "thu, ngay, thang", COL_DATE },
  { "thoi gian", COL_TIME }, { "gio", COL_TIME }, { "buoi", COL_TIME },
  { "buoi/gio", COL_TIME }, { "gio/buoi", COL_TIME }, { "buoi/thoi gian", COL_TIME },
  { "thoi gian/buoi", COL_TIME },
  { "noi dung", COL_CONTENT }, { "noi dung cong viec", COL_CONTENT },
  { "noi dung cong tac", COL_CONTENT }, { "cong viec", COL_CONTENT },
  { "nhiem vu", COL_CONTENT }, { "noi dung nhiem vu", COL_CONTENT },
  { "chu tri", COL_CHAIR }, { "lanh dao chu tri", COL_CHAIR }, { "nguoi chu tri", COL_CHAIR },
  { "don vi chu tri", COL_CHAIR }, { "co quan chu tri", COL_CHAIR },
  { "chu tri/lanh dao du", COL_CHAIR },
  { "lanh dao du", COL_LEADERS }, { "lanh dao tham du", COL_LEADERS },
  { "thanh phan", COL_PARTICIPANTS }, { "thanh phan tham du", COL_PARTICIPANTS },
  { "thanh phan du", COL_PARTICIPANTS }, { "thanh phan tham gia", COL_PARTICIPANTS },
  { "dia diem", COL_LOCATION },
  { "don vi chuan bi", COL_PREPARING }, { "co quan chuan bi", COL_PREPARING },
  { "chuan bi", COL_PREPARING }, { "don vi chuan bi noi dung", COL_PREPARING },
  { "phoi hop", COL_COOPERATING }, { "don vi phoi hop", COL_COOPERATING },
  { "co quan phoi hop", COL_COOPERATING },
  { "thoi gian hoan thanh", COL_DUE }, { "thoi han", COL_DUE },
  { "thoi han hoan thanh", COL_DUE }, { "thoi gian thuc hien", COL_DUE },
  { "ghi chu", COL_NOTE },
  { "ldvp", COL_OFFICER }, { "lanh dao van phong", COL_OFFICER },
};

/*
 * ct_import_line_cells:
 * @ctx: the import
 * @line: a line
 *
 * Returns: (transfer full): the line's cells, white space collapsed, when it is a table
 *   row (tabs, or at least two "|"), else %NULL
 */
char **
ct_import_line_cells (CtImportContext    *ctx,
                      const CtImportLine *line)
{
  const char *raw = line->text;
  g_autofree char *trimmed = NULL;
  char **cells;
  char sep[2] = "\t";

  if (ctx->source != NULL && ctx->n_source >= line->number &&
      strchr (ctx->source[line->number - 1], '\t') != NULL)
    raw = ctx->source[line->number - 1];
  if (strchr (raw, '\t') == NULL)
    {
      const char *first = strchr (raw, '|');

      if (first == NULL || strchr (first + 1, '|') == NULL)
        return NULL;
      sep[0] = '|';
    }
  /* An empty first cell is a leading tab: only "| a | b |" is trimmed, of its spaces and
   * outer bars. */
  trimmed = g_strdup (raw);
  if (sep[0] == '|')
    {
      g_strstrip (trimmed);
      if (trimmed[0] == '|')
        memmove (trimmed, trimmed + 1, strlen (trimmed));
      if (*trimmed && trimmed[strlen (trimmed) - 1] == '|')
        trimmed[strlen (trimmed) - 1] = '\0';
    }
  cells = g_strsplit (trimmed, sep, -1);
  for (guint i = 0; cells[i] != NULL; i++)
    {
      char *collapsed = ct_text_collapse_spaces (cells[i]);

      g_free (cells[i]);
      cells[i] = collapsed;
    }
  return cells;
}

/* A column's name folded, its parenthesised part and final punctuation left out:
 * "Chủ trì (lãnh đạo dự)" → "chu tri". */
CtImportColumn
ct_import_column_of (const char *name)
{
  g_autofree char *f = ct_text_fold (name);
  g_autofree char *plain = NULL;
  char *paren = strchr (f, '(');

  if (paren != NULL)
    *paren = '\0';
  plain = ct_text_collapse_spaces (f);
  while (*plain && strchr (".:", plain[strlen (plain) - 1]) != NULL)
    plain[strlen (plain) - 1] = '\0';
  g_strchomp (plain);
  for (guint i = 0; i < G_N_ELEMENTS (column_names); i++)
    if (strcmp (plain, column_names[i].name) == 0)
      return column_names[i].column;
  return COL_OTHER;
}

/* A header row: two or more named columns, one of them the content. */
gboolean
ct_import_is_header (char **cells)
{
  guint known = 0;
  gboolean content = FALSE;

  if (cells == NULL)
    return FALSE;
  for (guint i = 0; cells[i] != NULL; i++)
    {
      CtImportColumn c = ct_import_column_of (cells[i]);

      known += c != COL_OTHER;
      content |= c == COL_CONTENT;
    }
  return known >= 2 && content;
}

/*
 * ct_import_find_table:
 * @ctx: the import
 * @lines: (element-type CtImportLine): the lines
 * @first: the first line to look at
 * @end: the line after the last
 *
 * Returns: the index of the first table header row in [@first, @end), or @end
 */
guint
ct_import_find_table (CtImportContext *ctx,
                      GPtrArray       *lines,
                      guint            first,
                      guint            end)
{
  for (guint i = first; i < end; i++)
    {
      g_auto(GStrv) cells = ct_import_line_cells (ctx, g_ptr_array_index (lines, i));

      if (ct_import_is_header (cells))
        return i;
    }
  return end;
}

