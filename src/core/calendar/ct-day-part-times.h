/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ct-types.h"

G_BEGIN_DECLS

/**
 * CtTimeRange:
 * @start_minute: start, in minutes after midnight (Vietnam time)
 * @end_minute: end, in minutes after midnight; greater than @start_minute
 */
typedef struct
{
  int start_minute;
  int end_minute;
} CtTimeRange;

/**
 * CtDayPartTimes:
 * @morning: the hours of "sáng"
 * @afternoon: the hours of "chiều"
 * @evening: the hours of "tối"
 *
 * The clock times that a day part stands for when a programme item gives a day part and
 * no time, e.g. in calendar files. A plain value: the UI fills it from the preferences;
 * ct_day_part_times_init() sets the office-hours defaults.
 */
typedef struct
{
  CtTimeRange morning;
  CtTimeRange afternoon;
  CtTimeRange evening;
} CtDayPartTimes;

void      ct_day_part_times_init   (CtDayPartTimes       *times);
void      ct_day_part_times_init_from_settings (CtDayPartTimes *times,
                                                GSettings      *settings);
gboolean  ct_day_part_times_lookup (const CtDayPartTimes *times,
                                    CtDayPart             day_part,
                                    CtTimeRange          *range);
CtDayPart ct_day_part_times_match  (const CtDayPartTimes *times,
                                    int                   start_minute,
                                    int                   end_minute);
int       ct_day_part_times_end_for (const CtDayPartTimes *times,
                                     int                   start_minute);

G_END_DECLS
