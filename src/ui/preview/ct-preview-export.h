/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-export.h"
#include "ct-programme.h"
#include "ct-store.h"

G_BEGIN_DECLS

void   ct_preview_export_choose  (GtkWidget           *widget,
                                  CtStore             *store,
                                  const CtProgramme   *programme,
                                  CtExportFormat       format);
void   ct_preview_export_save_to (GtkWidget           *widget,
                                  CtStore             *store,
                                  const CtProgramme   *programme,
                                  GFile               *file,
                                  CtExportFormat       format,
                                  gboolean             two_sided,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data);
char  *ct_preview_export_finish  (GAsyncResult        *result,
                                  GError             **error);

G_END_DECLS
