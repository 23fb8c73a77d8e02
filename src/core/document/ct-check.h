/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-document-enum-types.h"
#include "ct-holidays.h"
#include "ct-programme.h"

G_BEGIN_DECLS

/**
 * CtCheckKind:
 * @CT_CHECK_WEEKDAY_MISMATCH: a weekday written in text contradicts the date next to it
 * @CT_CHECK_DATE_OUTSIDE_PERIOD: an event falls outside the programme's period
 * @CT_CHECK_NO_NUMBER: the document number is empty
 * @CT_CHECK_NO_ISSUE_DATE: the issue date is not set
 * @CT_CHECK_EVENT_WITHOUT_DATE: an event has no date
 * @CT_CHECK_AGENDA_WITHOUT_UNIT: agenda items without a preparing unit
 * @CT_CHECK_CHAIR_CLASH: two events on the same day and day part with the same chair
 * @CT_CHECK_NO_RECIPIENTS: the "Nơi nhận" block is empty
 * @CT_CHECK_NO_SIGNER: the signer's name or title is missing
 * @CT_CHECK_DAY_OFF: an item falls on a public holiday or official day off
 * @CT_CHECK_WEEKEND: an item falls on a weekend that is not a làm bù day
 * @CT_CHECK_NO_ISSUING_BODY: the issuing body, in the header of both rulebooks, is empty
 * @CT_CHECK_NO_PLACE_NAME: the place name of the date line ("Sông Mây, ngày …") is empty
 * @CT_CHECK_ITEM_WITHOUT_TITLE: an event or weekly item has no title
 * @CT_CHECK_STYLE_MISMATCH: the format (Party or State) does not suit the issuing body's
 *   name, e.g. a Huyện ủy programme in the Decree 30/2020 format
 * @CT_CHECK_SIGNER_CHAIN: the authority lines of the signature block break the rules:
 *   more than two, a wrong order, a code twice, a code without body, a State code in a
 *   Party document, or "KT." over a title that is not a deputy's
 * @CT_CHECK_MONTH_DAY_MISSING: a monthly rule on day 29–31 that some months of the period
 *   lack
 * @CT_CHECK_VAGUE_WITHOUT_WINDOW: a vague event of a month's programme with no days to
 *   fall between, left out of calendars
 * @CT_CHECK_TASK_WITHOUT_LEAD: a task with neither unit in charge nor due time in a
 *   section whose other tasks give them
 * @CT_CHECK_DATES_REVERSED: an item whose last day (or the last day of its window) comes
 *   before its first
 *
 * What the pre-signing check reports.
 * @CT_CHECK_DATE_NOT_UNDERSTOOD: a date typed in the editor that cannot be ("31/02"),
 *   kept as typed (#CtProgramme.unread_texts) and not yet in the programme
 * @CT_CHECK_EVENT_OUT_OF_ORDER: an event placed after a later event of its section: a
 *   section prints its events in the order they take place
 * @CT_CHECK_TEXT_NOT_UNDERSTOOD: a number or a time typed in the editor that is none
 *   ("12a", "25:70"), kept as typed (#CtProgramme.unread_texts) and not yet in the
 *   programme
 * @CT_CHECK_DUE_FAR_FROM_PERIOD: a task due more than three months after the period's
 *   end or before its start: a due day typed without its year takes the period's
 *   (see ct_check_due_far())
 */
typedef enum {
  CT_CHECK_WEEKDAY_MISMATCH,
  CT_CHECK_DATE_OUTSIDE_PERIOD,
  CT_CHECK_NO_NUMBER,
  CT_CHECK_NO_ISSUE_DATE,
  CT_CHECK_EVENT_WITHOUT_DATE,
  CT_CHECK_AGENDA_WITHOUT_UNIT,
  CT_CHECK_CHAIR_CLASH,
  CT_CHECK_NO_RECIPIENTS,
  CT_CHECK_NO_SIGNER,
  CT_CHECK_DAY_OFF,
  CT_CHECK_WEEKEND,
  CT_CHECK_NO_ISSUING_BODY,
  CT_CHECK_NO_PLACE_NAME,
  CT_CHECK_ITEM_WITHOUT_TITLE,
  CT_CHECK_STYLE_MISMATCH,
  CT_CHECK_SIGNER_CHAIN,
  CT_CHECK_MONTH_DAY_MISSING,
  CT_CHECK_VAGUE_WITHOUT_WINDOW,
  CT_CHECK_TASK_WITHOUT_LEAD,
  CT_CHECK_DATES_REVERSED,
  CT_CHECK_DATE_NOT_UNDERSTOOD,
  CT_CHECK_EVENT_OUT_OF_ORDER,
  CT_CHECK_TEXT_NOT_UNDERSTOOD,
  CT_CHECK_DUE_FAR_FROM_PERIOD,
} CtCheckKind;

/**
 * CtCheckIssue:
 * @kind: what is wrong
 * @message: a translated sentence for the check panel
 * @field: the field to jump to: a programme field name ("number", "issue_date",
 *   "recipients", "signer_name", "signer_title", "signer_authorities", "introduction"),
 *   or, with @item_uuid, an item field ("title", "date", "when", "start_minute",
 *   "end_minute", "paragraph", "agenda", "lead_unit"), or "section_title" with @section
 * @section: 0-based section index, or -1
 * @item_uuid: (nullable): the item concerned
 * @index: agenda item or paragraph index within the item, or authority line index for
 *   "signer_authorities", or -1
 */
typedef struct
{
  CtCheckKind kind;
  char *message;
  const char *field;
  int section;
  char *item_uuid;
  int index;
} CtCheckIssue;

void       ct_check_issue_free  (CtCheckIssue      *issue);
GPtrArray *ct_programme_check   (const CtProgramme *programme,
                                 CtHolidays        *holidays);
char      *ct_check_unread_reason (const CtProgramme *programme,
                                   const char        *key,
                                   const char        *text);
gboolean   ct_check_find_weekday_mismatch (const char *text,
                                           int         default_year,
                                           GDate      *date,
                                           GDateWeekday *written);

int        ct_check_due_far       (const CtProgramme *programme,
                                   const GDate       *due,
                                   int               *months);
char      *ct_check_due_far_message (const CtProgramme *programme,
                                     const GDate       *due);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtCheckIssue, ct_check_issue_free)

G_END_DECLS
