/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-document"

#include "ct-doc.h"

#include <stdio.h>
#include <string.h>

#include "ct-format.h"
#include "ct-text.h"

/* The official document built once, as a tree of named paragraphs, numbered lists and
 * two borderless tables, from the programme and the wording rules (ct-format.c); the
 * Word, OpenDocument and HTML writers each turn it into their format. */

static CtDocParagraph *
paragraph_new (CtDocumentStyle  style,
               CtDocPara        para,
               const char      *text)
{
  CtDocParagraph *p = g_new0 (CtDocParagraph, 1);
  CtDocParaFormat format;

  ct_doc_para_format (style, para, &format);
  p->para = para;
  p->text = g_strdup (text);
  p->keep_with_next = format.keep_with_next;
  return p;
}

static void
paragraph_free (CtDocParagraph *p)
{
  g_free (p->text);
  g_free (p->label);
  g_free (p);
}

static void
block_free (CtDocBlock *block)
{
  if (block->paragraph != NULL)
    paragraph_free (block->paragraph);
  if (block->table != NULL)
    {
      for (guint i = 0; i < 2; i++)
        g_ptr_array_unref (block->table->cells[i]);
      g_free (block->table);
    }
  g_free (block);
}

static CtDocParagraph *
add_paragraph (CtDoc      *doc,
               CtDocPara   para,
               const char *text)
{
  CtDocBlock *block = g_new0 (CtDocBlock, 1);

  block->paragraph = paragraph_new (doc->style, para, text);
  g_ptr_array_add (doc->blocks, block);
  return block->paragraph;
}

static CtDocTable *
add_table (CtDoc  *doc,
           double  left_fraction)
{
  CtDocBlock *block = g_new0 (CtDocBlock, 1);

  block->table = g_new0 (CtDocTable, 1);
  block->table->style = doc->style;
  block->table->left_fraction = left_fraction;
  for (guint i = 0; i < 2; i++)
    block->table->cells[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) paragraph_free);
  g_ptr_array_add (doc->blocks, block);
  return block->table;
}

static CtDocParagraph *
add_cell_paragraph (CtDocTable *table,
                    guint       column,
                    CtDocPara   para,
                    const char *text)
{
  CtDocParagraph *p = paragraph_new (table->style, para, text);

  g_ptr_array_add (table->cells[column], p);
  return p;
}

static const CtDocTextStyle *
text_style (const CtDoc *doc,
            CtDocPara    para,
            CtDocParaFormat *format)
{
  ct_doc_para_format (doc->style, para, format);
  return &format->text;
}

/**
 * ct_doc_estimate_width:
 * @text: one line
 * @style: its type
 *
 * The width of @text set in Times New Roman at @style's size, from the average advance of
 * capitals, small letters and spaces: the length of the rules under a motto or a body in
 * the writers that draw them as paragraph borders, which measure no text.
 *
 * Returns: the width, pt
 */
double
ct_doc_estimate_width (const char           *text,
                       const CtDocTextStyle *style)
{
  double em = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        em += 0.25;
      else if (g_unichar_isupper (c))
        em += style->bold ? 0.72 : 0.68;
      else if (c == '-')
        em += 0.33;
      else
        em += 0.47;
    }
  return em * style->size;
}

/* An agency name over the lines the user typed, upper case, one paragraph each. */
static CtDocParagraph *
add_name_lines (CtDocTable *table,
                CtDocPara   para,
                const char *name)
{
  g_autofree char *upper = g_utf8_strup (name, -1);
  g_auto(GStrv) lines = g_strsplit (upper, "\n", -1);
  CtDocParagraph *last = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    if (!ct_text_is_blank (lines[i]))
      last = add_cell_paragraph (table, 0, para, g_strstrip (lines[i]));
  return last;
}

static void
add_header (CtDoc             *doc,
            const CtProgramme *p)
{
  CtDocTable *table = add_table (doc, doc->geometry->header_left_fraction);
  gboolean state = p->style == CT_DOCUMENT_STYLE_STATE;
  CtDocParaFormat format;
  CtDocParagraph *line;

  if (!ct_text_is_blank (p->superior_body))
    add_name_lines (table, CT_DOC_PARA_SUPERIOR_BODY, p->superior_body);
  if (!ct_text_is_blank (p->issuing_body))
    {
      line = add_name_lines (table, CT_DOC_PARA_ISSUING_BODY, p->issuing_body);
      /* NĐ 30/2020: a rule of 1/3–1/2 of the issuing body's last line, as the PDF. */
      if (state && line != NULL)
        line->rule_length = 0.4 * ct_doc_estimate_width (line->text,
                                                         text_style (doc, line->para, &format));
      if (!state)
        add_cell_paragraph (table, 0, CT_DOC_PARA_STAR, "*");
    }
  if (p->number > 0 || !ct_text_is_blank (p->body_code))
    {
      g_autofree char *number = ct_programme_dup_number_symbol (p);

      add_cell_paragraph (table, 0, CT_DOC_PARA_NUMBER, number);
    }

  if (state)
    add_cell_paragraph (table, 1, CT_DOC_PARA_MOTTO_TOP, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  line = add_cell_paragraph (table, 1, state ? CT_DOC_PARA_MOTTO_BOTTOM : CT_DOC_PARA_MOTTO_TOP,
                             state ? "Độc lập - Tự do - Hạnh phúc" : "ĐẢNG CỘNG SẢN VIỆT NAM");
  line->rule_length = ct_doc_estimate_width (line->text, text_style (doc, line->para, &format));
  if (!ct_text_is_blank (p->place_name) || g_date_valid (&p->issue_date))
    {
      g_autofree char *place_date = ct_format_place_date (p->place_name, &p->issue_date);

      add_cell_paragraph (table, 1, CT_DOC_PARA_PLACE_DATE, place_date);
    }
}

static void
add_title (CtDoc             *doc,
           const CtProgramme *p)
{
  g_autofree char *subtitle = ct_programme_dup_subtitle (p);
  CtDocParaFormat format;
  CtDocParagraph *line;

  add_paragraph (doc, CT_DOC_PARA_TITLE, "CHƯƠNG TRÌNH");
  line = add_paragraph (doc, CT_DOC_PARA_SUBTITLE, subtitle);
  /* NĐ 30/2020: a short rule under the subtitle instead of the dashes. */
  if (p->style == CT_DOCUMENT_STYLE_STATE)
    line->rule_length = ct_doc_estimate_width ("-----------------",
                                               text_style (doc, line->para, &format));
  else
    add_paragraph (doc, CT_DOC_PARA_SEPARATOR, "-----");
}

static void
set_list (CtDocParagraph *p,
          CtDocList       list,
          const char     *label,
          gboolean        restart)
{
  p->list = list;
  p->label = g_strdup (label);
  p->restart = restart;
}

static CtDocPara
line_para (CtFormatLineKind kind)
{
  switch (kind)
    {
    case CT_FORMAT_LINE_NOTE:
    case CT_FORMAT_LINE_PREPARATION:
      return CT_DOC_PARA_NOTE;
    case CT_FORMAT_LINE_SUBPOINT:
      return CT_DOC_PARA_SUBPOINT;
    case CT_FORMAT_LINE_AGENDA:
      return CT_DOC_PARA_AGENDA;
    case CT_FORMAT_LINE_DETAIL:
    case CT_FORMAT_LINE_PARAGRAPH:
    default:
      return CT_DOC_PARA_BODY;
    }
}

/* The lines under an item (ct_format_item_lines()); a numbered agenda is a list of its
 * own, restarting under each conference. */
static void
add_item_lines (CtDoc        *doc,
                const CtItem *item,
                gboolean      numbered_agenda)
{
  g_autoptr(GPtrArray) lines = ct_format_item_lines (item, numbered_agenda);
  gboolean first = TRUE;

  for (guint i = 0; i < lines->len; i++)
    {
      const CtFormatLine *line = g_ptr_array_index (lines, i);
      guint number;
      int used = 0;

      if (numbered_agenda && line->kind == CT_FORMAT_LINE_AGENDA &&
          sscanf (line->text, "%u. %n", &number, &used) == 1 && used > 0)
        {
          g_autofree char *label = g_strdup_printf ("%u.", number);

          set_list (add_paragraph (doc, CT_DOC_PARA_AGENDA, line->text + used),
                    CT_DOC_LIST_AGENDA, label, first);
          first = FALSE;
        }
      else
        add_paragraph (doc, line_para (line->kind), line->text);
    }
}

/* Whether anything is printed under a conference that heads its section. */
static gboolean
has_lines (const CtItem *item)
{
  g_autoptr(GPtrArray) lines = ct_format_item_lines (item, TRUE);

  return lines->len > 0;
}

static void
add_section (CtDoc           *doc,
             const CtSection *section,
             guint            index)
{
  g_autofree char *numeral = ct_format_roman (index + 1);
  g_autofree char *label = g_strdup_printf ("%s.", numeral);
  CtItem *heading = ct_section_get_heading_event (section);
  g_autofree char *title = heading ? ct_format_event_line (heading) : g_strdup (section->title);
  CtDocParagraph *p = add_paragraph (doc, CT_DOC_PARA_HEADING, title);
  guint number = 0;

  set_list (p, CT_DOC_LIST_SECTION, label, index == 0);
  /* A conference heading with nothing under it is a paragraph of its own. */
  p->keep_with_next = section->items->len > 1 || (heading == NULL && section->items->len > 0) ||
                      (heading != NULL && has_lines (heading));
  if (heading != NULL)
    add_item_lines (doc, heading, TRUE);
  for (guint i = heading != NULL ? 1 : 0; i < section->items->len; i++)
    {
      const CtItem *item = g_ptr_array_index (section->items, i);
      g_autofree char *line = NULL;
      g_autofree char *item_label = g_strdup_printf ("%u.", ++number);

      if (item->kind == CT_ITEM_TASK)
        line = g_strdup (item->paragraphs->len ? g_ptr_array_index (item->paragraphs, 0) : "");
      else
        line = ct_format_event_line (item);
      set_list (add_paragraph (doc, CT_DOC_PARA_BODY, line), CT_DOC_LIST_ITEM, item_label,
                number == 1);
      add_item_lines (doc, item, FALSE);
    }
}

static void
add_closing (CtDoc             *doc,
             const CtProgramme *p)
{
  CtDocTable *table = add_table (doc, doc->geometry->header_left_fraction);
  g_autofree char *authority = ct_programme_dup_signer_authorities (p);

  table->keep_with_previous = TRUE;
  table->space_before = doc->geometry->closing_space;
  if (p->recipients->len > 0 || !ct_text_is_blank (p->archive_line))
    {
      g_autoptr(GPtrArray) lines = ct_format_recipient_lines (p);

      add_cell_paragraph (table, 0, CT_DOC_PARA_RECIPIENTS_LABEL, "Nơi nhận:");
      for (guint i = 0; i < lines->len; i++)
        add_cell_paragraph (table, 0, CT_DOC_PARA_RECIPIENT, g_ptr_array_index (lines, i));
    }
  if (*authority != '\0')
    {
      g_autofree char *upper = g_utf8_strup (authority, -1);

      add_cell_paragraph (table, 1, CT_DOC_PARA_SIGNATURE_AUTHORITY, upper);
    }
  if (!ct_text_is_blank (p->signer_title))
    {
      g_autofree char *upper = g_utf8_strup (p->signer_title, -1);

      add_cell_paragraph (table, 1, CT_DOC_PARA_SIGNATURE_TITLE, upper);
    }
  add_cell_paragraph (table, 1, CT_DOC_PARA_SIGNATURE_NAME,
                      ct_text_is_blank (p->signer_name) ? "" : p->signer_name);
}

/**
 * ct_doc_new_for_programme:
 * @programme: a programme
 *
 * Builds the official document of @programme (document-format.md §1–§6, §11, §13): the
 * header table (bodies, "*", number; motto with its rule, place and date), the title
 * block, the introduction, the sections as a numbered list with their items (restarting
 * in each section) and the lines under them, and the closing table ("Nơi nhận" beside the
 * signature). The words are those of ct_programme_render_text() and the PDF.
 *
 * Returns: (transfer full): the document, free with ct_doc_free()
 */
CtDoc *
ct_doc_new_for_programme (const CtProgramme *programme)
{
  CtDoc *doc;
  g_autofree char *subtitle = NULL;
  g_autofree char *issuing = NULL;

  g_return_val_if_fail (programme != NULL, NULL);

  doc = g_new0 (CtDoc, 1);
  doc->style = programme->style;
  doc->geometry = ct_doc_geometry_get (programme->style);
  doc->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  subtitle = ct_programme_dup_subtitle (programme);
  doc->title = g_strdup_printf ("Chương trình %s", subtitle);
  issuing = g_strdup (programme->issuing_body ? programme->issuing_body : "");
  g_strdelimit (issuing, "\n", ' ');
  doc->author = g_strdup (g_strstrip (issuing));
  doc->date = programme->issue_date;

  add_header (doc, programme);
  add_title (doc, programme);
  if (!ct_text_is_blank (programme->introduction))
    add_paragraph (doc, CT_DOC_PARA_BODY, programme->introduction);
  for (guint i = 0; i < programme->sections->len; i++)
    add_section (doc, g_ptr_array_index (programme->sections, i), i);
  add_closing (doc, programme);
  return doc;
}

/**
 * ct_doc_free:
 * @doc: a document
 */
void
ct_doc_free (CtDoc *doc)
{
  if (doc == NULL)
    return;
  g_ptr_array_unref (doc->blocks);
  g_free (doc->title);
  g_free (doc->author);
  g_free (doc);
}

/**
 * ct_doc_text_width:
 * @doc: a document
 *
 * Returns: the width between the margins, pt
 */
double
ct_doc_text_width (const CtDoc *doc)
{
  return CT_DOC_PAGE_WIDTH - doc->geometry->margin_left - doc->geometry->margin_right;
}
