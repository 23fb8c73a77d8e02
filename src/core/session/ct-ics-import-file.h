/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ct-ics-import.h"
#include "ct-store.h"

G_BEGIN_DECLS

gboolean ct_ics_import_file (CtStore                  *store,
                             gint64                    programme_id,
                             const CtIcsImportOptions *options,
                             const char               *path,
                             CtIcsImportResult        *result,
                             GError                  **error);

G_END_DECLS
