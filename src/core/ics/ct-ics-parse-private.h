/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-ics-import.h"
#include "ct-ics-private.h"

G_BEGIN_DECLS

/* Shared by the reading of a file (ct-ics-parse.c) and the import into a programme
 * (ct-ics-import.c). */

void       ct_ics_reader_init          (CtIcsReader              *reader,
                                        const CtIcsImportOptions *options,
                                        const CtProgramme        *programme);
void       ct_ics_reader_clear         (CtIcsReader              *reader);
GPtrArray *ct_ics_reader_take_warnings (CtIcsReader              *reader);
GPtrArray *ct_ics_parse_events         (CtIcsReader              *reader,
                                        const char               *data,
                                        gssize                    length,
                                        const CtIcsImportOptions *options,
                                        GError                  **error);

G_END_DECLS
