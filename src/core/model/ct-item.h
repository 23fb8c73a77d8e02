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
 *   (invalid = the programme's period start)
 * @end_date: event: last day of a multi-day event (invalid = single day); recurring: last
 *   day of the range (invalid = the period end)
 * @day_part: morning / afternoon / evening / all day, or none
 * @start_minute: start time in minutes after midnight, or %CT_NO_TIME
 * @end_minute: end time in minutes after midnight, or %CT_NO_TIME
 * @tentative: "Dự kiến": the date is not final
 * @location: (nullable): where it takes place
 * @chair: (nullable): who chairs it (chủ trì)
 * @agenda: (element-type CtAgendaItem): the agenda items (nội dung), in order
 * @weekdays: recurring: the weekdays of the weekly rule (#CtWeekdayMask)
 * @exceptions: (element-type GDate): recurring: dates removed from the rule
 * @sequence: iCalendar SEQUENCE; raised when date, time, recurrence or location change
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
  char *location;
  char *chair;
  GPtrArray *agenda;
  guint weekdays;
  GArray *exceptions;
  guint sequence;
};

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
gboolean ct_item_schedule_equal  (const CtItem *a,
                                  const CtItem *b);
gboolean ct_item_children_equal  (const CtItem *a,
                                  const CtItem *b);
gboolean ct_item_content_equal   (const CtItem *a,
                                  const CtItem *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtItem, ct_item_unref)

G_END_DECLS
