/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ct-types.h"

G_BEGIN_DECLS

/**
 * CtWhenTextKind:
 * @CT_WHEN_TEXT_EMPTY: nothing typed
 * @CT_WHEN_TEXT_DATE: a day or a run of days, with an optional day part and time
 * @CT_WHEN_TEXT_VAGUE: wording with no date in it ("trong tháng", "tuần 2"), kept as typed
 * @CT_WHEN_TEXT_INVALID: a date that cannot be (see @error)
 */
typedef enum
{
  CT_WHEN_TEXT_EMPTY,
  CT_WHEN_TEXT_DATE,
  CT_WHEN_TEXT_VAGUE,
  CT_WHEN_TEXT_INVALID,
} CtWhenTextKind;

/**
 * CtWhenText:
 * @kind: what the text is
 * @first: the day, or the first of several days
 * @last: the last day of several, else cleared
 * @day_part: "sáng", "chiều", "tối", "cả ngày" when typed
 * @start_minute: the time typed, or %CT_NO_TIME
 * @end_minute: the end of "7h30-11h", or %CT_NO_TIME
 * @error: (nullable): for %CT_WHEN_TEXT_INVALID, why, translated ("31/02 không có")
 */
typedef struct
{
  CtWhenTextKind kind;
  GDate first;
  GDate last;
  CtDayPart day_part;
  int start_minute;
  int end_minute;
  char *error;
} CtWhenText;

void  ct_when_text_parse  (const char *text,
                           int         default_year,
                           CtWhenText *when);
void  ct_when_text_clear  (CtWhenText *when);
char *ct_when_text_format (const GDate *first,
                           const GDate *last,
                           CtDayPart    day_part,
                           int          start_minute,
                           int          end_minute);
char *ct_when_text_describe (const GDate *first,
                             const GDate *last,
                             CtDayPart    day_part,
                             int          start_minute,
                             int          end_minute);

G_END_DECLS
