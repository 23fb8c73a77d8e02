/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The years a date written by a person may have; anything else is a typing slip ("0000",
 * "20233"). */
#define CT_DATE_MIN_YEAR 1900
#define CT_DATE_MAX_YEAR 2200

/* "24:00", the end of the last day part, when %CT_TIME_END_OF_DAY is given. */
#define CT_TIME_MINUTES_PER_DAY (24 * 60)

/**
 * CtDateScanFlags:
 * @CT_DATE_SCAN_DEFAULT: "/", "-" or "." between the numbers, the same one throughout
 * @CT_DATE_SCAN_SLASH_ONLY: "/" only, for running text where "10-12/10" is a range
 */
typedef enum
{
  CT_DATE_SCAN_DEFAULT = 0,
  CT_DATE_SCAN_SLASH_ONLY = 1 << 0,
} CtDateScanFlags;

/**
 * CtTimeFlags:
 * @CT_TIME_DEFAULT: a lone hour ("8") is a time; "24:00" is not
 * @CT_TIME_NEED_UNIT: a lone number is not a time (in running text it may be anything)
 * @CT_TIME_END_OF_DAY: "24:00" (also "24", "24h") is accepted as %CT_TIME_MINUTES_PER_DAY
 */
typedef enum
{
  CT_TIME_DEFAULT = 0,
  CT_TIME_NEED_UNIT = 1 << 0,
  CT_TIME_END_OF_DAY = 1 << 1,
} CtTimeFlags;

gboolean ct_date_parse_iso (const char  *text,
                            GDate       *date);
char    *ct_date_to_iso    (const GDate *date);

gboolean ct_date_scan_dmy  (const char      *text,
                            CtDateScanFlags  flags,
                            int             *day,
                            int             *month,
                            int             *year,
                            const char     **end);
gboolean ct_date_equal     (const GDate *a,
                            const GDate *b);
gboolean ct_date_year_in_range (int year);
gboolean ct_date_parse_dmy (const char *text,
                            int         default_year,
                            GDate      *date);

gboolean ct_time_scan      (const char  *text,
                            CtTimeFlags  flags,
                            int         *minute,
                            const char **end);
gboolean ct_time_parse_full (const char  *text,
                             CtTimeFlags  flags,
                             int         *minute);
gboolean ct_time_parse     (const char  *text,
                            int         *minute);
char    *ct_time_format    (int          minute);

G_END_DECLS
