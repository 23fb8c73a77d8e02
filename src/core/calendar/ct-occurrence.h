/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

#define CT_TYPE_OCCURRENCE (ct_occurrence_get_type ())

/**
 * CtOccurrence:
 * @item: (transfer full): the event or recurring item this is a day of
 * @section: (transfer full): the section holding @item
 * @date: the day
 * @index: 0-based position of this day among all the item's days: the day of a
 *   multi-day event (0 = first day), or the n-th occurrence of a rule counted
 *   from the start of its range with exception dates left out. It does not depend on
 *   the window asked for.
 * @count: how many days the item has in all (1 for a single-day event)
 * @day_part: the item's day part (%CT_DAY_PART_NONE when not given)
 * @start_minute: start time in minutes after midnight, or %CT_NO_TIME
 * @end_minute: end time in minutes after midnight, or %CT_NO_TIME
 * @tentative: the item is "Dự kiến"
 *
 * One dated day of a programme item, as the calendar, the calendar-file export and the
 * pre-signing checks see it. A plain value owned by the array that holds it; it keeps a
 * reference on @item and @section, so it stays valid while the programme changes, but
 * it is a snapshot of the schedule at expansion time.
 */
typedef struct _CtOccurrence CtOccurrence;
struct _CtOccurrence
{
  CtItem *item;
  CtSection *section;
  GDate date;
  guint index;
  guint count;
  CtDayPart day_part;
  int start_minute;
  int end_minute;
  gboolean tentative;
  /*< private >*/
  guint order;
};

GType         ct_occurrence_get_type (void) G_GNUC_CONST;
CtOccurrence *ct_occurrence_copy     (const CtOccurrence *self);
void          ct_occurrence_free     (CtOccurrence       *self);

GPtrArray    *ct_programme_expand_occurrences (const CtProgramme *programme,
                                               const GDate       *from,
                                               const GDate       *to);

gboolean      ct_item_get_date_range (const CtItem      *item,
                                      const CtProgramme *programme,
                                      GDate             *first_day,
                                      GDate             *last_day);

gboolean      ct_item_get_window     (const CtItem      *item,
                                      GDate             *first_day,
                                      GDate             *last_day);

gboolean      ct_item_reschedule     (CtItem            *item,
                                      const GDate       *start);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtOccurrence, ct_occurrence_free)

G_END_DECLS
