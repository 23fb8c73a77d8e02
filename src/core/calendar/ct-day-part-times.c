/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-day-part-times"

#include "ct-day-part-times.h"
#include "ct-settings.h"

#define MINUTES(h, m) ((h) * 60 + (m))

/**
 * ct_day_part_times_init:
 * @times: (out caller-allocates): the times to set
 *
 * Sets the usual office hours of a district body: sáng 07:30–11:30, chiều 13:30–17:00,
 * tối 19:00–21:00.
 */
void
ct_day_part_times_init (CtDayPartTimes *times)
{
  g_return_if_fail (times != NULL);

  times->morning = (CtTimeRange) { MINUTES (7, 30), MINUTES (11, 30) };
  times->afternoon = (CtTimeRange) { MINUTES (13, 30), MINUTES (17, 0) };
  times->evening = (CtTimeRange) { MINUTES (19, 0), MINUTES (21, 0) };
}

/**
 * ct_day_part_times_init_from_settings:
 * @times: (out caller-allocates): the times to set
 * @settings: (nullable): settings from ct_settings_new(); %NULL for the defaults
 *
 * Sets the times the user chose in the preferences (keys morning-start … evening-end).
 */
void
ct_day_part_times_init_from_settings (CtDayPartTimes *times,
                                      GSettings      *settings)
{
  g_return_if_fail (times != NULL);

  ct_settings_get_day_part_range (settings, CT_DAY_PART_MORNING, &times->morning.start_minute,
                                  &times->morning.end_minute);
  ct_settings_get_day_part_range (settings, CT_DAY_PART_AFTERNOON,
                                  &times->afternoon.start_minute, &times->afternoon.end_minute);
  ct_settings_get_day_part_range (settings, CT_DAY_PART_EVENING, &times->evening.start_minute,
                                  &times->evening.end_minute);
}

/**
 * ct_day_part_times_lookup:
 * @times: the day-part times
 * @day_part: a day part
 * @range: (out): the clock times of @day_part
 *
 * Returns: %TRUE for morning, afternoon and evening; %FALSE (and @range untouched) for
 *   none and all day, which stand for no clock time
 */
gboolean
ct_day_part_times_lookup (const CtDayPartTimes *times,
                          CtDayPart             day_part,
                          CtTimeRange          *range)
{
  g_return_val_if_fail (times != NULL, FALSE);
  g_return_val_if_fail (range != NULL, FALSE);

  switch (day_part)
    {
    case CT_DAY_PART_MORNING:
      *range = times->morning;
      return TRUE;
    case CT_DAY_PART_AFTERNOON:
      *range = times->afternoon;
      return TRUE;
    case CT_DAY_PART_EVENING:
      *range = times->evening;
      return TRUE;
    case CT_DAY_PART_NONE:
    case CT_DAY_PART_ALL_DAY:
    default:
      return FALSE;
    }
}

/**
 * ct_day_part_times_match:
 * @times: the day-part times
 * @start_minute: a start time, minutes after midnight
 * @end_minute: an end time, minutes after midnight
 *
 * The reverse of ct_day_part_times_lookup(), used when reading calendar files.
 *
 * Returns: the day part whose times are exactly @start_minute–@end_minute, or
 *   %CT_DAY_PART_NONE
 */
CtDayPart
ct_day_part_times_match (const CtDayPartTimes *times,
                         int                   start_minute,
                         int                   end_minute)
{
  static const CtDayPart parts[] = {
    CT_DAY_PART_MORNING, CT_DAY_PART_AFTERNOON, CT_DAY_PART_EVENING,
  };

  g_return_val_if_fail (times != NULL, CT_DAY_PART_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      CtTimeRange range;

      ct_day_part_times_lookup (times, parts[i], &range);
      if (range.start_minute == start_minute && range.end_minute == end_minute)
        return parts[i];
    }
  return CT_DAY_PART_NONE;
}

/**
 * ct_day_part_times_end_for:
 * @times: the day-part times
 * @start_minute: a start time with no end given, minutes after midnight
 *
 * Picks an end for an item that gives a start time only: the end of the day part the
 * start falls in (before noon morning, before 18:00 afternoon, else evening) when that
 * is later than the start, else one hour after the start (at most 23:59).
 *
 * Returns: the end, in minutes after midnight
 */
int
ct_day_part_times_end_for (const CtDayPartTimes *times,
                           int                   start_minute)
{
  const CtTimeRange *range;

  g_return_val_if_fail (times != NULL, start_minute);

  if (start_minute < MINUTES (12, 0))
    range = &times->morning;
  else if (start_minute < MINUTES (18, 0))
    range = &times->afternoon;
  else
    range = &times->evening;
  if (range->end_minute > start_minute)
    return range->end_minute;
  return MIN (start_minute + 60, MINUTES (23, 59));
}
