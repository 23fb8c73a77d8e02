/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-holidays.h"
#include "ct-occurrence.h"
#include "ct-programme.h"

G_BEGIN_DECLS

/**
 * CtWeekMark:
 * @CT_WEEK_MARK_NONE: as the month programme has it
 * @CT_WEEK_MARK_ADDED: "(bổ sung)": an item of the week alone ("phát sinh"), not in the
 *   month programme
 * @CT_WEEK_MARK_ADJUSTED: "(điều chỉnh)": an item of the month moved or changed for this
 *   week
 * @CT_WEEK_MARK_POSTPONED: "(hoãn)": an item of the month postponed
 *
 * How an entry of the weekly schedule differs from the issued month programme.
 */
typedef enum
{
  CT_WEEK_MARK_NONE,
  CT_WEEK_MARK_ADDED,
  CT_WEEK_MARK_ADJUSTED,
  CT_WEEK_MARK_POSTPONED,
} CtWeekMark;

/**
 * CtWeekEntry:
 * @occurrence: the day of a programme item: its item, section, day part and times
 * @programme: (transfer full): the programme the item belongs to
 * @mark: how it differs from the month programme
 * @source: (nullable): for %CT_WEEK_MARK_ADJUSTED and %CT_WEEK_MARK_POSTPONED, the month's
 *   item the entry stands for (#CtItem.source_uuid), when its programme is given
 */
typedef struct
{
  CtOccurrence *occurrence;
  CtProgramme *programme;
  CtWeekMark mark;
  CtItem *source;
} CtWeekEntry;

/**
 * CtWeekDay:
 * @date: the day
 * @info: what kind of day it is (a day off, a swapped working day, its occasion)
 * @entries: (element-type CtWeekEntry): its entries, by day part and time
 */
typedef struct
{
  GDate date;
  CtDayInfo info;
  GPtrArray *entries;
} CtWeekDay;

/**
 * CtWeek:
 * @iso_year: the ISO week-numbering year
 * @week: the ISO week, 1–53
 * @days: Monday to Sunday
 *
 * The weekly schedule ("Lịch công tác tuần") of one ISO week, derived from the programmes
 * whose period covers it: the month's events and the days of its rules that fall in the
 * week, and the items of a programme of that week, which the month does not have.
 */
typedef struct
{
  int iso_year;
  int week;
  CtWeekDay days[7];
} CtWeek;

CtWeek     *ct_week_new                (int          iso_year,
                                        int          week,
                                        GPtrArray   *programmes,
                                        CtHolidays  *holidays);
void        ct_week_free               (CtWeek      *week);
int         ct_week_compare_programmes (gconstpointer a,
                                        gconstpointer b);
gboolean    ct_week_day_is_shown       (const CtWeek *week,
                                        guint         day);
char       *ct_week_dup_heading        (const CtWeek *week);
const char *ct_week_mark_to_string     (CtWeekMark   mark);
char       *ct_week_entry_dup_when     (const CtWeekEntry *entry);
char       *ct_week_entry_dup_content  (const CtWeekEntry *entry);
char       *ct_week_entry_dup_chair    (const CtWeekEntry *entry);
char       *ct_week_entry_dup_preparing (const CtWeekEntry *entry);
char       *ct_week_day_dup_label      (const CtWeekDay *day);
char       *ct_week_dup_digest         (const CtWeek *week);

CtProgramme *ct_week_programme_new     (const CtProgramme *month,
                                        int                iso_year,
                                        int                week);
CtItem     *ct_week_item_new_linked    (const CtItem *month_item,
                                        gboolean      postponed);
CtSection  *ct_week_programme_section  (CtProgramme  *week_programme,
                                        const char   *title);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtWeek, ct_week_free)

G_END_DECLS
