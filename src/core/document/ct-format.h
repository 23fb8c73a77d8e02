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

char       *ct_format_number_symbol  (CtDocumentStyle    style,
                                      guint              number,
                                      const char        *kind_code,
                                      const char        *body_code);
char       *ct_programme_dup_number_symbol (const CtProgramme *programme);
char       *ct_programme_dup_file_name (const CtProgramme *programme,
                                        const char        *extension);
const char *ct_format_signing_authority (CtDocumentStyle    style,
                                         CtSigningAuthority authority);
char       *ct_format_signer_authority (CtDocumentStyle          style,
                                        const CtSignerAuthority *line);
char       *ct_programme_dup_signer_authorities (const CtProgramme *programme);
const char *ct_format_day_part       (CtDayPart          day_part);
char       *ct_format_time           (int                minute);
char       *ct_format_recurring_when (CtDayPart          day_part,
                                      guint              weekdays,
                                      int                start_minute);
char       *ct_format_event_when     (const CtItem      *item);
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

void        ct_preparation_note_free    (CtPreparationNote *note);
GPtrArray  *ct_format_preparation_notes (const CtItem   *event);

/**
 * CtFormatLineKind:
 * @CT_FORMAT_LINE_DETAIL: an attribute, "- Chủ trì: …", "- Thời gian hoàn thành: …"
 * @CT_FORMAT_LINE_NOTE: the item's note, "(Giấy mời riêng)"
 * @CT_FORMAT_LINE_PARAGRAPH: a paragraph of the item
 * @CT_FORMAT_LINE_AGENDA: an agenda item, "1. …" or "- …"
 * @CT_FORMAT_LINE_SUBPOINT: a sub-point of the agenda item above, "a) …"
 * @CT_FORMAT_LINE_PREPARATION: a preparation note, "(UBND huyện chuẩn bị nội dung 1-3)"
 *
 * What a line under an item is, for a writer that sets each kind apart.
 */
typedef enum
{
  CT_FORMAT_LINE_DETAIL,
  CT_FORMAT_LINE_NOTE,
  CT_FORMAT_LINE_PARAGRAPH,
  CT_FORMAT_LINE_AGENDA,
  CT_FORMAT_LINE_SUBPOINT,
  CT_FORMAT_LINE_PREPARATION,
} CtFormatLineKind;

typedef struct
{
  CtFormatLineKind kind;
  char *text;
} CtFormatLine;

void        ct_format_line_free      (CtFormatLine      *line);
GPtrArray  *ct_format_item_details   (const CtItem      *item);
char       *ct_format_item_note      (const CtItem      *item);
char       *ct_format_subpoint       (guint              index,
                                      const char        *text);
GPtrArray  *ct_format_item_lines     (const CtItem      *item,
                                      gboolean           numbered_agenda);

guint       ct_programme_get_recipient_group_end (const CtProgramme *programme,
                                                  guint              first);
const char *ct_programme_get_recipient_line_end  (const CtProgramme *programme,
                                                  guint              index);
GPtrArray  *ct_format_recipient_lines            (const CtProgramme *programme);

G_END_DECLS
