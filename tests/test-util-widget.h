/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "test-util.h"

G_BEGIN_DECLS

GtkWindow        *ct_test_find_toplevel          (GType           type);
AdwMessageDialog *ct_test_find_message_dialog    (const char     *heading);
AdwMessageDialog *ct_test_wait_for_dialog        (const char     *heading);
void              ct_test_wait_mapped            (GtkWidget      *widget);
void              ct_test_destroy_windows        (GtkApplication *app);
void              ct_test_on_main_window_mapped  (GtkApplication *app,
                                                  guint           delay_ms,
                                                  GSourceFunc     func);

G_END_DECLS
