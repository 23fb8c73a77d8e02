/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ct-store.h"

G_BEGIN_DECLS

void   ct_import_dialog_choose      (GtkWindow           *parent,
                                     CtStore             *store,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
void   ct_import_dialog_import_file (GtkWindow           *parent,
                                     CtStore             *store,
                                     GFile               *file,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gint64 ct_import_dialog_finish      (GtkWindow           *parent,
                                     GAsyncResult        *result,
                                     char               **message);

G_END_DECLS
