/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-export"

#include "config.h"

#include "ct-export.h"
#include "ct-export-private.h"

#include <math.h>

/* The official document as a Word file (Office Open XML, ECMA-376): real structure a
 * leader can correct, not positioned text. Named paragraph styles carry the sizes and
 * spacing of ct_doc_para_format(); sections, items and conference agendas are Word lists
 * (numbering.xml), so that an inserted item renumbers the rest; the header and the
 * closing block are borderless two-column tables with the PDF's column widths; the rules
 * are paragraph borders; page numbers sit in the header from page 2. */

#define W_NS "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define R_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define PKG_RELS_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define FONT "Times New Roman"

/* Twentieths of a point, Word's unit of length. */
static int
twips (double points)
{
  return (int) lround (points * 20);
}

typedef struct
{
  const CtDoc *doc;
  CtXmlPart part;
  guint num_ids[CT_DOC_LIST_AGENDA + 1];  /* the w:num of the current run of each list */
  guint next_num;
  GArray *nums;   /* guint: the list (CtDocList) of each w:num, from 1 */
} Writer;

static void
run_properties (CtXmlPart            *part,
                const CtDocTextStyle *text)
{
  ct_xml_start (part, "w:rPr");
  ct_xml_start (part, "w:rFonts");
  ct_xml_attribute (part, "w:ascii", FONT);
  ct_xml_attribute (part, "w:hAnsi", FONT);
  ct_xml_attribute (part, "w:cs", FONT);
  ct_xml_end (part);
  if (text->bold)
    ct_xml_element (part, "w:b", NULL);
  if (text->italic)
    ct_xml_element (part, "w:i", NULL);
  if (text->underline)
    {
      ct_xml_start (part, "w:u");
      ct_xml_attribute (part, "w:val", "single");
      ct_xml_end (part);
    }
  ct_xml_start (part, "w:sz");
  ct_xml_attribute_printf (part, "w:val", "%d", (int) lround (text->size * 2));
  ct_xml_end (part);
  ct_xml_start (part, "w:szCs");
  ct_xml_attribute_printf (part, "w:val", "%d", (int) lround (text->size * 2));
  ct_xml_end (part);
  ct_xml_start (part, "w:lang");
  ct_xml_attribute (part, "w:val", "vi-VN");
  ct_xml_end (part);
  ct_xml_end (part);
}

static const char *
jc_value (CtDocAlign align)
{
  return align == CT_DOC_ALIGN_CENTER ? "center" : align == CT_DOC_ALIGN_JUSTIFY ? "both"
                                                                                   : "left";
}

/* Exact line pitch, the space above, indents and alignment of a named style. */
static void
paragraph_properties (CtXmlPart             *part,
                      const CtDocParaFormat *format)
{
  ct_xml_start (part, "w:pPr");
  if (format->keep_with_next)
    ct_xml_element (part, "w:keepNext", NULL);
  ct_xml_start (part, "w:spacing");
  ct_xml_attribute_printf (part, "w:before", "%d", twips (format->space_before));
  ct_xml_attribute (part, "w:after", "0");
  ct_xml_attribute_printf (part, "w:line", "%d", twips (format->text.pitch));
  ct_xml_attribute (part, "w:lineRule", "exact");
  ct_xml_end (part);
  ct_xml_start (part, "w:ind");
  ct_xml_attribute_printf (part, "w:left", "%d", twips (format->left_indent));
  ct_xml_attribute_printf (part, "w:firstLine", "%d", twips (format->first_indent));
  ct_xml_end (part);
  ct_xml_start (part, "w:jc");
  ct_xml_attribute (part, "w:val", jc_value (format->align));
  ct_xml_end (part);
  ct_xml_end (part);
}

static GBytes *
styles_part (const CtDoc *doc)
{
  CtXmlPart part;
  CtDocParaFormat body;

  ct_doc_para_format (doc->style, CT_DOC_PARA_BODY, &body);
  ct_xml_part_init (&part);
  ct_xml_start (&part, "w:styles");
  ct_xml_attribute (&part, "xmlns:w", W_NS);
  ct_xml_start (&part, "w:docDefaults");
  ct_xml_start (&part, "w:rPrDefault");
  run_properties (&part, &body.text);
  ct_xml_end (&part);
  ct_xml_end (&part);
  /* "Normal" is the body, so that a paragraph a leader adds reads as the rest. */
  ct_xml_start (&part, "w:style");
  ct_xml_attribute (&part, "w:type", "paragraph");
  ct_xml_attribute (&part, "w:default", "1");
  ct_xml_attribute (&part, "w:styleId", "Normal");
  ct_xml_start (&part, "w:name");
  ct_xml_attribute (&part, "w:val", "Normal");
  ct_xml_end (&part);
  paragraph_properties (&part, &body);
  run_properties (&part, &body.text);
  ct_xml_end (&part);
  for (guint i = 0; i < CT_DOC_N_PARAS; i++)
    {
      CtDocParaFormat format;

      ct_doc_para_format (doc->style, i, &format);
      ct_xml_start (&part, "w:style");
      ct_xml_attribute (&part, "w:type", "paragraph");
      ct_xml_attribute (&part, "w:customStyle", "1");
      ct_xml_attribute (&part, "w:styleId", format.id);
      ct_xml_start (&part, "w:name");
      ct_xml_attribute (&part, "w:val", format.name);
      ct_xml_end (&part);
      ct_xml_start (&part, "w:basedOn");
      ct_xml_attribute (&part, "w:val", "Normal");
      ct_xml_end (&part);
      ct_xml_element (&part, "w:qFormat", NULL);
      paragraph_properties (&part, &format);
      run_properties (&part, &format.text);
      ct_xml_end (&part);
    }
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

/* One abstract list per kind: sections "I.", items and agenda "1.", the number followed by
 * a space and indented as the paragraph's first line. */
static void
abstract_num (CtXmlPart  *part,
              CtDocList   list,
              const char *format,
              double      indent)
{
  ct_xml_start (part, "w:abstractNum");
  ct_xml_attribute_printf (part, "w:abstractNumId", "%d", list);
  ct_xml_start (part, "w:multiLevelType");
  ct_xml_attribute (part, "w:val", "singleLevel");
  ct_xml_end (part);
  ct_xml_start (part, "w:lvl");
  ct_xml_attribute (part, "w:ilvl", "0");
  ct_xml_start (part, "w:start");
  ct_xml_attribute (part, "w:val", "1");
  ct_xml_end (part);
  ct_xml_start (part, "w:numFmt");
  ct_xml_attribute (part, "w:val", format);
  ct_xml_end (part);
  ct_xml_start (part, "w:suff");
  ct_xml_attribute (part, "w:val", "space");
  ct_xml_end (part);
  ct_xml_start (part, "w:lvlText");
  ct_xml_attribute (part, "w:val", "%1.");
  ct_xml_end (part);
  ct_xml_start (part, "w:lvlJc");
  ct_xml_attribute (part, "w:val", "left");
  ct_xml_end (part);
  /* A list's indents win over the paragraph style's: the same first-line indent. */
  ct_xml_start (part, "w:pPr");
  ct_xml_start (part, "w:ind");
  ct_xml_attribute (part, "w:left", "0");
  ct_xml_attribute_printf (part, "w:firstLine", "%d", twips (indent));
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_end (part);
}

static GBytes *
numbering_part (Writer *w)
{
  CtXmlPart part;
  double indent = w->doc->geometry->first_line_indent;

  ct_xml_part_init (&part);
  ct_xml_start (&part, "w:numbering");
  ct_xml_attribute (&part, "xmlns:w", W_NS);
  abstract_num (&part, CT_DOC_LIST_SECTION, "upperRoman", indent);
  abstract_num (&part, CT_DOC_LIST_ITEM, "decimal", indent);
  abstract_num (&part, CT_DOC_LIST_AGENDA, "decimal", indent);
  /* A w:num per run: the items of each section and the agenda of each conference start
   * again at 1. */
  for (guint i = 0; i < w->nums->len; i++)
    {
      ct_xml_start (&part, "w:num");
      ct_xml_attribute_printf (&part, "w:numId", "%u", i + 1);
      ct_xml_start (&part, "w:abstractNumId");
      ct_xml_attribute_printf (&part, "w:val", "%u", g_array_index (w->nums, guint, i));
      ct_xml_end (&part);
      ct_xml_start (&part, "w:lvlOverride");
      ct_xml_attribute (&part, "w:ilvl", "0");
      ct_xml_start (&part, "w:startOverride");
      ct_xml_attribute (&part, "w:val", "1");
      ct_xml_end (&part);
      ct_xml_end (&part);
      ct_xml_end (&part);
    }
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

/* Text with its line breaks as w:br. */
static void
write_runs (CtXmlPart  *part,
            const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  ct_xml_start (part, "w:r");
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        ct_xml_element (part, "w:br", NULL);
      ct_xml_start (part, "w:t");
      ct_xml_attribute (part, "xml:space", "preserve");
      ct_xml_text (part, lines[i]);
      ct_xml_end (part);
    }
  ct_xml_end (part);
}

/* An empty paragraph of no height drawing a centred rule @length long in a column
 * @width wide: a bottom border between indents. */
static void
write_rule (CtXmlPart *part,
            double     length,
            double     width)
{
  int indent = twips (MAX (0, (width - length) / 2));

  ct_xml_start (part, "w:p");
  ct_xml_start (part, "w:pPr");
  ct_xml_start (part, "w:pBdr");
  ct_xml_start (part, "w:bottom");
  ct_xml_attribute (part, "w:val", "single");
  ct_xml_attribute (part, "w:sz", "6");
  ct_xml_attribute (part, "w:space", "0");
  ct_xml_attribute (part, "w:color", "000000");
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_start (part, "w:spacing");
  ct_xml_attribute (part, "w:before", "0");
  ct_xml_attribute (part, "w:after", "0");
  ct_xml_attribute (part, "w:line", "40");
  ct_xml_attribute (part, "w:lineRule", "exact");
  ct_xml_end (part);
  ct_xml_start (part, "w:ind");
  ct_xml_attribute_printf (part, "w:left", "%d", indent);
  ct_xml_attribute_printf (part, "w:right", "%d", indent);
  ct_xml_attribute (part, "w:firstLine", "0");
  ct_xml_end (part);
  ct_xml_start (part, "w:rPr");
  ct_xml_start (part, "w:sz");
  ct_xml_attribute (part, "w:val", "4");
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_end (part);
}

static guint
num_for (Writer               *w,
         const CtDocParagraph *p)
{
  if (p->restart || w->num_ids[p->list] == 0)
    {
      guint list = p->list;

      g_array_append_val (w->nums, list);
      w->num_ids[p->list] = w->nums->len;
    }
  return w->num_ids[p->list];
}

/* @keep_with_next: kept with the table after it, whatever its style says; @space_before:
 * the space above a table, given to its first paragraphs, 0 for the style's own. */
static void
write_paragraph (Writer               *w,
                 const CtDocParagraph *p,
                 double                width,
                 gboolean              keep_with_next,
                 double                space_before)
{
  CtXmlPart *part = &w->part;
  CtDocParaFormat format;

  ct_doc_para_format (w->doc->style, p->para, &format);
  ct_xml_start (part, "w:p");
  ct_xml_start (part, "w:pPr");
  ct_xml_start (part, "w:pStyle");
  ct_xml_attribute (part, "w:val", format.id);
  ct_xml_end (part);
  keep_with_next = keep_with_next || p->keep_with_next;
  if (keep_with_next != format.keep_with_next)
    {
      ct_xml_start (part, "w:keepNext");
      ct_xml_attribute (part, "w:val", keep_with_next ? "1" : "0");
      ct_xml_end (part);
    }
  if (p->list != CT_DOC_LIST_NONE)
    {
      ct_xml_start (part, "w:numPr");
      ct_xml_start (part, "w:ilvl");
      ct_xml_attribute (part, "w:val", "0");
      ct_xml_end (part);
      ct_xml_start (part, "w:numId");
      ct_xml_attribute_printf (part, "w:val", "%u", num_for (w, p));
      ct_xml_end (part);
      ct_xml_end (part);
    }
  if (space_before > 0)
    {
      ct_xml_start (part, "w:spacing");
      ct_xml_attribute_printf (part, "w:before", "%d", twips (space_before));
      ct_xml_end (part);
    }
  ct_xml_end (part);
  if (*p->text != '\0')
    write_runs (part, p->text);
  ct_xml_end (part);
  if (p->rule_length > 0)
    write_rule (part, p->rule_length, width);
}

static void
cell_width (CtXmlPart *part,
            const char *element,
            int         width)
{
  ct_xml_start (part, element);
  ct_xml_attribute_printf (part, "w:w", "%d", width);
  ct_xml_attribute (part, "w:type", "dxa");
  ct_xml_end (part);
}

static void
no_borders (CtXmlPart *part)
{
  static const char *const sides[] = { "w:top", "w:left", "w:bottom", "w:right",
                                       "w:insideH", "w:insideV" };

  ct_xml_start (part, "w:tblBorders");
  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      ct_xml_start (part, sides[i]);
      ct_xml_attribute (part, "w:val", "nil");
      ct_xml_end (part);
    }
  ct_xml_end (part);
}

static void
write_table (Writer           *w,
             const CtDocTable *table)
{
  CtXmlPart *part = &w->part;
  double width = ct_doc_text_width (w->doc);
  double widths[2] = { width * table->left_fraction, width * (1 - table->left_fraction) };

  ct_xml_start (part, "w:tbl");
  ct_xml_start (part, "w:tblPr");
  cell_width (part, "w:tblW", twips (width));
  ct_xml_start (part, "w:tblLayout");
  ct_xml_attribute (part, "w:type", "fixed");
  ct_xml_end (part);
  no_borders (part);
  ct_xml_start (part, "w:tblCellMar");
  cell_width (part, "w:left", 0);
  cell_width (part, "w:right", 0);
  ct_xml_end (part);
  ct_xml_end (part);
  ct_xml_start (part, "w:tblGrid");
  for (guint i = 0; i < 2; i++)
    {
      ct_xml_start (part, "w:gridCol");
      ct_xml_attribute_printf (part, "w:w", "%d", twips (widths[i]));
      ct_xml_end (part);
    }
  ct_xml_end (part);
  ct_xml_start (part, "w:tr");
  ct_xml_start (part, "w:trPr");
  ct_xml_element (part, "w:cantSplit", NULL);
  ct_xml_end (part);
  for (guint i = 0; i < 2; i++)
    {
      ct_xml_start (part, "w:tc");
      ct_xml_start (part, "w:tcPr");
      cell_width (part, "w:tcW", twips (widths[i]));
      ct_xml_end (part);
      for (guint k = 0; k < table->cells[i]->len; k++)
        write_paragraph (w, g_ptr_array_index (table->cells[i], k), widths[i], FALSE,
                         k == 0 ? table->space_before : 0);
      /* A cell holds at least one paragraph. */
      if (table->cells[i]->len == 0)
        ct_xml_element (part, "w:p", NULL);
      ct_xml_end (part);
    }
  ct_xml_end (part);
  ct_xml_end (part);
}

/* A4, the style's margins (mirrored for two-sided printing), the page number in the
 * header of every page but the first. */
static void
section_properties (Writer   *w,
                    gboolean  two_sided)
{
  CtXmlPart *part = &w->part;
  const CtDocGeometry *g = w->doc->geometry;
  CtDocParaFormat number;

  ct_doc_para_format (w->doc->style, CT_DOC_PARA_PAGE_NUMBER, &number);
  ct_xml_start (part, "w:sectPr");
  ct_xml_start (part, "w:headerReference");
  ct_xml_attribute (part, "w:type", "default");
  ct_xml_attribute (part, "r:id", "rIdHeader");
  ct_xml_end (part);
  ct_xml_start (part, "w:headerReference");
  ct_xml_attribute (part, "w:type", "first");
  ct_xml_attribute (part, "r:id", "rIdFirstHeader");
  ct_xml_end (part);
  if (two_sided)
    {
      ct_xml_start (part, "w:headerReference");
      ct_xml_attribute (part, "w:type", "even");
      ct_xml_attribute (part, "r:id", "rIdHeader");
      ct_xml_end (part);
    }
  ct_xml_start (part, "w:pgSz");
  ct_xml_attribute_printf (part, "w:w", "%d", twips (CT_DOC_PAGE_WIDTH));
  ct_xml_attribute_printf (part, "w:h", "%d", twips (CT_DOC_PAGE_HEIGHT));
  ct_xml_end (part);
  ct_xml_start (part, "w:pgMar");
  ct_xml_attribute_printf (part, "w:top", "%d", twips (g->margin_top));
  ct_xml_attribute_printf (part, "w:bottom", "%d", twips (g->margin_bottom));
  /* With mirrored margins Word reads left and right as inside and outside. */
  ct_xml_attribute_printf (part, "w:left", "%d", twips (g->margin_left));
  ct_xml_attribute_printf (part, "w:right", "%d", twips (g->margin_right));
  ct_xml_attribute_printf (part, "w:header", "%d",
                           twips (g->page_number_centre - number.text.pitch / 2));
  ct_xml_attribute (part, "w:footer", "0");
  ct_xml_attribute (part, "w:gutter", "0");
  ct_xml_end (part);
  ct_xml_element (part, "w:titlePg", NULL);
  ct_xml_end (part);
}

static GBytes *
document_part (Writer   *w,
               gboolean  two_sided)
{
  CtXmlPart *part = &w->part;
  double width = ct_doc_text_width (w->doc);

  ct_xml_part_init (part);
  ct_xml_start (part, "w:document");
  ct_xml_attribute (part, "xmlns:w", W_NS);
  ct_xml_attribute (part, "xmlns:r", R_NS);
  ct_xml_start (part, "w:body");
  for (guint i = 0; i < w->doc->blocks->len; i++)
    {
      const CtDocBlock *block = g_ptr_array_index (w->doc->blocks, i);
      const CtDocBlock *next = i + 1 < w->doc->blocks->len
                               ? g_ptr_array_index (w->doc->blocks, i + 1) : NULL;

      if (block->table != NULL)
        write_table (w, block->table);
      else
        write_paragraph (w, block->paragraph, width,
                         next != NULL && next->table != NULL && next->table->keep_with_previous,
                         0);
    }
  section_properties (w, two_sided);
  ct_xml_end (part);
  ct_xml_end (part);
  return ct_xml_part_finish (part);
}

/* The page number, centred: a PAGE field. The first page's header is empty. */
static GBytes *
header_part (const CtDoc *doc,
             gboolean     page_number)
{
  CtXmlPart part;
  CtDocParaFormat format;

  ct_doc_para_format (doc->style, CT_DOC_PARA_PAGE_NUMBER, &format);
  ct_xml_part_init (&part);
  ct_xml_start (&part, "w:hdr");
  ct_xml_attribute (&part, "xmlns:w", W_NS);
  ct_xml_start (&part, "w:p");
  ct_xml_start (&part, "w:pPr");
  ct_xml_start (&part, "w:pStyle");
  ct_xml_attribute (&part, "w:val", format.id);
  ct_xml_end (&part);
  ct_xml_end (&part);
  if (page_number)
    {
      ct_xml_start (&part, "w:fldSimple");
      ct_xml_attribute (&part, "w:instr", " PAGE ");
      write_runs (&part, "2");
      ct_xml_end (&part);
    }
  ct_xml_end (&part);
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

static void
relationship (CtXmlPart  *part,
              const char *id,
              const char *type,
              const char *target)
{
  g_autofree char *full_type = g_strconcat (g_str_has_prefix (type, "http") ? "" : REL_TYPE,
                                            type, NULL);

  ct_xml_start (part, "Relationship");
  ct_xml_attribute (part, "Id", id);
  ct_xml_attribute (part, "Type", full_type);
  ct_xml_attribute (part, "Target", target);
  ct_xml_end (part);
}

static GBytes *
package_rels_part (void)
{
  CtXmlPart part;

  ct_xml_part_init (&part);
  ct_xml_start (&part, "Relationships");
  ct_xml_attribute (&part, "xmlns", PKG_RELS_NS);
  relationship (&part, "rId1", "officeDocument", "word/document.xml");
  relationship (&part, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/"
                "metadata/core-properties", "docProps/core.xml");
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

static GBytes *
document_rels_part (void)
{
  CtXmlPart part;

  ct_xml_part_init (&part);
  ct_xml_start (&part, "Relationships");
  ct_xml_attribute (&part, "xmlns", PKG_RELS_NS);
  relationship (&part, "rIdStyles", "styles", "styles.xml");
  relationship (&part, "rIdNumbering", "numbering", "numbering.xml");
  relationship (&part, "rIdSettings", "settings", "settings.xml");
  relationship (&part, "rIdHeader", "header", "header1.xml");
  relationship (&part, "rIdFirstHeader", "header", "header2.xml");
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

static void
override (CtXmlPart  *part,
          const char *name,
          const char *type)
{
  ct_xml_start (part, "Override");
  ct_xml_attribute (part, "PartName", name);
  ct_xml_attribute_printf (part, "ContentType", "application/vnd.openxmlformats-%s", type);
  ct_xml_end (part);
}

static GBytes *
content_types_part (void)
{
  CtXmlPart part;

  ct_xml_part_init (&part);
  ct_xml_start (&part, "Types");
  ct_xml_attribute (&part, "xmlns",
                    "http://schemas.openxmlformats.org/package/2006/content-types");
  ct_xml_start (&part, "Default");
  ct_xml_attribute (&part, "Extension", "rels");
  ct_xml_attribute (&part, "ContentType",
                    "application/vnd.openxmlformats-package.relationships+xml");
  ct_xml_end (&part);
  ct_xml_start (&part, "Default");
  ct_xml_attribute (&part, "Extension", "xml");
  ct_xml_attribute (&part, "ContentType", "application/xml");
  ct_xml_end (&part);
  override (&part, "/word/document.xml",
            "officedocument.wordprocessingml.document.main+xml");
  override (&part, "/word/styles.xml", "officedocument.wordprocessingml.styles+xml");
  override (&part, "/word/numbering.xml", "officedocument.wordprocessingml.numbering+xml");
  override (&part, "/word/settings.xml", "officedocument.wordprocessingml.settings+xml");
  override (&part, "/word/header1.xml", "officedocument.wordprocessingml.header+xml");
  override (&part, "/word/header2.xml", "officedocument.wordprocessingml.header+xml");
  override (&part, "/docProps/core.xml", "package.core-properties+xml");
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

/* Mirrored margins and distinct even headers for two-sided printing; Vietnamese as the
 * proofing language. */
static GBytes *
settings_part (gboolean two_sided)
{
  CtXmlPart part;

  ct_xml_part_init (&part);
  ct_xml_start (&part, "w:settings");
  ct_xml_attribute (&part, "xmlns:w", W_NS);
  if (two_sided)
    {
      ct_xml_element (&part, "w:mirrorMargins", NULL);
      ct_xml_element (&part, "w:evenAndOddHeaders", NULL);
    }
  ct_xml_start (&part, "w:themeFontLang");
  ct_xml_attribute (&part, "w:val", "vi-VN");
  ct_xml_end (&part);
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

/* Title, author (the issuing body) and date. */
static GBytes *
core_part (const CtDoc *doc)
{
  CtXmlPart part;

  ct_xml_part_init (&part);
  ct_xml_start (&part, "cp:coreProperties");
  ct_xml_attribute (&part, "xmlns:cp", "http://schemas.openxmlformats.org/package/2006/"
                    "metadata/core-properties");
  ct_xml_attribute (&part, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
  ct_xml_attribute (&part, "xmlns:dcterms", "http://purl.org/dc/terms/");
  ct_xml_attribute (&part, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  ct_xml_element (&part, "dc:title", doc->title);
  ct_xml_element (&part, "dc:creator", doc->author);
  ct_xml_element (&part, "dc:language", "vi-VN");
  if (g_date_valid (&doc->date))
    {
      g_autofree char *created = g_strdup_printf ("%04d-%02d-%02dT00:00:00Z",
                                                  g_date_get_year (&doc->date),
                                                  g_date_get_month (&doc->date),
                                                  g_date_get_day (&doc->date));

      ct_xml_start (&part, "dcterms:created");
      ct_xml_attribute (&part, "xsi:type", "dcterms:W3CDTF");
      ct_xml_text (&part, created);
      ct_xml_end (&part);
    }
  ct_xml_end (&part);
  return ct_xml_part_finish (&part);
}

/**
 * ct_export_docx:
 * @programme: a programme
 * @two_sided: mirror the margins of back pages
 * @error: return location for a #GError
 *
 * Writes the official document of @programme (ct_doc_new_for_programme()) as a Word
 * package.
 *
 * Returns: (transfer full) (nullable): the .docx file's bytes
 */
GBytes *
ct_export_docx (const CtProgramme *programme,
                gboolean           two_sided,
                GError           **error)
{
  g_autoptr(CtDoc) doc = ct_doc_new_for_programme (programme);
  Writer w = { .doc = doc, .nums = g_array_new (FALSE, FALSE, sizeof (guint)) };
  /* The document first: writing it numbers the runs of each list for numbering.xml. */
  GBytes *document = document_part (&w, two_sided);
  CtZipPart parts[] = {
    { "[Content_Types].xml", content_types_part () },
    { "_rels/.rels", package_rels_part () },
    { "docProps/core.xml", core_part (doc) },
    { "word/_rels/document.xml.rels", document_rels_part () },
    { "word/document.xml", document },
    { "word/styles.xml", styles_part (doc) },
    { "word/numbering.xml", numbering_part (&w) },
    { "word/settings.xml", settings_part (two_sided) },
    { "word/header1.xml", header_part (doc, TRUE) },
    { "word/header2.xml", header_part (doc, FALSE) },
  };

  g_array_unref (w.nums);
  return ct_zip_pack (parts, G_N_ELEMENTS (parts), FALSE, error);
}
