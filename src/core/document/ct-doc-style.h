/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/* The measures of the official layout, in points (1/72 inch) on an A4 page: one table per
 * document style, read by every writer (the PDF renderer, the Word, OpenDocument and HTML
 * writers), so that no size, margin or weight is written twice. */

#define CT_DOC_PAGE_WIDTH  595.2755905511812
#define CT_DOC_PAGE_HEIGHT 841.8897637795276

#define CT_MM(mm) ((mm) * 72.0 / 25.4)

/* Size, weight and spacing of one kind of text. */
typedef struct
{
  double size;         /* font size, pt */
  double pitch;        /* distance between baselines, pt */
  gboolean bold;
  gboolean italic;
  gboolean underline;
} CtDocTextStyle;

/**
 * CtDocGeometry:
 * The measures of one document style (36-HD/VPTW or NĐ 30/2020), in points.
 */
typedef struct
{
  double margin_top;
  double margin_bottom;
  double margin_left;
  double margin_right;
  double header_left_fraction;   /* share of the text width taken by the left header column;
                                  * the signature is centred in the other one */
  double closing_left_fraction;  /* widest share of the "Nơi nhận" column, when the
                                  * signature's lines leave room beside them */
  double first_line_indent;
  double paragraph_space;        /* space before a body paragraph */
  double title_space;            /* space between the header and the title */
  double closing_space;          /* space between the body and the closing block */
  double signature_space;        /* blank space for the signature and seal */
  double page_number_centre;     /* distance of the page number's centre from the top edge */
  CtDocTextStyle superior_body;
  CtDocTextStyle issuing_body;
  CtDocTextStyle star;
  CtDocTextStyle number;
  CtDocTextStyle motto_top;         /* Party: "ĐẢNG CỘNG SẢN VIỆT NAM"; State: the Quốc hiệu */
  CtDocTextStyle motto_bottom;      /* State only: the Tiêu ngữ */
  CtDocTextStyle place_date;
  CtDocTextStyle title;
  CtDocTextStyle subtitle;
  CtDocTextStyle separator;        /* Party: the "-----" under the subtitle */
  CtDocTextStyle body;
  CtDocTextStyle heading;
  CtDocTextStyle note;
  CtDocTextStyle recipients_label;
  CtDocTextStyle recipients;
  CtDocTextStyle signature_authority;
  CtDocTextStyle signature_title;
  CtDocTextStyle signature_name;
  CtDocTextStyle page_number;
  CtDocTextStyle table_head;        /* the weekly schedule's column titles */
  CtDocTextStyle table_cell;        /* the text of its cells */
} CtDocGeometry;

const CtDocGeometry *ct_doc_geometry_get (CtDocumentStyle style);

G_END_DECLS
