/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-conflict"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ct-conflict.h"
#include "ct-day-name.h"
#include "ct-occurrence.h"

G_DEFINE_BOXED_TYPE (CtConflict, ct_conflict, ct_conflict_copy, ct_conflict_free)

static const char *
title_of (const CtItem *item)
{
  return item->title != NULL && item->title[0] != '\0' ? item->title : _("Untitled event");
}

/* The day part an occurrence takes: its own, or the one its start time falls in. */
static CtDayPart
effective_part (CtDayPart part,
                int       start_minute)
{
  if (part != CT_DAY_PART_NONE || start_minute == CT_NO_TIME)
    return part;
  if (start_minute < 12 * 60)
    return CT_DAY_PART_MORNING;
  if (start_minute < 18 * 60)
    return CT_DAY_PART_AFTERNOON;
  return CT_DAY_PART_EVENING;
}

static CtConflict *
conflict_new (CtConflictKind kind,
              const GDate   *date,
              CtItem        *item,
              CtItem        *other,
              gboolean       tentative,
              char          *message)
{
  CtConflict *c = g_new0 (CtConflict, 1);

  c->kind = kind;
  c->date = *date;
  c->item = ct_item_ref (item);
  c->other = other ? ct_item_ref (other) : NULL;
  c->tentative = tentative;
  c->message = message;
  return c;
}

static void
check_day_kind (GPtrArray          *out,
                CtHolidays         *holidays,
                const CtOccurrence *o)
{
  g_autofree char *day = ct_day_name_format (&o->date);
  CtDayInfo info;
  char *message;

  ct_holidays_lookup (holidays, &o->date, &info);
  if (info.kind == CT_DAY_KIND_HOLIDAY || info.kind == CT_DAY_KIND_DAY_OFF)
    {
      /* Translators: %1$s is a day ("Monday 4/9/2023"), %2$s an event's title, %3$s the
       * holiday ("National Day") */
      message = g_strdup_printf (_("%1$s: “%2$s” falls on a day off (%3$s)."), day,
                                 title_of (o->item), info.name ? info.name : "");
      g_ptr_array_add (out, conflict_new (CT_CONFLICT_DAY_OFF, &o->date, o->item, NULL,
                                          info.tentative, message));
    }
  else if (info.kind == CT_DAY_KIND_WEEKEND)
    {
      /* Translators: %1$s is a day ("Sunday 10/9/2023"), %2$s an event's title */
      message = g_strdup_printf (_("%1$s: “%2$s” falls on a weekend."), day,
                                 title_of (o->item));
      g_ptr_array_add (out, conflict_new (CT_CONFLICT_WEEKEND, &o->date, o->item, NULL,
                                          info.tentative, message));
    }
}

static void
check_same_time (GPtrArray          *out,
                 const CtOccurrence *a,
                 const CtOccurrence *b)
{
  g_autofree char *day = NULL;
  char *message;

  if (a->item == b->item ||
      !ct_occurrences_overlap (a->day_part, a->start_minute, b->day_part, b->start_minute))
    return;
  day = ct_day_name_format (&a->date);
  /* Translators: %1$s is a day ("Tuesday 26/9/2023"), %2$s and %3$s two events' titles */
  message = g_strdup_printf (_("%1$s: “%2$s” and “%3$s” take place at the same time."), day,
                             title_of (a->item), title_of (b->item));
  g_ptr_array_add (out, conflict_new (CT_CONFLICT_SAME_TIME, &a->date, a->item, b->item, FALSE,
                                      message));
}

/**
 * ct_occurrences_overlap:
 * @part_a: the first occurrence's day part
 * @start_a: its start time in minutes after midnight, or %CT_NO_TIME
 * @part_b: the second occurrence's day part
 * @start_b: its start time, or %CT_NO_TIME
 *
 * Whether two occurrences on the same day may clash. An occurrence with a time and no day
 * part takes the part its time falls in (before 12:00 morning, before 18:00 afternoon,
 * else evening). One that is all day, or has neither part nor time (its time is not
 * known yet), may clash with anything that day; otherwise the day parts must be equal.
 *
 * Returns: %TRUE when they may clash
 */
gboolean
ct_occurrences_overlap (CtDayPart part_a,
                        int       start_a,
                        CtDayPart part_b,
                        int       start_b)
{
  part_a = effective_part (part_a, start_a);
  part_b = effective_part (part_b, start_b);
  if (part_a == CT_DAY_PART_NONE || part_b == CT_DAY_PART_NONE ||
      part_a == CT_DAY_PART_ALL_DAY || part_b == CT_DAY_PART_ALL_DAY)
    return TRUE;
  return part_a == part_b;
}

/**
 * ct_programme_check_conflicts:
 * @programme: a programme
 * @holidays: (nullable): the holiday calendar; %NULL for ct_holidays_get_default()
 * @from: (nullable): first day to check; %NULL for no bound
 * @to: (nullable): last day to check (inclusive); %NULL for no bound
 *
 * Finds the schedule problems a drafter should look at before the programme is signed,
 * day by day over ct_programme_expand_occurrences(): two items on the same day and day
 * part (see ct_occurrences_overlap(); each pair once), and items on a public holiday, an
 * official day off (Bộ luật Lao động 2019, Điều 111–112 and the yearly decision) or a
 * weekend (Saturday and Sunday rest, QĐ 188/1999/QĐ-TTg) that is not a làm bù Saturday.
 * Items of vague timing ("tuần 3") are on no day in particular and clash with nothing.
 *
 * Returns: (transfer full) (element-type CtConflict): the conflicts in date order; on each
 *   day the day-off or weekend ones come before the same-time ones
 */
GPtrArray *
ct_programme_check_conflicts (const CtProgramme *programme,
                              CtHolidays        *holidays,
                              const GDate       *from,
                              const GDate       *to)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  GPtrArray *out;
  guint day_start = 0;

  g_return_val_if_fail (programme != NULL, NULL);
  g_return_val_if_fail (holidays == NULL || CT_IS_HOLIDAYS (holidays), NULL);

  if (holidays == NULL)
    holidays = ct_holidays_get_default ();
  occurrences = ct_programme_expand_occurrences (programme, from, to);
  out = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_conflict_free);
  /* Occurrences come sorted by date: handle them one day at a time. */
  while (day_start < occurrences->len)
    {
      CtOccurrence *first = g_ptr_array_index (occurrences, day_start);
      guint day_end = day_start;

      while (day_end < occurrences->len &&
             g_date_compare (&((CtOccurrence *) g_ptr_array_index (occurrences, day_end))->date,
                             &first->date) == 0)
        day_end++;
      for (guint i = day_start; i < day_end; i++)
        check_day_kind (out, holidays, g_ptr_array_index (occurrences, i));
      for (guint i = day_start; i < day_end; i++)
        for (guint j = i + 1; j < day_end; j++)
          check_same_time (out, g_ptr_array_index (occurrences, i),
                           g_ptr_array_index (occurrences, j));
      day_start = day_end;
    }
  return out;
}

/**
 * ct_conflict_copy:
 * @self: a conflict
 *
 * Returns: (transfer full): a copy with its own references and message
 */
CtConflict *
ct_conflict_copy (const CtConflict *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return conflict_new (self->kind, &self->date, self->item, self->other, self->tentative,
                       g_strdup (self->message));
}

/**
 * ct_conflict_free:
 * @self: (transfer full) (nullable): a conflict
 */
void
ct_conflict_free (CtConflict *self)
{
  if (self == NULL)
    return;
  ct_item_unref (self->item);
  g_clear_pointer (&self->other, ct_item_unref);
  g_free (self->message);
  g_free (self);
}
