/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-doc-style.h"
#include "ct-programme.h"

G_BEGIN_DECLS

/**
 * CtDocPara:
 * @CT_DOC_PARA_SUPERIOR_BODY: the superior body, header left
 * @CT_DOC_PARA_ISSUING_BODY: the issuing body, bold
 * @CT_DOC_PARA_STAR: the "*" under a Party issuing body
 * @CT_DOC_PARA_NUMBER: "Số 12-CTr/HU"
 * @CT_DOC_PARA_MOTTO_TOP: "ĐẢNG CỘNG SẢN VIỆT NAM", or the Quốc hiệu
 * @CT_DOC_PARA_MOTTO_BOTTOM: the Tiêu ngữ (State)
 * @CT_DOC_PARA_PLACE_DATE: "Sông Mây, ngày 25 tháng 8 năm 2025", italic
 * @CT_DOC_PARA_TITLE: "CHƯƠNG TRÌNH"
 * @CT_DOC_PARA_SUBTITLE: the trích yếu, "công tác tháng 9 năm 2025"
 * @CT_DOC_PARA_SEPARATOR: the "-----" under a Party subtitle
 * @CT_DOC_PARA_BODY: a body paragraph: the introduction, a numbered item, an attribute
 * @CT_DOC_PARA_HEADING: a section heading, "I. …"
 * @CT_DOC_PARA_AGENDA: an agenda item of an event
 * @CT_DOC_PARA_SUBPOINT: a sub-point of an agenda item, "a) …"
 * @CT_DOC_PARA_NOTE: a preparation note or an item's note, italic
 * @CT_DOC_PARA_RECIPIENTS_LABEL: "Nơi nhận:"
 * @CT_DOC_PARA_RECIPIENT: a recipient, or the archive line
 * @CT_DOC_PARA_SIGNATURE_AUTHORITY: "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"
 * @CT_DOC_PARA_SIGNATURE_TITLE: "PHÓ BÍ THƯ"
 * @CT_DOC_PARA_SIGNATURE_NAME: the signer's name, below the room for the signature
 * @CT_DOC_PARA_PAGE_NUMBER: the page number, in the header from page 2
 *
 * The named paragraph styles of the official document; every writer sets each kind the
 * same way (ct_doc_para_format()), and a word processor keeps them as named styles.
 */
typedef enum
{
  CT_DOC_PARA_SUPERIOR_BODY,
  CT_DOC_PARA_ISSUING_BODY,
  CT_DOC_PARA_STAR,
  CT_DOC_PARA_NUMBER,
  CT_DOC_PARA_MOTTO_TOP,
  CT_DOC_PARA_MOTTO_BOTTOM,
  CT_DOC_PARA_PLACE_DATE,
  CT_DOC_PARA_TITLE,
  CT_DOC_PARA_SUBTITLE,
  CT_DOC_PARA_SEPARATOR,
  CT_DOC_PARA_BODY,
  CT_DOC_PARA_HEADING,
  CT_DOC_PARA_AGENDA,
  CT_DOC_PARA_SUBPOINT,
  CT_DOC_PARA_NOTE,
  CT_DOC_PARA_RECIPIENTS_LABEL,
  CT_DOC_PARA_RECIPIENT,
  CT_DOC_PARA_SIGNATURE_AUTHORITY,
  CT_DOC_PARA_SIGNATURE_TITLE,
  CT_DOC_PARA_SIGNATURE_NAME,
  CT_DOC_PARA_PAGE_NUMBER,
  CT_DOC_N_PARAS,
} CtDocPara;

typedef enum
{
  CT_DOC_ALIGN_LEFT,
  CT_DOC_ALIGN_CENTER,
  CT_DOC_ALIGN_JUSTIFY,
} CtDocAlign;

/**
 * CtDocParaFormat:
 * @id: the style's identifier in a .docx/.odt ("CtHeading")
 * @name: the style's name as a word processor lists it ("Congtac Heading")
 * @text: size, line pitch and weight
 * @align: the alignment
 * @first_indent: the first line's indent, pt
 * @left_indent: the indent of every line, pt
 * @space_before: the space above the paragraph, pt
 * @keep_with_next: never the last paragraph of a page
 */
typedef struct
{
  const char *id;
  const char *name;
  CtDocTextStyle text;
  CtDocAlign align;
  double first_indent;
  double left_indent;
  double space_before;
  gboolean keep_with_next;
} CtDocParaFormat;

void ct_doc_para_format (CtDocumentStyle  style,
                         CtDocPara        para,
                         CtDocParaFormat *format);

/**
 * CtDocList:
 * @CT_DOC_LIST_NONE: not in a numbered list
 * @CT_DOC_LIST_SECTION: the sections, "I.", "II.", numbered through the document
 * @CT_DOC_LIST_ITEM: the items of a section, "1.", "2.", restarting in each section
 * @CT_DOC_LIST_AGENDA: the agenda of a conference heading its section, "1.", "2.",
 *   restarting under each conference
 *
 * The numbered lists: a word processor numbers them itself, so that an item inserted
 * renumbers what follows.
 */
typedef enum
{
  CT_DOC_LIST_NONE,
  CT_DOC_LIST_SECTION,
  CT_DOC_LIST_ITEM,
  CT_DOC_LIST_AGENDA,
} CtDocList;

/**
 * CtDocParagraph:
 * @para: its named style
 * @text: its text, without its list number; "\n" for a line break within it
 * @list: the list it is numbered in
 * @label: the number as printed ("IV.", "3."), %NULL outside a list
 * @restart: the first paragraph of a new run of @list (numbering starts again at 1)
 * @rule_length: the length of a centred rule under the paragraph, pt; 0 for none
 * @keep_with_next: never the last paragraph of a page; its style's setting, except for
 *   a conference heading its section with nothing under it
 */
typedef struct
{
  CtDocPara para;
  char *text;
  CtDocList list;
  char *label;
  gboolean restart;
  double rule_length;
  gboolean keep_with_next;
} CtDocParagraph;

/**
 * CtDocTable:
 * @style: the document's style
 * @left_fraction: the left column's share of the text width
 * @cells: (element-type CtDocParagraph): the paragraphs of the left and the right cell
 * @keep_with_previous: never at the top of a page: the closing block stays with the end
 *   of the body
 * @space_before: the space above the table, pt
 *
 * A borderless table of one row and two columns: the header, or the closing block
 * ("Nơi nhận" beside the signature).
 */
typedef struct
{
  CtDocumentStyle style;
  double left_fraction;
  GPtrArray *cells[2];
  gboolean keep_with_previous;
  double space_before;
} CtDocTable;

/* A block of the document: a paragraph or a table, the other %NULL. */
typedef struct
{
  CtDocParagraph *paragraph;
  CtDocTable *table;
} CtDocBlock;

/**
 * CtDoc:
 * @style: Party or State
 * @geometry: the page's measures
 * @blocks: (element-type CtDocBlock): header table, title, body, closing table
 * @title: the document's title for its properties: "Chương trình công tác tháng 9 năm 2025"
 * @author: the issuing body, one line
 * @date: the issue date, possibly invalid
 */
typedef struct
{
  CtDocumentStyle style;
  const CtDocGeometry *geometry;
  GPtrArray *blocks;
  char *title;
  char *author;
  GDate date;
} CtDoc;

CtDoc *ct_doc_new_for_programme (const CtProgramme *programme);
void   ct_doc_free              (CtDoc             *doc);
double ct_doc_text_width        (const CtDoc       *doc);
double ct_doc_estimate_width    (const char        *text,
                                 const CtDocTextStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtDoc, ct_doc_free)

G_END_DECLS
