/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/* Document wording rules. Every function returns Vietnamese text whatever the UI
 * language: it is the document's content, not the interface. */

char       *ct_format_roman          (guint              number);
char       *ct_format_date_full      (const GDate       *date);
char       *ct_format_date_short     (const GDate       *date);
const char *ct_format_weekday        (GDateWeekday       weekday);
char       *ct_format_place_date     (const char        *place_name,
                                      const GDate       *date);
char       *ct_format_subtitle       (CtPeriodKind       kind,
                                      int                year,
                                      int                index);
char       *ct_programme_dup_subtitle (const CtProgramme *programme);

/* Declared for the document-rules work; implemented in ct-format.c as they land. */

/* Party "Số 123-CTr/HU" (no colon), State "Số: 123/CTr-UBND"; numbers 1–9 as 01–09;
 * number 0 leaves a blank to fill by hand. */
char       *ct_format_number_symbol  (CtDocumentStyle    style,
                                      guint              number,
                                      const char        *kind_code,
                                      const char        *body_code);
/* Party "T/M", "T/L", "K/T"; State "TM.", "TL.", "KT."; "" for none. */
const char *ct_format_signing_authority (CtDocumentStyle    style,
                                         CtSigningAuthority authority);
/* "sáng", "chiều", "tối", "cả ngày"; "" for none. */
const char *ct_format_day_part       (CtDayPart          day_part);
/* "8 giờ 00", "14 giờ 30" from minutes after midnight. */
char       *ct_format_time           (int                minute);
/* The "when" of an event: "Dự kiến ngày 08/9/2023 (thứ Sáu)", "Ngày 20/9/2023 (thứ Tư)",
 * "Từ ngày 10 đến ngày 12/10/2023", with day part / time when set; of a recurring item:
 * "chiều thứ Hai hằng tuần". */
char       *ct_format_event_when     (const CtItem      *item);
/* "<title>: <when>." */
char       *ct_format_event_line     (const CtItem      *item);

/**
 * CtPreparationNote:
 * @after: 0-based index of the agenda item the note follows
 * @text: the note, e.g. "(UBND huyện chuẩn bị nội dung 1-3)"
 */
typedef struct
{
  guint after;
  char *text;
} CtPreparationNote;

/* (element-type CtPreparationNote) (transfer full): generated notes of an event's agenda. */
GPtrArray  *ct_format_preparation_notes (const CtItem   *event);

G_END_DECLS
