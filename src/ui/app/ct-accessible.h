/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ct_accessible_install (void);
void ct_accessible_mend    (GtkWidget *widget);

G_END_DECLS
