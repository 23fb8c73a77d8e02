/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-document"

#include "ct-doc-style.h"

/* Line pitches: 1.2 × the size for the header and the closing block (single spacing in a
 * word processor), 19 pt for the 14 pt body ("exactly 18–22 pt" in practice; one public
 * generator of 36-HD documents uses 19 pt). */
#define SINGLE(size) ((size) * 1.2)
#define BODY_PITCH 19.0

#define STYLE(sz, pt, b, i, u) { .size = (sz), .pitch = (pt), .bold = (b), .italic = (i), \
                                 .underline = (u) }
#define PLAIN(sz) STYLE (sz, SINGLE (sz), FALSE, FALSE, FALSE)
#define BOLD(sz) STYLE (sz, SINGLE (sz), TRUE, FALSE, FALSE)
#define ITALIC(sz) STYLE (sz, SINGLE (sz), FALSE, TRUE, FALSE)

/* Hướng dẫn 36-HD/VPTW (2018): margins 20/20/30/15 mm; header in two columns: superior body
 * 14 regular, issuing body 14 bold, "*", "Số …" 14; "ĐẢNG CỘNG SẢN VIỆT NAM" 15 bold with a
 * rule of its length, place-date 14 italic; "CHƯƠNG TRÌNH" 16 bold, subtitle 14 bold,
 * "-----" 14 regular; body
 * 14, indent 1 cm, ≥ 6 pt between paragraphs; "Nơi nhận:" 14 underlined, recipients 12;
 * signature: authority 14 bold, title 14 regular, name 14 bold; page numbers 14 from page 2,
 * centred about 10 mm from the top edge (shared/spec/document-format.md §1–§6). */
static const CtDocGeometry party_geometry = {
  .margin_top = CT_MM (20),
  .margin_bottom = CT_MM (20),
  .margin_left = CT_MM (30),
  .margin_right = CT_MM (15),
  .header_left_fraction = 0.45,
  .first_line_indent = CT_MM (10),
  .paragraph_space = 6,
  .title_space = 20,
  .closing_space = 12,
  .closing_left_fraction = 0.52,
  .signature_space = 72,
  .page_number_centre = CT_MM (10),
  .superior_body = PLAIN (14),
  .issuing_body = BOLD (14),
  .star = PLAIN (14),
  .number = PLAIN (14),
  .motto_top = BOLD (15),
  .motto_bottom = BOLD (15),
  .place_date = ITALIC (14),
  .title = BOLD (16),
  .subtitle = BOLD (14),
  .separator = PLAIN (14),
  .body = STYLE (14, BODY_PITCH, FALSE, FALSE, FALSE),
  .heading = STYLE (14, BODY_PITCH, TRUE, FALSE, FALSE),
  .note = STYLE (14, BODY_PITCH, FALSE, TRUE, FALSE),
  .recipients_label = STYLE (14, SINGLE (14), FALSE, FALSE, TRUE),
  .recipients = PLAIN (12),
  .signature_authority = BOLD (14),
  .signature_title = PLAIN (14),
  .signature_name = BOLD (14),
  .page_number = PLAIN (14),
};

/* Nghị định 30/2020/NĐ-CP, Phụ lục I: margins top/bottom 20–25, left 30–35, right 15–20 mm
 * (the smallest values, as for the Party style); bodies 13 (parent regular, issuing bold);
 * Quốc hiệu 13 bold, Tiêu ngữ 14 bold with a rule of its length; "Số:" 13; place-date 14
 * italic; type and subtitle 14 bold; body 14; "Nơi nhận:" 12 bold italic, recipients 11;
 * signature lines 14 bold; page numbers 14 from page 2. */
static const CtDocGeometry state_geometry = {
  .margin_top = CT_MM (20),
  .margin_bottom = CT_MM (20),
  .margin_left = CT_MM (30),
  .margin_right = CT_MM (15),
  .header_left_fraction = 0.40,
  .first_line_indent = CT_MM (10),
  .paragraph_space = 6,
  .title_space = 20,
  .closing_space = 12,
  .closing_left_fraction = 0.52,
  .signature_space = 72,
  .page_number_centre = CT_MM (10),
  .superior_body = PLAIN (13),
  .issuing_body = BOLD (13),
  .star = PLAIN (13),
  .number = PLAIN (13),
  .motto_top = BOLD (13),
  .motto_bottom = BOLD (14),
  .place_date = ITALIC (14),
  .title = BOLD (14),
  .subtitle = BOLD (14),
  .separator = PLAIN (14),
  .body = STYLE (14, BODY_PITCH, FALSE, FALSE, FALSE),
  .heading = STYLE (14, BODY_PITCH, TRUE, FALSE, FALSE),
  .note = STYLE (14, BODY_PITCH, FALSE, TRUE, FALSE),
  .recipients_label = STYLE (12, SINGLE (12), TRUE, TRUE, FALSE),
  .recipients = PLAIN (11),
  .signature_authority = BOLD (14),
  .signature_title = BOLD (14),
  .signature_name = BOLD (14),
  .page_number = PLAIN (14),
};

/**
 * ct_doc_geometry_get:
 * @style: the document style
 *
 * Returns: (transfer none): the measures of @style, in points
 */
const CtDocGeometry *
ct_doc_geometry_get (CtDocumentStyle style)
{
  return style == CT_DOCUMENT_STYLE_STATE ? &state_geometry : &party_geometry;
}
