/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ct-ics"

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ucal.h>
#include <unicode/ustring.h>

#include "ct-ics-read-private.h"

/* Longest zone name looked up or given back, in UTF-16 units: IANA names are under 40. */
#define ZONE_NAME_MAX 64

/* The IANA zone of a Windows zone name ("SE Asia Standard Time" → "Asia/Bangkok"), from
 * ICU's copy of CLDR's windowsZones table, for the territory "001" (the zone Windows
 * means when it names no country); %NULL when @name is not a Windows name. */
static char *
iana_for_windows (const char *name)
{
  UChar windows[ZONE_NAME_MAX], iana[ZONE_NAME_MAX];
  char out[ZONE_NAME_MAX];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length;

  if (strlen (name) >= ZONE_NAME_MAX || !g_str_is_ascii (name))
    return NULL;
  u_uastrncpy (windows, name, ZONE_NAME_MAX);
  length = ucal_getTimeZoneIDForWindowsID (windows, -1, NULL, iana, ZONE_NAME_MAX, &status);
  if (U_FAILURE (status) || length <= 0 || length >= ZONE_NAME_MAX)
    return NULL;
  u_austrncpy (out, iana, ZONE_NAME_MAX);
  out[length] = '\0';
  return g_strdup (out);
}

/* The offset from UTC, in seconds, of a TZID written as one: "+07", "+0700", "UTC+07:00",
 * "GMT+7", and Windows' display names "(UTC+07:00) Bangkok, Hanoi, Jakarta". "GMT+7"
 * means UTC+7 here, as Windows and Outlook write it (the POSIX "Etc/GMT+7", the other way
 * round, is an IANA name libical knows already). A display name gives the zone's standard
 * offset, which is the offset all year in Vietnam and its neighbours. */
static gboolean
parse_fixed_offset (const char *tzid,
                    int        *seconds)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*\\(?\\s*(?:UTC|GMT)?\\s*([+-])(\\d{1,2})"
                                         "(?::?(\\d{2}))?\\s*(?:\\)(?:\\s.*)?)?\\s*$",
                                         G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *sign = NULL, *hours = NULL, *minutes = NULL;
  int h, m;

  if (!g_regex_match (regex, tzid, 0, &match))
    return FALSE;
  sign = g_match_info_fetch (match, 1);
  hours = g_match_info_fetch (match, 2);
  minutes = g_match_info_fetch (match, 3);
  h = atoi (hours);
  m = minutes != NULL && *minutes != '\0' ? atoi (minutes) : 0;
  if (h > 14 || m > 59)
    return FALSE;
  *seconds = (h * 3600 + m * 60) * (*sign == '-' ? -1 : 1);
  return TRUE;
}

/* A zone of one offset, with no daylight saving. */
static icaltimezone *
fixed_zone (const char *tzid,
            int         seconds)
{
  icalcomponent *vtimezone = icalcomponent_new_vtimezone ();
  icalcomponent *standard = icalcomponent_new_xstandard ();
  struct icaltimetype start = icaltime_null_time ();
  icaltimezone *zone = icaltimezone_new ();

  start.year = 1970;
  start.month = 1;
  start.day = 1;
  icalcomponent_add_property (vtimezone, icalproperty_new_tzid (tzid));
  icalcomponent_add_property (standard, icalproperty_new_tzoffsetfrom (seconds));
  icalcomponent_add_property (standard, icalproperty_new_tzoffsetto (seconds));
  icalcomponent_add_property (standard, icalproperty_new_dtstart (start));
  icalcomponent_add_component (vtimezone, standard);
  if (!icaltimezone_set_component (zone, vtimezone))
    {
      icalcomponent_free (vtimezone);
      icaltimezone_free (zone, TRUE);
      return NULL;
    }
  return zone;
}

static void
free_zone (gpointer zone)
{
  icaltimezone_free (zone, TRUE);
}

/**
 * ct_ics_reader_guess_zone:
 * @reader: the reader, which keeps the zones it makes
 * @tzid: a TZID the file does not define and libical does not know
 *
 * The zone a TZID names when it is a Windows zone name or a fixed offset, as calendar
 * programs on Windows and some web calendars write them without a VTIMEZONE.
 *
 * Returns: (transfer none) (nullable): the zone, owned by @reader; %NULL when @tzid is
 *   neither
 */
icaltimezone *
ct_ics_reader_guess_zone (CtIcsReader *reader,
                          const char  *tzid)
{
  g_autofree char *iana = NULL;
  icaltimezone *zone;
  int seconds;

  if (reader->zones == NULL)
    reader->zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_zone);
  zone = g_hash_table_lookup (reader->zones, tzid);
  if (zone != NULL)
    return zone;
  iana = iana_for_windows (tzid);
  if (iana != NULL)
    {
      /* libical's built-in zones live as long as the program: not kept in the table. */
      zone = icaltimezone_get_builtin_timezone (iana);
      if (zone != NULL)
        return zone;
    }
  if (!parse_fixed_offset (tzid, &seconds))
    return NULL;
  zone = fixed_zone (tzid, seconds);
  if (zone != NULL)
    g_hash_table_insert (reader->zones, g_strdup (tzid), zone);
  return zone;
}
