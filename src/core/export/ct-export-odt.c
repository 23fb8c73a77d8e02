/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-export"

#include "config.h"

#include "ct-export.h"
#include "ct-export-private.h"

#include <string.h>

/* The official document as an OpenDocument text (ODF 1.3), the Word writer's twin: named
 * paragraph styles with the measures of ct_doc_para_format() in styles.xml; sections,
 * items and agendas as text:list with list styles, each numbered paragraph a list of its
 * own that continues the run before it (text:continue-list), so that the lines under an
 * item do not break its numbering; the header and the closing block as borderless
 * two-column tables; the rules as paragraph borders; the page number in the header of
 * the "Standard" master page, the first page on a "First Page" master without one. */

#define OFFICE_NS "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define STYLE_NS "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define TEXT_NS "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define TABLE_NS "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define FO_NS "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define SVG_NS "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
#define META_NS "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
#define DC_NS "http://purl.org/dc/elements/1.1/"
#define MANIFEST_NS "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
#define ODF_VERSION "1.3"
#define MIMETYPE "application/vnd.oasis.opendocument.text"
#define FONT "Times New Roman"
/* LibreOffice reads a comma-separated family as a list of fallbacks; Liberation Serif has
 * the same metrics, so the lines break alike where Times New Roman is missing. */
#define FONT_FAMILY "'Times New Roman', 'Liberation Serif'"
#define FIRST_PAGE "First_20_Page"

typedef struct
{
  const CtDoc *doc;
  CtXmlPart part;
  guint lists;                             /* text:list written, for their xml:id */
  guint run_ids[CT_DOC_LIST_AGENDA + 1];   /* the first list of each list's current run */
  guint rules;                             /* rules written, for their automatic styles */
} Writer;

static const char *const list_styles[] = {
  [CT_DOC_LIST_SECTION] = "CtListSection",
  [CT_DOC_LIST_ITEM] = "CtListItem",
  [CT_DOC_LIST_AGENDA] = "CtListAgenda",
};

/* A length in points, with a point whatever the locale's decimal separator. */
static void
length_attribute (CtXmlPart  *part,
                  const char *name,
                  double      points)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.2f", points);
  ct_xml_attribute_printf (part, name, "%spt", buffer);
}

static void
namespaces (CtXmlPart *part)
{
  ct_xml_attribute (part, "xmlns:office", OFFICE_NS);
  ct_xml_attribute (part, "xmlns:style", STYLE_NS);
  ct_xml_attribute (part, "xmlns:text", TEXT_NS);
  ct_xml_attribute (part, "xmlns:table", TABLE_NS);
  ct_xml_attribute (part, "xmlns:fo", FO_NS);
  ct_xml_attribute (part, "xmlns:svg", SVG_NS);
  ct_xml_attribute (part, "office:version", ODF_VERSION);
}

static void
font_face_decls (CtXmlPart *part)
{
  ct_xml_start (part, "office:font-face-decls");
  ct_xml_start (part, "style:font-face");
  ct_xml_attribute (part, "style:name", FONT);
  ct_xml_attribute (part, "svg:font-family", "'" FONT "'");
  ct_xml_attribute (part, "style:font-family-generic", "roman");
  ct_xml_attribute (part, "style:font-pitch", "variable");
  ct_xml_end (part);
  ct_xml_end (part);
}

/* The font (for Latin, Asian and complex scripts alike), size, weight and language. */
static void
text_properties (CtXmlPart            *part,
                 const CtDocTextStyle *text)
{
  static const char *const scripts[] = { "", "-asian", "-complex" };

  ct_xml_start (part, "style:text-properties");
  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    {
      g_autofree char *family = g_strconcat (i == 0 ? "fo:font-family" : "style:font-family",
                                             scripts[i], NULL);
      g_autofree char *generic = g_strconcat ("style:font-family-generic", scripts[i], NULL);
      g_autofree char *size = g_strconcat (i == 0 ? "fo:font-size" : "style:font-size",
                                           scripts[i], NULL);
      g_autofree char *weight = g_strconcat (i == 0 ? "fo:font-weight" : "style:font-weight",
                                             scripts[i], NULL);
      g_autofree char *posture = g_strconcat (i == 0 ? "fo:font-style" : "style:font-style",
                                              scripts[i], NULL);

      ct_xml_attribute (part, family, FONT_FAMILY);
      ct_xml_attribute (part, generic, "roman");
      length_attribute (part, size, text->size);
      ct_xml_attribute (part, weight, text->bold ? "bold" : "normal");
      ct_xml_attribute (part, posture, text->italic ? "italic" : "normal");
    }
  if (text->underline)
    {
      ct_xml_attribute (part, "style:text-underline-style", "solid");
      ct_xml_attribute (part, "style:text-underline-width", "auto");
      ct_xml_attribute (part, "style:text-underline-color", "font-color");
    }
  ct_xml_attribute (part, "fo:language", "vi");
  ct_xml_attribute (part, "fo:country", "VN");
  ct_xml_end (part);
}

static const char *
text_align (CtDocAlign align)
{
  return align == CT_DOC_ALIGN_CENTER ? "center" : align == CT_DOC_ALIGN_JUSTIFY ? "justify"
                                                                                   : "start";
}

/* Exact line pitch (an absolute fo:line-height is a fixed one), the space above, indents,
 * alignment. */
static void
paragraph_properties (CtXmlPart             *part,
                      const CtDocParaFormat *format)
{
  ct_xml_start (part, "style:paragraph-properties");
  length_attribute (part, "fo:line-height", format->text.pitch);
  length_attribute (part, "fo:margin-top", format->space_before);
  length_attribute (part, "fo:margin-bottom", 0);
  length_attribute (part, "fo:margin-left", format->left_indent);
  length_attribute (part, "fo:margin-right", 0);
  length_attribute (part, "fo:text-indent", format->first_indent);
  ct_xml_attribute (part, "fo:text-align", text_align (format->align));
  if (format->align == CT_DOC_ALIGN_JUSTIFY)
    ct_xml_attribute (part, "fo:text-align-last", "start");
  ct_xml_attribute (part, "fo:keep-with-next", format->keep_with_next ? "always" : "auto");
  ct_xml_end (part);
}

static void
paragraph_style (CtXmlPart             *part,
                 const CtDocParaFormat *format)
{
  ct_xml_start (part, "style:style");
  ct_xml_attribute (part, "style:name", format->id);
  ct_xml_attribute (part, "style:display-name", format->name);
  ct_xml_attribute (part, "style:family", "paragraph");
  ct_xml_attribute (part, "style:class", "text");
  paragraph_properties (part, format);
  text_properties (part, &format->text);
  ct_xml_end (part);
}

/* One list style per kind: sections "I.", items and agenda "1.", the number followed by a
 * space and set where the paragraph's first line begins. */
static void
list_style (CtXmlPart  *part,
            CtDocList   list,
            const char *format,
            double      indent)
{
  ct_xml_start (part, "text:list-style");
  ct_xml_attribute (part, "style:name", list_styles[list]);
  ct_xml_start (part, "text:list-level-style-number");
  ct_xml_attribute (part, "text:level", "1");
  ct_xml_attribute (part, "style:num-format", format);
  ct_xml_attribute (part, "style:num-suffix", ".");
  ct_xml_start (part, "style:list-level-properties");
  ct_xml_attribute (part, "text:list-level-position-and-space-mode", "label-alignment");
  ct_xml_start (part, "style:list-level-label-alignment");
  ct_xml_attribute (part, "text:label-followed-by", "space");
  length_attribute (part, "fo:text-indent", indent);
  length_attribute (part, "fo:margin-left", 0);
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_end (part);
}

/* The page: A4, the style's margins (inside and outside when mirrored). With a header,
 * the page's top margin is where the header begins: ODF places no header by the centre
 * of its line, so the header is one page-number line high and begins half a line above
 * page_number_centre, and its bottom spacing brings the body down to the top margin —
 * the number's centre then sits at page_number_centre as nearly as the font's ascent
 * and descent within the fixed line allow. */
static void
page_layout (CtXmlPart   *part,
             const CtDoc *doc,
             const char  *name,
             gboolean     header,
             gboolean     two_sided)
{
  const CtDocGeometry *g = doc->geometry;
  CtDocParaFormat number;
  double header_top;

  ct_doc_para_format (doc->style, CT_DOC_PARA_PAGE_NUMBER, &number);
  header_top = MAX (0, g->page_number_centre - number.text.pitch / 2);
  ct_xml_start (part, "style:page-layout");
  ct_xml_attribute (part, "style:name", name);
  if (two_sided)
    ct_xml_attribute (part, "style:page-usage", "mirrored");
  ct_xml_start (part, "style:page-layout-properties");
  length_attribute (part, "fo:page-width", CT_DOC_PAGE_WIDTH);
  length_attribute (part, "fo:page-height", CT_DOC_PAGE_HEIGHT);
  ct_xml_attribute (part, "style:print-orientation", "portrait");
  length_attribute (part, "fo:margin-top", header ? header_top : g->margin_top);
  length_attribute (part, "fo:margin-bottom", g->margin_bottom);
  length_attribute (part, "fo:margin-left", g->margin_left);
  length_attribute (part, "fo:margin-right", g->margin_right);
  ct_xml_end (part);
  if (header)
    {
      ct_xml_start (part, "style:header-style");
      ct_xml_start (part, "style:header-footer-properties");
      length_attribute (part, "fo:min-height", number.text.pitch);
      length_attribute (part, "fo:margin-bottom",
                        MAX (0, g->margin_top - header_top - number.text.pitch));
      length_attribute (part, "fo:margin-left", 0);
      length_attribute (part, "fo:margin-right", 0);
      ct_xml_attribute (part, "style:dynamic-spacing", "false");
      ct_xml_end (part);
      ct_xml_end (part);
    }
  ct_xml_end (part);
}

static GBytes *
styles_part (const CtDoc *doc,
             gboolean     two_sided)
{
  CtXmlPart part;
  CtDocParaFormat body;
  double indent = doc->geometry->first_line_indent;

  ct_doc_para_format (doc->style, CT_DOC_PARA_BODY, &body);
  ct_xml_part_init (&part);
  ct_xml_start (&part, "office:document-styles");
  namespaces (&part);
  font_face_decls (&part);
  ct_xml_start (&part, "office:styles");
  /* The default is the body, so that a paragraph a leader adds reads as the rest. */
  ct_xml_start (&part, "style:default-style");
  ct_xml_attribute (&part, "style:family", "paragraph");
  text_properties (&part, &body.text);
  ct_xml_end (&part);
  for (guint i = 0; i < CT_DOC_N_PARAS; i++)
    {
      CtDocParaFormat format;

      ct_doc_para_format (doc->style, i, &format);
      paragraph_style (&part, &format);
    }
  list_style (&part, CT_DOC_LIST_SECTION, "I", indent);
  list_style (&part, CT_DOC_LIST_ITEM, "1", indent);
  list_style (&part, CT_DOC_LIST_AGENDA, "1", indent);
  ct_xml_end (&part);
  ct_xml_start (&part, "office:automatic-styles");
  page_layout (&part, doc, "CtPage", TRUE, two_sided);
  page_layout (&part, doc, "CtFirstPage", FALSE, two_sided);
  ct_xml_end (&part);
  ct_xml_start (&part, "office:master-styles");
  ct_xml_start (&part, "style:master-page");
  ct_xml_attribute (&part, "style:name", "Standard");
  ct_xml_attribute (&part, "style:page-layout-name", "CtPage");
  ct_xml_start (&part, "style:header");
  ct_xml_start (&part, "text:p");
  ct_xml_attribute (&part, "text:style-name", "CtPageNumber");
  ct_xml_start (&part, "text:page-number");
  ct_xml_attribute (&part, "text:select-page", "current");
  ct_xml_text (&part, "2");
  ct_xml_end (&part);
  ct_xml_end (&part);
  ct_xml_end (&part);
  ct_xml_end (&part);
  ct_xml_start (&part, "style:master-page");
  ct_xml_attribute (&part, "style:name", FIRST_PAGE);
  ct_xml_attribute (&part, "style:display-name", "First Page");
  ct_xml_attribute (&part, "style:page-layout-name", "CtFirstPage");
  ct_xml_attribute (&part, "style:next-style-name", "Standard");
  ct_xml_end (&part);
  ct_xml_end (&part);
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

/* A rule @length long centred in a column @width wide: an empty paragraph two points
 * high with a bottom border between equal indents. */
static void
rule_style (CtXmlPart *part,
            guint      index,
            double     length,
            double     width)
{
  double indent = MAX (0, (width - length) / 2);

  ct_xml_start (part, "style:style");
  ct_xml_attribute_printf (part, "style:name", "CtRule%u", index);
  ct_xml_attribute (part, "style:family", "paragraph");
  ct_xml_start (part, "style:paragraph-properties");
  length_attribute (part, "fo:line-height", 2);
  length_attribute (part, "fo:margin-top", 0);
  length_attribute (part, "fo:margin-bottom", 0);
  length_attribute (part, "fo:margin-left", indent);
  length_attribute (part, "fo:margin-right", indent);
  length_attribute (part, "fo:text-indent", 0);
  ct_xml_attribute (part, "fo:padding", "0pt");
  ct_xml_attribute (part, "fo:border-top", "none");
  ct_xml_attribute (part, "fo:border-left", "none");
  ct_xml_attribute (part, "fo:border-right", "none");
  ct_xml_attribute (part, "fo:border-bottom", "0.5pt solid #000000");
  ct_xml_attribute (part, "style:join-border", "false");
  ct_xml_end (part);
  ct_xml_start (part, "style:text-properties");
  length_attribute (part, "fo:font-size", 2);
  ct_xml_end (part);
  ct_xml_end (part);
}

static void
column_widths (const CtDoc      *doc,
               const CtDocTable *table,
               double            widths[2])
{
  double width = ct_doc_text_width (doc);

  widths[0] = width * table->left_fraction;
  widths[1] = width - widths[0];
}

/* Table @index: the text's width, its single row never split; the first block starts the
 * first page's master page; a later table (the closing block) stands the closing space
 * below the body. */
static void
table_styles (Writer           *w,
              const CtDocTable *table,
              guint             index)
{
  CtXmlPart *part = &w->part;
  double widths[2];

  column_widths (w->doc, table, widths);
  ct_xml_start (part, "style:style");
  ct_xml_attribute_printf (part, "style:name", "CtTable%u", index);
  ct_xml_attribute (part, "style:family", "table");
  if (index == 0)
    ct_xml_attribute (part, "style:master-page-name", FIRST_PAGE);
  ct_xml_start (part, "style:table-properties");
  length_attribute (part, "style:width", widths[0] + widths[1]);
  length_attribute (part, "fo:margin-left", 0);
  length_attribute (part, "fo:margin-top", index == 0 ? 0 : w->doc->geometry->closing_space);
  length_attribute (part, "fo:margin-bottom", 0);
  ct_xml_attribute (part, "table:align", "left");
  ct_xml_attribute (part, "style:may-break-between-rows", "false");
  ct_xml_end (part);
  ct_xml_end (part);
  for (guint i = 0; i < 2; i++)
    {
      ct_xml_start (part, "style:style");
      ct_xml_attribute_printf (part, "style:name", "CtTable%u.%c", index, 'A' + i);
      ct_xml_attribute (part, "style:family", "table-column");
      ct_xml_start (part, "style:table-column-properties");
      length_attribute (part, "style:column-width", widths[i]);
      ct_xml_end (part);
      ct_xml_end (part);
    }
  ct_xml_start (part, "style:style");
  ct_xml_attribute_printf (part, "style:name", "CtTable%u.Row", index);
  ct_xml_attribute (part, "style:family", "table-row");
  ct_xml_start (part, "style:table-row-properties");
  ct_xml_attribute (part, "fo:keep-together", "always");
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_start (part, "style:style");
  ct_xml_attribute_printf (part, "style:name", "CtTable%u.Cell", index);
  ct_xml_attribute (part, "style:family", "table-cell");
  ct_xml_start (part, "style:table-cell-properties");
  ct_xml_attribute (part, "fo:padding", "0pt");
  ct_xml_attribute (part, "fo:border", "none");
  ct_xml_attribute (part, "style:vertical-align", "top");
  ct_xml_end (part);
  ct_xml_end (part);
  for (guint i = 0; i < 2; i++)
    for (guint k = 0; k < table->cells[i]->len; k++)
      {
        const CtDocParagraph *p = g_ptr_array_index (table->cells[i], k);

        if (p->rule_length > 0)
          rule_style (part, w->rules++, p->rule_length, widths[i]);
      }
}

/* The automatic styles of content.xml, in the order the body uses them: the tables',
 * the rules', and the first paragraph's when the document begins with one. */
static void
automatic_styles (Writer *w)
{
  CtXmlPart *part = &w->part;
  guint tables = 0;

  ct_xml_start (part, "office:automatic-styles");
  for (guint i = 0; i < w->doc->blocks->len; i++)
    {
      const CtDocBlock *block = g_ptr_array_index (w->doc->blocks, i);

      if (block->table != NULL)
        table_styles (w, block->table, i == 0 ? 0 : ++tables);
      else if (block->paragraph->rule_length > 0)
        rule_style (part, w->rules++, block->paragraph->rule_length,
                    ct_doc_text_width (w->doc));
      if (i == 0 && block->paragraph != NULL)
        {
          CtDocParaFormat format;

          ct_doc_para_format (w->doc->style, block->paragraph->para, &format);
          ct_xml_start (part, "style:style");
          ct_xml_attribute (part, "style:name", "CtFirst");
          ct_xml_attribute (part, "style:family", "paragraph");
          ct_xml_attribute (part, "style:parent-style-name", format.id);
          ct_xml_attribute (part, "style:master-page-name", FIRST_PAGE);
          ct_xml_end (part);
        }
    }
  ct_xml_end (part);
  w->rules = 0;
}

static void
flush_spaces (CtXmlPart *part,
              guint      spaces)
{
  if (spaces == 0)
    return;
  ct_xml_start (part, "text:s");
  if (spaces > 1)
    ct_xml_attribute_printf (part, "text:c", "%u", spaces);
  ct_xml_end (part);
}

/* One line of text: ODF folds white space, so a space after another, or at either end of
 * the line, is a text:s, and a tab a text:tab. */
static void
write_line (CtXmlPart  *part,
            const char *line)
{
  GString *run = g_string_new (NULL);
  guint spaces = 0;

  for (const char *c = line; *c != '\0'; c++)
    {
      gboolean folded = c == line || c[-1] == ' ' || c[1] == '\0' || c[1] == ' ';

      if (*c == ' ' && (spaces > 0 || folded))
        {
          if (run->len > 0)
            ct_xml_text (part, run->str);
          g_string_truncate (run, 0);
          spaces++;
          continue;
        }
      flush_spaces (part, spaces);
      spaces = 0;
      if (*c == '\t')
        {
          if (run->len > 0)
            ct_xml_text (part, run->str);
          g_string_truncate (run, 0);
          ct_xml_element (part, "text:tab", NULL);
        }
      else
        g_string_append_c (run, *c);
    }
  if (run->len > 0)
    ct_xml_text (part, run->str);
  flush_spaces (part, spaces);
  g_string_free (run, TRUE);
}

/* Text with its line breaks as text:line-break. */
static void
write_text (CtXmlPart  *part,
            const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        ct_xml_element (part, "text:line-break", NULL);
      write_line (part, lines[i]);
    }
}

/* A numbered paragraph's list: a new one where its run starts again, otherwise one that
 * continues the run's first list, whatever came between them. */
static void
start_list (Writer               *w,
            const CtDocParagraph *p)
{
  CtXmlPart *part = &w->part;
  guint id = ++w->lists;

  ct_xml_start (part, "text:list");
  ct_xml_attribute_printf (part, "xml:id", "ctlist%u", id);
  ct_xml_attribute (part, "text:style-name", list_styles[p->list]);
  if (p->restart || w->run_ids[p->list] == 0)
    w->run_ids[p->list] = id;
  else
    ct_xml_attribute_printf (part, "text:continue-list", "ctlist%u", w->run_ids[p->list]);
  ct_xml_start (part, "text:list-item");
}

static void
write_paragraph (Writer               *w,
                 const CtDocParagraph *p,
                 gboolean              first)
{
  CtXmlPart *part = &w->part;
  CtDocParaFormat format;

  ct_doc_para_format (w->doc->style, p->para, &format);
  if (p->list != CT_DOC_LIST_NONE)
    start_list (w, p);
  ct_xml_start (part, "text:p");
  ct_xml_attribute (part, "text:style-name", first ? "CtFirst" : format.id);
  write_text (part, p->text);
  ct_xml_end (part);
  if (p->list != CT_DOC_LIST_NONE)
    {
      ct_xml_end (part);
      ct_xml_end (part);
    }
  if (p->rule_length > 0)
    {
      ct_xml_start (part, "text:p");
      ct_xml_attribute_printf (part, "text:style-name", "CtRule%u", w->rules++);
      ct_xml_end (part);
    }
}

static void
write_table (Writer           *w,
             const CtDocTable *table,
             guint             index)
{
  CtXmlPart *part = &w->part;

  ct_xml_start (part, "table:table");
  ct_xml_attribute_printf (part, "table:name", "CtTable%u", index);
  ct_xml_attribute_printf (part, "table:style-name", "CtTable%u", index);
  for (guint i = 0; i < 2; i++)
    {
      ct_xml_start (part, "table:table-column");
      ct_xml_attribute_printf (part, "table:style-name", "CtTable%u.%c", index, 'A' + i);
      ct_xml_end (part);
    }
  ct_xml_start (part, "table:table-row");
  ct_xml_attribute_printf (part, "table:style-name", "CtTable%u.Row", index);
  for (guint i = 0; i < 2; i++)
    {
      ct_xml_start (part, "table:table-cell");
      ct_xml_attribute_printf (part, "table:style-name", "CtTable%u.Cell", index);
      ct_xml_attribute (part, "office:value-type", "string");
      for (guint k = 0; k < table->cells[i]->len; k++)
        write_paragraph (w, g_ptr_array_index (table->cells[i], k), FALSE);
      /* A cell holds at least one paragraph. */
      if (table->cells[i]->len == 0)
        ct_xml_element (part, "text:p", NULL);
      ct_xml_end (part);
    }
  ct_xml_end (part);
  ct_xml_end (part);
}

static GBytes *
content_part (Writer *w)
{
  CtXmlPart *part = &w->part;
  guint tables = 0;

  ct_xml_part_init (part);
  ct_xml_start (part, "office:document-content");
  namespaces (part);
  font_face_decls (part);
  automatic_styles (w);
  ct_xml_start (part, "office:body");
  ct_xml_start (part, "office:text");
  for (guint i = 0; i < w->doc->blocks->len; i++)
    {
      const CtDocBlock *block = g_ptr_array_index (w->doc->blocks, i);

      if (block->table != NULL)
        write_table (w, block->table, i == 0 ? 0 : ++tables);
      else
        write_paragraph (w, block->paragraph, i == 0);
    }
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_end (part);
  return ct_xml_part_finish (part);
}

/* Title, author (the issuing body), date and language. */
static GBytes *
meta_part (const CtDoc *doc)
{
  CtXmlPart part;

  ct_xml_part_init (&part);
  ct_xml_start (&part, "office:document-meta");
  ct_xml_attribute (&part, "xmlns:office", OFFICE_NS);
  ct_xml_attribute (&part, "xmlns:meta", META_NS);
  ct_xml_attribute (&part, "xmlns:dc", DC_NS);
  ct_xml_attribute (&part, "office:version", ODF_VERSION);
  ct_xml_start (&part, "office:meta");
  ct_xml_element (&part, "meta:generator", "Congtac");
  ct_xml_element (&part, "dc:title", doc->title);
  ct_xml_element (&part, "meta:initial-creator", doc->author);
  if (g_date_valid (&doc->date))
    {
      g_autofree char *created = g_strdup_printf ("%04d-%02d-%02dT00:00:00",
                                                  g_date_get_year (&doc->date),
                                                  g_date_get_month (&doc->date),
                                                  g_date_get_day (&doc->date));

      ct_xml_element (&part, "meta:creation-date", created);
    }
  ct_xml_element (&part, "dc:language", "vi-VN");
  ct_xml_end (&part);
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

static void
file_entry (CtXmlPart  *part,
            const char *path,
            const char *media_type)
{
  ct_xml_start (part, "manifest:file-entry");
  ct_xml_attribute (part, "manifest:full-path", path);
  if (strcmp (path, "/") == 0)
    ct_xml_attribute (part, "manifest:version", ODF_VERSION);
  ct_xml_attribute (part, "manifest:media-type", media_type);
  ct_xml_end (part);
}

static GBytes *
manifest_part (void)
{
  CtXmlPart part;

  ct_xml_part_init (&part);
  ct_xml_start (&part, "manifest:manifest");
  ct_xml_attribute (&part, "xmlns:manifest", MANIFEST_NS);
  ct_xml_attribute (&part, "manifest:version", ODF_VERSION);
  file_entry (&part, "/", MIMETYPE);
  file_entry (&part, "content.xml", "text/xml");
  file_entry (&part, "styles.xml", "text/xml");
  file_entry (&part, "meta.xml", "text/xml");
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

/**
 * ct_export_odt:
 * @programme: a programme
 * @two_sided: mirror the margins of back pages
 * @error: return location for a #GError
 *
 * Writes the official document of @programme (ct_doc_new_for_programme()) as an
 * OpenDocument text package: the "mimetype" member first and stored, as readers expect.
 *
 * Returns: (transfer full) (nullable): the .odt file's bytes
 */
GBytes *
ct_export_odt (const CtProgramme *programme,
               gboolean           two_sided,
               GError           **error)
{
  g_autoptr(CtDoc) doc = ct_doc_new_for_programme (programme);
  Writer w = { .doc = doc };
  CtZipPart parts[] = {
    { "mimetype", g_bytes_new_static (MIMETYPE, strlen (MIMETYPE)) },
    { "META-INF/manifest.xml", manifest_part () },
    { "content.xml", content_part (&w) },
    { "styles.xml", styles_part (doc, two_sided) },
    { "meta.xml", meta_part (doc) },
  };

  return ct_zip_pack (parts, G_N_ELEMENTS (parts), TRUE, error);
}
