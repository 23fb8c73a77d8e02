/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-export"

#include "config.h"

#include "ct-export.h"

#include <string.h>

#include "ct-doc.h"

/* The official document as HTML: a page that opens in any browser and prints on A4, or a
 * fragment to paste into a portal's editor. Portal editors drop <style> and rewrite
 * lists, so the fragment carries every measure inline and the section, item and agenda
 * numbers are text: an HTML list would lose the roman numerals. Both forms take the sizes
 * and spacing of ct_doc_para_format(); neither holds a script or fetches anything. */

#define FONT_FAMILY "'Times New Roman', 'Liberation Serif', serif"

typedef struct
{
  const CtDoc *doc;
  GString *out;
  gboolean fragment;
} Writer;

/* A length in points, with a dot whatever the locale and no needless zeros. */
static void
append_pt (GString    *out,
           const char *property,
           double      points)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", points);
  end = buffer + strlen (buffer);
  while (end > buffer && end[-1] == '0')
    *--end = '\0';
  if (end > buffer && end[-1] == '.')
    *--end = '\0';
  g_string_append_printf (out, "%s:%spt;", property, buffer);
}

static const char *
align_value (CtDocAlign align)
{
  return align == CT_DOC_ALIGN_CENTER ? "center" : align == CT_DOC_ALIGN_JUSTIFY ? "justify"
                                                                                   : "left";
}

/* The declarations of a named paragraph style: the same in the page's class and in the
 * fragment's style attributes. */
static void
append_para_declarations (GString   *out,
                          CtDocPara  para,
                          CtDocumentStyle style)
{
  CtDocParaFormat format;

  ct_doc_para_format (style, para, &format);
  /* Each side on its own, with its unit: LibreOffice's HTML reader ignores a bottom
   * margin set by the shorthand and puts its own space below every paragraph. */
  append_pt (out, "margin-top", format.space_before);
  append_pt (out, "margin-bottom", 0);
  g_string_append (out, "font-family:" FONT_FAMILY ";");
  append_pt (out, "font-size", format.text.size);
  append_pt (out, "line-height", format.text.pitch);
  g_string_append_printf (out, "font-weight:%s;font-style:%s;text-decoration:%s;",
                          format.text.bold ? "bold" : "normal",
                          format.text.italic ? "italic" : "normal",
                          format.text.underline ? "underline" : "none");
  g_string_append_printf (out, "text-align:%s;", align_value (format.align));
  append_pt (out, "text-indent", format.first_indent);
  if (format.left_indent > 0)
    append_pt (out, "margin-left", format.left_indent);
  if (format.keep_with_next)
    g_string_append (out, "break-after:avoid;page-break-after:avoid;");
}

/* Text as HTML reads it: "&apos;" is XML's, unknown to HTML 4 readers (and to some
 * portal editors), so an apostrophe is "&#39;". */
static char *
escape (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  GString *out = g_string_new (escaped);

  g_string_replace (out, "&apos;", "&#39;", 0);
  return g_string_free (out, FALSE);
}

/* Text escaped, its line breaks as <br>. */
static void
append_text (GString    *out,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *escaped = escape (lines[i]);

      if (i > 0)
        g_string_append (out, "<br>");
      g_string_append (out, escaped);
    }
}

/* An empty block drawing a centred rule @length long, no wider than its column. */
static void
write_rule (Writer *w,
            double  length)
{
  g_string_append (w->out, "<div style=\"");
  append_pt (w->out, "width", length);
  g_string_append (w->out, "max-width:100%;height:0;margin:1pt auto 0;"
                   "border-bottom:0.75pt solid #000;\"></div>\n");
}

static void
write_paragraph (Writer               *w,
                 const CtDocParagraph *p)
{
  CtDocParaFormat format;

  ct_doc_para_format (w->doc->style, p->para, &format);
  if (w->fragment)
    {
      g_string_append (w->out, "<p style=\"");
      append_para_declarations (w->out, p->para, w->doc->style);
      g_string_append (w->out, "\">");
    }
  else
    g_string_append_printf (w->out, "<p class=\"%s\">", format.id);
  if (p->label != NULL)
    {
      append_text (w->out, p->label);
      if (*p->text != '\0')
        g_string_append_c (w->out, ' ');
    }
  append_text (w->out, p->text);
  g_string_append (w->out, "</p>\n");
  if (p->rule_length > 0)
    write_rule (w, p->rule_length);
}

/* A borderless row of two columns; the closing block keeps its distance from the body. */
static void
write_table (Writer           *w,
             const CtDocTable *table,
             gboolean          first)
{
  double fractions[2] = { table->left_fraction, 1 - table->left_fraction };

  g_string_append (w->out, "<table style=\"width:100%;table-layout:fixed;"
                   "border-collapse:collapse;border:none;break-inside:avoid;"
                   "page-break-inside:avoid;");
  append_pt (w->out, "margin-top", first ? 0 : w->doc->geometry->closing_space);
  g_string_append (w->out, "\"><tr>\n");
  for (guint i = 0; i < 2; i++)
    {
      g_string_append_printf (w->out, "<td style=\"width:%d%%;vertical-align:top;"
                              "padding:0;border:none;\">\n",
                              (int) (fractions[i] * 100 + 0.5));
      for (guint k = 0; k < table->cells[i]->len; k++)
        write_paragraph (w, g_ptr_array_index (table->cells[i], k));
      g_string_append (w->out, "</td>\n");
    }
  g_string_append (w->out, "</tr></table>\n");
}

static void
write_blocks (Writer *w)
{
  for (guint i = 0; i < w->doc->blocks->len; i++)
    {
      const CtDocBlock *block = g_ptr_array_index (w->doc->blocks, i);

      if (block->table != NULL)
        write_table (w, block->table, i == 0);
      else
        write_paragraph (w, block->paragraph);
    }
}

/* On screen: a sheet as wide as the page, the margins as padding. */
static void
write_sheet_style (Writer *w)
{
  const CtDocGeometry *g = w->doc->geometry;
  GString *out = w->out;

  g_string_append (out, "body { margin:0 auto; color:#000; background:#fff; ");
  append_pt (out, "max-width", ct_doc_text_width (w->doc));
  append_pt (out, "padding-top", g->margin_top);
  append_pt (out, "padding-right", g->margin_right);
  append_pt (out, "padding-bottom", g->margin_bottom);
  append_pt (out, "padding-left", g->margin_left);
  g_string_append (out, " }\n@media print { body { max-width:none; padding:0; } }\n");
}

/* Printed: A4 with the document's margins and the page number centred in the top margin
 * from page 2, where the browser draws margin boxes. Last in the sheet: a reader that
 * does not know the nested rule loses nothing after it. */
static void
write_page_style (Writer *w)
{
  const CtDocGeometry *g = w->doc->geometry;
  GString *out = w->out;
  CtDocParaFormat number;

  ct_doc_para_format (w->doc->style, CT_DOC_PARA_PAGE_NUMBER, &number);
  g_string_append (out, "@page { size: A4; ");
  append_pt (out, "margin-top", g->margin_top);
  append_pt (out, "margin-right", g->margin_right);
  append_pt (out, "margin-bottom", g->margin_bottom);
  append_pt (out, "margin-left", g->margin_left);
  g_string_append (out, "\n  @top-center { content: counter(page); font-family: "
                   FONT_FAMILY "; ");
  append_pt (out, "font-size", number.text.size);
  g_string_append (out, " }\n}\n@page :first { @top-center { content: none; } }\n");
}

static void
write_style (Writer *w)
{
  g_string_append (w->out, "<style>\n");
  write_sheet_style (w);
  for (guint i = 0; i < CT_DOC_N_PARAS; i++)
    {
      CtDocParaFormat format;

      ct_doc_para_format (w->doc->style, i, &format);
      g_string_append_printf (w->out, "p.%s { ", format.id);
      append_para_declarations (w->out, i, w->doc->style);
      g_string_append (w->out, " }\n");
    }
  write_page_style (w);
  g_string_append (w->out, "</style>\n");
}

static void
write_page (Writer *w)
{
  g_autofree char *title = escape (w->doc->title);
  g_autofree char *author = escape (w->doc->author);

  g_string_append (w->out, "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n"
                   "<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  g_string_append_printf (w->out, "<title>%s</title>\n", title);
  if (*author != '\0')
    g_string_append_printf (w->out, "<meta name=\"author\" content=\"%s\">\n", author);
  write_style (w);
  g_string_append (w->out, "</head>\n<body>\n");
  write_blocks (w);
  g_string_append (w->out, "</body>\n</html>\n");
}

/**
 * ct_export_html:
 * @programme: a programme
 * @fragment: only the content, each element styled inline, for pasting into an editor
 *
 * Writes the official document of @programme (ct_doc_new_for_programme()) as HTML: a
 * self-contained page with one class per named paragraph style and the A4 page set up
 * for printing, or the same content with every style inline and no page around it. The
 * header and the closing block are borderless two-column tables; numbers are text.
 *
 * Returns: (transfer full): the HTML, UTF-8
 */
char *
ct_export_html (const CtProgramme *programme,
                gboolean           fragment)
{
  g_autoptr(CtDoc) doc = NULL;
  Writer w;

  g_return_val_if_fail (programme != NULL, NULL);

  doc = ct_doc_new_for_programme (programme);
  w = (Writer) { .doc = doc, .out = g_string_new (NULL), .fragment = fragment };
  if (fragment)
    write_blocks (&w);
  else
    write_page (&w);
  return g_string_free (w.out, FALSE);
}
