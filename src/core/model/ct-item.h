/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-agenda-item.h"

G_BEGIN_DECLS

#define CT_TYPE_ITEM (ct_item_get_type ())

/**
 * CtItem:
 * @kind: what the item is: task, event or recurring event
 * @uuid: stable identifier (RFC 4122 text form), kept across saves and exports
 * @title: (nullable): event or recurring title, e.g. "Hội nghị Ban Thường vụ Huyện ủy";
 *   %NULL for a task
 * @paragraphs: (element-type utf8): the task's paragraphs; for events and recurring items,
 *   paragraphs printed after the title line
 * @start_date: event: first day; recurring: first day of the range it applies to
 *   (invalid = the programme's period start); with @vague_when: the first day of the
 *   window it is expected in (invalid = not known)
 * @end_date: event: last day of a multi-day event (invalid = single day); recurring: last
 *   day of the range (invalid = the period end); task: the due date (thời gian hoàn
 *   thành); with @vague_when: the last day of the window (invalid = not known)
 * @vague_when: (nullable): timing that is not a date, kept as written: "trong tháng",
 *   "tuần 2", "theo giấy triệu tập", "thời gian cụ thể thông báo sau"; for a task, its
 *   due time ("quý IV", "trước 15/12", "thường xuyên"). When set, the item has no
 *   exact date and @start_date / @end_date are only its window
 * @day_part: morning / afternoon / evening / all day, or none
 * @start_minute: start time in minutes after midnight, or %CT_NO_TIME
 * @end_minute: end time in minutes after midnight, or %CT_NO_TIME
 * @tentative: "Dự kiến": the date is not final
 * @location: (nullable): where it takes place
 * @chair: (nullable): who chairs it (chủ trì)
 * @attending_leaders: (nullable): the leaders attending (lãnh đạo dự)
 * @participants: (nullable): who is invited (thành phần)
 * @preparing_unit: (nullable): event: the unit preparing it as a whole (cơ quan
 *   chuẩn bị)
 * @lead_unit: (nullable): task: the unit in charge (đơn vị chủ trì)
 * @cooperating_units: (nullable): the co-operating units (phối hợp)
 * @accompanying_officer: (nullable): the office leader who goes along (LĐVP)
 * @note: (nullable): a free note printed with the item, e.g. "Giấy mời riêng"
 * @agenda: (element-type CtAgendaItem): the agenda items (nội dung), in order
 * @recurrence: recurring: the kind of rule, weekly or monthly
 * @weekdays: recurring: the weekdays of a weekly rule, or the one weekday of a
 *   %CT_RECURRENCE_MONTHLY_WEEKDAY rule (#CtWeekdayMask)
 * @month_day: %CT_RECURRENCE_MONTHLY_DAY: the day of the month, 1–31
 * @month_week: %CT_RECURRENCE_MONTHLY_WEEKDAY: which week of the month, 1–5, or -1 for
 *   the last
 * @exceptions: (element-type GDate): recurring: dates removed from the rule
 * @sequence: iCalendar SEQUENCE; raised when date, time, recurrence or location change
 * @source_uuid: (nullable): an item of a week's own programme: the UUID of the item of
 *   the issued month programme it stands for this week (moved or changed, "điều chỉnh",
 *   or postponed, "hoãn"); %NULL for an item of the week alone ("bổ sung") and for every
 *   item of a month programme
 * @postponed: with @source_uuid: the month's item is postponed this week ("hoãn")
 * @ics_uid: (nullable): an event imported from another calendar: the UID its file gave
 *   it, written back as it came, so that the calendars holding the original event see
 *   the same event; %NULL for an item made in Congtac (its UID comes from @uuid). Not
 *   kept by a new period's or a duplicate's copy: that is another event
 *
 * One item of a section. Numbers are never stored; they come from positions.
 */
typedef struct _CtItem CtItem;
struct _CtItem
{
  /*< private >*/
  gatomicrefcount ref_count;
  /*< public >*/
  CtItemKind kind;
  char *uuid;
  char *title;
  GPtrArray *paragraphs;
  GDate start_date;
  GDate end_date;
  CtDayPart day_part;
  int start_minute;
  int end_minute;
  gboolean tentative;
  char *vague_when;
  char *location;
  char *chair;
  char *attending_leaders;
  char *participants;
  char *preparing_unit;
  char *lead_unit;
  char *cooperating_units;
  char *accompanying_officer;
  char *note;
  GPtrArray *agenda;
  CtRecurrence recurrence;
  guint weekdays;
  int month_day;
  int month_week;
  GArray *exceptions;
  guint sequence;
  char *source_uuid;
  gboolean postponed;
  char *ics_uid;
};

/**
 * CtItemTextField:
 * @offset: the field's offset in #CtItem
 * @key: its key in the store (column), in JSON and in the editor, e.g.
 *   "attending_leaders"
 *
 * One free-text attribute of an item.
 */
typedef struct
{
  gsize offset;
  const char *key;
} CtItemTextField;

#define CT_ITEM_N_TEXT_FIELDS 9

extern const CtItemTextField ct_item_text_fields[CT_ITEM_N_TEXT_FIELDS];

const char *ct_item_get_text_field (const CtItem          *self,
                                    const CtItemTextField *field);
void        ct_item_set_text_field (CtItem                *self,
                                    const CtItemTextField *field,
                                    const char            *value);

GType    ct_item_get_type        (void) G_GNUC_CONST;
CtItem  *ct_item_new             (CtItemKind  kind);
CtItem  *ct_item_new_task        (const char *first_paragraph);
CtItem  *ct_item_new_event       (const char *title,
                                  const GDate *date);
CtItem  *ct_item_copy            (const CtItem *self);
CtItem  *ct_item_ref             (CtItem     *self);
void     ct_item_unref           (CtItem     *self);
void     ct_item_add_paragraph   (CtItem     *self,
                                  const char *text);
void     ct_item_add_agenda_item (CtItem     *self,
                                  const char *text,
                                  const char *preparing_unit);
void     ct_item_add_exception   (CtItem      *self,
                                  const GDate *date);
gboolean ct_item_has_exception   (const CtItem *self,
                                  const GDate  *date);
gboolean ct_item_is_vague        (const CtItem *self);
gboolean ct_item_schedule_equal  (const CtItem *a,
                                  const CtItem *b);
gboolean ct_item_children_equal  (const CtItem *a,
                                  const CtItem *b);
gboolean ct_item_attributes_equal (const CtItem *a,
                                   const CtItem *b);
gboolean ct_item_content_equal   (const CtItem *a,
                                  const CtItem *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtItem, ct_item_unref)

G_END_DECLS
