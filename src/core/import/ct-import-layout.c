/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-import"

#include "config.h"

#include "ct-import-text-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ct-text.h"

/* Layout recovery: what a printed page adds to a programme's text is taken away before
 * its grammar reads it. Every source arrives as lines whose side-by-side columns or table
 * cells are separated by a tab (ct_import_layout_cells() turns a run of three spaces or
 * more into one, the way a PDF's text lays columns out). Then:
 * - page numbers ("2", "- 3 -", "Trang 3", "3/5") and a running header repeated next to
 *   them are dropped, and the lines around them join as if they were not there;
 * - a word broken over two lines with a hyphen ("kinh-" / "tế") is joined, a dash
 *   between words ("kinh tế -" / "xã hội") is not;
 * - in the header and the closing, a line of two columns is read as two lines: the left
 *   column's lines first, then the right column's (recipients, then the signature);
 * - in the body, a line of three cells or more is a table row, left whole for the table
 *   grammar. Other tabs become spaces. */

#define MAX_PAGE 999

/* A wrap hyphen ends a line that was full: at least this share of the widest line, in
 * percent. A dash ends short lines as well. */
#define FULL_LINE_PERCENT 60

static CtImportLine *
line_at (GPtrArray *lines,
         guint      i)
{
  return g_ptr_array_index (lines, i);
}

static void
append_cell (GString    *out,
             const char *start,
             gsize       len,
             gboolean    first)
{
  g_autofree char *raw = g_strndup (start, len);
  g_autofree char *cell = ct_text_collapse_spaces (raw);

  if (!first)
    g_string_append_c (out, '\t');
  g_string_append (out, cell);
}

/* Splits one tab-free piece on runs of three spaces or more. */
static void
append_piece (GString    *out,
              const char *piece,
              gsize       len,
              gboolean    first)
{
  gsize start = 0, i = 0;

  while (i < len)
    {
      gsize run = 0;

      while (i + run < len && piece[i + run] == ' ')
        run++;
      if (run >= 3)
        {
          /* A leading run keeps an empty left cell: the text stands in the right column. */
          if (i > start || i == 0)
            {
              append_cell (out, piece + start, i - start, first);
              first = FALSE;
            }
          start = i + run;
        }
      i += run > 0 ? run : 1;
    }
  if (start < len || first)
    append_cell (out, piece + start, len - start, first);
}

/**
 * ct_import_layout_cells:
 * @raw: one line as read, without its line end
 *
 * Returns: (transfer full): the line's cells, white space collapsed inside each, joined
 *   by tabs; a line that starts far right keeps an empty first cell; empty trailing
 *   cells are dropped, so a blank line gives ""
 */
char *
ct_import_layout_cells (const char *raw)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = raw;
  gboolean first = TRUE;

  for (;;)
    {
      const char *tab = strchr (p, '\t');
      gsize len = tab ? (gsize) (tab - p) : strlen (p);

      append_piece (out, p, len, first);
      first = FALSE;
      if (tab == NULL)
        break;
      p = tab + 1;
    }
  while (out->len > 0 && out->str[out->len - 1] == '\t')
    g_string_truncate (out, out->len - 1);
  /* Only empty cells: a blank line. */
  if (strspn (out->str, "\t") == out->len)
    g_string_truncate (out, 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The line as one text: cells joined by spaces. */
static void
flatten (CtImportLine *line)
{
  char *flat;

  if (strchr (line->text, '\t') == NULL)
    return;
  g_strdelimit (line->text, "\t", ' ');
  flat = ct_text_collapse_spaces (line->text);
  g_free (line->text);
  line->text = flat;
}

static guint
count_cells (const char *text)
{
  guint n = 1;

  for (const char *p = text; *p; p++)
    n += *p == '\t';
  return n;
}

/* "12" or "3/5" (page 3 of 5): the number, when @text is one. */
static gboolean
bare_page_number (const char *text)
{
  guint64 a, b;
  char *end;

  if (!g_ascii_isdigit (*text) || (a = g_ascii_strtoull (text, &end, 10)) == 0 || a > MAX_PAGE)
    return FALSE;
  if (*end == '\0')
    return TRUE;
  if (*end != '/' || !g_ascii_isdigit (end[1]))
    return FALSE;
  b = g_ascii_strtoull (end + 1, &end, 10);
  return *end == '\0' && a <= b && b <= MAX_PAGE;
}

/* "- 3 -", "– 3 –", "Trang 3", "Trang 3/5". */
static gboolean
marked_page_number (const char *text)
{
  g_autofree char *f = ct_text_fold (text);
  g_autofree char *digits = NULL;
  gsize n = strlen (f);

  if (g_str_has_prefix (f, "trang "))
    return bare_page_number (f + strlen ("trang "));
  if (n >= 5 && (f[0] == '-') && f[1] == ' ' && f[n - 1] == '-' && f[n - 2] == ' ')
    {
      digits = g_strndup (f + 2, n - 4);
      return bare_page_number (digits) && strchr (digits, '/') == NULL;
    }
  return FALSE;
}

/* A bare number continues a date or a count when the line before leaves one open
 * ("ngày" / "15" / "tháng 3") or the line after continues it ("/3/2025"). */
static gboolean
number_is_content (const char *before,
                   const char *after)
{
  static const char *const open[] = { " ngay", " thang", " nam", " so", " thu", " tu",
                                      " den", " lan", " quy", " tuan" };
  g_autofree char *b = ct_text_fold (before ? before : "");
  g_autofree char *a = ct_text_fold (after ? after : "");

  if (*a == '/' || *a == '-' || g_str_has_prefix (a, "thang ") || g_str_has_prefix (a, "nam "))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (open); i++)
    if (g_str_has_suffix (b, open[i]) || g_str_equal (b, open[i] + 1))
      return !g_ascii_isdigit (*a);
  return FALSE;
}

static gboolean
is_page_number (GPtrArray *lines,
                guint      i)
{
  g_autofree char *text = g_strstrip (g_strdup (line_at (lines, i)->text));

  /* A PDF's text centres the number with spaces. */
  if (strchr (text, '\t') != NULL)
    return FALSE;
  if (marked_page_number (text))
    return TRUE;
  return bare_page_number (text) &&
         !number_is_content (i > 0 ? line_at (lines, i - 1)->text : NULL,
                             i + 1 < lines->len ? line_at (lines, i + 1)->text : NULL);
}

/* A running header is a line met next to page numbers more than once, the same each
 * time: the page's top line above or below its number. */
static void
mark_running_headers (GPtrArray *lines,
                      gboolean  *drop)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < lines->len; i++)
      {
        const char *text = line_at (lines, i)->text;
        gboolean near = (i > 0 && drop[i - 1]) || (i + 1 < lines->len && drop[i + 1]);
        guint count;

        if (drop[i] || !near || ct_import_is_marker_line (text))
          continue;
        count = GPOINTER_TO_UINT (g_hash_table_lookup (seen, text));
        if (pass == 0)
          g_hash_table_insert (seen, (gpointer) text, GUINT_TO_POINTER (count + 1));
        else if (count >= 2)
          drop[i] = TRUE;
      }
}

static gboolean
ends_sentence (const char *text)
{
  gsize n = strlen (text);

  return n > 0 && strchr (".:;!?", text[n - 1]) != NULL;
}

static void
warn_dropped (CtImportContext *ctx,
              GArray          *numbers)
{
  g_autoptr(GString) list = g_string_new (NULL);

  if (numbers->len == 0)
    return;
  for (guint i = 0; i < numbers->len; i++)
    g_string_append_printf (list, i ? ", %u" : "%u", g_array_index (numbers, guint, i));
  ct_import_warn (ctx, g_array_index (numbers, guint, 0),
                  /* Translators: %s lists line numbers, e.g. "12, 40, 77". */
                  g_dngettext (GETTEXT_PACKAGE,
                               "Line %s was read as a page number or a running header and "
                               "left out.",
                               "Lines %s were read as page numbers or running headers and "
                               "left out.", numbers->len), list->str);
}

/* Drops page numbers and running headers. The line after one continues the paragraph
 * it interrupted: the blank lines around a page break do not end it. */
static void
drop_page_furniture (CtImportContext *ctx,
                     GPtrArray       *lines)
{
  g_autofree gboolean *drop = g_new0 (gboolean, lines->len + 1);
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) dropped = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_import_line_free);
  guint kept = 0;

  for (guint i = 0; i < lines->len; i++)
    drop[i] = is_page_number (lines, i);
  mark_running_headers (lines, drop);
  for (guint i = 0; i < lines->len; i++)
    {
      CtImportLine *line = line_at (lines, i);

      if (drop[i])
        {
          g_array_append_val (numbers, line->number);
          g_ptr_array_add (dropped, line);
          continue;
        }
      if (i > 0 && drop[i - 1] && kept > 0 &&
          !ends_sentence (line_at (lines, kept - 1)->text))
        line->after_blank = FALSE;
      lines->pdata[kept++] = line;
    }
  g_ptr_array_set_free_func (lines, NULL);
  g_ptr_array_set_size (lines, kept);
  g_ptr_array_set_free_func (lines, (GDestroyNotify) ct_import_line_free);
  warn_dropped (ctx, numbers);
}

/* "kinh-" at the end of a full line, before a line that starts in lowercase: a word
 * broken by the line end. "kinh tế -" (a space before) is a dash between words. */
static gboolean
is_wrap_hyphen (const char *text,
                const char *next,
                glong       width)
{
  gsize n = strlen (text);
  const char *before;

  if (n < 2 || text[n - 1] != '-' || strchr (text, '\t') || strchr (next, '\t'))
    return FALSE;
  before = g_utf8_find_prev_char (text, text + n - 1);
  if (before == NULL || !g_unichar_isalpha (g_utf8_get_char (before)))
    return FALSE;
  if (!g_unichar_islower (g_utf8_get_char (next)))
    return FALSE;
  return g_utf8_strlen (text, -1) * 100 >= width * FULL_LINE_PERCENT;
}

static char *
first_word (const char *text)
{
  const char *space = strchr (text, ' ');

  return space ? g_strndup (text, space - text) : g_strdup (text);
}

static char *
last_word (const char *text,
           gsize       len)
{
  const char *p = text + len;

  while (p > text && p[-1] != ' ')
    p--;
  return g_strndup (p, text + len - p);
}

/* "số 12-" / "QĐ/HU …": a document's number and symbol broken after its hyphen. */
static gboolean
is_split_symbol (const char *text,
                 const char *next)
{
  gsize n = strlen (text);
  g_autofree char *word = first_word (next);

  /* An indent read as an empty first cell is not a column. */
  if (n < 2 || text[n - 1] != '-' || !g_ascii_isdigit (text[n - 2]) ||
      strchr (text + strspn (text, "\t"), '\t') || strchr (next, '\t'))
    return FALSE;
  return g_unichar_isupper (g_utf8_get_char (word)) && strchr (word, '/') != NULL &&
         !g_str_has_suffix (word, "/");
}

/* Joins a number and symbol broken at the line end, as written: "12-QĐ/HU". */
static void
join_symbol (CtImportContext *ctx,
             CtImportLine    *line,
             CtImportLine    *next)
{
  g_autofree char *left = last_word (line->text, strlen (line->text));
  g_autofree char *right = first_word (next->text);
  char *joined = g_strconcat (line->text, next->text, NULL);

  ct_import_warn (ctx, line->number,
                  /* Translators: %1$s and %2$s are the two halves of a document's number
                   * and symbol, e.g. "12-" and "QĐ/HU"; %3$u is the line number of the
                   * second. */
                  _("“%1$s” at the end of this line and “%2$s” on line %3$u were read as one "
                    "number and symbol, “%1$s%2$s”; check it."),
                  left, right, next->number);
  g_free (line->text);
  line->text = joined;
}

/* Joins hyphenated wraps between @first and @end (indexes); returns the new @end. */
static guint
join_wraps (CtImportContext *ctx,
            GPtrArray       *lines,
            guint            first,
            guint            end)
{
  glong width = 0;

  for (guint i = first; i < end; i++)
    width = MAX (width, g_utf8_strlen (line_at (lines, i)->text, -1));
  for (guint i = first; i + 1 < end;)
    {
      CtImportLine *line = line_at (lines, i), *next = line_at (lines, i + 1);
      g_autofree char *left = NULL;
      g_autofree char *right = NULL;
      char *joined;

      if (is_split_symbol (line->text, next->text))
        {
          join_symbol (ctx, line, next);
          g_ptr_array_remove_index (lines, i + 1);
          end--;
          continue;
        }
      if (!is_wrap_hyphen (line->text, next->text, width))
        {
          i++;
          continue;
        }
      left = last_word (line->text, strlen (line->text) - 1);
      right = first_word (next->text);
      ct_import_warn (ctx, line->number,
                      /* Translators: %1$s and %2$s are the two halves of a word, e.g.
                       * "kinh" and "tế"; %3$s is the line number of the second. */
                      _("The hyphen after “%1$s” at the end of this line was read as a line "
                        "break inside “%1$s %2$s” (continued on line %3$u), not as a dash; "
                        "check it."), left, right, next->number);
      line->text[strlen (line->text) - 1] = '\0';
      joined = g_strconcat (line->text, " ", next->text, NULL);
      g_free (line->text);
      line->text = joined;
      g_ptr_array_remove_index (lines, i + 1);
      end--;
    }
  return end;
}

/* In the closing, "(báo cáo)" or "}" far right of a recipient is its purpose, on its
 * line; any other right-hand text is the signature's column. */
static gboolean
is_purpose_cell (const char *cell)
{
  gsize n = strlen (cell);

  return cell[0] == '}' || (cell[0] == '(' && n > 1 && cell[n - 1] == ')' && n < 60);
}

static CtImportLine *
line_new (guint       number,
          const char *text,
          gboolean    after_blank)
{
  CtImportLine *line = g_new0 (CtImportLine, 1);

  line->number = number;
  line->text = g_strdup (text);
  line->after_blank = after_blank;
  return line;
}

/* Splits @cells of one line into its left column (in place) and its right column. */
static void
split_line (CtImportLine *line,
            gboolean      closing,
            GPtrArray    *left,
            GPtrArray    *right)
{
  g_auto(GStrv) cells = g_strsplit (line->text, "\t", -1);
  g_autoptr(GString) l = g_string_new (cells[0]);
  g_autoptr(GString) r = g_string_new (NULL);

  for (guint k = 1; cells[k] != NULL; k++)
    {
      GString *to = closing && r->len == 0 && is_purpose_cell (cells[k]) ? l : r;

      /* "Số      -CTr/HU": the blank left for the number, not a column. */
      if (k == 1 && (g_str_equal (l->str, "Số") || g_str_equal (l->str, "Số:")))
        to = l;
      if (*cells[k] == '\0')
        continue;
      if (to->len > 0)
        g_string_append_c (to, ' ');
      g_string_append (to, cells[k]);
    }
  if (l->len > 0)
    g_ptr_array_add (left, line_new (line->number, l->str, line->after_blank));
  if (r->len > 0)
    g_ptr_array_add (right, line_new (line->number, r->str, line->after_blank));
}

static void
warn_columns (CtImportContext *ctx,
              GPtrArray       *right)
{
  guint first = line_at (right, 0)->number, last = line_at (right, right->len - 1)->number;

  if (first == last)
    ct_import_warn (ctx, first,
                    _("This line holds two columns side by side; the left one was read as "
                      "the recipients and the right one as the signature. Check both."));
  else
    ct_import_warn (ctx, first,
                    /* Translators: %1$u and %2$u are line numbers. */
                    _("Lines %1$u–%2$u hold two columns side by side; the left one was read "
                      "as the recipients and the right one as the signature. Check both."),
                    first, last);
}

/* Reads lines @first to @end as two columns: the left column's lines, then the right
 * one's. The header's columns are read by the form of their lines (motto, number,
 * place and date), so splitting them changes no field; in the closing it decides what
 * is a recipient and what is the signature, and is warned. */
static void
split_columns (CtImportContext *ctx,
               GPtrArray       *lines,
               guint            first,
               guint            end,
               gboolean         closing)
{
  g_autoptr(GPtrArray) left = g_ptr_array_new ();
  g_autoptr(GPtrArray) right = g_ptr_array_new ();
  guint n;

  for (guint i = first; i < end; i++)
    split_line (line_at (lines, i), closing, left, right);
  if (right->len == 0)
    {
      for (guint i = first; i < end; i++)
        flatten (line_at (lines, i));
      for (guint i = 0; i < left->len; i++)
        ct_import_line_free (line_at (left, i));
      return;
    }
  /* A word processor's table says where its columns are; positions in a PDF or spaces in
   * a text only suggest it. */
  if (closing && !ctx->table_cells)
    warn_columns (ctx, right);
  g_ptr_array_remove_range (lines, first, end - first);
  n = first;
  for (guint i = 0; i < left->len; i++)
    g_ptr_array_insert (lines, n++, line_at (left, i));
  for (guint i = 0; i < right->len; i++)
    g_ptr_array_insert (lines, n++, line_at (right, i));
}

static char *
flat_copy (const char *text)
{
  g_autofree char *copy = g_strdelimit (g_strdup (text), "\t", ' ');

  return ct_text_collapse_spaces (copy);
}

static guint
find_title (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *flat = flat_copy (line_at (lines, i)->text);

      if (ct_import_is_title_line (flat))
        return i;
    }
  return lines->len;
}

static guint
find_closing (GPtrArray *lines,
              guint      from)
{
  for (guint i = from; i < lines->len; i++)
    {
      const char *text = line_at (lines, i)->text;
      g_autofree char *cell = g_strndup (text, strcspn (text, "\t"));

      if (ct_import_is_tail_line (cell))
        return i;
    }
  return lines->len;
}

/* Body lines: three cells or more are a table row, kept whole; others become text. */
static void
mark_table_rows (GPtrArray *lines,
                 guint      first,
                 guint      end)
{
  for (guint i = first; i < end; i++)
    {
      CtImportLine *line = line_at (lines, i);

      if (line->text[0] != '\t' && count_cells (line->text) >= 3)
        line->table_row = TRUE;
      else
        flatten (line);
    }
}

/*
 * ct_import_layout:
 * @ctx: the import
 * @lines: (element-type CtImportLine): the lines as split, cells joined by tabs
 *
 * Recovers the reading order and the text of @lines, in place (see above). Lines keep
 * their numbers in the source, so a line moved or joined is still found there.
 */
void
ct_import_layout (CtImportContext *ctx,
                  GPtrArray       *lines)
{
  guint title, closing, body;

  drop_page_furniture (ctx, lines);
  title = find_title (lines);
  /* Without a title there is no header: everything up to the closing is the body. */
  body = title < lines->len ? title : 0;
  closing = find_closing (lines, body);
  closing = join_wraps (ctx, lines, body, closing);
  mark_table_rows (lines, body, closing);
  split_columns (ctx, lines, closing, lines->len, TRUE);
  if (title < lines->len)
    split_columns (ctx, lines, 0, title, FALSE);
}
