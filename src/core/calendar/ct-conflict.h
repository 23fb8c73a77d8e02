/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-holidays.h"
#include "ct-programme.h"

G_BEGIN_DECLS

#define CT_TYPE_CONFLICT (ct_conflict_get_type ())

/**
 * CtConflictKind:
 * @CT_CONFLICT_SAME_TIME: two items take place on the same day and day part
 * @CT_CONFLICT_DAY_OFF: an item falls on a public holiday or another official day off
 * @CT_CONFLICT_WEEKEND: an item falls on a Saturday or Sunday that is not a làm bù day
 */
typedef enum {
  CT_CONFLICT_SAME_TIME,
  CT_CONFLICT_DAY_OFF,
  CT_CONFLICT_WEEKEND,
} CtConflictKind;

/**
 * CtConflict:
 * @kind: what is wrong
 * @date: the day
 * @item: (transfer full): the item concerned; for %CT_CONFLICT_SAME_TIME the one that
 *   sorts first that day (see ct_programme_expand_occurrences())
 * @other: (transfer full) (nullable): the other item of a %CT_CONFLICT_SAME_TIME
 * @tentative: the day-off or weekend status comes from a year without a decision yet
 * @message: (transfer full): a translated sentence for the user, e.g. "Monday 4/9/2023:
 *   “Giao ban Thường trực Huyện ủy” falls on a day off (National Day)."
 *
 * One problem in a programme's schedule, for the calendar grid and the pre-signing check.
 */
typedef struct _CtConflict CtConflict;
struct _CtConflict
{
  CtConflictKind kind;
  GDate date;
  CtItem *item;
  CtItem *other;
  gboolean tentative;
  char *message;
};

GType       ct_conflict_get_type (void) G_GNUC_CONST;
CtConflict *ct_conflict_copy     (const CtConflict *self);
void        ct_conflict_free     (CtConflict       *self);

GPtrArray  *ct_programme_check_conflicts (const CtProgramme *programme,
                                          CtHolidays        *holidays,
                                          const GDate       *from,
                                          const GDate       *to);
gboolean    ct_occurrences_overlap       (CtDayPart          part_a,
                                          int                start_a,
                                          CtDayPart          part_b,
                                          int                start_b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtConflict, ct_conflict_free)

G_END_DECLS
