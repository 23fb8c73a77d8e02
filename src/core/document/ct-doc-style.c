/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-document"

#include "ct-doc.h"

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
 * centred about 10 mm from the top edge (shared/spec/document-format.md §1–§6). The weekly
 * schedule's table is set in 12, its column titles bold, as the public schedules are. */
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
  .table_head = BOLD (12),
  .table_cell = PLAIN (12),
};

/* Nghị định 30/2020/NĐ-CP, Phụ lục I: margins top/bottom 20–25, left 30–35, right 15–20 mm
 * (the smallest values, as for the Party style); bodies 13 (parent regular, issuing bold);
 * Quốc hiệu 13 bold, Tiêu ngữ 14 bold with a rule of its length; "Số:" 13; place-date 14
 * italic; type and subtitle 14 bold; body 14; "Nơi nhận:" 12 bold italic, recipients 11;
 * signature lines 14 bold; page numbers 14 from page 2; the weekly schedule's table 12. */
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
  .table_head = BOLD (12),
  .table_cell = PLAIN (12),
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

/* The named styles: identifier, the name a word processor lists (in Vietnamese, as the
 * document is), alignment, and which measure of the geometry sets the type. */
static const struct
{
  const char *id;
  const char *name;
  CtDocAlign align;
  gsize text;      /* offset of the CtDocTextStyle in CtDocGeometry */
} paras[CT_DOC_N_PARAS] = {
#define PARA(e, id, name, align, field) \
  [e] = { id, name, align, G_STRUCT_OFFSET (CtDocGeometry, field) }
  PARA (CT_DOC_PARA_SUPERIOR_BODY, "CtSuperiorBody", "Cơ quan cấp trên", CT_DOC_ALIGN_CENTER,
        superior_body),
  PARA (CT_DOC_PARA_ISSUING_BODY, "CtIssuingBody", "Cơ quan ban hành", CT_DOC_ALIGN_CENTER,
        issuing_body),
  PARA (CT_DOC_PARA_STAR, "CtStar", "Dấu sao", CT_DOC_ALIGN_CENTER, star),
  PARA (CT_DOC_PARA_NUMBER, "CtNumber", "Số, ký hiệu", CT_DOC_ALIGN_CENTER, number),
  PARA (CT_DOC_PARA_MOTTO_TOP, "CtMottoTop", "Quốc hiệu", CT_DOC_ALIGN_CENTER, motto_top),
  PARA (CT_DOC_PARA_MOTTO_BOTTOM, "CtMottoBottom", "Tiêu ngữ", CT_DOC_ALIGN_CENTER,
        motto_bottom),
  PARA (CT_DOC_PARA_PLACE_DATE, "CtPlaceDate", "Địa danh, ngày tháng", CT_DOC_ALIGN_CENTER,
        place_date),
  PARA (CT_DOC_PARA_TITLE, "CtTitle", "Tên loại văn bản", CT_DOC_ALIGN_CENTER, title),
  PARA (CT_DOC_PARA_SUBTITLE, "CtSubtitle", "Trích yếu", CT_DOC_ALIGN_CENTER, subtitle),
  PARA (CT_DOC_PARA_SEPARATOR, "CtSeparator", "Gạch dưới trích yếu", CT_DOC_ALIGN_CENTER,
        separator),
  PARA (CT_DOC_PARA_BODY, "CtBody", "Nội dung", CT_DOC_ALIGN_JUSTIFY, body),
  PARA (CT_DOC_PARA_HEADING, "CtHeading", "Đề mục", CT_DOC_ALIGN_JUSTIFY, heading),
  PARA (CT_DOC_PARA_AGENDA, "CtAgenda", "Nội dung hội nghị", CT_DOC_ALIGN_JUSTIFY, body),
  PARA (CT_DOC_PARA_SUBPOINT, "CtSubpoint", "Ý nhỏ", CT_DOC_ALIGN_JUSTIFY, body),
  PARA (CT_DOC_PARA_NOTE, "CtNote", "Ghi chú chuẩn bị", CT_DOC_ALIGN_JUSTIFY, note),
  PARA (CT_DOC_PARA_RECIPIENTS_LABEL, "CtRecipientsLabel", "Nơi nhận", CT_DOC_ALIGN_LEFT,
        recipients_label),
  PARA (CT_DOC_PARA_RECIPIENT, "CtRecipient", "Nơi nhận - dòng", CT_DOC_ALIGN_LEFT,
        recipients),
  PARA (CT_DOC_PARA_SIGNATURE_AUTHORITY, "CtSignatureAuthority", "Thẩm quyền ký",
        CT_DOC_ALIGN_CENTER, signature_authority),
  PARA (CT_DOC_PARA_SIGNATURE_TITLE, "CtSignatureTitle", "Chức vụ người ký",
        CT_DOC_ALIGN_CENTER, signature_title),
  PARA (CT_DOC_PARA_SIGNATURE_NAME, "CtSignatureName", "Họ tên người ký",
        CT_DOC_ALIGN_CENTER, signature_name),
  PARA (CT_DOC_PARA_PAGE_NUMBER, "CtPageNumber", "Số trang", CT_DOC_ALIGN_CENTER,
        page_number),
#undef PARA
};

/**
 * ct_doc_para_format:
 * @style: the document style
 * @para: a named paragraph style
 * @format: (out caller-allocates): how @para is set in @style
 *
 * How every writer sets a kind of paragraph: the body justified with a 1 cm first-line
 * indent and 6 pt above (a sub-point one indent deeper), headings kept with what
 * follows, the header and the signature centred, the recipients flush left, the
 * signer's name below the room for the signature and seal.
 */
void
ct_doc_para_format (CtDocumentStyle  style,
                    CtDocPara        para,
                    CtDocParaFormat *format)
{
  const CtDocGeometry *g = ct_doc_geometry_get (style);

  g_return_if_fail (para < CT_DOC_N_PARAS);

  *format = (CtDocParaFormat) {
    .id = paras[para].id,
    .name = paras[para].name,
    .text = *(const CtDocTextStyle *) G_STRUCT_MEMBER_P (g, paras[para].text),
    .align = paras[para].align,
  };
  switch (para)
    {
    case CT_DOC_PARA_SUBPOINT:
      format->first_indent = 2 * g->first_line_indent;
      format->space_before = g->paragraph_space;
      break;
    case CT_DOC_PARA_HEADING:
      format->keep_with_next = TRUE;
      G_GNUC_FALLTHROUGH;
    case CT_DOC_PARA_BODY:
    case CT_DOC_PARA_AGENDA:
    case CT_DOC_PARA_NOTE:
      format->first_indent = g->first_line_indent;
      format->space_before = g->paragraph_space;
      break;
    case CT_DOC_PARA_TITLE:
      format->space_before = g->title_space;
      format->keep_with_next = TRUE;
      break;
    case CT_DOC_PARA_SUBTITLE:
    case CT_DOC_PARA_SEPARATOR:
      format->keep_with_next = TRUE;
      break;
    case CT_DOC_PARA_SIGNATURE_NAME:
      format->space_before = g->signature_space;
      break;
    default:
      break;
    }
}
