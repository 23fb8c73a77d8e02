/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ct-enum-types.h"

G_BEGIN_DECLS

/*
 * Enumerations of the work-programme model.
 *
 * Identifiers follow shared/GLOSSARY.md. Terms that the glossary did not name yet:
 *   - "lời mở đầu" (optional opening sentence)       → CtProgramme.introduction
 *   - "đơn vị" (unit of the unit directory)          → CtUnit / unit_key
 *   - "ngày nghỉ bù / làm bù" (swapped day off/work) → CT_DAY_KIND_DAY_OFF / _WORKING_DAY
 *   - "ngày lễ" (public holiday)                     → CT_DAY_KIND_HOLIDAY
 *   - "âm lịch" (lunar calendar date)                → CtLunarDate
 *   - "xung đột lịch" (schedule conflict)             → CtConflict
 */

/**
 * CtDocumentStyle:
 * @CT_DOCUMENT_STYLE_PARTY: Party format, Hướng dẫn 36-HD/VPTW (2018).
 * @CT_DOCUMENT_STYLE_STATE: State format, Nghị định 30/2020/NĐ-CP, Phụ lục I.
 */
typedef enum {
  CT_DOCUMENT_STYLE_PARTY,
  CT_DOCUMENT_STYLE_STATE,
} CtDocumentStyle;

/**
 * CtPeriodKind:
 * @CT_PERIOD_KIND_MONTH: a month programme; the period index is 1–12.
 * @CT_PERIOD_KIND_QUARTER: a quarter programme; the period index is 1–4.
 * @CT_PERIOD_KIND_YEAR: a year programme; the period index is ignored.
 * @CT_PERIOD_KIND_WEEK: a week (lịch công tác tuần): the period year is the ISO 8601
 *   week-numbering year and the index the ISO week, 1–53; the week runs Monday to Sunday.
 */
typedef enum {
  CT_PERIOD_KIND_MONTH,
  CT_PERIOD_KIND_QUARTER,
  CT_PERIOD_KIND_YEAR,
  CT_PERIOD_KIND_WEEK,
} CtPeriodKind;

/**
 * CtProgrammeStatus:
 * Life cycle: Dự thảo → Trình ký → Đã ký (ban hành) → Điều chỉnh.
 */
typedef enum {
  CT_PROGRAMME_STATUS_DRAFT,
  CT_PROGRAMME_STATUS_SUBMITTED,
  CT_PROGRAMME_STATUS_ISSUED,
  CT_PROGRAMME_STATUS_AMENDED,
} CtProgrammeStatus;

/**
 * CtItemKind:
 * @CT_ITEM_TASK: a narrative task (nhiệm vụ): one or more paragraphs.
 * @CT_ITEM_EVENT: a dated conference or meeting (hội nghị, cuộc họp).
 * @CT_ITEM_RECURRING: a recurring event such as a weekly briefing (giao ban); its rule
 *   is a #CtRecurrence.
 */
typedef enum {
  CT_ITEM_TASK,
  CT_ITEM_EVENT,
  CT_ITEM_RECURRING,
} CtItemKind;

/**
 * CtDayPart:
 * @CT_DAY_PART_NONE: not given.
 * @CT_DAY_PART_MORNING: "sáng".
 * @CT_DAY_PART_AFTERNOON: "chiều".
 * @CT_DAY_PART_EVENING: "tối".
 * @CT_DAY_PART_ALL_DAY: "cả ngày".
 */
typedef enum {
  CT_DAY_PART_NONE,
  CT_DAY_PART_MORNING,
  CT_DAY_PART_AFTERNOON,
  CT_DAY_PART_EVENING,
  CT_DAY_PART_ALL_DAY,
} CtDayPart;

/**
 * CtSigningAuthority:
 * Signing authority before the signer's body (36-HD/VPTW §1.7; NĐ 30/2020 Phụ lục I).
 * @CT_SIGNING_AUTHORITY_NONE: the head signs directly.
 * @CT_SIGNING_AUTHORITY_ON_BEHALF: "T/M" (Party), "TM." (State).
 * @CT_SIGNING_AUTHORITY_BY_ORDER: "T/L" (Party), "TL." (State).
 * @CT_SIGNING_AUTHORITY_SIGNING_FOR: "K/T" (Party), "KT." (State).
 * @CT_SIGNING_AUTHORITY_AUTHORISED: "T/U" (Party), "TUQ." (State): thừa ủy quyền.
 * @CT_SIGNING_AUTHORITY_ACTING: "Q." (State): quyền, an acting head; the Party form has
 *   no code for it.
 */
typedef enum {
  CT_SIGNING_AUTHORITY_NONE,
  CT_SIGNING_AUTHORITY_ON_BEHALF,
  CT_SIGNING_AUTHORITY_BY_ORDER,
  CT_SIGNING_AUTHORITY_SIGNING_FOR,
  CT_SIGNING_AUTHORITY_AUTHORISED,
  CT_SIGNING_AUTHORITY_ACTING,
} CtSigningAuthority;

/**
 * CtRecurrence:
 * @CT_RECURRENCE_WEEKLY: on the weekdays of #CtItem.weekdays, every week.
 * @CT_RECURRENCE_MONTHLY_DAY: on day #CtItem.month_day of every month ("ngày 05 hằng
 *   tháng"); a month without that day has no occurrence.
 * @CT_RECURRENCE_MONTHLY_WEEKDAY: on the weekday of #CtItem.weekdays in week
 *   #CtItem.month_week of every month ("thứ Hai tuần đầu tháng": the first Monday;
 *   -1 is the last one).
 *
 * The rule of a recurring item.
 */
typedef enum {
  CT_RECURRENCE_WEEKLY,
  CT_RECURRENCE_MONTHLY_DAY,
  CT_RECURRENCE_MONTHLY_WEEKDAY,
} CtRecurrence;

/**
 * CtWeekdayMask:
 * Set of weekdays of a weekly rule, Monday first (bit 0) as in ISO 8601 and
 * #GDateWeekday - 1.
 */
typedef enum {
  CT_WEEKDAY_MONDAY    = 1 << 0,
  CT_WEEKDAY_TUESDAY   = 1 << 1,
  CT_WEEKDAY_WEDNESDAY = 1 << 2,
  CT_WEEKDAY_THURSDAY  = 1 << 3,
  CT_WEEKDAY_FRIDAY    = 1 << 4,
  CT_WEEKDAY_SATURDAY  = 1 << 5,
  CT_WEEKDAY_SUNDAY    = 1 << 6,
} CtWeekdayMask;

#define CT_WEEKDAY_FROM_GDATE(wd) ((CtWeekdayMask) (1 << ((wd) - 1)))

/**
 * CtDayKind:
 * @CT_DAY_KIND_WEEKDAY: an ordinary working day, Monday to Friday
 * @CT_DAY_KIND_WEEKEND: Saturday or Sunday, the weekly rest of state offices
 *   (Quyết định 188/1999/QĐ-TTg)
 * @CT_DAY_KIND_HOLIDAY: a public holiday itself (Bộ luật Lao động 2019, Điều 112): 1/1,
 *   the days of Tết Nguyên đán, Giỗ Tổ Hùng Vương (10/3 âm lịch), 30/4, 1/5, 2/9 and the day
 *   next to it, 24/11 from 2026
 * @CT_DAY_KIND_DAY_OFF: another non-working day: nghỉ bù (Điều 111(3)) or a weekday
 *   swapped into a holiday period (nghỉ hoán đổi)
 * @CT_DAY_KIND_WORKING_DAY: a Saturday worked in exchange for a swapped day off (làm bù)
 *
 * What kind of day a date is for the civil service.
 */
typedef enum {
  CT_DAY_KIND_WEEKDAY,
  CT_DAY_KIND_WEEKEND,
  CT_DAY_KIND_HOLIDAY,
  CT_DAY_KIND_DAY_OFF,
  CT_DAY_KIND_WORKING_DAY,
} CtDayKind;

/* Minutes since midnight, or this when no time is set. */
#define CT_NO_TIME (-1)

G_END_DECLS
