/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-ics-private.h"

G_BEGIN_DECLS

/* Shared by the reading of events (ct-ics-read.c) and of their recurrence rules
 * (ct-ics-rule.c). */

/* Upper bound on the occurrences expanded from one rule Congtac cannot keep as a weekly
 * rule (a daily rule over a year programme stays well below it). */
#define MAX_EXPANDED 1000
/* Upper bound on the steps through one rule, from its first day to the end of the
 * programme's period: a daily rule from 1900 to 2200 takes about 110 000. */
#define MAX_RULE_STEPS 120000
/* Upper bound on the steps through all the rules of one file: a few seconds at most. */
#define MAX_FILE_STEPS 5000000
/* Steps between two looks at the cancellable. */
#define STEPS_PER_CHECK 1024
/* Longest span kept for an event or a rule, in days from its first day: a programme covers
 * at most a year, and a file saying "until year 8966" must not make the calendar and the
 * export walk millions of days. */
#define MAX_SPAN_DAYS 366

/* A time as Vietnam's wall clock. */
typedef struct
{
  GDate date;
  int minute; /* CT_NO_TIME for a DATE value */
} LocalTime;

/* The first property of each kind an event is read from: found in one pass over its
 * properties, where a lookup per kind would scan them a dozen times. */
typedef struct
{
  icalproperty *dtstart;
  icalproperty *dtend;
  icalproperty *duration;
  icalproperty *rrule;
  icalproperty *recurrence_id;
  icalproperty *uid;
  icalproperty *summary;
  icalproperty *description;
  icalproperty *location;
  icalproperty *categories;
  icalproperty *status;
  icalproperty *sequence;
  icalproperty *transp;
  icalproperty *last_modified;
  icalproperty *dtstamp;
  icalproperty *organizer;
  gboolean no_end; /* CT_ICS_NO_END_PROPERTY */
} EventProperties;

typedef struct
{
  icalcomponent *calendar;
  icalcomponent *vevent;
  const EventProperties *props;
  CtIcsReader *reader;
  const char *summary;
  icaltimezone *start_zone; /* DTSTART's zone; NULL for floating or a date */
} ReadContext;

gboolean
ct_ics_read_year_error (const ReadContext *ctx,
                        int                year,
                        GError           **error);

gboolean
ct_ics_read_local_time (struct icaltimetype  t,
                        icaltimezone        *zone,
                        LocalTime           *out);

gboolean
ct_ics_read_time (const ReadContext    *ctx,
                  icalproperty         *prop,
                  struct icaltimetype   t,
                  LocalTime            *out,
                  icaltimezone        **zone_out,
                  GError              **error);

void
ct_ics_limit_span (GDate       *last,
                   const GDate *first);

CtIcsEvent *
ct_ics_event_new (const char *uid,
                  const char *instance,
                  CtItem     *item);

icaltimezone *
ct_ics_reader_guess_zone (CtIcsReader *reader,
                          const char  *tzid);

gboolean
ct_ics_read_rule (const ReadContext   *ctx,
                  CtIcsEvent          *event,
                  icalproperty        *rrule,
                  const LocalTime     *start,
                  struct icaltimetype  dtstart,
                  GPtrArray           *events,
                  gboolean            *expanded,
                  gboolean            *left_out,
                  GError             **error);

G_END_DECLS
