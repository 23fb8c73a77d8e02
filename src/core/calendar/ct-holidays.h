/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ct-calendar-enum-types.h"
#include "ct-types.h"

G_BEGIN_DECLS

#define CT_TYPE_HOLIDAYS (ct_holidays_get_type ())
G_DECLARE_FINAL_TYPE (CtHolidays, ct_holidays, CT, HOLIDAYS, GObject)

#define CT_HOLIDAYS_ERROR (ct_holidays_error_quark ())

/**
 * CtHolidaysError:
 * @CT_HOLIDAYS_ERROR_INVALID: a holidays file is not a valid key file, or a group, date or
 *   range in it is malformed; the message names the file, the group and the bad text
 */
typedef enum {
  CT_HOLIDAYS_ERROR_INVALID,
} CtHolidaysError;

/**
 * CtDayInfo:
 * @kind: what kind of day it is for the civil service
 * @tentative: %TRUE when the year has no decision entered yet, so the day comes from the
 *   Labour Code alone and may still change ("dự kiến")
 * @name: (nullable): the occasion, translated, e.g. "Quốc khánh"; for a day off, the
 *   occasions of its holiday period joined by ", "; %NULL for an ordinary day. Owned by
 *   the #CtHolidays.
 * @document_name: (nullable): the same as documents write it, in Vietnamese whatever the
 *   interface's language: "Quốc khánh". Owned by the #CtHolidays.
 */
typedef struct
{
  CtDayKind kind;
  gboolean tentative;
  const char *name;
  const char *document_name;
} CtDayInfo;

GQuark      ct_holidays_error_quark   (void);
CtHolidays *ct_holidays_new           (void);
CtHolidays *ct_holidays_get_default   (void);
char       *ct_holidays_get_user_file (void);
gboolean    ct_holidays_load_data     (CtHolidays  *self,
                                       const char  *data,
                                       gssize       length,
                                       const char  *origin,
                                       GError     **error);
gboolean    ct_holidays_load_file     (CtHolidays  *self,
                                       const char  *path,
                                       GError     **error);
void        ct_holidays_lookup        (CtHolidays  *self,
                                       const GDate *date,
                                       CtDayInfo   *info);
gboolean    ct_holidays_is_working_day (CtHolidays  *self,
                                        const GDate *date);
const char *ct_holidays_get_decision  (CtHolidays  *self,
                                       int          year);

G_END_DECLS
