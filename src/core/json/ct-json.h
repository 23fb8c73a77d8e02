/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-programme.h"

G_BEGIN_DECLS

/* The "format" and the newest "version" of a programme file (docs/programme-json.md). */
#define CT_JSON_FORMAT "congtac-programme"
#define CT_JSON_VERSION 4

#define CT_JSON_ERROR (ct_json_error_quark ())

/**
 * CtJsonError:
 * @CT_JSON_ERROR_SYNTAX: the text is not JSON
 * @CT_JSON_ERROR_FORMAT: JSON, but not a programme file
 * @CT_JSON_ERROR_VERSION: a programme file of a newer version
 * @CT_JSON_ERROR_INVALID: a key or value does not fit the schema; the message names its path
 */
typedef enum
{
  CT_JSON_ERROR_SYNTAX,
  CT_JSON_ERROR_FORMAT,
  CT_JSON_ERROR_VERSION,
  CT_JSON_ERROR_INVALID,
} CtJsonError;

GQuark       ct_json_error_quark    (void);
char        *ct_programme_to_json   (const CtProgramme  *p);
CtProgramme *ct_programme_from_json (const char         *data,
                                     gssize              length,
                                     GError            **error);

/* The names of the schema's enumerations, shared by the writer and the reader. */
extern const char *const ct_json_style_names[];
extern const char *const ct_json_period_names[];
extern const char *const ct_json_status_names[];
extern const char *const ct_json_kind_names[];
extern const char *const ct_json_day_part_names[];
extern const char *const ct_json_authority_names[];
extern const char *const ct_json_weekday_names[];
extern const char *const ct_json_recurrence_names[];

G_END_DECLS
